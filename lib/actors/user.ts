import type { Principal } from '../auth/tokens.js';
import type { chorus } from '../protocol/gen/chorus.js';
import { toClientError } from '../chat/errors.js';
import type { PushRegistry } from '../chat/push_registry.js';
import type { Caller, ConversationView, HistoryResult } from '../chat/types.js';
import { toWire, toWireConversation } from '../chat/wire.js';
import type { MemberCursor, MemberRole, ReactionCount } from '../storage/mod.js';
import {
  type ChorusError,
  CloseCode,
  ErrorCode,
  type ClientFrame,
  type IServerFrame,
  PROTOCOL_VERSION,
  decodeClientFrame,
  encodeServerFrame,
  errorFrame,
  invalid,
  isValidId,
} from '../protocol/mod.js';

export type { Backpressure, ExpirySchedule, FrameBudget, SessionDirectory, SessionEnv, SessionLimits, SessionObserver, TokenTiming, Wire } from './session_env.js';
import type { SessionEnv, Wire, FrameBudget } from './session_env.js';

const enum State {
  Fresh,
  Authenticating,
  Ready,
  Closed,
}

/** uWS send() result when the whole frame went to the kernel (0: part of it is buffered, 2: dropped). */
const SEND_SUCCESS = 1;

/**
 * The user actor of one socket: authenticates it, turns frames into calls on the chat core and
 * answers them. Its mailbox is the socket itself (uWS delivers frames one at a time on the event
 * loop); deliveries are written to its socket by the gateway's session index, without a message
 * to this object.
 * Kept to a handful of fields: a gateway holds up to a million of these.
 */
export class UserActor implements Caller {
  userId = '';
  deviceId = '';
  private ws: Wire | null = null;
  private state = State.Fresh;
  private pending = 0;
  private badFrames = 0;
  /** Users whose presence this session watches; null until it asks (most sessions never do). */
  private watching: string[] | null = null;
  /** Token bucket of frames, as small integers: tokens left, and when it was last refilled (ms). */
  private tokens = -1;
  private refilledAt = 0;
  /** The user's budget across their sessions; null until ready. */
  private budget: FrameBudget | null = null;
  /** The token's expiry (ms), and whether token_expiring was sent for it. */
  private tokenExpiresAt = 0;
  private warned = false;
  /** The last send left bytes in uWS's buffer: check the backlog before the next one. */
  private backlogged = false;
  /** When the client was last heard from (any frame, ping or pong), and when we pinged it since (0: not yet). */
  private heardAt = 0;
  private pingedAt = 0;
  /** The expiry wheel's bookkeeping. */
  wheelSlot = -1;
  /** Intrusive list of the gateway's live sessions (cheaper than a Set per connection). */
  prev: UserActor | null = null;
  next: UserActor | null = null;

