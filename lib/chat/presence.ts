import type { Clock, Timer } from '../time/mod.js';
import { encodeServerFrame } from '../protocol/mod.js';
import type { LastSeenStore } from '../storage/mod.js';
import type { PresenceView, SessionPresence } from './types.js';

export type { PresenceView };


/**
 * Online/offline per user, derived from the user's sessions on this gateway: online while any is
 * open. Going offline waits `graceMs`, so a reconnecting (flapping) client publishes nothing.
 * A change is published once, to the gateway's sessions that watch the user (only those that
 * have one of the user's conversations open), so a change costs O(watchers) and nothing per idle
 * connection.
 */
export class PresenceHub implements SessionPresence {
  private readonly sessions = new Map<string, number>();
  private readonly leaving = new Map<string, Timer>();

  constructor(
    private readonly store: LastSeenStore,
    private readonly publish: (userId: string, frame: Uint8Array) => void,
    private readonly clock: Clock,
    private readonly graceMs: number,
  ) {}

  connected(userId: string): void {
    const n = this.sessions.get(userId) ?? 0;
    this.sessions.set(userId, n + 1);
    if (n > 0) return;
    const timer = this.leaving.get(userId);
    if (timer !== undefined) {
      // Back within the grace period: to everyone else it never left.
      this.clock.clearTimeout(timer);
      this.leaving.delete(userId);
      return;
    }
    this.announce(userId, true, this.clock.now());
  }

  disconnected(userId: string): void {
    const n = (this.sessions.get(userId) ?? 1) - 1;
    if (n > 0) {
      this.sessions.set(userId, n);
      return;
    }
    this.sessions.delete(userId);
    const timer = this.clock.setTimeout(() => {
      this.leaving.delete(userId);
      const at = this.clock.now();
      this.announce(userId, false, at);
      this.store.setLastSeen(userId, at).catch(() => undefined); // best effort: presence is a hint
    }, this.graceMs);
    timer.unref?.();
    this.leaving.set(userId, timer);
  }

  /** An open session right now, not counting the grace period (push decisions use this). */
  hasOpenSession(userId: string): boolean {
    return this.sessions.has(userId);
  }

  withoutSession(userIds: string[]): string[] {
    return userIds.filter((u) => !this.sessions.has(u));
  }

  isOnline(userId: string): boolean {
    return this.sessions.has(userId) || this.leaving.has(userId);
  }

  async snapshot(userIds: readonly string[]): Promise<PresenceView[]> {
    const now = this.clock.now();
    const offline = userIds.filter((u) => !this.isOnline(u));
    const seen = offline.length > 0 ? await this.store.lastSeen(offline) : new Map<string, number>();
    return userIds.map((u) => (this.isOnline(u) ? { userId: u, online: true, lastSeen: now } : { userId: u, online: false, lastSeen: seen.get(u) ?? 0 }));
  }

  /** Users currently online (for metrics and tests). */
  get online(): number {
    return this.sessions.size + this.leaving.size;
  }

  private announce(userId: string, online: boolean, at: number): void {
    this.publish(userId, encodeServerFrame({ presence: { userId, online, lastSeenMs: at } }));
  }
}
