import type { PresenceView, SessionPresence } from '../types.js';
import { ChorusError, ErrorCode } from '../../protocol/mod.js';
import type { LastSeenStore } from '../../storage/mod.js';
import { backoffMs, type Clock, delay } from '../../time/mod.js';
import type { ClusterLog } from '../../cluster/log.js';
import type { Member } from '../../cluster/membership.js';
import type { Placement } from '../../cluster/placement.js';
import type { Transport } from '../../cluster/transport.js';
import type { RingSnapshot } from '../../cluster/ring.js';
import { RemoteHandlerError } from '../../cluster/remote/errors.js';
import { decodeSessionCount, decodeUsers, encodeSessionCount, encodeUsers } from './codec.js';
import { SESSION_CAP_RETRY_MS, type SessionDirectory } from './directory.js';
import { DIRECTORY_KIND, MANY_USERS, userKey } from './fanout.js';

export interface GatewaySessionsDeps {
  placement: Placement;
  remote: Transport;
  /** This node's directory shard, when it is also a conversation host. */
  directory: SessionDirectory | null;
  store: LastSeenStore;
  /** Wall time for presence answers; deadlines and back-off pauses of registrations. */
  clock: Clock;
  /** How long a session's registration is tried before the session is refused (close 4102). */
  registerTimeoutMs: number;
  log: ClusterLog;
  /**
   * On a conversation host: the gateways holding the user's sessions as its route cache knows them
   * (undefined: not known, or the user's entry is moving). Kept as current as deliveries, so the push
   * planner's question needs no directory round trip for users the host delivers to.
   */
  knownRoute?(userId: string): readonly string[] | undefined;
  /** Registers at this node's own directory shard (present with `directory`): ClusterChat.setSession. */
  setLocal?(userId: string, count: number, opening: boolean): Promise<number>;
  /** A registration's answer: the user's sessions are on this many gateways (this one's budget share). */
  budgetShared?(userId: string, gateways: number): void;
}

/** The directory node's refusal of a session over the per-user cap (local or from a peer), as the client's error. */
function capRefusal(err: unknown): ChorusError | undefined {
  if (err instanceof ChorusError) return err.code === ErrorCode.RATE_LIMITED ? err : undefined;
  if (err instanceof RemoteHandlerError && err.appCode === Number(ErrorCode.RATE_LIMITED)) {
    return new ChorusError(ErrorCode.RATE_LIMITED, err.message, { cause: err, retryAfterMs: SESSION_CAP_RETRY_MS });
  }
  return undefined;
}

/**
 * A gateway's side of the session directory: it counts its own sessions per user and writes the
 * count to the user's directory node (absolute counts, so a retry or a re-registration after a
 * ring change is harmless). The welcome waits for the first registration, so that a client's sync
 * after the welcome cannot miss a message fanned out before the directory knew of the session.
 */
export class GatewaySessions implements SessionPresence {
  private readonly counts = new Map<string, number>();
  /** Users whose presence sessions on this gateway watch. */
  private readonly watching = new Set<string>();
  private closed = false;

  constructor(private readonly d: GatewaySessionsDeps) {}

  /**
   * Rejects with RATE_LIMITED when the user's directory node refuses the session (the user holds
   * --max-sessions-per-user sessions over all gateways already); the session is still counted
   * here until it is closed (disconnected), like any other.
   */
  connected(userId: string): Promise<void> {
    this.counts.set(userId, (this.counts.get(userId) ?? 0) + 1);
    return this.register(userId, this.d.registerTimeoutMs, true);
  }

  disconnected(userId: string): void {
    const n = (this.counts.get(userId) ?? 1) - 1;
    if (n > 0) this.counts.set(userId, n);
    else this.counts.delete(userId);
    // In the background: a directory node that cannot be told keeps the entry until this gateway
    // re-registers after the next ring change or leaves the cluster.
    this.register(userId, this.d.registerTimeoutMs * 3).catch((err: unknown) => this.d.log.warn({ err, user: userId }, 'session end not recorded in the directory'));
  }

  async snapshot(userIds: readonly string[]): Promise<PresenceView[]> {
    const online = await this.ask('online', userIds);
    const now = this.d.clock.now();
    const offline = userIds.filter((u) => !online.has(u));
    const seen = offline.length > 0 ? await this.d.store.lastSeen(offline) : new Map<string, number>();
    return userIds.map((u) => (online.has(u) ? { userId: u, online: true, lastSeen: now } : { userId: u, online: false, lastSeen: seen.get(u) ?? 0 }));
  }

  /** Which of the users have no open session anywhere (for push decisions). */
  async withoutSession(userIds: string[]): Promise<string[]> {
    const unknown = this.d.knownRoute === undefined ? userIds : userIds.filter((u) => this.d.knownRoute!(u) === undefined);
    const open = unknown.length > 0 ? await this.ask('sessions', unknown) : new Set<string>();
    return userIds.filter((u) => {
      const route = this.d.knownRoute?.(u);
      return route === undefined ? !open.has(u) : route.length === 0;
    });
  }

  /** Sessions here started or stopped watching the user's presence: the user's directory node sends changes here only while watched. */
  watched(userId: string, watching: boolean): void {
    if (watching) this.watching.add(userId);
    else this.watching.delete(userId);
    this.tellWatch(userId, watching);
  }

