import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { type MediaStore, MediaStoreError, type UploadPlan } from '../../lib/media/mod.js';
import { ManualClock } from '../../lib/time/mod.js';

/** A store under test, on a clock the suite moves (URL expiry), and how to clean it up. */
export interface StoreUnderTest {
  store: MediaStore;
  close(): Promise<void> | void;
}

const MiB = 1024 * 1024;

async function put(url: string, body: Uint8Array): Promise<Response> {
  return fetch(url, { method: 'PUT', body: Buffer.from(body) });
}

async function uploadAll(plan: UploadPlan, bytes: Uint8Array, skip: number[] = []): Promise<void> {
  // Out of order, in parallel: parts are independent.
  await Promise.all(
    [...plan.parts].reverse().map(async (p) => {
      if (skip.includes(p.number)) return;
      const res = await put(p.url, bytes.subarray(p.offset, p.offset + p.size));
      assert.equal(res.status, 200, `part ${p.number}: ${res.status} ${await res.text()}`);
    }),
  );
}

async function readAll(store: MediaStore, key: string): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  for await (const c of await store.read(key)) chunks.push(c);
  return Buffer.concat(chunks);
}

/**
 * The contract every MediaStore keeps (lib/media/store.ts): signed uploads in one or several
 * parts, resumable until completed; completion refuses missing or short parts and then stores
 * nothing; signed downloads that expire and cannot be altered; small objects, delete and list.
 */
