import Database from 'better-sqlite3';
import { StoreUnavailableError } from '../storage/mod.js';
import { type SearchCursor, type SearchIndex, type SearchPage, type SearchQuery, decodeCursor, encodeCursor } from './search_index.js';
import { snippet } from '../text/mod.js';
import { fts5Match, parseQuery } from '../text/mod.js';

interface Row {
  doc: number;
  conversation_id: string;
  seq: number;
  sender_id: string;
  sent_at: number;
  text: string;
}

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

/**
 * The embedded engine's queries, on a read-only connection of the event loop (WAL readers never
 * wait for the writer thread). Writes: SqliteSearchWriter, inside the store's appends.
 */
export class SqliteSearchIndex implements SearchIndex {
  private readonly newest;
  private readonly newestAfter;
  private readonly relevance;

  private constructor(
    private readonly db: Database.Database,
    private readonly owned: boolean,
  ) {
    this.newest = db.prepare<Record<string, unknown>, Row>(`${BASE} ORDER BY f.rowid DESC LIMIT @limit`);
    this.newestAfter = db.prepare<Record<string, unknown>, Row>(`${BASE} AND f.rowid < @before ORDER BY f.rowid DESC LIMIT @limit`);
    this.relevance = db.prepare<Record<string, unknown>, Row>(`${BASE} ORDER BY f.rank, f.rowid DESC LIMIT @limit OFFSET @offset`);
  }

  /** A reader of a file whose writer (SEARCHING_STORE_ROLE or searchingStoreRole) has created the tables. */
  static open(path: string): SqliteSearchIndex {
    const db = new Database(path);
    db.pragma('busy_timeout = 5000');
    db.pragma('query_only = ON');
    return new SqliteSearchIndex(db, true);
  }

  /** On a connection someone else owns (tests, a single-connection SqliteStore). */
  static on(db: Database.Database): SqliteSearchIndex {
    return new SqliteSearchIndex(db, false);
  }

  async search(q: SearchQuery): Promise<SearchPage> {
    const groups = parseQuery(q.text);
    const cursor = decodeCursor(q.cursor, q.order);
    if (q.scopes.length === 0) return { hits: [], nextCursor: '' };
    const params: Record<string, unknown> = {
      scopes: JSON.stringify(q.scopes.map((s) => ({ c: s.conversationId, l: s.leftSeq }))),
      user: q.userId,
      match: fts5Match(groups),
      sender: q.senderId ?? null,
      since: q.sinceMs ?? 0,
      until: q.untilMs ?? Number.MAX_SAFE_INTEGER,
      limit: q.limit + 1,
    };
    let rows: Row[];
    try {
      if (q.order === 'relevance') rows = this.relevance.all({ ...params, offset: cursor?.order === 'relevance' ? cursor.offset : 0 });
      else if (cursor?.order === 'newest') rows = this.newestAfter.all({ ...params, before: cursor.after[0] });
      else rows = this.newest.all(params);
    } catch (err) {
      throw new StoreUnavailableError('sqlite search failed', { cause: err });
    }
    const more = rows.length > q.limit;
    const page = rows.slice(0, q.limit);
    const hits = page.map((r) => ({ conversationId: r.conversation_id, seq: r.seq, senderId: r.sender_id, sentAt: r.sent_at, ...snippet(r.text, groups) }));
    const last = page.at(-1);
    let next: SearchCursor | null = null;
    if (more && last !== undefined) {
      next =
        q.order === 'relevance'
          ? { order: 'relevance', offset: (cursor?.order === 'relevance' ? cursor.offset : 0) + page.length }
          : { order: 'newest', after: [last.doc] };
    }
    return { hits, nextCursor: next === null ? '' : encodeCursor(next) };
  }

  async close(): Promise<void> {
    if (this.owned && this.db.open) this.db.close();
  }
}
