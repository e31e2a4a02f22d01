import type { chorus } from '../protocol/gen/chorus.js';
import { wellFormed } from './well_formed.js';
import { PROTOCOL_VERSION, decodeServerFrame, encodeClientFrame, type IClientFrame, type ServerFrame } from '../protocol/codec.js';
import { CloseCode, ErrorCode } from '../protocol/codes.js';
import { ClientClosedError, ConnectionLostError, RequestTimeoutError, ServerError } from './errors.js';
import type { ClientOptions, ClientState, Emit, Welcome, WebSocketConstructor, WebSocketLike } from './types.js';

interface Pending {
  resolve(frame: ServerFrame): void;
  reject(err: Error): void;
  timer: ReturnType<typeof setTimeout>;
}

/** Reconnects after a drain are spread over this long, so a gateway's clients do not all arrive at once. */
const DRAIN_SPREAD_MS = 2_000;

/** Close codes after which reconnecting cannot help until the app changes something. */
/** Back-off of the sync after a Welcome when reconnecting is off. */
const SYNC_RETRY = { minDelayMs: 250, maxDelayMs: 5000 };
const FATAL_CLOSE = new Set<number>([CloseCode.AUTH_REQUIRED, CloseCode.UNSUPPORTED_VERSION, CloseCode.PROTOCOL_VIOLATION]);
/** Close codes that need a new token: fatal with a fixed token, a reconnect with a token provider. */
const TOKEN_CLOSE = new Set<number>([CloseCode.AUTH_FAILED, CloseCode.TOKEN_EXPIRED]);

/** What the connection tells the rest of the client. */
export interface ConnectionHooks {
  emit: Emit;
  /** A frame that answers no request. */
  pushed(frame: ServerFrame): void;
  /** Catches up after a Welcome (with autoSync). */
  sync(): Promise<void>;
  /** Welcomed and caught up: queued sends may go out. */
  caughtUp(): void;
  /** The socket is gone and its requests have failed. */
  lost(): void;
  /** The client closed for good. */
  closed(): void;
}

/**
 * One WebSocket at a time: hello and Welcome, requests and their answers, reconnects with
 * exponential back-off and jitter, and the session's token.
 */
export class Connection {
  private ws: WebSocketLike | null = null;
  private readonly opts: Required<Omit<ClientOptions, 'cursors' | 'WebSocket' | 'syncPoint'>> & { WebSocket: WebSocketConstructor };
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private drainSpread = false;
  private attempt = 0;
  private reconnectTimer: ReturnType<typeof setTimeout> | null = null;
  private syncRetryTimer: ReturnType<typeof setTimeout> | null = null;
  private stateValue: ClientState = 'idle';
  private welcomeValue: Welcome | null = null;
  private firstReady: { resolve(w: Welcome): void; reject(e: Error): void } | null = null;
  private refreshing: Promise<number> | null = null;

  constructor(
    options: ClientOptions,
    private readonly hooks: ConnectionHooks,
  ) {
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
  }

  get state(): ClientState {
    return this.stateValue;
  }

  get welcome(): Welcome | null {
    return this.welcomeValue;
  }

  /** Connects; resolves on the first Welcome (and, with autoSync, after the first sync). */
  connect(): Promise<Welcome> {
    if (this.stateValue === 'closed') return Promise.reject(new ClientClosedError('client is closed'));
    return new Promise((resolve, reject) => {
      this.firstReady = { resolve, reject };
      this.open();
    });
  }

