import { randomBytes } from 'node:crypto';
import type { Clock } from '../time/mod.js';
import { ChorusError, ErrorCode, invalid } from '../protocol/mod.js';
import type { StoredAttachment } from './attachments.js';
import { type MediaRecord, NOT_FOUND, conversationEntry, expiryEntry, isMediaId, keys, loadRecord, mediaError, quotaEntry, saveRecord } from './records.js';
import { kindOf } from './sniff.js';
import type { MediaStore, UploadPlan } from './store.js';
import { type Refusal, purge, verifyUpload } from './verify.js';

/** Limits on media; cmd/config documents the defaults. */
export interface MediaLimits {
  /** Largest upload in bytes. */
  maxBytes: number;
  /** Largest image (decoded for previews). */
  maxImageBytes: number;
  /** Bytes one user may have stored (ready and pending); 0: no quota. */
  quotaBytes: number;
  /** Uploads one user may have open (requested, not completed) at once. */
  maxOpenUploads: number;
  maxAttachments: number;
  /** Bytes per upload part (S3 needs at least 5 MiB). */
  partSize: number;
  /** How long upload URLs work; an upload not completed by then is abandoned. */
  uploadTtlMs: number;
  /** How long a download URL works. */
  downloadTtlMs: number;
}

export const DEFAULT_MEDIA_LIMITS: MediaLimits = {
  maxBytes: 2 * 1024 ** 3,
  maxImageBytes: 32 * 1024 ** 2,
  quotaBytes: 10 * 1024 ** 3,
  maxOpenUploads: 16,
  maxAttachments: 10,
  partSize: 16 * 1024 ** 2,
  uploadTtlMs: 60 * 60 * 1000,
  downloadTtlMs: 5 * 60 * 1000,
};

/** What the service counts (cmd wires these to Prometheus). */
export interface MediaObserver {
  uploadRequested(bytes: number): void;
  uploadCompleted(bytes: number): void;
  refused(why: Refusal | 'quota' | 'expired'): void;
  deleted(bytes: number): void;
}

export interface UploadRequest {
  conversationId: string;
  size: number;
  contentType: string;
  sha256: Uint8Array;
  name: string;
  encrypted: boolean;
  keepMetadata: boolean;
}

/** The client-set fields of an attachment in SendMessage. */
export interface AttachmentInput {
  mediaId: string;
  durationMs: number;
  width: number;
  height: number;
  thumbnailId: string;
  encryption: { key: Uint8Array; digest: Uint8Array; scheme: string } | null;
}

const MAX_DURATION_MS = 24 * 60 * 60 * 1000;
const MAX_VIDEO_EDGE = 16384;
const MAX_KEY_BYTES = 128;

/**
 * Media of conversations: upload slots, verification, attachments for messages, download URLs,
 * deletion and the expiry of abandoned uploads. The caller (the gateway) has checked that the
 * user is a current member of the conversation; everything else is checked here.
 */
export class MediaService {
  constructor(
    private readonly store: MediaStore,
    readonly limits: MediaLimits,
    private readonly clock: Clock,
    private readonly observe: MediaObserver | null = null,
  ) {}

  async requestUpload(owner: string, q: UploadRequest): Promise<{ mediaId: string; expiresAt: number; plan: UploadPlan }> {
    const { limits } = this;
    if (!Number.isSafeInteger(q.size) || q.size < 1) throw invalid('size must be at least 1 byte');
    if (q.size > limits.maxBytes) throw new ChorusError(ErrorCode.TOO_LARGE, `media are at most ${limits.maxBytes} bytes`);
    if (!q.encrypted && kindOf(q.contentType.toLowerCase()) === 'image' && q.size > limits.maxImageBytes) {
      throw new ChorusError(ErrorCode.TOO_LARGE, `images are at most ${limits.maxImageBytes} bytes`);
    }
    if (q.sha256.byteLength !== 32) throw invalid('sha256 must be 32 bytes');
    if (!/^[a-z0-9.+-]+\/[a-z0-9.+-]+$/i.test(q.contentType) || q.contentType.length > 127) throw invalid('content_type must be a MIME type');
    if (Buffer.byteLength(q.name) > 255 || badName(q.name) || q.name === '.' || q.name === '..') {
      throw invalid('name must be a file name (at most 255 bytes, no path, no control characters)');
    }
    await this.checkQuota(owner, q.size);
    const now = this.clock.now();
    const id = newMediaId();
    const expiresAt = now + limits.uploadTtlMs;
    const plan = await this.store.beginUpload(keys.object(id), q.size, limits.partSize, expiresAt);
    const record: MediaRecord = {
      id,
      owner,
      conversationId: q.conversationId,
      state: 'pending',
      createdAt: now,
      expiresAt,
      declared: { size: q.size, sha256: Buffer.from(q.sha256).toString('hex'), contentType: q.contentType.toLowerCase(), name: q.name, encrypted: q.encrypted, keepMetadata: q.keepMetadata },
      plan: { uploadId: plan.uploadId, parts: plan.parts.map((p) => ({ ...p, url: '' })) },
      kind: 'file',
      contentType: '',
      size: 0,
      sha256: '',
      width: 0,
      height: 0,
      thumbnailId: '',
      placeholder: '',
      parent: '',
    };
    await this.store.put(keys.quota(owner, id, q.size, true), new Uint8Array(0), 'application/octet-stream');
    await this.store.put(keys.expiry(expiresAt, id), new Uint8Array(0), 'application/octet-stream');
    await saveRecord(this.store, record);
    this.observe?.uploadRequested(q.size);
    return { mediaId: id, expiresAt, plan };
  }

