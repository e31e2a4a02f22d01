import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ManualClock } from '../../lib/time/mod.js';
import { PushConfigError, type WebhookTarget, WebhookProvider, pushKey, signWebhook, verifyWebhookSignature } from '../../lib/push/mod.js';
import { type FakeWebhook, startFakeWebhook } from './support/fake_webhook.js';
import { note, opts } from './support/notifications.js';

describe('WebhookProvider against a receiver that checks the HMAC', () => {
  const clock = new ManualClock();
  const now = (): number => clock.now();
  const target: WebhookTarget = { platform: 'webhook', token: 'gateway-device-1' };
  let fake: FakeWebhook;
  let provider: WebhookProvider;

  before(async () => {
    fake = await startFakeWebhook({ now });
    provider = new WebhookProvider({ url: fake.url, secret: fake.secret, allowInsecure: true, now });
  });
  after(async () => {
    await provider.close();
    await fake.close();
  });

  it('posts the signed delivery with its idempotency key', async () => {
    const n = note();
    assert.deepEqual(await provider.send(target, n, opts(n)), { kind: 'delivered' });
    assert.deepEqual(fake.violations, []);
    const id = pushKey(n.conversationId, n.seq, 'phone');
    assert.equal(fake.deliveries.count(id), 1);
    assert.deepEqual(fake.bodies.at(-1), { id, token: target.token, notification: n, sentAt: clock.now() });
  });

  it('maps 410, 429 with Retry-After, 500, 503 and permanent 4xx', async () => {
    const n = note();
    fake.script.push('unregistered', { status: 429, retryAfter: '3' }, { status: 500 }, { status: 503 }, 'bad-request');
    assert.deepEqual(await provider.send(target, n, opts(n)), { kind: 'unregistered', reason: 'http-410' });
    assert.deepEqual(await provider.send(target, n, opts(n)), { kind: 'retry', reason: 'http-429', status: 429, retryAfterMs: 3_000 });
    assert.deepEqual(await provider.send(target, n, opts(n)), { kind: 'retry', reason: 'http-500', status: 500 });
    assert.deepEqual(await provider.send(target, n, opts(n)), { kind: 'retry', reason: 'http-503', status: 503 });
    assert.deepEqual(await provider.send(target, n, opts(n)), { kind: 'rejected', reason: 'http-400', status: 400 });
  });

  it('the receiver refuses a wrong secret', async () => {
    const wrong = new WebhookProvider({ url: fake.url, secret: 'another-secret-another-secret-0123456789', allowInsecure: true, now });
    const n = note();
    assert.deepEqual(await wrong.send(target, n, opts(n)), { kind: 'rejected', reason: 'http-401', status: 401 });
    await wrong.close();
    assert.deepEqual(fake.violations, ['signature mismatch']);
    fake.violations.length = 0;
  });

  it('verifyWebhookSignature accepts the signature and refuses tampering and replays', () => {
    const secret = 'x'.repeat(32);
    const body = '{"id":"c:1:d"}';
    const t = 1_700_000_000;
    const sig = signWebhook(secret, t, body);
    assert.match(sig, /^t=1700000000,v1=[0-9a-f]{64}$/);
    assert.equal(verifyWebhookSignature(secret, sig, body, t * 1000), true);
    assert.equal(verifyWebhookSignature(secret, sig, `${body} `, t * 1000), false);
    assert.equal(verifyWebhookSignature('y'.repeat(32), sig, body, t * 1000), false);
    assert.equal(verifyWebhookSignature(secret, sig, body, (t + 301) * 1000), false, 'outside the replay window');
    assert.equal(verifyWebhookSignature(secret, undefined, body, t * 1000), false);
    assert.equal(verifyWebhookSignature(secret, 'v1=abc', body, t * 1000), false);
  });

  it('refuses short secrets and cleartext URLs unless allowed', () => {
    assert.throws(() => new WebhookProvider({ url: fake.url, secret: 'short', allowInsecure: true }), PushConfigError);
    assert.throws(() => new WebhookProvider({ url: fake.url, secret: fake.secret }), PushConfigError);
  });
});
