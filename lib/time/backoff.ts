/** Exponential back-off with full jitter: attempt 1 waits up to minMs, doubling up to maxMs. */
export function backoffMs(attempt: number, minMs: number, maxMs: number, random: () => number = Math.random): number {
  const ceiling = Math.min(maxMs, minMs * 2 ** Math.max(0, attempt - 1));
  return Math.max(minMs / 2, ceiling * random());
}