  request(body: Omit<IClientFrame, 'id'>): Promise<ServerFrame> {
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
      ws.send(encodeClientFrame(wellFormed({ ...body, id })));
    });
  }

  /** Replaces the open session's token; without an argument the token provider is asked. */
  refreshToken(token?: string): Promise<number> {
    if (token === undefined && this.refreshing !== null) return this.refreshing;
    const run = (async () => {
      const t = token ?? (typeof this.opts.token === 'string' ? this.opts.token : await this.opts.token());
      const f = await this.request({ refreshToken: { token: t } });
      // Later reconnects use the accepted token too.
      if (typeof this.opts.token === 'string') this.opts.token = t;
      const expiresAtMs = (f.tokenRefreshed as chorus.v1.TokenRefreshed).expiresAtMs;
      this.hooks.emit('tokenRefreshed', expiresAtMs);
      return expiresAtMs;
    })();
    if (token !== undefined) return run;
    this.refreshing = run;
    return run.finally(() => {
      this.refreshing = null;
    });
  }

  /** The session's token expires soon: with a token provider, refresh it in the background. */
  renewToken(): void {
    if (typeof this.opts.token === 'function') {
      // If this fails the server closes with 4004 at the deadline and the reconnect asks the provider again.
      this.refreshToken().catch((err: unknown) => this.hooks.emit('error', err instanceof Error ? err : new Error(String(err))));
    }
  }

  /** Closes for good: pending requests and sends reject with ClientClosedError. */
  close(): void {
    if (this.stateValue === 'closed') return;
    this.setState('closed');
    if (this.reconnectTimer !== null) clearTimeout(this.reconnectTimer);
    if (this.syncRetryTimer !== null) clearTimeout(this.syncRetryTimer);
    const ws = this.ws;
    this.ws = null;
    ws?.close(1000, 'client closed');
    this.failPending(new ClientClosedError('client is closed'));
    this.hooks.closed();
    this.firstReady?.reject(new ClientClosedError('client is closed'));
    this.firstReady = null;
  }

  /**
   * Drops the socket as a network failure would; reconnects as usual. The socket is given up at
   * once: on a dead network its close handshake may never finish.
   */
  drop(): void {
    const ws = this.ws;
    if (ws === null) return;
    ws.close(4999, 'dropped by client');
    if (this.ws === ws) this.onClose(4999, 'dropped by client');
  }

  /** Waiting to reconnect (the network is back, say): skips the rest of the back-off. */
  reconnectNow(): void {
    if (this.reconnectTimer === null || this.stateValue === 'closed') return;
    clearTimeout(this.reconnectTimer);
    this.reconnectTimer = null;
    this.attempt = 0;
    this.open();
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
      this.hooks.emit('error', err instanceof Error ? err : new Error(String(err)));
      ws.close(1000, 'no token');
      return;
    }
    if (this.ws !== ws) return;
    let welcome: Welcome;
    try {
      welcome = (await this.request({ hello: { protocolVersion: PROTOCOL_VERSION, token, deviceId: this.opts.deviceId } })).welcome as Welcome;
    } catch (err) {
      if (err instanceof ServerError) this.hooks.emit('error', err);
      return; // the server closes the socket; onClose decides about reconnecting
    }
    if (this.ws !== ws) return;
    this.welcomeValue = welcome;
    this.attempt = 0;
    this.setState('ready');
    if (this.opts.autoSync && !(await this.syncOn(ws))) return;
    if (this.ws !== ws) return;
    this.hooks.caughtUp();
    this.hooks.emit('synced');
    this.firstReady?.resolve(welcome);
    this.firstReady = null;
  }

  /**
   * The sync after a Welcome; nothing queued is sent before it succeeds. A refusal or a timeout
   * while the socket stays open (a conversation moving, a loaded server) is tried again with the
   * reconnect back-off: without that the client would stay ready and never caught up, holding its
   * queued sends until some later send. False once this socket is gone (the reconnect syncs again).
   */
  private async syncOn(ws: WebSocketLike): Promise<boolean> {
    const r = this.opts.reconnect === false ? SYNC_RETRY : this.opts.reconnect;
    for (let attempt = 0; ; attempt++) {
      try {
        await this.hooks.sync();
        return true;
      } catch (err) {
        if (this.ws !== ws) return false; // lost or closed (close() drops the socket)
        if (attempt === 0) this.hooks.emit('error', err instanceof Error ? err : new Error(String(err)));
      }
      const base = Math.min(r.maxDelayMs, r.minDelayMs * 2 ** Math.min(attempt, 16));
      await new Promise<void>((resolve) => {
        this.syncRetryTimer = setTimeout(resolve, base / 2 + Math.random() * (base / 2));
      });
      this.syncRetryTimer = null;
      if (this.ws !== ws) return false;
    }
  }

  private onFrame(data: unknown): void {
    let frame: ServerFrame;
    try {
      frame = decodeServerFrame(new Uint8Array(data as ArrayBuffer));
    } catch (err) {
      this.hooks.emit('error', err as Error);
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
    this.hooks.pushed(frame);
  }

  private onClose(code: number, reason: string): void {
    this.ws = null;
    this.failPending(new ConnectionLostError(`connection closed (${code})`));
    this.hooks.lost();
    if (this.stateValue === 'closed') return;
    const fatal = FATAL_CLOSE.has(code) || (TOKEN_CLOSE.has(code) && typeof this.opts.token === 'string');
    const reconnecting = !fatal && this.opts.reconnect !== false;
    this.hooks.emit('disconnected', { code, reason, reconnecting });
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
    if (err !== null) this.hooks.emit('error', err);
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
    this.hooks.emit('state', s);
  }
}
