import type { Principal } from '../auth/tokens.js';
import type { chorus } from '../protocol/gen/chorus.js';
import { toClientError } from '../chat/errors.js';
import {
  type ChorusError,
  CloseCode,
  ErrorCode,
  type ClientFrame,
  PROTOCOL_VERSION,
  decodeClientFrame,
  encodeServerFrame,
  errorFrame,
  isValidId,
} from '../protocol/mod.js';
import { takeToken, type TokenBucket } from '../time/mod.js';
import { FRAME_HANDLERS, type FrameSession, type RequestHandler } from './handlers/table.js';
import type { SessionEnv, Wire, FrameBudget } from './session_env.js';
import { welcomeFrame } from './welcome.js';

export type { Backpressure, ExpirySchedule, FrameBudget, SessionDirectory, SessionEnv, SessionLimits, SessionObserver, TokenTiming, Wire } from './session_env.js';

/**
 * Fresh --Hello--> Authenticating --token verified--> Ready --close or socket gone--> Closed.
 * (A token checked at the upgrade skips Authenticating.) Fresh accepts Hello only, Authenticating
 * nothing; only a Ready session's frames reach the frame table (handlers/table.ts).
 */
const enum State {
  Fresh,
  Authenticating,
  Ready,
  Closed,
}

/** uWS send() result when the whole frame went to the kernel (0: part of it is buffered, 2: dropped). */
const SEND_SUCCESS = 1;

/**
 * The user actor of one socket: authenticates it, hands each frame of a ready session to its entry
 * in the shared frame table (which calls the chat core) and writes the answer. Its mailbox is the
 * socket itself (uWS delivers frames one at a time on the event loop); deliveries reach it from the
 * gateway's session index. Kept to a handful of fields: a gateway holds up to a million of these.
 */
export class UserActor implements FrameSession, TokenBucket {
  userId = '';
  deviceId = '';
  private ws: Wire | null = null;
  private state = State.Fresh;
  private pending = 0;
  private badFrames = 0;
  /** Users whose presence this session watches; null until it asks (most sessions never do). */
  private watching: string[] | null = null;
  /** This connection's token bucket of frames (TokenBucket, held inline). */
  tokens: number;
  at: number;
  /** The user's budget across their sessions; null until ready. */
  private budget: FrameBudget | null = null;
  /** The token's expiry (ms), and whether token_expiring was sent for it. */
  private tokenExpiresAt = 0;
  private warned = false;
  /** The last send left bytes in uWS's buffer: check the backlog before the next one. */
  private backlogged = false;
  /** Frames of this turn not yet written, with their ephemeral flags (frame, flag, frame, flag…); null: none. */
  private queued: (Uint8Array | boolean)[] | null = null;
  /** When the client was last heard from (any frame, ping or pong), and when we pinged it since (0: not yet). */
  private heardAt = 0;
  private pingedAt = 0;
  /** The expiry wheel's bookkeeping. */
  wheelSlot = -1;
  /** Intrusive list of the gateway's live sessions (cheaper than a Set per connection). */
  prev: UserActor | null = null;
  next: UserActor | null = null;

  constructor(
    readonly env: SessionEnv,
    private principal: Principal | null,
  ) {
    this.tokens = env.limits.frameBurst;
    this.at = env.now();
  }

  get ready(): boolean {
    return this.state === State.Ready;
  }

  attach(ws: Wire): void {
    this.ws = ws;
  }

  /** Bytes uWS holds for this socket, not yet taken by the kernel. */
  get buffered(): number {
    return this.ws?.getBufferedAmount() ?? 0;
  }

  /** The socket is gone; nothing may touch it any more. */
  detach(): void {
    const wasReady = this.userId !== '' && this.ws !== null;
    this.state = State.Closed;
    this.ws = null;
    this.env.expiry.cancel(this);
    if (this.watching !== null) this.env.directory.watch(this, [], this.watching);
    this.watching = null;
    if (this.budget !== null) this.env.directory.leave(this);
    this.budget = null;
    if (wasReady) this.env.presence.disconnected(this.userId);
  }

  close(code: number, reason: string): void {
    this.flushOutput(); // what was written before the close goes out first (this may close it with 4100)
    const ws = this.ws;
    if (ws === null || this.state === State.Closed) return;
    this.detach(); // the session ends now; its close frame follows its backlog once the client reads (socket_close.ts)
    this.env.closes.end(ws, code, reason);
  }

