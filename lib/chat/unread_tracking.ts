import type { UnreadCounter } from '../push/mod.js';
import type { CursorAdvance, CursorRecord, CursorStore } from '../storage/mod.js';

/**
 * The store as the conversation actors see it, with the unread counts kept in step with receipts:
 * when a member's cursor moves, their counts are marked stale (one write, not awaited by the
 * receipt), so the next push recounts them (push/unread.ts). Every other call goes to the store.
 */
export function trackReceipts<S extends CursorStore>(store: S, unread: UnreadCounter, onError: (err: unknown) => void): S {
  const advanceCursor = async (cursor: CursorRecord, at: number): Promise<CursorAdvance> => {
    const moved = await store.advanceCursor(cursor, at);
    if (moved.memberMoved) unread.setFresh(cursor.userId, false).catch(onError);
    return moved;
  };
  return new Proxy(store, {
    get(target, prop) {
      if (prop === 'advanceCursor') return advanceCursor;
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}
