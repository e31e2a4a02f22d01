import type { Fanout } from '../types.js';
import { backoffMs, type Clock } from '../../time/mod.js';
import type { ClusterLog } from '../../cluster/log.js';
import type { Member } from '../../cluster/membership.js';
import type { Placement } from '../../cluster/placement.js';
import type { Transport } from '../../cluster/transport.js';
import { RemoteError } from '../../cluster/remote/errors.js';
import { encodeDelivery, encodeRoutes } from './codec.js';
import type { SessionDirectory } from './directory.js';

export const DIRECTORY_KIND = 'directory';
/** How long a host waits for a directory node to take a delivery (a miss) before sending it again. */
const MISS_TIMEOUT_MS = 1_000;
/** How long a host keeps sending a miss again before it counts it dropped: past a lease TTL and a ring change. */
const MISS_RETRY_FOR_MS = 20_000;
export const GATEWAY_KIND = 'gateway';
/**
 * Kinds whose tells may ride the peer's own stream (Remote's tellsBack): a gateway's tells from
 * conversation hosts (deliveries, presence, budget shares) need no order against the one request it
 * takes (a directory's `reset` after a lost lease); the sender's gateway gets a message's ack and
 * deliveries in one batch.
 */
export const TELLS_BACK_KINDS: readonly string[] = [GATEWAY_KIND];
/** Key of directory messages about many users at once (the handler checks each user's placement). */
export const MANY_USERS = '~';

/** A user's place on the conversation ring: their directory entry lives with the key's owner. */
export function userKey(userId: string): string {
  return `u:${userId}`;
}

/** What fan-out needs of the gateway in this process (absent on conversation-only nodes). */
export interface LocalGateway {
  readonly fanout: Fanout;
  publishPresence(userId: string, frame: Uint8Array): void;
  /**
   * Asks every client to reconnect (close 4101): after a lost lease the others may have dropped
   * this gateway's sessions from the directory, so its clients resync through another gateway.
   */
  reconnectAll(reason: string): void;
  /**
   * The user's sessions are on `gateways` gateways: this one allows 1/gateways of the user's frame
   * budget (rate and burst), so that together they allow one budget (docs/security.md, "Limits").
   */
  shareBudget(userId: string, gateways: number): void;
}

export interface ClusterFanoutDeps {
  placement: Placement;
  remote: Transport;
  /** This node's directory shard; null on gateway-only nodes. */
  directory: SessionDirectory | null;
  gateway(): LocalGateway | null;
  /** Every member (any role): gateways are addressed through it. */
  members(): readonly Member[];
  log: ClusterLog;
  /** Counts frames not sent on (overloaded or unknown peer; a miss given up); receivers catch up through sync. */
  dropped?(reason: string, users: number): void;
  /** Counts a miss sent again because its directory node did not take it (unreachable, refused, timed out). */
  resent?(reason: string, users: number): void;
  /** Pauses between attempts of a miss. */
  clock: Clock;
  /** Runs the directory step (for its CPU accounting); absent: runs it plainly. */
  directoryWork?<T>(fn: () => T): T;
  /** This conversation host's route cache (one hop to the gateways); null: every delivery goes through the directory. */
  routes: { get(userId: string): readonly string[] | undefined; set(userId: string, gateways: readonly string[]): void } | null;
  /** This directory shard's record of which hosts cache which users' routes; null on gateway-only nodes. */
  subscribers: { add(userId: string, hostId: string): void } | null;
  /** Recipients found in the route cache, and those sent through their directory node. */
  routed?(hits: number, misses: number): void;
  /** Whether this node's directory shard may answer "no session" (false while it recovers from a lost lease: deliver widely). */
  authoritative?(): boolean;
}

/**
 * Fan-out across nodes, grouped by destination so a frame is encoded once at its source and sent
 * once per node. A conversation host sends each delivery straight to the gateways holding the
 * recipients' sessions, as its route cache knows them (routes.ts). Recipients it does not know yet,
 * and those whose directory entry is moving, go in two steps as before: (1) to the directory node
 * of each recipient (placed by user id), which (2) sends on to the gateways holding the recipient's
 * sessions and answers the host with the recipients' routes. While a user's directory entry is
 * moving (a ring change not yet settled) and the new directory node has not heard from the user's
 * gateways yet, it sends the frame to every gateway instead: a user without sessions there costs
 * one topic lookup.
 */
export class ClusterFanout implements Fanout {
  private byIdOf: readonly Member[] = [];
  private byId = new Map<string, Member>();

