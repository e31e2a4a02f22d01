import type uWSTypes from 'uWebSockets.js';
import type { Logger } from 'pino';
import type { DevTokenIssuer, Principal, TokenVerifier } from '../auth/tokens.js';
import { type SessionEnv, type SessionLimits, UserActor } from '../actors/user.js';
import type { PushRegistry } from '../chat/push_registry.js';
import type { ChatService, Fanout, SessionPresence } from '../chat/types.js';
import type { Metrics } from '../metrics/metrics.js';
import { ChorusError, CloseCode } from '../protocol/mod.js';
import type { StaticFile } from './static.js';
import { nativeUws } from './uws.js';

export interface GatewayOptions {
  host: string;
  port: number;
  limits: SessionLimits;
  /** Seconds without traffic before a socket is closed; uWS pings at about half of it. */
  idleTimeoutSec: number;
  /** Bytes buffered for one socket before it counts as a slow consumer and is closed. */
  maxBackpressureBytes: number;
  /** New connections per second from one remote address (burst: twice as many). */
  connectRate: number;
  /** Hands out tokens for any user name at POST /dev/token. Never set in production. */
  devTokens: DevTokenIssuer | null;
  staticFiles: Map<string, StaticFile>;
}

export interface GatewayDeps {
  verifier: TokenVerifier;
  log: Logger;
  metrics: Metrics;
  now(): number;
}

/** uWS copies the own properties of the upgrade's user data into its own object, so the actor rides in one field. */
interface SocketData {
  actor: UserActor;
}
type Socket = uWSTypes.WebSocket<SocketData>;

const MAX_HTTP_BODY = 4096;

/**
 * The client-facing edge: WebSocket sessions (one UserActor each), the dev token endpoint and the
 * web page. Deliveries are published to per-user topics, so uWS fans them out natively.
 */
export class Gateway {
  private readonly uws = nativeUws();
  private readonly app: uWSTypes.TemplatedApp;
  private listenSocket: uWSTypes.us_listen_socket | null = null;
  private sessions: UserActor | null = null;
  private open = 0;
  private sessionCounter = 0;
  readonly fanout: Fanout;
  private readonly connects: RateByKey;

  constructor(
    private readonly options: GatewayOptions,
    private readonly deps: GatewayDeps,
  ) {
    this.connects = new RateByKey(options.connectRate, options.connectRate * 2);
    this.app = this.uws.App();
    const app = this.app;
    const metrics = deps.metrics;
    this.fanout = {
      toUsers(userIds: Iterable<string>, frame: Uint8Array): void {
        let n = 0;
        for (const id of userIds) {
          app.publish(userTopic(id), frame, true);
          n++;
        }
        metrics.frameSent('fanout', n);
      },
    };
  }

  get connections(): number {
    return this.open;
  }

  /** Listening and not closed (readiness). */
  get listening(): boolean {
    return this.listenSocket !== null;
  }

  /** Sends a presence change to the sessions watching the user. */
  publishPresence(userId: string, frame: Uint8Array): void {
    this.app.publish(presenceTopic(userId), frame, true);
  }

  /** Starts serving; resolves with the bound port (useful with port 0). */
  listen(service: ChatService, presence: SessionPresence, push: PushRegistry | null = null): Promise<number> {
    const { options, deps } = this;
    const env: SessionEnv = {
      service,
      verifier: deps.verifier,
      limits: options.limits,
      now: deps.now,
      nextSessionId: () => ++this.sessionCounter,
      userTopic,
      presenceTopic,
      presence,
      push,
      metrics: deps.metrics,
    };
    const log = deps.log;
    this.app.ws<SocketData>('/v1/ws', {
      // Frames up to twice the limit are read and refused with 1009; uWS cuts larger ones off (1006).
      maxPayloadLength: options.limits.maxFrameBytes * 2,
      idleTimeout: options.idleTimeoutSec,
      sendPingsAutomatically: true,
      maxBackpressure: options.maxBackpressureBytes,
      closeOnBackpressureLimit: 1,
      upgrade: (res, req, context) => {
        if (!this.connects.take(Buffer.from(res.getRemoteAddressAsText()).toString(), deps.now())) {
          res.writeStatus('429 Too Many Requests').writeHeader('retry-after', '1').end('too many connections from this address');
          return;
        }
        // The request object dies with this callback: copy what we need now.
        const key = req.getHeader('sec-websocket-key');
        const protocol = req.getHeader('sec-websocket-protocol');
        const extensions = req.getHeader('sec-websocket-extensions');
        const token = new URLSearchParams(req.getQuery() ?? '').get('token') ?? bearer(req.getHeader('authorization'));
        if (token === null) {
          res.upgrade({ actor: new UserActor(env, null) }, key, protocol, extensions, context);
          return;
        }
        let aborted = false;
        res.onAborted(() => {
          aborted = true;
        });
        deps.verifier.verify(token).then(
          (principal: Principal) => {
            if (!aborted) res.cork(() => res.upgrade({ actor: new UserActor(env, principal) }, key, protocol, extensions, context));
          },
          (err: unknown) => {
            if (aborted) return;
            const message = err instanceof ChorusError ? err.message : 'invalid token';
            res.cork(() => res.writeStatus('401 Unauthorized').writeHeader('content-type', 'text/plain').end(message));
          },
        );
      },
      open: (ws: Socket) => {
        const session = ws.getUserData().actor;
        session.attach(ws);
        this.link(session);
      },
      message: (ws: Socket, message: ArrayBuffer, isBinary: boolean) => {
        const session = ws.getUserData().actor;
        if (message.byteLength > options.limits.maxFrameBytes) session.close(CloseCode.MESSAGE_TOO_BIG, 'frame too large');
        else if (isBinary) session.receive(message);
        else session.receiveText();
      },
      close: (ws: Socket, code: number) => {
        const session = ws.getUserData().actor;
        session.detach();
        this.unlink(session);
        if (code !== 1000 && code !== 1001 && code !== 1005) log.debug({ user: session.userId, code }, 'socket closed');
      },
    });
    this.app.get('/healthz', (res) => {
      res.writeHeader('content-type', 'text/plain').end('ok');
    });
    if (options.devTokens !== null) this.devTokenRoute(options.devTokens);
    for (const [path, file] of options.staticFiles) {
      this.app.get(path, (res) => {
        res.writeHeader('content-type', file.contentType).writeHeader('cache-control', 'no-cache').end(file.body);
      });
    }
    this.app.any('/*', (res) => {
      res.writeStatus('404 Not Found').end('not found');
    });
    return new Promise((resolve, reject) => {
      this.app.listen(options.host, options.port, (socket) => {
        if (!socket) {
          reject(new Error(`cannot listen on ${options.host}:${options.port}`));
          return;
        }
        this.listenSocket = socket;
        resolve(this.uws.us_socket_local_port(socket));
      });
    });
  }

