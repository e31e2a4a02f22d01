/**
 * The store behind Chorus: an append-only message log per conversation, the conversations and
 * their members, and per-device cursors. Implementations: SqliteStore (embedded) and, for
 * production, ScyllaStore. Every implementation must pass test/storage/contract.ts.
 *
 * Ordering and atomicity: append() writes a batch of one conversation's messages all-or-nothing.
 * The caller (the conversation actor, the single writer) assigns seq numbers; the store refuses a
 * seq that already exists with SeqConflictError, which is what fences a stale writer.
 */
export interface MessageStore {
  /**
   * Creates a conversation with its members. For a direct conversation an existing one with the
   * same id is returned unchanged (created: false); for a group an existing id is a ConflictError.
   */
  createConversation(conversation: ConversationRecord, members: readonly MemberRecord[]): Promise<CreateResult>;
  getConversation(id: string): Promise<ConversationRecord | undefined>;
  members(conversationId: string): Promise<MemberRecord[]>;
  /** The user's conversation ids in ascending order, after `afterId` (exclusive), at most `limit`. */
  conversationsOf(userId: string, afterId: string, limit: number): Promise<string[]>;

  /** Appends consecutive messages of one conversation, all or nothing. */
  append(messages: readonly MessageRecord[]): Promise<void>;
  /** Highest stored seq of the conversation, 0 when it has none. */
  lastSeq(conversationId: string): Promise<number>;
  /** Messages in ascending seq order; see RangeQuery for which ones. */
  range(conversationId: string, query: RangeQuery): Promise<MessageRecord[]>;
  /** The message a sender stored under a client id, for deduplicating resends. */
  byClientId(conversationId: string, senderId: string, clientId: string): Promise<MessageRecord | undefined>;

  /** Moves a device cursor forward (never back). Returns the cursor's value after the call. */
  advanceCursor(cursor: CursorRecord): Promise<number>;
  cursors(userId: string, deviceId: string): Promise<CursorRecord[]>;

  /** Cheap round trip to the backend, for readiness. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export type ConversationKind = 'direct' | 'group';
export type MemberRole = 'owner' | 'admin' | 'member';
export type CursorKind = 'delivered' | 'read';

export interface ConversationRecord {
  id: string;
  kind: ConversationKind;
  title: string;
  createdBy: string;
  createdAt: number;
}

export interface MemberRecord {
  userId: string;
  role: MemberRole;
  joinedAt: number;
}

export interface CreateResult {
  created: boolean;
  conversation: ConversationRecord;
}

export interface MessageRecord {
  conversationId: string;
  seq: number;
  senderId: string;
  senderDevice: string;
  clientId: string;
  sentAt: number;
  text: string;
}

/**
 * afterSeq: the first `limit` messages with seq > afterSeq.
 * beforeSeq: the last `limit` messages with seq < beforeSeq.
 * Neither: the newest `limit` messages.
 */
export interface RangeQuery {
  afterSeq?: number;
  beforeSeq?: number;
  limit: number;
}

export interface CursorRecord {
  userId: string;
  deviceId: string;
  conversationId: string;
  kind: CursorKind;
  seq: number;
}

/** Limits every store enforces before it writes anything. */
export const StoreLimits = {
  maxTextBytes: 64 * 1024,
  maxIdLength: 140,
  maxTitleBytes: 256,
  maxRangeLimit: 1000,
} as const;
