/**
 * Owner epochs on ScyllaStore without a lightweight transaction per append (docs/storage.md, "Owner
 * epochs"): the corner cases of write-then-verify, against a real Cassandra 5.0 node named by
 * CHORUS_CASSANDRA. Two store instances play two nodes; hooks on their sessions interleave a stale
 * owner's append with another node's claim deterministically (no sleeps). Works in its own keyspace.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it, test } from 'node:test';
import cassandra from 'cassandra-driver';
import type { Client } from 'cassandra-driver';
import { FencedError, StoreUnavailableError, storeRequestCounts } from '../../lib/storage/mod.js';
import type { MessageRecord } from '../../lib/storage/mod.js';
import { migrate } from '../../lib/storage/scylla_migrate.js';
import { BUCKET_SIZE, MIGRATIONS, schemaTableStatement, storeStatements } from '../../lib/storage/scylla_schema.js';
import { createScyllaClient } from '../../lib/storage/scylla_session.js';
import { ScyllaStore, type ScyllaStoreOptions } from '../../lib/storage/scylla_store.js';

const contact = process.env['CHORUS_CASSANDRA'] ?? '';
const dc = process.env['CHORUS_CASSANDRA_DC'] ?? 'dc1';

type Hook = (query: string, phase: 'before' | 'after') => Promise<void>;
interface Hookable {
  execute: (q: string, p: unknown, o: unknown) => Promise<unknown>;
  batch: (q: ReadonlyArray<{ query: string }>, o: unknown) => Promise<unknown>;
}

/** Runs `hook` around every request a store sends (batches report their first statement); returns the undo. */
function hookRequests(store: ScyllaStore, hook: Hook): () => void {
  const session = (store as unknown as { session: Hookable }).session;
  const { execute, batch } = session;
  session.execute = async (q, p, o) => {
    await hook(q, 'before');
    const r = await execute.call(session, q, p, o);
    await hook(q, 'after');
    return r;
  };
  session.batch = async (qs, o) => {
    await hook(qs[0]!.query, 'before');
    const r = await batch.call(session, qs, o);
    await hook(qs[0]!.query, 'after');
    return r;
  };
  return () => {
    session.execute = execute;
    session.batch = batch;
  };
}

/** A promise and the function that resolves it. */
function signal(): { promise: Promise<void>; fire: () => void } {
  let fire!: () => void;
  const promise = new Promise<void>((resolve) => (fire = resolve));
  return { promise, fire };
}

const isVerify = (q: string) => q.startsWith('SELECT current_epoch, owner_id');
const isEpochCas = (q: string) => q.includes('SET current_epoch');

