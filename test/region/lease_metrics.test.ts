/**
 * The region lease as Prometheus sees it (the series ChorusRegionLeaseLost and ChorusRegionFenced
 * alert on): valid, expired and fenced, read at scrape time, and failed renewals counted.
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { Registry } from 'prom-client';
import { regionLeaseMetrics } from '../../lib/metrics/region_metrics.js';

it('exports the lease state at each scrape and counts failed renewals', async () => {
  const registry = new Registry();
  let state: 'valid' | 'expired' | 'fenced' = 'valid';
  const m = regionLeaseMetrics(registry, 'eu-west', { valid: () => state === 'valid', state: () => state });
  const scrape = async (): Promise<Map<string, number>> => {
    const out = new Map<string, number>();
    for (const line of (await registry.metrics()).split('\n')) {
      const match = /^(chorus_region_lease_\w+)\{region="eu-west"\} (\d+)$/.exec(line);
      if (match) out.set(match[1]!, Number(match[2]));
    }
    return out;
  };
  assert.deepEqual(await scrape(), new Map([['chorus_region_lease_valid', 1], ['chorus_region_lease_fenced', 0], ['chorus_region_lease_renewal_failures_total', 0]]));
  state = 'expired';
  m.renewalFailed();
  m.renewalFailed();
  assert.deepEqual(await scrape(), new Map([['chorus_region_lease_valid', 0], ['chorus_region_lease_fenced', 0], ['chorus_region_lease_renewal_failures_total', 2]]));
  state = 'fenced';
  assert.deepEqual(await scrape(), new Map([['chorus_region_lease_valid', 0], ['chorus_region_lease_fenced', 1], ['chorus_region_lease_renewal_failures_total', 2]]));
});
