/**
 * The push tables on ScyllaDB (docs/push.md, "Where push state lives"): registrations, mute
 * preferences and unread counts partitioned by user, and the per-node outbox journal. The push
 * stores in lib/push prepare their statements (lib/push/scylla_push_statements.ts); the migration is one entry of MIGRATIONS.
 * Only CQL that ScyllaDB accepts (no secondary indexes, no ALLOW FILTERING, no counters: a
 * retried counter write counts twice).
 */

/** Outbox journal rows live this long (TTL); the outbox keeps no push longer than a day. */
export const PUSH_OUTBOX_RETENTION_SEC = 2 * 24 * 3600;
/** Journal partitions are (owner, bucket): one bucket per 10 minutes of enqueue time. */
export const PUSH_OUTBOX_BUCKET_MS = 10 * 60_000;

/** A Migration (scylla_schema.ts) by shape: importing the type would make an import cycle. */
export const PUSH_MIGRATION = {
  version: 5,
  description: 'push: devices, targets, preferences, unread counts, outbox journal and its owners',
  statements: (ks: string): string[] => [
    // devicesOf(): one partition per user, one row per device.
    `CREATE TABLE IF NOT EXISTS ${ks}.push_devices (
       user_id text,
       device_id text,
       address text,
       target text,
       registered_at bigint,
       PRIMARY KEY (user_id, device_id)
     )`,
    // A target belongs to one device: the row says which, so a new owner removes the old one.
    `CREATE TABLE IF NOT EXISTS ${ks}.push_targets (
       address text PRIMARY KEY,
       user_id text,
       device_id text
     )`,
    `CREATE TABLE IF NOT EXISTS ${ks}.push_prefs (
       user_id text,
       conversation_id text,
       muted_until bigint,
       PRIMARY KEY (user_id, conversation_id)
     )`,
    // Per user, the unread count of each conversation, rewritten (not incremented) when the
    // member's receipts move or a push is planned: the badge is one partition read.
    `CREATE TABLE IF NOT EXISTS ${ks}.push_unread (
       user_id text,
       conversation_id text,
       unread int,
       PRIMARY KEY (user_id, conversation_id)
     )`,
    // The outbox journal: each node's pushes in its own time-bucketed partitions, every row the
    // entry's latest state as JSON. Never deleted: rows expire (TTL), and with time-window
    // compaction whole SSTables drop, so nothing ever reads through tombstones.
    `CREATE TABLE IF NOT EXISTS ${ks}.push_outbox (
       owner text,
       bucket bigint,
       key text,
       entry text,
       PRIMARY KEY ((owner, bucket), key)
     ) WITH default_time_to_live = ${PUSH_OUTBOX_RETENTION_SEC}
       AND compaction = {'class': 'TimeWindowCompactionStrategy', 'compaction_window_unit': 'HOURS', 'compaction_window_size': 6}`,
    // Which node holds each outbox (one small partition: a row per node id that ever queued a
    // push). epoch advances by compare-and-set on every (re)claim; low_bucket bounds the replay.
    `CREATE TABLE IF NOT EXISTS ${ks}.push_outbox_owners (
       shard int,
       owner text,
       epoch bigint,
       holder text,
       open boolean,
       low_bucket bigint,
       PRIMARY KEY (shard, owner)
     )`,
  ],
};