  constructor(private readonly d: ClusterFanoutDeps) {}

  /** A member by id, from a map rebuilt only when the member list changes. */
  member(id: string): Member | undefined {
    const members = this.d.members();
    if (members !== this.byIdOf) {
      this.byIdOf = members;
      this.byId = new Map(members.map((m) => [m.id, m]));
    }
    return this.byId.get(id);
  }

  toUsers(userIds: Iterable<string>, frame: Uint8Array): void {
    this.route(userIds, frame, 0, 0);
  }

  /** Attempt `attempt` (0: the first) of a delivery whose first attempt was at `since`. */
  private route(userIds: Iterable<string>, frame: Uint8Array, attempt: number, since: number): void {
    const ring = this.d.placement.ring('conversation');
    const self = this.d.placement.selfId;
    const routes = this.d.routes;
    const byNode = new Map<string, string[]>();
    const byGateway = new Map<string, string[]>();
    let hits = 0;
    let misses = 0;
    for (const u of userIds) {
      const key = userKey(u);
      const owner = ring.ownerId(key);
      if (owner === undefined) continue;
      const cached = routes === null || ring.isMoving(key) ? undefined : routes.get(u);
      if (cached !== undefined) {
        hits++;
        for (const g of cached) push(byGateway, g, u);
        continue;
      }
      misses++;
      push(byNode, owner, u);
    }
    this.d.routed?.(hits, misses);
    for (const [gateway, list] of byGateway) this.toGateway(gateway, list, frame);
    for (const [node, users] of byNode) {
      if (node !== self) this.ask(ring.member(node), users, frame, attempt, since);
      else if (this.d.directoryWork === undefined) this.atDirectory(users, frame, 0, self);
      else this.d.directoryWork(() => this.atDirectory(users, frame, 0, self));
    }
  }

  /** On a host: routes from the directory node `from`, kept for users it still places there (not moving). */
  learnRoutes(from: string, routes: ReadonlyMap<string, readonly string[]>): void {
    const cache = this.d.routes;
    if (cache === null) return;
    const ring = this.d.placement.ring('conversation');
    for (const [u, gateways] of routes) {
      const key = userKey(u);
      if (ring.ownerId(key) === from && !ring.isMoving(key)) cache.set(u, gateways);
    }
  }

  /**
   * Step 2, on a directory node: group by gateway; forward users placed elsewhere once. `host`: the
   * conversation host that sent it (hops 0); it is told the routes of the users settled here.
   */
  atDirectory(users: readonly string[], frame: Uint8Array, hops: number, host?: string): void {
    const ring = this.d.placement.ring('conversation');
    const self = this.d.placement.selfId;
    const directory = this.d.directory;
    const byGateway = new Map<string, string[]>();
    const forward = new Map<string, string[]>();
    const learned = host !== undefined && this.d.subscribers !== null ? new Map<string, string[]>() : null;
    let everywhere: string[] | null = null;
    const recovering = this.d.authoritative?.() === false;
    for (const u of users) {
      const key = userKey(u);
      const owner = ring.ownerId(key);
      if (owner !== self && owner !== undefined && hops === 0) {
        push(forward, owner, u);
        continue;
      }
      const gateways = owner === self ? directory?.gatewaysOf(u) : undefined;
      // A shard recovering from a lost lease may lack entries of live sessions: as while an entry moves.
      const moving = ring.isMoving(key) || (recovering && owner === self);
      if (gateways !== undefined) {
        for (const g of gateways.keys()) push(byGateway, g, u);
      } else if (owner !== self || moving) {
        (everywhere ??= []).push(u);
      }
      if (learned !== null && owner === self && !moving) learned.set(u, gateways === undefined ? [] : [...gateways.keys()]);
    }
    if (learned !== null && learned.size > 0) this.teachRoutes(host!, learned);
    for (const [node, list] of forward) this.send(ring.member(node), DIRECTORY_KIND, MANY_USERS, list, frame, hops + 1);
    if (everywhere !== null) {
      for (const m of this.d.members()) if (m.roles.includes('gateway')) push(byGateway, m.id, ...everywhere);
    }
    for (const [gateway, list] of byGateway) this.toGateway(gateway, list, frame);
  }

