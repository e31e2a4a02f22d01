import type { chorus } from '../protocol/gen/chorus.js';
import { PROTOCOL_VERSION, decodeServerFrame, encodeClientFrame, type IClientFrame, type ServerFrame } from '../protocol/codec.js';
import { CloseCode, ErrorCode } from '../protocol/codes.js';
import { Emitter } from './emitter.js';
import { ClientClosedError, ConnectionLostError, RequestTimeoutError, ServerError } from './errors.js';

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

interface Pending {
  resolve(frame: ServerFrame): void;
  reject(err: Error): void;
  timer: ReturnType<typeof setTimeout>;
}

interface Outgoing {
  conversationId: string;
  clientId: string;
  text: string;
  /** Transmitted at least once: later transmissions carry resend = true. */
  sent: boolean;
  inFlight: boolean;
  /** After a retryable refusal: not transmitted again before this time (ms, Date.now()). */
  notBefore: number;
  resolve(ack: SendAck): void;
  reject(err: Error): void;
}

/** Reconnects after a drain are spread over this long, so a gateway's clients do not all arrive at once. */
const DRAIN_SPREAD_MS = 2_000;

/** Close codes after which reconnecting cannot help until the app changes something. */
const FATAL_CLOSE = new Set<number>([CloseCode.AUTH_REQUIRED, CloseCode.UNSUPPORTED_VERSION, CloseCode.PROTOCOL_VIOLATION]);
/** Close codes that need a new token: fatal with a fixed token, a reconnect with a token provider. */
const TOKEN_CLOSE = new Set<number>([CloseCode.AUTH_FAILED, CloseCode.TOKEN_EXPIRED]);

/**
 * Chorus client SDK. Keeps one connection open, resends unacknowledged messages after reconnects
 * (same client ids, so nothing is stored twice), catches up with sync and fills gaps, and emits
 * every message once, in order.
 */
export class ChorusClient extends Emitter<ClientEvents> {
  private ws: WebSocketLike | null = null;
  private readonly opts: Required<Omit<ClientOptions, 'cursors' | 'WebSocket' | 'syncPoint'>> & { WebSocket: WebSocketConstructor };
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly outbox: Outgoing[] = [];
  private readonly cursorMap = new Map<string, number>();
  private readonly early = new Map<string, Map<number, Message>>();
  private readonly knownConversations = new Set<string>();
  private readonly filling = new Set<string>();
  private syncing = false;
  private drainSpread = false;
  private attempt = 0;
  private reconnectTimer: ReturnType<typeof setTimeout> | null = null;
  private pumpTimer: ReturnType<typeof setTimeout> | null = null;
  private stateValue: ClientState = 'idle';
  private welcomeValue: Welcome | null = null;
  /** Server time of the last completed sync: receipts that moved since then come with the next one. */
  private syncedAt = 0;
  /** conversation → user → when their typing indicator lapses (local clock). */
  private readonly typers = new Map<string, Map<string, number>>();
  private firstReady: { resolve(w: Welcome): void; reject(e: Error): void } | null = null;
  private refreshing: Promise<number> | null = null;

  constructor(options: ClientOptions) {
    super();
    const WS = options.WebSocket ?? (globalThis as { WebSocket?: WebSocketConstructor }).WebSocket;
    if (WS === undefined) throw new Error('no WebSocket implementation: pass options.WebSocket');
    this.opts = {
      url: options.url,
      token: options.token,
      deviceId: options.deviceId,
      WebSocket: WS,
      reconnect: options.reconnect ?? { minDelayMs: 100, maxDelayMs: 10_000 },
      requestTimeoutMs: options.requestTimeoutMs ?? 15_000,
      autoSync: options.autoSync ?? true,
    };
    for (const [c, s] of options.cursors ?? []) this.cursorMap.set(c, s);
    this.syncedAt = options.syncPoint ?? 0;
  }

  get state(): ClientState {
    return this.stateValue;
  }

  get welcome(): Welcome | null {
    return this.welcomeValue;
  }

  get userId(): string {
    return this.welcomeValue?.userId ?? '';
  }

