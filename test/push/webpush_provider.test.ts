import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ManualClock } from '../../lib/time/mod.js';
import { PushConfigError, VapidSigner, type VapidKeys, WebPushProvider, generateVapidKeys, webPushPayload } from '../../lib/push/mod.js';
import { compactKey } from '../../lib/push/payload.js';
import { type FakeWebPush, startFakeWebPush } from './support/fake_webpush.js';
import { note, opts } from './support/notifications.js';

describe('WebPushProvider against a strict local push service that decrypts', () => {
  const clock = new ManualClock();
  const now = (): number => clock.now();
  const vapid: VapidKeys = { ...generateVapidKeys(), subject: 'mailto:push@chorus.example' };
  let fake: FakeWebPush;
  let provider: WebPushProvider;

  before(async () => {
    fake = await startFakeWebPush({ now });
    provider = new WebPushProvider({ vapid, allowInsecure: true, now });
  });
  after(async () => {
    await provider.close();
    await fake.close();
  });

  it('delivers an RFC 8291 payload the subscription can decrypt, with VAPID, TTL, Urgency and Topic', async () => {
    const sub = fake.subscribe(vapid.publicKey);
    const n = note({ ttlSec: 600, data: { kind: 'text' } });
    const out = await provider.send(sub, n, opts(n));
    assert.equal(out.kind, 'delivered');
    assert.match(out.kind === 'delivered' ? (out.providerId ?? '') : '', /\/message\/\d+$/);
    assert.deepEqual(fake.violations, []);
    const got = fake.received.at(-1)!;
    assert.deepEqual(got.payload, webPushPayload(n));
    assert.deepEqual(got.payload, { conversationId: n.conversationId, seq: 1, title: 'alice', body: 'hi there', badge: 3, tag: n.collapseKey, data: { kind: 'text' } });
    assert.equal(got.headers['ttl'], '600');
    assert.equal(got.headers['urgency'], 'high');
    assert.equal(got.headers['topic'], compactKey(n.collapseKey!, 32));
    assert.equal(provider.applicationServerKey, vapid.publicKey);
  });

  it('minimal pushes carry only the conversation and seq; silent ones are normal urgency', async () => {
    const sub = fake.subscribe(vapid.publicKey);
    const n = note({ title: undefined, body: undefined, badge: undefined, collapseKey: undefined, silent: true });
    assert.equal((await provider.send(sub, n, opts(n))).kind, 'delivered');
    const got = fake.received.at(-1)!;
    assert.deepEqual(got.payload, { conversationId: n.conversationId, seq: 1, silent: true });
    assert.equal(got.headers['urgency'], 'normal');
    assert.equal(got.headers['topic'], undefined);
  });

  it('reuses the VAPID JWT per push service until an hour before it expires', async () => {
    const fresh = new WebPushProvider({ vapid, allowInsecure: true, now });
    const sub = fake.subscribe(vapid.publicKey);
    const seen = fake.vapidTokens.size;
    const n = note();
    await fresh.send(sub, n, opts(n));
    await fresh.send(sub, n, opts(n));
    clock.advance(10 * 3600_000);
    await fresh.send(sub, n, opts(n));
    assert.equal(fake.vapidTokens.size, seen + 1, 'one JWT for 10 hours (12 h lifetime)');
    clock.advance(3600_000 + 1000);
    await fresh.send(sub, n, opts(n));
    assert.equal(fake.vapidTokens.size, seen + 2, 'renewed inside its last hour');
    assert.deepEqual(fake.violations, []);
    await fresh.close();
  });

  it('maps 410, 404, 429 with Retry-After, 500 and 503; a foreign VAPID key is refused', async () => {
    const sub = fake.subscribe(vapid.publicKey);
    const n = note();
    fake.script.push('unregistered', { status: 429, retryAfter: '20' }, { status: 500 }, { status: 503, retryAfter: '1' }, 'bad-request');
    assert.deepEqual(await provider.send(sub, n, opts(n)), { kind: 'unregistered', reason: 'http-410' });
    assert.deepEqual(await provider.send(sub, n, opts(n)), { kind: 'retry', reason: 'http-429', status: 429, retryAfterMs: 20_000 });
    assert.deepEqual(await provider.send(sub, n, opts(n)), { kind: 'retry', reason: 'http-500', status: 500 });
    assert.deepEqual(await provider.send(sub, n, opts(n)), { kind: 'retry', reason: 'http-503', status: 503, retryAfterMs: 1_000 });
    assert.deepEqual(await provider.send(sub, n, opts(n)), { kind: 'rejected', reason: 'http-400', status: 400 });
    const gone = { ...sub, endpoint: `${fake.origin}/push/unknown` };
    assert.deepEqual(await provider.send(gone, n, opts(n)), { kind: 'unregistered', reason: 'http-404' });
    const other = fake.subscribe(generateVapidKeys().publicKey);
    assert.deepEqual(await provider.send(other, n, opts(n)), { kind: 'rejected', reason: 'vapid-refused', status: 403 });
    fake.violations.length = 0;
  });

  it('refuses locally what no push service would take', async () => {
    const sub = fake.subscribe(vapid.publicKey);
    const requests = fake.requests;
    const big = note({ body: 'x'.repeat(1024), data: Object.fromEntries(Array.from({ length: 16 }, (_, i) => [`k${i}`, 'y'.repeat(200)])) });
    assert.deepEqual(await provider.send(sub, big, opts(big)), { kind: 'rejected', reason: 'payload-too-large' });
    const strict = new WebPushProvider({ vapid });
    const n = note();
    assert.deepEqual(await strict.send(sub, n, opts(n)), { kind: 'rejected', reason: 'insecure-endpoint' });
    await strict.close();
    assert.deepEqual(await provider.send({ ...sub, keys: { ...sub.keys, p256dh: 'AAAA' } }, n, opts(n)), { kind: 'unregistered', reason: 'bad-keys' });
    assert.equal(fake.requests, requests);
  });

  it('refuses VAPID keys that do not belong together', () => {
    const other = generateVapidKeys();
    assert.throws(() => new VapidSigner({ ...vapid, publicKey: other.publicKey }), PushConfigError);
    assert.throws(() => new VapidSigner({ ...vapid, subject: 'push@chorus.example' }), PushConfigError);
    assert.throws(() => new VapidSigner({ ...vapid, privateKey: 'AAAA' }), PushConfigError);
  });
});
