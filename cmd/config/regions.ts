import { parseRegionPeers, type RegionSettings, RegionSettingsError, isMultiRegion, regionSettings } from '../../lib/cluster/regions.js';
import type { Reader } from './reader.js';
import { ConfigError, type StoreConfig } from './types.js';

/**
 * --region and --regions (docs/regions.md). Several regions share one ScyllaDB keyspace with a data
 * centre each, so they need the scylla store, and every read and write must stay in the local DC:
 * LOCAL_QUORUM (a cross-DC level such as QUORUM or ALL would make each append pay the distance and
 * fail with a lost region; EACH_QUORUM is refused by Cassandra for reads) and LOCAL_SERIAL for the
 * in-region owner claims.
 */
export function regionConfig(r: Reader): RegionSettings {
  let settings: RegionSettings;
  try {
    settings = regionSettings(r.get('region'), parseRegionPeers(r.get('regions')));
  } catch (err) {
    if (err instanceof RegionSettingsError) throw new ConfigError(`--region/--regions (CHORUS_REGION/CHORUS_REGIONS): ${err.message}`);
    throw err;
  }
  if (!isMultiRegion(settings)) return settings;
  if (r.get('store') !== 'scylla') throw new ConfigError('several regions (--regions) share one ScyllaDB keyspace: set --store scylla');
  const consistency = r.get('scylla-consistency');
  if (consistency !== 'LOCAL_QUORUM') {
    throw new ConfigError(`several regions (--regions) need --scylla-consistency LOCAL_QUORUM (reads and writes stay in this region's data centre), got ${consistency}`);
  }
  if (r.get('scylla-serial-consistency') !== 'LOCAL_SERIAL') {
    throw new ConfigError('several regions (--regions) need --scylla-serial-consistency LOCAL_SERIAL (owner claims stay in this region; cross-region failover is a separate, SERIAL step)');
  }
  return settings;
}

/**
 * Several regions create conversations at SERIAL (one cross-region round trip, once per
 * conversation): a direct conversation started at once from two regions gets one home.
 */
export function regionStore(store: StoreConfig, region: RegionSettings): StoreConfig {
  if (!isMultiRegion(region) || store.kind !== 'scylla') return store;
  return { kind: 'scylla', scylla: { ...store.scylla, createSerialConsistency: 'SERIAL' } };
}

/**
 * --durability and --region-lease-ms: only with several regions (one region has no other DC to be
 * durable in, and no region to fail over to). Undefined for a single region.
 */
export function regionLeaseConfig(r: Reader, region: RegionSettings): { durability: 'default' | 'zero-loss'; periodMs: number } | undefined {
  const durability = r.oneOf<'default' | 'zero-loss'>('durability');
  if (!isMultiRegion(region)) {
    if (durability !== 'default') throw new ConfigError(`--durability ${durability} (CHORUS_DURABILITY) needs several regions (--region and --regions): a single region has no other data centre to wait for`);
    return undefined;
  }
  return { durability, periodMs: r.int('region-lease-ms') };
}
