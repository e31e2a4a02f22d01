import type { FrameBudget, SessionDirectory, SessionHandle } from './session_env.js';
import type { Fanout } from '../chat/types.js';
import { isEphemeralServerFrame } from '../protocol/mod.js';
import { bucketFull, takeToken, type TokenBucket } from '../time/mod.js';

interface Budget {
  perSecond: number;
  burst: number;
}

/**
 * One user on this gateway: their ready sessions and the frame budget (a token bucket) they share.
 * Kept small, since there is one per online user: the bucket is inline and a lone session (the
 * common case) is held without an array. When the user's sessions are spread over several
 * gateways, this one allows `1/gateways` of the budget (set by the user's directory node).
 */
class UserEntry implements FrameBudget, TokenBucket {
  /** One session, or several; replaced, never mutated, so a fan-out loop survives a session closing under it. */
  sessions: SessionHandle | readonly SessionHandle[] | null = null;
  tokens: number;
  at: number;
  /** How many gateways the user's budget is split over (1: all of it here). */
  gateways = 1;

  constructor(
    private readonly budget: Budget,
    now: number,
  ) {
    this.tokens = budget.burst;
    this.at = now;
  }

  get count(): number {
    const s = this.sessions;
    return s === null ? 0 : Array.isArray(s) ? s.length : 1;
  }

  add(session: SessionHandle): void {
    const s = this.sessions;
    this.sessions = s === null ? session : Array.isArray(s) ? [...s, session] : [s as SessionHandle, session];
  }

  remove(session: SessionHandle): boolean {
    const s = this.sessions;
    if (s === session) this.sessions = null;
    else if (Array.isArray(s) && s.includes(session)) {
      const rest = s.filter((x) => x !== session);
      this.sessions = rest.length === 1 ? rest[0]! : rest;
    } else return false;
    return true;
  }

  deliver(frame: Uint8Array, ephemeral: boolean): void {
    const s = this.sessions;
    if (s === null) return;
    if (!Array.isArray(s)) (s as SessionHandle).deliver(frame, ephemeral);
    else for (const one of s) one.deliver(frame, ephemeral);
  }

  take(now: number): boolean {
    return takeToken(this, now, this.perSecond, this.burst);
  }

  /** Back to a full bucket: a user without sessions can then be forgotten. */
  full(now: number): boolean {
    return bucketFull(this, now, this.perSecond, this.burst);
  }

  /** Splits the budget over `gateways`: time so far is earned at the old rate, tokens above the new burst are dropped. */
  split(gateways: number, now: number): void {
    bucketFull(this, now, this.perSecond, this.burst);
    this.gateways = gateways;
    this.tokens = Math.min(this.tokens, this.burst);
  }

  private get perSecond(): number {
    return this.budget.perSecond / this.gateways;
  }

  /** Whole tokens, and at least one (a frame must be possible on every gateway). */
  private get burst(): number {
    return Math.max(1, Math.floor(this.budget.burst / this.gateways));
  }
}

/**
 * The gateway's index of ready sessions: by user (fan-out, and the per-user frame budget) and by
 * watched user (presence). Fan-out writes to each session's socket itself instead of publishing to
 * uWS topics, because only a per-socket send shows the socket's backlog: that is what lets a
 * backed-up socket skip ephemeral frames and be closed with 4100 at its limit, rather than have
 * uWS drop frames silently (docs/protocol.md, "Slow consumers").
 */
export class SessionIndex implements SessionDirectory, Fanout {
  private readonly users = new Map<string, UserEntry>();
  /** Users without sessions, kept until their budget has refilled so reconnecting does not reset it. */
  private readonly idle = new Set<string>();
  private readonly watchers = new Map<string, Set<SessionHandle>>();
  private sweptAt = 0;
  /** Told when the first session on this gateway starts, or the last one stops, watching a user (SessionPresence.watched). */
  watchedHook: ((userId: string, watching: boolean) => void) | null = null;

  constructor(
    private readonly budget: Budget,
    private readonly now: () => number,
    private readonly counted: (recipients: number) => void = () => undefined,
  ) {}

  /** Users with an entry (sessions, or a budget still refilling). */
  get size(): number {
    return this.users.size;
  }

  join(session: SessionHandle): FrameBudget {
    const now = this.now();
    if (now - this.sweptAt > 10_000) this.sweep(now);
    const userId = session.userId;
    let entry = this.users.get(userId);
    if (entry === undefined) this.users.set(userId, (entry = new UserEntry(this.budget, now)));
    else this.idle.delete(userId);
    entry.add(session);
    return entry;
  }

  leave(session: SessionHandle): void {
    const entry = this.users.get(session.userId);
    if (entry !== undefined && entry.remove(session) && entry.count === 0) this.idle.add(session.userId);
  }

  /** The user's directory node says their sessions are on `gateways` gateways (ignored without an entry). */
  share(userId: string, gateways: number): void {
    const entry = this.users.get(userId);
    if (entry !== undefined && entry.gateways !== gateways) entry.split(Math.max(1, Math.floor(gateways)), this.now());
  }

  watch(session: SessionHandle, users: readonly string[], previous: readonly string[]): void {
    for (const u of previous) {
      const set = this.watchers.get(u);
      if (set !== undefined && set.delete(session) && set.size === 0) {
        this.watchers.delete(u);
        this.watchedHook?.(u, false);
      }
    }
    for (const u of users) {
      let set = this.watchers.get(u);
      if (set === undefined) {
        this.watchers.set(u, (set = new Set()));
        this.watchedHook?.(u, true);
      }
      set.add(session);
    }
  }

  /** Sends a frame to every ready session of the users (Fanout). */
  toUsers(userIds: Iterable<string>, frame: Uint8Array): void {
    const ephemeral = isEphemeralServerFrame(frame);
    let n = 0;
    for (const id of userIds) {
      const entry = this.users.get(id);
      if (entry === undefined) continue;
      entry.deliver(frame, ephemeral);
      n++;
    }
    this.counted(n);
  }

  /** Sends a presence change of `userId` to the sessions watching them (always ephemeral). */
  presence(userId: string, frame: Uint8Array): void {
    const set = this.watchers.get(userId);
    if (set === undefined) return;
    for (const s of set) s.deliver(frame, true);
  }

  private sweep(now: number): void {
    this.sweptAt = now;
    for (const userId of this.idle) {
      const entry = this.users.get(userId);
      if (entry === undefined || (entry.count === 0 && entry.full(now))) {
        this.users.delete(userId);
        this.idle.delete(userId);
      }
    }
  }
}
