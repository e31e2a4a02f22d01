import assert from 'node:assert/strict';
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import { ManualClock } from '../../lib/time/mod.js';
import {
  type AmbiguousPolicy,
  type PushPlatform,
  PUSH_PLATFORMS,
  PushDispatcher,
  SqlitePushOutbox,
  SqlitePushTokenStore,
  pushKey,
  sendVia,
} from '../../lib/push/mod.js';
import { type PushHarness, startPushHarness } from './support/harness.js';
import { pushJob, tempDir, until } from './support/fixtures.js';
import { note } from './support/notifications.js';

/**
 * A crash is simulated by closing the outbox in the middle of the pipeline, without the steps
 * that would have followed, and reopening the same SQLite file in a new outbox and dispatcher
 * (another process, or this one after a restart). The fake services count what they accepted per
 * message and device.
 */
const LEASE_MS = 60_000;

for (const platform of PUSH_PLATFORMS) {
  describe(`crash recovery through ${platform}`, () => {
    const clock = new ManualClock();
    let h: PushHarness;
    let dir: ReturnType<typeof tempDir>;
    let tokens: SqlitePushTokenStore;
    const open = (): SqlitePushOutbox => new SqlitePushOutbox({ path: dir.path('push.db') });
    const dispatcher = (outbox: SqlitePushOutbox, owner: string, ambiguous: AmbiguousPolicy = 'drop'): PushDispatcher =>
      new PushDispatcher({ outbox, providers: h.providers, tokens, clock, owner, leaseMs: LEASE_MS, ambiguous });

    before(async () => {
      h = await startPushHarness(() => clock.now());
    });
    after(async () => {
      await h.close();
    });
    beforeEach(() => {
      dir = tempDir('chorus-push-crash-');
      tokens = new SqlitePushTokenStore({ path: dir.path('push.db') });
    });
    afterEach(async () => {
      await tokens.close();
      dir.cleanup();
      assert.deepEqual(h.violations(), []);
    });

    it('a crash after the outbox write, before anything was claimed: sent once after restart', async () => {
      const target = h.target(platform);
      const n = note();
      const first = open();
      await first.enqueue([pushJob(target, 'phone', n, clock.now())], clock.now());
      await first.close();

      const second = open();
      const d = dispatcher(second, 'node-b');
      assert.equal(await d.runOnce(), 1);
      assert.equal(await d.runOnce(), 0);
      clock.advance(2 * LEASE_MS);
      assert.equal(await d.runOnce(), 0);
      assert.equal(h.delivered(target, n.conversationId, n.seq, 'phone'), 1);
      assert.equal((await second.get(pushKey(n.conversationId, n.seq, 'phone')))?.state, 'sent');
      await second.close();
    });

    it('a crash after claiming, before sending: released at once by the same owner, or after the lease by another', async () => {
      const mine = h.target(platform);
      const theirs = h.target(platform);
      const a = note();
      const b = note();
      const first = open();
      await first.enqueue([pushJob(mine, 'phone', a, clock.now())], clock.now());
      assert.equal((await first.claim({ owner: 'node-a', now: clock.now(), leaseMs: LEASE_MS, limit: 10, ambiguous: 'drop' })).jobs.length, 1);
      await first.enqueue([pushJob(theirs, 'tablet', b, clock.now())], clock.now());
      assert.equal((await first.claim({ owner: 'node-x', now: clock.now(), leaseMs: LEASE_MS, limit: 10, ambiguous: 'drop' })).jobs.length, 1);
      await first.close();

      const second = open();
      const restarted = dispatcher(second, 'node-a');
      await restarted.start();
      await until(() => h.delivered(mine, a.conversationId, 1, 'phone') === 1, 'the restarted owner to send its own claim');
      await restarted.stop();
      assert.equal(h.delivered(theirs, b.conversationId, 1, 'tablet'), 0, 'another owner’s lease is respected');

      const other = dispatcher(second, 'node-c');
      assert.equal(await other.runOnce(), 0);
      clock.advance(LEASE_MS);
      assert.equal(await other.runOnce(), 1);
      assert.equal(await other.runOnce(), 0);
      assert.equal(h.delivered(mine, a.conversationId, 1, 'phone'), 1);
      assert.equal(h.delivered(theirs, b.conversationId, 1, 'tablet'), 1);
      await second.close();
    });

    for (const policy of ['drop', 'resend'] as const) {
      it(`a crash after the service accepted, before "sent" was recorded: ${policy === 'drop' ? 'not sent again (at most once)' : 'sent again with the same ids (at least once)'}`, async () => {
        const target = h.target(platform);
        const n = note();
        const key = pushKey(n.conversationId, n.seq, 'phone');
        const first = open();
        await first.enqueue([pushJob(target, 'phone', n, clock.now())], clock.now());
        const [job] = (await first.claim({ owner: 'node-a', now: clock.now(), leaseMs: LEASE_MS, limit: 1, ambiguous: policy })).jobs;
        assert.ok(job);
        assert.equal(await first.begin(job, clock.now()), true);
        const outcome = await sendVia(h.providers, job.target, job.notification, { signal: AbortSignal.timeout(10_000), id: job.key });
        assert.equal(outcome.kind, 'delivered');
        await first.close();

        const second = open();
        const d = dispatcher(second, 'node-b', policy);
        assert.equal(await d.runOnce(), 0, 'the lease still holds');
        clock.advance(LEASE_MS);
        await d.runOnce();
        clock.advance(LEASE_MS);
        await d.runOnce();
        const entry = await second.get(key);
        if (policy === 'drop') {
          assert.equal(h.delivered(target, n.conversationId, n.seq, 'phone'), 1);
          assert.equal(entry?.state, 'dropped');
          assert.equal(entry?.reason, 'ambiguous');
        } else {
          assert.equal(h.delivered(target, n.conversationId, n.seq, 'phone'), 2);
          assert.equal(entry?.state, 'sent');
          assertSameIds(h, platform);
        }
        await second.close();
      });
    }
  });
}

/** Under `resend` the repeat carries the first push's ids, so the device replaces instead of adding. */
function assertSameIds(h: PushHarness, platform: PushPlatform): void {
  switch (platform) {
    case 'apns': {
      const [a, b] = h.apns.accepted.slice(-2);
      assert.equal(a!.headers['apns-id'], b!.headers['apns-id']);
      assert.equal(a!.headers['apns-collapse-id'], b!.headers['apns-collapse-id']);
      return;
    }
    case 'fcm': {
      const [a, b] = h.fcm.messages.slice(-2).map((m) => m['android'] as { collapse_key: string; notification: { tag: string } });
      assert.equal(a!.collapse_key, b!.collapse_key);
      assert.equal(a!.notification.tag, b!.notification.tag);
      return;
    }
    case 'webpush': {
      const [a, b] = h.webpush.received.slice(-2);
      assert.equal(a!.headers['topic'], b!.headers['topic']);
      return;
    }
    case 'webhook': {
      const [a, b] = h.webhook.bodies.slice(-2);
      assert.equal(a!['id'], b!['id'], 'the same delivery id: the receiver can discard the repeat');
      return;
    }
  }
}
