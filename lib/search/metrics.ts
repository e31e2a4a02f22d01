import { Gauge, type Registry } from 'prom-client';
import type { IndexerLag } from './opensearch_indexer.js';

/**
 * The OpenSearch indexer's lag as gauges read at scrape time: `chorus_search_index_lag_entries`
 * (stored entries not yet indexed) and `chorus_search_index_lag_seconds` (age of the oldest).
 */
export function registerIndexerLag(registry: Registry, lag: () => IndexerLag): void {
  registry.registerMetric(new Gauge({ name: 'chorus_search_index_lag_entries', help: 'Stored entries not yet in the search index', registers: [], collect() { this.set(lag().entries); } }));
  registry.registerMetric(new Gauge({ name: 'chorus_search_index_lag_seconds', help: 'Age of the oldest stored entry not yet in the search index', registers: [], collect() { this.set(lag().seconds); } }));
}