  /** Highest contiguous seq emitted per conversation: persist it to resume without re-downloading. */
  get cursors(): ReadonlyMap<string, number> {
    return this.cursorMap;
  }

  /** Server time of the last completed sync; persist it with the cursors and pass it back as `syncPoint`. */
  get syncPoint(): number {
    return this.syncedAt;
  }

  /** Messages accepted by send() and not yet acknowledged. */
  get unacknowledged(): number {
    return this.outbox.length;
  }

  /** Connects; resolves on the first Welcome (and, with autoSync, after the first sync). */
  connect(): Promise<Welcome> {
    if (this.stateValue === 'closed') return Promise.reject(new ClientClosedError('client is closed'));
    return new Promise((resolve, reject) => {
      this.firstReady = { resolve, reject };
      this.open();
    });
  }

  /** Queues a message; resolves with its ack, surviving reconnects. Rejects on non-retryable errors. */
  send(conversationId: string, text: string, clientId: string = newClientId()): Promise<SendAck> {
    if (this.stateValue === 'closed') return Promise.reject(new ClientClosedError('client is closed'));
    return new Promise((resolve, reject) => {
      const out: Outgoing = { conversationId, clientId, text, sent: false, inFlight: false, notBefore: 0, resolve, reject };
      this.outbox.push(out);
      if (this.stateValue === 'ready' && !this.syncing) this.pump();
    });
  }

  async history(conversationId: string, q: { beforeSeq?: number; afterSeq?: number; limit?: number } = {}): Promise<HistoryPage> {
    const f = await this.request({ history: { conversationId, limit: q.limit ?? 0, ...(q.beforeSeq !== undefined ? { beforeSeq: q.beforeSeq } : {}), ...(q.afterSeq !== undefined ? { afterSeq: q.afterSeq } : {}) } });
    const h = f.history as chorus.v1.HistoryPage;
    return { conversationId: h.conversationId, messages: h.messages as Message[], hasMore: h.hasMore, lastSeq: h.lastSeq };
  }

  async createDirect(userId: string): Promise<Conversation> {
    return this.learn((await this.request({ createConversation: { kind: 1, members: [userId] } })).conversation as Conversation);
  }

  async createGroup(title: string, members: string[]): Promise<Conversation> {
    return this.learn((await this.request({ createConversation: { kind: 2, members, title } })).conversation as Conversation);
  }

  async listConversations(afterId = '', limit = 0): Promise<{ conversations: Conversation[]; hasMore: boolean }> {
    const list = (await this.request({ listConversations: { afterId, limit } })).conversations as chorus.v1.ConversationList;
    return { conversations: list.conversations as Conversation[], hasMore: list.hasMore };
  }

  async markRead(conversationId: string, seq: number): Promise<number> {
    return ((await this.request({ receipt: { conversationId, seq, kind: 2 } })).receipt as chorus.v1.ReceiptAck).seq;
  }

  async markDelivered(conversationId: string, seq: number): Promise<number> {
    return ((await this.request({ receipt: { conversationId, seq, kind: 1 } })).receipt as chorus.v1.ReceiptAck).seq;
  }

  /** Each member's highest delivered and read seq (over their devices). */
  async receipts(conversationId: string): Promise<MemberReceipt[]> {
    return ((await this.request({ receipts: { conversationId } })).receipts as chorus.v1.ConversationReceipts).members as MemberReceipt[];
  }

  /** Replaces the text of one's own message; resolves with the EDIT entry's ack. */
  async edit(conversationId: string, seq: number, text: string, clientId: string = newClientId()): Promise<SendAck> {
    return (await this.request({ edit: { conversationId, seq, text, clientId } })).ack as SendAck;
  }

  /** Deletes a message for everyone; resolves with the DELETE entry's ack. */
  async delete(conversationId: string, seq: number, clientId: string = newClientId()): Promise<SendAck> {
    return (await this.request({ delete: { conversationId, seq, clientId } })).ack as SendAck;
  }

  /** Adds (or removes) a reaction; resolves with the message's counts afterwards. */
  async react(conversationId: string, seq: number, emoji: string, add = true): Promise<ReactionCount[]> {
    return ((await this.request({ react: { conversationId, seq, emoji, add } })).reactionAck as chorus.v1.ReactionAck).reactions as ReactionCount[];
  }

