import { Counter, Histogram, type Registry } from 'prom-client';

/**
 * Reads of conversations homed in another region (docs/regions.md, "Reads from the local DC"):
 * where they were served, and how far this region's DC was behind the home when a read found it
 * behind: replication lag as reads see it. Alert: ChorusRegionReadsBehind.
 */
export interface ReadLagMetrics {
  read(call: 'history' | 'sync', result: string, lag?: { entries: number; seconds: number }): void;
}

export function readLagMetrics(registry: Registry): ReadLagMetrics {
  const registers = [registry];
  const reads = new Counter({
    name: 'chorus_region_local_reads_total',
    help: 'Reads (history pages, conversations of sync pages) of conversations homed in another region: served from this DC (local) or sent home (behind: this DC lacks entries the home has; unknown: no knowledge of the home head; effect: a recent edit/delete/reaction; member: membership not settled here)',
    labelNames: ['call', 'result'],
    registers,
  });
  const entries = new Histogram({
    name: 'chorus_region_read_lag_entries',
    help: 'Log entries this DC lacked when a read found it behind the home region',
    buckets: [1, 2, 5, 10, 20, 50, 100, 500, 1000],
    registers,
  });
  const seconds = new Histogram({
    name: 'chorus_region_read_lag_seconds',
    help: 'How long before a read that found this DC behind the node had heard of the home head the DC lacked (a lower bound of the replication lag)',
    buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30],
    registers,
  });
  for (const result of ['local', 'behind', 'unknown']) reads.inc({ call: 'history', result }, 0);
  return {
    read(call, result, lag) {
      reads.inc({ call, result });
      if (lag !== undefined) {
        entries.observe(lag.entries);
        seconds.observe(lag.seconds);
      }
    },
  };
}
