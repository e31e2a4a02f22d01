/**
 * The ScyllaDB schema of the Chorus store: table definitions (applied by scylla_migrate.ts), the CQL
 * of every statement ScyllaStore prepares, and the message bucketing. docs/storage.md explains why
 * each table exists and how big its partitions get.
 *
 * Only CQL that ScyllaDB accepts: no SASI/SAI indexes, no ALLOW FILTERING, no materialized views,
 * no Cassandra-5-only options. Tests run it against Apache Cassandra 5.0, which speaks the same CQL.
 */

/**
 * Messages of a conversation are partitioned by (conversation_id, bucket), bucket = floor(seq / 1000).
 * 1000 rows are ~300 KB for typical chat text and at most ~66 MB when every text is at the 64 KiB
 * limit; and since a range() page holds at most StoreLimits.maxRangeLimit (1000) messages, a page
 * of a dense log touches at most two partitions.
 */
export const BUCKET_SIZE = 1000;

export function bucketOf(seq: number): number {
  return Math.floor(seq / BUCKET_SIZE);
}

/** Unquoted CQL identifier: it is spliced into statement text, so nothing else may pass. */
const KEYSPACE = /^[a-z][a-z0-9_]{0,47}$/;

export function checkKeyspace(keyspace: string): void {
  if (typeof keyspace !== 'string' || !KEYSPACE.test(keyspace)) {
    throw new TypeError(`keyspace must match ${KEYSPACE} (got ${JSON.stringify(keyspace)})`);
  }
}

export interface Migration {
  version: number;
  description: string;
  /** Each statement is idempotent (IF NOT EXISTS), so a migration cut short can run again. */
  statements(keyspace: string): string[];
}

/** Ordered; never edit a released entry, append a new version instead. */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'conversations, members, messages, client ids, conversation state, cursors',
    statements: (ks) => [
      // One partition per conversation: its attributes as static columns, one row per member. The
      // creation is one conditional batch on this partition, so attributes and members appear together.
      `CREATE TABLE IF NOT EXISTS ${ks}.conversations (
         id text,
         user_id text,
         kind text STATIC,
         title text STATIC,
         created_by text STATIC,
         created_at bigint STATIC,
         role text,
         joined_at bigint,
         PRIMARY KEY (id, user_id)
       )`,
      // conversationsOf(): one partition per user, conversation ids in ascending order.
      `CREATE TABLE IF NOT EXISTS ${ks}.conversations_by_user (
         user_id text,
         conversation_id text,
         PRIMARY KEY (user_id, conversation_id)
       )`,
      // The log. Bounded partitions (see BUCKET_SIZE), rows in seq order.
      `CREATE TABLE IF NOT EXISTS ${ks}.messages (
         conversation_id text,
         bucket bigint,
         seq bigint,
         sender_id text,
         sender_device text,
         client_id text,
         sent_at bigint,
         text text,
         PRIMARY KEY ((conversation_id, bucket), seq)
       ) WITH CLUSTERING ORDER BY (seq ASC)`,
      // byClientId(): (conversation, sender, client id) -> candidate seqs. Written before the
      // message rows, so it may name a seq that never got stored; readers confirm against messages.
      `CREATE TABLE IF NOT EXISTS ${ks}.message_client_ids (
         conversation_id text,
         sender_id text,
         client_id text,
         seq bigint,
         PRIMARY KEY ((conversation_id, sender_id, client_id), seq)
       )`,
      // last_bucket: an upper bound of the conversation's highest message bucket, written with
      // USING TIMESTAMP <bucket> so it can only grow. lastSeq() reads it instead of scanning.
      `CREATE TABLE IF NOT EXISTS ${ks}.conversation_state (
         conversation_id text PRIMARY KEY,
         last_bucket bigint
       )`,
      // Per device: the delivered/read position in each conversation, written with
      // USING TIMESTAMP <seq> so the highest seq wins no matter the order writes arrive in.
      `CREATE TABLE IF NOT EXISTS ${ks}.cursors (
         user_id text,
         device_id text,
         conversation_id text,
         kind text,
         seq bigint,
         PRIMARY KEY ((user_id, device_id), conversation_id, kind)
       )`,
    ],
  },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