export function mediaStoreContract(name: string, open: (clock: ManualClock) => Promise<StoreUnderTest>, options: { skip?: string | false } = {}): void {
  describe(`MediaStore contract: ${name}`, { skip: options.skip ?? false }, () => {
    const clock = new ManualClock(Date.now());
    let t: StoreUnderTest;
    let store: MediaStore;
    before(async () => {
      t = await open(clock);
      store = t.store;
    });
    after(async () => t?.close());
    const soon = (): number => clock.now() + 60_000;

    it('uploads in one part by signed PUT and serves it by signed GET', async () => {
      const bytes = randomBytes(1000);
      const plan = await store.beginUpload('o/single1', bytes.length, 5 * MiB, soon());
      assert.equal(plan.parts.length, 1);
      await uploadAll(plan, bytes);
      await store.completeUpload('o/single1', plan);
      assert.equal(await store.size('o/single1'), 1000);
      assert.deepEqual(await readAll(store, 'o/single1'), bytes);
      const url = await store.downloadUrl('o/single1', soon(), { contentType: 'image/png', fileName: 'pic.png' });
      const res = await fetch(url);
      assert.equal(res.status, 200);
      assert.equal(res.headers.get('content-type'), 'image/png');
      assert.deepEqual(Buffer.from(await res.arrayBuffer()), bytes);
    });

    it('serves byte ranges (video players seek with them)', async () => {
      const bytes = randomBytes(10_000);
      await store.put('o/range1', bytes, 'video/mp4');
      const url = await store.downloadUrl('o/range1', soon(), { contentType: 'video/mp4', fileName: 'v.mp4' });
      const part = await fetch(url, { headers: { range: 'bytes=100-199' } });
      assert.equal(part.status, 206);
      assert.deepEqual(Buffer.from(await part.arrayBuffer()), bytes.subarray(100, 200));
      const tail = await fetch(url, { headers: { range: 'bytes=-50' } });
      assert.deepEqual(Buffer.from(await tail.arrayBuffer()), bytes.subarray(9950));
      const whole = await fetch(url);
      assert.deepEqual(Buffer.from(await whole.arrayBuffer()), bytes);
    });

    it('uploads in parts, in any order, and assembles them', async () => {
      const bytes = randomBytes(2 * 5 * MiB + 1234);
      const plan = await store.beginUpload('o/multi1', bytes.length, 5 * MiB, soon());
      assert.deepEqual(plan.parts.map((p) => p.size), [5 * MiB, 5 * MiB, 1234]);
      await uploadAll(plan, bytes);
      await store.completeUpload('o/multi1', plan);
      assert.equal(await store.size('o/multi1'), bytes.length);
      assert.deepEqual(await readAll(store, 'o/multi1'), bytes);
    });

    it('refuses to complete with a missing part, stores nothing, and completes once it arrives', async () => {
      const bytes = randomBytes(5 * MiB + 10);
      const plan = await store.beginUpload('o/resume1', bytes.length, 5 * MiB, soon());
      await uploadAll(plan, bytes, [2]);
      await assert.rejects(store.completeUpload('o/resume1', plan), (e: unknown) => e instanceof MediaStoreError && e.kind === 'incomplete');
      assert.equal(await store.size('o/resume1'), undefined);
      await uploadAll(plan, bytes, [1]);
      await store.completeUpload('o/resume1', plan);
      assert.deepEqual(await readAll(store, 'o/resume1'), bytes);
    });

    it('refuses a part cut short (truncated upload) at completion', async () => {
      const bytes = randomBytes(3000);
      const plan = await store.beginUpload('o/short1', bytes.length, 5 * MiB, soon());
      const res = await put(plan.parts[0]!.url, bytes.subarray(0, 1000));
      await res.arrayBuffer();
      await assert.rejects(store.completeUpload('o/short1', plan), (e: unknown) => e instanceof MediaStoreError && e.kind === 'incomplete');
      assert.equal(await store.size('o/short1'), undefined);
    });

    it('refuses expired and altered URLs', async () => {
      const bytes = randomBytes(100);
      const plan = await store.beginUpload('o/signed1', bytes.length, 5 * MiB, soon());
      await uploadAll(plan, bytes);
      await store.completeUpload('o/signed1', plan);
      // A URL made two hours ago that worked for one minute.
      clock.advance(-2 * 3600_000);
      const old = await store.downloadUrl('o/signed1', clock.now() + 60_000, { contentType: 'image/png', fileName: '' });
      const oldPut = (await store.beginUpload('o/signed2', 100, 5 * MiB, clock.now() + 60_000)).parts[0]!.url;
      clock.advance(2 * 3600_000);
      assert.ok((await fetch(old)).status >= 400, 'expired download');
      assert.ok((await put(oldPut, bytes)).status >= 400, 'expired upload');
      const good = await store.downloadUrl('o/signed1', soon(), { contentType: 'image/png', fileName: '' });
      assert.ok((await fetch(good.replace('signed1', 'single1'))).status >= 400, 'another key');
      assert.ok((await fetch(good.replace('image%2Fpng', 'text%2Fhtml').replace('image/png', 'text/html'))).status >= 400, 'another type');
    });

    it('aborts an upload: its URLs stop working and nothing is stored', async () => {
      const bytes = randomBytes(5 * MiB + 1);
      const plan = await store.beginUpload('o/abort1', bytes.length, 5 * MiB, soon());
      await uploadAll(plan, bytes, [1]);
      await store.abortUpload('o/abort1', plan);
      assert.ok((await put(plan.parts[0]!.url, bytes.subarray(0, 5 * MiB))).status >= 400);
      await assert.rejects(store.completeUpload('o/abort1', plan));
      assert.equal(await store.size('o/abort1'), undefined);
    });

    it('keeps small objects, lists them by prefix and deletes them', async () => {
      await store.put('r/rec1', Buffer.from('{"a":1}'), 'application/json');
      await store.put('u/alice/m1.10', new Uint8Array(0), 'application/octet-stream');
      await store.put('u/alice/m2.20.p', new Uint8Array(0), 'application/octet-stream');
      await store.put('u/bob/m3.30', new Uint8Array(0), 'application/octet-stream');
      assert.equal(Buffer.from((await store.get('r/rec1'))!).toString(), '{"a":1}');
      assert.equal(await store.get('r/none'), undefined);
      const listed: string[] = [];
      for await (const k of store.list('u/alice/')) listed.push(k);
      assert.deepEqual(listed.sort(), ['u/alice/m1.10', 'u/alice/m2.20.p']);
      await store.delete(['u/alice/m1.10', 'r/rec1', 'r/never-was']);
      assert.equal(await store.get('r/rec1'), undefined);
      const left: string[] = [];
      for await (const k of store.list('u/alice/')) left.push(k);
      assert.deepEqual(left, ['u/alice/m2.20.p']);
    });

    it('digests an object off the event loop: SHA-256, first bytes, and the bytes when asked', async () => {
      const bytes = randomBytes(3 * MiB + 5);
      await store.put('o/digest1', bytes, 'application/octet-stream');
      const d = await store.digest('o/digest1', true);
      assert.equal(d.sha256, createHash('sha256').update(bytes).digest('hex'));
      assert.deepEqual(Buffer.from(d.head), bytes.subarray(0, d.head.byteLength));
      assert.ok(d.head.byteLength >= 16);
      assert.deepEqual(Buffer.from(d.whole!), bytes);
      assert.equal((await store.digest('o/digest1', false)).whole, null);
      await assert.rejects(store.digest('o/nothing-here', false), (e: unknown) => e instanceof MediaStoreError && e.kind === 'missing');
    });

    it('deleted objects are no longer served', async () => {
      const url = await store.downloadUrl('o/single1', soon(), { contentType: 'image/png', fileName: '' });
      await store.delete(['o/single1']);
      assert.equal((await fetch(url)).status, 404);
      await assert.rejects(store.read('o/single1'));
    });

    it('refuses keys that are not media keys (no path tricks)', async () => {
      for (const bad of ['../etc/passwd', 'o/../../x', 'o/..', 'o/a/b/c', '/o/x', 'o/', 'O/x', 'o/x\u0000']) {
        await assert.rejects(store.get(bad), (e: unknown) => e instanceof MediaStoreError && e.kind === 'bad_key', bad);
        await assert.rejects(store.beginUpload(bad, 1, MiB, soon()), (e: unknown) => e instanceof MediaStoreError, bad);
      }
    });
  });
}
