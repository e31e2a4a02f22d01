/**
 * Read positions and presence on SQLite: device cursors, member cursors (the highest over a
 * member's devices), when a conversation's receipts last moved, and when users were last seen.
 */
import type Database from 'better-sqlite3';
import { sqliteCall } from './sqlite_rows.js';
import type { CursorAdvance, CursorKind, CursorRecord, CursorStore, LastSeenStore, MemberCursor } from './store.js';
import { checkCursor, checkKey } from './validate.js';

export class SqliteReceipts implements CursorStore, LastSeenStore {
  private readonly stmt;
  private readonly advanceTx;

  constructor(db: Database.Database) {
    this.stmt = {
      advanceCursor: db.prepare(
        `INSERT INTO cursors (user_id, device_id, conversation_id, kind, seq) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (user_id, device_id, conversation_id, kind) DO UPDATE SET seq = MAX(seq, excluded.seq)`,
      ),
      getCursor: db.prepare<[string, string, string, string], { seq: number }>(
        'SELECT seq FROM cursors WHERE user_id = ? AND device_id = ? AND conversation_id = ? AND kind = ?',
      ),
      cursors: db.prepare<[string, string], { conversation_id: string; kind: CursorKind; seq: number }>(
        'SELECT conversation_id, kind, seq FROM cursors WHERE user_id = ? AND device_id = ? ORDER BY conversation_id, kind',
      ),
      memberCursorGet: db.prepare<[string, string, string], { seq: number }>(
        'SELECT seq FROM member_cursors WHERE conversation_id = ? AND user_id = ? AND kind = ?',
      ),
      memberCursorUp: db.prepare(
        `INSERT INTO member_cursors (conversation_id, user_id, kind, seq, updated_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (conversation_id, user_id, kind) DO UPDATE SET seq = excluded.seq, updated_at = excluded.updated_at
         WHERE excluded.seq > member_cursors.seq`,
      ),
      memberCursors: db.prepare<[string], { user_id: string; kind: CursorKind; seq: number }>(
        'SELECT user_id, kind, seq FROM member_cursors WHERE conversation_id = ?',
      ),
      receiptsAt: db.prepare<[string], { t: number | null }>('SELECT MAX(updated_at) AS t FROM member_cursors WHERE conversation_id = ?'),
      setLastSeen: db.prepare(
        'INSERT INTO last_seen (user_id, at) VALUES (?, ?) ON CONFLICT (user_id) DO UPDATE SET at = MAX(at, excluded.at)',
      ),
      lastSeen: db.prepare<[string], { user_id: string; at: number }>(
        'SELECT user_id, at FROM last_seen WHERE user_id IN (SELECT value FROM json_each(?))',
      ),
    };
    this.advanceTx = db.transaction((c: CursorRecord, at: number): CursorAdvance => {
      const s = this.stmt;
      s.advanceCursor.run(c.userId, c.deviceId, c.conversationId, c.kind, c.seq);
      const device = s.getCursor.get(c.userId, c.deviceId, c.conversationId, c.kind)!.seq;
      const memberMoved = s.memberCursorUp.run(c.conversationId, c.userId, c.kind, device, at).changes === 1;
      const member = s.memberCursorGet.get(c.conversationId, c.userId, c.kind)!.seq;
      return { device, member, memberMoved };
    });
  }

  async advanceCursor(c: CursorRecord, at: number): Promise<CursorAdvance> {
    checkCursor(c);
    return sqliteCall(() => this.advanceTx(c, at));
  }

  async cursors(userId: string, deviceId: string): Promise<CursorRecord[]> {
    return sqliteCall(() => this.stmt.cursors.all(userId, deviceId)).map((r) => ({
      userId,
      deviceId,
      conversationId: r.conversation_id,
      kind: r.kind,
      seq: r.seq,
    }));
  }

  async memberCursors(conversationId: string): Promise<MemberCursor[]> {
    checkKey('conversation id', conversationId);
    const byUser = new Map<string, MemberCursor>();
    for (const r of sqliteCall(() => this.stmt.memberCursors.all(conversationId))) {
      let c = byUser.get(r.user_id);
      if (c === undefined) byUser.set(r.user_id, (c = { userId: r.user_id, delivered: 0, read: 0 }));
      if (r.kind === 'read') c.read = r.seq;
      else c.delivered = r.seq;
    }
    // Reading implies delivery.
    for (const c of byUser.values()) c.delivered = Math.max(c.delivered, c.read);
    return [...byUser.values()].sort((a, b) => (a.userId < b.userId ? -1 : 1));
  }

  async receiptsUpdatedAt(conversationId: string): Promise<number> {
    checkKey('conversation id', conversationId);
    return sqliteCall(() => this.stmt.receiptsAt.get(conversationId))?.t ?? 0;
  }

  async setLastSeen(userId: string, at: number): Promise<void> {
    checkKey('user id', userId);
    sqliteCall(() => this.stmt.setLastSeen.run(userId, at));
  }

  async lastSeen(userIds: readonly string[]): Promise<Map<string, number>> {
    const rows = sqliteCall(() => this.stmt.lastSeen.all(JSON.stringify(userIds)));
    return new Map(rows.map((r) => [r.user_id, r.at]));
  }
}
