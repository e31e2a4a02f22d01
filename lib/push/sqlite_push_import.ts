import { existsSync, renameSync } from 'node:fs';
import Database from 'better-sqlite3';
import { SqlitePushOutbox } from './sqlite_push_outbox.js';
import { SqlitePushPrefsStore } from './sqlite_push_prefs.js';
import { SqlitePushTokenStore } from './sqlite_push_token_store.js';

/**
 * Moves the push state of a data directory written before it lived beside the messages
 * (push.db) into the store's file: registrations, preferences and unfinished outbox entries,
 * keeping what the target already has. The old file is renamed to `<name>.imported`, so this
 * runs once. Returns how many rows were copied.
 */
export function importLegacyPushDb(legacyPath: string, targetPath: string): number {
  if (!existsSync(legacyPath)) return 0;
  // Creates and migrates the tables on both sides (the legacy file may be at an older version).
  for (const path of [legacyPath, targetPath]) {
    const stores = [new SqlitePushTokenStore({ path }), new SqlitePushPrefsStore({ path }), new SqlitePushOutbox({ path })];
    for (const s of stores) void s.close();
  }
  const db = new Database(targetPath);
  let copied = 0;
  try {
    db.prepare('ATTACH DATABASE ? AS legacy').run(legacyPath);
    db.transaction(() => {
      copied += db.prepare('INSERT OR IGNORE INTO main.push_devices SELECT * FROM legacy.push_devices').run().changes;
      copied += db.prepare('INSERT OR IGNORE INTO main.push_prefs SELECT * FROM legacy.push_prefs').run().changes;
      copied += db.prepare("INSERT OR IGNORE INTO main.push_outbox SELECT * FROM legacy.push_outbox WHERE state NOT IN ('sent', 'dropped')").run().changes;
    }).immediate();
    db.prepare('DETACH DATABASE legacy').run();
  } finally {
    db.close();
  }
  renameSync(legacyPath, `${legacyPath}.imported`);
  return copied;
}
