import type uWSTypes from 'uWebSockets.js';
import type { Logger } from 'pino';
import { Counter } from 'prom-client';
import { type Clock, systemClock } from '../time/mod.js';
import type { DevTokenIssuer, Principal, TokenVerifier } from '../auth/tokens.js';
import { type SessionEnv, type SessionLimits, type SessionObserver, UserActor } from './user_actor.js';
import type { PushRegistry } from '../chat/push_registry.js';
import type { KeyPackageDirectory } from '../storage/mod.js';
import type { ChatService, Fanout, SessionPresence } from '../chat/types.js';
import type { Metrics } from '../metrics/metrics.js';
import { ChorusError, CloseCode, ErrorCode } from '../protocol/mod.js';
import { ExpiryWheel } from './expiry.js';
import { RateByKey } from './rate.js';
import { OutputBatch } from './output_batch.js';
import { LingeringCloses } from './socket_close.js';
import { SessionIndex } from './sessions.js';
import { SessionLog } from './session_log.js';
import type { StaticFile } from './static.js';
import { devTokenRoute } from './dev_tokens.js';
import { listenOn, nativeUws } from './uws.js';
import { type MediaDeps, mountFileMedia } from './media_http.js';

export interface GatewayOptions {
  host: string;
  port: number;
  /**
   * Gateway processes of one machine share the port (SO_REUSEPORT); otherwise the port is held
   * exclusively, so a second server started on it fails instead of silently taking half the connections.
   */
  sharedPort?: boolean;
  limits: SessionLimits;
  /** Seconds without traffic before a socket is closed (4103); it is pinged at half of it. */
  idleTimeoutSec: number;
  /** Bytes buffered for one socket before it counts as a slow consumer and is closed (4100). */
  maxBackpressureBytes: number;
  /** Bytes buffered for one socket beyond which ephemeral frames to it are skipped. */
  softBackpressureBytes: number;
  /** token_expiring goes out this long before a session's token expires. */
  tokenRefreshNoticeMs: number;
  /** A session whose token expired is closed (4004) this long after the expiry unless refreshed. */
  tokenExpiryGraceMs: number;
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
  /** Timers for token deadlines; defaults to real timers on `now`. */
  clock?: Clock;
  /** Media frames; with the embedded store, its signed URLs are served here too. */
  media?: MediaDeps;
  /** The MLS key-package directory (end-to-end encryption); absent: those frames are refused. */
  keyPackages?: KeyPackageDirectory;
}

/** What the gateway counted since it started (also exported as metrics). */
export interface GatewayStats {
  ephemeralDropped: number;
  slowConsumerCloses: number;
  tokenExpiryCloses: number;
  idleCloses: number;
  rateLimitedConnection: number;
  rateLimitedUser: number;
}

/** uWS copies the own properties of the upgrade's user data into its own object, so the actor rides in one field. */
interface SocketData {
  actor: UserActor;
}
type Socket = uWSTypes.WebSocket<SocketData>;


/**
 * The client-facing edge: WebSocket sessions (one UserActor each), the dev token endpoint and the
 * web page. Deliveries go through the session index to each recipient socket, which skips ephemeral
 * frames and closes with 4100 when the socket is backed up (sessions.ts explains why not uWS topics).
 */
export class Gateway {
  private readonly uws = nativeUws();
  private readonly app: uWSTypes.TemplatedApp;
  private listenSocket: uWSTypes.us_listen_socket | null = null;
  private sessions: UserActor | null = null;
  private open = 0;
  private sessionCounter = 0;
  private readonly index: SessionIndex;
  private readonly wheel: ExpiryWheel<UserActor>;
  /** Closed sessions' sockets whose close frame waits for the client to read their backlog. */
  private readonly closes: LingeringCloses;
  /** Each socket's frames of one event-loop turn leave in one corked write (output_batch.ts). */
  readonly output = new OutputBatch();
  private readonly counts: GatewayStats = { ephemeralDropped: 0, slowConsumerCloses: 0, tokenExpiryCloses: 0, idleCloses: 0, rateLimitedConnection: 0, rateLimitedUser: 0 };
  private readonly observer: SessionObserver;
  private readonly connects: RateByKey;

  constructor(
    private readonly options: GatewayOptions,
    private readonly deps: GatewayDeps,
  ) {
    if (options.softBackpressureBytes >= options.maxBackpressureBytes) throw new Error('softBackpressureBytes must be below maxBackpressureBytes');
    this.connects = new RateByKey(options.connectRate, options.connectRate * 2);
    this.app = this.uws.App();
    const metrics = deps.metrics;
    this.index = new SessionIndex({ perSecond: options.limits.userFrameRate, burst: options.limits.userFrameBurst }, deps.now, (n) => metrics.frameSent('fanout', n));
    const clock = deps.clock ?? { ...systemClock, now: deps.now };
    this.wheel = new ExpiryWheel<UserActor>(clock);
    this.closes = new LingeringCloses(clock, options.idleTimeoutSec * 1000);
    this.observer = this.observe(metrics);
  }