  /** Stops accepting and closes every session with the given code (1001: reconnect elsewhere). */
  close(code: number = CloseCode.GOING_AWAY, reason = 'server shutting down'): void {
    if (this.listenSocket !== null) {
      this.uws.us_listen_socket_close(this.listenSocket);
      this.listenSocket = null;
    }
    for (let s = this.sessions; s !== null; ) {
      const next = s.next;
      s.close(code, reason);
      s = next;
    }
  }

  private link(s: UserActor): void {
    s.next = this.sessions;
    if (this.sessions !== null) this.sessions.prev = s;
    this.sessions = s;
    this.open++;
  }

  private unlink(s: UserActor): void {
    if (s.prev !== null) s.prev.next = s.next;
    else if (this.sessions === s) this.sessions = s.next;
    if (s.next !== null) s.next.prev = s.prev;
    s.prev = s.next = null;
    this.open--;
  }

  private devTokenRoute(issuer: DevTokenIssuer): void {
    this.app.post('/dev/token', (res) => {
      let aborted = false;
      res.onAborted(() => {
        aborted = true;
      });
      const chunks: Buffer[] = [];
      let size = 0;
      res.onData((chunk, last) => {
        size += chunk.byteLength;
        if (size > MAX_HTTP_BODY) {
          if (!aborted) res.cork(() => res.writeStatus('413 Payload Too Large').end());
          aborted = true;
          return;
        }
        chunks.push(Buffer.from(chunk.slice(0)));
        if (!last || aborted) return;
        let user: unknown;
        try {
          user = (JSON.parse(Buffer.concat(chunks).toString('utf8')) as { user?: unknown }).user;
        } catch {
          user = undefined;
        }
        if (typeof user !== 'string') {
          res.cork(() => res.writeStatus('400 Bad Request').writeHeader('content-type', 'application/json').end('{"error":"body must be {\\"user\\": \\"name\\"}"}'));
          return;
        }
        issuer.issue(user).then(
          (token) => {
            if (!aborted) res.cork(() => res.writeHeader('content-type', 'application/json').end(JSON.stringify({ user, token })));
          },
          (err: unknown) => {
            const message = err instanceof Error ? err.message : 'bad request';
            if (!aborted) res.cork(() => res.writeStatus('400 Bad Request').writeHeader('content-type', 'application/json').end(JSON.stringify({ error: message })));
          },
        );
      });
    });
  }
}

function userTopic(userId: string): string {
  return `u:${userId}`;
}

function presenceTopic(userId: string): string {
  return `p:${userId}`;
}

function bearer(header: string): string | null {
  return header.startsWith('Bearer ') ? header.slice(7) : null;
}

/**
 * Token buckets by key (remote address). Full buckets are forgotten, so the map only holds
 * addresses that connected recently.
 */
class RateByKey {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private sweptAt = 0;

  constructor(
    private readonly perSecond: number,
    private readonly burst: number,
  ) {}

  take(key: string, now: number): boolean {
    if (now - this.sweptAt > 10_000) this.sweep(now);
    const b = this.buckets.get(key);
    if (b === undefined) {
      this.buckets.set(key, { tokens: this.burst - 1, at: now });
      return true;
    }
    b.tokens = Math.min(this.burst, b.tokens + ((now - b.at) * this.perSecond) / 1000);
    b.at = now;
    if (b.tokens < 1) return false;
    b.tokens--;
    return true;
  }

  private sweep(now: number): void {
    this.sweptAt = now;
    for (const [key, b] of this.buckets) {
      if (b.tokens + ((now - b.at) * this.perSecond) / 1000 >= this.burst) this.buckets.delete(key);
    }
  }
}