  receiveText(): void {
    this.close(CloseCode.UNSUPPORTED_DATA, 'binary protobuf frames only');
  }

  receive(data: ArrayBuffer): void {
    if (this.state === State.Closed) return;
    let frame: ClientFrame;
    try {
      frame = decodeClientFrame(new Uint8Array(data));
    } catch (err) {
      this.env.metrics.frameReceived('undecodable');
      this.badFrame(0, toClientError(err));
      return;
    }
    this.env.metrics.frameReceived(frame.body ?? 'empty');
    const id = frame.id >>> 0;
    const now = this.env.now();
    if (!takeToken(this, now, this.env.limits.frameRate, this.env.limits.frameBurst)) {
      this.rateLimited(id, 'connection', 'too many frames on this connection', this.env.limits.frameRate);
      return;
    }
    if (this.budget !== null && !this.budget.take(now)) {
      this.rateLimited(id, 'user', 'too many frames from this user (all connections together)', this.env.limits.userFrameRate);
      return;
    }
    if (this.state !== State.Ready) {
      if (this.state === State.Fresh && frame.body === 'hello') this.hello(id, frame);
      else this.close(CloseCode.AUTH_REQUIRED, 'Hello (with a valid token) must come first');
      return;
    }
    this.dispatch(id, frame);
  }

  /** A ready session's frame: its entry in the frame table, or UNKNOWN_FRAME. */
  private dispatch(id: number, frame: ClientFrame): void {
    const handler = frame.body === undefined ? undefined : FRAME_HANDLERS[frame.body];
    if (handler === undefined) this.write(errorFrame(id, ErrorCode.UNKNOWN_FRAME, 'unknown or empty frame body'));
    else if ('request' in handler) this.request(id, frame, handler);
    else handler.direct(this, frame, id);
  }

  private hello(id: number, frame: ClientFrame): void {
    const h = frame.hello as chorus.v1.Hello;
    if (h.protocolVersion !== PROTOCOL_VERSION) {
      this.write(errorFrame(id, ErrorCode.UNSUPPORTED_VERSION, `this server speaks protocol version ${PROTOCOL_VERSION}`));
      this.close(CloseCode.UNSUPPORTED_VERSION, 'unsupported protocol version');
      return;
    }
    if (!isValidId(h.deviceId)) {
      this.write(errorFrame(id, ErrorCode.INVALID_ARGUMENT, 'device_id must match [A-Za-z0-9_-]{1,64}'));
      this.close(CloseCode.PROTOCOL_VIOLATION, 'invalid device id');
      return;
    }
    this.deviceId = h.deviceId;
    if (this.principal !== null) {
      this.welcome(id, this.principal);
      return;
    }
    this.state = State.Authenticating;
    this.env.verifier.verify(h.token).then(
      (p) => this.welcome(id, p),
      (err: unknown) => {
        const e = toClientError(err);
        this.write(errorFrame(id, e.code, e.message, e.retryAfterMs));
        if (e.code === ErrorCode.UNAVAILABLE) this.close(CloseCode.TRY_AGAIN_LATER, 'cannot check tokens right now');
        else this.close(CloseCode.AUTH_FAILED, e.code === ErrorCode.TOKEN_EXPIRED ? 'token expired' : 'authentication failed');
      },
    );
  }

  private welcome(id: number, principal: Principal): void {
    if (this.state === State.Closed || this.ws === null) return;
    this.principal = null;
    this.userId = principal.userId;
    this.state = State.Ready;
    this.tokenExpiresAt = principal.expiresAt;
    this.budget = this.env.directory.join(this);
    this.env.observe.opened(this.userId, this.deviceId);
    const registered = this.env.presence.connected(principal.userId);
    if (registered === undefined) this.sendWelcome(id);
    else {
      // Across nodes: welcome once deliveries reach this gateway, so the client's sync misses nothing.
      registered.then(
        () => this.sendWelcome(id),
        (err: unknown) => {
          const e = toClientError(err);
          this.write(errorFrame(id, e.code, e.message, e.retryAfterMs));
          // Refused over the user's session cap (RATE_LIMITED), or the directory did not answer.
          this.close(CloseCode.TRY_AGAIN_LATER, e.code === ErrorCode.RATE_LIMITED ? 'too many sessions for this user' : 'session directory unavailable');
        },
      );
    }
  }

