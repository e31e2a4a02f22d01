/** Reactions on SQLite: one row per (message, emoji, user); counts are aggregated on read. */
import type Database from 'better-sqlite3';
import { sqliteCall } from './sqlite_rows.js';
import type { ReactionCount, ReactionRecord, ReactionStore } from './store.js';
import { checkKey, checkReaction } from './validate.js';

export class SqliteReactions implements ReactionStore {
  private readonly stmt;
  private readonly reactTx;

  constructor(db: Database.Database) {
    this.stmt = {
      add: db.prepare('INSERT INTO reactions (conversation_id, seq, emoji, user_id) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING'),
      remove: db.prepare('DELETE FROM reactions WHERE conversation_id = ? AND seq = ? AND emoji = ? AND user_id = ?'),
      counts: db.prepare<[string, string, string], { seq: number; emoji: string; n: number; mine: number }>(
        `SELECT seq, emoji, COUNT(*) AS n, MAX(user_id = ?) AS mine FROM reactions
         WHERE conversation_id = ? AND seq IN (SELECT value FROM json_each(?)) GROUP BY seq, emoji ORDER BY seq, n DESC, emoji`,
      ),
    };
    this.reactTx = db.transaction((r: ReactionRecord, add: boolean): ReactionCount[] => {
      if (add) this.stmt.add.run(r.conversationId, r.seq, r.emoji, r.userId);
      else this.stmt.remove.run(r.conversationId, r.seq, r.emoji, r.userId);
      return this.counts(r.conversationId, [r.seq], '').get(r.seq) ?? [];
    });
  }

  async react(r: ReactionRecord, add: boolean): Promise<ReactionCount[]> {
    checkReaction(r);
    return sqliteCall(() => this.reactTx(r, add));
  }

  async reactions(conversationId: string, seqs: readonly number[], reader: string): Promise<Map<number, ReactionCount[]>> {
    checkKey('conversation id', conversationId);
    return sqliteCall(() => this.counts(conversationId, seqs, reader));
  }

  private counts(conversationId: string, seqs: readonly number[], reader: string): Map<number, ReactionCount[]> {
    const out = new Map<number, ReactionCount[]>();
    if (seqs.length === 0) return out;
    for (const row of this.stmt.counts.all(reader, conversationId, JSON.stringify(seqs))) {
      let list = out.get(row.seq);
      if (list === undefined) out.set(row.seq, (list = []));
      list.push({ emoji: row.emoji, count: row.n, mine: row.mine === 1 });
    }
    return out;
  }
}
