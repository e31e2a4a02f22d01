import { ALL_CONVERSATIONS, type PushPrefsStore } from './prefs.js';
import type { SqliteSchema, SqliteSource } from '../storage/sqlite_open.js';
import { SqlitePushStore } from './sqlite_push_store.js';

/** IF NOT EXISTS: files written before this table was versioned have it without a version row. */
const SCHEMA: SqliteSchema = {
  component: 'push_prefs',
  migrations: [
    `CREATE TABLE IF NOT EXISTS push_prefs (
       user_id TEXT NOT NULL, conversation_id TEXT NOT NULL, muted_until INTEGER NOT NULL,
       PRIMARY KEY (user_id, conversation_id)
     ) WITHOUT ROWID`,
  ],
};

/** PushPrefsStore on SQLite: one row per (user, conversation or '*') with its mute deadline. */
export class SqlitePushPrefsStore extends SqlitePushStore implements PushPrefsStore {
  private readonly upsert;
  private readonly remove;
  private readonly read;

  constructor(source: SqliteSource) {
    super(source, SCHEMA, 'push prefs');
    const db = this.db;
    this.upsert = db.prepare(
      'INSERT INTO push_prefs (user_id, conversation_id, muted_until) VALUES (?, ?, ?) ON CONFLICT (user_id, conversation_id) DO UPDATE SET muted_until = excluded.muted_until',
    );
    this.remove = db.prepare('DELETE FROM push_prefs WHERE user_id = ? AND conversation_id = ?');
    this.read = db.prepare<[string, string, string, number], { n: number }>(
      'SELECT COUNT(*) AS n FROM push_prefs WHERE user_id = ? AND conversation_id IN (?, ?) AND muted_until > ?',
    );
  }

  async mute(userId: string, conversationId: string, until: number): Promise<void> {
    if (until <= 0) this.remove.run(userId, conversationId);
    else this.upsert.run(userId, conversationId, until);
  }

  async isMuted(userId: string, conversationId: string, now: number): Promise<boolean> {
    return this.read.get(userId, conversationId, ALL_CONVERSATIONS, now)!.n > 0;
  }

}
