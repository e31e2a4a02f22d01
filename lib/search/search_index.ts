/**
 * Full-text search over conversations the server can read (docs/search.md). A SearchIndex answers
 * one user's query over the scopes it is given; it applies the rest of visibility itself, from the
 * log it has seen: in a group only what came after the entry that (last) added the user and up to
 * the entry that removed them, never a deleted message, an edited one by its current text only.
 *
 * Engines: SqliteSearchIndex (embedded, kept in the append transaction). Every engine must pass
 * test/search/contract.ts.
 */
import { SearchQueryError } from '../text/mod.js';

export { SEARCH_BOUNDS, SearchQueryError } from '../text/mod.js';

export interface SearchIndex {
  search(query: SearchQuery): Promise<SearchPage>;
  close(): Promise<void>;
}

/** One conversation the user may search, and where their membership ended. */
export interface SearchScope {
  conversationId: string;
  /** Seq of the MEMBERS entry that removed the user; 0 while a member. */
  leftSeq: number;
}

export type SearchOrder = 'newest' | 'relevance';

export interface SearchQuery {
  userId: string;
  /** What the user typed: split into terms, never parsed as query syntax (terms.ts). */
  text: string;
  /** Only these conversations (the caller's, current and former). */
  scopes: readonly SearchScope[];
  senderId?: string;
  /** sentAt >= sinceMs and < untilMs when given. Newest first means most recently stored first. */
  sinceMs?: number;
  untilMs?: number;
  order: SearchOrder;
  limit: number;
  /** From the previous page's nextCursor; '' or absent for the first page. */
  cursor?: string;
}

export interface SearchHit {
  conversationId: string;
  seq: number;
  senderId: string;
  sentAt: number;
  /** Part of the current text around the first match. */
  snippet: string;
  /** Matched spans in snippet, UTF-16 offsets, ascending and disjoint. */
  highlights: { start: number; length: number }[];
}

export interface SearchPage {
  hits: SearchHit[];
  /** '' when there is nothing more. */
  nextCursor: string;
}

/**
 * Paging position: for newest-first the engine's sort key of the last hit (keyset: stable while
 * messages arrive), for relevance an offset (ranks shift as messages arrive).
 */
export type SearchCursor = { order: 'newest'; after: (string | number)[] } | { order: 'relevance'; offset: number };

export function encodeCursor(c: SearchCursor): string {
  return Buffer.from(JSON.stringify(c)).toString('base64url');
}

export function decodeCursor(text: string | undefined, order: SearchOrder): SearchCursor | null {
  if (text === undefined || text === '') return null;
  let c: unknown;
  try {
    c = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    throw new SearchQueryError('BAD_CURSOR', 'the search cursor is not one this server gave');
  }
  const o = c as Record<string, unknown>;
  const ok =
    o !== null && typeof o === 'object' && o.order === order &&
    (order === 'relevance'
      ? Number.isSafeInteger(o.offset) && (o.offset as number) >= 0
      : Array.isArray(o.after) && o.after.length <= 4 && o.after.every((v) => typeof v === 'string' || Number.isSafeInteger(v)));
  if (!ok) throw new SearchQueryError('BAD_CURSOR', 'the search cursor is not one this server gave (or is for the other order)');
  return c as SearchCursor;
}
