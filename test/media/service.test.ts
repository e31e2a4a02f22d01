import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { DEFAULT_MEDIA_LIMITS, FileMediaStore, MediaService, type StoredAttachment, attachmentsMeta, decideType, pushText, sniff } from '../../lib/media/mod.js';
import { ChorusError, ErrorCode } from '../../lib/protocol/mod.js';
import { ManualClock } from '../../lib/time/mod.js';
import { fileStoreServer } from '../../testing/media.js';

const code = (c: ErrorCode) => (e: unknown) => e instanceof ChorusError && e.code === c;

describe('media type sniffing', () => {
  const head = (...parts: (string | number[])[]): Uint8Array => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));
  it('recognises the types the chat shows by their first bytes', () => {
    assert.equal(sniff(head([0xff, 0xd8, 0xff, 0xe0])), 'image/jpeg');
    assert.equal(sniff(head([0x89], 'PNG\r\n\x1a\n')), 'image/png');
    assert.equal(sniff(head('GIF89a')), 'image/gif');
    assert.equal(sniff(head('RIFF', [0, 0, 0, 0], 'WEBPVP8 ')), 'image/webp');
    assert.equal(sniff(head([0, 0, 0, 0x18], 'ftypisom')), 'video/mp4');
    assert.equal(sniff(head([0, 0, 0, 0x18], 'ftypheic')), 'image/heic');
    assert.equal(sniff(head([0x1a, 0x45, 0xdf, 0xa3])), 'video/webm');
    assert.equal(sniff(head('OggS')), 'audio/ogg');
    assert.equal(sniff(head('%PDF-1.7')), 'application/pdf');
    assert.equal(sniff(head('<svg xmlns=')), null);
    assert.equal(sniff(new Uint8Array(0)), null);
  });
  it('believes the bytes, not the declaration', () => {
    assert.deepEqual(decideType('image/jpg', 'image/jpeg'), { ok: true, contentType: 'image/jpeg', kind: 'image' });
    assert.deepEqual(decideType('audio/webm', 'video/webm'), { ok: true, contentType: 'audio/webm', kind: 'audio' });
    assert.deepEqual(decideType('application/octet-stream', 'image/png'), { ok: true, contentType: 'image/png', kind: 'image' });
    assert.deepEqual(decideType('text/plain', null), { ok: true, contentType: 'application/octet-stream', kind: 'file' });
    assert.equal(decideType('image/png', 'image/jpeg').ok, false);
    assert.equal(decideType('image/svg+xml', null).ok, false, 'an SVG (script inside) is not an image here');
    assert.equal(decideType('video/mp4', null).ok, false);
    assert.equal(decideType('application/pdf', 'image/png').ok, false);
  });
});

describe('MediaService limits and expiry', () => {
  const dir = mkdtempSync(join(tmpdir(), 'chorus-media-svc-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const clock = new ManualClock(1_800_000_000_000);
  const store = new FileMediaStore({ root: dir, secret: randomBytes(32), publicUrl: '', clock });
  const limits = { ...DEFAULT_MEDIA_LIMITS, quotaBytes: 1000, maxOpenUploads: 2, uploadTtlMs: 60_000 };
  const media = new MediaService(store, limits, clock);
  const ask = (owner: string, size: number) =>
    media.requestUpload(owner, { conversationId: 'c1', size, contentType: 'application/octet-stream', sha256: randomBytes(32), name: 'f', encrypted: false, keepMetadata: false });

  it('refuses uploads over the quota and beyond the open-upload limit', async () => {
    await ask('ann', 600);
    await assert.rejects(ask('ann', 600), code(ErrorCode.MEDIA_QUOTA_EXCEEDED));
    await ask('ann', 300);
    await assert.rejects(ask('ann', 10), code(ErrorCode.MEDIA_QUOTA_EXCEEDED), 'two open uploads at most');
    await ask('ben', 900);
  });

  it('expires abandoned uploads: completion is refused and the sweep deletes them', async () => {
    const slot = await ask('cat', 100);
    clock.advance(61_000);
    await assert.rejects(media.complete('cat', slot.mediaId), code(ErrorCode.MEDIA_EXPIRED));
    assert.equal(await media.sweep(), 4, 'every upload of this test file is abandoned by now');
    await assert.rejects(media.complete('cat', slot.mediaId), code(ErrorCode.NOT_FOUND));
    assert.deepEqual(readdirSync(join(dir, 'uploads')), [], 'the upload files are gone');
    await ask('ann', 600);
    assert.equal(await media.sweep(), 0);
  });
});

describe('push text of media messages', () => {
  const a = (kind: StoredAttachment['kind']): StoredAttachment => ({
    mediaId: 'm'.repeat(22), kind, contentType: '', size: 1, sha256: '', name: '', width: 0, height: 0, durationMs: 0, thumbnailId: '', placeholder: '', encryption: null,
  });
  it('says what the media are, with the caption', () => {
    assert.equal(pushText('', attachmentsMeta([a('image')]), 100), '📷 Photo');
    assert.equal(pushText('look', attachmentsMeta([a('image')]), 100), '📷 Photo: look');
    assert.equal(pushText('', attachmentsMeta([a('file'), a('image'), a('video')]), 100), '📄 File +2');
    assert.equal(pushText('', attachmentsMeta([a('audio')]), 100), '🎤 Audio');
    assert.equal(pushText('plain text', '', 100), 'plain text');
    assert.equal(pushText('x'.repeat(50), '', 10), `${'x'.repeat(9)}…`);
  });
});

describe('MediaService collects media of conversations nobody can read', () => {
  const clock = new ManualClock(Date.now());
  let served: Awaited<ReturnType<typeof fileStoreServer>>;
  before(async () => {
    served = await fileStoreServer(clock);
  });
  after(() => served.close());

  it('deletes the media of unreadable conversations and keeps the others', async () => {
    const media = new MediaService(served.store, DEFAULT_MEDIA_LIMITS, clock);
    const upload = async (conversationId: string): Promise<string> => {
      const bytes = randomBytes(500);
      const slot = await media.requestUpload('dee', { conversationId, size: 500, contentType: 'application/octet-stream', sha256: createHash('sha256').update(bytes).digest(), name: 'f', encrypted: false, keepMetadata: false });
      assert.equal((await fetch(slot.plan.parts[0]!.url, { method: 'PUT', body: new Uint8Array(bytes) })).status, 200);
      return (await media.complete('dee', slot.mediaId)).id;
    };
    const gone = await upload('g.left:everyone');
    const kept = await upload('g.still:read');
    const asked: string[] = [];
    const n = await media.collect(async (id) => {
      asked.push(id);
      return id === 'g.still:read';
    });
    assert.equal(n, 1);
    assert.deepEqual(asked.sort(), ['g.left:everyone', 'g.still:read']);
    await assert.rejects(media.downloadUrl('g.left:everyone', gone), code(ErrorCode.NOT_FOUND));
    assert.ok((await media.downloadUrl('g.still:read', kept)).url.includes('/media/v1/get'));
    assert.equal(await media.collect(async () => true), 0);
  });
});