  /** Deliveries to the users' sessions on this gateway (the chat core's Fanout). */
  get fanout(): Fanout {
    return this.index;
  }

  get stats(): Readonly<GatewayStats> {
    return this.counts;
  }

  /** Output buffered in uWS for all open sockets (O(connections): for tests and benchmarks). */
  bufferedBytes(): number {
    let total = 0;
    for (let s = this.sessions; s !== null; s = s.next) total += s.buffered;
    return total;
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
    this.index.presence(userId, frame);
  }

  /** This gateway's share of the user's frame budget: 1/gateways of it (LocalGateway, docs/security.md). */
  shareBudget(userId: string, gateways: number): void {
    this.index.share(userId, gateways);
  }

  /** Starts serving; resolves with the bound port (useful with port 0). */
  listen(service: ChatService, presence: SessionPresence, push: PushRegistry | null = null): Promise<number> {
    const options = this.options;
    this.index.watchedHook = presence.watched === undefined ? null : (u, on) => presence.watched!(u, on);
    this.socketRoute(this.sessionEnv(service, presence, push));
    this.httpRoutes();
    return new Promise((resolve, reject) => {
      listenOn(this.app, options.host, options.port, options.sharedPort === true, (socket) => {
        if (!socket) {
          reject(new Error(`cannot listen on ${options.host}:${options.port}`));
          return;
        }
        this.listenSocket = socket;
        resolve(this.uws.us_socket_local_port(socket));
      });
    });
  }

  /** What every session of this gateway shares (one pointer per connection). */
  private sessionEnv(service: ChatService, presence: SessionPresence, push: PushRegistry | null): SessionEnv {
    const { options, deps } = this;
    return {
      service,
      verifier: deps.verifier,
      limits: options.limits,
      now: deps.now,
      nextSessionId: () => ++this.sessionCounter,
      directory: this.index,
      expiry: this.wheel,
      tokens: { noticeMs: options.tokenRefreshNoticeMs, graceMs: options.tokenExpiryGraceMs },
      idleTimeoutMs: options.idleTimeoutSec * 1000,
      backpressure: { softBytes: options.softBackpressureBytes, hardBytes: options.maxBackpressureBytes },
      observe: this.observer,
      presence,
      push,
      media: deps.media?.service ?? null,
      metrics: deps.metrics,
      output: this.output,
      keyPackages: deps.keyPackages ?? null,
      closes: this.closes,
    };
  }

  /** The WebSocket endpoint: upgrade (auth), then one UserActor per socket. */
  private socketRoute(env: SessionEnv): void {
    const { options, deps } = this;
    this.app.ws<SocketData>('/v1/ws', {
      // Frames up to twice the limit are read and refused with 1009; uWS cuts larger ones off (1006).
      maxPayloadLength: options.limits.maxFrameBytes * 2,
      // Sessions ping and close idle sockets themselves (UserActor.due), with a close frame (4103)
      // and never early; uWS would cut the socket without one, up to 4 s early. Its timer stays as a
      // backstop only.
      idleTimeout: Math.min(960, Math.max(16, options.idleTimeoutSec * 2)),
      sendPingsAutomatically: false,
      // Off: sessions enforce the limit themselves (UserActor.deliver). At its own limit uWS drops
      // frames silently, our 4100 close frame included.
      maxBackpressure: 0,
      closeOnBackpressureLimit: 0,
      upgrade: (res, req, context) => this.upgrade(env, res, req, context),
      open: (ws: Socket) => {
        const session = ws.getUserData().actor;
        session.attach(ws);
        this.link(session);
        session.watchIdle(deps.now());
      },
      // Some of a socket's backlog went out: a close waiting behind it may go now.
      drain: (ws: Socket) => this.closes.drained(ws),
      ping: (ws: Socket) => this.heard(ws),
      pong: (ws: Socket) => this.heard(ws),
      message: (ws: Socket, message: ArrayBuffer, isBinary: boolean) => {
        const session = ws.getUserData().actor;
        this.heard(ws);
        if (message.byteLength > options.limits.maxFrameBytes) session.close(CloseCode.MESSAGE_TOO_BIG, 'frame too large');
        else if (isBinary) session.receive(message);
        else session.receiveText();
      },
      close: (ws: Socket, code: number) => {
        this.closes.forget(ws);
        const session = ws.getUserData().actor;
        session.detach();
        this.unlink(session);
        if (session.userId !== '') this.observer.ended(session.userId, session.deviceId, code);
      },
    });
  }