  /** Users typing in a conversation right now (indicators lapse by themselves after the server's TTL). */
  whoIsTyping(conversationId: string): string[] {
    const users = this.typers.get(conversationId);
    if (users === undefined) return [];
    const now = Date.now();
    for (const [u, until] of users) if (until <= now) users.delete(u);
    return [...users.keys()];
  }

  /** Tells the other members that this user is typing (the server rate-limits and expires it). */
  async typing(conversationId: string): Promise<void> {
    await this.request({ typing: { conversationId } });
  }

  /** Watches the presence of the members of these conversations (replacing the previous set). */
  async watchPresence(conversationIds: string[]): Promise<Presence[]> {
    return ((await this.request({ subscribePresence: { conversationIds } })).presenceSnapshot as chorus.v1.PresenceSnapshot).users as Presence[];
  }

  /** Conversations by last activity with preview and unread count, newest first. */
  async inbox(limit = 0, before?: { lastActivityMs: number; conversationId: string }): Promise<{ entries: InboxEntry[]; hasMore: boolean }> {
    const page = (await this.request({ inbox: { limit, beforeActivityMs: before?.lastActivityMs ?? 0, beforeId: before?.conversationId ?? '' } })).inbox as chorus.v1.InboxPage;
    return { entries: page.entries as InboxEntry[], hasMore: page.hasMore };
  }

  /**
   * Renames a group, or adds/removes members and changes roles ("user=admin"). To retry after a
   * timeout or lost connection, pass the same clientId again: the server answers the first ack
   * (duplicate = true) instead of logging the change twice.
   */
  async updateGroup(conversationId: string, change: { title?: string; add?: string[]; remove?: string[]; roles?: string[] }, clientId: string = newClientId()): Promise<SendAck> {
    const body = { conversationId, clientId, ...(change.title !== undefined ? { title: change.title } : {}), add: change.add ?? [], remove: change.remove ?? [], roles: change.roles ?? [] };
    return (await this.request({ updateGroup: body })).ack as SendAck;
  }

  /** Leaves a conversation; a retry with the same clientId answers the first ack, also once left. */
  async leave(conversationId: string, clientId: string = newClientId()): Promise<SendAck> {
    return (await this.request({ leave: { conversationId, clientId } })).ack as SendAck;
  }

  /**
   * Replaces the open session's token without reconnecting (same user only; a token for another
   * user makes the server close the connection). Without an argument the token provider is asked.
   * Resolves with the new token's expiry (ms since the epoch).
   */
  refreshToken(token?: string): Promise<number> {
    if (token === undefined && this.refreshing !== null) return this.refreshing;
    const run = (async () => {
      const t = token ?? (typeof this.opts.token === 'string' ? this.opts.token : await this.opts.token());
      const f = await this.request({ refreshToken: { token: t } });
      // Later reconnects use the accepted token too.
      if (typeof this.opts.token === 'string') this.opts.token = t;
      const expiresAtMs = (f.tokenRefreshed as chorus.v1.TokenRefreshed).expiresAtMs;
      this.emit('tokenRefreshed', expiresAtMs);
      return expiresAtMs;
    })();
    if (token !== undefined) return run;
    this.refreshing = run;
    return run.finally(() => {
      this.refreshing = null;
    });
  }

  async ping(): Promise<number> {
    const t = Date.now();
    await this.request({ ping: { clientTimeMs: t } });
    return Date.now() - t;
  }

  /** Fetches everything missed since the cursors, over all conversations. */
  async sync(): Promise<void> {
    this.syncing = true;
    const startedAt = this.welcomeValue?.serverTimeMs ?? 0;
    try {
      for (;;) {
        const cursors = [...this.cursorMap].map(([conversationId, seq]) => ({ conversationId, seq }));
        const page = (await this.request({ sync: { cursors, limit: 500, receiptsSinceMs: this.syncedAt } })).sync as chorus.v1.SyncPage;
        for (const c of page.conversations as Conversation[]) {
          this.learn(c);
          this.emit('conversationUpdate', c);
        }
        for (const m of page.messages as Message[]) this.ingest(m);
        if (page.done) break;
      }
      this.syncedAt = startedAt;
    } finally {
      this.syncing = false;
    }
    for (const conversationId of this.early.keys()) void this.fillGap(conversationId);
  }

