/**
 * The region lease in a node (docs/regions.md, "Losing a region"): a node of a multi-region
 * deployment hosts conversations only while its region's lease is valid. The lease is ANDed into the
 * membership's health, so that everything that already steps down when the membership lease is lost
 * (ClusterChat: release every conversation, stop hosting, refuse calls) does the same when the region
 * lease runs out or the region is fenced, and takes up again when it is valid.
 */
import type { Logger } from 'pino';
import type { Registry } from 'prom-client';
import { regionLeaseMetrics } from '../lib/metrics/region_metrics.js';
import type { Member, Membership, MembershipHealth } from '../lib/cluster/mod.js';
import type { MessageStore } from '../lib/storage/mod.js';
import type { RegionLease } from '../lib/storage/scylla_region_lease.js';
import { ScyllaStore } from '../lib/storage/scylla_store.js';
import { monotonicClock, systemClock } from '../lib/time/mod.js';
import type { ChorusConfig } from './config.js';

/** Starts renewing this node's region lease (several regions only); the first renewal is awaited. */
export async function startRegionLease(config: ChorusConfig, store: MessageStore, log: Logger, registry: Registry): Promise<RegionLease | null> {
  const settings = config.regionLease;
  if (settings === undefined || !(store instanceof ScyllaStore)) return null;
  const leaseLog = log.child({ module: 'region-lease', region: config.region.name });
  let failing = false;
  let metrics: { renewalFailed(): void } | undefined;
  const lease = store.regionLease({
    region: config.region.name,
    holder: config.cluster.nodeId,
    periodMs: settings.periodMs,
    durability: settings.durability,
    clock: monotonicClock,
    wall: systemClock,
    onError: (err) => {
      metrics?.renewalFailed();
      if (!failing) leaseLog.warn({ err }, 'region lease renewal failed (the region stops hosting when the lease runs out)');
      failing = true;
    },
  });
  metrics = regionLeaseMetrics(registry, config.region.name, lease);
  lease.on('change', (valid) => {
    if (valid) failing = false;
    leaseLog.warn({ state: lease.state() }, valid ? 'region lease valid: hosting' : 'region lease not valid: not hosting');
  });
  await lease.start();
  if (!lease.valid()) leaseLog.warn({ state: lease.state() }, 'starting without a valid region lease: not hosting until it is');
  return lease;
}

/** The membership as the chat core sees it: 'lost' while the region lease is not valid. */
export class RegionGatedMembership implements Membership {
  constructor(
    private readonly inner: Membership,
    private readonly lease: RegionLease,
  ) {}

  get self(): Member {
    return this.inner.self;
  }

  start(options?: { signal?: AbortSignal }): Promise<void> {
    return this.inner.start(options);
  }

  stop(): Promise<void> {
    return this.inner.stop();
  }

  members(): readonly Member[] {
    return this.inner.members();
  }

  health(): MembershipHealth {
    const h = this.inner.health();
    return h === 'healthy' && !this.lease.valid() ? 'lost' : h;
  }

  leaseValidUntil(): number {
    return Math.min(this.inner.leaseValidUntil(), this.lease.validUntilMs());
  }

  on(event: 'change', listener: (members: readonly Member[]) => void): () => void;
  on(event: 'health', listener: (health: MembershipHealth) => void): () => void;
  on(event: 'change' | 'health', listener: ((members: readonly Member[]) => void) | ((health: MembershipHealth) => void)): () => void {
    if (event === 'change') return this.inner.on('change', listener as (members: readonly Member[]) => void);
    const fire = listener as (health: MembershipHealth) => void;
    let last = this.health();
    const check = (): void => {
      const now = this.health();
      if (now !== last) fire((last = now));
    };
    const offInner = this.inner.on('health', check);
    const offLease = this.lease.on('change', check);
    return () => (offInner(), offLease());
  }
}