  private sendWelcome(id: number): void {
    if (this.state !== State.Ready || this.ws === null) return;
    this.write(welcomeFrame(id, this.userId, String(this.env.nextSessionId()), this.env.now(), this.env.limits, this.env.media?.limits ?? null));
    this.planExpiry();
  }

  /** Replaces the session's token with a fresh one for the same user (RefreshToken). */
  refresh(id: number, token: string): void {
    if (this.pending >= this.env.limits.maxPendingRequests) {
      this.write(errorFrame(id, ErrorCode.OVERLOADED, 'too many requests in flight on this connection', 50));
      return;
    }
    this.pending++;
    this.env.verifier.verify(token).then(
      (p) => {
        this.pending--;
        if (this.state !== State.Ready) return;
        if (p.userId !== this.userId) {
          // Never let a socket change hands: the sender id of everything on it comes from the token.
          this.write(errorFrame(id, ErrorCode.UNAUTHENTICATED, 'the new token is for another user'));
          this.close(CloseCode.AUTH_FAILED, 'token for another user');
          return;
        }
        this.tokenExpiresAt = p.expiresAt;
        this.warned = false;
        if (id !== 0) this.write(encodeServerFrame({ id, tokenRefreshed: { expiresAtMs: p.expiresAt } }));
        this.planExpiry();
      },
      (err: unknown) => {
        // The session keeps its current token (until that one runs out); the client may try again.
        this.pending--;
        const e = toClientError(err);
        this.write(errorFrame(id, e.code, e.message, e.retryAfterMs));
      },
    );
  }

  /** The socket is open: from now on it is closed (4103) when the client stays silent for the idle timeout. */
  watchIdle(now: number): void {
    this.heardAt = now;
    this.planExpiry();
  }

  /** Something arrived from the client (a frame, a ping or a pong). The deadline moves lazily, in due(). */
  heard(now: number): void {
    this.heardAt = now;
    this.pingedAt = 0;
  }

  /** Schedules the next deadline: the idle ping or close, or the token's warning or close. */
  private planExpiry(): void {
    if (this.state === State.Closed) return;
    const idleMs = this.env.idleTimeoutMs;
    // The client gets at least half the idle time to answer our ping.
    let at = this.pingedAt === 0 ? this.heardAt + idleMs / 2 : Math.max(this.heardAt + idleMs, this.pingedAt + idleMs / 2);
    if (this.tokenExpiresAt > 0 && this.state === State.Ready) {
      const { noticeMs, graceMs } = this.env.tokens;
      at = Math.min(at, this.warned ? this.tokenExpiresAt + graceMs : this.tokenExpiresAt - noticeMs);
    }
    const now = this.env.now();
    if (at <= now) this.due(now);
    else this.env.expiry.schedule(this, at);
  }

  /**
   * A deadline passed (called by the expiry wheel). Idle: ping at half the idle timeout, close with
   * 4103 at the timeout once the ping went unanswered. Token: warn, or close with 4004.
   */
  due(now: number): void {
    if (this.state === State.Closed) return;
    const idleMs = this.env.idleTimeoutMs;
    if (this.pingedAt > 0 && now - this.heardAt >= idleMs && now - this.pingedAt >= idleMs / 2) {
      this.env.observe.closed('idle');
      this.close(CloseCode.IDLE_TIMEOUT, 'nothing received within the idle timeout; reconnect');
      return;
    }
    if (this.pingedAt === 0 && now - this.heardAt >= idleMs / 2) {
      this.pingedAt = now;
      this.ws?.ping();
    }
    if (this.state === State.Ready && this.tokenExpiresAt > 0) {
      const closeAt = this.tokenExpiresAt + this.env.tokens.graceMs;
      if (now >= closeAt) {
        this.env.observe.closed('token_expired');
        this.close(CloseCode.TOKEN_EXPIRED, 'token expired; get a new one and reconnect');
        return;
      }
      if (!this.warned && now >= this.tokenExpiresAt - this.env.tokens.noticeMs) {
        this.warned = true;
        this.write(encodeServerFrame({ tokenExpiring: { expiresAtMs: this.tokenExpiresAt, closeAtMs: closeAt } }));
      }
    }
    this.planExpiry();
  }

