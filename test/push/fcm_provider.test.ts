import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { ManualClock } from '../../lib/time/mod.js';
import { type AccessTokenSource, FcmProvider, ServiceAccountTokenSource, parseServiceAccount, type FcmTarget } from '../../lib/push/mod.js';
import { type FakeFcm, startFakeFcm } from './support/fake_fcm.js';
import { note, opts } from './support/notifications.js';

const device = (i: number): FcmTarget => ({ platform: 'fcm', token: `dev${i}:APA91b${'x'.repeat(40)}${i}` });

describe('FcmProvider against a strict local FCM v1 + OAuth token endpoint', () => {
  const clock = new ManualClock();
  const now = (): number => clock.now();
  let fake: FakeFcm;
  let provider: FcmProvider;

  before(async () => {
    fake = await startFakeFcm({ now });
    provider = FcmProvider.fromServiceAccount(fake.account, { endpoint: fake.origin, now });
  });
  after(async () => {
    await provider.close();
    await fake.close();
  });

  it('exchanges a verified RS256 assertion for a token, caches it, and sends v1 messages', async () => {
    const issued = fake.tokensIssued;
    const n = note();
    const out = await provider.send(device(1), n, opts(n));
    assert.equal(out.kind, 'delivered');
    assert.match(out.kind === 'delivered' ? (out.providerId ?? '') : '', /^projects\/chorus-test\/messages\/\d+$/);
    await provider.send(device(2), note(), opts(n));
    await provider.send(device(3), note(), opts(n));
    assert.equal(fake.tokensIssued, issued + 1, 'one token for three sends');
    assert.deepEqual(fake.violations, []);

    const m = fake.messages.find((x) => x['token'] === device(1).token)!;
    assert.deepEqual(m['notification'], { title: 'alice', body: 'hi there' });
    assert.deepEqual(m['data'], { chorus_conversation: n.conversationId, chorus_seq: '1' });
    assert.deepEqual(m['android'], { priority: 'high', collapse_key: n.collapseKey, notification: { tag: n.collapseKey, notification_count: 3 } });
    const apns = m['apns'] as { headers: Record<string, string>; payload: { aps: Record<string, unknown> } };
    assert.equal(apns.headers['apns-push-type'], 'alert');
    assert.equal(apns.payload.aps['badge'], 3);
    assert.equal(apns.payload.aps['thread-id'], n.collapseKey);
  });

  it('fetches a new token shortly before the cached one expires', async () => {
    const issued = fake.tokensIssued;
    const n = note();
    assert.equal((await provider.send(device(4), n, opts(n))).kind, 'delivered');
    clock.advance(54 * 60_000);
    assert.equal((await provider.send(device(4), note(), opts(n))).kind, 'delivered');
    assert.equal(fake.tokensIssued, issued, 'still cached 54 minutes in');
    clock.advance(2 * 60_000);
    assert.equal((await provider.send(device(4), note(), opts(n))).kind, 'delivered');
    assert.equal(fake.tokensIssued, issued + 1, 'renewed within the last five minutes');
  });

  it('concurrent sends share one token exchange', async () => {
    fake.revokeTokens();
    clock.advance(61 * 60_000);
    const issued = fake.tokensIssued;
    const n = note();
    const outs = await Promise.all([1, 2, 3, 4, 5].map((i) => provider.send(device(i), n, opts(n, `d${i}`))));
    assert.deepEqual(outs.map((o) => o.kind), Array(5).fill('delivered'));
    assert.equal(fake.tokensIssued, issued + 1);
  });

  it('a 401 drops the cached token; the next send gets a new one', async () => {
    const n = note();
    await provider.send(device(6), n, opts(n));
    fake.revokeTokens();
    const issued = fake.tokensIssued;
    assert.deepEqual(await provider.send(device(6), n, opts(n)), { kind: 'retry', reason: 'UNAUTHENTICATED', status: 401, retryAfterMs: 0 });
    assert.equal((await provider.send(device(6), n, opts(n))).kind, 'delivered');
    assert.equal(fake.tokensIssued, issued + 1);
  });

  it('maps UNREGISTERED, 429 with Retry-After, 500, 503 and INVALID_ARGUMENT', async () => {
    const n = note();
    fake.script.push('unregistered', { status: 429, retryAfter: '30' }, { status: 503, retryAfter: '7' }, { status: 500 }, 'bad-request');
    assert.deepEqual(await provider.send(device(7), n, opts(n)), { kind: 'unregistered', reason: 'UNREGISTERED' });
    assert.deepEqual(await provider.send(device(7), n, opts(n)), { kind: 'retry', reason: 'QUOTA_EXCEEDED', status: 429, retryAfterMs: 30_000 });
    assert.deepEqual(await provider.send(device(7), n, opts(n)), { kind: 'retry', reason: 'UNAVAILABLE', status: 503, retryAfterMs: 7_000 });
    assert.deepEqual(await provider.send(device(7), n, opts(n)), { kind: 'retry', reason: 'INTERNAL', status: 500 });
    assert.deepEqual(await provider.send(device(7), n, opts(n)), { kind: 'rejected', reason: 'INVALID_ARGUMENT', status: 400 });
    fake.dead.add(device(8).token);
    assert.equal((await provider.send(device(8), n, opts(n))).kind, 'unregistered');
  });

  it('minimal (E2E-ready) and silent pushes carry only the conversation and seq', async () => {
    const minimal = note({ title: undefined, body: undefined });
    await provider.send(device(9), minimal, opts(minimal));
    const silent = note({ title: undefined, body: undefined, silent: true });
    await provider.send(device(10), silent, opts(silent));
    assert.deepEqual(fake.violations, []);
    const m = fake.messages.find((x) => x['token'] === device(9).token)!;
    assert.equal(m['notification'], undefined);
    assert.deepEqual(m['data'], { chorus_conversation: minimal.conversationId, chorus_seq: '1' });
    assert.equal((m['apns'] as { payload: { aps: Record<string, unknown> } }).payload.aps['mutable-content'], 1);
    const s = fake.messages.find((x) => x['token'] === device(10).token)!;
    const sa = s['apns'] as { headers: Record<string, string>; payload: { aps: Record<string, unknown> } };
    assert.deepEqual(sa.headers['apns-push-type'], 'background');
    assert.deepEqual(sa.payload.aps, { 'thread-id': silent.collapseKey, 'content-available': 1 });
    assert.equal((s['android'] as Record<string, unknown>)['priority'], 'normal');
  });

  it('the token endpoint really verifies the assertion: a foreign key is refused', async () => {
    const other = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;
    const forged = FcmProvider.fromServiceAccount({ ...fake.account, privateKey: other }, { endpoint: fake.origin, now });
    const seen = fake.violations.length;
    const n = note();
    assert.deepEqual(await forged.send(device(11), n, opts(n)), { kind: 'retry', reason: 'access-token-refused' });
    assert.match(fake.violations[seen] ?? '', /does not verify/);
    await forged.close();
    fake.violations.length = seen;
  });

  it('a send that gets no answer is a retry, flagged ambiguous once the request was written', async () => {
    const n = note();
    await provider.send(device(12), n, opts(n));
    fake.script.push('hang');
    const out = await provider.send(device(12), n, opts(n, 'phone', 200));
    assert.deepEqual(out, { kind: 'retry', reason: 'timeout', ambiguous: true });
    const dead = new FcmProvider({ projectId: 'p', endpoint: 'http://127.0.0.1:1', tokens: staticTokens() });
    assert.deepEqual(await dead.send(device(13), n, opts(n)), { kind: 'retry', reason: 'network' });
    await dead.close();
  });

  it('parses service-account key files and refuses broken ones', () => {
    const json = JSON.stringify({
      type: 'service_account',
      project_id: 'p',
      private_key_id: 'k',
      private_key: fake.account.privateKey,
      client_email: 'a@p.iam.gserviceaccount.com',
      token_uri: 'https://oauth2.googleapis.com/token',
    });
    assert.equal(parseServiceAccount(json).clientEmail, 'a@p.iam.gserviceaccount.com');
    assert.throws(() => parseServiceAccount('{'), /not JSON/);
    assert.throws(() => parseServiceAccount({ type: 'service_account' }), /no project_id/);
    assert.throws(
      () => new ServiceAccountTokenSource({ account: { ...parseServiceAccount(json), privateKey: 'nope' } }),
      (err: unknown) => err instanceof Error && err.name === 'PushConfigError',
    );
  });
});

function staticTokens(): AccessTokenSource {
  return { token: async () => 'static', invalidate: () => undefined };
}
