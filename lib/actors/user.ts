import type { Principal, TokenVerifier } from '../auth/tokens.js';
import type { chorus } from '../protocol/gen/chorus.js';
import { toClientError } from '../chat/errors.js';
import { toWireConversation } from '../chat/local_service.js';
import type { Caller, ChatService, ConversationView } from '../chat/types.js';
import { toWire } from './conversation.js';
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



/** The part of a uWS WebSocket a session uses (a fake in unit tests). */
export interface Wire {
  send(message: Uint8Array, isBinary: boolean): number;
  end(code?: number, reason?: string): void;
  subscribe(topic: string): boolean;
  getBufferedAmount(): number;
}

export interface SessionLimits {
  maxFrameBytes: number;
  maxTextBytes: number;
  maxPendingRequests: number;
  maxPage: number;
  maxGroupMembers: number;
  /** Undecodable frames tolerated on one connection before it is closed. */
  maxBadFrames: number;
  /** Cursors accepted in one SyncRequest. */
  maxSyncCursors: number;
}

/** Shared by every session of a gateway: one pointer per connection instead of many. */
export interface SessionEnv {
  readonly service: ChatService;
  readonly verifier: TokenVerifier;
  readonly limits: SessionLimits;
  now(): number;
  nextSessionId(): number;
  /** Topic a user's sessions subscribe to; deliveries are published there. */
  userTopic(userId: string): string;
}

const enum State {
  Fresh,
  Authenticating,
  Ready,
  Closed,
}

/** uWS send() result when the frame was dropped because the socket is over its backpressure limit. */
const SEND_DROPPED = 2;

/**
 * The user actor of one socket: authenticates it, turns frames into calls on the chat core and
 * answers them. Its mailbox is the socket itself (uWS delivers frames one at a time on the event
 * loop); deliveries reach it through its user topic, fanned out in C++ without touching this object.
 * Kept to a handful of fields: a gateway holds up to a million of these.
 */
export class UserActor implements Caller {
  userId = '';
  deviceId = '';
  private ws: Wire | null = null;
  private state = State.Fresh;
  private pending = 0;
  private badFrames = 0;
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

  /** The socket is gone; nothing may touch it any more. */
  detach(): void {
    this.state = State.Closed;
    this.ws = null;
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
      this.badFrame(0, toClientError(err));
      return;
    }
    const id = frame.id >>> 0;
    if (this.state !== State.Ready) {
      if (this.state === State.Fresh && frame.body === 'hello') this.hello(id, frame);
      else this.close(CloseCode.AUTH_REQUIRED, 'Hello (with a valid token) must come first');
      return;
    }
    switch (frame.body) {
      case 'ping':
        this.write(encodeServerFrame({ id, pong: { clientTimeMs: frame.ping!.clientTimeMs, serverTimeMs: this.env.now() } }));
        return;
      case 'send': {
        const s = frame.send as chorus.v1.SendMessage;
        this.request(id, async () => {
          const ack = await this.env.service.send(this, { conversationId: s.conversationId, clientId: s.clientId, text: s.text, resend: s.resend });
          return { ack: { conversationId: ack.conversationId, seq: ack.seq, sentAtMs: ack.sentAt, clientId: ack.clientId, duplicate: ack.duplicate } };
        });
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
          return { history: { conversationId: page.conversationId, messages: page.messages.map(toWire), hasMore: page.hasMore, lastSeq: page.lastSeq } };
        });
        return;
      }
      case 'sync': {
        const q = frame.sync as chorus.v1.SyncRequest;
        this.request(id, async () => {
          if (q.cursors.length > this.env.limits.maxSyncCursors) throw invalid(`at most ${this.env.limits.maxSyncCursors} cursors per sync`);
          const cursors = new Map<string, number>();
          for (const c of q.cursors as chorus.v1.Cursor[]) cursors.set(c.conversationId, c.seq);
          const page = await this.env.service.sync(this, { cursors, limit: q.limit });
          return { sync: { messages: page.messages.map(toWire), conversations: page.conversations.map(toWireConversation), done: page.done } };
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
        this.write(errorFrame(id, e.code, e.message));
        this.close(CloseCode.AUTH_FAILED, e.code === ErrorCode.TOKEN_EXPIRED ? 'token expired' : 'authentication failed');
      },
    );
  }

  private welcome(id: number, principal: Principal): void {
    if (this.state === State.Closed || this.ws === null) return;
    this.principal = null;
    this.userId = principal.userId;
    this.state = State.Ready;
    this.ws.subscribe(this.env.userTopic(principal.userId));
    const l = this.env.limits;
    this.write(
      encodeServerFrame({
        id,
        welcome: {
          protocolVersion: PROTOCOL_VERSION,
          userId: principal.userId,
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
        body.id = id;
        this.write(encodeServerFrame(body));
      },
      (err: unknown) => {
        this.pending--;
        const e = toClientError(err);
        this.write(errorFrame(id, e.code, e.message, e.retryAfterMs));
      },
    );
  }

  private badFrame(id: number, err: ChorusError): void {
    this.write(errorFrame(id, err.code, err.message));
    if (++this.badFrames > this.env.limits.maxBadFrames) this.close(CloseCode.PROTOCOL_VIOLATION, 'too many bad frames');
  }

  private write(bytes: Uint8Array): void {
    const ws = this.ws;
    if (ws === null || this.state === State.Closed) return;
    if (ws.send(bytes, true) === SEND_DROPPED) this.close(CloseCode.SLOW_CONSUMER, 'reading too slowly; reconnect and sync');
  }
}
