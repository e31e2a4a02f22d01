import type {
  ActivityPosition,
  CursorAdvance,
  CursorRecord,
  CursorStore,
  Inbox,
  LastSeenStore,
  MemberCursor,
  MessageRecord,
  ReactionCount,
  ReactionRecord,
  ReactionStore,
} from './store.js';

/**
 * The roles a backend answers from separate parts (its *_receipts.ts, *_reactions.ts and
 * *_inbox.ts files), so the delegation is written once for SqliteStore and ScyllaStore. The
 * subclass sets the parts in its constructor.
 */
export abstract class DelegatingStore implements CursorStore, LastSeenStore, ReactionStore, Inbox {
  protected abstract readonly receipts: CursorStore & LastSeenStore;
  protected abstract readonly reactionParts: ReactionStore;
  protected abstract readonly inbox: Inbox;

  advanceCursor(cursor: CursorRecord, at: number): Promise<CursorAdvance> {
    return this.receipts.advanceCursor(cursor, at);
  }

  cursors(userId: string, deviceId: string): Promise<CursorRecord[]> {
    return this.receipts.cursors(userId, deviceId);
  }

  memberCursors(conversationId: string): Promise<MemberCursor[]> {
    return this.receipts.memberCursors(conversationId);
  }

  receiptsUpdatedAt(conversationId: string): Promise<number> {
    return this.receipts.receiptsUpdatedAt(conversationId);
  }

  setLastSeen(userId: string, at: number): Promise<void> {
    return this.receipts.setLastSeen(userId, at);
  }

  lastSeen(userIds: readonly string[]): Promise<Map<string, number>> {
    return this.receipts.lastSeen(userIds);
  }

  react(reaction: ReactionRecord, add: boolean): Promise<ReactionCount[]> {
    return this.reactionParts.react(reaction, add);
  }

  reactions(conversationId: string, seqs: readonly number[], reader: string): Promise<Map<number, ReactionCount[]>> {
    return this.reactionParts.reactions(conversationId, seqs, reader);
  }

  conversationsByActivity(userId: string, before: ActivityPosition | null, limit: number): Promise<ActivityPosition[]> {
    return this.inbox.conversationsByActivity(userId, before, limit);
  }

  unreadCount(conversationId: string, userId: string, afterSeq: number, cap: number): Promise<number> {
    return this.inbox.unreadCount(conversationId, userId, afterSeq, cap);
  }

  lastText(conversationId: string): Promise<MessageRecord | undefined> {
    return this.inbox.lastText(conversationId);
  }
}
