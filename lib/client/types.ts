// The SDK's public types: the protocol messages it hands out, its options and its events.
import type { chorus } from '../protocol/gen/chorus.js';
import type { IClientFrame, ServerFrame } from '../protocol/codec.js';

export type Message = chorus.v1.Message;
export type Conversation = chorus.v1.Conversation;
export type SendAck = chorus.v1.SendAck;
export type Welcome = chorus.v1.Welcome;
export type ReceiptUpdate = chorus.v1.ReceiptUpdate;
export type ReactionEvent = chorus.v1.ReactionEvent;
export type TypingEvent = chorus.v1.TypingEvent;
export type Presence = chorus.v1.Presence;
export type MemberReceipt = chorus.v1.MemberReceipt;
export type ReactionCount = chorus.v1.ReactionCount;
export type InboxEntry = chorus.v1.InboxEntry;
export type Removed = chorus.v1.Removed;
export type TokenExpiring = chorus.v1.TokenExpiring;

/** Log entry kinds (Message.kind). */
export const MessageKind = { TEXT: 0, EDIT: 1, DELETE: 2, MEMBERS: 3, RENAME: 4 } as const;
export interface HistoryPage {
  conversationId: string;
  messages: Message[];
  hasMore: boolean;
  lastSeq: number;
}

/** The WebSocket surface the SDK needs: the browser's WebSocket and the `ws` package both fit. */
export interface WebSocketLike {
  binaryType: string;
  readonly readyState: number;
  send(data: Uint8Array): void;
  close(code?: number, reason?: string): void;
  onopen: ((ev: unknown) => void) | null;
  onmessage: ((ev: { data: unknown }) => void) | null;
  onclose: ((ev: { code: number; reason: string }) => void) | null;
  onerror: ((ev: unknown) => void) | null;
}
export type WebSocketConstructor = new (url: string) => WebSocketLike;

export interface ClientOptions {
  /** e.g. ws://localhost:8080/v1/ws */
  url: string;
  /**
   * A token, or a token provider: a function returning a fresh token, called on every connect and
   * whenever the server says the session's token is about to expire (the SDK then refreshes the open
   * session by itself). With a plain string, listen for `tokenExpiring` and call refreshToken().
   */
  token: string | (() => Promise<string>);
  deviceId: string;
  /** Defaults to globalThis.WebSocket (browsers, Node 22+); pass `ws`'s class on Node 20. */
  WebSocket?: WebSocketConstructor;
  /** Reconnect with exponential back-off and jitter; false disables it. */
  reconnect?: { minDelayMs: number; maxDelayMs: number } | false;
  requestTimeoutMs?: number;
  /** Catch up with SyncRequest after every (re)connect. Default true. */
  autoSync?: boolean;
  /** Highest contiguous seq the app already has per conversation (e.g. restored from disk). */
  cursors?: Iterable<[string, number]>;
  /** `syncPoint` of the previous run (restored from disk with the cursors): receipts since then are fetched. */
  syncPoint?: number;
}

export type ClientState = 'idle' | 'connecting' | 'ready' | 'closed';

export interface ClientEvents {
  /** A message, delivered exactly once per client and in gapless seq order per conversation. */
  message: (m: Message) => void;
  /** A conversation the client had not seen: created with us, or found by sync. */
  conversation: (c: Conversation) => void;
  /** A conversation's current state (members, roles, receipts) as a sync page reported it. */
  conversationUpdate: (c: Conversation) => void;
  /** A member's delivered/read cursor moved (the user's own too, from another device). */
  receipt: (r: ReceiptUpdate) => void;
  reaction: (r: ReactionEvent) => void;
  typing: (t: TypingEvent) => void;
  presence: (p: Presence) => void;
  /** The user was removed from (or left) a conversation. */
  removed: (r: Removed) => void;
  /**
   * The session's token expires soon; without a refresh the server closes the connection at
   * `closeAtMs` (4004). With a token provider the SDK refreshes by itself; `tokenRefreshed` follows.
   */
  tokenExpiring: (t: TokenExpiring) => void;
  /** The open session runs on a new token now (its expiry, ms since the epoch). */
  tokenRefreshed: (expiresAtMs: number) => void;
  state: (s: ClientState) => void;
  /** Caught up after a (re)connect: every message up to now has been emitted. */
  synced: () => void;
  /** The socket closed; `reconnecting` tells whether the SDK will try again. */
  disconnected: (info: { code: number; reason: string; reconnecting: boolean }) => void;
  error: (err: Error) => void;
}

/** How the SDK's parts raise the client's events. */
export type Emit = <K extends keyof ClientEvents>(event: K, ...args: Parameters<ClientEvents[K]>) => void;

/** Sends a request frame on the open connection; settles with its answer. */
export type Request = (body: Omit<IClientFrame, 'id'>) => Promise<ServerFrame>;

/** client.search() options (SearchRequest in proto/; docs/search.md). */
export interface SearchOptions {
  conversationId?: string;
  senderId?: string;
  sinceMs?: number;
  untilMs?: number;
  order?: 'newest' | 'relevance';
  /** 0 or absent: the server's default (20); at most 100. */
  limit?: number;
  /** nextCursor of an earlier page of the same search. */
  cursor?: string;
}

export interface SearchHit {
  conversationId: string;
  seq: number;
  senderId: string;
  sentAtMs: number;
  /** Part of the current text; `highlights` are UTF-16 spans of it to emphasise (render as text, never HTML). */
  snippet: string;
  highlights: { start: number; length: number }[];
}

export interface SearchResultPage {
  hits: SearchHit[];
  /** '' when there are no more hits. */
  nextCursor: string;
  /** The next page of the same search, or null when this was the last. */
  next(): Promise<SearchResultPage> | null;
}