if (!contact) {
  test('ScyllaStore fencing needs a Cassandra node', () => assert.fail('CHORUS_CASSANDRA is not set (see docs/storage.md)'));
} else {
  const keyspace = `chorus_fence_${Date.now().toString(36)}_${process.pid}`;
  const options: ScyllaStoreOptions = { contactPoints: [contact], localDataCenter: dc, keyspace, consistency: 'LOCAL_ONE', requestTimeoutMs: 20_000 };
  let admin: Client;
  let store: ScyllaStore;
  let other: ScyllaStore;
  let n = 0;
  const conv = () => `f.${process.pid}.${Date.now().toString(36)}.${++n}`;
  const msg = (id: string, seq: number, over: Partial<MessageRecord> = {}): MessageRecord => ({
    conversationId: id,
    seq,
    senderId: 'alice',
    senderDevice: 'phone',
    clientId: `k${seq}`,
    sentAt: 1_700_000_000_000 + seq,
    text: `m${seq}`,
    kind: 'text',
    refSeq: 0,
    editedAt: 0,
    deleted: false,
    meta: '',
    ...over,
  });
  const run = (id: string, from: number, to: number, over: Partial<MessageRecord> = {}) =>
    Array.from({ length: to - from + 1 }, (_, i) => msg(id, from + i, { ...over, clientId: `${over.clientId ?? 'k'}${from + i}` }));
  const fill = async (s: ScyllaStore, id: string, from: number, to: number, epoch: number) => {
    for (let x = from; x <= to; x += 500) await s.append(run(id, x, Math.min(x + 499, to)), { epoch });
  };
  const log = async (id: string) => (await store.range(id, { afterSeq: 0, limit: 1000 })).map((m) => `${m.seq}:${m.text}`);
  /** Every stored row of a seq, visible or not: [epoch, text], newest epoch first. */
  const rawAt = async (id: string, seq: number) =>
    (await admin.execute(`SELECT epoch, text FROM ${keyspace}.log_entries WHERE conversation_id = ? AND bucket = ? AND seq = ?`, [id, Math.floor(seq / BUCKET_SIZE), seq], { prepare: true })).rows.map(
      (r) => [Number(String(r['epoch'])), r['text'] as string],
    );
  /** The recorded claims: [epoch, start], newest first. */
  const claims = async (id: string) =>
    (await admin.execute(`SELECT epoch, start FROM ${keyspace}.conversation_claims WHERE conversation_id = ?`, [id], { prepare: true })).rows
      .filter((r) => r['epoch'] != null)
      .map((r) => [Number(String(r['epoch'])), Number(String(r['start']))]);
  const fencedWith = (storedThrough: number | undefined) => (err: unknown) => {
    assert.ok(err instanceof FencedError, `expected FencedError, got ${String(err)}`);
    assert.equal(err.storedThrough, storedThrough);
    return true;
  };

  describe('ScyllaStore owner epochs: write-then-verify', () => {
    before(async () => {
      admin = createScyllaClient({ contactPoints: [contact], localDataCenter: dc, consistency: 'LOCAL_ONE', requestTimeoutMs: 30_000 });
      await migrate(admin, { keyspace, replication: { class: 'SimpleStrategy', replicationFactor: 1 } });
      store = await ScyllaStore.open(options);
      other = await ScyllaStore.open(options);
    });
    after(async () => {
      await store?.close();
      await other?.close();
      await admin?.execute(`DROP KEYSPACE IF EXISTS ${keyspace}`);
      await admin?.shutdown();
    });

    it('records where each epoch starts; a steady-state append is plain writes and one read, no LWT', async () => {
      const id = conv();
      const a = await store.claimOwner(id, 'n1');
      assert.deepEqual(await claims(id), [[a, 1]]);
      assert.equal(store.claimedStart(id, a), 1, 'where the claim found the end');
      assert.equal(other.claimedStart(id, a), undefined, 'not claimed by that process');
      await fill(store, id, 1, 5, a);
      assert.equal(store.claimedStart(id, a), undefined, 'appended since');
      const was = storeRequestCounts();
      await store.append([msg(id, 6)], { epoch: a });
      const now = storeRequestCounts();
      // The entry with its client-id row and the activity marker (one batch); the verify read.
      assert.deepEqual({ read: now.read - was.read, write: now.write - was.write, lwt: now.lwt - was.lwt }, { read: 1, write: 1, lwt: 0 });
      const b = await other.claimOwner(id, 'n2');
      assert.deepEqual(await claims(id), [[b, 7], [a, 1]]);
      assert.equal(other.claimedStart(id, b), 7);
      assert.deepEqual(await store.currentOwner(id), { epoch: b, ownerId: 'n2' });
    });

    it('a stale owner writing the same seq as the new owner: both rows stored, only the new owner’s visible', async () => {
      for (const staleFirst of [false, true]) {
        const id = conv();
        const a = await store.claimOwner(id, 'n1');
        await fill(store, id, 1, 3, a);
        const b = await other.claimOwner(id, 'n2');
        const fresh = () => other.append([msg(id, 4, { text: 'new', clientId: 'n4' })], { epoch: b });
        if (!staleFirst) await fresh();
        await assert.rejects(store.append([msg(id, 4, { text: 'stale', clientId: 's4' })], { epoch: a }), fencedWith(undefined));
        if (staleFirst) {
          assert.deepEqual(await log(id), ['1:m1', '2:m2', '3:m3'], 'landed, not visible');
          await fresh();
        }
        assert.deepEqual(await rawAt(id, 4), [[b, 'new'], [a, 'stale']], 'nothing overwritten');
        assert.deepEqual(await log(id), ['1:m1', '2:m2', '3:m3', '4:new']);
        assert.equal(await store.byClientId(id, 'alice', 's4'), undefined);
        assert.equal((await store.byClientId(id, 'alice', 'n4'))?.seq, 4);
        // The stale owner has noticed: its next append is refused before writing anything.
        await assert.rejects(store.append([msg(id, 5, { text: 'stale' })], { epoch: a }), fencedWith(undefined));
        assert.deepEqual(await rawAt(id, 5), []);
      }
    });

    it('a stale owner writing past the new owner’s start stays invisible, before and after the new owner gets there', async () => {
      const id = conv();
      const a = await store.claimOwner(id, 'n1');
      await fill(store, id, 1, 2, a);
      const b = await other.claimOwner(id, 'n2');
      await assert.rejects(store.append(run(id, 3, 6, { text: 'stale', clientId: 's' }), { epoch: a }), fencedWith(undefined));
      assert.deepEqual(await rawAt(id, 6), [[a, 'stale']], 'the rows landed');
      assert.equal(await store.lastSeq(id), 2, 'the end ignores them');
      assert.deepEqual(await log(id), ['1:m1', '2:m2']);
      assert.deepEqual((await store.range(id, { beforeSeq: 10, limit: 5 })).map((m) => m.seq), [1, 2]);
      await other.append([msg(id, 3, { text: 'b3' })], { epoch: b });
      assert.equal(await store.lastSeq(id), 3);
      // A third claim starts after the new owner's entries; the stale rows beyond stay hidden.
      const c = await store.claimOwner(id, 'n1');
      assert.deepEqual(await claims(id), [[c, 4], [b, 3], [a, 1]]);
      await store.append([msg(id, 4, { text: 'c4' })], { epoch: c });
      assert.deepEqual(await log(id), ['1:m1', '2:m2', '3:b3', '4:c4']);
      assert.equal(await store.byClientId(id, 'alice', 's5'), undefined);
    });

    it('a verify read racing a claim: before the epoch is taken it acknowledges; after, it refuses, whether the claim’s end read sees the rows or not', async () => {
      const id = conv();
      const a = await store.claimOwner(id, 'n1');
      await fill(store, id, 1, 2, a);

      // 1. The verify completes, then the claim takes its epoch: acknowledged, and the claim starts after it.
      await store.append([msg(id, 3)], { epoch: a });
      const b = await other.claimOwner(id, 'n2');
      assert.deepEqual((await claims(id))[0], [b, 4]);

      // 2. The stale owner's entries land, the claim takes its epoch, the verify runs, then the claim
      //    reads the end: refused, and the entries are stored (before the start) though never acknowledged.
      const c = await store.claimOwner(id, 'n1');
      const atVerify = signal();
      const mayVerify = signal();
      let held = false;
      const undoStale = hookRequests(store, async (q, phase) => {
        if (phase === 'before' && isVerify(q) && !held) {
          held = true;
          atVerify.fire();
          await mayVerify.promise;
        }
      });
      const stale = store.append(run(id, 4, 5, { clientId: 'c' }), { epoch: c }).then(
        () => undefined,
        (err: unknown) => err,
      );
      await atVerify.promise;
      const undoClaim = hookRequests(other, async (q, phase) => {
        if (phase === 'after' && isEpochCas(q)) {
          mayVerify.fire();
          await stale;
        }
      });
      const d = await other.claimOwner(id, 'n2').finally(() => {
        undoClaim();
        undoStale();
      });
      assert.ok(fencedWith(undefined)(await stale), 'refused; what is stored was not settled at the verify');
      assert.deepEqual((await claims(id))[0], [d, 6]);
      assert.deepEqual((await log(id)).slice(3), ['4:m4', '5:m5'], 'landed before the end read: stored, unacknowledged');
      assert.equal((await store.byClientId(id, 'alice', 'c5'))?.seq, 5, 'a resend finds them');

      // 3. The claim reads the end before the stale entries land: refused, and they stay invisible.
      const undo = hookRequests(other, async (q, phase) => {
        if (phase === 'before' && q.startsWith('INSERT INTO') && q.includes('log_entries')) await store.claimOwner(id, 'n1');
      });
      await assert.rejects(other.append(run(id, 6, 7, { text: 'late', clientId: 'l' }), { epoch: d }), fencedWith(undefined)).finally(undo);
      assert.equal(await store.lastSeq(id), 5);
      assert.deepEqual(await rawAt(id, 7), [[d, 'late']]);
      assert.equal(await store.byClientId(id, 'alice', 'l6'), undefined);
    });

    it('sends every request of a fenced append straight to a replica of its partition (token-aware, prepared)', async () => {
      const id = conv();
      const a = await store.claimOwner(id, 'n1');
      await store.append([msg(id, 1)], { epoch: a });
      const client = (store as unknown as { session: { client: Client } }).session.client;
      const { TokenAwarePolicy } = cassandra.policies.loadBalancing;
      const { options: clientOptions } = client as unknown as { options: { policies?: { loadBalancing?: unknown } } };
      assert.ok(clientOptions.policies?.loadBalancing instanceof TokenAwarePolicy);
      // The driver routes by the partition key columns of a prepared statement's metadata.
      type Prepared = { meta?: { partitionKeys?: number[] } };
      const metadata = client.metadata as unknown as { getPreparedInfo(ks: string | undefined, q: string): Prepared };
      const s = storeStatements(keyspace);
      const routed = Object.fromEntries(
        (['insertClientId', 'insertEntry', 'owner'] as const).map((k) => [k, metadata.getPreparedInfo(undefined, s[k]).meta?.partitionKeys?.length ?? 0]),
      );
      // message_client_ids (conversation, sender, client id); log_entries (conversation, bucket); conversation_claims.
      assert.deepEqual(routed, { insertClientId: 3, insertEntry: 2, owner: 1 });
    });

    it('migrating a keyspace of schema 3 keeps its log (visible until the next claim starts) and its epochs', async () => {
      const old = `${keyspace}_v3`;
      try {
        await admin.execute(`CREATE KEYSPACE ${old} WITH replication = {'class': 'SimpleStrategy', 'replication_factor': '1'}`);
        await admin.execute(schemaTableStatement(old));
        for (const m of MIGRATIONS.filter((x) => x.version <= 3)) {
          for (const c of m.columns ?? []) await admin.execute(`ALTER TABLE ${old}.${c.table} ADD ${c.name} ${c.type}`);
          for (const st of m.statements(old)) await admin.execute(st);
          await admin.execute(`INSERT INTO ${old}.schema_migrations (version, description, applied_at) VALUES (?, 'v', toTimestamp(now()))`, [m.version], { prepare: true });
        }
        const q = (cql: string, params: unknown[]) => admin.execute(cql, params, { prepare: true });
        const put = `INSERT INTO ${old}.messages (conversation_id, bucket, seq, sender_id, sender_device, client_id, sent_at, text) VALUES (?, 0, ?, 'alice', 'p', ?, 1, ?)`;
        for (const seq of [1, 2, 3]) {
          await q(put, ['c1', seq, `k${seq}`, `old ${seq}`]);
          await q(`INSERT INTO ${old}.message_client_ids (conversation_id, sender_id, client_id, seq) VALUES (?, 'alice', ?, ?)`, ['c1', `k${seq}`, seq]);
        }
        await q(`UPDATE ${old}.messages SET owner_epoch = 5 WHERE conversation_id = ? AND bucket = 0`, ['c1']);
        await q(`INSERT INTO ${old}.conversation_owners (conversation_id, epoch, owner_id) VALUES (?, 5, 'n9')`, ['c1']);
        const r = await migrate(admin, { keyspace: old, replication: { class: 'SimpleStrategy', replicationFactor: 1 } });
        assert.deepEqual([r.from, r.applied.includes(4)], [3, true]);
        const upgraded = await ScyllaStore.open({ ...options, keyspace: old });
        try {
          assert.deepEqual((await upgraded.range('c1', { afterSeq: 0, limit: 10 })).map((m) => m.text), ['old 1', 'old 2', 'old 3']);
          assert.equal((await upgraded.byClientId('c1', 'alice', 'k2'))?.seq, 2);
          assert.deepEqual(await upgraded.currentOwner('c1'), { epoch: 5, ownerId: 'n9' });
          const e = await upgraded.claimOwner('c1', 'n1');
          assert.equal(e, 6, 'epochs keep rising');
          await upgraded.append([msg('c1', 4)], { epoch: e });
          assert.equal(await upgraded.lastSeq('c1'), 4);
          assert.deepEqual((await upgraded.range('c1', { beforeSeq: 5, limit: 10 })).map((m) => m.seq), [1, 2, 3, 4]);
        } finally {
          await upgraded.close();
        }
      } finally {
        await admin.execute(`DROP KEYSPACE IF EXISTS ${old}`);
      }
    });

    it('keeps the first part of a cross-bucket append that a claim cuts, and says so', async () => {
      const id = conv();
      const a = await store.claimOwner(id, 'n1');
      await fill(store, id, 1, BUCKET_SIZE - 3, a);
      let b = 0;
      let parts = 0;
      // Another node claims right after the first batch of entries (bucket 0) of the next append.
      const undo = hookRequests(store, async (q, phase) => {
        if (phase === 'after' && q.includes('log_entries') && q.startsWith('INSERT') && ++parts === 1) b = await other.claimOwner(id, 'n2');
      });
      await assert.rejects(store.append(run(id, BUCKET_SIZE - 2, BUCKET_SIZE + 2), { epoch: a }), fencedWith(BUCKET_SIZE - 1)).finally(undo);
      assert.ok(b > a);
      assert.equal(await store.lastSeq(id), BUCKET_SIZE - 1, 'stored up to the boundary, nothing beyond');
      await other.append(run(id, BUCKET_SIZE, BUCKET_SIZE + 1), { epoch: b });
      assert.deepEqual(
        (await store.range(id, { afterSeq: BUCKET_SIZE - 3, limit: 10 })).map((m) => m.seq),
        [-2, -1, 0, 1].map((x) => BUCKET_SIZE + x),
      );
    });

    it('writes again at the next claim the client-id rows of the last append, which a half-applied batch may have stored entries without', async () => {
      for (const size of [1, 3]) {
        const id = conv();
        const a = await store.claimOwner(id, 'n1');
        await store.append(run(id, 1, 2), { epoch: a });
        // The batch of the next append lands; the writer stops before its verify.
        const undo = hookRequests(store, async (q) => {
          if (isVerify(q)) throw new StoreUnavailableError('process stopped');
        });
        await assert.rejects(store.append(run(id, 3, 2 + size, { clientId: 'z' }), { epoch: a }), StoreUnavailableError).finally(undo);
        // What a coordinator that applied the entries' partition but not the client-id rows leaves.
        for (let seq = 3; seq < 3 + size; seq++) {
          await admin.execute(`DELETE FROM ${keyspace}.message_client_ids WHERE conversation_id = ? AND sender_id = 'alice' AND client_id = ?`, [id, `z${seq}`], { prepare: true });
        }
        assert.equal(await store.lastSeq(id), 2 + size, 'the entries are stored');
        assert.equal(await store.byClientId(id, 'alice', 'z3'), undefined, 'and not found by client id');
        await other.claimOwner(id, 'n2');
        for (let seq = 3; seq < 3 + size; seq++) assert.equal((await other.byClientId(id, 'alice', `z${seq}`))?.seq, seq, `found after the claim (${size})`);
        assert.equal((await other.byClientId(id, 'alice', 'k1'))?.seq, 1);
      }
    });

    it('re-applies at the next claim the effects a writer stored entries for but did not write', async () => {
      const id = conv();
      await store.createConversation({ id, kind: 'group', title: 'before', createdBy: 'owner1', createdAt: 1, lastActivity: 1 }, [
        { userId: 'owner1', role: 'owner', joinedAt: 1, leftSeq: 0 },
        { userId: 'm1', role: 'member', joinedAt: 1, leftSeq: 0 },
      ]);
      const a = await store.claimOwner(id, 'n1');
      await store.append(run(id, 1, 2), { epoch: a });
      // The writer stops after its verified entries: the batch of effects never leaves.
      const undo = hookRequests(store, async (q, phase) => {
        if (phase === 'before' && q.startsWith('UPDATE') && q.includes('USING TIMESTAMP') && !q.includes('last_activity')) throw new StoreUnavailableError('process stopped');
      });
      const rename = msg(id, 3, { kind: 'rename', text: '', meta: JSON.stringify({ title: 'after' }), senderId: 'owner1' });
      const leave = msg(id, 4, { kind: 'members', text: '', meta: JSON.stringify({ added: [], removed: ['m1'], roles: [] }), senderId: 'owner1' });
      await assert.rejects(store.append([rename, leave], { epoch: a }), StoreUnavailableError).finally(undo);
      assert.equal(await store.lastSeq(id), 4);
      assert.equal((await store.getConversation(id))?.title, 'before', 'entries stored, effects missing');
      const b = await other.claimOwner(id, 'n2');
      assert.equal((await store.getConversation(id))?.title, 'after');
      assert.equal((await store.member(id, 'm1'))?.leftSeq, 4);
      // The owner after the claim renames again; a later claim re-applies that one, not the older.
      await other.append([msg(id, 5, { kind: 'rename', text: '', meta: JSON.stringify({ title: 'latest' }), senderId: 'owner1' })], { epoch: b });
      await store.claimOwner(id, 'n1');
      assert.equal((await store.getConversation(id))?.title, 'latest');
    });
  });
}