  constructor(
    private readonly env: SessionEnv,
    private principal: Principal | null,
  ) {}

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
    const ws = this.ws;
    if (ws === null || this.state === State.Closed) return;
    this.state = State.Closed;
    ws.end(code, reason);
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
    if (!this.admit(now)) {
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
    switch (frame.body) {
      case 'ping':
        // id 0 means no reply wanted (so no pong); likewise for every success answer below.
        if (id !== 0) this.write(encodeServerFrame({ id, pong: { clientTimeMs: frame.ping!.clientTimeMs, serverTimeMs: this.env.now() } }));
        return;
      case 'send': {
        const s = frame.send as chorus.v1.SendMessage;
        this.request(id, async () => ({ ack: ackBody(await this.env.service.send(this, { conversationId: s.conversationId, clientId: s.clientId, text: s.text, resend: s.resend })) }));
        return;
      }
      case 'history': {
        const h = frame.history as chorus.v1.HistoryRequest;
        this.request(id, async () => {
          const page = await this.env.service.history(this, {
            conversationId: h.conversationId,
            limit: h.limit,
            ...(h.beforeSeq != null ? { beforeSeq: h.beforeSeq } : {}),
            ...(h.afterSeq != null ? { afterSeq: h.afterSeq } : {}),
          });
          return { history: { conversationId: page.conversationId, messages: withReactions(page), hasMore: page.hasMore, lastSeq: page.lastSeq } };
        });
        return;
      }
      case 'sync': {
        const q = frame.sync as chorus.v1.SyncRequest;
        this.request(id, async () => {
          if (q.cursors.length > this.env.limits.maxSyncCursors) throw invalid(`at most ${this.env.limits.maxSyncCursors} cursors per sync`);
          const cursors = new Map<string, number>();
          for (const c of q.cursors as chorus.v1.Cursor[]) cursors.set(c.conversationId, c.seq);
          const page = await this.env.service.sync(this, { cursors, limit: q.limit, receiptsSince: q.receiptsSinceMs });
          const messages = page.messages.map((m) => toWire(m, page.reactions.get(m.conversationId)?.get(m.seq) ?? []));
          return { sync: { messages, conversations: page.conversations.map(toWireConversation), done: page.done } };
        });
        return;
      }
      case 'createConversation': {
        const c = frame.createConversation as chorus.v1.CreateConversation;
        this.request(id, async () => {
          if (c.kind !== 1 && c.kind !== 2) throw invalid('kind must be DIRECT or GROUP');
          const view = await this.env.service.createConversation(this, { kind: c.kind === 1 ? 'direct' : 'group', members: c.members, title: c.title });
          return { conversation: toWireConversation(view) };
        });
        return;
      }
      case 'listConversations': {
        const l = frame.listConversations as chorus.v1.ListConversations;
        this.request(id, async () => {
          const page = await this.env.service.listConversations(this, { afterId: l.afterId, limit: l.limit });
          return { conversations: { conversations: page.conversations.map((v: ConversationView) => toWireConversation(v)), hasMore: page.hasMore } };
        });
        return;
      }
      case 'receipt': {
        const r = frame.receipt as chorus.v1.Receipt;
        this.request(id, async () => {
          if (r.kind !== 1 && r.kind !== 2) throw invalid('kind must be DELIVERED or READ');
          const seq = await this.env.service.receipt(this, r.conversationId, r.kind === 1 ? 'delivered' : 'read', r.seq);
          return { receipt: { conversationId: r.conversationId, kind: r.kind, seq } };
        });
        return;
      }
      case 'edit': {
        const e = frame.edit as chorus.v1.EditMessage;
        this.request(id, async () => ({ ack: ackBody(await this.env.service.edit(this, { conversationId: e.conversationId, seq: e.seq, text: e.text, clientId: e.clientId })) }));
        return;
      }
      case 'delete': {
        const d = frame.delete as chorus.v1.DeleteMessage;
        this.request(id, async () => ({ ack: ackBody(await this.env.service.delete(this, { conversationId: d.conversationId, seq: d.seq, clientId: d.clientId })) }));
        return;
      }
      case 'react': {
        const r = frame.react as chorus.v1.React;
        this.request(id, async () => {
          const counts = await this.env.service.react(this, r.conversationId, r.seq, r.emoji, r.add);
          return { reactionAck: { conversationId: r.conversationId, seq: r.seq, reactions: counts } };
        });
        return;
      }
      case 'typing': {
        const t = frame.typing as chorus.v1.Typing;
        this.request(id, async () => {
          await this.env.service.typing(this, t.conversationId);
          return { ok: {} };
        });
        return;
      }
      case 'receipts': {
        const r = frame.receipts as chorus.v1.ReceiptsRequest;
        this.request(id, async () => ({ receipts: { conversationId: r.conversationId, members: (await this.env.service.receipts(this, r.conversationId)).map(receiptBody) } }));
        return;
      }
      case 'inbox': {
        const q = frame.inbox as chorus.v1.InboxRequest;
        this.request(id, async () => {
          const before = q.beforeActivityMs > 0 ? { lastActivity: q.beforeActivityMs, conversationId: q.beforeId } : null;
          const page = await this.env.service.inbox(this, { before, limit: q.limit });
          return {
            inbox: {
              entries: page.entries.map((e) => ({
                conversation: toWireConversation(e.conversation),
                ...(e.lastMessage !== undefined ? { lastMessage: toWire(e.lastMessage) } : {}),
                unread: e.unread,
                lastActivityMs: e.conversation.lastActivity,
                readSeq: e.readSeq,
              })),
              hasMore: page.hasMore,
            },
          };
        });
        return;
      }
      case 'updateGroup': {
        const g = frame.updateGroup as chorus.v1.UpdateGroup;
        this.request(id, async () => {
          const roles = g.roles.map(parseRole);
          const ack = await this.env.service.updateGroup(this, {
            conversationId: g.conversationId,
            clientId: `g${id}x${Date.now().toString(36)}`,
            title: g.title ?? null,
            add: g.add,
            remove: g.remove,
            roles,
          });
          return { ack: ackBody(ack) };
        });
        return;
      }
      case 'leave': {
        const l = frame.leave as chorus.v1.LeaveConversation;
        this.request(id, async () => {
          const ack = await this.env.service.updateGroup(this, { conversationId: l.conversationId, clientId: `l${id}x${Date.now().toString(36)}`, title: null, add: [], remove: [this.userId], roles: [] });
          return { ack: ackBody(ack) };
        });
        return;
      }
      case 'subscribePresence': {
        const p = frame.subscribePresence as chorus.v1.SubscribePresence;
        this.request(id, async () => {
          const users = (await this.env.service.membersOf(this, p.conversationIds)).slice(0, this.env.limits.maxPresenceUsers);
          this.watch(users);
          const snapshot = await this.env.presence.snapshot(users);
          return { presenceSnapshot: { users: snapshot.map((u) => ({ userId: u.userId, online: u.online, lastSeenMs: u.lastSeen })) } };
        });
        return;
      }
      case 'registerPush': {
        const r = frame.registerPush as chorus.v1.RegisterPush;
        this.request(id, async () => {
          await this.pushRegistry().register(this, pushTarget(r));
          return { ok: {} };
        });
        return;
      }
      case 'unregisterPush':
        this.request(id, async () => {
          await this.pushRegistry().unregister(this);
          return { ok: {} };
        });
        return;
      case 'setPushPrefs': {
        const p = frame.setPushPrefs as chorus.v1.SetPushPrefs;
        this.request(id, async () => {
          await this.pushRegistry().mute(this, p.conversationId, p.mutedUntilMs);
          return { ok: {} };
        });
        return;
      }
      case 'refreshToken':
        this.refresh(id, (frame.refreshToken as chorus.v1.RefreshToken).token);
        return;
      case 'hello':
        this.write(errorFrame(id, ErrorCode.ALREADY_AUTHENTICATED, 'this session is already authenticated'));
        return;
      default:
        this.write(errorFrame(id, ErrorCode.UNKNOWN_FRAME, 'unknown or empty frame body'));
    }
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
    const registered = this.env.presence.connected(principal.userId);
    if (registered === undefined) this.sendWelcome(id);
    else {
      // Across nodes: welcome once deliveries reach this gateway, so the client's sync misses nothing.
      registered.then(
        () => this.sendWelcome(id),
        (err: unknown) => {
          const e = toClientError(err);
          this.write(errorFrame(id, e.code, e.message));
          this.close(CloseCode.TRY_AGAIN_LATER, 'session directory unavailable');
        },
      );
    }
  }

