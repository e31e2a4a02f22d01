/**
 * The push state and the outbox on a real Cassandra 5.0 node (same CQL as ScyllaDB):
 * CHORUS_CASSANDRA=host:port names it; without it these tests fail. One fresh keyspace per run.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ScyllaPushOutbox, pushStatements, scyllaPushStores } from '../../lib/push/mod.js';
import { outboxContract } from './outbox_contract.js';
import { migrate } from '../../lib/storage/scylla_migrate.js';
import { createScyllaClient, ScyllaSession, shutdownScyllaClient } from '../../lib/storage/scylla_session.js';
import { systemClock } from '../../lib/time/mod.js';
import { pushStateContract, type PushState } from './state_contract.js';

const contact = process.env['CHORUS_CASSANDRA'] ?? '';
const dc = process.env['CHORUS_CASSANDRA_DC'] ?? 'dc1';
export const keyspace = `chorus_push_${Date.now().toString(36)}_${process.pid}`;

if (!contact) {
  test('the Scylla push stores need a Cassandra node', () => assert.fail('CHORUS_CASSANDRA is not set (see docs/storage.md)'));
} else {
  let migrated: Promise<unknown> | undefined;
  const ready = (): Promise<unknown> =>
    (migrated ??= (async () => {
      const admin = createScyllaClient({ contactPoints: [contact], localDataCenter: dc, consistency: 'LOCAL_ONE', requestTimeoutMs: 60_000 });
      try {
        await migrate(admin, { keyspace, replication: { class: 'SimpleStrategy', replicationFactor: 1 } });
      } finally {
        await shutdownScyllaClient(admin);
      }
    })());
  const open = async (): Promise<PushState> => {
    await ready();
    const session = new ScyllaSession({ contactPoints: [contact], localDataCenter: dc, consistency: 'LOCAL_ONE', requestTimeoutMs: 20_000 });
    await session.connect();
    const s = scyllaPushStores({ session, keyspace, clock: systemClock });
    return { ...s, close: () => session.close() };
  };
  const cleanup = async (): Promise<void> => {
    const admin = createScyllaClient({ contactPoints: [contact], localDataCenter: dc, consistency: 'LOCAL_ONE', requestTimeoutMs: 60_000 });
    try {
      await admin.execute(`DROP KEYSPACE IF EXISTS ${keyspace}`);
    } finally {
      await shutdownScyllaClient(admin);
    }
  };
  pushStateContract('ScyllaDB', { open, reopen: open, cleanup: async () => undefined });

  // Each handle is the outbox of one node id, opened as a holder does after a crash or a takeover.
  const sessions: ScyllaSession[] = [];
  const openOutbox = async (now: number): Promise<ScyllaPushOutbox> => {
    await ready();
    const session = new ScyllaSession({ contactPoints: [contact], localDataCenter: dc, consistency: 'LOCAL_ONE', requestTimeoutMs: 20_000 });
    await session.connect();
    sessions.push(session);
    return ScyllaPushOutbox.open({ session, statements: pushStatements(keyspace), owner: 'node-t', fromBucket: 0, now });
  };
  outboxContract('ScyllaPushOutbox', {
    open: openOutbox,
    reopen: openOutbox,
    cleanup: async () => {
      for (const s of sessions) await s.close();
      await cleanup();
    },
  });
}