  /** Closes for good: pending sends reject with ClientClosedError. */
  close(): void {
    if (this.stateValue === 'closed') return;
    this.setState('closed');
    if (this.reconnectTimer !== null) clearTimeout(this.reconnectTimer);
    if (this.pumpTimer !== null) clearTimeout(this.pumpTimer);
    this.pumpTimer = null;
    const ws = this.ws;
    this.ws = null;
    ws?.close(1000, 'client closed');
    this.failPending(new ClientClosedError('client is closed'));
    for (const o of this.outbox.splice(0)) o.reject(new ClientClosedError('client is closed'));
    this.firstReady?.reject(new ClientClosedError('client is closed'));
    this.firstReady = null;
  }

  /** Drops the socket as a network failure would (for tests and "airplane mode"); reconnects as usual. */
  dropConnection(): void {
    this.ws?.close(4999, 'dropped by client');
  }

  private open(): void {
    if (this.stateValue === 'closed') return;
    this.setState('connecting');
    let ws: WebSocketLike;
    try {
      ws = new this.opts.WebSocket(this.opts.url);
    } catch (err) {
      this.scheduleReconnect(err instanceof Error ? err : new Error(String(err)));
      return;
    }
    ws.binaryType = 'arraybuffer';
    this.ws = ws;
    ws.onopen = () => {
      void this.hello(ws);
    };
    ws.onmessage = (ev) => {
      if (this.ws === ws) this.onFrame(ev.data);
    };
    ws.onerror = () => {
      // onclose follows with the code; nothing to do here.
    };
    ws.onclose = (ev) => {
      if (this.ws === ws) this.onClose(ev.code, ev.reason);
    };
  }

  private async hello(ws: WebSocketLike): Promise<void> {
    let token: string;
    try {
      token = typeof this.opts.token === 'string' ? this.opts.token : await this.opts.token();
    } catch (err) {
      this.emit('error', err instanceof Error ? err : new Error(String(err)));
      ws.close(1000, 'no token');
      return;
    }
    if (this.ws !== ws) return;
    let welcome: Welcome;
    try {
      welcome = (await this.request({ hello: { protocolVersion: PROTOCOL_VERSION, token, deviceId: this.opts.deviceId } })).welcome as Welcome;
    } catch (err) {
      if (err instanceof ServerError) this.emit('error', err);
      return; // the server closes the socket; onClose decides about reconnecting
    }
    if (this.ws !== ws) return;
    this.welcomeValue = welcome;
    this.attempt = 0;
    this.setState('ready');
    if (this.opts.autoSync) {
      try {
        await this.sync();
      } catch {
        return; // connection trouble: the reconnect will sync again
      }
    }
    if (this.ws !== ws) return;
    this.pump();
    this.emit('synced');
    this.firstReady?.resolve(welcome);
    this.firstReady = null;
  }

  /**
   * Transmits queued sends in order, at most the server's in-flight limit at a time (minus room for
   * other requests), so the server never refuses one for being over it: a refused send retried
   * after later ones were stored would land out of order. A send waiting to be retried holds back
   * the ones behind it for the same reason.
   */
  private pump(): void {
    if (this.stateValue !== 'ready' || this.syncing) return;
    const max = this.welcomeValue?.limits?.maxPendingRequests ?? 256;
    const window = Math.max(1, max - Math.min(16, Math.floor(max / 4)));
    let inFlight = 0;
    for (const o of this.outbox) if (o.inFlight) inFlight++;
    const now = Date.now();
    for (const o of this.outbox) {
      if (inFlight >= window) return;
      if (o.inFlight) continue;
      if (o.notBefore > now) {
        if (this.pumpTimer === null) {
          this.pumpTimer = setTimeout(() => {
            this.pumpTimer = null;
            this.pump();
          }, o.notBefore - now);
        }
        return;
      }
      this.transmit(o);
      inFlight++;
    }
  }

