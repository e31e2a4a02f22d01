import type { chorus } from '../protocol/gen/chorus.js';
import { PROTOCOL_VERSION, decodeServerFrame, encodeClientFrame, type IClientFrame, type ServerFrame } from '../protocol/codec.js';
import { CloseCode, ErrorCode } from '../protocol/codes.js';
import { Emitter } from './emitter.js';
import { ClientClosedError, ConnectionLostError, RequestTimeoutError, ServerError } from './errors.js';
import { ClientCache } from './cache.js';
import { type DispatchTarget, dispatch } from './dispatch.js';
import { Outbox, newClientId } from './outbox.js';
import { Typers } from './typing.js';
import type {
  ClientEvents,
  ClientOptions,
  ClientState,
  Conversation,
  HistoryPage,
  InboxEntry,
  MemberReceipt,
  Message,
  Presence,
  ReactionCount,
  SendAck,
  Welcome,
  WebSocketConstructor,
  WebSocketLike,
} from './types.js';

interface Pending {
  resolve(frame: ServerFrame): void;
  reject(err: Error): void;
  timer: ReturnType<typeof setTimeout>;
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
  private readonly outbox = new Outbox({
    request: (body) => this.request(body),
    sendable: () => this.stateValue === 'ready' && !this.cache.syncing,
    welcome: () => this.welcomeValue,
  });
  private readonly cache: ClientCache;
  private drainSpread = false;
  private attempt = 0;
  private reconnectTimer: ReturnType<typeof setTimeout> | null = null;
  private stateValue: ClientState = 'idle';
  private welcomeValue: Welcome | null = null;
  private readonly typers = new Typers();
  /** Where frames that answer no request go. */
  private readonly pushed: DispatchTarget;
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
    this.cache = new ClientCache(
      {
        request: (body) => this.request(body),
        history: (conversationId, q) => this.history(conversationId, q),
        ready: () => this.stateValue === 'ready',
        welcome: () => this.welcomeValue,
        emit: (event, ...args) => this.emit(event, ...args),
        typers: this.typers,
      },
      options,
    );
    this.pushed = {
      emit: (event, ...args) => this.emit(event, ...args),
      cache: this.cache,
      typers: this.typers,
      tokenExpiring: () => {
        if (typeof this.opts.token === 'function') {
          // If this fails the server closes with 4004 at the deadline and the reconnect asks the provider again.
          this.refreshToken().catch((err: unknown) => this.emit('error', err instanceof Error ? err : new Error(String(err))));
        }
      },
    };
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
    return this.cache.cursors;
  }

  /** Server time of the last completed sync; persist it with the cursors and pass it back as `syncPoint`. */
  get syncPoint(): number {
    return this.cache.syncPoint;
  }

  /** Messages accepted by send() and not yet acknowledged. */
  get unacknowledged(): number {
    return this.outbox.size;
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
    return this.outbox.add(conversationId, text, clientId);
  }

  async history(conversationId: string, q: { beforeSeq?: number; afterSeq?: number; limit?: number } = {}): Promise<HistoryPage> {
    const f = await this.request({ history: { conversationId, limit: q.limit ?? 0, ...(q.beforeSeq !== undefined ? { beforeSeq: q.beforeSeq } : {}), ...(q.afterSeq !== undefined ? { afterSeq: q.afterSeq } : {}) } });
    const h = f.history as chorus.v1.HistoryPage;
    return { conversationId: h.conversationId, messages: h.messages as Message[], hasMore: h.hasMore, lastSeq: h.lastSeq };
  }

  async createDirect(userId: string): Promise<Conversation> {
    return this.cache.learn((await this.request({ createConversation: { kind: 1, members: [userId] } })).conversation as Conversation);
  }

  async createGroup(title: string, members: string[]): Promise<Conversation> {
    return this.cache.learn((await this.request({ createConversation: { kind: 2, members, title } })).conversation as Conversation);
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
    return this.typers.who(conversationId);
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

  /** Renames a group, or adds/removes members and changes roles ("user=admin"). */
  async updateGroup(conversationId: string, change: { title?: string; add?: string[]; remove?: string[]; roles?: string[] }): Promise<SendAck> {
    return (await this.request({ updateGroup: { conversationId, ...(change.title !== undefined ? { title: change.title } : {}), add: change.add ?? [], remove: change.remove ?? [], roles: change.roles ?? [] } })).ack as SendAck;
  }

  async leave(conversationId: string): Promise<SendAck> {
    return (await this.request({ leave: { conversationId } })).ack as SendAck;
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
  sync(): Promise<void> {
    return this.cache.sync();
  }

  /** Closes for good: pending sends reject with ClientClosedError. */
  close(): void {
    if (this.stateValue === 'closed') return;
    this.setState('closed');
    if (this.reconnectTimer !== null) clearTimeout(this.reconnectTimer);
    const ws = this.ws;
    this.ws = null;
    ws?.close(1000, 'client closed');
    this.failPending(new ClientClosedError('client is closed'));
    this.outbox.close();
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
    this.outbox.pump();
    this.emit('synced');
    this.firstReady?.resolve(welcome);
    this.firstReady = null;
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
    dispatch(frame, this.pushed);
  }

  private onClose(code: number, reason: string): void {
    this.ws = null;
    this.failPending(new ConnectionLostError(`connection closed (${code})`));
    this.outbox.reset();
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

  private setState(s: ClientState): void {
    if (this.stateValue === s) return;
    this.stateValue = s;
    this.emit('state', s);
  }
}

