import { Counter, type Registry } from 'prom-client';

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
