import { join } from 'node:path';
import type { ChorusConfig } from './config.js';
import { type KeyPackageDirectory, ScyllaKeyPackages, SqliteKeyPackages } from '../lib/storage/mod.js';

export type ClosableKeyPackages = KeyPackageDirectory & { close(): void | Promise<void> };

/**
 * The MLS key-package directory (docs/e2ee.md) on the configured store: its own tables in the
 * SQLite file, or the keyspace's key_packages tables (schema version 6) with its own driver client.
 */
export async function openKeyPackages(config: ChorusConfig): Promise<ClosableKeyPackages> {
  const s = config.store;
  if (s.kind === 'sqlite') return new SqliteKeyPackages({ path: join(config.dataDir, 'chorus.db'), synchronous: config.sqlite.synchronous });
  return ScyllaKeyPackages.open(s.scylla);
}