  private request(id: number, frame: ClientFrame, handler: RequestHandler): void {
    if (this.pending >= this.env.limits.maxPendingRequests) {
      this.write(errorFrame(id, ErrorCode.OVERLOADED, 'too many requests in flight on this connection', 50));
      return;
    }
    this.pending++;
    handler.request(this, frame, id).then(
      (body) => {
        this.pending--;
        if (id === 0) return; // id 0: no reply wanted, so no success answer (errors still come)
        body.id = id;
        this.write(encodeServerFrame(body));
      },
      (err: unknown) => {
        this.pending--;
        const e = toClientError(err);
        const code = ErrorCode[e.code] ?? String(e.code);
        this.env.metrics.errors.inc({ code });
        this.env.observe.refused(this.userId, frame.body ?? 'empty', code);
        this.write(errorFrame(id, e.code, e.message, e.retryAfterMs));
      },
    );
  }

  private rateLimited(id: number, scope: 'connection' | 'user', message: string, rate: number): void {
    this.env.metrics.errors.inc({ code: 'RATE_LIMITED' });
    this.env.observe.rateLimited(scope);
    this.env.observe.refused(this.userId, scope === 'user' ? 'any (user budget)' : 'any (connection budget)', 'RATE_LIMITED');
    this.write(errorFrame(id, ErrorCode.RATE_LIMITED, message, Math.ceil(1000 / rate)));
  }

  /** Replaces the set of users whose presence changes this session receives. */
  watch(users: string[]): void {
    if (this.ws === null || this.state !== State.Ready) return;
    this.env.directory.watch(this, users, this.watching ?? []);
    this.watching = users.length > 0 ? users : null;
  }

  private badFrame(id: number, err: ChorusError): void {
    this.write(errorFrame(id, err.code, err.message));
    if (++this.badFrames > this.env.limits.maxBadFrames) this.close(CloseCode.PROTOCOL_VIOLATION, 'too many bad frames');
  }

  /** Answers and the session's own notices: never skipped, but subject to the hard limit. */
  write(bytes: Uint8Array): void {
    this.deliver(bytes, false);
  }

  /** Sends one frame, in order: with an OutputBatch, queued for this turn's one corked write (flushOutput). */
  deliver(bytes: Uint8Array, ephemeral: boolean): void {
    const batch = this.env.output;
    if (batch === undefined) {
      if (!this.send(bytes, ephemeral)) this.slowConsumer();
    } else if (this.ws !== null && this.state !== State.Closed) {
      if (this.queued === null) batch.mark(this);
      (this.queued ??= []).push(bytes, ephemeral);
    }
  }

  /** Writes the queued frames in one corked write (OutputBatch, at the end of the turn). */
  flushOutput(): void {
    const q = this.queued;
    this.queued = null;
    if (q === null || this.ws === null || this.state === State.Closed) return;
    let ok = true; // false: the hard limit was reached; close after the cork, never inside it
    this.ws.cork(() => {
      for (let i = 0; ok && i < q.length; i += 2) ok = this.send(q[i] as Uint8Array, q[i + 1] as boolean);
    });
    if (!ok) this.slowConsumer();
  }

  private slowConsumer(): void {
    this.env.observe.closed('slow_consumer');
    this.close(CloseCode.SLOW_CONSUMER, 'reading too slowly; reconnect and sync');
  }

  /**
   * Once a send leaves bytes buffered, the next one checks the backlog: past the soft limit ephemeral
   * frames are skipped; at the hard limit it returns false, for a close with 4100 (the client resyncs).
   * A frame is never dropped otherwise; buffered output stays below the hard limit plus one frame.
   */
  private send(bytes: Uint8Array, ephemeral: boolean): boolean {
    const ws = this.ws;
    if (ws === null || this.state === State.Closed) return true;
    if (this.backlogged) {
      const buffered = ws.getBufferedAmount();
      if (buffered >= this.env.backpressure.hardBytes) return false;
      if (ephemeral && buffered >= this.env.backpressure.softBytes) {
        this.env.observe.ephemeralDropped();
        return true;
      }
    }
    this.backlogged = ws.send(bytes, true) !== SEND_SUCCESS;
    return true;
  }
}
