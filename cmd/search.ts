import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from 'pino';
import type { Registry } from 'prom-client';
import { OpenSearchHttp, OpenSearchIndex, type OpenSearchOptions, OpenSearchIndexer, type SearchIndex, SqliteSearchIndex, registerIndexerLag } from '../lib/search/mod.js';
import type { MessageLog } from '../lib/storage/mod.js';
import type { Clock } from '../lib/time/mod.js';
import { type ChorusConfig, ConfigError } from './config.js';
import { readSecretFile } from './config/files.js';

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
  const http = new OpenSearchHttp(openSearchOptions(s));
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
    close: async () => {
      await feeding?.stop();
      http.close();
    },
  };
}

/** The connection settings, with the password and CA files read now (a start fails on an unreadable one). */
export function openSearchOptions(s: ChorusConfig['search']): OpenSearchOptions {
  const auth = s.opensearchAuth;
  return {
    url: s.opensearchUrl,
    prefix: s.opensearchPrefix,
    ...(auth !== null ? { basicAuth: { username: auth.username, password: auth.passwordFile === '' ? auth.password : readSecretFile('opensearch-password-file', auth.passwordFile) } } : {}),
    ...(s.opensearchCaFile !== '' ? { ca: readFile('opensearch-ca-file', s.opensearchCaFile) } : {}),
  };
}

function readFile(flag: string, path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    throw new ConfigError(`--${flag}: cannot read ${path}`);
  }
}
