/**
 * ScyllaStore against a real Cassandra 5.0 node (same CQL as ScyllaDB), started by
 * scripts/cassandra/start.sh. CHORUS_CASSANDRA=host:port names it; without it these tests fail.
 * Every run works in a fresh keyspace and drops it at the end.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it, test } from 'node:test';
import cassandra from 'cassandra-driver';
import type { Client } from 'cassandra-driver';
import { FencedError, InvalidRecordError, SeqConflictError, StoreLimits, StoreUnavailableError } from '../../lib/storage/mod.js';
import type { MessageRecord } from '../../lib/storage/mod.js';
import { migrate } from '../../lib/storage/scylla_migrate.js';
import { BUCKET_SIZE, MIGRATIONS, ScyllaSchemaError, SCHEMA_VERSION, schemaTableStatement } from '../../lib/storage/scylla_schema.js';
import { createScyllaClient, isRetryableDriverError } from '../../lib/storage/scylla_session.js';
import { ScyllaStore, type ScyllaStoreOptions } from '../../lib/storage/scylla_store.js';
import { storeContract } from './contract.js';

const contact = process.env['CHORUS_CASSANDRA'] ?? '';
const dc = process.env['CHORUS_CASSANDRA_DC'] ?? 'dc1';

if (!contact) {
  test('ScyllaStore needs a Cassandra node', () => {
    assert.fail(
      'CHORUS_CASSANDRA is not set. Start a node with `scripts/cassandra/start.sh` and run the tests with ' +
        'CHORUS_CASSANDRA=127.0.0.1:9042 (see docs/storage.md).',
    );
  });
} else {
  const keyspace = `chorus_test_${Date.now().toString(36)}_${process.pid}`;
  const options: ScyllaStoreOptions = {
    contactPoints: [contact],
    localDataCenter: dc,
    keyspace,
    consistency: 'LOCAL_ONE',
    requestTimeoutMs: 20_000,
  };
  let admin: Client | undefined;
  let migrated: Promise<unknown> | undefined;

  function adminClient(): Client {
    admin ??= createScyllaClient({ contactPoints: [contact], localDataCenter: dc, consistency: 'LOCAL_ONE', requestTimeoutMs: 30_000 });
    return admin;
  }
  function ready(): Promise<unknown> {
    migrated ??= migrate(adminClient(), { keyspace, replication: { class: 'SimpleStrategy', replicationFactor: 1 } });
    return migrated;
  }
  async function dropKeyspace(): Promise<void> {
    if (!admin) return;
    await admin.execute(`DROP KEYSPACE IF EXISTS ${keyspace}`);
    await admin.shutdown();
    admin = undefined;
  }

  storeContract('ScyllaStore', {
    open: async () => {
      await ready();
      return ScyllaStore.open(options);
    },
    reopen: async () => ScyllaStore.open(options),
  });

  describe('ScyllaStore on Cassandra', () => {
    let store: ScyllaStore;
    let n = 0;
    const conv = () => `c.${process.pid}.${Date.now().toString(36)}.${++n}`;
    const msg = (conversationId: string, seq: number, over: Partial<MessageRecord> = {}): MessageRecord => ({
      conversationId,
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
    const run = (from: number, to: number, id: string) => Array.from({ length: to - from + 1 }, (_, i) => msg(id, from + i));
    const seqs = (ms: MessageRecord[]) => ms.map((m) => m.seq);
    const span = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

    before(async () => {
      await ready();
      store = await ScyllaStore.open(options);
    });
    after(async () => {
      await store?.close();
      await dropKeyspace();
    });

    it('migrates idempotently and records the schema version', async () => {
      const again = await migrate(adminClient(), { keyspace, replication: { class: 'SimpleStrategy', replicationFactor: 1 } });
      assert.deepEqual(again.applied, []);
      assert.equal(again.from, again.to);
      assert.equal(again.replicationChanged, false);
    });

    it('refuses to open a keyspace that was never migrated', async () => {
      await assert.rejects(ScyllaStore.open({ ...options, keyspace: 'chorus_never_migrated' }), ScyllaSchemaError);
    });

    it('pages forwards and backwards across bucket boundaries', async () => {
      const id = conv();
      const top = 2 * BUCKET_SIZE + 10;
      for (let s = 1; s <= top; s += 250) await store.append(run(s, Math.min(s + 249, top), id));
      assert.equal(await store.lastSeq(id), top);
      assert.deepEqual(seqs(await store.range(id, { afterSeq: BUCKET_SIZE - 3, limit: 6 })), span(BUCKET_SIZE - 2, BUCKET_SIZE + 3));
      assert.deepEqual(seqs(await store.range(id, { beforeSeq: BUCKET_SIZE + 3, limit: 6 })), span(BUCKET_SIZE - 3, BUCKET_SIZE + 2));
      assert.deepEqual(seqs(await store.range(id, { beforeSeq: 2 * BUCKET_SIZE + 1, limit: 1000 })), span(BUCKET_SIZE + 1, 2 * BUCKET_SIZE));
      assert.deepEqual(seqs(await store.range(id, { afterSeq: 5, limit: 1000 })), span(6, 1005));
      assert.deepEqual(seqs(await store.range(id, { limit: 15 })), span(top - 14, top));
      assert.deepEqual(seqs(await store.range(id, { afterSeq: top - 2, limit: 10 })), [top - 1, top]);
      assert.deepEqual(await store.range(id, { afterSeq: top, limit: 10 }), []);
      // Past the end of the log in both directions.
      assert.deepEqual(seqs(await store.range(id, { beforeSeq: 50 * BUCKET_SIZE, limit: 3 })), [top - 2, top - 1, top]);
      assert.deepEqual(await store.range(id, { afterSeq: 50 * BUCKET_SIZE, limit: 3 }), []);
    });

    it('appends a batch that crosses a bucket boundary all at once, and refuses a seq in either part', async () => {
      const id = conv();
      await store.append(run(1, BUCKET_SIZE - 3, id));
      await store.append(run(BUCKET_SIZE - 2, BUCKET_SIZE + 2, id));
      assert.equal(await store.lastSeq(id), BUCKET_SIZE + 2);
      assert.deepEqual(seqs(await store.range(id, { afterSeq: BUCKET_SIZE - 4, limit: 10 })), span(BUCKET_SIZE - 3, BUCKET_SIZE + 2));
      await assert.rejects(store.append(run(BUCKET_SIZE + 2, BUCKET_SIZE + 4, id)), SeqConflictError);
      const other = conv();
      await store.append([msg(other, BUCKET_SIZE + 1)]);
      await assert.rejects(store.append(run(BUCKET_SIZE - 1, BUCKET_SIZE + 1, other)), (err: unknown) => {
        assert.ok(err instanceof SeqConflictError);
        assert.equal(err.seq, BUCKET_SIZE + 1);
        return true;
      });
      assert.deepEqual(seqs(await store.range(other, { afterSeq: 0, limit: 10 })), [BUCKET_SIZE + 1]);
    });

    it('finds a client id across buckets and ignores hints a failed append left', async () => {
      const id = conv();
      await store.append(run(1, 3, id));
      await assert.rejects(store.append([msg(id, 3, { clientId: 'late', text: 'loser' })]), SeqConflictError);
      assert.equal(await store.byClientId(id, 'alice', 'late'), undefined);
      await store.append([msg(id, 4), msg(id, 5, { clientId: 'late' })]);
      assert.equal((await store.byClientId(id, 'alice', 'late'))?.seq, 5);
      await store.append(run(6, 600, id));
      await store.append(run(601, BUCKET_SIZE + 1, id));
      assert.equal((await store.byClientId(id, 'alice', `k${BUCKET_SIZE + 1}`))?.text, `m${BUCKET_SIZE + 1}`);
    });

    it('rejects bad input before any write', async () => {
      const id = conv();
      const huge = 'x'.repeat(StoreLimits.maxTextBytes + 1);
      const bad: MessageRecord[][] = [
        [msg(id, 1, { text: huge })],
        [msg(id, 1), msg(id, 2, { text: huge })],
        [msg(id, 1, { clientId: 'has space' })],
        [msg(id, 1, { senderId: '' })],
        [msg(id, 1, { senderDevice: 'bad/device' })],
        [msg(id, 1, { conversationId: 'x'.repeat(StoreLimits.maxIdLength + 1) })],
        [msg(id, 1.5)],
        // Each text is legal; together they pass maxBatchBytes.
        run(1, 5, id).map((m) => ({ ...m, text: 'y'.repeat(StoreLimits.maxTextBytes - 10) })),
      ];
      for (const batch of bad) await assert.rejects(store.append(batch), InvalidRecordError);
      await assert.rejects(store.advanceCursor({ userId: 'u 1', deviceId: 'd', conversationId: id, kind: 'read', seq: 1 }, 1), InvalidRecordError);
      await assert.rejects(store.conversationsOf('u1', '', 0), InvalidRecordError);
      await assert.rejects(store.byClientId(id, 'alice', 'has space'), InvalidRecordError);
      // Nothing reached the tables: no message, no client-id hint, no bucket marker.
      const db = adminClient();
      const q = (cql: string, params: unknown[]) => db.execute(cql, params, { prepare: true });
      assert.equal((await q(`SELECT seq FROM ${keyspace}.messages WHERE conversation_id = ? AND bucket = 0`, [id])).rowLength, 0);
      assert.equal((await q(`SELECT seq FROM ${keyspace}.message_client_ids WHERE conversation_id = ? AND sender_id = ? AND client_id = ?`, [id, 'alice', 'k1'])).rowLength, 0);
      assert.equal((await q(`SELECT last_bucket FROM ${keyspace}.conversation_state WHERE conversation_id = ?`, [id])).rowLength, 0);
    });

    it('keeps the highest cursor when writes arrive out of order', async () => {
      const id = conv();
      const cur = { userId: 'u1', deviceId: `d${n}`, conversationId: id, kind: 'read' as const, seq: 0 };
      const order = [7, 3, 12, 1, 12, 9, 0];
      await Promise.all(order.map((seq, i) => store.advanceCursor({ ...cur, seq }, 1000 + i)));
      assert.deepEqual(await store.advanceCursor({ ...cur, seq: 2 }, 2000), { device: 12, member: 12, memberMoved: false });
      assert.deepEqual((await store.cursors('u1', cur.deviceId)).map((c) => c.seq), [12]);
      assert.deepEqual(await store.memberCursors(id), [{ userId: 'u1', delivered: 12, read: 12 }]);
    });

    it('reports an unreachable cluster as StoreUnavailableError', async () => {
      const dead = new ScyllaStore({ ...options, contactPoints: ['127.0.0.1:1'], connectTimeoutMs: 1000 });
      try {
        await assert.rejects(dead.ping(), StoreUnavailableError);
        await assert.rejects(dead.lastSeq('c1'), StoreUnavailableError);
      } finally {
        await dead.close();
      }
    });

    it('applies edits and deletes across buckets and within one batch, each cell written once', async () => {
      const id = conv();
      await store.append(run(1, 600, id));
      await store.append(run(601, BUCKET_SIZE + 5, id));
      await store.react({ conversationId: id, seq: 3, userId: 'bob', emoji: '👍' }, true);
      const e = BUCKET_SIZE + 6;
      // One batch: a text, an edit of it, an edit of a message in bucket 0, then the deletion of that one.
      await store.append([
        msg(id, e, { text: 'fresh' }),
        msg(id, e + 1, { kind: 'edit', refSeq: e, text: 'fresh, edited', clientId: 'x1' }),
        msg(id, e + 2, { kind: 'edit', refSeq: 3, text: 'three, edited', clientId: 'x2' }),
        msg(id, e + 3, { kind: 'delete', refSeq: 3, text: '', clientId: 'x3' }),
      ]);
      const rows = new Map((await store.range(id, { afterSeq: e - 1, limit: 10 })).map((r) => [r.seq, r]));
      assert.deepEqual([rows.get(e)?.text, rows.get(e)?.editedAt, rows.get(e)?.deleted], ['fresh, edited', 1_700_000_000_000 + e + 1, false]);
      assert.deepEqual([rows.get(e + 2)?.kind, rows.get(e + 2)?.text, rows.get(e + 2)?.deleted], ['edit', '', true], 'the edit of a deleted message is erased');
      assert.deepEqual([rows.get(e + 3)?.kind, rows.get(e + 3)?.refSeq], ['delete', 3]);
      const [three] = await store.range(id, { afterSeq: 2, limit: 1 });
      assert.deepEqual([three?.text, three?.deleted], ['', true]);
      assert.equal((await store.reactions(id, [3], 'bob')).size, 0);
      // An edit of a deleted message changes nothing, as in the embedded store.
      await store.append([msg(id, e + 4, { kind: 'edit', refSeq: 3, text: 'back?', clientId: 'x4' })]);
      assert.equal((await store.range(id, { afterSeq: 2, limit: 1 }))[0]?.text, '');
      // Unread: every text from alice but the deleted one, across both buckets and pages.
      assert.equal(await store.unreadCount(id, 'bob', 0, 5000), e - 1);
      assert.equal(await store.unreadCount(id, 'alice', 0, 5000), 0);
      assert.equal((await store.lastText(id))?.seq, e);
    });

    it('pages an inbox of more conversations than one IN query holds', async () => {
      const user = `inbox${n}x${process.pid}`;
      const ids: string[] = [];
      for (let i = 0; i < 105; i++) {
        const id = conv();
        ids.push(id);
        await store.createConversation(
          { id, kind: 'group', title: 't', createdBy: user, createdAt: 10_000 + i, lastActivity: 10_000 + i },
          [{ userId: user, role: 'owner', joinedAt: 1, leftSeq: 0 }],
        );
      }
      await store.append([msg(ids[7]!, 1, { sentAt: 50_000 })]);
      const seen: string[] = [];
      for (let position = null as null | { conversationId: string; lastActivity: number }; ; ) {
        const page = await store.conversationsByActivity(user, position, 40);
        seen.push(...page.map((p) => p.conversationId));
        if (page.length < 40) break;
        position = page[page.length - 1]!;
      }
      assert.equal(seen.length, 105);
      assert.equal(seen[0], ids[7], 'the conversation with the newest entry comes first');
      assert.deepEqual(seen.slice(1), ids.filter((_, i) => i !== 7).reverse(), 'then by creation time, newest first');
      assert.equal((await store.getConversation(ids[7]!))?.lastActivity, 50_000);
    });

    it('upgrades a keyspace of schema 1, reads its rows with the defaults of schema 2 and fences them after a claim', async () => {
      const old = `${keyspace}_v1`;
      const db = adminClient();
      const v1 = MIGRATIONS.find((m) => m.version === 1)!;
      await db.execute(`CREATE KEYSPACE ${old} WITH replication = {'class': 'SimpleStrategy', 'replication_factor': '1'}`);
      try {
        await db.execute(schemaTableStatement(old));
        for (const st of v1.statements(old)) await db.execute(st);
        await db.execute(`INSERT INTO ${old}.schema_migrations (version, description, applied_at) VALUES (1, 'v1', toTimestamp(now()))`);
        const q = (cql: string, params: unknown[]) => db.execute(cql, params, { prepare: true });
        await q(`INSERT INTO ${old}.conversations (id, kind, title, created_by, created_at) VALUES (?, 'group', 'old', 'alice', 42)`, ['c1']);
        await q(`INSERT INTO ${old}.conversations (id, user_id, role, joined_at) VALUES (?, 'alice', 'owner', 42)`, ['c1']);
        await q(`INSERT INTO ${old}.conversations_by_user (user_id, conversation_id) VALUES ('alice', ?)`, ['c1']);
        await q(
          `INSERT INTO ${old}.messages (conversation_id, bucket, seq, sender_id, sender_device, client_id, sent_at, text) VALUES (?, 0, 1, 'alice', 'p', 'k1', 43, 'hello')`,
          ['c1'],
        );
        await assert.rejects(ScyllaStore.open({ ...options, keyspace: old }), (err: unknown) => err instanceof ScyllaSchemaError && err.needsMigration);
        const r = await migrate(db, { keyspace: old, replication: { class: 'SimpleStrategy', replicationFactor: 1 } });
        assert.deepEqual([r.from, r.to, r.applied], [1, SCHEMA_VERSION, MIGRATIONS.filter((m) => m.version > 1).map((m) => m.version)]);
        const again = await migrate(db, { keyspace: old, replication: { class: 'SimpleStrategy', replicationFactor: 1 } });
        assert.deepEqual(again.applied, []);
        const upgraded = await ScyllaStore.open({ ...options, keyspace: old });
        try {
          const [m] = await upgraded.range('c1', { afterSeq: 0, limit: 10 });
          assert.deepEqual([m?.text, m?.kind, m?.refSeq, m?.editedAt, m?.deleted, m?.meta], ['hello', 'text', 0, 0, false, '']);
          assert.deepEqual(await upgraded.members('c1'), [{ userId: 'alice', role: 'owner', joinedAt: 42, leftSeq: 0 }]);
          assert.equal((await upgraded.getConversation('c1'))?.lastActivity, 42, 'no activity recorded yet: the creation time');
          await upgraded.append([msg('c1', 2, { sentAt: 99 })]);
          assert.deepEqual(await upgraded.conversationsByActivity('alice', null, 10), [{ conversationId: 'c1', lastActivity: 99 }]);
          // Partitions written before owner epochs have none; the first claim gives them one.
          const a = await upgraded.claimOwner('c1', 'n1');
          await upgraded.append([msg('c1', 3)], { epoch: a });
          await assert.rejects(upgraded.append([msg('c1', 3)], { epoch: a }), SeqConflictError);
          await upgraded.claimOwner('c1', 'n2');
          await assert.rejects(upgraded.append([msg('c1', 4)], { epoch: a }), FencedError);
          assert.equal(await upgraded.lastSeq('c1'), 3);
        } finally {
          await upgraded.close();
        }
      } finally {
        await db.execute(`DROP KEYSPACE IF EXISTS ${old}`);
      }
    });

    it('classifies server answers: overload and timeouts retryable, bad requests not', () => {
      const { ResponseError, OperationTimedOutError, NoHostAvailableError } = cassandra.errors;
      const codes = cassandra.types.responseErrorCodes;
      for (const code of [codes.unavailableException, codes.overloaded, codes.readTimeout, codes.writeTimeout, codes.isBootstrapping]) {
        assert.equal(isRetryableDriverError(new ResponseError(code, 'x')), true, `code ${code}`);
      }
      for (const code of [codes.syntaxError, codes.invalid, codes.unauthorized, codes.serverError]) {
        assert.equal(isRetryableDriverError(new ResponseError(code, 'x')), false, `code ${code}`);
      }
      assert.equal(isRetryableDriverError(new OperationTimedOutError('slow', '127.0.0.1:9042')), true);
      assert.equal(isRetryableDriverError(new NoHostAvailableError({})), true);
      assert.equal(isRetryableDriverError(Object.assign(new Error('reset'), { code: 'ECONNRESET' })), true);
      assert.equal(isRetryableDriverError(new TypeError('bug')), false);
    });
  });
}
