/**
 * client.search over both halves (docs/search.md): the server's index of what it can read and this
 * device's index of what it decrypted. Newest first, the two are merged into one page by sent time.
 * The cursor carries both positions: the server's cursor of the page being consumed plus how many of
 * its hits were already given (the next page fetches that server page again and skips them; it is
 * keyset-paged, so the page is the same unless one of its messages was deleted meanwhile), and the
 * local index's cursor after the last local hit given. In relevance order the server's ranked hits
 * come first, then the local ones newest first (the two rankings do not compare).
 * The query is checked here first, with the server's bounds: refusals are ServerErrors with the
 * codes the server would send (TOO_LARGE, INVALID_ARGUMENT), so callers handle one kind of error.
 */
import { encryptedSuite } from '../../protocol/e2ee.js';
import { ErrorCode } from '../../protocol/codes.js';
import { SEARCH_BOUNDS, SearchQueryError, parseQuery } from '../../text/mod.js';
import { ServerError } from '../errors.js';
import type { SearchHit, SearchOptions } from '../types.js';
import { type LocalSearchIndex, encodeLocalCursor, newestFirst } from './local_search.js';

type ServerSearch = (query: string, opts: SearchOptions) => Promise<{ hits: SearchHit[]; nextCursor: string }>;

/** Where a merged search stands: null when that half is done. */
interface MergedCursor {
  /** The server cursor of the page being consumed ('' for the first). */
  s: string | null;
  /** Hits of that server page already given. */
  k: number;
  l: string | null;
}

export async function mergedSearch(
  server: ServerSearch,
  local: LocalSearchIndex,
  query: string,
  opts: SearchOptions,
): Promise<{ hits: SearchHit[]; nextCursor: string }> {
  // A server without search (SEARCH_DISABLED) still leaves this device's own hits.
  const serverOrNone: ServerSearch = (q, o) =>
    server(q, o).catch((err: unknown) => {
      if (err instanceof ServerError && err.code === ErrorCode.SEARCH_DISABLED) return { hits: [], nextCursor: '' };
      throw err;
    });
  try {
    parseQuery(query);
    return await merge(serverOrNone, local, query, opts);
  } catch (err) {
    if (!(err instanceof SearchQueryError)) throw err;
    const tooLarge = err.code === 'QUERY_TOO_LONG' || err.code === 'TOO_MANY_TERMS';
    throw new ServerError(tooLarge ? ErrorCode.TOO_LARGE : ErrorCode.INVALID_ARGUMENT, err.message, 0);
  }
}

async function merge(server: ServerSearch, local: LocalSearchIndex, query: string, opts: SearchOptions): Promise<{ hits: SearchHit[]; nextCursor: string }> {
  const limit = Math.min(opts.limit === undefined || opts.limit === 0 ? 20 : opts.limit, SEARCH_BOUNDS.maxLimit);
  const at = decodeMerged(opts.cursor, opts.conversationId);
  const filters = { conversationId: opts.conversationId, senderId: opts.senderId, sinceMs: opts.sinceMs, untilMs: opts.untilMs };
  if (opts.order === 'relevance' && at.s !== null) {
    const page = await server(query, { ...opts, cursor: at.s, limit });
    const s = page.nextCursor === '' ? null : page.nextCursor;
    if (page.hits.length > 0) return { hits: page.hits, nextCursor: encodeMerged({ s, k: 0, l: at.l }) };
    at.s = null;
  }
  const fromServer = at.s === null || opts.order === 'relevance' ? null : await server(query, { ...filters, order: 'newest', cursor: at.s, limit });
  const fromLocal = at.l === null ? null : await local.search({ text: query, ...filters, limit, cursor: at.l });
  const serverHits = fromServer?.hits.slice(at.k) ?? [];
  const localHits = fromLocal?.hits ?? [];
  const hits: SearchHit[] = [];
  let a = 0;
  let b = 0;
  // A half whose fetched hits are used up but which has more cannot be passed: its next hit may
  // be newer than the other half's. The page ends there (possibly short); the cursor goes on.
  const serverMore = fromServer !== null && fromServer.nextCursor !== '';
  const localMore = fromLocal !== null && fromLocal.nextCursor !== '';
  while (hits.length < limit) {
    const haveServer = a < serverHits.length;
    const haveLocal = b < localHits.length;
    if ((!haveServer && serverMore) || (!haveLocal && localMore) || (!haveServer && !haveLocal)) break;
    const takeServer = !haveLocal || (haveServer && newestFirst(serverHits[a]!, localHits[b]!) <= 0);
    hits.push(takeServer ? serverHits[a++]! : localHits[b++]!);
  }
  const next: MergedCursor = { s: at.s, k: at.k + a, l: at.l };
  if (fromServer !== null && a === serverHits.length) Object.assign(next, { s: fromServer.nextCursor === '' ? null : fromServer.nextCursor, k: 0 });
  if (fromLocal !== null && b === localHits.length) next.l = fromLocal.nextCursor === '' ? null : fromLocal.nextCursor;
  else if (b > 0) next.l = encodeLocalCursor(localHits[b - 1]!);
  return { hits, nextCursor: next.s === null && next.l === null ? '' : encodeMerged(next) };
}

function encodeMerged(c: MergedCursor): string {
  return 'm' + btoa(encodeURIComponent(JSON.stringify(c)));
}

/** The starting point: both halves, unless a conversation filter names one kind (encrypted or not). */
function decodeMerged(text: string | undefined, conversationId: string | undefined): MergedCursor {
  if (text === undefined || text === '') {
    const only = conversationId === undefined || conversationId === '' ? null : encryptedSuite(conversationId) !== 0 ? 'local' : 'server';
    return { s: only === 'local' ? null : '', k: 0, l: only === 'server' ? null : '' };
  }
  let v: unknown = null;
  try {
    if (text.startsWith('m')) v = JSON.parse(decodeURIComponent(atob(text.slice(1))));
  } catch {
    v = null;
  }
  const o = v as Partial<MergedCursor> | null;
  const ok = o !== null && typeof o === 'object' && (o.s === null || typeof o.s === 'string') && (o.l === null || typeof o.l === 'string') && Number.isSafeInteger(o.k) && o.k! >= 0 && o.k! < SEARCH_BOUNDS.maxLimit;
  if (!ok) throw new SearchQueryError('BAD_CURSOR', 'the search cursor is not one this client gave');
  return o as MergedCursor;
}