/** Which migrations a keyspace has had; written by migrate() after each one completes. */
export function schemaTableStatement(ks: string): string {
  return `CREATE TABLE IF NOT EXISTS ${ks}.schema_migrations (
     version int PRIMARY KEY,
     description text,
     applied_at timestamp
   )`;
}

/** The keyspace is missing, older than this build needs, or newer than it understands. */
export class ScyllaSchemaError extends Error {
  override readonly name = 'ScyllaSchemaError';
  readonly code = 'SCHEMA_MISMATCH';
}

const MESSAGE_COLUMNS = 'conversation_id, seq, sender_id, sender_device, client_id, sent_at, text';

/** The statements ScyllaStore prepares, with fully qualified table names. */
export function storeStatements(ks: string) {
  checkKeyspace(ks);
  return {
    createConversation: `INSERT INTO ${ks}.conversations (id, kind, title, created_by, created_at) VALUES (?, ?, ?, ?, ?) IF NOT EXISTS`,
    insertMember: `INSERT INTO ${ks}.conversations (id, user_id, role, joined_at) VALUES (?, ?, ?, ?)`,
    getConversation: `SELECT kind, title, created_by, created_at FROM ${ks}.conversations WHERE id = ? LIMIT 1`,
    members: `SELECT user_id, role, joined_at FROM ${ks}.conversations WHERE id = ?`,
    insertUserConversation: `INSERT INTO ${ks}.conversations_by_user (user_id, conversation_id) VALUES (?, ?)`,
    conversationsOf: `SELECT conversation_id FROM ${ks}.conversations_by_user WHERE user_id = ? AND conversation_id > ? LIMIT ?`,

    insertMessage: `INSERT INTO ${ks}.messages (conversation_id, bucket, seq, sender_id, sender_device, client_id, sent_at, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    seqTaken: `SELECT seq FROM ${ks}.messages WHERE conversation_id = ? AND bucket = ? AND seq >= ? AND seq <= ? LIMIT 1`,
    message: `SELECT ${MESSAGE_COLUMNS} FROM ${ks}.messages WHERE conversation_id = ? AND bucket = ? AND seq = ?`,
    after: `SELECT ${MESSAGE_COLUMNS} FROM ${ks}.messages WHERE conversation_id = ? AND bucket = ? AND seq > ? ORDER BY seq ASC LIMIT ?`,
    before: `SELECT ${MESSAGE_COLUMNS} FROM ${ks}.messages WHERE conversation_id = ? AND bucket = ? AND seq < ? ORDER BY seq DESC LIMIT ?`,
    insertClientId: `INSERT INTO ${ks}.message_client_ids (conversation_id, sender_id, client_id, seq) VALUES (?, ?, ?, ?)`,
    clientIdSeqs: `SELECT seq FROM ${ks}.message_client_ids WHERE conversation_id = ? AND sender_id = ? AND client_id = ?`,
    markBucket: `UPDATE ${ks}.conversation_state USING TIMESTAMP ? SET last_bucket = ? WHERE conversation_id = ?`,
    lastBucket: `SELECT last_bucket FROM ${ks}.conversation_state WHERE conversation_id = ?`,

    advanceCursor: `UPDATE ${ks}.cursors USING TIMESTAMP ? SET seq = ? WHERE user_id = ? AND device_id = ? AND conversation_id = ? AND kind = ?`,
    getCursor: `SELECT seq FROM ${ks}.cursors WHERE user_id = ? AND device_id = ? AND conversation_id = ? AND kind = ?`,
    cursors: `SELECT conversation_id, kind, seq FROM ${ks}.cursors WHERE user_id = ? AND device_id = ?`,

    ping: 'SELECT release_version FROM system.local',
    schemaVersions: `SELECT version FROM ${ks}.schema_migrations`,
  } as const;
}

export type StoreStatements = ReturnType<typeof storeStatements>;
