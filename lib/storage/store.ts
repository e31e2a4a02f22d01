/**
 * The store behind Chorus, cut by role: the conversations and their members, an append-only log
 * per conversation with its owner fence, cursors, reactions, the inbox queries and last-seen
 * times. Code takes only the roles it uses; `MessageStore` is all of them, which SqliteStore
 * (embedded) and, for production, ScyllaStore implement. Every implementation must pass
 * test/storage/contract.ts.
 */
export interface MessageStore extends ConversationIndex, MessageLog, OwnerFence, CursorStore, ReactionStore, Inbox, LastSeenStore, StoreLifecycle {}

/** Conversations, their members, and each user's conversations by id. */
export interface ConversationIndex {
  /**
   * Creates a conversation with its members. For a direct conversation an existing one with the
   * same id is returned unchanged (created: false); for a group an existing id is a ConflictError.
   */
  createConversation(conversation: ConversationRecord, members: readonly MemberRecord[]): Promise<CreateResult>;
  getConversation(id: string): Promise<ConversationRecord | undefined>;
  /** Every member record, current (leftSeq 0) and former. */
  members(conversationId: string): Promise<MemberRecord[]>;
  /** One user's member record (current or former), if any. */
  member(conversationId: string, userId: string): Promise<MemberRecord | undefined>;
  /** The user's conversation ids (current and former memberships) in ascending order, after `afterId` (exclusive), at most `limit`. */
  conversationsOf(userId: string, afterId: string, limit: number): Promise<string[]>;
}

/**
 * Each conversation's append-only log. Ordering and atomicity: append() writes a batch of one
 * conversation's messages all-or-nothing. The caller (the conversation actor, the single writer)
 * assigns seq numbers; the store refuses a seq that already exists with SeqConflictError. Across
 * nodes, a stale writer is fenced by the owner epoch: OwnerFence.claimOwner() at activation,
 * append(messages, { epoch }) after it (docs/cluster.md, "Fencing"). Once a conversation has been
 * claimed, every append to it must carry an epoch.
 */
export interface MessageLog {
  /**
   * Appends consecutive entries of one conversation, all or nothing, and applies their effects in
   * the same write: an EDIT replaces its target's text and sets editedAt; a DELETE erases the text
   * of its target and of the target's edits and drops its reactions; MEMBERS adds, removes (sets
   * leftSeq) and re-roles members; RENAME sets the title. Every entry moves lastActivity. The caller
   * (the conversation actor) has checked that the effects are allowed.
   *
   * With `fence`, the append succeeds only if the conversation's current owner epoch still equals
   * fence.epoch; the check and the write are linearizable. Otherwise it throws FencedError and, on
   * the stores whose OwnerFence.fencedAppendsMayStore is true, may have stored entries all the
   * same (those the claim that fenced it counted in; FencedError.storedThrough when known). A
   * fenced writer must not start an append before its previous one has completed.
   */
  append(messages: readonly MessageRecord[], fence?: { epoch: number }): Promise<void>;
  /** Highest stored seq of the conversation, 0 when it has none. */
  lastSeq(conversationId: string): Promise<number>;
  /** Messages in ascending seq order; see RangeQuery for which ones. */
  range(conversationId: string, query: RangeQuery): Promise<MessageRecord[]>;
  /** The message a sender stored under a client id, for deduplicating resends. */
  byClientId(conversationId: string, senderId: string, clientId: string): Promise<MessageRecord | undefined>;
}

/** The single-writer right per conversation, which fenced appends (MessageLog.append) check. */
export interface OwnerFence {
  /**
   * Claims the single-writer right for a conversation: atomically raises its owner epoch and returns
   * the new value, higher than every epoch claimed before for that conversation (by any node).
   * `ownerId` is recorded for operators (which node holds it). Linearizable with append({epoch}):
   * once it has returned, no append carrying a lower epoch succeeds. The conversation need not exist.
   */
  claimOwner(conversationId: string, ownerId: string): Promise<number>;
  /**
   * The seq `epoch` starts at, when this process claimed it with claimOwner and has appended nothing
   * with it yet: the log's end as the claim read it, plus one, so the new owner need not read the
   * end again (ScyllaStore: lastSeq is three reads). Undefined when not known here; absent: ask lastSeq.
   */
  claimedStart?(conversationId: string, epoch: number): number | undefined;
  /**
   * True when an append refused with FencedError may have stored entries nobody acknowledged or
   * delivered (ScyllaStore: write-then-verify, docs/storage.md "Owner epochs"); the owner then
   * delivers again an entry a resend finds by client id. Absent: a refused append stored nothing.
   */
  readonly fencedAppendsMayStore?: boolean;
  /** The latest claim of a conversation, for operators and tests; undefined if never claimed. */
  currentOwner(conversationId: string): Promise<OwnerRecord | undefined>;
}

