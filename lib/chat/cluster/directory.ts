import { ChorusError, ErrorCode } from '../../protocol/mod.js';
import type { Clock, Timer } from '../../time/mod.js';

/** How long a client refused for too many sessions is told to wait before it tries again. */
export const SESSION_CAP_RETRY_MS = 5_000;

export interface SessionDirectoryDeps {
  clock: Clock;
  /** A user goes offline only after having no session for this long (debounces reconnects). */
  graceMs: number;
  /** A user came online, or went offline after the grace period. */
  presenceChanged(userId: string, online: boolean, at: number): void;
  /**
   * The number of gateways holding the user's sessions changed (and is not 0): each of them, except
   * `except` (the gateway whose registration changed it, which learns it from the reply), is told
   * its new share of the user's frame budget.
   */
  gatewaysChanged?(userId: string, gateways: ReadonlyMap<string, number>, except: string | undefined): void;
  /** Sessions one user may hold over all gateways together (--max-sessions-per-user); 0 or absent: no cap. */
  maxSessionsPerUser?: number;
  /** Several regions: the user's sessions in this region went from none to some, or (after the grace period) back. */
  localPresence?(userId: string, online: boolean): void;
}

/**
 * This node's shard of the session directory: for each user placed here (by `u:<id>` on the
 * conversation ring), how many sessions each gateway holds. Gateways write absolute counts, so a
 * repeated or re-sent registration is harmless. Fan-out asks it which gateways to send a frame to,
 * pushes ask it who is offline, and presence is derived from it: online while any gateway holds a
 * session, offline `graceMs` after the last one closed.
 */
export class SessionDirectory {
  private readonly users = new Map<string, Map<string, number>>();
  private readonly leaving = new Map<string, Timer>();
  /** user → gateways whose sessions watch the user's presence (presence changes go to these only). */
  private readonly watchers = new Map<string, Set<string>>();
  /** Several regions: user → the other regions where the user has sessions (docs/regions.md). */
  private readonly remote = new Map<string, Set<string>>();

  constructor(private readonly d: SessionDirectoryDeps) {}

  /**
   * Sets how many sessions of the user a gateway holds (0 removes it). Answers how many gateways
   * hold the user's sessions now: the divisor of that gateway's share of the user's frame budget.
   * An `opening` registration (one that adds a session) that would take the user's sessions over
   * all gateways above the cap is refused (RATE_LIMITED) and changes nothing; re-registrations
   * and decreases are always taken, so the directory never loses a session that exists.
   */
  set(userId: string, gatewayId: string, count: number, opening = false): number {
    let gateways = this.users.get(userId);
    if (opening) this.checkCap(userId, gateways, gatewayId, count);
    const before = gateways !== undefined;
    const spread = gateways?.size ?? 0;
    if (count > 0) {
      if (gateways === undefined) this.users.set(userId, (gateways = new Map()));
      gateways.set(gatewayId, count);
    } else if (gateways !== undefined) {
      gateways.delete(gatewayId);
      if (gateways.size === 0) this.users.delete(userId);
    }
    this.transition(userId, before, this.users.has(userId));
    const now = gateways?.size ?? 0;
    if (now !== spread && now > 0) this.d.gatewaysChanged?.(userId, gateways!, gatewayId);
    return now;
  }

  /** Throws when the gateway's new count would take the user's total above the cap. */
  private checkCap(userId: string, gateways: ReadonlyMap<string, number> | undefined, gatewayId: string, count: number): void {
    const max = this.d.maxSessionsPerUser ?? 0;
    if (max <= 0 || count <= (gateways?.get(gatewayId) ?? 0)) return;
    let total = count;
    for (const [g, n] of gateways ?? []) if (g !== gatewayId) total += n;
    if (total <= max) return;
    throw new ChorusError(ErrorCode.RATE_LIMITED, `too many sessions: user ${userId} has ${max} open (the most allowed); close one, then reconnect`, { retryAfterMs: SESSION_CAP_RETRY_MS });
  }

  /** A gateway's sessions started (true) or stopped (false) watching the user's presence. */
  watch(userId: string, gatewayId: string, watching: boolean): void {
    let set = this.watchers.get(userId);
    if (watching) {
      if (set === undefined) this.watchers.set(userId, (set = new Set()));
      set.add(gatewayId);
    } else if (set !== undefined && set.delete(gatewayId) && set.size === 0) this.watchers.delete(userId);
  }

