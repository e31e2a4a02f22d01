import { checkKeyspace } from '../storage/scylla_schema.js';

/** The CQL the push stores prepare, on the tables of lib/storage/scylla_push_schema.ts. */
export function pushStatements(ks: string) {
  checkKeyspace(ks);
  return {
    devices: `SELECT device_id, address, target, registered_at FROM ${ks}.push_devices WHERE user_id = ?`,
    device: `SELECT address, registered_at FROM ${ks}.push_devices WHERE user_id = ? AND device_id = ?`,
    // Write timestamps are the registration time (µs), so a removal written with an older
    // registration's time can never remove a newer one, without lightweight transactions.
    putDevice: `INSERT INTO ${ks}.push_devices (user_id, device_id, address, target, registered_at) VALUES (?, ?, ?, ?, ?) USING TIMESTAMP ?`,
    removeDevice: `DELETE FROM ${ks}.push_devices USING TIMESTAMP ? WHERE user_id = ? AND device_id = ?`,
    targetOwner: `SELECT user_id, device_id FROM ${ks}.push_targets WHERE address = ?`,
    putTarget: `INSERT INTO ${ks}.push_targets (address, user_id, device_id) VALUES (?, ?, ?) USING TIMESTAMP ?`,
    removeTarget: `DELETE FROM ${ks}.push_targets USING TIMESTAMP ? WHERE address = ?`,

    mute: `INSERT INTO ${ks}.push_prefs (user_id, conversation_id, muted_until) VALUES (?, ?, ?)`,
    unmute: `DELETE FROM ${ks}.push_prefs WHERE user_id = ? AND conversation_id = ?`,
    muted: `SELECT muted_until FROM ${ks}.push_prefs WHERE user_id = ? AND conversation_id IN (?, ?)`,

    setUnread: `INSERT INTO ${ks}.push_unread (user_id, conversation_id, unread) VALUES (?, ?, ?)`,
    unread: `SELECT conversation_id, unread FROM ${ks}.push_unread WHERE user_id = ?`,

    journal: `INSERT INTO ${ks}.push_outbox (owner, bucket, key, entry) VALUES (?, ?, ?, ?)`,
    journalBucket: `SELECT key, entry FROM ${ks}.push_outbox WHERE owner = ? AND bucket = ?`,
    owners: `SELECT owner, epoch, holder, open, low_bucket FROM ${ks}.push_outbox_owners WHERE shard = 0`,
    ownerRow: `SELECT owner, epoch, holder, open, low_bucket FROM ${ks}.push_outbox_owners WHERE shard = 0 AND owner = ?`,
    claimFirst: `INSERT INTO ${ks}.push_outbox_owners (shard, owner, epoch, holder, open, low_bucket) VALUES (0, ?, 1, ?, true, ?) IF NOT EXISTS`,
    claimNext: `UPDATE ${ks}.push_outbox_owners SET epoch = ?, holder = ?, open = true WHERE shard = 0 AND owner = ? IF epoch = ?`,
    setLow: `UPDATE ${ks}.push_outbox_owners SET low_bucket = ? WHERE shard = 0 AND owner = ? IF epoch = ?`,
    close: `UPDATE ${ks}.push_outbox_owners SET open = false, holder = '', low_bucket = ? WHERE shard = 0 AND owner = ? IF epoch = ?`,
  } as const;
}

export type PushStatements = ReturnType<typeof pushStatements>;
