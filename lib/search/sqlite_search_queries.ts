import type Database from 'better-sqlite3';

export interface SearchRow {
  doc: number;
  conversation_id: string;
  seq: number;
  sender_id: string;
  sent_at: number;
  text: string;
}

export type QueryKind = 'newest' | 'newestAfter' | 'relevance';

/**
 * Matching documents, then visibility: the scopes (JSON [{c, l}]) joined with the user's join
 * position, each document after it and up to the removal. CROSS JOIN keeps the FTS table the outer
 * loop, so newest-first walks the index backwards by doc id and stops once a page is full. The
 * texts come from `messages`: always the current one.
 */
const BASE = `WITH scope AS MATERIALIZED (
    SELECT s.value ->> '$.c' AS cid, COALESCE(j.seq, 0) AS after_seq,
           CASE WHEN (s.value ->> '$.l') > 0 THEN s.value ->> '$.l' ELSE 9007199254740991 END AS through_seq
    FROM json_each(@scopes) s LEFT JOIN search_joins j ON j.conversation_id = s.value ->> '$.c' AND j.user_id = @user
  )
  SELECT f.rowid AS doc, d.conversation_id, d.seq, d.sender_id, d.sent_at, m.text
  FROM search_fts f
  CROSS JOIN search_docs d ON d.doc = f.rowid
  CROSS JOIN scope v ON v.cid = d.conversation_id AND d.seq > v.after_seq AND d.seq <= v.through_seq
  CROSS JOIN messages m ON m.conversation_id = d.conversation_id AND m.seq = d.seq
  WHERE search_fts MATCH @match AND (@sender IS NULL OR d.sender_id = @sender)
    AND d.sent_at >= @since AND d.sent_at < @until`;

/** The embedded engine's three statements on one connection (the search worker's, or a caller's). */
export class SqliteSearchQueries {
  private readonly statements: Record<QueryKind, Database.Statement<Record<string, unknown>, SearchRow>>;

  constructor(db: Database.Database) {
    this.statements = {
      newest: db.prepare<Record<string, unknown>, SearchRow>(`${BASE} ORDER BY f.rowid DESC LIMIT @limit`),
      newestAfter: db.prepare<Record<string, unknown>, SearchRow>(`${BASE} AND f.rowid < @before ORDER BY f.rowid DESC LIMIT @limit`),
      relevance: db.prepare<Record<string, unknown>, SearchRow>(`${BASE} ORDER BY f.rank, f.rowid DESC LIMIT @limit OFFSET @offset`),
    };
  }

  run(kind: QueryKind, params: Record<string, unknown>): SearchRow[] {
    return this.statements[kind].all(params);
  }
}
