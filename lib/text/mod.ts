// How text becomes search terms, queries and snippets: pure code shared by the server's search
// engines (lib/search) and the SDK's local index of decrypted messages (lib/client), so both find
// the same messages for the same query.
export { SEARCH_BOUNDS, SearchQueryError } from './bounds.js';
export { type Piece, type QueryGroup, emojiToken, fold, fts5Match, indexTerms, parseQuery, pieces } from './terms.js';
export { matchSpans, snippet } from './snippet.js';
