import type { ConversationKind, MessageRecord, MemberRole } from '../storage/mod.js';

/** Who is calling: always taken from the authenticated session, never from a frame. */
export interface Caller {
  readonly userId: string;
  readonly deviceId: string;
}

export interface SendRequest {
  conversationId: string;
  clientId: string;
  text: string;
  resend: boolean;
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
}

export interface ConversationView {
  id: string;
  kind: ConversationKind;
  title: string;
  members: { userId: string; role: MemberRole }[];
  lastSeq: number;
  createdAt: number;
  createdBy: string;
}

export interface CreateRequest {
  kind: ConversationKind;
  /** The other members; the caller is always added. */
  members: string[];
  title: string;
}

export interface SyncRequest {
  cursors: Map<string, number>;
  limit: number;
}

export interface SyncResult {
  messages: MessageRecord[];
  conversations: ConversationView[];
  done: boolean;
}

export interface ListRequest {
  afterId: string;
  limit: number;
}

/** What the gateway needs from the chat core. Every method checks the caller's rights. */
export interface ChatService {
  send(caller: Caller, req: SendRequest): Promise<SendResult>;
  history(caller: Caller, req: HistoryRequest): Promise<HistoryResult>;
  sync(caller: Caller, req: SyncRequest): Promise<SyncResult>;
  createConversation(caller: Caller, req: CreateRequest): Promise<ConversationView>;
  listConversations(caller: Caller, req: ListRequest): Promise<{ conversations: ConversationView[]; hasMore: boolean }>;
  /** Moves the caller's device cursor forward; returns its new value. */
  receipt(caller: Caller, conversationId: string, kind: 'delivered' | 'read', seq: number): Promise<number>;
}

/**
 * Delivers an already-encoded frame to every online session of the given users. Implementations
 * encode nothing: the caller encodes once and the same bytes go to every recipient.
 */
export interface Fanout {
  toUsers(userIds: Iterable<string>, frame: Uint8Array): void;
}

/** Limits the chat core enforces; all have defaults in cmd/config.ts. */
export interface ChatLimits {
  maxTextBytes: number;
  maxGroupMembers: number;
  maxPage: number;
  /** How many recent client ids each conversation actor remembers for dedup without a store read. */
  dedupWindow: number;
  /** Deadline for one request inside the core. */
  requestTimeoutMs: number;
}
