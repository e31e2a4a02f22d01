import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ActorSystem } from '../../lib/actors/mod.js';
import { LocalChatService } from '../../lib/chat/local_service.js';
import type { Fanout } from '../../lib/chat/types.js';
import { ChorusError, ErrorCode, decodeServerFrame } from '../../lib/protocol/mod.js';
import { type MessageStore, SqliteStore } from '../../lib/storage/mod.js';
import { migrate } from '../../lib/storage/scylla_migrate.js';
import { createScyllaClient } from '../../lib/storage/scylla_session.js';
import { ScyllaStore } from '../../lib/storage/scylla_store.js';

const LIMITS = { maxTextBytes: 1000, maxGroupMembers: 10, maxConversationsPerUser: 100, maxPage: 100, dedupWindow: 64, requestTimeoutMs: 2000, editWindowMs: 60_000, deleteWindowMs: 60_000, typingIntervalMs: 1000, typingTtlMs: 5000 };

/** Two handles on one store (for ScyllaDB two clients, as two nodes have), and how to drop it. */
interface Shared {
  a: MessageStore;
  b: MessageStore;
  close(): Promise<void>;
}

const cassandra = process.env['CHORUS_CASSANDRA'] ?? '';

const STORES: Record<string, () => Promise<Shared>> = {
  SqliteStore: async () => {
    const store = new SqliteStore({ path: ':memory:' });
    return { a: store, b: store, close: () => store.close() };
  },
  // Without CHORUS_CASSANDRA this one fails, like every test that needs the database (docs/storage.md).
  ScyllaStore: async () => {
    const dc = process.env['CHORUS_CASSANDRA_DC'] ?? 'dc1';
    const keyspace = `chorus_fencing_${Date.now().toString(36)}_${process.pid}`;
    const admin = createScyllaClient({ contactPoints: [cassandra], localDataCenter: dc, consistency: 'LOCAL_ONE', requestTimeoutMs: 30_000 });
    await migrate(admin, { keyspace, replication: { class: 'SimpleStrategy', replicationFactor: 1 } });
    const options = { contactPoints: [cassandra], localDataCenter: dc, keyspace, consistency: 'LOCAL_ONE' as const };
    const [a, b] = await Promise.all([ScyllaStore.open(options), ScyllaStore.open(options)]);
    return {
      a,
      b,
      async close() {
        await Promise.all([a.close(), b.close()]);
        await admin.execute(`DROP KEYSPACE IF EXISTS ${keyspace}`);
        await admin.shutdown();
      },
    };
  },
};

/**
 * Two "nodes" (actor systems) on one store that both believe they own a conversation, as two
 * nodes with different rings briefly may: the owner epoch lets only the later claimer append.
 */
