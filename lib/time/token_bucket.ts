/**
 * Token buckets: `perSecond` tokens a second, up to `burst`. A bucket is just two numbers that
 * its owner holds inline (one per socket, per online user, per recent remote address); rate and
 * burst come with each call. Tokens stay whole numbers (small integers, no boxed doubles): time
 * only counts once it has earned a whole token.
 */
export interface TokenBucket {
  tokens: number;
  /** When the bucket last earned tokens (ms). */
  at: number;
}

export function fullBucket(burst: number, now: number): TokenBucket {
  return { tokens: burst, at: now };
}

/** Takes one token if there is one. */
export function takeToken(b: TokenBucket, now: number, perSecond: number, burst: number): boolean {
  refill(b, now, perSecond, burst);
  if (b.tokens < 1) return false;
  b.tokens--;
  return true;
}

/** True once the bucket has refilled to `burst`: its owner may then forget it. */
export function bucketFull(b: TokenBucket, now: number, perSecond: number, burst: number): boolean {
  refill(b, now, perSecond, burst);
  return b.tokens >= burst;
}

function refill(b: TokenBucket, now: number, perSecond: number, burst: number): void {
  const earned = Math.floor(((now - b.at) * perSecond) / 1000);
  if (earned > 0) {
    b.tokens = Math.min(burst, b.tokens + earned);
    b.at = now;
  }
}
