import { ChorusError, ErrorCode } from '../protocol/mod.js';
import type { StoredEntry } from './recent_entries.js';
import type { MessageRecord, RangeQuery } from '../storage/mod.js';

/** Recent seq → accept time, for delivery latency: a ring indexed by seq (one array, no per-entry objects). */
export class SentTimes {
  private static readonly SIZE = 512;
  private readonly ring = new Float64Array(SentTimes.SIZE * 2);

  set(seq: number, sentAt: number): void {
    const at = (seq % SentTimes.SIZE) * 2;
    this.ring[at] = seq;
    this.ring[at + 1] = sentAt;
  }

  /** The accept time of `seq`, if it is still in the ring. */
  get(seq: number): number | undefined {
    const at = (seq % SentTimes.SIZE) * 2;
    return this.ring[at] === seq ? this.ring[at + 1] : undefined;
  }
}

/** The store query for a history page that may not read past `upper`, one row more to see if there is more. */
export function pageQuery(q: RangeQuery, upper: number): RangeQuery {
  return q.afterSeq !== undefined
    ? { afterSeq: q.afterSeq, limit: q.limit + 1 }
    : { beforeSeq: Math.min(q.beforeSeq ?? upper + 1, upper + 1), limit: q.limit + 1 };
}

/** Cuts what pageQuery found to the page: rows up to `upper`, at most `limit`, and whether more exist. */
export function pageRows(found: MessageRecord[], q: RangeQuery, upper: number): { rows: MessageRecord[]; hasMore: boolean } {
  const rows = q.afterSeq !== undefined ? found.filter((r) => r.seq <= upper) : found;
  const hasMore = rows.length > q.limit;
  if (hasMore) {
    if (q.afterSeq !== undefined) rows.pop();
    else rows.shift();
  }
  return { rows, hasMore };
}

/** A recent entry still waiting for its batch (it has waiters), not yet stored. */
export function isPending<P extends { waiters: unknown[] }>(e: StoredEntry | P): e is P {
  return 'waiters' in e;
}

export function notMember(): ChorusError {
  return new ChorusError(ErrorCode.FORBIDDEN, 'not a member of this conversation');
}
