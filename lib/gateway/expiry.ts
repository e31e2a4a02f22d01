import type { Clock, Timer } from '../time/mod.js';

/** Something the wheel calls back at a deadline. */
export interface Expiring {
  /** The wheel's bookkeeping: the bucket holding this entry, or -1. Only the wheel writes it. */
  wheelSlot: number;
  /** Called once the deadline has passed; may schedule the next one. */
  due(now: number): void;
}

/**
 * Deadlines of many sessions (token warnings and expiries) on one timer. Entries sit in buckets of
 * `resolutionMs`, and one timer ticks while any are pending, so a deadline fires at most about two
 * resolution steps late. It costs one set entry per pending deadline and no timer object per
 * session. Rescheduling and cancelling are O(1).
 */
export class ExpiryWheel<T extends Expiring> {
  private readonly buckets = new Map<number, Set<T>>();
  private timer: Timer | null = null;
  /** The next bucket to process. */
  private cursor: number;
  private pending = 0;

  constructor(
    private readonly clock: Clock,
    private readonly resolutionMs = 1000,
  ) {
    this.cursor = Math.floor(clock.now() / resolutionMs);
  }

  /** Deadlines waiting. */
  get size(): number {
    return this.pending;
  }

  /** Calls holder.due(now) once the clock has passed `at` (replacing the holder's previous deadline). */
  schedule(holder: T, at: number): void {
    this.cancel(holder);
    if (this.pending === 0 && this.timer === null) this.cursor = Math.floor(this.clock.now() / this.resolutionMs);
    const slot = Math.max(this.cursor, Math.ceil(at / this.resolutionMs));
    let bucket = this.buckets.get(slot);
    if (bucket === undefined) this.buckets.set(slot, (bucket = new Set()));
    bucket.add(holder);
    holder.wheelSlot = slot;
    this.pending++;
    this.arm();
  }

  cancel(holder: T): void {
    if (holder.wheelSlot < 0) return;
    const bucket = this.buckets.get(holder.wheelSlot);
    if (bucket?.delete(holder) === true) {
      this.pending--;
      if (bucket.size === 0) this.buckets.delete(holder.wheelSlot);
    }
    holder.wheelSlot = -1;
  }

  /** Drops every deadline and the timer. */
  stop(): void {
    if (this.timer !== null) this.clock.clearTimeout(this.timer);
    this.timer = null;
    for (const bucket of this.buckets.values()) for (const h of bucket) h.wheelSlot = -1;
    this.buckets.clear();
    this.pending = 0;
  }

  private arm(): void {
    if (this.timer !== null || this.pending === 0) return;
    this.timer = this.clock.setTimeout(() => {
      this.timer = null;
      this.tick();
    }, this.resolutionMs);
    this.timer.unref?.();
  }

  private tick(): void {
    const now = this.clock.now();
    const last = Math.floor(now / this.resolutionMs);
    while (this.cursor <= last && this.pending > 0) {
      const slot = this.cursor++;
      const bucket = this.buckets.get(slot);
      if (bucket === undefined) continue;
      this.buckets.delete(slot);
      this.pending -= bucket.size;
      for (const h of bucket) {
        h.wheelSlot = -1;
        h.due(now);
      }
    }
    if (this.pending === 0) this.cursor = last + 1;
    this.arm();
  }
}