  private sendWelcome(id: number): void {
    if (this.state !== State.Ready || this.ws === null) return;
    const userId = this.userId;
    const l = this.env.limits;
    this.write(
      encodeServerFrame({
        id,
        welcome: {
          protocolVersion: PROTOCOL_VERSION,
          userId,
          sessionId: String(this.env.nextSessionId()),
          serverTimeMs: this.env.now(),
          limits: {
            maxFrameBytes: l.maxFrameBytes,
            maxTextBytes: l.maxTextBytes,
            maxPendingRequests: l.maxPendingRequests,
            maxPage: l.maxPage,
            maxGroupMembers: l.maxGroupMembers,
          },
        },
      }),
    );
    this.planExpiry();
  }

  /** Replaces the session's token with a fresh one for the same user (RefreshToken). */
  private refresh(id: number, token: string): void {
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

  private request(id: number, run: () => Promise<IServerFrame>): void {
    if (this.pending >= this.env.limits.maxPendingRequests) {
      this.write(errorFrame(id, ErrorCode.OVERLOADED, 'too many requests in flight on this connection', 50));
      return;
    }
    this.pending++;
    run().then(
      (body) => {
        this.pending--;
        if (id === 0) return;
        body.id = id;
        this.write(encodeServerFrame(body));
      },
      (err: unknown) => {
        this.pending--;
        const e = toClientError(err);
        this.env.metrics.errors.inc({ code: ErrorCode[e.code] ?? String(e.code) });
        this.write(errorFrame(id, e.code, e.message, e.retryAfterMs));
      },
    );
  }

  private rateLimited(id: number, scope: 'connection' | 'user', message: string, rate: number): void {
    this.env.metrics.errors.inc({ code: 'RATE_LIMITED' });
    this.env.observe.rateLimited(scope);
    this.write(errorFrame(id, ErrorCode.RATE_LIMITED, message, Math.ceil(1000 / rate)));
  }

  /** Takes one token; refills frameRate per second up to frameBurst. */
  private admit(now: number): boolean {
    const l = this.env.limits;
    if (this.tokens < 0) {
      this.tokens = l.frameBurst;
      this.refilledAt = now;
    } else {
      const earned = Math.floor(((now - this.refilledAt) * l.frameRate) / 1000);
      if (earned > 0) {
        this.tokens = Math.min(l.frameBurst, this.tokens + earned);
        this.refilledAt = now;
      }
    }
    if (this.tokens === 0) return false;
    this.tokens--;
    return true;
  }

  private pushRegistry(): PushRegistry {
    if (this.env.push === null) throw invalid('push notifications are not configured on this server');
    return this.env.push;
  }

  /** Replaces the set of users whose presence changes this session receives. */
  private watch(users: string[]): void {
    if (this.ws === null || this.state !== State.Ready) return;
    this.env.directory.watch(this, users, this.watching ?? []);
    this.watching = users.length > 0 ? users : null;
  }

  private badFrame(id: number, err: ChorusError): void {
    this.write(errorFrame(id, err.code, err.message));
    if (++this.badFrames > this.env.limits.maxBadFrames) this.close(CloseCode.PROTOCOL_VIOLATION, 'too many bad frames');
  }

  /** Answers and the session's own notices: never skipped, but subject to the hard limit. */
  private write(bytes: Uint8Array): void {
    this.deliver(bytes, false);
  }

  /**
   * Sends one frame to this socket. Once a send leaves bytes buffered, the next one first looks at
   * the backlog: at the hard limit the session is closed with 4100 (nothing durable is lost, the
   * client resyncs); past the soft limit ephemeral frames are skipped. Otherwise a frame is never
   * dropped. Buffered output per socket therefore stays below the hard limit plus one frame.
   */
  deliver(bytes: Uint8Array, ephemeral: boolean): void {
    const ws = this.ws;
    if (ws === null || this.state === State.Closed) return;
    if (this.backlogged) {
      const buffered = ws.getBufferedAmount();
      if (buffered >= this.env.backpressure.hardBytes) {
        this.env.observe.closed('slow_consumer');
        this.close(CloseCode.SLOW_CONSUMER, 'reading too slowly; reconnect and sync');
        return;
      }
      if (ephemeral && buffered >= this.env.backpressure.softBytes) {
        this.env.observe.ephemeralDropped();
        return;
      }
    }
    this.backlogged = ws.send(bytes, true) !== SEND_SUCCESS;
  }
}

function ackBody(a: { conversationId: string; seq: number; sentAt: number; clientId: string; duplicate: boolean }): chorus.v1.ISendAck {
  return { conversationId: a.conversationId, seq: a.seq, sentAtMs: a.sentAt, clientId: a.clientId, duplicate: a.duplicate };
}

function receiptBody(c: MemberCursor): chorus.v1.IMemberReceipt {
  return { userId: c.userId, deliveredSeq: c.delivered, readSeq: c.read };
}

function withReactions(page: HistoryResult): chorus.v1.IMessage[] {
  const none: ReactionCount[] = [];
  return page.messages.map((m) => toWire(m, page.reactions.get(m.seq) ?? none));
}

function parseRole(text: string): { userId: string; role: MemberRole } {
  const [userId, role] = text.split('=');
  if (userId === undefined || (role !== 'admin' && role !== 'member')) throw invalid('roles are "user=admin" or "user=member"');
  return { userId, role };
}

/** The RegisterPush oneof as the plain object validateTarget() checks. */
function pushTarget(r: chorus.v1.RegisterPush): unknown {
  switch (r.target) {
    case 'fcm':
      return { platform: 'fcm', token: r.fcm!.token };
    case 'apns':
      return { platform: 'apns', token: r.apns!.token };
    case 'webhook':
      return { platform: 'webhook', token: r.webhook!.token };
    case 'webpush':
      return { platform: 'webpush', endpoint: r.webpush!.endpoint, keys: { p256dh: r.webpush!.p256dh, auth: r.webpush!.auth } };
    default:
      return { platform: '' };
  }
}
