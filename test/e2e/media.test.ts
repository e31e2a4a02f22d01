/**
 * Media end to end, with real sockets: the SDK uploads by signed URL, the server verifies, the
 * message carries the reference, a member downloads. Runs on the embedded store always and on the
 * real S3 server (SeaweedFS) when SEAWEED_S3_ENDPOINT is set (scripts/test.sh starts one).
 */
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import sharp from 'sharp';
import type { Attachment, ChorusClient, Message } from '../../lib/client/mod.js';
import { ErrorCode, ServerError } from '../../lib/client/mod.js';
import type { chorus } from '../../lib/protocol/gen/chorus.js';
import { s3Flags, s3FromEnv, s3Skip } from '../../testing/media.js';
import { startTestNode, type TestNode, until } from '../../testing/node.js';
import { RawConnection } from '../../testing/raw.js';

const sha = (b: Uint8Array): Buffer => createHash('sha256').update(b).digest();

async function photoWithExif(): Promise<Buffer> {
  return sharp({ create: { width: 120, height: 80, channels: 3, background: '#3366cc' } })
    .jpeg()
    .withExif({ IFD0: { Artist: 'alice-camera', Copyright: 'gps-secret' } })
    .toBuffer();
}

function refused(code: ErrorCode): (e: unknown) => boolean {
  return (e: unknown) => e instanceof ServerError && e.code === code;
}

async function download(url: string): Promise<{ status: number; type: string; bytes: Buffer }> {
  const res = await fetch(url);
  return { status: res.status, type: res.headers.get('content-type') ?? '', bytes: Buffer.from(await res.arrayBuffer()) };
}

