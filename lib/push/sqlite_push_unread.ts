import type { SqliteSchema, SqliteSource } from '../storage/sqlite_open.js';
import { SqlitePushStore } from './sqlite_push_store.js';
import { FRESH_ROW, type UnreadCounter, type UnreadCounts } from './unread.js';

const SCHEMA: SqliteSchema = {
  component: 'push_unread',
  migrations: [
    `CREATE TABLE push_unread (
       user_id TEXT NOT NULL, conversation_id TEXT NOT NULL, unread INTEGER NOT NULL,
       PRIMARY KEY (user_id, conversation_id)
     ) WITHOUT ROWID`,
  ],
};

/** UnreadCounter on SQLite: one row per (user, conversation), beside the message store. */
export class SqliteUnreadCounter extends SqlitePushStore implements UnreadCounter {
  private readonly upsert;
  private readonly rows;

  constructor(source: SqliteSource) {
    super(source, SCHEMA, 'unread counter');
    this.upsert = this.db.prepare<[string, string, number]>(
      'INSERT INTO push_unread (user_id, conversation_id, unread) VALUES (?, ?, ?) ON CONFLICT (user_id, conversation_id) DO UPDATE SET unread = excluded.unread',
    );
    this.rows = this.db.prepare<[string], { conversation_id: string; unread: number }>('SELECT conversation_id, unread FROM push_unread WHERE user_id = ?');
  }

  async set(userId: string, conversationId: string, unread: number): Promise<void> {
    this.run(() => this.upsert.run(userId, conversationId, Math.max(0, Math.trunc(unread))));
  }

  async read(userId: string): Promise<UnreadCounts> {
    const out: UnreadCounts = { fresh: false, byConversation: new Map() };
    for (const r of this.run(() => this.rows.all(userId))) {
      if (r.conversation_id === FRESH_ROW) out.fresh = r.unread === 1;
      else out.byConversation.set(r.conversation_id, r.unread);
    }
    return out;
  }

  async setFresh(userId: string, fresh: boolean): Promise<void> {
    this.run(() => this.upsert.run(userId, FRESH_ROW, fresh ? 1 : 0));
  }
}
