import type { Reply } from '../actors/actor.js';
import { ChorusError, ErrorCode } from '../protocol/mod.js';
import type {
  ConversationIndex,
  ConversationRecord,
  CursorKind,
  CursorStore,
  MemberCursor,
  MemberRole,
  MessageLog,
  MessageRecord,
  OwnerFence,
  RangeQuery,
  ReactionCount,
  ReactionStore,
} from '../storage/mod.js';
import type { Fanout, HistoryResult, SendResult } from './types.js';

/** The conversation actor's contract: its messages, what it depends on, what it reports. */

export const CONVERSATION = 'conversation';

export type Entry = { sender: string; device: string; clientId: string; resend: boolean; reply: Reply<SendResult> };

export type ConversationMessage =
  | ({ t: 'send'; text: string; meta?: string } & Entry)
  | ({ t: 'edit'; refSeq: number; text: string } & Entry)
  | ({ t: 'delete'; refSeq: number } & Entry)
  | ({ t: 'mls'; message: Uint8Array; addUsers: string[]; removeUsers: string[]; welcomeTo: string[]; part: number; parts: number } & Entry)
  | ({ t: 'group'; title: string | null; add: string[]; remove: string[]; roles: { userId: string; role: MemberRole }[] } & Entry)
  | { t: 'history'; userId: string; query: RangeQuery; reply: Reply<HistoryResult> }
  | { t: 'react'; userId: string; seq: number; emoji: string; add: boolean; reply: Reply<ReactionCount[]> }
  | { t: 'typing'; userId: string; reply: Reply<void> }
  | { t: 'receipt'; userId: string; deviceId: string; kind: CursorKind; seq: number; reply: Reply<number> }
  | { t: 'receipts'; userId: string; reply: Reply<MemberCursor[]> }
  | { t: 'members'; userId: string; reply: Reply<string[]> }
  | { t: 'flush' }
  /** Placement moved the conversation away: store what is pending, then stop. */
  | { t: 'release' };

export interface ConversationLimits {
  dedupWindow: number;
  maxGroupMembers: number;
  /** How long after sending the author may edit (ms). */
  editWindowMs: number;
  /** How long after sending a message may be deleted for everyone (ms). */
  deleteWindowMs: number;
  /** A member's typing events are forwarded at most once per this interval. */
  typingIntervalMs: number;
  /** How long receivers show a typing indicator without a new event. */
  typingTtlMs: number;
}

export interface ConversationDeps {
  store: ConversationIndex & MessageLog & OwnerFence & CursorStore & ReactionStore;
  fanout: Fanout;
  limits: ConversationLimits;
  now(): number;
  passivateAfterMs: number;
  mailboxCapacity: number;
  /**
   * Before users are added to a group: throws (TOO_LARGE) when one of them already belongs to the
   * most conversations allowed. Asked inside the actor's turn, so the caller's order holds.
   */
  checkCanJoin?(userIds: readonly string[], caller: string): Promise<void>;
  /** The user was added (true) or removed (false): tell their sessions. */
  membershipChanged(conversationId: string, userId: string, added: boolean, seq: number): void;
  /** Measurements (metrics); all optional. */
  observe?: ConversationObserver;
  /** After an entry is stored and fanned out (push notifications for offline members). */
  stored?(conversation: ConversationRecord, entry: MessageRecord, members: ReadonlySet<string>): void;
  onFailure?(key: string, err: unknown, restarts: number): void;
  /**
   * Set on cluster nodes: the actor claims the conversation's owner epoch when it activates and
   * every append carries it, so a node that lost the conversation can never append to it again.
   */
  ownership?: ConversationOwnership;
}

export interface ConversationOwnership {
  readonly nodeId: string;
  /** Whether this node may host the conversation now (its ring says so and its lease is valid). */
  mayOwn(conversationId: string): boolean;
  /** The actor stopped because another node claimed the conversation. */
  fenced?(conversationId: string): void;
}

/** Answered to requests that reach a conversation this node no longer owns: the router retries elsewhere. */
export function movedError(): ChorusError {
  return new ChorusError(ErrorCode.UNAVAILABLE, 'conversation moved to another node, retry');
}

export interface ConversationObserver {
  persisted(seconds: number, entries: number): void;
  /** An append failed: 'fenced' (another node owns the conversation now), else the error's name. */
  persistFailed?(reason: string): void;
  acked(duplicate: boolean): void;
  /** A device acknowledged delivery of a message this long after the server accepted it. */
  delivered(seconds: number): void;
  /** A conversation's actor starts on this node (the search indexer catches up on its log). */
  activated?(conversationId: string): void;
}
