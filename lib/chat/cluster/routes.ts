import type { ClusterLog } from '../../cluster/log.js';
import type { Transport } from '../../cluster/transport.js';
import { encodeRoutes } from './codec.js';
import type { SessionDirectory } from './directory.js';
import { type ClusterFanout, DIRECTORY_KIND, MANY_USERS } from './fanout.js';

/** How long a directory node waits for a host to take a user's new route before answering the registration anyway. */
const ROUTE_UPDATE_TIMEOUT_MS = 1_000;

/**
 * One-hop delivery (docs/cluster.md, "Fan-out"): a conversation host remembers, per recipient,
 * which gateways hold the recipient's sessions, so a delivery goes from the host straight to those
 * gateways. The entries come from the users' directory nodes, which remember which hosts hold an
 * entry and tell them (and wait for them) when a gateway is added, before the registration that
 * added it is answered: a session welcomed after that cannot miss a message the host fans out later.
 */

/** Host side: user → the gateways holding the user's sessions (empty: none), as their directory node last said. */
export class RouteCache {
  private readonly routes = new Map<string, readonly string[]>();

  /** `maxUsers`: past this many entries the cache starts over (misses refill it through the directory). */
  constructor(private readonly maxUsers = 1_000_000) {}

  get(userId: string): readonly string[] | undefined {
    return this.routes.get(userId);
  }

  set(userId: string, gateways: readonly string[]): void {
    if (this.routes.size >= this.maxUsers && !this.routes.has(userId)) this.routes.clear();
    this.routes.set(userId, gateways);
  }

  /** Forgets everything: on a ring change (entries move between directory nodes) and on a member change (gateways leave). */
  clear(): void {
    this.routes.clear();
  }

  get size(): number {
    return this.routes.size;
  }
}

/** Directory side: for each user placed here, the conversation hosts holding a RouteCache entry for them. */
export class RouteSubscribers {
  private readonly hosts = new Map<string, Set<string>>();

  add(userId: string, hostId: string): void {
    let set = this.hosts.get(userId);
    if (set === undefined) this.hosts.set(userId, (set = new Set()));
    set.add(hostId);
  }

  of(userId: string): ReadonlySet<string> | undefined {
    return this.hosts.get(userId);
  }

  remove(userId: string, hostId: string): void {
    const set = this.hosts.get(userId);
    if (set === undefined) return;
    set.delete(hostId);
    if (set.size === 0) this.hosts.delete(userId);
  }

  /** Keeps the users still placed here (the others' hosts clear their caches on the same ring change). */
  keepUsers(placedHere: (userId: string) => boolean): void {
    for (const userId of this.hosts.keys()) if (!placedHere(userId)) this.hosts.delete(userId);
  }

  /** Forgets hosts that left the cluster. */
  keepHosts(alive: ReadonlySet<string>): void {
    for (const [userId, set] of this.hosts) {
      for (const h of set) if (!alive.has(h)) set.delete(h);
      if (set.size === 0) this.hosts.delete(userId);
    }
  }

  get size(): number {
    return this.hosts.size;
  }
}

export interface RouteUpdatesDeps {
  directory: SessionDirectory;
  subscribers: RouteSubscribers;
  fanout: Pick<ClusterFanout, 'learnRoutes' | 'member'>;
  remote: Transport;
  selfId: string;
  log: ClusterLog;
}

/** Directory side: registrations that change which gateways hold a user's sessions are passed on to the hosts caching the route. */
export class RouteUpdates {
  constructor(private readonly d: RouteUpdatesDeps) {}

  /**
   * Sets a gateway's session count for a user. When the gateway starts or stops holding the user's
   * sessions, the hosts caching the user's route are told; a new gateway is answered only once they
   * took it (or ROUTE_UPDATE_TIMEOUT_MS passed: that host is dropped from the user's subscribers).
   */
  async setSession(userId: string, gatewayId: string, count: number, opening: boolean): Promise<number> {
    const had = this.d.directory.gatewaysOf(userId)?.has(gatewayId) ?? false;
    const n = this.d.directory.set(userId, gatewayId, count, opening);
    const has = this.d.directory.gatewaysOf(userId)?.has(gatewayId) ?? false;
    if (had !== has) {
      const told = this.routeChanged(userId);
      if (has) await told;
    }
    return n;
  }

  private routeChanged(userId: string): Promise<void> {
    const hosts = this.d.subscribers.of(userId);
    if (hosts === undefined) return Promise.resolve();
    const route = new Map([[userId, [...(this.d.directory.gatewaysOf(userId)?.keys() ?? [])]]]);
    const told: Promise<void>[] = [];
    for (const host of hosts) {
      if (host === this.d.selfId) {
        this.d.fanout.learnRoutes(host, route);
        continue;
      }
      const forget = (err?: unknown): void => {
        this.d.subscribers.remove(userId, host);
        this.d.log.debug({ err, peer: host, user: userId }, "route update not taken: host dropped from the user's subscribers");
      };
      const member = this.d.fanout.member(host);
      if (member === undefined) forget();
      else told.push(this.d.remote.request(member, { kind: DIRECTORY_KIND, key: MANY_USERS }, 'route', encodeRoutes(route), { timeoutMs: ROUTE_UPDATE_TIMEOUT_MS }).then(() => undefined, forget));
    }
    return Promise.all(told).then(() => undefined);
  }
}