  /** After a ring change: users whose directory node changed are registered (and watched) with the new one. */
  placementChanged(ring: RingSnapshot): void {
    const moved = (userId: string): boolean => {
      const key = userKey(userId);
      return ring.previous === undefined || ring.previous.ownerId(key) !== ring.ownerId(key);
    };
    for (const userId of this.counts.keys()) {
      if (!moved(userId)) continue;
      this.register(userId, this.d.registerTimeoutMs * 3).catch((err: unknown) => this.d.log.warn({ err, user: userId }, 're-registration with the directory failed'));
    }
    for (const userId of this.watching) if (moved(userId)) this.tellWatch(userId, true);
  }

  /**
   * The directory node `nodeId` forgot its shard (a lost lease, directory_recovery.ts): the users
   * with sessions here that are placed there are registered (and watched) there again.
   */
  reregisterAt(nodeId: string): void {
    const placedThere = (userId: string): boolean => this.d.placement.owner('conversation', userKey(userId))?.id === nodeId;
    for (const userId of this.counts.keys()) {
      if (!placedThere(userId)) continue;
      this.register(userId, this.d.registerTimeoutMs * 3).catch((err: unknown) => this.d.log.warn({ err, user: userId }, 're-registration with a reset directory failed'));
    }
    for (const userId of this.watching) if (placedThere(userId)) this.tellWatch(userId, true);
  }

  private tellWatch(userId: string, watching: boolean): void {
    const owner = this.d.placement.owner('conversation', userKey(userId));
    if (owner === undefined) return;
    if (owner.id === this.d.placement.selfId && this.d.directory !== null) {
      this.d.directory.watch(userId, owner.id, watching);
      return;
    }
    try {
      this.d.remote.tell(owner, { kind: DIRECTORY_KIND, key: userId }, 'watch', encodeSessionCount(watching ? 1 : 0));
    } catch (err) {
      // The user's presence changes may not reach this gateway's watchers until the next ring change; snapshots stay right.
      this.d.log.debug({ err, user: userId }, 'presence watch not sent');
    }
  }

  /** Users with sessions on this gateway. */
  get users(): number {
    return this.counts.size;
  }

  close(): void {
    this.closed = true;
  }

  /** Writes the current count to the user's directory node, retrying (with a fresh ring each time) until the deadline. */
  private async register(userId: string, timeoutMs: number, opening = false): Promise<void> {
    const until = this.d.clock.now() + timeoutMs;
    for (let attempt = 0; ; attempt++) {
      if (this.closed) return;
      const owner = this.d.placement.owner('conversation', userKey(userId));
      const count = this.counts.get(userId) ?? 0;
      try {
        if (owner === undefined) throw new ChorusError(ErrorCode.UNAVAILABLE, 'no conversation host holds the session directory');
        let gateways: number;
        if (owner.id === this.d.placement.selfId && this.d.directory !== null) {
          gateways = this.d.setLocal === undefined ? this.d.directory.set(userId, owner.id, count, opening) : await this.d.setLocal(userId, count, opening);
        }
        else {
          const left = Math.max(1, Math.floor(until - this.d.clock.now()));
          const reply = await this.d.remote.request(owner, { kind: DIRECTORY_KIND, key: userId }, 'session', encodeSessionCount(count, opening), { timeoutMs: left });
          // An empty reply (a directory node from before budget shares) decodes as 0: no share.
          gateways = decodeSessionCount(reply);
        }
        if (gateways > 0) this.d.budgetShared?.(userId, gateways);
        return;
      } catch (err) {
        const refused = capRefusal(err);
        if (refused !== undefined) throw refused;
        const pause = backoffMs(attempt, 20, 1000);
        if (this.d.clock.now() + pause >= until) {
          throw new ChorusError(ErrorCode.UNAVAILABLE, 'session directory unavailable, reconnect', { cause: err, retryAfterMs: 1000 });
        }
        await delay(pause, undefined, this.d.clock);
      }
    }
  }

  /** Asks the directory nodes of the users one question each; users on unreachable nodes count as "no". */
  private async ask(question: 'online' | 'sessions', userIds: readonly string[]): Promise<Set<string>> {
    const ring = this.d.placement.ring('conversation');
    const byNode = new Map<string, string[]>();
    for (const u of userIds) {
      const owner = ring.ownerId(userKey(u));
      if (owner === undefined) continue;
      const list = byNode.get(owner);
      if (list === undefined) byNode.set(owner, [u]);
      else list.push(u);
    }
    const yes = new Set<string>();
    await Promise.all(
      Array.from(byNode, async ([node, users]) => {
        const directory = this.d.directory;
        if (node === this.d.placement.selfId && directory !== null) {
          for (const u of users) if (question === 'online' ? directory.isOnline(u) : directory.hasSession(u)) yes.add(u);
          return;
        }
        const member: Member | undefined = ring.member(node);
        if (member === undefined) return;
        try {
          const reply = await this.d.remote.request(member, { kind: DIRECTORY_KIND, key: MANY_USERS }, question, encodeUsers(users), { timeoutMs: this.d.registerTimeoutMs });
          for (const u of decodeUsers(reply)) yes.add(u);
        } catch (err) {
          this.d.log.debug({ err, peer: node }, `directory ${question} query failed`);
        }
      }),
    );
    return yes;
  }
}