  /** Gateways watching the user's presence. */
  watchersOf(userId: string): ReadonlySet<string> | undefined {
    return this.watchers.get(userId);
  }

  /** Gateways holding sessions of the user, or undefined when none does. */
  gatewaysOf(userId: string): ReadonlyMap<string, number> | undefined {
    return this.users.get(userId);
  }

  /** A session here or in another region (push decisions). */
  hasSession(userId: string): boolean {
    return this.users.has(userId) || this.remote.has(userId);
  }

  /** Online includes the grace period after the last session closed, and sessions in other regions. */
  isOnline(userId: string): boolean {
    return this.users.has(userId) || this.leaving.has(userId) || this.remote.has(userId);
  }

  /** Another region says the user has sessions there (or no longer has): presence is the OR over regions. */
  setRemote(userId: string, region: string, online: boolean): void {
    const before = this.isOnline(userId);
    let regions = this.remote.get(userId);
    if (online) {
      if (regions === undefined) this.remote.set(userId, (regions = new Set()));
      regions.add(region);
    } else if (regions !== undefined && regions.delete(region) && regions.size === 0) this.remote.delete(userId);
    const after = this.isOnline(userId);
    if (before !== after) this.d.presenceChanged(userId, after, this.d.clock.now());
  }

  /** A region's link is down past the bound (region_links.ts): forget every user's sessions there. Answers how many. */
  forgetRegion(region: string): number {
    const users: string[] = [];
    for (const [userId, regions] of this.remote) if (regions.has(region)) users.push(userId);
    for (const userId of users) this.setRemote(userId, region, false);
    return users.length;
  }

  /** Users with sessions in this region on this shard (published again to a region that asks). */
  localUsers(): string[] {
    return [...this.users.keys(), ...this.leaving.keys()];
  }

  /** Forgets gateways that left the cluster: their sessions are gone (their users reconnect elsewhere). */
  keepGateways(alive: ReadonlySet<string>): void {
    for (const [userId, set] of this.watchers) {
      for (const g of set) if (!alive.has(g)) set.delete(g);
      if (set.size === 0) this.watchers.delete(userId);
    }
    for (const [userId, gateways] of this.users) {
      let changed = false;
      for (const g of gateways.keys()) {
        if (!alive.has(g)) {
          gateways.delete(g);
          changed = true;
        }
      }
      if (changed && gateways.size === 0) {
        this.users.delete(userId);
        this.transition(userId, true, false);
      } else if (changed) this.d.gatewaysChanged?.(userId, gateways, undefined);
    }
  }

  /** Forgets users no longer placed here, silently: their new directory node hears from the gateways. */
  keepUsers(placedHere: (userId: string) => boolean): void {
    for (const userId of this.users.keys()) if (!placedHere(userId)) this.users.delete(userId);
    for (const userId of this.watchers.keys()) if (!placedHere(userId)) this.watchers.delete(userId);
    for (const userId of this.remote.keys()) if (!placedHere(userId)) this.remote.delete(userId);
    for (const [userId, timer] of this.leaving) {
      if (placedHere(userId)) continue;
      this.d.clock.clearTimeout(timer);
      this.leaving.delete(userId);
    }
  }

  /** Users with sessions on this shard (metrics). */
  get size(): number {
    return this.users.size;
  }

  close(): void {
    for (const timer of this.leaving.values()) this.d.clock.clearTimeout(timer);
    this.leaving.clear();
    this.users.clear();
    this.watchers.clear();
    this.remote.clear();
  }

  /** This region's sessions of the user came or went: other regions are told; watchers only when the OR changed. */
  private localChanged(userId: string, online: boolean): void {
    this.d.localPresence?.(userId, online);
    if (!this.remote.has(userId)) this.d.presenceChanged(userId, online, this.d.clock.now());
  }

  private transition(userId: string, was: boolean, is: boolean): void {
    if (was === is) return;
    if (is) {
      const timer = this.leaving.get(userId);
      if (timer !== undefined) {
        // Back within the grace period: to everyone else it never left.
        this.d.clock.clearTimeout(timer);
        this.leaving.delete(userId);
        return;
      }
      this.localChanged(userId, true);
      return;
    }
    const timer = this.d.clock.setTimeout(() => {
      this.leaving.delete(userId);
      this.localChanged(userId, false);
    }, this.d.graceMs);
    timer.unref?.();
    this.leaving.set(userId, timer);
  }
}
