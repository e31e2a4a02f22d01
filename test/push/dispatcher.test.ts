import assert from 'node:assert/strict';
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import { ManualClock } from '../../lib/time/mod.js';
import {
  type PushDispatcherOptions,
  type PushNotification,
  type PushOutcome,
  type PushProvider,
  type SendOptions,
  type WebhookTarget,
  PushConfigError,
  PushDispatcher,
  SqlitePushOutbox,
  SqlitePushTokenStore,
  pushKey,
} from '../../lib/push/mod.js';
import { type PushHarness, startPushHarness } from './support/harness.js';
import { RecordingMetrics, pushJob, tempDir, until } from './support/fixtures.js';
import { note } from './support/notifications.js';

describe('PushDispatcher', () => {
  const clock = new ManualClock();
  let h: PushHarness;
  let dir: ReturnType<typeof tempDir>;
  let outbox: SqlitePushOutbox;
  let tokens: SqlitePushTokenStore;
  let metrics: RecordingMetrics;

  before(async () => {
    h = await startPushHarness(() => clock.now());
  });
  after(async () => {
    await h.close();
  });
  beforeEach(() => {
    dir = tempDir('chorus-push-dispatch-');
    outbox = new SqlitePushOutbox({ path: dir.path('push.db'), synchronous: 'NORMAL' });
    tokens = new SqlitePushTokenStore({ path: dir.path('push.db'), synchronous: 'NORMAL' });
    metrics = new RecordingMetrics();
  });
  afterEach(async () => {
    await outbox.close();
    await tokens.close();
    dir.cleanup();
    assert.deepEqual(h.violations(), [], 'no fake service saw a contract violation');
  });

  function dispatcher(over: Partial<PushDispatcherOptions> = {}): PushDispatcher {
    return new PushDispatcher({ outbox, providers: h.providers, tokens, clock, metrics, random: () => 0, owner: 'node-1', ...over });
  }

  it('honours the service’s Retry-After (FCM 429) on the injected clock', async () => {
    const target = h.target('fcm');
    const n = note();
    await outbox.enqueue([pushJob(target, 'phone', n, clock.now())], clock.now());
    h.fcm.script.push({ status: 429, retryAfter: '30' });
    const d = dispatcher();
    const t0 = clock.now();
    assert.equal(await d.runOnce(), 1);
    const key = pushKey(n.conversationId, n.seq, 'phone');
    const e = await outbox.get(key);
    assert.equal(e?.state, 'pending');
    assert.equal(e?.notBefore, t0 + 30_000);
    assert.equal(e?.reason, 'QUOTA_EXCEEDED');
    clock.advance(29_999);
    assert.equal(await d.runOnce(), 0, 'not a millisecond early');
    clock.advance(1);
    assert.equal(await d.runOnce(), 1);
    assert.equal(h.delivered(target, n.conversationId, n.seq, 'phone'), 1);
    assert.equal((await outbox.get(key))?.state, 'sent');
    assert.match((await outbox.get(key))?.providerId ?? '', /^projects\/chorus-test\/messages\//);
    assert.deepEqual(metrics.seen, ['fcm retry QUOTA_EXCEEDED', 'fcm delivered ok']);
  });

  it('backs off exponentially when the service gives no Retry-After', async () => {
    const target = h.target('webhook');
    const n = note();
    await outbox.enqueue([pushJob(target, 'phone', n, clock.now())], clock.now());
    h.webhook.script.push({ status: 500 }, { status: 503 }, { status: 500 });
    const d = dispatcher({ backoff: { minMs: 1000, maxMs: 3000 } });
    const key = pushKey(n.conversationId, n.seq, 'phone');
    const delays: number[] = [];
    for (let i = 0; i < 3; i++) {
      const sentAt = clock.now();
      assert.equal(await d.runOnce(), 1);
      const due = (await outbox.get(key))!.notBefore;
      delays.push(due - sentAt);
      clock.advance(due - sentAt - 1);
      assert.equal(await d.runOnce(), 0);
      clock.advance(1);
    }
    assert.deepEqual(delays, [1000, 2000, 3000], 'doubling, capped at maxMs');
    assert.equal(await d.runOnce(), 1);
    assert.equal(h.delivered(target, n.conversationId, n.seq, 'phone'), 1);
  });

  it('jitter only ever shortens a delay; Retry-After is capped', () => {
    const d = dispatcher({ random: () => 0.999, backoff: { minMs: 1000, jitter: 0.5, maxRetryAfterMs: 60_000 } });
    assert.ok(d.delay(1) >= 500 && d.delay(1) <= 1000);
    assert.equal(d.delay(3, 0), 0);
    assert.equal(d.delay(3, 3_600_000), 60_000);
  });

  it('drops an entry after maxAttempts', async () => {
    const target = h.target('apns');
    const n = note();
    await outbox.enqueue([pushJob(target, 'phone', n, clock.now())], clock.now());
    h.apns.script.push({ status: 503 }, { status: 503 });
    const d = dispatcher({ backoff: { maxAttempts: 2 } });
    await d.runOnce();
    clock.advance(10_000);
    await d.runOnce();
    assert.equal((await outbox.get(pushKey(n.conversationId, n.seq, 'phone')))?.reason, 'exhausted');
    assert.deepEqual(metrics.seen, ['apns retry ServiceUnavailable', 'apns retry ServiceUnavailable', 'apns dropped exhausted']);
  });

  it('on "unregistered" deletes the token and drops the device’s other pending pushes unsent', async () => {
    const target = h.target('apns');
    await tokens.register({ userId: 'bob', deviceId: 'phone', target, registeredAt: clock.now() - 1000 });
    h.kill(target);
    const a = note();
    const b = note();
    await outbox.enqueue([pushJob(target, 'phone', a, clock.now()), pushJob(target, 'phone', b, clock.now())], clock.now());
    const requests = h.requests('apns');
    const d = dispatcher({ concurrency: 1 });
    assert.equal(await d.runOnce(), 1);
    assert.equal(h.requests('apns'), requests + 1);
    assert.deepEqual(await tokens.devicesOf('bob'), []);
    assert.equal((await outbox.get(pushKey(a.conversationId, 1, 'phone')))?.reason, 'unregistered:Unregistered');
    assert.equal((await outbox.get(pushKey(b.conversationId, 1, 'phone')))?.reason, 'unregistered:Unregistered');
    assert.equal(await d.runOnce(), 0);
    assert.equal(h.requests('apns'), requests + 1, 'nothing more was sent to the dead token');
  });

  it('keeps a token the device registered again after the service saw the old one die', async () => {
    const target = h.target('fcm');
    const fresh = h.target('fcm');
    await tokens.register({ userId: 'bob', deviceId: 'tablet', target: fresh, registeredAt: clock.now() });
    h.kill(target);
    await outbox.enqueue([pushJob(target, 'tablet', note(), clock.now())], clock.now());
    await dispatcher().runOnce();
    assert.deepEqual((await tokens.devicesOf('bob')).map((r) => r.target), [fresh]);
  });

  it('drops rejected pushes without retrying them', async () => {
    const target = h.target('fcm');
    const n = note();
    await outbox.enqueue([pushJob(target, 'phone', n, clock.now())], clock.now());
    h.fcm.script.push('bad-request');
    const d = dispatcher();
    await d.runOnce();
    assert.equal((await outbox.get(pushKey(n.conversationId, 1, 'phone')))?.reason, 'rejected:INVALID_ARGUMENT');
    clock.advance(3600_000);
    assert.equal(await d.runOnce(), 0);
  });

  it('a send without an answer is ambiguous: dropped under `drop`, sent again under `resend`', async () => {
    const target: WebhookTarget = { platform: 'webhook', token: 'ambiguous-device' };
    const a = note();
    const b = note();
    await outbox.enqueue([pushJob(target, 'phone', a, clock.now()), pushJob(target, 'tablet', b, clock.now())], clock.now());
    h.webhook.script.push('hang', 'hang');
    await dispatcher({ sendTimeoutMs: 150, leaseMs: 300, concurrency: 1 }).runOnce();
    assert.equal((await outbox.get(pushKey(a.conversationId, 1, 'phone')))?.reason, 'ambiguous');
    const resend = dispatcher({ sendTimeoutMs: 150, leaseMs: 300, ambiguous: 'resend' });
    await resend.runOnce();
    const e = await outbox.get(pushKey(b.conversationId, 1, 'tablet'));
    assert.equal(e?.state, 'pending');
    assert.equal(e?.reason, 'timeout');
    clock.advance(1000);
    await resend.runOnce();
    assert.equal(h.delivered(target, b.conversationId, 1, 'tablet'), 1);
    assert.deepEqual(metrics.seen, ['webhook retry timeout', 'webhook dropped ambiguous', 'webhook retry timeout', 'webhook delivered ok']);
  });

  it('a burst in one conversation goes out as one push with the latest badge', async () => {
    const target = h.target('webpush');
    const cid = note().conversationId;
    const t0 = clock.now();
    for (let seq = 1; seq <= 3; seq++) {
      const n: PushNotification = { conversationId: cid, seq, title: 'alice', body: `message ${seq}`, collapseKey: `c:${cid}`, badge: seq };
      await outbox.enqueue([pushJob(target, 'laptop', n, clock.now() + 2000)], clock.now());
      clock.advance(500);
    }
    const d = dispatcher();
    assert.equal(await d.runOnce(), 0);
    clock.advance(t0 + 2000 - clock.now());
    assert.equal(await d.runOnce(), 1);
    assert.equal(await d.runOnce(), 0);
    const got = h.webpush.received.filter((r) => r.payload['conversationId'] === cid);
    assert.equal(got.length, 1);
    assert.equal(got[0]!.payload['seq'], 3);
    assert.equal(got[0]!.payload['badge'], 3);
    assert.equal(got[0]!.payload['body'], 'message 3');
  });

  it('drops what expired before it could be sent', async () => {
    const target = h.target('webhook');
    const n = note();
    await outbox.enqueue([pushJob(target, 'phone', n, clock.now(), 60_000)], clock.now());
    clock.advance(60_000);
    assert.equal(await dispatcher().runOnce(), 0);
    assert.equal((await outbox.get(pushKey(n.conversationId, 1, 'phone')))?.reason, 'expired');
    assert.deepEqual(metrics.seen, ['webhook dropped expired']);
  });

  it('tells the service how long the push may wait: what is left of its lifetime', async () => {
    const target = h.target('webpush');
    const n = note();
    await outbox.enqueue([pushJob(target, 'phone', n, clock.now(), 600_000)], clock.now());
    clock.advance(100_000);
    await dispatcher().runOnce();
    assert.equal(h.webpush.received.at(-1)?.headers['ttl'], '500');
  });

  it('runs at most `concurrency` sends at once and drains the outbox with its loop', async () => {
    const gated = new GatedProvider();
    const d = new PushDispatcher({ outbox, providers: { webhook: gated }, tokens, clock, concurrency: 3, owner: 'node-1' });
    const target: WebhookTarget = { platform: 'webhook', token: 'gated' };
    const jobs = Array.from({ length: 10 }, (_, i) => pushJob(target, `d${i}`, note(), clock.now()));
    await outbox.enqueue(jobs, clock.now());
    await d.start();
    d.wake();
    await until(() => gated.inflight === 3, 'three sends in flight');
    await new Promise((r) => setImmediate(r));
    assert.equal(gated.inflight, 3);
    while (gated.delivered < 10) {
      await until(() => gated.inflight > 0, 'a send to release');
      gated.releaseOne();
      await until(() => gated.inflight === Math.min(3, 10 - gated.delivered) || gated.delivered === 10, 'the loop to refill');
    }
    assert.equal(gated.maxInflight, 3);
    await d.stop();
    assert.equal((await outbox.counts()).sent, 10);
  });

  it('stop() waits for sends in flight; stop({ abort }) cancels them as ambiguous', async () => {
    const gated = new GatedProvider();
    const target: WebhookTarget = { platform: 'webhook', token: 'gated' };
    const d = new PushDispatcher({ outbox, providers: { webhook: gated }, tokens, clock, owner: 'node-1', metrics });
    await outbox.enqueue([pushJob(target, 'one', note(), clock.now())], clock.now());
    await d.start();
    await until(() => gated.inflight === 1, 'a send in flight');
    let stopped = false;
    const stopping = d.stop().then(() => (stopped = true));
    await new Promise((r) => setImmediate(r));
    assert.equal(stopped, false);
    gated.releaseOne();
    await stopping;
    assert.equal((await outbox.counts()).sent, 1);

    const d2 = new PushDispatcher({ outbox, providers: { webhook: gated }, tokens, clock, owner: 'node-2', metrics });
    await outbox.enqueue([pushJob(target, 'two', note(), clock.now())], clock.now());
    await d2.start();
    await until(() => gated.inflight === 1, 'a send in flight');
    await d2.stop({ abort: true });
    assert.equal((await outbox.counts()).dropped, 1);
    assert.deepEqual(metrics.seen.slice(-2), ['webhook retry aborted', 'webhook dropped ambiguous']);
  });

  it('a provider that throws is retried and reported; a missing provider rejects', async () => {
    const errors: string[] = [];
    const broken: PushProvider<'webhook'> = {
      platform: 'webhook',
      send: () => Promise.reject(new Error('bug')),
      close: async () => undefined,
    };
    const n = note();
    const m = note();
    await outbox.enqueue([pushJob({ platform: 'webhook', token: 'x' }, 'phone', n, clock.now()), pushJob(h.target('fcm'), 'phone', m, clock.now())], clock.now());
    const d = new PushDispatcher({ outbox, providers: { webhook: broken }, tokens, clock, onError: (err, ctx) => errors.push(`${ctx}: ${String(err)}`) });
    assert.equal(await d.runOnce(), 2);
    assert.equal((await outbox.get(pushKey(n.conversationId, 1, 'phone')))?.reason, 'provider-error');
    assert.equal((await outbox.get(pushKey(m.conversationId, 1, 'phone')))?.reason, 'rejected:no-fcm-provider');
    assert.deepEqual(errors, ['provider webhook: Error: bug']);
  });

  it('refuses a lease shorter than twice the send deadline', () => {
    assert.throws(() => dispatcher({ leaseMs: 1000, sendTimeoutMs: 1000 }), PushConfigError);
    assert.throws(() => dispatcher({ concurrency: 0 }), PushConfigError);
  });
});

/** A provider whose sends wait until the test releases them; it honours the signal like a real one. */
class GatedProvider implements PushProvider<'webhook'> {
  readonly platform = 'webhook' as const;
  inflight = 0;
  maxInflight = 0;
  delivered = 0;
  private readonly waiting: (() => void)[] = [];

  send(_target: WebhookTarget, _n: PushNotification, options: SendOptions): Promise<PushOutcome> {
    this.inflight++;
    this.maxInflight = Math.max(this.maxInflight, this.inflight);
    return new Promise<PushOutcome>((resolve) => {
      const done = (outcome: PushOutcome): void => {
        this.inflight--;
        resolve(outcome);
      };
      options.signal.addEventListener('abort', () => done({ kind: 'retry', reason: 'aborted', ambiguous: true }), { once: true });
      this.waiting.push(() => {
        this.delivered++;
        done({ kind: 'delivered' });
      });
    });
  }

  releaseOne(): void {
    this.waiting.shift()?.();
  }

  async close(): Promise<void> {}
}
