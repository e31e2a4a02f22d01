import { Counter, Gauge, type Registry } from 'prom-client';

/** Counters of the links between regions (docs/regions.md, docs/operations.md): chorus_region_*. */
export interface RegionCounters {
  forwarded(peer: string, result: string): void;
  delivered(peer: string, direction: 'out' | 'in', users: number): void;
  undelivered(peer: string, reason: string, users: number): void;
  presence(peer: string, direction: 'out' | 'in', users: number): void;
}

export function regionCounters(registry: Registry): RegionCounters {
  const registers = [registry];
  const forwarded = new Counter({ name: 'chorus_region_forwarded_calls_total', help: 'Conversation calls sent to the home region of their conversation, by peer region and result (ok, or the failure)', labelNames: ['peer', 'result'], registers });
  const delivered = new Counter({ name: 'chorus_region_deliveries_total', help: 'Recipients of deliveries sent to (out) or taken from (in) another region', labelNames: ['peer', 'direction'], registers });
  const undelivered = new Counter({ name: 'chorus_region_deliveries_undelivered_total', help: 'Recipients of cross-region deliveries not sent on (link overloaded or closed, refused by the peer); they catch up by sync', labelNames: ['peer', 'reason'], registers });
  const presence = new Counter({ name: 'chorus_region_presence_changes_total', help: 'Users whose sessions in a region went 0 <-> >0, published to (out) or taken from (in) another region', labelNames: ['peer', 'direction'], registers });
  return {
    forwarded: (peer, result) => forwarded.inc({ peer, result }),
    delivered: (peer, direction, users) => delivered.inc({ peer, direction }, users),
    undelivered: (peer, reason, users) => undelivered.inc({ peer, reason }, users),
    presence: (peer, direction, users) => presence.inc({ peer, direction }, users),
  };
}

/** What the lease gauges read of a region lease (lib/storage/scylla_region_lease.ts). */
export interface RegionLeaseView {
  valid(): boolean;
  state(): string;
}

/**
 * The region lease of this node (docs/regions.md, "Losing a region"): whether it is valid (the node
 * may host), whether the region is fenced (failed over), and renewals that failed. Alerts:
 * ChorusRegionLeaseLost, ChorusRegionFenced.
 */
export function regionLeaseMetrics(registry: Registry, region: string, lease: RegionLeaseView): { renewalFailed(): void } {
  const registers = [registry];
  // Read at scrape time: no timer keeps them current.
  const gauges = [
    new Gauge({ name: 'chorus_region_lease_valid', help: '1 while this node holds a valid region lease (it may host conversations)', labelNames: ['region'], registers: [], collect() { this.set({ region }, lease.valid() ? 1 : 0); } }),
    new Gauge({ name: 'chorus_region_lease_fenced', help: '1 while this node’s region is fenced by a failover (it hosts nothing until unfenced)', labelNames: ['region'], registers: [], collect() { this.set({ region }, lease.state() === 'fenced' ? 1 : 0); } }),
  ];
  for (const g of gauges) registry.registerMetric(g);
  const failures = new Counter({ name: 'chorus_region_lease_renewal_failures_total', help: 'Region lease renewals that failed (the other regions unreachable at EACH_QUORUM, or the store)', labelNames: ['region'], registers });
  failures.inc({ region }, 0);
  return { renewalFailed: () => failures.inc({ region }) };
}