  /** Verifies an upload of `owner` (idempotent: ready media are answered as they are). */
  async complete(owner: string, mediaId: string): Promise<MediaRecord> {
    const r = await this.own(owner, mediaId);
    if (r.state === 'ready') return r;
    if (r.expiresAt < this.clock.now()) {
      this.observe?.refused('expired');
      throw mediaError(ErrorCode.MEDIA_EXPIRED, 'the upload slot expired');
    }
    const ready = await verifyUpload(
      { store: this.store, maxImageBytes: this.limits.maxImageBytes, newId: newMediaId, now: () => this.clock.now(), refused: (why) => this.observe?.refused(why) },
      r,
    );
    this.observe?.uploadCompleted(ready.size);
    return ready;
  }

  /**
   * The attachments of a message the owner sends to a conversation: each a completed upload of
   * the owner for that conversation (one still pending is verified now), with the client's
   * duration, video size, poster and encryption fields checked.
   */
  async attach(owner: string, conversationId: string, inputs: readonly AttachmentInput[]): Promise<StoredAttachment[]> {
    if (inputs.length > this.limits.maxAttachments) throw new ChorusError(ErrorCode.TOO_LARGE, `at most ${this.limits.maxAttachments} attachments per message`);
    if (new Set(inputs.map((a) => a.mediaId)).size !== inputs.length) throw invalid('an attachment is listed twice');
    const out: StoredAttachment[] = [];
    for (const a of inputs) {
      const r = await this.complete(owner, a.mediaId);
      if (r.conversationId !== conversationId) throw new ChorusError(ErrorCode.FORBIDDEN, 'the media was uploaded for another conversation');
      out.push(await this.attachment(owner, conversationId, r, a));
    }
    return out;
  }

  /** A download URL of media of the conversation (the caller is a current member). */
  async downloadUrl(conversationId: string, mediaId: string): Promise<{ url: string; expiresAt: number }> {
    const r = await loadRecord(this.store, mediaId);
    if (r === undefined || r.state !== 'ready' || r.conversationId !== conversationId) throw NOT_FOUND();
    const expiresAt = this.clock.now() + this.limits.downloadTtlMs;
    const served = r.kind === 'file' ? 'application/octet-stream' : r.contentType;
    return { url: await this.store.downloadUrl(keys.object(r.id), expiresAt, { contentType: served, fileName: r.declared.name }), expiresAt };
  }

  /** Deletes media of a conversation and their thumbnails (a message deleted for everyone). */
  async delete(conversationId: string, mediaIds: readonly string[]): Promise<void> {
    for (const id of mediaIds) {
      const r = await loadRecord(this.store, id);
      if (r === undefined || r.conversationId !== conversationId) continue;
      await purge(this.store, r);
      this.observe?.deleted(r.size);
    }
  }

  /** Removes uploads whose slot expired before completion; returns how many. */
  async sweep(): Promise<number> {
    const now = this.clock.now();
    let n = 0;
    for await (const key of this.store.list('p/')) {
      const e = expiryEntry(key);
      if (e === null || e.expiresAt >= now) continue;
      const r = await loadRecord(this.store, e.id);
      if (r !== undefined && r.state === 'pending') await purge(this.store, r);
      else await this.store.delete([key]);
      n++;
    }
    return n;
  }

