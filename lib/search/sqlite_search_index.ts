import type Database from 'better-sqlite3';
import { Worker } from 'node:worker_threads';
import { StoreUnavailableError } from '../storage/mod.js';
import { fts5Match, parseQuery, snippet } from '../text/mod.js';
import { type SearchCursor, type SearchIndex, type SearchPage, type SearchQuery, decodeCursor, encodeCursor } from './search_index.js';
import { type QueryKind, type SearchRow, SqliteSearchQueries } from './sqlite_search_queries.js';
import type { SearchCall, SearchReply } from './sqlite_search_worker.js';

type Run = (kind: QueryKind, params: Record<string, unknown>) => Promise<SearchRow[]>;

/**
 * The embedded engine's queries. `open(path)`: on a reader thread with its own read-only WAL
 * connection (sqlite_search_worker.ts; WAL readers never wait for the writer thread), so a slow
 * query does not hold the event loop; one query at a time there. `on(db)`: on a caller's
 * connection, in the calling thread (tests, a single-connection SqliteStore). Writes:
 * SqliteSearchWriter, inside the store's appends.
 */
export class SqliteSearchIndex implements SearchIndex {
  private constructor(
    private readonly run: Run,
    private readonly shut: () => Promise<void>,
  ) {}

  /** A reader thread on a file whose writer (SEARCHING_STORE_ROLE or searchingStoreRole) creates the tables. */
  static open(path: string): SqliteSearchIndex {
    const worker = new Worker(new URL('./sqlite_search_worker.js', import.meta.url), { workerData: { path } });
    const pending = new Map<number, { resolve: (rows: SearchRow[]) => void; reject: (err: Error) => void }>();
    let next = 0;
    let broken: Error | null = null;
    const fail = (err: Error): void => {
      broken ??= err;
      for (const p of pending.values()) p.reject(err);
      pending.clear();
    };
    worker.on('message', (r: SearchReply) => {
      const p = pending.get(r.id);
      pending.delete(r.id);
      if ('error' in r) p?.reject(new Error(r.error));
      else p?.resolve(r.rows);
    });
    worker.on('error', fail);
    worker.on('exit', () => fail(new Error('the search reader thread stopped')));
    const run: Run = (kind, params) =>
      new Promise((resolve, reject) => {
        if (broken !== null) return reject(broken);
        const id = ++next;
        pending.set(id, { resolve, reject });
        worker.postMessage({ id, kind, params } satisfies SearchCall, []);
      });
    return new SqliteSearchIndex(run, async () => {
      await worker.terminate();
    });
  }

  /** On a connection someone else owns, in this thread. */
  static on(db: Database.Database): SqliteSearchIndex {
    const queries = new SqliteSearchQueries(db);
    return new SqliteSearchIndex(async (kind, params) => queries.run(kind, params), async () => {});
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
    let rows: SearchRow[];
    try {
      if (q.order === 'relevance') rows = await this.run('relevance', { ...params, offset: cursor?.order === 'relevance' ? cursor.offset : 0 });
      else if (cursor?.order === 'newest') rows = await this.run('newestAfter', { ...params, before: cursor.after[0] });
      else rows = await this.run('newest', params);
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

  close(): Promise<void> {
    return this.shut();
  }
}
