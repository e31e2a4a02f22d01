import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import type { chorus } from '../protocol/gen/chorus.js';
import { ErrorCode } from '../protocol/mod.js';
import { ask, describe, direct, refused } from './expect.js';
import { type Check, type KitContext, NotApplicable } from './kit.js';
import type { RawConnection } from './raw.js';

const sha = (b: Uint8Array): Buffer => createHash('sha256').update(b).digest();
/** A 1x1 PNG: an image any server recognises and decodes. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

/** Slot, PUT of every part (`body` may differ from what was declared), complete: the completion frame. */
async function upload(ctx: KitContext, c: RawConnection, conversationId: string, declared: { bytes: Uint8Array; type: string; sha256?: Uint8Array }, body = declared.bytes): Promise<chorus.v1.ServerFrame> {
  const slot = (await ask(c, { requestUpload: { conversationId, size: declared.bytes.byteLength, contentType: declared.type, sha256: declared.sha256 ?? sha(declared.bytes), name: 'kit.bin' } }, 'uploadSlot')).uploadSlot as chorus.v1.UploadSlot;
  const base = ctx.url.replace(/^ws/, 'http');
  for (const p of slot.parts as chorus.v1.UploadPart[]) {
    const from = Number(p.offset);
    // A body longer than declared puts the extra bytes on the last part.
    const to = Number(p.number) === slot.parts.length ? body.byteLength : from + Number(p.size);
    const res = await fetch(new URL(p.url, base), { method: 'PUT', body: Buffer.from(body.subarray(from, Math.max(from, to))) });
    await res.arrayBuffer();
  }
  return c.call({ completeUpload: { mediaId: slot.mediaId } }) as Promise<chorus.v1.ServerFrame>;
}

/** Logs in; a server whose Welcome says it takes no media makes the check a skip. */
async function mediaUser(ctx: KitContext, name: string): Promise<RawConnection> {
  const c = await ctx.login(ctx.user(name));
  if (Number(c.welcome?.limits?.maxMediaBytes ?? 0) === 0) throw new NotApplicable('the server takes no media (max_media_bytes 0)');
  return c;
}

/** Media (docs/protocol.md, "Media"): checks skip when the Welcome says the server takes none. */
export const mediaChecks: Check[] = [
  {
    group: 'media',
    name: 'an image goes up by its signed URL, is verified, sent as an attachment, and a member downloads it; others get FORBIDDEN',
    async run(ctx) {
      const a = await mediaUser(ctx, 'a');
      const b = await ctx.login(ctx.user('b'));
      const x = await ctx.login(ctx.user('x'));
      const id = await direct(a, ctx.user('b'));
      const done = await upload(ctx, a, id, { bytes: PNG, type: 'image/png' });
      assert.equal(done.body, 'mediaReady', describe(done));
      const media = done.mediaReady as chorus.v1.Attachment;
      assert.equal(media.kind, 1);
      await ask(a, { send: { conversationId: id, clientId: 'kit-media-1', text: '', attachments: [{ mediaId: media.mediaId }] } }, 'ack');
      const url = ((await ask(b, { mediaUrl: { conversationId: id, mediaId: media.mediaId } }, 'mediaUrl')).mediaUrl as chorus.v1.MediaUrl).url;
      const res = await fetch(new URL(url, ctx.url.replace(/^ws/, 'http')));
      assert.equal(res.status, 200);
      assert.deepEqual(sha(Buffer.from(await res.arrayBuffer())), Buffer.from(media.sha256));
      await refused(x, { mediaUrl: { conversationId: id, mediaId: media.mediaId } }, ErrorCode.FORBIDDEN);
    },
    produces: { errors: [ErrorCode.FORBIDDEN] },
  },
  {
    group: 'media',
    name: 'uploads are verified: MEDIA_HASH_MISMATCH, MEDIA_TYPE_MISMATCH, MEDIA_NOT_UPLOADED (short part), MEDIA_SIZE_MISMATCH or MEDIA_NOT_UPLOADED (long body)',
    async run(ctx) {
      const a = await mediaUser(ctx, 'a');
      const id = await direct(a, ctx.user('b'));
      const bytes = randomBytes(3000);
      const code = (f: chorus.v1.ServerFrame): number => f.error?.code ?? 0;
      assert.equal(code(await upload(ctx, a, id, { bytes, type: 'application/octet-stream', sha256: sha(Buffer.from('else')) })), ErrorCode.MEDIA_HASH_MISMATCH);
      assert.equal(code(await upload(ctx, a, id, { bytes, type: 'image/png' })), ErrorCode.MEDIA_TYPE_MISMATCH);
      assert.equal(code(await upload(ctx, a, id, { bytes, type: 'application/octet-stream' }, bytes.subarray(0, 100))), ErrorCode.MEDIA_NOT_UPLOADED);
      const long = code(await upload(ctx, a, id, { bytes, type: 'application/octet-stream' }, Buffer.concat([bytes, randomBytes(10)])));
      assert.ok(long === ErrorCode.MEDIA_SIZE_MISMATCH || long === ErrorCode.MEDIA_NOT_UPLOADED, `long body: ${long}`);
    },
    produces: { errors: [ErrorCode.MEDIA_HASH_MISMATCH, ErrorCode.MEDIA_TYPE_MISMATCH, ErrorCode.MEDIA_NOT_UPLOADED] },
  },
  {
    group: 'media',
    name: 'slots are bounded: TOO_LARGE over max_media_bytes, MEDIA_QUOTA_EXCEEDED past 16 open uploads (documented default)',
    async run(ctx) {
      const a = await mediaUser(ctx, 'a');
      const max = Number(a.welcome!.limits!.maxMediaBytes);
      const id = await direct(a, ctx.user('b'));
      const slot = (size: number) => ({ requestUpload: { conversationId: id, size, contentType: 'application/octet-stream', sha256: sha(Buffer.from('x')), name: 'f' } });
      await refused(a, slot(max + 1), ErrorCode.TOO_LARGE);
      for (let i = 0; i < 16; i++) await ask(a, slot(10), 'uploadSlot');
      await refused(a, slot(10), ErrorCode.MEDIA_QUOTA_EXCEEDED);
    },
    produces: { errors: [ErrorCode.TOO_LARGE, ErrorCode.MEDIA_QUOTA_EXCEEDED] },
  },
];
