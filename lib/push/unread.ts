/**
 * Per-user unread counts for badges: one number per (user, conversation), rewritten (never
 * incremented: a retried write is harmless) when it is recomputed, so the badge of a push is one
 * read of the user's partition instead of a scan of 50 conversations.
 *
 * The counts are kept exact while the user is offline, which is when pushes need them: every push
 * recomputes its own conversation's count. While the user is online, messages they receive change
 * counts nobody rewrites, so each receipt that moves (delivered or read) marks the user's counts
 * stale (one constant write, no read) and the next push recomputes them all once.
 */
export interface UnreadCounter {
  set(userId: string, conversationId: string, unread: number): Promise<void>;
  /** The user's counts and whether they are fresh (no receipt moved since markFresh). One read. */
  read(userId: string): Promise<UnreadCounts>;
  /** true after a full recomputation; false when a receipt of the user moved. */
  setFresh(userId: string, fresh: boolean): Promise<void>;
  close(): Promise<void>;
}

export interface UnreadCounts {
  fresh: boolean;
  byConversation: Map<string, number>;
}

/** The row that holds the fresh flag: no conversation id is empty. */
export const FRESH_ROW = '';

/** Sum of the counts, at most cap, optionally with one conversation's count replaced. */
export function unreadTotal(counts: UnreadCounts, cap: number, replace?: { conversationId: string; unread: number }): number {
  let sum = replace?.unread ?? 0;
  for (const [c, n] of counts.byConversation) if (c !== replace?.conversationId) sum += n;
  return Math.min(sum, cap);
}