  /**
   * Deletes the media of conversations nobody can read any more (every member left), as
   * `readable` says; returns how many media went. Lists every conversation marker: run it rarely.
   */
  async collect(readable: (conversationId: string) => Promise<boolean>): Promise<number> {
    const byConversation = new Map<string, string[]>();
    for await (const key of this.store.list('c/')) {
      const e = conversationEntry(key);
      if (e === null) continue;
      const ids = byConversation.get(e.conversationId) ?? [];
      ids.push(e.id);
      byConversation.set(e.conversationId, ids);
    }
    let n = 0;
    for (const [conversationId, ids] of byConversation) {
      if (await readable(conversationId)) continue;
      await this.delete(conversationId, ids);
      n += ids.length;
    }
    return n;
  }

  private async own(owner: string, mediaId: string): Promise<MediaRecord> {
    if (!isMediaId(mediaId)) throw invalid('media_id is not a media id');
    const r = await loadRecord(this.store, mediaId);
    // Someone else's media reads as missing: ids are not to be probed.
    if (r === undefined || r.owner !== owner || r.parent !== '') throw NOT_FOUND();
    return r;
  }

  private async checkQuota(owner: string, size: number): Promise<void> {
    let stored = 0;
    let open = 0;
    for await (const key of this.store.list(keys.quotaPrefix(owner))) {
      const q = quotaEntry(key);
      if (q === null) continue;
      stored += q.bytes;
      if (q.pending) open++;
    }
    if (open >= this.limits.maxOpenUploads) {
      this.observe?.refused('quota');
      throw mediaError(ErrorCode.MEDIA_QUOTA_EXCEEDED, `at most ${this.limits.maxOpenUploads} uploads may be open at once`);
    }
    if (this.limits.quotaBytes > 0 && stored + size > this.limits.quotaBytes) {
      this.observe?.refused('quota');
      throw mediaError(ErrorCode.MEDIA_QUOTA_EXCEEDED, `this upload would exceed the media quota of ${this.limits.quotaBytes} bytes`);
    }
  }

  private async attachment(owner: string, conversationId: string, r: MediaRecord, a: AttachmentInput): Promise<StoredAttachment> {
    const timed = r.kind === 'video' || r.kind === 'audio';
    if (!Number.isSafeInteger(a.durationMs) || a.durationMs < 0 || a.durationMs > MAX_DURATION_MS) throw invalid('duration_ms must be at most 24 hours');
    let { width, height, thumbnailId } = r;
    if (r.kind === 'video' || r.declared.encrypted) {
      if (![a.width, a.height].every((v) => Number.isSafeInteger(v) && v >= 0 && v <= MAX_VIDEO_EDGE)) throw invalid(`width and height must be at most ${MAX_VIDEO_EDGE}`);
      width = a.width;
      height = a.height;
      if (a.thumbnailId !== '') {
        const poster = await this.complete(owner, a.thumbnailId);
        if (poster.conversationId !== conversationId || (poster.kind !== 'image' && !poster.declared.encrypted)) throw invalid('thumbnail_id must be an image uploaded for this conversation');
        thumbnailId = poster.id;
      }
    } else if (a.thumbnailId !== '' && a.thumbnailId !== r.thumbnailId) throw invalid('only video and encrypted media take a client thumbnail');
    const e = a.encryption;
    if (e !== null && (e.key.byteLength > MAX_KEY_BYTES || e.digest.byteLength > MAX_KEY_BYTES || e.scheme.length > 64)) throw invalid('encryption key, digest or scheme too long');
    return {
      mediaId: r.id,
      kind: r.kind,
      contentType: r.contentType,
      size: r.size,
      sha256: r.sha256,
      name: r.declared.name,
      width,
      height,
      durationMs: timed || r.declared.encrypted ? a.durationMs : 0,
      thumbnailId,
      placeholder: r.placeholder,
      encryption: e === null ? null : { key: Buffer.from(e.key).toString('base64'), digest: Buffer.from(e.digest).toString('base64'), scheme: e.scheme },
    };
  }
}

export function newMediaId(): string {
  return randomBytes(16).toString('base64url');
}

/** A name with a path separator or a control character (a file name is one plain segment). */
function badName(name: string): boolean {
  for (const ch of name) {
    const c = ch.codePointAt(0)!;
    if (ch === '/' || ch === '\\' || c < 0x20 || c === 0x7f) return true;
  }
  return false;
}
