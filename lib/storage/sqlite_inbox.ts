/** The inbox queries on SQLite: a user's conversations by last activity, unread counts and the newest text. */
import type Database from 'better-sqlite3';
import { type MessageRow, sqliteCall, toMessage } from './sqlite_rows.js';
import type { ActivityPosition, Inbox, MessageRecord } from './store.js';
import { checkKey } from './validate.js';

export class SqliteInbox implements Inbox {
  private readonly stmt;

  constructor(db: Database.Database) {
    this.stmt = {
      byActivity: db.prepare<[string, number, number, number, string, number], { id: string; last_activity: number }>(
        `SELECT c.id, c.last_activity FROM members m JOIN conversations c ON c.id = m.conversation_id
         WHERE m.user_id = ? AND m.left_seq = 0 AND (? = 0 OR c.last_activity < ? OR (c.last_activity = ? AND c.id < ?))
         ORDER BY c.last_activity DESC, c.id DESC LIMIT ?`,
      ),
      unread: db.prepare<[string, number, string, number], { n: number }>(
        `SELECT COUNT(*) AS n FROM (SELECT 1 FROM messages WHERE conversation_id = ? AND seq > ? AND kind = 'text'
         AND deleted = 0 AND sender_id != ? LIMIT ?)`,
      ),
      lastText: db.prepare<[string], MessageRow>("SELECT * FROM messages WHERE conversation_id = ? AND kind = 'text' ORDER BY seq DESC LIMIT 1"),
    };
  }

  async conversationsByActivity(userId: string, before: ActivityPosition | null, limit: number): Promise<ActivityPosition[]> {
    checkKey('user id', userId);
    const t = before?.lastActivity ?? 0;
    const rows = sqliteCall(() => this.stmt.byActivity.all(userId, t, t, t, before?.conversationId ?? '', limit));
    return rows.map((r) => ({ conversationId: r.id, lastActivity: r.last_activity }));
  }

  async unreadCount(conversationId: string, userId: string, afterSeq: number, cap: number): Promise<number> {
    checkKey('conversation id', conversationId);
    return sqliteCall(() => this.stmt.unread.get(conversationId, afterSeq, userId, cap))?.n ?? 0;
  }

  async lastText(conversationId: string): Promise<MessageRecord | undefined> {
    checkKey('conversation id', conversationId);
    const row = sqliteCall(() => this.stmt.lastText.get(conversationId));
    return row === undefined ? undefined : toMessage(row);
  }
}