  /** Something arrived from the socket's client: its session (or its close waiting behind a backlog) hears it is alive. */
  private heard(ws: Socket): void {
    ws.getUserData().actor.heard(this.deps.now());
    this.closes.heard(ws);
  }

  /** Rate-limits by address, verifies a token given on the upgrade, and upgrades (or answers 401/429/503). */
  private upgrade(env: SessionEnv, res: uWSTypes.HttpResponse, req: uWSTypes.HttpRequest, context: uWSTypes.us_socket_context_t): void {
    const deps = this.deps;
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
        if (err instanceof ChorusError && err.code === ErrorCode.UNAVAILABLE) {
          res.cork(() => res.writeStatus('503 Service Unavailable').writeHeader('retry-after', '1').writeHeader('content-type', 'text/plain').end(message));
        } else {
          res.cork(() => res.writeStatus('401 Unauthorized').writeHeader('content-type', 'text/plain').end(message));
        }
      },
    );
  }

  /** Health, dev tokens, the static page, and 404 for the rest. */
  private httpRoutes(): void {
    const options = this.options;
    this.app.get('/healthz', (res) => {
      res.writeHeader('content-type', 'text/plain').end('ok');
    });
    if (options.devTokens !== null) devTokenRoute(this.app, options.devTokens);
    if (this.deps.media !== undefined && this.deps.media.files !== null) mountFileMedia(this.app, this.deps.media.files, this.deps.media.observe);
    for (const [path, file] of options.staticFiles) {
      this.app.get(path, (res) => {
        res.writeHeader('content-type', file.contentType).writeHeader('cache-control', 'no-cache').end(file.body);
      });
    }
    this.app.any('/*', (res) => {
      res.writeStatus('404 Not Found').end('not found');
    });
  }

  /** Stops accepting and closes every session with the given code (1001: reconnect elsewhere). */
  /** Closes every session but keeps listening (a cluster node that lost its lease: clients resync elsewhere). */
  closeSessions(code: number, reason: string): void {
    for (let s = this.sessions; s !== null; ) {
      const next = s.next;
      s.close(code, reason);
      s = next;
    }
  }

  close(code: number = CloseCode.GOING_AWAY, reason = 'server shutting down'): void {
    if (this.listenSocket !== null) {
      this.uws.us_listen_socket_close(this.listenSocket);
      this.listenSocket = null;
    }
    this.wheel.stop();
    for (let s = this.sessions; s !== null; ) {
      const next = s.next;
      s.close(code, reason);
      s = next;
    }
    this.closes.endAll();
  }

  /** Counts session events, as plain numbers (stats) and as Prometheus counters. */
  private observe(metrics: Metrics): SessionObserver {
    const registers = [metrics.registry];
    const dropped = new Counter({ name: 'chorus_ephemeral_dropped_total', help: 'Typing, presence and receipt-update frames skipped for sockets past the soft backpressure limit', registers });
    const closed = new Counter({ name: 'chorus_sessions_closed_total', help: 'Sessions the server closed, by reason (slow_consumer: 4100, token_expired: 4004, idle: 4103)', labelNames: ['reason'], registers });
    const limited = new Counter({ name: 'chorus_rate_limited_total', help: 'Client frames refused with RATE_LIMITED, by the bucket that was empty', labelNames: ['scope'], registers });
    const slow = closed.labels({ reason: 'slow_consumer' });
    const expired = closed.labels({ reason: 'token_expired' });
    const idle = closed.labels({ reason: 'idle' });
    const perConnection = limited.labels({ scope: 'connection' });
    const perUser = limited.labels({ scope: 'user' });
    const c = this.counts;
    const log = new SessionLog(this.deps.log, this.deps.now);
    return {
      opened: (user, device) => log.opened(user, device),
      ended: (user, device, code) => log.closed(user, device, code),
      refused: (user, frame, code) => log.refused(user, frame, code),
      ephemeralDropped() {
        c.ephemeralDropped++;
        dropped.inc();
      },
      closed(reason) {
        if (reason === 'slow_consumer') {
          c.slowConsumerCloses++;
          slow.inc();
        } else if (reason === 'idle') {
          c.idleCloses++;
          idle.inc();
        } else {
          c.tokenExpiryCloses++;
          expired.inc();
        }
      },
      rateLimited(scope) {
        if (scope === 'connection') {
          c.rateLimitedConnection++;
          perConnection.inc();
        } else {
          c.rateLimitedUser++;
          perUser.inc();
        }
      },
    };
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
}

function bearer(header: string): string | null {
  return header.startsWith('Bearer ') ? header.slice(7) : null;
}
