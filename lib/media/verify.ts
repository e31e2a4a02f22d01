import { createHash } from 'node:crypto';
import { ErrorCode } from '../protocol/mod.js';
import { previewImage } from './preview.js';
import { type MediaRecord, keys, mediaError, saveRecord } from './records.js';
import { decideType, kindOf, sniff } from './sniff.js';
import { type MediaStore, MediaStoreError } from './store.js';

/** Why a completion was refused, for metrics. */
export type Refusal = 'not_uploaded' | 'size' | 'hash' | 'type' | 'too_large';

export interface VerifyContext {
  store: MediaStore;
  /** Largest image decoded for previews; larger images are refused (nothing could strip their metadata). */
  maxImageBytes: number;
  newId(): string;
  now(): number;
  refused(why: Refusal): void;
}

/**
 * Turns a pending upload into ready media, or refuses it with a media error code and stores
 * nothing. The store assembles the parts; then the object is read once: its size, its SHA-256 and
 * its first bytes (the type) must match the slot; images get a thumbnail, a placeholder and their
 * dimensions, and lose their metadata unless the sender kept it. A missing part leaves the slot
 * pending (the client may PUT it again and complete before the slot expires); every other refusal
 * deletes the upload.
 */
export async function verifyUpload(ctx: VerifyContext, r: MediaRecord): Promise<MediaRecord> {
  const { store } = ctx;
  const object = keys.object(r.id);
  try {
    await store.completeUpload(object, r.plan!);
  } catch (err) {
    if (err instanceof MediaStoreError && err.kind === 'incomplete') throw refuse(ctx, 'not_uploaded', ErrorCode.MEDIA_NOT_UPLOADED, err.message);
    throw err;
  }
  const fail = async (why: Refusal, code: ErrorCode, message: string): Promise<never> => {
    await purge(store, r);
    throw refuse(ctx, why, code, message);
  };
  const size = await store.size(object);
  if (size !== r.declared.size) return fail('size', ErrorCode.MEDIA_SIZE_MISMATCH, `uploaded ${size ?? 0} bytes, declared ${r.declared.size}`);
  const keep = !r.declared.encrypted && size <= ctx.maxImageBytes;
  // In a worker thread: the bytes never pass through the event loop that serves the sockets.
  const { sha256, head, whole } = await store.digest(object, keep);
  if (sha256 !== r.declared.sha256) return fail('hash', ErrorCode.MEDIA_HASH_MISMATCH, 'the bytes do not have the declared SHA-256');
  const ready: MediaRecord = { ...r, state: 'ready', plan: null, size, sha256, contentType: r.declared.contentType, kind: kindOf(r.declared.contentType) };
  if (!r.declared.encrypted) {
    const verdict = decideType(r.declared.contentType, sniff(head));
    if (!verdict.ok) return fail('type', ErrorCode.MEDIA_TYPE_MISMATCH, verdict.reason);
    ready.contentType = verdict.contentType;
    ready.kind = verdict.kind;
    if (verdict.kind === 'image') {
      if (whole === null) return fail('too_large', ErrorCode.TOO_LARGE, `images are at most ${ctx.maxImageBytes} bytes`);
      const made = await preview(ctx, ready, whole);
      if (made === null) return fail('type', ErrorCode.MEDIA_TYPE_MISMATCH, 'the image cannot be decoded');
    }
  }
  await saveRecord(store, ready);
  await store.put(keys.quota(r.owner, r.id, ready.size, false), new Uint8Array(0), 'application/octet-stream');
  await store.put(keys.conversation(r.conversationId, r.id), new Uint8Array(0), 'application/octet-stream');
  await store.delete([keys.quota(r.owner, r.id, r.declared.size, true), keys.expiry(r.expiresAt, r.id)]);
  return ready;
}

/** Thumbnail, placeholder, dimensions, metadata stripped; null when the image does not decode. */
async function preview(ctx: VerifyContext, ready: MediaRecord, bytes: Uint8Array): Promise<MediaRecord | null> {
  let made;
  try {
    made = await previewImage(bytes, ready.declared.keepMetadata);
  } catch {
    return null;
  }
  const { store } = ctx;
  if (made.stripped !== null) {
    await store.put(keys.object(ready.id), made.stripped, ready.contentType);
    ready.size = made.stripped.byteLength;
    ready.sha256 = createHash('sha256').update(made.stripped).digest('hex');
  }
  const thumbId = ctx.newId();
  await store.put(keys.object(thumbId), made.thumbnail, 'image/jpeg');
  const thumb: MediaRecord = {
    ...ready,
    id: thumbId,
    kind: 'image',
    contentType: 'image/jpeg',
    size: made.thumbnail.byteLength,
    sha256: createHash('sha256').update(made.thumbnail).digest('hex'),
    width: 0,
    height: 0,
    thumbnailId: '',
    placeholder: '',
    parent: ready.id,
    declared: { ...ready.declared, name: `thumb-${ready.declared.name}` },
  };
  await saveRecord(store, thumb);
  ready.width = made.width;
  ready.height = made.height;
  ready.thumbnailId = thumbId;
  ready.placeholder = Buffer.from(made.placeholder).toString('base64');
  return ready;
}

function refuse(ctx: VerifyContext, why: Refusal, code: ErrorCode, message: string): Error {
  ctx.refused(why);
  return mediaError(code, message);
}

/** Deletes everything of one media: bytes, record, markers, thumbnail, and a pending upload. */
export async function purge(store: MediaStore, r: MediaRecord): Promise<void> {
  if (r.state === 'pending' && r.plan !== null) await store.abortUpload(keys.object(r.id), r.plan).catch(() => undefined);
  const doomed = [
    keys.object(r.id),
    keys.quota(r.owner, r.id, r.declared.size, true),
    keys.quota(r.owner, r.id, r.size, false),
    keys.expiry(r.expiresAt, r.id),
    keys.conversation(r.conversationId, r.id),
  ];
  if (r.thumbnailId !== '') doomed.push(keys.object(r.thumbnailId), keys.record(r.thumbnailId));
  await store.delete(doomed);
  // The record last: while it exists, a retry of this purge finds everything again.
  await store.delete([keys.record(r.id)]);
}
