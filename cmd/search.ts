import { join } from 'node:path';
import type { Logger } from 'pino';
import type { Registry } from 'prom-client';
import { OpenSearchHttp, OpenSearchIndex, OpenSearchIndexer, type SearchIndex, SqliteSearchIndex, registerIndexerLag } from '../lib/search/mod.js';
import type { MessageLog } from '../lib/storage/mod.js';
import type { Clock } from '../lib/time/mod.js';
import type { ChorusConfig } from './config.js';

export interface SearchWiring {
  /** What searches run on; undefined: the server answers SEARCH_DISABLED. */
  index: SearchIndex | undefined;
  /**
   * The conversation host's hooks: an entry was stored, or (seq 0) a conversation's actor started
   * here (feeds the OpenSearch indexer, which reads the log from its position either way).
   */
  stored(conversationId: string, seq: number): void;
  close(): Promise<void>;
}

/**
 * Message search as configured (docs/search.md): OpenSearch when --opensearch-url is set (the
 * indexer runs on conversation hosts, fed by what they store; lag in chorus_search_index_lag_*),
 * else the embedded FTS5 index in the SQLite store's file, else none.
 */
export async function startSearch(config: ChorusConfig, log: Pick<MessageLog, 'range'>, clock: Clock, registry: Registry, logger: Logger): Promise<SearchWiring> {
  const s = config.search;
  if (s.opensearchUrl === '') {
    if (config.store.kind !== 'sqlite') return { index: undefined, stored: () => {}, close: async () => {} };
    const index = SqliteSearchIndex.open(join(config.dataDir, 'chorus.db'));
    return { index, stored: () => {}, close: () => index.close() };
  }
  const http = new OpenSearchHttp({ url: s.opensearchUrl, prefix: s.opensearchPrefix });
  let indexer: OpenSearchIndexer | null = null;
  if (config.cluster.roles.includes('conversation')) {
    const warn = logger.child({ module: 'search' });
    indexer = new OpenSearchIndexer(http, log, clock, (err) => warn.warn({ err }, 'search indexing failed; retrying'));
    indexer.start();
    const lagged = indexer;
    registerIndexerLag(registry, () => lagged.lag());
  }
  const feeding = indexer;
  return {
    index: new OpenSearchIndex(http),
    stored: (conversationId, seq) => feeding?.stored(conversationId, seq),
    close: async () => feeding?.stop(),
  };
}
