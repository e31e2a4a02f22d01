import { Counter, Gauge, Histogram, type Registry } from 'prom-client';

/** Counters of the links between regions (docs/regions.md, docs/operations.md): chorus_region_*. */
export interface RegionCounters {
  forwarded(peer: string, result: string): void;
  delivered(peer: string, direction: 'out' | 'in', users: number): void;
  undelivered(peer: string, reason: string, users: number): void;
  presence(peer: string, direction: 'out' | 'in', users: number): void;
  linkRtt(peer: string, seconds: number): void;
  presenceForgotten(peer: string, users: number): void;
}

export function regionCounters(registry: Registry): RegionCounters {
  const registers = [registry];
  const forwarded = new Counter({ name: 'chorus_region_forwarded_calls_total', help: 'Conversation calls sent to the home region of their conversation, by peer region and result (ok, or the failure)', labelNames: ['peer', 'result'], registers });
  const delivered = new Counter({ name: 'chorus_region_deliveries_total', help: 'Recipients of deliveries sent to (out) or taken from (in) another region', labelNames: ['peer', 'direction'], registers });
  const undelivered = new Counter({ name: 'chorus_region_deliveries_undelivered_total', help: 'Recipients of cross-region deliveries not sent on (link overloaded or closed, refused by the peer); they catch up by sync', labelNames: ['peer', 'reason'], registers });
  const presence = new Counter({ name: 'chorus_region_presence_changes_total', help: 'Users whose sessions in a region went 0 <-> >0, published to (out) or taken from (in) another region', labelNames: ['peer', 'direction'], registers });
  // Pinged every 5 s on each link (lib/chat/cluster/region_links.ts): the link's own round trip, no chat work in it.
  const rtt = new Histogram({ name: 'chorus_region_link_rtt_seconds', help: 'Round trip of a ping on the link to another region (entry point and back), by peer region', labelNames: ['peer'], buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.15, 0.2, 0.3, 0.5, 1, 2.5, 5], registers });
  const lastRtt = new Gauge({ name: 'chorus_region_link_rtt_last_seconds', help: 'The last answered ping round trip on the link to another region', labelNames: ['peer'], registers });
  const forgotten = new Counter({ name: 'chorus_region_presence_forgotten_total', help: 'Users whose sessions in another region were forgotten because the link to it was down past the bound (they count as offline; push reaches them)', labelNames: ['peer'], registers });
  return {
    linkRtt: (peer, seconds) => (rtt.observe({ peer }, seconds), lastRtt.set({ peer }, seconds)),
    presenceForgotten: (peer, users) => forgotten.inc({ peer }, users),
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
