/** How many failures a kind tolerates and how long it waits before a restart. */
export interface RestartPolicy {
  readonly maxRestarts: number;
  readonly restartWindowMs: number;
  readonly minBackoffMs: number;
  readonly maxBackoffMs: number;
}

/** An actor's failures in the current window; kept on the actor's cell, not in an object of its own. */
export interface RestartCount {
  restarts: number;
  windowStart: number;
}

/**
 * Counts one failure: the window restarts when the last one began more than restartWindowMs ago.
 * Returns the back-off before the next incarnation (doubling from minBackoffMs, capped at
 * maxBackoffMs), or null when the failures in the window exceed maxRestarts.
 */
export function countFailure(policy: RestartPolicy, count: RestartCount, now: number): number | null {
  if (now - count.windowStart > policy.restartWindowMs) {
    count.windowStart = now;
    count.restarts = 0;
  }
  count.restarts++;
  if (count.restarts > policy.maxRestarts) return null;
  return Math.min(policy.maxBackoffMs, policy.minBackoffMs * 2 ** (count.restarts - 1));
}
