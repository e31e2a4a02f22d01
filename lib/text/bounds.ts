/** Bounds and errors of a search query, shared by the server's engines and the SDK's local index. */

/** The query or its options are not acceptable; `code` names the rule (docs/search.md). */
export class SearchQueryError extends Error {
  override readonly name = 'SearchQueryError';
  constructor(
    readonly code: 'EMPTY_QUERY' | 'QUERY_TOO_LONG' | 'TOO_MANY_TERMS' | 'BAD_CURSOR' | 'BAD_OPTIONS',
    message: string,
  ) {
    super(message);
  }
}

/** Bounds on one query (documented in docs/search.md). */
export const SEARCH_BOUNDS = {
  /** UTF-8 bytes of the query text. */
  maxQueryBytes: 512,
  /** Terms after tokenisation (a CJK run counts its bigrams). */
  maxTerms: 32,
  maxLimit: 100,
  /** Characters of a snippet (plus an ellipsis at either end when cut). */
  snippetChars: 160,
} as const;

