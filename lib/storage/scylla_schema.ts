/**
 * The ScyllaDB schema of the Chorus store: table definitions (applied by scylla_migrate.ts), the CQL
 * of every statement ScyllaStore prepares, and the message bucketing. docs/storage.md explains why
 * each table exists and how big its partitions get.
 *
 * Only CQL that ScyllaDB accepts: no SASI/SAI indexes, no ALLOW FILTERING, no materialized views,
 * no Cassandra-5-only options. Tests run it against Apache Cassandra 5.0, which speaks the same CQL.
 */

import { PUSH_MIGRATION } from './scylla_push_schema.js';

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
  /**
   * Columns added to existing tables. migrate() adds only those the table lacks (CQL has no
   * portable ADD IF NOT EXISTS), so a migration cut short can run again.
   */
  columns?: ReadonlyArray<{ table: string; name: string; type: string }>;
  /** Each statement is idempotent (IF NOT EXISTS), so a migration cut short can run again. */
  statements(keyspace: string): string[];
  /** After the statements, copy the log and owner epochs into the tables of schema 4 (scylla_migrate.ts). */
  copiesLog?: boolean;
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
  {
    version: 2,
    description: 'conversation features: entry kinds, membership over time, activity, member cursors, reactions, last seen',
    columns: [
      // An entry's kind and, for EDIT/DELETE, its target; a TEXT entry's current state; the edits
      // made to it (so that deleting it can erase them without scanning the log).
      { table: 'messages', name: 'kind', type: 'text' },
      { table: 'messages', name: 'ref_seq', type: 'bigint' },
      { table: 'messages', name: 'edited_at', type: 'bigint' },
      { table: 'messages', name: 'deleted', type: 'boolean' },
      { table: 'messages', name: 'meta', type: 'text' },
      { table: 'messages', name: 'edit_seqs', type: 'set<bigint>' },
      // Seq of the MEMBERS entry that removed a member (0 or null: a member), on both membership tables.
      { table: 'conversations', name: 'left_seq', type: 'bigint' },
      { table: 'conversations_by_user', name: 'left_seq', type: 'bigint' },
      // Written USING TIMESTAMP <value in ms>, so the highest value wins: time of the newest entry,
      // time a member cursor last moved.
      { table: 'conversation_state', name: 'last_activity', type: 'bigint' },
      { table: 'conversation_state', name: 'receipts_at', type: 'bigint' },
    ],
    statements: (ks) => [
      // Per conversation, each member's delivered/read position over all their devices, written
      // USING TIMESTAMP <seq> like device cursors. One partition per conversation: a group's size.
      `CREATE TABLE IF NOT EXISTS ${ks}.member_cursors (
         conversation_id text,
         user_id text,
         kind text,
         seq bigint,
         PRIMARY KEY (conversation_id, user_id, kind)
       )`,
      // One row per (message, emoji, user), partitioned like the messages they belong to, so that a
      // page of history needs one slice per bucket and deleting a message drops its rows at once.
      `CREATE TABLE IF NOT EXISTS ${ks}.reactions (
         conversation_id text,
         bucket bigint,
         seq bigint,
         emoji text,
         user_id text,
         PRIMARY KEY ((conversation_id, bucket), seq, emoji, user_id)
       )`,
      // Written USING TIMESTAMP <at>, so a late write of an older time changes nothing.
      `CREATE TABLE IF NOT EXISTS ${ks}.last_seen (
         user_id text PRIMARY KEY,
         at bigint
       )`,
    ],
  },
  {
    version: 3,
    description: 'owner epochs: conversation_owners, messages.owner_epoch and the pending-effects marker',
    columns: [
      // The epoch a fenced append must match, per log partition (docs/storage.md, "Owner epochs").
      // Only raised, always by a lightweight transaction.
      { table: 'messages', name: 'owner_epoch', type: 'bigint static' },
      // The partition's newest fenced append with effects on other partitions (its seqs and the write
      // timestamp of those effects, which follow the entries): the next claim re-applies them if
      // they are the log's tail.
      { table: 'messages', name: 'effects_from', type: 'bigint static' },
      { table: 'messages', name: 'effects_to', type: 'bigint static' },
      { table: 'messages', name: 'effects_at', type: 'bigint static' },
    ],
    statements: (ks) => [
      // One row per conversation ever claimed; epoch advances by one per claim, by compare-and-set.
      `CREATE TABLE IF NOT EXISTS ${ks}.conversation_owners (
         conversation_id text PRIMARY KEY,
         epoch bigint,
         owner_id text,
         claimed_at timestamp
       )`,
    ],
  },
  {
    version: 4,
    description: 'appends without Paxos: entries keyed by (seq, epoch), conversation_claims with the start of each epoch; copies messages and owner epochs',
    copiesLog: true,
    statements: (ks) => [
      // The log from schema 4 on (docs/storage.md, "Owner epochs"). A row per (seq, epoch): a stale
      // owner's plain write can never overwrite a newer owner's row, and readers keep per seq only the
      // row of the epoch that owns that seq (the newest claim whose start is at or below it).
      // effects_from/effects_at: set on the rows of a fenced append with effects on other rows, so
      // that the next claim can write them again if the writer stopped before them.
      `CREATE TABLE IF NOT EXISTS ${ks}.log_entries (
         conversation_id text,
         bucket bigint,
         seq bigint,
         epoch bigint,
         sender_id text,
         sender_device text,
         client_id text,
         sent_at bigint,
         text text,
         kind text,
         ref_seq bigint,
         edited_at bigint,
         deleted boolean,
         meta text,
         edit_seqs set<bigint>,
         effects_from bigint,
         effects_at bigint,
         PRIMARY KEY ((conversation_id, bucket), seq, epoch)
       ) WITH CLUSTERING ORDER BY (seq ASC, epoch DESC)`,
      // current_epoch (static) advances by compare-and-set per claim; each claim that completes adds
      // its row with the seq its epoch starts at, written by compare-and-set on current_epoch, so the
      // recorded claims are ordered like their epochs. Newest first: readers need the latest few.
      `CREATE TABLE IF NOT EXISTS ${ks}.conversation_claims (
         conversation_id text,
         epoch bigint,
         current_epoch bigint STATIC,
         owner_id text STATIC,
         claimed_at timestamp STATIC,
         start bigint,
         PRIMARY KEY (conversation_id, epoch)
       ) WITH CLUSTERING ORDER BY (epoch DESC)`,
    ],
  },
  PUSH_MIGRATION,
  {
    version: 6,
    description: 'MLS key packages: one-time and last-resort packages per device (scylla_key_packages.ts)',
    statements: (ks) => [
      // One partition per (user, suite): a claim reads every device's packages in one slice and
      // takes one per device with a conditional delete.
      `CREATE TABLE IF NOT EXISTS ${ks}.key_packages (
         user_id text,
         suite int,
         device_id text,
         package_id text,
         data blob,
         PRIMARY KEY ((user_id, suite), device_id, package_id)
       )`,
      `CREATE TABLE IF NOT EXISTS ${ks}.last_resort_key_packages (
         user_id text,
         suite int,
         device_id text,
         package_id text,
         data blob,
         PRIMARY KEY ((user_id, suite), device_id)
       )`,
    ],
  },
  {
    version: 7,
    description: 'the home region of a conversation (docs/regions.md)',
    // Static: one value per conversation, written by the conditional create with its attributes.
    columns: [{ table: 'conversations', name: 'home_region', type: 'text static' }],
    statements: () => [],
  },
  {
    version: 8,
    description: 'region leases and the failover fence (docs/regions.md, scylla_region_lease.ts)',
    // Renewal cells written by a region's nodes, fence cells only by `chorus region`: never the same cell.
    statements: (ks) => [
      `CREATE TABLE IF NOT EXISTS ${ks}.region_leases (
         region text PRIMARY KEY,
         renewed_at bigint, period_ms bigint, holder text,
         generation bigint, fenced_by text, solo boolean
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
  constructor(
    message: string,
    /** The keyspace's schema version (0: missing or never migrated) and the one this build needs. */
    readonly found: number,
    readonly needed: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }

  /** Running the migration fixes it: the keyspace is missing or older than this build. */
  get needsMigration(): boolean {
    return this.found < this.needed;
  }
}

const ENTRY_COLUMNS =
  'conversation_id, seq, epoch, sender_id, sender_device, client_id, sent_at, text, kind, ref_seq, edited_at, deleted, meta, edit_seqs, effects_from, effects_at';

/** The statements ScyllaStore prepares, with fully qualified table names. */
export function storeStatements(ks: string) {
  checkKeyspace(ks);
  return {
    createConversation: `INSERT INTO ${ks}.conversations (id, kind, title, created_by, created_at, home_region) VALUES (?, ?, ?, ?, ?, ?) IF NOT EXISTS`,
    insertMember: `INSERT INTO ${ks}.conversations (id, user_id, role, joined_at) VALUES (?, ?, ?, ?)`,
    getConversation: `SELECT kind, title, created_by, created_at, home_region FROM ${ks}.conversations WHERE id = ? LIMIT 1`,
    members: `SELECT user_id, role, joined_at, left_seq FROM ${ks}.conversations WHERE id = ?`,
    member: `SELECT user_id, role, joined_at, left_seq FROM ${ks}.conversations WHERE id = ? AND user_id = ?`,
    insertUserConversation: `INSERT INTO ${ks}.conversations_by_user (user_id, conversation_id) VALUES (?, ?)`,
    conversationsOf: `SELECT conversation_id FROM ${ks}.conversations_by_user WHERE user_id = ? AND conversation_id > ? LIMIT ?`,
    memberships: `SELECT conversation_id, left_seq FROM ${ks}.conversations_by_user WHERE user_id = ?`,
    // Effects of MEMBERS and RENAME entries; unset values leave a column as it is.
    updateMember: `UPDATE ${ks}.conversations SET role = ?, joined_at = ?, left_seq = ? WHERE id = ? AND user_id = ?`,
    updateMembership: `UPDATE ${ks}.conversations_by_user SET left_seq = ? WHERE user_id = ? AND conversation_id = ?`,
    rename: `UPDATE ${ks}.conversations SET title = ? WHERE id = ?`,

    // The log (schema 4): one row per (seq, epoch); scylla_log.ts keeps the visible one per seq.
    insertEntry: `INSERT INTO ${ks}.log_entries (conversation_id, bucket, seq, epoch, sender_id, sender_device, client_id, sent_at, text, kind, ref_seq, edited_at, deleted, meta, edit_seqs, effects_from, effects_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    // Effects of EDIT and DELETE entries on stored rows; unset values leave a column as it is.
    updateEntry: `UPDATE ${ks}.log_entries SET text = ?, edited_at = ?, deleted = ?, meta = ?, edit_seqs = edit_seqs + ? WHERE conversation_id = ? AND bucket = ? AND seq = ? AND epoch = ?`,
    rowsAt: `SELECT ${ENTRY_COLUMNS} FROM ${ks}.log_entries WHERE conversation_id = ? AND bucket = ? AND seq = ?`,
    seqTaken: `SELECT seq FROM ${ks}.log_entries WHERE conversation_id = ? AND bucket = ? AND seq >= ? AND seq <= ? LIMIT 1`,
    after: `SELECT ${ENTRY_COLUMNS} FROM ${ks}.log_entries WHERE conversation_id = ? AND bucket = ? AND seq > ? LIMIT ?`,
    before: `SELECT ${ENTRY_COLUMNS} FROM ${ks}.log_entries WHERE conversation_id = ? AND bucket = ? AND seq < ? ORDER BY seq DESC LIMIT ?`,
    // Owner epochs (scylla_fence.ts). The claim's compare-and-sets; plain reads otherwise.
    owner: `SELECT current_epoch, owner_id FROM ${ks}.conversation_claims WHERE conversation_id = ? LIMIT 1`,
    claimOf: `SELECT current_epoch, start FROM ${ks}.conversation_claims WHERE conversation_id = ? AND epoch = ?`,
    claims: `SELECT epoch, start FROM ${ks}.conversation_claims WHERE conversation_id = ? LIMIT ?`,
    claimsBelow: `SELECT epoch, start FROM ${ks}.conversation_claims WHERE conversation_id = ? AND epoch < ? LIMIT ?`,
    claimFirst: `INSERT INTO ${ks}.conversation_claims (conversation_id, current_epoch, owner_id, claimed_at) VALUES (?, ?, ?, toTimestamp(now())) IF NOT EXISTS`,
    claimNext: `UPDATE ${ks}.conversation_claims SET current_epoch = ?, owner_id = ?, claimed_at = toTimestamp(now()) WHERE conversation_id = ? IF current_epoch = ?`,
    recordStart: `UPDATE ${ks}.conversation_claims SET start = ? WHERE conversation_id = ? AND epoch = ? IF current_epoch = ?`,
    // Effects a fenced append writes after its entries, with a timestamp fixed before them (scylla_effects.ts).
    updateEntryAt: `UPDATE ${ks}.log_entries USING TIMESTAMP ? SET text = ?, edited_at = ?, deleted = ?, meta = ?, edit_seqs = edit_seqs + ? WHERE conversation_id = ? AND bucket = ? AND seq = ? AND epoch = ?`,
    dropReactionsAt: `DELETE FROM ${ks}.reactions USING TIMESTAMP ? WHERE conversation_id = ? AND bucket = ? AND seq = ?`,
    updateMemberAt: `UPDATE ${ks}.conversations USING TIMESTAMP ? SET role = ?, joined_at = ?, left_seq = ? WHERE id = ? AND user_id = ?`,
    updateMembershipAt: `UPDATE ${ks}.conversations_by_user USING TIMESTAMP ? SET left_seq = ? WHERE user_id = ? AND conversation_id = ?`,
    renameAt: `UPDATE ${ks}.conversations USING TIMESTAMP ? SET title = ? WHERE id = ?`,
    insertClientId: `INSERT INTO ${ks}.message_client_ids (conversation_id, sender_id, client_id, seq) VALUES (?, ?, ?, ?)`,
    clientIdSeqs: `SELECT seq FROM ${ks}.message_client_ids WHERE conversation_id = ? AND sender_id = ? AND client_id = ?`,
    markBucket: `UPDATE ${ks}.conversation_state USING TIMESTAMP ? SET last_bucket = ? WHERE conversation_id = ?`,
    lastBucket: `SELECT last_bucket FROM ${ks}.conversation_state WHERE conversation_id = ?`,
    touch: `UPDATE ${ks}.conversation_state USING TIMESTAMP ? SET last_activity = ? WHERE conversation_id = ?`,
    activity: `SELECT conversation_id, last_activity FROM ${ks}.conversation_state WHERE conversation_id IN ?`,
    lastActivity: `SELECT last_activity FROM ${ks}.conversation_state WHERE conversation_id = ?`,
    markReceipts: `UPDATE ${ks}.conversation_state USING TIMESTAMP ? SET receipts_at = ? WHERE conversation_id = ?`,
    receiptsAt: `SELECT receipts_at FROM ${ks}.conversation_state WHERE conversation_id = ?`,

    addReaction: `INSERT INTO ${ks}.reactions (conversation_id, bucket, seq, emoji, user_id) VALUES (?, ?, ?, ?, ?)`,
    removeReaction: `DELETE FROM ${ks}.reactions WHERE conversation_id = ? AND bucket = ? AND seq = ? AND emoji = ? AND user_id = ?`,
    dropReactions: `DELETE FROM ${ks}.reactions WHERE conversation_id = ? AND bucket = ? AND seq = ?`,
    reactionsIn: `SELECT seq, emoji, user_id FROM ${ks}.reactions WHERE conversation_id = ? AND bucket = ? AND seq IN ?`,

    advanceMemberCursor: `UPDATE ${ks}.member_cursors USING TIMESTAMP ? SET seq = ? WHERE conversation_id = ? AND user_id = ? AND kind = ?`,
    memberCursor: `SELECT seq FROM ${ks}.member_cursors WHERE conversation_id = ? AND user_id = ? AND kind = ?`,
    memberCursors: `SELECT user_id, kind, seq FROM ${ks}.member_cursors WHERE conversation_id = ?`,

    setLastSeen: `UPDATE ${ks}.last_seen USING TIMESTAMP ? SET at = ? WHERE user_id = ?`,
    lastSeen: `SELECT user_id, at FROM ${ks}.last_seen WHERE user_id IN ?`,

    advanceCursor: `UPDATE ${ks}.cursors USING TIMESTAMP ? SET seq = ? WHERE user_id = ? AND device_id = ? AND conversation_id = ? AND kind = ?`,
    getCursor: `SELECT seq FROM ${ks}.cursors WHERE user_id = ? AND device_id = ? AND conversation_id = ? AND kind = ?`,
    cursors: `SELECT conversation_id, kind, seq FROM ${ks}.cursors WHERE user_id = ? AND device_id = ?`,

    ping: 'SELECT release_version FROM system.local',
    schemaVersions: `SELECT version FROM ${ks}.schema_migrations`,
  } as const;
}

export type StoreStatements = ReturnType<typeof storeStatements>;
