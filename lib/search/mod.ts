export * from './search_index.js';
export { fold, indexTerms, parseQuery, fts5Match, type QueryGroup } from '../text/mod.js';
export { snippet, matchSpans } from '../text/mod.js';
export { SqliteSearchIndex } from './sqlite_search_index.js';
export { SEARCH_SCHEMA, SEARCHING_STORE_ROLE, SqliteSearchWriter, searchingStoreRole } from './sqlite_search_writer.js';
export { OpenSearchHttp, type OpenSearchOptions } from './opensearch_http.js';
export { OpenSearchIndex } from './opensearch_index.js';
export { OpenSearchIndexer, type IndexerLag } from './opensearch_indexer.js';
export { registerIndexerLag } from './metrics.js';
