/**
 * The key-package directory contract on SQLite (always) and on Cassandra (CHORUS_CASSANDRA, a
 * fresh keyspace migrated to the current schema, dropped at the end).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe } from 'node:test';
import { ScyllaKeyPackages, SqliteKeyPackages } from '../../lib/storage/mod.js';
import { migrate } from '../../lib/storage/scylla_migrate.js';
import { createScyllaClient } from '../../lib/storage/scylla_session.js';
import { keyPackageContract } from './key_packages_contract.js';

const dir = mkdtempSync(join(tmpdir(), 'chorus-kp-'));
describe('SQLite key packages', () => {
  after(() => rmSync(dir, { recursive: true, force: true }));
  keyPackageContract('SqliteKeyPackages', { open: async () => new SqliteKeyPackages({ path: join(dir, 'chorus.db'), synchronous: 'NORMAL' }) });
});

const contact = process.env['CHORUS_CASSANDRA'] ?? '';
if (contact !== '') {
  const dc = process.env['CHORUS_CASSANDRA_DC'] ?? 'dc1';
  const keyspace = `chorus_kp_${Date.now().toString(36)}_${process.pid}`;
  const connection = { contactPoints: [contact], localDataCenter: dc, consistency: 'LOCAL_ONE' as const, requestTimeoutMs: 20_000 };
  const admin = createScyllaClient({ ...connection, requestTimeoutMs: 30_000 });
  let migrated: Promise<unknown> | undefined;
  describe('Cassandra key packages', () => {
    after(async () => {
      await admin.execute(`DROP KEYSPACE IF EXISTS ${keyspace}`);
      await admin.shutdown();
    });
    keyPackageContract('ScyllaKeyPackages', {
      open: async () => {
        migrated ??= migrate(admin, { keyspace, replication: { class: 'SimpleStrategy', replicationFactor: 1 } });
        await migrated;
        return ScyllaKeyPackages.open({ ...connection, keyspace });
      },
    });
  });
}
