/**
 * Creates or upgrades the Chorus keyspace: replication, tables, and the schema_migrations record of
 * what has been applied. Idempotent: running it again applies nothing new. Run it once per rollout
 * (the `chorus migrate` command, a Kubernetes Job), not from every server: concurrent schema changes
 * from several clients can leave a cluster in schema disagreement.
 */
import type { Client } from 'cassandra-driver';
import { checkKeyspace, MIGRATIONS, ScyllaSchemaError, SCHEMA_VERSION, schemaTableStatement } from './scylla_schema.js';
import { type Row, UNSET } from './scylla_session.js';

/** Production: NetworkTopologyStrategy with a replica count per data centre. Tests: SimpleStrategy, RF 1. */
export type Replication =
  | { class: 'NetworkTopologyStrategy'; dcs: Readonly<Record<string, number>> }
  | { class: 'SimpleStrategy'; replicationFactor: number };

export interface MigrateOptions {
  keyspace: string;
  replication: Replication;
}

export interface MigrateResult {
  /** The keyspace did not exist and was created. */
  created: boolean;
  /** The replication map the keyspace has now, as CQL wants it. */
  replication: Record<string, string>;
  /** Schema version before and after the call. */
  from: number;
  to: number;
  /** Versions applied by this call, in order. */
  applied: number[];
  /** The keyspace existed with other replication settings and was altered: run a full repair. */
  replicationChanged: boolean;
}

/** The replication map as CQL wants it, keys and values as strings. */
export function replicationMap(r: Replication): Record<string, string> {
  if (r.class === 'SimpleStrategy') {
    positive('replicationFactor', r.replicationFactor);
    return { class: 'SimpleStrategy', replication_factor: String(r.replicationFactor) };
  }
  if (r.class !== 'NetworkTopologyStrategy') throw new TypeError(`unknown replication class ${(r as { class: unknown }).class}`);
  const entries = Object.entries(r.dcs);
  if (entries.length === 0) throw new TypeError('NetworkTopologyStrategy needs at least one data centre');
  const map: Record<string, string> = { class: 'NetworkTopologyStrategy' };
  for (const [dc, rf] of entries) {
    if (!/^[A-Za-z0-9_.-]+$/.test(dc)) throw new TypeError(`bad data centre name ${JSON.stringify(dc)}`);
    positive(`replication factor of ${dc}`, rf);
    map[dc] = String(rf);
  }
  return map;
}

function positive(what: string, n: number): void {
  if (!Number.isSafeInteger(n) || n < 1) throw new RangeError(`${what} must be a positive integer`);
}

function cqlMap(map: Record<string, string>): string {
  return `{${Object.entries(map)
    .map(([k, v]) => `'${k}': '${v}'`)
    .join(', ')}}`;
}

/** Compares the classes by their last name segment: the server reports them fully qualified. */
function sameReplication(current: Record<string, string>, wanted: Record<string, string>): boolean {
  const norm = (m: Record<string, string>) =>
    Object.entries(m)
      .map(([k, v]) => [k, k === 'class' ? v.slice(v.lastIndexOf('.') + 1) : v] as const)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => `${k}=${v}`)
      .join(',');
  return norm(current) === norm(wanted);
}

/** Schema changes are sent as plain queries: nothing to gain from preparing a statement run once. */
const DDL = { prepare: false } as const;