  private transmit(o: Outgoing): void {
    o.inFlight = true;
    const resend = o.sent;
    o.sent = true;
    this.request({ send: { conversationId: o.conversationId, clientId: o.clientId, text: o.text, resend } }).then(
      (f) => {
        this.dropFromOutbox(o);
        o.resolve(f.ack as SendAck);
        this.pump();
      },
      (err: Error) => {
        o.inFlight = false;
        if (err instanceof ServerError && !err.retryable) {
          this.dropFromOutbox(o);
          o.reject(err);
          this.pump();
        } else if (err instanceof ServerError || err instanceof RequestTimeoutError) {
          o.notBefore = Date.now() + (err instanceof ServerError && err.retryAfterMs > 0 ? err.retryAfterMs : 250);
          this.pump();
        }
        // ConnectionLostError: the next Welcome retransmits it.
      },
    );
  }

  private dropFromOutbox(o: Outgoing): void {
    const i = this.outbox.indexOf(o);
    if (i !== -1) this.outbox.splice(i, 1);
  }

  private request(body: Omit<IClientFrame, 'id'>): Promise<ServerFrame> {
    const ws = this.ws;
    if (ws === null || ws.readyState !== 1) return Promise.reject(new ConnectionLostError('not connected'));
    const id = this.nextId;
    this.nextId = this.nextId >= 0x7fffffff ? 1 : this.nextId + 1;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new RequestTimeoutError(`no answer within ${this.opts.requestTimeoutMs} ms`));
      }, this.opts.requestTimeoutMs);
      this.pending.set(id, { resolve, reject, timer });
      ws.send(encodeClientFrame({ ...body, id }));
    });
  }

  private onFrame(data: unknown): void {
    let frame: ServerFrame;
    try {
      frame = decodeServerFrame(new Uint8Array(data as ArrayBuffer));
    } catch (err) {
      this.emit('error', err as Error);
      return;
    }
    if (frame.id !== 0) {
      const p = this.pending.get(frame.id);
      if (p === undefined) return;
      this.pending.delete(frame.id);
      clearTimeout(p.timer);
      if (frame.body === 'error') {
        const e = frame.error as chorus.v1.Error;
        p.reject(new ServerError(e.code, e.message, e.retryAfterMs));
      } else {
        p.resolve(frame);
      }
      return;
    }
    switch (frame.body) {
      case 'message':
        this.ingest(frame.message as Message);
        return;
      case 'joined':
        this.learn(frame.joined as Conversation);
        return;
      case 'receiptUpdate':
        this.emit('receipt', frame.receiptUpdate as ReceiptUpdate);
        return;
      case 'reaction':
        this.emit('reaction', frame.reaction as ReactionEvent);
        return;
      case 'typing': {
        const t = frame.typing as TypingEvent;
        let users = this.typers.get(t.conversationId);
        if (users === undefined) this.typers.set(t.conversationId, (users = new Map()));
        users.set(t.userId, Date.now() + t.expiresInMs);
        this.emit('typing', t);
        return;
      }
      case 'presence':
        this.emit('presence', frame.presence as Presence);
        return;
      case 'removed':
        this.emit('removed', frame.removed as Removed);
        return;
      case 'tokenExpiring':
        this.emit('tokenExpiring', frame.tokenExpiring as TokenExpiring);
        if (typeof this.opts.token === 'function') {
          // If this fails the server closes with 4004 at the deadline and the reconnect asks the provider again.
          this.refreshToken().catch((err: unknown) => this.emit('error', err instanceof Error ? err : new Error(String(err))));
        }
        return;
      case 'error': {
        const e = frame.error as chorus.v1.Error;
        this.emit('error', new ServerError(e.code, e.message, e.retryAfterMs));
        return;
      }
      default:
    }
  }

  private onClose(code: number, reason: string): void {
    this.ws = null;
    this.failPending(new ConnectionLostError(`connection closed (${code})`));
    for (const o of this.outbox) {
      o.inFlight = false;
      o.notBefore = 0;
    }
    if (this.stateValue === 'closed') return;
    const fatal = FATAL_CLOSE.has(code) || (TOKEN_CLOSE.has(code) && typeof this.opts.token === 'string');
    const reconnecting = !fatal && this.opts.reconnect !== false;
    this.emit('disconnected', { code, reason, reconnecting });
    if (reconnecting) {
      // A draining gateway closes all its sockets at once: spread the reconnects (and their syncs).
      if (code === CloseCode.GOING_AWAY || code === CloseCode.SERVER_DRAINING) this.drainSpread = true;
      this.scheduleReconnect(null);
    } else {
      const errorCode = code === CloseCode.AUTH_FAILED ? ErrorCode.UNAUTHENTICATED : code === CloseCode.TOKEN_EXPIRED ? ErrorCode.TOKEN_EXPIRED : ErrorCode.BAD_FRAME;
      const err = new ServerError(errorCode, `closed by server: ${code} ${reason}`, 0);
      this.firstReady?.reject(err);
      this.firstReady = null;
      this.close();
    }
  }

  private scheduleReconnect(err: Error | null): void {
    if (err !== null) this.emit('error', err);
    const r = this.opts.reconnect;
    if (r === false || this.stateValue === 'closed') return;
    this.setState('connecting');
    const base = Math.min(r.maxDelayMs, r.minDelayMs * 2 ** Math.min(this.attempt, 16));
    this.attempt++;
    let delay = base / 2 + Math.random() * (base / 2);
    if (this.drainSpread) {
      this.drainSpread = false;
      delay += Math.random() * DRAIN_SPREAD_MS;
    }
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      this.open();
    }, delay);
  }

  private failPending(err: Error): void {
    for (const [id, p] of this.pending) {
      clearTimeout(p.timer);
      this.pending.delete(id);
      p.reject(err);
    }
  }

  private learn(c: Conversation): Conversation {
    if (!this.knownConversations.has(c.id)) {
      this.knownConversations.add(c.id);
      if (!this.cursorMap.has(c.id)) this.cursorMap.set(c.id, 0);
      this.emit('conversation', c);
    }
    return c;
  }

  /** Emits m if it is the next one of its conversation; holds it if earlier ones are missing. */
  private ingest(m: Message): void {
    const conv = m.conversationId;
    let cursor = this.cursorMap.get(conv) ?? 0;
    if (m.seq <= cursor) return;
    if (m.seq > cursor + 1) {
      let held = this.early.get(conv);
      if (held === undefined) this.early.set(conv, (held = new Map()));
      held.set(m.seq, m);
      if (!this.syncing) void this.fillGap(conv);
      return;
    }
    this.cursorMap.set(conv, ++cursor);
    this.typers.get(conv)?.delete(m.senderId);
    this.emit('message', m);
    const held = this.early.get(conv);
    if (held === undefined) return;
    for (let next = held.get(cursor + 1); next !== undefined; next = held.get(cursor + 1)) {
      held.delete(cursor + 1);
      this.cursorMap.set(conv, ++cursor);
      this.emit('message', next);
    }
    for (const seq of held.keys()) if (seq <= cursor) held.delete(seq);
    if (held.size === 0) this.early.delete(conv);
  }

  /** Fetches what lies between the cursor and the held messages of a conversation. */
  private async fillGap(conv: string): Promise<void> {
    if (this.filling.has(conv)) return;
    this.filling.add(conv);
    try {
      while (this.early.has(conv) && this.stateValue === 'ready') {
        const page = await this.history(conv, { afterSeq: this.cursorMap.get(conv) ?? 0, limit: 500 });
        if (page.messages.length === 0) break;
        for (const m of page.messages) this.ingest(m);
      }
    } catch {
      // Disconnected or refused: the next sync fills it.
    } finally {
      this.filling.delete(conv);
    }
  }

  private setState(s: ClientState): void {
    if (this.stateValue === s) return;
    this.stateValue = s;
    this.emit('state', s);
  }
}

/** 128 random bits, URL-safe: collision-free client message ids without coordination. */
export function newClientId(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  let s = '';
  for (const b of bytes) s += b.toString(16).padStart(2, '0');
  return s;
}