for (const [name, open] of Object.entries(STORES)) describe(`conversation actors fenced by the owner epoch: ${name}`, () => {
  it('a node whose claim was superseded stores nothing more: its senders are told to retry at the owner', async () => {
    if (name === 'ScyllaStore') assert.ok(cassandra, 'CHORUS_CASSANDRA is not set (see docs/storage.md)');
    const shared = await open();
    const store = shared.a;
    const delivered = new Map<string, number[]>();
    const frames: string[] = [];
    const node = (id: string, mayOwn: { value: boolean }): { service: LocalChatService; fenced: string[] } => {
      const fenced: string[] = [];
      const fanout: Fanout = {
        toUsers(_ids, frame) {
          const m = decodeServerFrame(frame).message;
          if (m) delivered.set(id, [...(delivered.get(id) ?? []), m.seq as number]);
          if (m) frames.push(`${id} ${m.conversationId} ${m.seq as number}`);
        },
      };
      const service = new LocalChatService({
        system: new ActorSystem({ passivationSweepMs: 0 }),
        store: id === 'node-a' ? shared.a : shared.b,
        fanout,
        limits: LIMITS,
        passivateAfterMs: 0,
        mailboxCapacity: 1000,
        ownership: { nodeId: id, mayOwn: () => mayOwn.value, fenced: (c) => fenced.push(c) },
      });
      return { service, fenced };
    };
    const aOwns = { value: true };
    const a = node('node-a', aOwns);
    const b = node('node-b', { value: true });
    const alice = { userId: 'alice', deviceId: 'd' };
    const conv = await a.service.createConversation(alice, { kind: 'direct', members: ['bob'], title: '' });
    const send = (s: LocalChatService, clientId: string): Promise<number> => s.send(alice, { conversationId: conv.id, clientId, text: clientId, resend: false }).then((r) => r.seq);

    assert.equal(await send(a.service, 'a1'), 1);
    assert.equal(await send(a.service, 'a2'), 2);
    // B activates (claims a newer epoch) while A's actor is still alive with the old one.
    assert.equal(await send(b.service, 'b1'), 3);
    const late = await send(a.service, 'a3').then(
      () => assert.fail('a fenced node acknowledged a send'),
      (e: unknown) => e,
    );
    assert.ok(late instanceof ChorusError && late.code === ErrorCode.UNAVAILABLE, String(late));
    assert.match((late as Error).message, /moved to another node/);
    assert.deepEqual(a.fenced, [conv.id]);
    // The retry goes to the owner, as a resend: stored once, right after B's entry.
    const retried = await b.service.send(alice, { conversationId: conv.id, clientId: 'a3', text: 'a3', resend: true });
    assert.deepEqual([retried.seq, retried.duplicate], [4, false]);

    // A node that is not (or no longer) placed as owner never claims: it answers "moved" at once.
    aOwns.value = false;
    const stray = await send(a.service, 'a4').then(
      () => assert.fail('a node that does not own the conversation acknowledged a send'),
      (e: unknown) => e,
    );
    assert.ok(stray instanceof ChorusError && stray.code === ErrorCode.UNAVAILABLE, String(stray));
    assert.equal((await store.currentOwner(conv.id))?.ownerId, 'node-b');

    const log = await store.range(conv.id, { afterSeq: 0, limit: 10 });
    assert.deepEqual(log.map((r) => [r.seq, r.clientId]), [[1, 'a1'], [2, 'a2'], [3, 'b1'], [4, 'a3']]);
    assert.deepEqual(delivered.get('node-a'), [1, 2]);
    assert.deepEqual(delivered.get('node-b'), [3, 4]);

    // An entry a fenced owner stored without delivering it: on ScyllaDB an append that lands before
    // the claim that fences it reads the log's end is in the log, though its verify fails and its
    // sender is told to retry. The retry, a resend, is answered as a duplicate, and on such a store
    // the owner delivers the entry to the members again (they drop it if they have it). On SQLite a
    // refused append stores nothing, so a resend found in the log was delivered: no repeat.
    aOwns.value = true;
    const other = await a.service.createConversation(alice, { kind: 'direct', members: ['carol'], title: '' });
    assert.equal((await a.service.send(alice, { conversationId: other.id, clientId: 'o1', text: 'o1', resend: false })).seq, 1);
    const stale = (await store.currentOwner(other.id))!.epoch;
    const lost = { conversationId: other.id, seq: 2, senderId: 'alice', senderDevice: 'd', clientId: 'lost', sentAt: 1, text: 'lost', kind: 'text' as const, refSeq: 0, editedAt: 0, deleted: false, meta: '' };
    await shared.a.append([lost], { epoch: stale });
    assert.equal((await b.service.send(alice, { conversationId: other.id, clientId: 'o3', text: 'o3', resend: false })).seq, 3);
    const again = await b.service.send(alice, { conversationId: other.id, clientId: 'lost', text: 'lost', resend: true });
    assert.deepEqual([again.seq, again.duplicate], [2, true]);
    const again2 = store.fencedAppendsMayStore === true ? [`node-b ${other.id} 2`] : [];
    assert.deepEqual(frames.filter((f) => f.includes(other.id)), [`node-a ${other.id} 1`, `node-b ${other.id} 3`, ...again2]);
    assert.equal(store.fencedAppendsMayStore === true, name === 'ScyllaStore');
    await shared.close();
  });
});