export async function migrate(client: Client, options: MigrateOptions): Promise<MigrateResult> {
  const ks = options.keyspace;
  checkKeyspace(ks);
  const wanted = replicationMap(options.replication);

  let replicationChanged = false;
  const existing = await client.execute('SELECT replication FROM system_schema.keyspaces WHERE keyspace_name = ?', [ks], { prepare: true });
  const row = existing.first();
  const created = !row;
  if (!row) {
    await client.execute(`CREATE KEYSPACE IF NOT EXISTS ${ks} WITH replication = ${cqlMap(wanted)} AND durable_writes = true`, [], DDL);
  } else if (!sameReplication(row['replication'] as Record<string, string>, wanted)) {
    // Replication is configuration: follow it. New replicas only get old data from a repair.
    await client.execute(`ALTER KEYSPACE ${ks} WITH replication = ${cqlMap(wanted)}`, [], DDL);
    replicationChanged = true;
  }

  await client.execute(schemaTableStatement(ks), [], DDL);
  const versions = (await client.execute(`SELECT version FROM ${ks}.schema_migrations`, [], { prepare: false })).rows.map((r) =>
    Number(r['version']),
  );
  const from = versions.length === 0 ? 0 : Math.max(...versions);
  if (from > SCHEMA_VERSION) {
    throw new ScyllaSchemaError(`keyspace ${ks} is at schema ${from}, newer than this build's ${SCHEMA_VERSION}`, from, SCHEMA_VERSION);
  }

  const applied: number[] = [];
  for (const m of MIGRATIONS) {
    if (m.version <= from) continue;
    for (const c of m.columns ?? []) {
      const has = await client.execute(
        'SELECT column_name FROM system_schema.columns WHERE keyspace_name = ? AND table_name = ? AND column_name = ?',
        [ks, c.table, c.name],
        { prepare: true },
      );
      if (has.rowLength === 0) await client.execute(`ALTER TABLE ${ks}.${c.table} ADD ${c.name} ${c.type}`, [], DDL);
    }
    for (const statement of m.statements(ks)) await client.execute(statement, [], DDL);
    if (m.copiesLog === true) await copyToEntries(client, ks);
    await client.execute(
      `INSERT INTO ${ks}.schema_migrations (version, description, applied_at) VALUES (?, ?, toTimestamp(now()))`,
      [m.version, m.description],
      { prepare: true },
    );
    applied.push(m.version);
  }
  return { created, replication: wanted, from, to: Math.max(from, SCHEMA_VERSION), applied, replicationChanged };
}

/** Rows per page of the copy of schema 4. */
const COPY_PAGE = 500;

/** Runs `each` over every row of a full-table query, page by page, a page's rows concurrently. */
async function eachRow(client: Client, query: string, each: (row: Row) => Promise<unknown>): Promise<void> {
  let pageState: string | undefined;
  do {
    const rs = await client.execute(query, [], { prepare: true, fetchSize: COPY_PAGE, ...(pageState === undefined ? {} : { pageState }) });
    await Promise.all(rs.rows.map(each));
    pageState = rs.pageState ?? undefined;
  } while (pageState);
}

/**
 * Schema 4 moves the log to `entries` and the owner epochs to `conversation_claims`: copies every
 * stored message as a row of epoch 0 (visible until the conversation's next claim records a start)
 * and every conversation's current epoch, so that epochs keep rising. Idempotent (same rows again).
 * Servers of schema 3 must be stopped first: they would keep writing the old tables.
 */
async function copyToEntries(client: Client, ks: string): Promise<void> {
  const insert = `INSERT INTO ${ks}.log_entries (conversation_id, bucket, seq, epoch, sender_id, sender_device, client_id, sent_at, text, kind, ref_seq, edited_at, deleted, meta, edit_seqs) VALUES (?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;
  const columns = ['conversation_id', 'bucket', 'seq', 'sender_id', 'sender_device', 'client_id', 'sent_at', 'text', 'kind', 'ref_seq', 'edited_at', 'deleted', 'meta', 'edit_seqs'];
  await eachRow(client, `SELECT ${columns.join(', ')} FROM ${ks}.messages`, async (row) => {
    // Partitions that hold only the static owner epoch have no entries.
    if (row['seq'] == null) return;
    await client.execute(insert, columns.map((c) => row[c] ?? UNSET), { prepare: true });
  });
  await eachRow(client, `SELECT conversation_id, epoch, owner_id FROM ${ks}.conversation_owners`, async (row) => {
    if (row['epoch'] == null) return;
    await client.execute(
      `INSERT INTO ${ks}.conversation_claims (conversation_id, current_epoch, owner_id) VALUES (?, ?, ?)`,
      [row['conversation_id'], row['epoch'], row['owner_id'] ?? ''],
      { prepare: true },
    );
  });
}