  /**
   * A presence change goes to the gateways watching the user, which publish it to their watching
   * sessions. While the user's directory entry is moving (the new node may not have heard every
   * gateway's watch yet) it goes to every gateway.
   */
  presence(userId: string, frame: Uint8Array, watchers: ReadonlySet<string> | undefined): void {
    const everyone = this.d.placement.ring('conversation').isMoving(userKey(userId));
    if (!everyone && watchers === undefined) return;
    for (const m of this.d.members()) {
      if (!m.roles.includes('gateway') || !(everyone || watchers!.has(m.id))) continue;
      if (m.id === this.d.placement.selfId) this.d.gateway()?.publishPresence(userId, frame);
      else this.send(m, GATEWAY_KIND, m.id, [userId], frame, 0, 'presence');
    }
  }

  /** Records `host` as holding these users' routes (it is told when they change) and tells it them. */
  private teachRoutes(host: string, routes: Map<string, string[]>): void {
    for (const u of routes.keys()) this.d.subscribers!.add(u, host);
    if (host === this.d.placement.selfId) {
      this.learnRoutes(host, routes);
      return;
    }
    const member = this.member(host);
    if (member === undefined) return;
    try {
      this.d.remote.tell(member, { kind: DIRECTORY_KIND, key: MANY_USERS }, 'routes', encodeRoutes(routes));
    } catch (err) {
      // The host keeps asking through the directory: slower, not lossy.
      this.d.log.debug({ err, peer: host }, 'routes not sent');
    }
  }

  private toGateway(gatewayId: string, users: string[], frame: Uint8Array): void {
    if (gatewayId === this.d.placement.selfId) {
      this.d.gateway()?.fanout.toUsers(users, frame);
      return;
    }
    this.send(this.member(gatewayId), GATEWAY_KIND, gatewayId, users, frame, 0);
  }

  /**
   * A miss goes to the recipients' directory node as a request: when it is not answered (the node
   * died, its link broke, it refused or timed out), it is routed again after a pause, with the ring
   * of then (after a ring change: to the new directory node, which widens while the entry moves).
   * The client drops a message it already has (by seq), so a repeat costs a frame, not a duplicate.
   */
  private ask(member: Member | undefined, users: string[], frame: Uint8Array, attempt: number, since: number): void {
    if (member === undefined) {
      this.again(users, frame, attempt, since, 'unknown_node');
      return;
    }
    try {
      this.d.remote.request(member, { kind: DIRECTORY_KIND, key: MANY_USERS }, 'deliver', encodeDelivery(0, users, frame), { timeoutMs: MISS_TIMEOUT_MS }).catch((err: unknown) => {
        if (err instanceof RemoteError && !err.retryable) {
          // Refused for good (e.g. FORBIDDEN: this node may not deliver): sending it again would not help.
          this.d.dropped?.('refused', users.length);
          this.d.log.debug({ err, peer: member.id, users: users.length }, 'directory refused a delivery');
          return;
        }
        this.d.log.debug({ err, peer: member.id, users: users.length, attempt }, 'directory did not take a delivery: sending it again');
        this.again(users, frame, attempt, since, 'directory_unreachable');
      });
    } catch (err) {
      this.d.log.debug({ err, peer: member.id, users: users.length }, 'delivery not queued');
      this.again(users, frame, attempt, since, 'peer_overloaded');
    }
  }

  private again(users: string[], frame: Uint8Array, attempt: number, since: number, reason: string): void {
    const now = this.d.clock.now();
    const first = attempt === 0 ? now : since;
    const pause = backoffMs(attempt, 50, 1_000);
    if (now + pause - first > MISS_RETRY_FOR_MS) {
      this.d.dropped?.(reason, users.length);
      return;
    }
    this.d.resent?.(reason, users.length);
    const timer = this.d.clock.setTimeout(() => this.route(users, frame, attempt + 1, first), pause);
    timer.unref?.();
  }

  private send(member: Member | undefined, kind: string, key: string, users: string[], frame: Uint8Array, hops: number, type = 'deliver'): void {
    if (member === undefined) {
      this.d.dropped?.('unknown_node', users.length);
      return;
    }
    try {
      this.d.remote.tell(member, { kind, key }, type, encodeDelivery(hops, users, frame));
    } catch (err) {
      // The link's queue is full or the transport is closing: live delivery is best effort,
      // the log is not; these users catch up when they sync.
      this.d.dropped?.('peer_overloaded', users.length);
      this.d.log.debug({ err, peer: member.id, users: users.length }, 'delivery dropped');
    }
  }
}

function push(map: Map<string, string[]>, key: string, ...values: string[]): void {
  let list = map.get(key);
  if (list === undefined) map.set(key, (list = []));
  list.push(...values);
}
