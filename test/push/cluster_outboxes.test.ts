/**
 * ClusterOutboxes on a real Cassandra node (CHORUS_CASSANDRA), three "nodes" in one process with
 * the real webhook provider and its strict receiver: a node that stops with pushes queued has them
 * sent, once, by exactly one of the others, which then closes its outbox; a node that comes back
 * takes its outbox back from the one draining it.
 */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it, test } from 'node:test';
import { ClusterOutboxes, type PushJob, type PushOutbox, PushDispatcher, WebhookProvider, pushKey, pushStatements } from '../../lib/push/mod.js';
import { migrate } from '../../lib/storage/scylla_migrate.js';
import { createScyllaClient, ScyllaSession, shutdownScyllaClient } from '../../lib/storage/scylla_session.js';
import { systemClock } from '../../lib/time/mod.js';
import { until } from '../../testing/cluster/wait.js';
import { type FakeWebhook, startFakeWebhook } from './support/fake_webhook.js';

const contact = process.env['CHORUS_CASSANDRA'] ?? '';
const dc = process.env['CHORUS_CASSANDRA_DC'] ?? 'dc1';
const keyspace = `chorus_outboxes_${Date.now().toString(36)}_${process.pid}`;

function jobs(conversation: string, n: number, dueIn: number): PushJob[] {
  return Array.from({ length: n }, (_, i) => ({
    key: pushKey(`${conversation}${i}`, 1, 'phone'),
    userId: 'bob',
    deviceId: 'phone',
    target: { platform: 'webhook' as const, token: 'bob-token' },
    notification: { conversationId: `${conversation}${i}`, seq: 1, body: 'hi', collapseKey: `c:${conversation}${i}` },
    notBefore: Date.now() + dueIn,
    expiresAt: Date.now() + 3600_000,
  }));
}

if (!contact) {
  test('ClusterOutboxes needs a Cassandra node', () => assert.fail('CHORUS_CASSANDRA is not set (see docs/storage.md)'));
} else {
  describe('ClusterOutboxes: the outbox of a node that is gone is drained by one other node', () => {
    let session: ScyllaSession;
    let hook: FakeWebhook;
    let provider: WebhookProvider;
    const alive = new Set<string>();
    const events: string[] = [];
    /** Depth of the outbox when it was claimed, by `${claimer} ${owner}`. */
    const claimedDepth = new Map<string, number>();

    before(async () => {
      const admin = createScyllaClient({ contactPoints: [contact], localDataCenter: dc, consistency: 'LOCAL_ONE', requestTimeoutMs: 60_000 });
      try {
        await migrate(admin, { keyspace, replication: { class: 'SimpleStrategy', replicationFactor: 1 } });
      } finally {
        await shutdownScyllaClient(admin);
      }
      session = new ScyllaSession({ contactPoints: [contact], localDataCenter: dc, consistency: 'LOCAL_ONE', requestTimeoutMs: 20_000 });
      await session.connect();
      hook = await startFakeWebhook();
      provider = new WebhookProvider({ url: hook.url, secret: hook.secret, allowInsecure: true });
    });
    // Each test waits for events by name ('b claimed a'): one left by an earlier test would satisfy
    // the wait at once (test 1 logs 'b claimed a' or 'c claimed a', whichever survivor wins).
    beforeEach(() => {
      events.length = 0;
      claimedDepth.clear();
      alive.clear();
    });
    after(async () => {
      await provider.close();
      await hook.close();
      await session.execute(`DROP KEYSPACE IF EXISTS ${keyspace}`, [], { idempotent: true });
      await session.close();
    });

    function node(self: string): ClusterOutboxes {
      alive.add(self);
      return new ClusterOutboxes({
        session,
        statements: pushStatements(keyspace),
        self,
        alive: () => alive,
        dispatcher: (outbox: PushOutbox, owner: string) =>
          new PushDispatcher({ outbox, providers: { webhook: provider }, tokens: { deleteIfCurrent: async () => false }, owner: `${self}>${owner}`, ambiguous: 'resend', pollMs: 50 }),
        clock: systemClock,
        pollMs: 50,
        graceMs: 200,
        keepFinishedMs: 60_000,
        onError: (err) => events.push(`error ${String(err)}`),
        onEvent: (event, owner, depth) => {
          if (event === 'claimed') claimedDepth.set(`${self} ${owner}`, depth);
          events.push(`${self} ${event} ${owner}`);
        },
      });
    }
    const deliveries = (prefix: string): number => hook.bodies.filter((b) => String((b['notification'] as { conversationId: string }).conversationId).startsWith(prefix)).length;

    it('sends a stopped node’s queued pushes once, from exactly one survivor, and closes its outbox', async () => {
      const [a, b, c] = [node('a'), node('b'), node('c')];
      const own = await a.start();
      await Promise.all([b.start(), c.start()]);
      await own.enqueue(jobs('d.x', 5, 400), Date.now());
      // a goes away before the pushes are due: it stops sending and its lease is gone.
      await a.close();
      alive.delete('a');
      await until(() => deliveries('d.x') >= 5, 'the pushes of a', 15_000);
      await until(() => events.some((e) => e.endsWith('drained a')), 'a’s outbox closed', 15_000);
      assert.equal(deliveries('d.x'), 5, 'once each');
      assert.equal(events.filter((e) => e.endsWith('claimed a')).length, 1, `one claim: ${events.join('; ')}`);
      assert.deepEqual(hook.violations, []);
      await Promise.all([b.close(), c.close()]);
      alive.clear();
    });

    it('gives the outbox back when its node returns while another drains it', async () => {
      const [a, b] = [node('a'), node('b')];
      const own = await a.start();
      await b.start();
      // Not due for a while: b still holds them, unsent, when a returns.
      await own.enqueue(jobs('d.y', 3, 6000), Date.now());
      await a.close();
      alive.delete('a');
      await until(() => events.some((e) => e === 'b claimed a'), 'b takes a’s outbox', 15_000);
      assert.equal(claimedDepth.get('b a'), 3, 'b replays a’s three pending pushes');
      const back = node('a');
      await back.start();
      await until(() => events.some((e) => e === 'b released a'), `b lets go: ${events.join('; ')}`, 15_000);
      await until(() => deliveries('d.y') >= 3, 'the pushes, sent by a', 15_000);
      assert.equal(deliveries('d.y'), 3, 'once each');
      await Promise.all([back.close(), b.close()]);
    });
  });
}
