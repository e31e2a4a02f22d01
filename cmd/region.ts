/**
 * `chorus region status | failover | unfence` (docs/regions.md, "Losing a region"; the runbook is in
 * docs/operations.md). Talks only to the data centre given by --scylla-local-dc: a failover runs
 * against the surviving region's DC, since the lost one cannot answer.
 */
import { ScyllaStore } from '../lib/storage/scylla_store.js';
import { systemClock } from '../lib/time/mod.js';
import type { RegionCommandConfig } from './config.js';

/** Runs the action; `out` receives the report lines. Throws RegionAdminError when refused. */
export async function runRegion(config: RegionCommandConfig, out: (line: string) => void): Promise<void> {
  const store = await ScyllaStore.open({ ...config.connection, keyspace: config.keyspace });
  try {
    const admin = store.regionAdmin(systemClock);
    if (config.action === 'status') {
      const now = systemClock.now();
      const rows = await admin.status();
      if (rows.length === 0) out('no region has held a lease (no node runs with --regions yet)');
      for (const r of rows) {
        const state = r.fencedBy ? `fenced (failed over to ${r.fencedBy})` : r.solo ? 'solo (the other regions are fenced)' : 'normal';
        const renewed = r.renewedAt > 0 ? `renewed ${now - r.renewedAt} ms ago by ${r.holder}, period ${r.periodMs} ms` : 'never renewed';
        out(`region ${r.region}: ${state}, generation ${r.generation}, ${renewed}`);
      }
    } else if (config.action === 'failover') {
      const result = await admin.failover({ from: config.from, to: config.to, force: config.force, periodMs: config.periodMs, marginMs: config.marginMs, say: out });
      out(`region ${config.from} failed over to ${config.to}: generation ${result.generation}, ${result.rehomed} conversations re-homed`);
    } else {
      await admin.unfence(config.from);
      out(`region ${config.from} unfenced: its nodes host again at their next renewal; its old conversations stay homed where they were failed over to`);
    }
  } finally {
    await store.close();
  }
}
