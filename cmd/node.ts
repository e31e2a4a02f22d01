import { mkdirSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import type { Logger } from 'pino';
import { ActorSystem } from '../lib/actors/mod.js';
import { openPublicKeySet } from '../lib/auth/keys.js';
import { DevTokenIssuer, JwtVerifier } from '../lib/auth/tokens.js';
import { PushRegistry } from '../lib/chat/push_registry.js';
import { ClusterTls, EtcdMembership, MemoryNetwork, type Membership, Placement, Remote, StaticMembership, type Transport } from '../lib/cluster/mod.js';
import { Gateway } from '../lib/gateway/server.js';
import { loadStaticFiles } from '../lib/gateway/static.js';
import { CloseCode } from '../lib/protocol/mod.js';
import { type KeyPackageDirectory, type MessageStore, ScyllaStore, ThreadedSqliteStore } from '../lib/storage/mod.js';
import { openKeyPackages } from './e2ee.js';
import { ScyllaSchemaError } from '../lib/storage/scylla_schema.js';
import { SEARCHING_STORE_ROLE } from '../lib/search/mod.js';
import { type SearchWiring, startSearch } from './search.js';
import { AdminServer } from '../lib/metrics/admin.js';
import { Metrics } from '../lib/metrics/metrics.js';
import { monotonicClock, withDeadline } from '../lib/time/mod.js';
import type { ChorusConfig } from './config.js';
import { ChatCore } from './core.js';
import { TELLS_BACK_KINDS } from '../lib/chat/cluster/mod.js';
import { type PushWiring, openPush } from './push.js';
import { localPeers, localPeersUpdater } from './local_peers.js';
import { nodeTlsFiles } from './config/processes.js';
import { RegionBridge } from '../lib/chat/cluster/region_bridge.js';
import { isMultiRegion } from '../lib/cluster/regions.js';
import { regionCounters } from '../lib/metrics/region_metrics.js';
import { readLagMetrics } from '../lib/metrics/read_lag_metrics.js';
import { type MediaWiring, startMedia } from './media.js';
import { RegionGatedMembership, startRegionLease } from './region_gate.js';
import type { RegionLease } from '../lib/storage/scylla_region_lease.js';

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
  /**
   * With config.localPeers: names the processes of this machine that are up (the others' sessions
   * are forgotten, their users shown offline after the grace period). Absent otherwise.
   */
  setLocalPeers?(up: ReadonlySet<string>): void;
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
    // Writes (group-committed) on their own thread, reads on the event loop: docs/storage.md.
    // The writer thread keeps the search index in every append's transaction (docs/search.md).
    return await ThreadedSqliteStore.open({ path: join(config.dataDir, 'chorus.db'), synchronous: config.sqlite.synchronous, storeRole: SEARCHING_STORE_ROLE });
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

/** The parts of a node's chat core: the same for a single process and a cluster node. */
interface CoreParts {
  membership: Membership;
  placement: Placement;
  transport: Transport;
  /** The node's certificates (watched for rotation); null without mTLS. */
  tls: ClusterTls | null;
  core: ChatCore;
  /** Whether this node is part of a real cluster (etcd): it then drains on stop. */
  clustered: boolean;
}

/**
 * Wires a Chorus node: one chat core on every node. By default a one-node cluster in one process
 * (static membership, in-memory transport, every role, the embedded store); with --etcd-endpoints
 * a node of a real cluster with the configured roles (docs/cluster.md).
 */
export async function startNode(config: ChorusConfig, log: Logger): Promise<RunningNode> {
  const store = await openStore(config, log);
  const metrics = new Metrics();
  const lease = await startRegionLease(config, store, log, metrics.registry); // several regions: hosting needs it too
  const keyPackages = await openKeyPackages(config);
  // Embedded (the store's own file) or OpenSearch (docs/search.md).
  const system = new ActorSystem();
  const search = await startSearch(config, store, system.clock, metrics.registry, log);
  const c = config.cluster;
  let gateway: Gateway | null = null;
  let port = 0;
  let push: PushWiring | null = null;
  let adminPort: number;
  let stopping = false;
  let parts: CoreParts | null = null;
  const readable = (id: string): Promise<boolean> => store.members(id).then((ms) => ms.some((m) => m.leftSeq === 0));
  const media = c.roles.includes('gateway') ? startMedia(config.media, config.dataDir, system.clock, metrics.registry, log.child({ module: 'media' }), readable) : null;
  const admin = adminServer(metrics, store, () => ({ stopping, gateway, parts }));
  try {
    push = await openPush(config, { store, clock: system.clock, log, metrics: metrics.registry });
    parts = await buildCore(config, push ? push.trackReceipts(store) : store, system, metrics, log, search, lease);
    if (c.roles.includes('gateway')) gateway = buildGateway(config, metrics, log, media, keyPackages);
    const g = gateway;
    const chat = parts.core.chat;
    const planner = push !== null && c.roles.includes('conversation') ? await push.startPlanner(chat.sessions, () => new Set(parts?.membership.members().map((m) => m.id) ?? [])) : undefined;
    const service = await parts.core.start(
      g === null
        ? null
        : {
            fanout: g.fanout,
            publishPresence: (u, f) => g.publishPresence(u, f),
            reconnectAll: (why) => g.closeSessions(CloseCode.SERVER_DRAINING, why),
            shareBudget: (u, gateways) => g.shareBudget(u, gateways),
          },
      (conversation, entry, members) => (planner?.stored(conversation, entry, members), search.stored(conversation.id, entry.seq)),
    );
    if (parts.clustered) log.info({ node: c.nodeId, roles: c.roles, members: parts.membership.members().map((m) => m.id) }, 'joined the cluster');
    metrics.watch({ connections: () => g?.connections ?? 0, onlineUsers: () => chat.sessions.users, actors: system });
    if (gateway !== null) port = await gateway.listen(service, chat.sessions, push?.registry ?? PushRegistry.disabled(store, () => system.clock.now()));
    adminPort = await admin.listen(config.host, config.adminPort);
  } catch (err) {
    gateway?.close();
    await admin.close();
    parts?.core.close();
    await parts?.membership.stop();
    await parts?.transport.stop();
    parts?.tls?.close();
    system.shutdown();
    await push?.stop();
    media?.stop();
    await keyPackages.close();
    lease?.stop();
    await store.close();
    await search.close();
    throw err;
  }
  let stopped = false;
  const p = parts;
  return {
    port,
    adminPort,
    metrics,
    gateway,
    system,
    store,
    grpcAddress: p.transport instanceof Remote ? p.transport.address : '',
    ...(config.localPeers !== undefined && p.membership instanceof StaticMembership ? { setLocalPeers: localPeersUpdater(config, config.localPeers, p.membership) } : {}),
    stop: async () => {
      if (stopped) return;
      stopped = true;
      stopping = true;
      // A cluster node stops sending pushes first: whoever takes its outbox over sends the rest.
      if (p.clustered) await push?.stopDispatch();
      await stopNode(p, gateway, system, config, log);
      lease?.stop();
      await closeEach(log, [() => push?.stop(), () => media?.stop(), () => admin.close(), () => keyPackages.close(), () => search.close(), () => store.close()]);
    },
  };
}

/** Closes every resource even when one fails (a driver client left open keeps the process alive); rethrows the first failure. */
async function closeEach(log: Logger, steps: readonly (() => unknown)[]): Promise<void> {
  let first: unknown = undefined;
  for (const step of steps) {
    try {
      await step();
    } catch (err) {
      log.warn({ err }, 'closing failed');
      first ??= err;
    }
  }
  if (first !== undefined) throw first;
}

/** /metrics and /ready: ready while serving, a member in good standing, and the store answering. */
function adminServer(metrics: Metrics, store: MessageStore, state: () => { stopping: boolean; gateway: Gateway | null; parts: CoreParts | null }): AdminServer {
  return new AdminServer({
    metrics: () => metrics.text(),
    async ready() {
      const { stopping, gateway, parts } = state();
      if (stopping) throw new Error('draining');
      if (gateway !== null && !gateway.listening) throw new Error('not listening');
      if (parts !== null && parts.membership.health() !== 'healthy') throw new Error(`membership ${parts.membership.health()}`);
      await withDeadline(store.ping(), 2_000, () => new Error('store does not answer'));
    },
  });
}

function buildGateway(config: ChorusConfig, metrics: Metrics, log: Logger, media: MediaWiring | null, keyPackages: KeyPackageDirectory): Gateway {
  const verifier = new JwtVerifier({ ...config.jwt, keys: openPublicKeySet(config.jwt.jwks) });
  return new Gateway(
    {
      host: config.host,
      port: config.port,
      sharedPort: config.gatewayProcesses > 1,
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
    { verifier, log: log.child({ module: 'gateway' }), metrics, now: Date.now, keyPackages, ...(media !== null ? { media } : {}) },
  );
}

/**
 * Membership, placement and transport, then the chat core on them (membership starts in
 * ChatCore.start). With etcd: EtcdMembership and the gRPC transport; without: this node alone on
 * static membership and an in-memory transport.
 */
async function buildCore(config: ChorusConfig, store: MessageStore, system: ActorSystem, metrics: Metrics, log: Logger, search: SearchWiring, lease: RegionLease | null = null): Promise<CoreParts> {
  const c = config.cluster;
  const clusterLog = log.child({ module: 'cluster' });
  let core: ChatCore | undefined;
  // Until the core is built nothing is owned; membership starts only after that anyway.
  const ownership = (kind: string, key: string) => core?.chat.owns(kind, key) ?? { owned: false as const, ownerHint: '', generation: 0, detail: 'starting' };
  let membership: Membership;
  let transport: Transport;
  let tls: ClusterTls | undefined;
  if (c.etcd !== null) {
    tls = c.tls === null ? undefined : new ClusterTls({ nodeId: c.nodeId, ...nodeTlsFiles(c.tls, c.nodeId), log: clusterLog });
    if (tls === undefined) clusterLog.warn({}, 'cluster transport is plaintext and unauthenticated (--cluster-insecure): anything that reaches the gRPC port can act as any node');
    const remote = new Remote({ nodeId: c.nodeId, listen: `${config.host}:${c.grpcPort}`, ownership, log: clusterLog, tellsBack: c.tellsBack ? TELLS_BACK_KINDS : [], ...(tls ? { tls } : {}) });
    const bound = await remote.start();
    const wildcard = config.host === '0.0.0.0' || config.host === '::';
    const grpcAddress = c.grpcAdvertise || (wildcard ? `${hostname()}:${bound.slice(bound.lastIndexOf(':') + 1)}` : bound);
    membership = new EtcdMembership({
      self: { id: c.nodeId, grpcAddress, roles: c.roles, zone: c.zone, weight: 1 },
      endpoints: c.etcd.endpoints,
      prefix: c.etcd.prefix,
      ttlSeconds: c.etcd.ttlSec,
      log: clusterLog,
    });
    transport = remote;
  } else if (config.localPeers !== undefined) {
    ({ membership, transport } = await localPeers(config, config.localPeers, ownership, clusterLog));
  } else {
    membership = new StaticMembership({ self: { id: c.nodeId, grpcAddress: IN_PROCESS_ADDRESS, roles: c.roles, zone: c.zone, weight: 1 }, log: clusterLog });
    transport = new MemoryNetwork({ clock: system.clock, log: clusterLog }).join(c.nodeId, { ownership });
  }
  const placement = new Placement(membership, { roles: ['conversation'], log: clusterLog });
  const observer = metrics.watchCluster({
    rings: () => [{ role: 'conversation', generation: placement.ring('conversation').generation, members: placement.ring('conversation').members.length }],
    healthy: () => membership.health() === 'healthy',
    links: () => (transport instanceof Remote ? transport.stats().links : []),
    inbound: () => {
      const s = transport instanceof Remote ? transport.stats() : { inboundStreams: 0, inboundEnvelopes: 0, batchesWritten: 0 };
      return { streams: s.inboundStreams, envelopes: s.inboundEnvelopes, batchesWritten: s.batchesWritten };
    },
    directoryUsers: () => core?.chat.directory?.size ?? 0,
  });
  const actorLog = log.child({ module: 'actors' });
  const regionBridge = transport instanceof Remote ? regionLinks(config, transport, store, metrics, clusterLog) : undefined;
  if (regionBridge === undefined && isMultiRegion(config.region)) clusterLog.warn({ region: config.region.name }, 'other regions are named but this node is not a cluster node (--etcd-endpoints): it forwards nothing to them');
  core = new ChatCore({
    store,
    system,
    clock: system.clock,
    membership: lease === null ? membership : new RegionGatedMembership(membership, lease),
    placement,
    transport,
    roles: c.roles,
    limits: config.limits,
    requestTimeoutMs: config.limits.requestTimeoutMs,
    presenceGraceMs: config.gateway.presenceGraceMs,
    settleMs: c.settleMs,
    passivateAfterMs: config.actors.passivateAfterMs,
    mailboxCapacity: config.actors.mailboxCapacity,
    log: clusterLog,
    observer,
    ...(search.index ? { search: search.index } : {}),
    ...(config.region.name ? { region: config.region.name } : {}),
    ...(regionBridge ? { regionBridge } : {}),
    onActorFailure: (key, err, restarts) => actorLog.warn({ conversation: key, err, restarts }, 'conversation actor failed; restarting'),
    observe: {
      persisted: (seconds, entries) => {
        metrics.persistLatency.observe(seconds);
        metrics.persistBatch.observe(entries);
      },
      persistFailed: (reason) => metrics.persistErrors.inc({ reason }),
      acked: (duplicate) => metrics.sends.inc({ result: duplicate ? 'duplicate' : 'stored' }),
      delivered: (seconds) => metrics.deliveryLatency.observe(seconds),
      activated: (id) => search.stored(id, 0),
    },
  });
  return { membership, placement, transport, tls: tls ?? null, core, clustered: c.etcd !== null };
}

/** Several regions (--regions): the bridge to the other regions' entry points, on this node's transport (docs/regions.md). */
function regionLinks(config: ChorusConfig, remote: Remote, store: MessageStore, metrics: Metrics, log: Logger): RegionBridge | undefined {
  if (!isMultiRegion(config.region)) return undefined;
  const observer = regionCounters(metrics.registry);
  const reads = { store, clock: monotonicClock, observer: readLagMetrics(metrics.registry), maxPage: config.limits.maxPage };
  return new RegionBridge({ settings: config.region, link: (region, endpoint) => remote.regionLink(region, endpoint), store, log: log.child({ module: 'regions' }), observer, reads });
}

/** The address a single process's own member record carries: nothing ever dials it. */
const IN_PROCESS_ADDRESS = 'in-process.invalid:1';

/**
 * Closes the sockets, then either lets in-flight commits finish (a single process) or drains
 * (a cluster node: docs/operations.md), and stops the core, membership, transport and actors.
 */
async function stopNode(p: CoreParts, gateway: Gateway | null, system: ActorSystem, config: ChorusConfig, log: Logger): Promise<void> {
  if (!p.clustered) {
    gateway?.close(CloseCode.GOING_AWAY, 'server shutting down');
    // Let in-flight group commits finish so that nothing acknowledged is cut short.
    await waitForIdle(system, 5_000);
  } else {
    // Clients reconnect elsewhere at once, the node leaves the cluster, its conversations are
    // handed off (pending entries stored first), then it exits.
    const started = performance.now();
    gateway?.close(CloseCode.SERVER_DRAINING, 'server draining, reconnect');
    await p.membership.stop();
    const left = await p.core.chat.handOff(config.cluster.drainGraceMs);
    await waitForIdle(system, Math.max(0, config.cluster.drainGraceMs - (performance.now() - started)));
    log.info({ ms: Math.round(performance.now() - started), notHandedOff: left }, 'drained');
  }
  p.core.close();
  await p.membership.stop();
  await p.transport.stop();
  p.tls?.close();
  system.shutdown();
}

async function waitForIdle(system: ActorSystem, deadlineMs: number): Promise<void> {
  const until = system.clock.now() + deadlineMs;
  while (system.clock.now() < until && system.snapshot().some((s) => s.queued > 0)) {
    await new Promise((r) => setImmediate(r));
  }
}
