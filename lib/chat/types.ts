import type { ConversationKind, CursorKind, MemberCursor, MessageRecord, MemberRole, ReactionCount } from '../storage/mod.js';
import type { SearchOrder, SearchPage } from '../search/mod.js';

/** Who is calling: always taken from the authenticated session, never from a frame. */
export interface Caller {
  readonly userId: string;
  readonly deviceId: string;
  /**
   * Ends a call early: routing stops retrying, a peer request is abandoned, and the call rejects
   * with the signal's reason. Every call also has the service's own deadline (--request-timeout-ms).
   * Gateway sessions leave it unset (a field per socket costs memory at a million sockets).
   */
  readonly signal?: AbortSignal;
}

export interface SendRequest {
  conversationId: string;
  clientId: string;
  text: string;
  resend: boolean;
  /** Verified media attachments as stored (lib/media/attachments.ts JSON); absent or '': none. With them, text (the caption) may be empty. */
  meta?: string;
}

/** One MLS message for an encrypted conversation (docs/e2ee.md). */
export interface MlsSendRequest {
  conversationId: string;
  clientId: string;
  resend: boolean;
  message: Uint8Array;
  /** Commits: users the commit adds and removes, mirrored into the conversation's member list. */
  addUsers: string[];
  removeUsers: string[];
  /** Welcomes: the devices it is for, "user/device". */
  welcomeTo: string[];
  /** A welcome sent in pieces: this piece's index and their number (0 and 0: whole). */
  part: number;
  parts: number;
}

export interface SendResult {
  conversationId: string;
  seq: number;
  sentAt: number;
  clientId: string;
  duplicate: boolean;
}

export interface HistoryRequest {
  conversationId: string;
  beforeSeq?: number;
  afterSeq?: number;
  limit: number;
}

export interface HistoryResult {
  conversationId: string;
  messages: MessageRecord[];
  hasMore: boolean;
  lastSeq: number;
  /** Reaction counts by seq (with the reader's own marked); messages without reactions are absent. */
  reactions: Map<number, ReactionCount[]>;
}

export interface ConversationView {
  id: string;
  kind: ConversationKind;
  title: string;
  members: { userId: string; role: MemberRole }[];
  lastSeq: number;
  createdAt: number;
  createdBy: string;
  lastActivity: number;
  /** Members' cursors, when the view is for catching up. */
  receipts?: MemberCursor[];
  /** Where the conversation's actor runs (docs/regions.md); absent when no region is set. */
  homeRegion?: string;
}

export interface CreateRequest {
  kind: ConversationKind;
  /** The other members; the caller is always added. */
  members: string[];
  title: string;
  /** Non-zero: end-to-end encrypted with this MLS cipher suite (docs/e2ee.md). */
  e2eeSuite?: number;
}

export interface SyncRequest {
  cursors: Map<string, number>;
  limit: number;
  /** List conversations whose receipts moved after this time (ms; 0 = no such listing). */
  receiptsSince: number;
}

export interface SyncResult {
  messages: MessageRecord[];
  reactions: Map<string, Map<number, ReactionCount[]>>;
  conversations: ConversationView[];
  done: boolean;
}

export interface EditRequest {
  conversationId: string;
  seq: number;
  text: string;
  clientId: string;
}

export interface DeleteRequest {
  conversationId: string;
  seq: number;
  clientId: string;
}

export interface GroupUpdate {
  conversationId: string;
  clientId: string;
  title: string | null;
  add: string[];
  remove: string[];
  roles: { userId: string; role: MemberRole }[];
}

export interface InboxEntry {
  conversation: ConversationView;
  lastMessage: MessageRecord | undefined;
  unread: number;
  readSeq: number;
}

export interface InboxRequest {
  before: { lastActivity: number; conversationId: string } | null;
  limit: number;
}

export interface ListRequest {
  afterId: string;
  limit: number;
}