function mediaScenarios(name: string, flags: () => Promise<string[]>, skip: string | false): void {
  describe(`media end to end: ${name}`, { skip }, () => {
    let t: TestNode;
    let alice: ChorusClient;
    let bob: ChorusClient;
    let carol: ChorusClient;
    let conv: string;
    const got: Message[] = [];

    before(async () => {
      t = await startTestNode(await flags());
      alice = await t.client('alice');
      bob = await t.client('bob');
      carol = await t.client('carol');
      conv = (await alice.createDirect('bob')).id;
      bob.on('message', (m) => got.push(m));
    });
    after(async () => t?.stop());

    /** A raw session of the user, for frames the SDK would never send. */
    const raw = async (user: string): Promise<RawConnection> => RawConnection.login(t.url, await t.token(user));
    const call = async (c: RawConnection, frame: Parameters<RawConnection['call']>[0]): Promise<chorus.v1.ServerFrame> => c.call(frame, 30_000) as Promise<chorus.v1.ServerFrame>;

    it('sends a photo: the receiver gets dimensions, a thumbnail and a placeholder, and downloads it without its EXIF', async () => {
      const photo = await photoWithExif();
      assert.ok((await sharp(photo).metadata()).exif !== undefined);
      let progress = 0;
      const ack = await alice.sendMedia(conv, new Blob([new Uint8Array(photo)], { type: 'image/jpeg' }), { caption: 'look', name: 'beach.jpg', onProgress: (n) => (progress = n) });
      assert.equal(progress, photo.byteLength);
      await until(() => got.some((m) => Number(m.seq) === Number(ack.seq)), 'bob receives the photo');
      const m = got.find((x) => Number(x.seq) === Number(ack.seq))!;
      assert.equal(m.text, 'look');
      const a = m.attachments[0] as Attachment;
      assert.equal(a.kind, 1);
      assert.equal(a.contentType, 'image/jpeg');
      assert.equal(a.name, 'beach.jpg');
      assert.deepEqual([a.width, a.height], [120, 80]);
      assert.ok(a.placeholder.byteLength > 0 && a.placeholder.byteLength <= 1024);
      assert.notEqual(a.thumbnailId, '');
      const full = await download(await bob.mediaUrl(conv, a.mediaId));
      assert.equal(full.status, 200);
      assert.equal(full.type, 'image/jpeg');
      assert.deepEqual(sha(full.bytes), Buffer.from(a.sha256), 'the reference names the stored bytes');
      assert.equal(Number(a.size), full.bytes.byteLength);
      const meta = await sharp(full.bytes).metadata();
      assert.equal(meta.exif, undefined, 'EXIF stripped');
      assert.equal(meta.width, 120);
      const thumb = await download(await bob.mediaUrl(conv, a.thumbnailId));
      assert.equal(thumb.status, 200);
      assert.equal((await sharp(thumb.bytes).metadata()).format, 'jpeg');
      // History has it too, for a device that was away.
      const page = await bob.history(conv, { limit: 5 });
      assert.equal((page.messages.find((x) => Number(x.seq) === Number(ack.seq))!.attachments[0] as Attachment).mediaId, a.mediaId);
    });

    it('sends a file and keeps its bytes exactly; members only download', async () => {
      const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(5000)]);
      const ack = await alice.sendMedia(conv, pdf, { name: 'report.pdf', contentType: 'application/pdf' });
      await until(() => got.some((m) => Number(m.seq) === Number(ack.seq)), 'bob receives the file');
      const a = got.find((x) => Number(x.seq) === Number(ack.seq))!.attachments[0] as Attachment;
      assert.equal(a.kind, 4);
      assert.equal(a.contentType, 'application/pdf');
      const file = await download(await bob.mediaUrl(conv, a.mediaId));
      assert.deepEqual(file.bytes, pdf);
      await assert.rejects(carol.mediaUrl(conv, a.mediaId), refused(ErrorCode.FORBIDDEN), 'a non-member gets no URL');
      await assert.rejects(carol.uploadMedia(conv, pdf), refused(ErrorCode.FORBIDDEN), 'a non-member gets no slot');
    });

    it('refuses a removed member, and deleting the message deletes the media', async () => {
      const group = (await alice.createGroup('trip', ['bob', 'carol'])).id;
      const photo = await photoWithExif();
      const ack = await alice.sendMedia(group, photo, { contentType: 'image/jpeg' });
      const page = await carol.history(group, { limit: 10 });
      const a = page.messages.find((x) => Number(x.seq) === Number(ack.seq))!.attachments[0] as Attachment;
      assert.equal((await download(await carol.mediaUrl(group, a.mediaId))).status, 200);
      await alice.updateGroup(group, { remove: ['carol'] });
      await assert.rejects(carol.mediaUrl(group, a.mediaId), refused(ErrorCode.FORBIDDEN), 'a removed member gets no URL');
      const url = await bob.mediaUrl(group, a.mediaId);
      const thumbUrl = await bob.mediaUrl(group, a.thumbnailId);
      await alice.delete(group, Number(ack.seq));
      // The media go once the delete is stored; the URLs handed out before stop working.
      const gone = async (): Promise<boolean> => (await download(url)).status === 404 && (await download(thumbUrl)).status === 404;
      const deadline = Date.now() + 10_000;
      while (!(await gone())) {
        assert.ok(Date.now() < deadline, 'media deleted with the message');
        await new Promise((r) => setTimeout(r, 50));
      }
      await assert.rejects(bob.mediaUrl(group, a.mediaId), refused(ErrorCode.NOT_FOUND));
      const tomb = (await bob.history(group, { limit: 10 })).messages.find((x) => Number(x.seq) === Number(ack.seq))!;
      assert.equal(tomb.deleted, true);
      assert.equal(tomb.attachments.length, 0);
    });

    it('refuses wrong hash, size and type with their codes, stores nothing, and keeps serving', async () => {
      const c = await raw('alice');
      const lastSeq = (await alice.history(conv, { limit: 1 })).lastSeq;
      const attempt = async (declared: { bytes: Buffer; type: string; sha?: Buffer }, body: Buffer): Promise<{ code: number; mediaId: string }> => {
        const slot = await call(c, { requestUpload: { conversationId: conv, size: declared.bytes.byteLength, contentType: declared.type, sha256: declared.sha ?? sha(declared.bytes), name: 'x' } });
        assert.equal(slot.body, 'uploadSlot', JSON.stringify(slot.toJSON()));
        const s = slot.uploadSlot as chorus.v1.UploadSlot;
        for (const p of s.parts as chorus.v1.UploadPart[]) {
          const res = await fetch(new URL(p.url, t.url.replace('ws', 'http')), { method: 'PUT', body: new Uint8Array(body).subarray(Number(p.offset), Number(p.offset) + Number(p.size) + (body.length - declared.bytes.length)) });
          await res.arrayBuffer();
        }
        const done = await call(c, { completeUpload: { mediaId: s.mediaId } });
        return { code: done.error?.code ?? 0, mediaId: s.mediaId };
      };
      const jpeg = await photoWithExif();
      const randomish = randomBytes(4000);
      const hash = await attempt({ bytes: randomish, type: 'application/octet-stream', sha: sha(Buffer.from('other')) }, randomish);
      assert.equal(hash.code, ErrorCode.MEDIA_HASH_MISMATCH);
      const lying = await attempt({ bytes: randomish, type: 'image/png' }, randomish);
      assert.equal(lying.code, ErrorCode.MEDIA_TYPE_MISMATCH);
      const html = Buffer.from('<html><script>alert(1)</script></html>');
      assert.equal((await attempt({ bytes: html, type: 'image/jpeg' }, html)).code, ErrorCode.MEDIA_TYPE_MISMATCH);
      assert.equal((await attempt({ bytes: jpeg, type: 'image/png' }, jpeg)).code, ErrorCode.MEDIA_TYPE_MISMATCH);
      const truncated = await attempt({ bytes: randomish, type: 'application/octet-stream' }, randomish.subarray(0, 1000));
      assert.equal(truncated.code, ErrorCode.MEDIA_NOT_UPLOADED);
      const longer = await attempt({ bytes: randomish, type: 'application/octet-stream' }, Buffer.concat([randomish, randomBytes(100)]));
      assert.ok([ErrorCode.MEDIA_SIZE_MISMATCH, ErrorCode.MEDIA_NOT_UPLOADED].includes(longer.code), `longer body: ${longer.code}`);
      // Refused media are gone: neither completable nor sendable.
      for (const id of [hash.mediaId, lying.mediaId]) {
        assert.equal((await call(c, { completeUpload: { mediaId: id } })).error?.code, ErrorCode.NOT_FOUND);
        const send = await call(c, { send: { conversationId: conv, clientId: `bad-${id.slice(0, 8)}`, text: 'x', attachments: [{ mediaId: id }] } });
        assert.equal(send.error?.code, ErrorCode.NOT_FOUND);
      }
      assert.equal((await alice.history(conv, { limit: 1 })).lastSeq, lastSeq, 'no message was stored');
      c.close();
      assert.ok(Number((await alice.send(conv, 'still serving')).seq) > Number(lastSeq));
    });

    it('refuses bad requests: oversized, bad names and ids, someone else\'s upload', async () => {
      const c = await raw('alice');
      const slot = (size: number, extra: Partial<chorus.v1.IRequestUpload> = {}) =>
        call(c, { requestUpload: { conversationId: conv, size, contentType: 'application/octet-stream', sha256: sha(Buffer.from('x')), name: 'f', ...extra } });
      assert.equal((await slot(3 * 1024 ** 3)).error?.code, ErrorCode.TOO_LARGE);
      assert.equal((await slot(0)).error?.code, ErrorCode.INVALID_ARGUMENT);
      assert.equal((await slot(100, { name: '../../etc/passwd' })).error?.code, ErrorCode.INVALID_ARGUMENT);
      assert.equal((await slot(100, { name: 'a\u0000b' })).error?.code, ErrorCode.INVALID_ARGUMENT);
      assert.equal((await slot(100, { sha256: new Uint8Array(5) })).error?.code, ErrorCode.INVALID_ARGUMENT);
      assert.equal((await slot(100, { contentType: 'text/html; x=<script>' })).error?.code, ErrorCode.INVALID_ARGUMENT);
      assert.equal((await call(c, { completeUpload: { mediaId: '../../r/abc' } })).error?.code, ErrorCode.INVALID_ARGUMENT);
      // Bob cannot complete or send Alice's upload.
      const mine = await alice.uploadMedia(conv, new Uint8Array(Buffer.from('%PDF-1.4 mine')));
      const b = await raw('bob');
      assert.equal((await call(b, { completeUpload: { mediaId: mine.mediaId } })).error?.code, ErrorCode.NOT_FOUND);
      assert.equal((await call(b, { send: { conversationId: conv, clientId: 'steal1', text: 'mine now', attachments: [{ mediaId: mine.mediaId }] } })).error?.code, ErrorCode.NOT_FOUND);
      // A leaked upload URL lets someone else write the bytes, never make them the owner's media:
      // the owner's completion checks them against the hash the owner declared.
      const own = Buffer.from('%PDF-1.4 the real one');
      const slotFrame = await call(c, { requestUpload: { conversationId: conv, size: own.byteLength, contentType: 'application/pdf', sha256: sha(own), name: 'real.pdf' } });
      const leaked = ((slotFrame.uploadSlot as chorus.v1.UploadSlot).parts as chorus.v1.UploadPart[])[0]!;
      const forged = Buffer.from('%PDF-1.4 the fake one');
      await (await fetch(new URL(leaked.url, t.url.replace('ws', 'http')), { method: 'PUT', body: new Uint8Array(forged) })).arrayBuffer();
      const completed = await call(c, { completeUpload: { mediaId: (slotFrame.uploadSlot as chorus.v1.UploadSlot).mediaId } });
      assert.equal(completed.error?.code, ErrorCode.MEDIA_HASH_MISMATCH);
      // Forged and path-trick URLs on the server's own media endpoint.
      const base = t.url.replace('ws://', 'http://').replace('/v1/ws', '');
      for (const path of ['/media/v1/get?k=../../chorus.db&e=9999999999999&s=x', '/media/v1/get?k=o/..%2F..%2Fchorus.db', '/media/v1/../chorus.db']) {
        assert.ok((await fetch(base + path)).status >= 400, path);
      }
      c.close();
      b.close();
      assert.ok((await bob.ping()) >= 0);
    });

    it('sends a video with the client\'s duration, size and poster, and checks them', async () => {
      // An MP4 as far as sniffing goes (the ftyp box), with a poster frame uploaded as an image.
      const video = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypisom'), randomBytes(30_000)]);
      const clip = await alice.uploadMedia(conv, video, { name: 'clip.mp4', contentType: 'video/mp4' });
      assert.equal(clip.kind, 2);
      const poster = await alice.uploadMedia(conv, await photoWithExif(), { contentType: 'image/jpeg' });
      const c = await raw('alice');
      const bad = async (a: chorus.v1.IAttachment): Promise<number> => (await call(c, { send: { conversationId: conv, clientId: `v-${randomBytes(4).toString('hex')}`, text: '', attachments: [a] } })).error?.code ?? 0;
      assert.equal(await bad({ mediaId: clip.mediaId, durationMs: 25 * 3600_000 }), ErrorCode.INVALID_ARGUMENT, 'over 24 hours');
      assert.equal(await bad({ mediaId: clip.mediaId, width: 100_000, height: 10 }), ErrorCode.INVALID_ARGUMENT, 'absurd size');
      assert.equal(await bad({ mediaId: clip.mediaId, thumbnailId: clip.mediaId }), ErrorCode.INVALID_ARGUMENT, 'a poster must be an image');
      assert.equal(await bad({ mediaId: poster.mediaId, thumbnailId: clip.mediaId }), ErrorCode.INVALID_ARGUMENT, 'only video takes a poster');
      c.close();
      const ack = await alice.sendAttachments(conv, [{ mediaId: clip.mediaId, durationMs: 12_345, width: 1280, height: 720, thumbnailId: poster.mediaId }], 'clip');
      await until(() => got.some((m) => Number(m.seq) === Number(ack.seq)), 'bob receives the video');
      const a = got.find((m) => Number(m.seq) === Number(ack.seq))!.attachments[0] as Attachment;
      assert.deepEqual([a.kind, a.contentType, a.durationMs, a.width, a.height, a.thumbnailId], [2, 'video/mp4', 12_345, 1280, 720, poster.mediaId]);
      assert.equal((await download(await bob.mediaUrl(conv, a.thumbnailId))).type, 'image/jpeg');
    });

    it('carries client-encrypted media (E2EE): no sniffing or preview, the key reaches the members untouched', async () => {
      const c = await raw('alice');
      const cipher = randomBytes(2048);
      const slot = await call(c, { requestUpload: { conversationId: conv, size: cipher.byteLength, contentType: 'image/jpeg', sha256: sha(cipher), name: '', encrypted: true } });
      const s = slot.uploadSlot as chorus.v1.UploadSlot;
      const part = (s.parts as chorus.v1.UploadPart[])[0]!;
      assert.equal((await fetch(new URL(part.url, t.url.replace('ws', 'http')), { method: 'PUT', body: new Uint8Array(cipher) })).status, 200);
      const key = randomBytes(64);
      const digest = randomBytes(32);
      const sent = await call(c, { send: { conversationId: conv, clientId: 'e2ee-1', text: '', attachments: [{ mediaId: s.mediaId, width: 800, height: 600, encryption: { key, digest, scheme: 'aes-256-cbc-hmac-sha256' } }] } });
      assert.equal(sent.body, 'ack', JSON.stringify(sent.toJSON()));
      const seq = Number(sent.ack!.seq);
      await until(() => got.some((m) => Number(m.seq) === seq), 'bob receives the encrypted media');
      const a = got.find((m) => Number(m.seq) === seq)!.attachments[0] as Attachment;
      assert.equal(a.contentType, 'image/jpeg', 'the declared type, unchecked');
      assert.equal(a.thumbnailId, '');
      assert.deepEqual([a.width, a.height], [800, 600]);
      assert.deepEqual(Buffer.from(a.encryption!.key!), key);
      assert.deepEqual(Buffer.from(a.encryption!.digest!), digest);
      assert.equal(a.encryption!.scheme, 'aes-256-cbc-hmac-sha256');
      assert.deepEqual((await download(await bob.mediaUrl(conv, a.mediaId))).bytes, cipher, 'the ciphertext as uploaded');
      c.close();
    });

    it('uploads 200 MB in parts and downloads it intact', async () => {
      const big = randomBytes(200 * 1024 * 1024);
      const parts: number[] = [];
      const media = await alice.uploadMedia(conv, big, { name: 'big.bin', onProgress: (n) => parts.push(n) });
      assert.ok(parts.length >= 12, `in ${parts.length} parts`);
      assert.equal(Number(media.size), big.byteLength);
      const ack = await alice.sendAttachments(conv, [{ mediaId: media.mediaId }], 'big one');
      assert.ok(Number(ack.seq) > 0);
      const res = await fetch(await bob.mediaUrl(conv, media.mediaId));
      const hash = createHash('sha256');
      let n = 0;
      for await (const chunk of res.body!) {
        hash.update(chunk);
        n += chunk.byteLength;
      }
      assert.equal(n, big.byteLength);
      assert.deepEqual(hash.digest(), sha(big));
    });
  });
}

mediaScenarios('embedded store', async () => [], false);
mediaScenarios('S3 (SeaweedFS)', async () => s3Flags(s3FromEnv()!), s3Skip);