/** Delivered and read positions, per device and per member. */
export interface CursorStore {
  /**
   * Moves a device cursor forward (never back) and with it the member's cursor (the highest over
   * the member's devices). Returns both values after the call and whether the member's moved.
   */
  advanceCursor(cursor: CursorRecord, at: number): Promise<CursorAdvance>;
  cursors(userId: string, deviceId: string): Promise<CursorRecord[]>;
  /** Per member, the highest delivered and read seq over all their devices. */
  memberCursors(conversationId: string): Promise<MemberCursor[]>;
  /** When any member cursor of the conversation last moved (ms), 0 if never. */
  receiptsUpdatedAt(conversationId: string): Promise<number>;
}

export interface ReactionStore {
  /**
   * Adds or removes one user's reaction on a stored, not deleted TEXT message (the caller checks
   * that). Repeating either is harmless. Returns the message's reaction counts afterwards (as
   * reactions() orders them, `mine` false).
   */
  react(reaction: ReactionRecord, add: boolean): Promise<ReactionCount[]>;
  /**
   * Reaction counts of the given messages (most used first, ties by emoji), with `mine` for
   * `reader`. Messages without any are absent.
   */
  reactions(conversationId: string, seqs: readonly number[], reader: string): Promise<Map<number, ReactionCount[]>>;
}

/** What a user's conversation list shows: activity order, unread counts, the newest text. */
export interface Inbox {
  /** The user's conversations (active memberships) by last activity, newest first, before a position. */
  conversationsByActivity(userId: string, before: ActivityPosition | null, limit: number): Promise<ActivityPosition[]>;
  /** TEXT messages after `afterSeq` sent by others and not deleted, counted up to `cap`. */
  unreadCount(conversationId: string, userId: string, afterSeq: number, cap: number): Promise<number>;
  /** The newest TEXT entry (possibly a tombstone), if any. */
  lastText(conversationId: string): Promise<MessageRecord | undefined>;
}

export interface LastSeenStore {
  setLastSeen(userId: string, at: number): Promise<void>;
  lastSeen(userIds: readonly string[]): Promise<Map<string, number>>;
}

export interface StoreLifecycle {
  /** Cheap round trip to the backend, for readiness. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export type ConversationKind = 'direct' | 'group';
export type EntryKind = 'text' | 'edit' | 'delete' | 'members' | 'rename';
export type MemberRole = 'owner' | 'admin' | 'member';
export type CursorKind = 'delivered' | 'read';

export interface ConversationRecord {
  id: string;
  kind: ConversationKind;
  title: string;
  createdBy: string;
  createdAt: number;
  /** Time of the newest entry (or the creation). */
  lastActivity: number;
  /**
   * The region where the conversation's actor runs and appends (docs/regions.md), set at creation;
   * absent for conversations created without one (the deployment's only region).
   */
  homeRegion?: string;
}

export interface MemberRecord {
  userId: string;
  role: MemberRole;
  joinedAt: number;
  /** Seq of the MEMBERS entry that removed the member; 0 while a member. */
  leftSeq: number;
}

export interface OwnerRecord {
  epoch: number;
  ownerId: string;
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
  /** Current content: '' for a deleted message (and for DELETE, MEMBERS and RENAME entries). */
  text: string;
  kind: EntryKind;
  /** EDIT and DELETE: the seq they change; 0 otherwise. */
  refSeq: number;
  /** Current state of a TEXT entry: when it was last edited (0 = never) and whether it is deleted. */
  editedAt: number;
  deleted: boolean;
  /** MEMBERS and RENAME: what changed (see MembersChange / RenameChange), as JSON. '' otherwise. */
  meta: string;
}

/** meta of a MEMBERS entry. */
export interface MembersChange {
  added: { userId: string; role: MemberRole }[];
  removed: string[];
  roles: { userId: string; role: MemberRole }[];
}

/** meta of a RENAME entry. */
export interface RenameChange {
  title: string;
}

export interface ReactionRecord {
  conversationId: string;
  seq: number;
  userId: string;
  emoji: string;
}

export interface ReactionCount {
  emoji: string;
  count: number;
  mine: boolean;
}

export interface MemberCursor {
  userId: string;
  delivered: number;
  read: number;
}

export interface CursorAdvance {
  device: number;
  member: number;
  memberMoved: boolean;
}

export interface ActivityPosition {
  conversationId: string;
  lastActivity: number;
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
  maxEmojiBytes: 32,
  maxMetaBytes: 64 * 1024,
} as const;
