import { existsSync, renameSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { PushOutbox } from './outbox.js';
import type { PushPrefsStore } from './prefs.js';
import type { PushTarget } from './provider.js';
import { SqlitePushOutbox } from './sqlite_push_outbox.js';
import { SqlitePushPrefsStore } from './sqlite_push_prefs.js';
import { SqlitePushTokenStore } from './sqlite_push_token_store.js';
import type { PushTokenStore } from './token_store.js';

/** Where the push state of an old push.db goes: the roles of the store (SQLite or ScyllaDB). */
export interface PushImportTarget {
  tokens: PushTokenStore;
  prefs: PushPrefsStore;
  /** Unsent pushes are re-queued here when given; otherwise they stay behind. */
  outbox?: PushOutbox;
}

/**
 * Moves the push state of a data directory written before it lived in the store (push.db, one per
 * node) into the store's roles: registrations, preferences and, with an outbox, unsent pushes.
 * Registering again is idempotent and keeps a newer registration of the same target, so running
 * this on every node of a cluster, in any order, is safe. The old file is then renamed
 * `<name>.imported`, so this runs once. Returns how many rows were moved.
 */
export async function importLegacyPushDb(legacyPath: string, into: PushImportTarget, now: number): Promise<number> {
  if (!existsSync(legacyPath)) return 0;
  // Brings the legacy file's tables to the current version, so the reads below find them.
  for (const s of [new SqlitePushTokenStore({ path: legacyPath }), new SqlitePushPrefsStore({ path: legacyPath }), new SqlitePushOutbox({ path: legacyPath })]) await s.close();
  const db = new Database(legacyPath);
  let moved = 0;
  try {
    const devices = db.prepare('SELECT user_id, device_id, target, registered_at FROM push_devices ORDER BY registered_at').all() as {
      user_id: string;
      device_id: string;
      target: string;
      registered_at: number;
    }[];
    for (const d of devices) {
      const current = (await into.tokens.devicesOf(d.user_id)).find((r) => r.deviceId === d.device_id);
      if (current !== undefined && current.registeredAt >= d.registered_at) continue;
      await into.tokens.register({ userId: d.user_id, deviceId: d.device_id, target: JSON.parse(d.target) as PushTarget, registeredAt: d.registered_at });
      moved++;
    }
    const prefs = db.prepare('SELECT user_id, conversation_id, muted_until FROM push_prefs WHERE muted_until > ?').all(now) as { user_id: string; conversation_id: string; muted_until: number }[];
    for (const p of prefs) {
      await into.prefs.mute(p.user_id, p.conversation_id, p.muted_until);
      moved++;
    }
    if (into.outbox !== undefined) moved += await requeue(db, into.outbox, now);
  } finally {
    db.close();
  }
  renameSync(legacyPath, `${legacyPath}.imported`);
  return moved;
}

async function requeue(db: Database.Database, outbox: PushOutbox, now: number): Promise<number> {
  const keys = db.prepare("SELECT key FROM push_outbox WHERE state NOT IN ('sent', 'dropped') AND expires_at > ? ORDER BY seq").all(now) as { key: string }[];
  const legacy = new SqlitePushOutbox({ database: db });
  let moved = 0;
  for (const { key } of keys) {
    const e = await legacy.get(key);
    if (e === undefined) continue;
    const r = await outbox.enqueue([{ key: e.key, userId: e.userId, deviceId: e.deviceId, target: e.target, notification: e.notification, notBefore: e.notBefore, expiresAt: e.expiresAt }], now);
    moved += r.inserted;
  }
  return moved;
}
