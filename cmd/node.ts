import { mkdirSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import type { Logger } from 'pino';
import { ActorSystem } from '../lib/actors/mod.js';
import { openPublicKeySet } from '../lib/auth/keys.js';
import { DevTokenIssuer, JwtVerifier } from '../lib/auth/tokens.js';
import { LocalChatService } from '../lib/chat/local_service.js';
import { PresenceHub } from '../lib/chat/presence.js';
import { PushRegistry } from '../lib/chat/push_registry.js';
import type { OpenSessions } from '../lib/chat/push_planner.js';
import type { ChatService, SessionPresence } from '../lib/chat/types.js';
import { ClusterChat } from '../lib/cluster/chat/mod.js';
import { EtcdMembership, Placement, Remote } from '../lib/cluster/mod.js';
import { Gateway } from '../lib/gateway/server.js';
import { loadStaticFiles } from '../lib/gateway/static.js';
import { CloseCode } from '../lib/protocol/mod.js';
import { type MessageStore, ScyllaStore, SqliteStore } from '../lib/storage/mod.js';
import { ScyllaSchemaError } from '../lib/storage/scylla_schema.js';
import { AdminServer } from '../lib/metrics/admin.js';
import { Metrics } from '../lib/metrics/metrics.js';
import type { ChorusConfig } from './config.js';
import { type PushWiring, startPush } from './push.js';

export interface RunningNode {
  port: number;
  adminPort: number;
  metrics: Metrics;
  /** null on conversation-only nodes. */
  gateway: Gateway | null;
  system: ActorSystem;
  /** host:port of the cluster transport; '' for a single process. */
  grpcAddress: string;
  store: MessageStore;
  /** Closes sockets (clients reconnect elsewhere), stops actors, closes the store. */
  stop(): Promise<void>;
}

/** The store cannot be used as configured; the message says what to do about it. */
export class StoreSetupError extends Error {
  override readonly name = 'StoreSetupError';
  readonly code = 'STORE_SETUP';
}

/**
 * Opens the configured store. ScyllaStore connects and checks the keyspace's schema version: a
 * keyspace that was never migrated (or is behind this build) is refused, with the command to run.
 */
export async function openStore(config: ChorusConfig, log: Logger): Promise<MessageStore> {
  const s = config.store;
  if (s.kind === 'sqlite') {
    mkdirSync(config.dataDir, { recursive: true });
    return new SqliteStore({ path: join(config.dataDir, 'chorus.db'), synchronous: config.sqlite.synchronous });
  }
  const driverLog = log.child({ module: 'scylla' });
  try {
    return await ScyllaStore.open({ ...s.scylla, onDriverLog: (level, message) => driverLog[level === 'error' ? 'error' : 'warn'](message) });
  } catch (err) {
    if (err instanceof ScyllaSchemaError && err.needsMigration) {
      throw new StoreSetupError(
        `${err.message}: run \`chorus migrate --scylla-keyspace ${s.scylla.keyspace} --scylla-replication ...\` ` +
          'with the same --scylla-* options first (docs/storage.md, "Migrations")',
        { cause: err },
      );
    }
    throw err;
  }
}

/** The cluster parts of a node that joined one (--etcd-endpoints). */
interface ClusterParts {
  membership: EtcdMembership;
  placement: Placement;
  remote: Remote;
  chat: ClusterChat;
}

/**
 * Wires a Chorus node: by default one process with every role on the embedded store; with
 * --etcd-endpoints a cluster node with the configured roles (docs/cluster.md).
 */
export async function startNode(config: ChorusConfig, log: Logger): Promise<RunningNode> {
  const store = await openStore(config, log);
  const system = new ActorSystem();
  const c = config.cluster;
  let gateway: Gateway | null = null;
  let port = 0;
  let push: PushWiring | null = null;
  let adminPort: number;
  let stopping = false;
  let cluster: ClusterParts | null = null;
  const metrics = new Metrics();
  const admin = new AdminServer({
    metrics: () => metrics.text(),
    async ready() {
      if (stopping) throw new Error('draining');
      if (gateway !== null && !gateway.listening) throw new Error('not listening');
      if (cluster !== null && cluster.membership.health() !== 'healthy') throw new Error(`membership ${cluster.membership.health()}`);
      await withDeadline(store.ping(), 2_000, 'store does not answer');
    },
  });
  try {
    if (c.etcd !== null) cluster = await joinCluster(config, c.etcd, store, system, metrics, log);
    const verifier = new JwtVerifier({ ...config.jwt, keys: openPublicKeySet(config.jwt.jwks) });
    if (c.roles.includes('gateway')) {
      gateway = new Gateway(
        {
          host: config.host,
          port: config.port,
          limits: config.limits,
          idleTimeoutSec: config.gateway.idleTimeoutSec,
          maxBackpressureBytes: config.gateway.maxBackpressureBytes,
          softBackpressureBytes: config.gateway.softBackpressureBytes,
          tokenRefreshNoticeMs: config.jwt.refreshNoticeSec * 1000,
          tokenExpiryGraceMs: config.jwt.expiryGraceSec * 1000,
          connectRate: config.gateway.connectRate,
          devTokens: config.dev ? new DevTokenIssuer(config.jwt, config.jwt.devTokenTtlSec) : null,
          staticFiles: loadStaticFiles(config.webDir, ['index.html', 'app.js']),
        },
        { verifier, log: log.child({ module: 'gateway' }), metrics, now: Date.now },
      );
    }
    const g = gateway;
    const presence: SessionPresence & OpenSessions =
      cluster !== null
        ? cluster.chat.sessions
        : new PresenceHub(store, (userId, frame) => g?.publishPresence(userId, frame), system.clock, config.gateway.presenceGraceMs);
    push = c.roles.includes('conversation') ? await startPush(config.push, config.dataDir, store, presence, system.clock, log, metrics.registry) : null;
    const planner = push?.planner;
    const actorLog = log.child({ module: 'actors' });
    const local = new LocalChatService({
      system,
      store,
      fanout: cluster !== null ? cluster.chat.fanout : g!.fanout,
      limits: config.limits,
      passivateAfterMs: config.actors.passivateAfterMs,
      mailboxCapacity: config.actors.mailboxCapacity,
      onActorFailure: (key, err, restarts) => actorLog.warn({ conversation: key, err, restarts }, 'conversation actor failed; restarting'),
      ...(planner ? { stored: planner.stored.bind(planner) } : {}),
      ...(cluster !== null ? { ownership: cluster.chat.ownership() } : {}),
      observe: {
        persisted: (seconds, entries) => {
          metrics.persistLatency.observe(seconds);
          metrics.persistBatch.observe(entries);
        },
        persistFailed: (reason) => metrics.persistErrors.inc({ reason }),
        acked: (duplicate) => metrics.sends.inc({ result: duplicate ? 'duplicate' : 'stored' }),
        delivered: (seconds) => metrics.deliveryLatency.observe(seconds),
      },
    });
    let service: ChatService = local;
    if (cluster !== null) {
      service = cluster.chat.start(local, g === null ? null : { fanout: g.fanout, publishPresence: (u, f) => g.publishPresence(u, f), reconnectAll: (why) => g.closeSessions(CloseCode.SERVER_DRAINING, why) });
      // Handlers are in place: now the others may send here.
      await cluster.membership.start();
      log.info({ node: c.nodeId, roles: c.roles, grpc: cluster.remote.address, members: cluster.membership.members().map((m) => m.id) }, 'joined the cluster');
    }
    metrics.watch({
      connections: () => g?.connections ?? 0,
      onlineUsers: () => (presence instanceof PresenceHub ? presence.online : (cluster?.chat.sessions.users ?? 0)),
      actors: system,
    });
    if (gateway !== null) port = await gateway.listen(service, presence, push?.registry ?? PushRegistry.disabled(store, () => system.clock.now()));
    adminPort = await admin.listen(config.host, config.adminPort);
  } catch (err) {
    gateway?.close();
    await admin.close();
    cluster?.chat.close();
    await cluster?.membership.stop();
    await cluster?.remote.stop();
    system.shutdown();
    await push?.stop();
    await store.close();
    throw err;
  }
  let stopped = false;
  const parts = cluster;
  return {
    port,
    adminPort,
    metrics,
    gateway,
    system,
    store,
    grpcAddress: parts?.remote.address ?? '',
    async stop() {
      if (stopped) return;
      stopped = true;
      stopping = true;
      if (parts === null) {
        gateway?.close(CloseCode.GOING_AWAY, 'server shutting down');
        // Let in-flight group commits finish so that nothing acknowledged is cut short.
        await waitForIdle(system, 5_000);
      } else {
        // Drain (docs/operations.md): clients reconnect elsewhere at once, the node leaves the
        // cluster, its conversations are handed off (pending entries stored first), then it exits.
        const started = performance.now();
        gateway?.close(CloseCode.SERVER_DRAINING, 'server draining, reconnect');
        await parts.membership.stop();
        const left = await parts.chat.handOff(config.cluster.drainGraceMs);
        await waitForIdle(system, Math.max(0, config.cluster.drainGraceMs - (performance.now() - started)));
        log.info({ ms: Math.round(performance.now() - started), notHandedOff: left }, 'drained');
        parts.chat.close();
        await parts.remote.stop();
      }
      system.shutdown();
      await push?.stop();
      await admin.close();
      await store.close();
    },
  };
}

/** Starts the transport, then builds membership, placement and the cluster chat (membership starts later). */
async function joinCluster(
  config: ChorusConfig,
  etcd: { endpoints: string[]; prefix: string; ttlSec: number },
  store: MessageStore,
  system: ActorSystem,
  metrics: Metrics,
  log: Logger,
): Promise<ClusterParts> {
  const c = config.cluster;
  const clusterLog = log.child({ module: 'cluster' });
  let chat: ClusterChat | undefined;
  const remote = new Remote({
    nodeId: c.nodeId,
    listen: `${config.host}:${c.grpcPort}`,
    // Until the chat is built nothing is owned; membership starts only after that anyway.
    ownership: (kind, key) => chat?.owns(kind, key) ?? { owned: false, ownerHint: '', generation: 0, detail: 'starting' },
    log: clusterLog,
  });
  const bound = await remote.start();
  const wildcard = config.host === '0.0.0.0' || config.host === '::';
  const grpcAddress = c.grpcAdvertise || (wildcard ? `${hostname()}:${bound.slice(bound.lastIndexOf(':') + 1)}` : bound);
  const membership = new EtcdMembership({
    self: { id: c.nodeId, grpcAddress, roles: c.roles, zone: c.zone, weight: 1 },
    endpoints: etcd.endpoints,
    prefix: etcd.prefix,
    ttlSeconds: etcd.ttlSec,
    log: clusterLog,
  });
  const placement = new Placement(membership, { roles: ['conversation'], log: clusterLog });
  const counters = metrics.watchCluster({
    rings: () => [{ role: 'conversation', generation: placement.ring('conversation').generation, members: placement.ring('conversation').members.length }],
    healthy: () => membership.health() === 'healthy',
    links: () => remote.stats().links,
    inbound: () => {
      const s = remote.stats();
      return { streams: s.inboundStreams, envelopes: s.inboundEnvelopes };
    },
    directoryUsers: () => chat?.directory?.size ?? 0,
  });
  chat = new ClusterChat({
    membership,
    placement,
    remote,
    store,
    clock: system.clock,
    roles: c.roles,
    log: clusterLog,
    requestTimeoutMs: config.limits.requestTimeoutMs,
    presenceGraceMs: config.gateway.presenceGraceMs,
    settleMs: c.settleMs,
    observer: counters,
  });
  return { membership, placement, remote, chat };
}

function withDeadline<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return Promise.race([
    p.finally(() => clearTimeout(timer)),
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(what)), ms);
    }),
  ]);
}

async function waitForIdle(system: ActorSystem, deadlineMs: number): Promise<void> {
  const until = Date.now() + deadlineMs;
  while (Date.now() < until && system.snapshot().some((s) => s.queued > 0)) {
    await new Promise((r) => setImmediate(r));
  }
}
