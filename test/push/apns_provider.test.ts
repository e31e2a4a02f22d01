import assert from 'node:assert/strict';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { ManualClock } from '../../lib/time/mod.js';
import { ApnsProvider, type ApnsProviderOptions, type ApnsTarget, PushConfigError, pushKey } from '../../lib/push/mod.js';
import { compactKey, uuidFromKey } from '../../lib/push/payload.js';
import { type FakeApns, startFakeApns } from './support/fake_apns.js';
import { note, opts } from './support/notifications.js';

const device = (): ApnsTarget => ({ platform: 'apns', token: randomBytes(32).toString('hex') });

describe('ApnsProvider against a strict local HTTP/2 APNs', () => {
  const clock = new ManualClock();
  const now = (): number => clock.now();
  let fake: FakeApns;
  let provider: ApnsProvider;
  let config: ApnsProviderOptions;

  before(async () => {
    fake = await startFakeApns({ now });
    config = { teamId: fake.teamId, keyId: fake.keyId, signingKey: fake.signingKey, topic: fake.topic, endpoint: fake.origin, allowCleartext: true, now };
    provider = new ApnsProvider(config);
  });
  after(async () => {
    await provider.close();
    await fake.close();
  });

  it('sends an alert with the documented headers and a verified ES256 provider token', async () => {
    const d = device();
    const n = note({ ttlSec: 3600 });
    const out = await provider.send(d, n, opts(n));
    const apnsId = uuidFromKey(pushKey(n.conversationId, n.seq, 'phone'));
    assert.deepEqual(out, { kind: 'delivered', providerId: apnsId });
    assert.deepEqual(fake.violations, []);
    const got = fake.accepted.at(-1)!;
    assert.equal(got.token, d.token);
    assert.equal(got.headers['apns-topic'], fake.topic);
    assert.equal(got.headers['apns-push-type'], 'alert');
    assert.equal(got.headers['apns-priority'], '10');
    assert.equal(got.headers['apns-collapse-id'], compactKey(n.collapseKey!, 64));
    assert.equal(got.headers['apns-expiration'], String(Math.floor(clock.now() / 1000) + 3600));
    assert.equal(got.headers['apns-id'], apnsId);
    assert.deepEqual(got.payload, {
      aps: { alert: { title: 'alice', body: 'hi there' }, sound: 'default', badge: 3, 'thread-id': n.collapseKey },
      chorus_conversation: n.conversationId,
      chorus_seq: 1,
    });
  });

  it('the same idempotency key always gets the same apns-id; collapse ids fit 64 bytes', async () => {
    const n = note({ collapseKey: `conversation:${'x'.repeat(100)}` });
    await provider.send(device(), n, opts(n, 'tablet'));
    await provider.send(device(), n, opts(n, 'tablet'));
    const [a, b] = fake.accepted.slice(-2);
    assert.equal(a!.headers['apns-id'], b!.headers['apns-id']);
    assert.ok(Buffer.byteLength(String(a!.headers['apns-collapse-id'])) <= 64);
    assert.equal(a!.headers['apns-collapse-id'], b!.headers['apns-collapse-id']);
  });

  it('reuses the provider token for less than an hour and renews it after tokenRenewMs', async () => {
    const signed = provider.tokensSigned;
    const seen = fake.providerTokens.size;
    const n = note();
    await provider.send(device(), n, opts(n));
    clock.advance(49 * 60_000);
    await provider.send(device(), n, opts(n));
    assert.equal(provider.tokensSigned, signed, 'same token 49 minutes later');
    clock.advance(2 * 60_000);
    assert.equal((await provider.send(device(), n, opts(n))).kind, 'delivered');
    assert.equal(provider.tokensSigned, signed + 1);
    assert.equal(fake.providerTokens.size, seen + 1);
    assert.deepEqual(fake.violations, []);
  });

  it('background and minimal pushes follow the rules for their push type', async () => {
    const silent = note({ title: undefined, body: undefined, silent: true });
    await provider.send(device(), silent, opts(silent));
    let got = fake.accepted.at(-1)!;
    assert.equal(got.headers['apns-push-type'], 'background');
    assert.equal(got.headers['apns-priority'], '5');
    assert.deepEqual(got.payload['aps'], { 'content-available': 1, 'thread-id': silent.collapseKey });
    const minimal = note({ title: undefined, body: undefined });
    await provider.send(device(), minimal, opts(minimal));
    got = fake.accepted.at(-1)!;
    assert.deepEqual(got.payload['aps'], {
      alert: { 'loc-key': 'CHORUS_NEW_MESSAGE' },
      'mutable-content': 1,
      sound: 'default',
      badge: 3,
      'thread-id': minimal.collapseKey,
    });
    assert.deepEqual(fake.violations, []);
  });

  it('maps 410 Unregistered (with its timestamp), 429, 500, 503 and permanent 400s', async () => {
    const d = device();
    const n = note();
    fake.script.push('unregistered', { status: 429, retryAfter: '12' }, { status: 500 }, { status: 503 }, 'bad-request');
    assert.deepEqual(await provider.send(d, n, opts(n)), { kind: 'unregistered', reason: 'Unregistered', since: clock.now() });
    assert.deepEqual(await provider.send(d, n, opts(n)), { kind: 'retry', reason: 'TooManyRequests', status: 429, retryAfterMs: 12_000 });
    assert.deepEqual(await provider.send(d, n, opts(n)), { kind: 'retry', reason: 'InternalServerError', status: 500 });
    assert.deepEqual(await provider.send(d, n, opts(n)), { kind: 'retry', reason: 'ServiceUnavailable', status: 503 });
    assert.deepEqual(await provider.send(d, n, opts(n)), { kind: 'rejected', reason: 'DeviceTokenNotForTopic', status: 400 });
  });

  it('the server verifies the token: a foreign key, a wrong team or a wrong topic is refused', async () => {
    const n = note();
    const foreign = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;
    const bad = new ApnsProvider({ ...config, signingKey: foreign });
    assert.deepEqual(await bad.send(device(), n, opts(n)), { kind: 'retry', reason: 'InvalidProviderToken', status: 403, retryAfterMs: 0 });
    await bad.close();
    const team = new ApnsProvider({ ...config, teamId: 'OTHER12345' });
    assert.equal((await team.send(device(), n, opts(n))).kind, 'retry');
    await team.close();
    const topic = new ApnsProvider({ ...config, topic: 'com.example.other' });
    assert.deepEqual(await topic.send(device(), n, opts(n)), { kind: 'rejected', reason: 'DeviceTokenNotForTopic', status: 400 });
    await topic.close();
    assert.equal(fake.violations.length, 3);
    fake.violations.length = 0;
  });

  it('refuses cleartext endpoints unless told, and bad keys or ids, at construction', () => {
    const is = (err: unknown): boolean => err instanceof PushConfigError;
    assert.throws(() => new ApnsProvider({ ...config, allowCleartext: false }), is);
    assert.throws(() => new ApnsProvider({ ...config, signingKey: 'nope' }), is);
    assert.throws(() => new ApnsProvider({ ...config, teamId: 'short' }), is);
    assert.throws(() => new ApnsProvider({ ...config, tokenRenewMs: 61 * 60_000 }), is);
  });

  it('a timeout is an ambiguous retry; an unreachable server a plain one; the connection comes back', async () => {
    const n = note();
    fake.script.push('hang');
    assert.deepEqual(await provider.send(device(), n, opts(n, 'phone', 200)), { kind: 'retry', reason: 'timeout', ambiguous: true });
    assert.equal((await provider.send(device(), n, opts(n))).kind, 'delivered', 'the shared session survives a cancelled stream');
    const nowhere = new ApnsProvider({ ...config, endpoint: 'http://127.0.0.1:1' });
    assert.deepEqual(await nowhere.send(device(), n, opts(n)), { kind: 'retry', reason: 'network' });
    await nowhere.close();
  });
});
