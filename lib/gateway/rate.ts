import { bucketFull, fullBucket, takeToken, type TokenBucket } from '../time/mod.js';

/**
 * Token buckets by key (remote address). Full buckets are forgotten, so the map only holds
 * addresses that connected recently.
 */
export class RateByKey {
  private readonly buckets = new Map<string, TokenBucket>();
  private sweptAt = 0;

  constructor(
    private readonly perSecond: number,
    private readonly burst: number,
  ) {}

  take(key: string, now: number): boolean {
    if (now - this.sweptAt > 10_000) this.sweep(now);
    let b = this.buckets.get(key);
    if (b === undefined) this.buckets.set(key, (b = fullBucket(this.burst, now)));
    return takeToken(b, now, this.perSecond, this.burst);
  }

  private sweep(now: number): void {
    this.sweptAt = now;
    for (const [key, b] of this.buckets) if (bucketFull(b, now, this.perSecond, this.burst)) this.buckets.delete(key);
  }
}
