/**
 * ScyllaStore against a real Cassandra 5.0 node (same CQL as ScyllaDB), started by
 * scripts/cassandra/start.sh. CHORUS_CASSANDRA=host:port names it; without it these tests fail.
 * Every run works in a fresh keyspace and drops it at the end.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it, test } from 'node:test';
import cassandra from 'cassandra-driver';
import type { Client } from 'cassandra-driver';
import { InvalidRecordError, SeqConflictError, StoreLimits, StoreUnavailableError } from '../../lib/storage/mod.js';
import type { MessageRecord } from '../../lib/storage/mod.js';
import { migrate } from '../../lib/storage/scylla_migrate.js';
import { BUCKET_SIZE, ScyllaSchemaError } from '../../lib/storage/scylla_schema.js';
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
      await assert.rejects(store.advanceCursor({ userId: 'u 1', deviceId: 'd', conversationId: id, kind: 'read', seq: 1 }), InvalidRecordError);
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
      await Promise.all(order.map((seq) => store.advanceCursor({ ...cur, seq })));
      assert.equal(await store.advanceCursor({ ...cur, seq: 2 }), 12);
      assert.deepEqual((await store.cursors('u1', cur.deviceId)).map((c) => c.seq), [12]);
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