/** What the gateway needs from the chat core. Every method checks the caller's rights. */
export interface ChatService {
  send(caller: Caller, req: SendRequest): Promise<SendResult>;
  /** Appends an MLS message to an encrypted conversation, if framed for its current epoch. */
  sendMls(caller: Caller, req: MlsSendRequest): Promise<SendResult>;
  history(caller: Caller, req: HistoryRequest): Promise<HistoryResult>;
  sync(caller: Caller, req: SyncRequest): Promise<SyncResult>;
  createConversation(caller: Caller, req: CreateRequest): Promise<ConversationView>;
  listConversations(caller: Caller, req: ListRequest): Promise<{ conversations: ConversationView[]; hasMore: boolean }>;
  /** Moves the caller's device cursor forward; returns its new value. Members learn of the member's cursor. */
  receipt(caller: Caller, conversationId: string, kind: CursorKind, seq: number): Promise<number>;
  receipts(caller: Caller, conversationId: string): Promise<MemberCursor[]>;
  edit(caller: Caller, req: EditRequest): Promise<SendResult>;
  delete(caller: Caller, req: DeleteRequest): Promise<SendResult>;
  react(caller: Caller, conversationId: string, seq: number, emoji: string, add: boolean): Promise<ReactionCount[]>;
  typing(caller: Caller, conversationId: string): Promise<void>;
  updateGroup(caller: Caller, req: GroupUpdate): Promise<SendResult>;
  inbox(caller: Caller, req: InboxRequest): Promise<{ entries: InboxEntry[]; hasMore: boolean }>;
  /** The current members of conversations the caller belongs to, for presence subscriptions. */
  membersOf(caller: Caller, conversationIds: string[]): Promise<string[]>;
  /** Which of these users belong to at least one conversation (added by someone, even if never connected). */
  withConversations(userIds: readonly string[]): Promise<string[]>;
  /** Full-text search over what the caller can read (lib/chat/search.ts, docs/search.md). */
  search(caller: Caller, req: SearchRequest): Promise<SearchPage>;
}

/** A search as the client asked it (SearchRequest in proto/); limit 0 means the default page. */
export interface SearchRequest {
  query: string;
  conversationId?: string;
  senderId?: string;
  sinceMs?: number;
  untilMs?: number;
  order: SearchOrder;
  limit: number;
  cursor: string;
}

/**
 * Delivers an already-encoded frame to every online session of the given users. Implementations
 * encode nothing: the caller encodes once and the same bytes go to every recipient.
 */
export interface Fanout {
  toUsers(userIds: Iterable<string>, frame: Uint8Array): void;
}

export interface PresenceView {
  userId: string;
  online: boolean;
  lastSeen: number;
}

/**
 * Sessions announce themselves here and presence is read from here: the session directory
 * (lib/chat/cluster/sessions.ts), on every node including a single process.
 */
export interface SessionPresence {
  /**
   * A session of the user became ready. When it returns a promise, the welcome waits for it: once
   * it resolves, deliveries to the user reach this gateway, so a sync after the welcome misses nothing.
   */
  connected(userId: string): void | Promise<void>;
  disconnected(userId: string): void;
  snapshot(userIds: readonly string[]): Promise<PresenceView[]>;
  /**
   * Sessions on this gateway started (true) or stopped (false) watching the user's presence: the
   * user's presence changes are sent only to gateways that watch them. Called before the snapshot
   * the watching session asks for.
   */
  watched?(userId: string, watching: boolean): void;
}

/** Limits the chat core enforces; all have defaults in cmd/config.ts. */
export interface ChatLimits {
  maxTextBytes: number;
  maxGroupMembers: number;
  /** Conversations one user may belong to: creating one beyond it is refused. */
  maxConversationsPerUser: number;
  /** Sessions one user may hold over all gateways (the user's directory node refuses more); 0 or absent: no cap. */
  maxSessionsPerUser?: number;
  maxPage: number;
  /** How many recent client ids each conversation actor remembers for dedup without a store read. */
  dedupWindow: number;
  /** Deadline for one request inside the core. */
  requestTimeoutMs: number;
  editWindowMs: number;
  deleteWindowMs: number;
  typingIntervalMs: number;
  typingTtlMs: number;
}
