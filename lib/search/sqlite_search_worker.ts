/**
 * The embedded search's reader thread (SqliteSearchIndex.open): its own read-only WAL connection,
 * one query at a time, so a slow query (relevance order over a common word ranks every match)
 * never holds the server's event loop.
 */
import Database from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';
import { type QueryKind, type SearchRow, SqliteSearchQueries } from './sqlite_search_queries.js';

export type SearchCall = { id: number; kind: QueryKind; params: Record<string, unknown> };
export type SearchReply = { id: number; rows: SearchRow[] } | { id: number; error: string };

const db = new Database((workerData as { path: string }).path);
db.pragma('busy_timeout = 5000');
db.pragma('query_only = ON');
let queries: SqliteSearchQueries | null = null;

parentPort!.on('message', (call: SearchCall) => {
  let reply: SearchReply;
  try {
    // Prepared on first use: the writer may create the tables after this thread starts.
    queries ??= new SqliteSearchQueries(db);
    reply = { id: call.id, rows: queries.run(call.kind, call.params) };
  } catch (err) {
    reply = { id: call.id, error: (err as Error).message };
  }
  parentPort!.postMessage(reply, []);
});
