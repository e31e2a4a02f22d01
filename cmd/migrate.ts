/**
 * `chorus migrate`: creates or upgrades the ScyllaDB keyspace (scylla_migrate.ts) and says what it
 * did, one line per fact. The only part of Chorus that changes the schema; servers only check it.
 */
import { migrate, type MigrateResult } from '../lib/storage/scylla_migrate.js';
import { MIGRATIONS } from '../lib/storage/scylla_schema.js';
import { createScyllaClient, shutdownScyllaClient } from '../lib/storage/scylla_session.js';
import type { MigrateConfig } from './config.js';

/** Runs the migration; `out` receives the report lines. Throws what the cluster answered. */
export async function runMigrate(config: MigrateConfig, out: (line: string) => void): Promise<MigrateResult> {
  const client = createScyllaClient(config.connection);
  try {
    await client.connect();
    const result = await migrate(client, { keyspace: config.keyspace, replication: config.replication });
    for (const line of describe(config.keyspace, result)) out(line);
    return result;
  } finally {
    await shutdownScyllaClient(client);
  }
}

function describe(ks: string, r: MigrateResult): string[] {
  const replication = Object.entries(r.replication)
    .map(([k, v]) => `${k}=${v}`)
    .join(' ');
  const lines: string[] = [];
  if (r.created) lines.push(`keyspace ${ks}: created (${replication})`);
  else if (r.replicationChanged) {
    lines.push(`keyspace ${ks}: replication changed to ${replication}`);
    lines.push(`keyspace ${ks}: run a full repair (nodetool repair -full ${ks}) on every node so existing data reaches the new replicas`);
  } else lines.push(`keyspace ${ks}: exists, replication unchanged (${replication})`);
  for (const v of r.applied) {
    const m = MIGRATIONS.find((x) => x.version === v);
    lines.push(`keyspace ${ks}: applied schema ${v}${m ? ` (${m.description})` : ''}`);
  }
  lines.push(
    r.applied.length === 0
      ? `keyspace ${ks}: schema ${r.to}, up to date, nothing applied`
      : `keyspace ${ks}: schema ${r.from} -> ${r.to}`,
  );
  return lines;
}
