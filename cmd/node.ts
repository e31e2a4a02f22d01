import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from 'pino';
import { ActorSystem } from '../lib/actors/mod.js';
import { DevTokenIssuer, JwtVerifier } from '../lib/auth/tokens.js';
import { LocalChatService } from '../lib/chat/local_service.js';
import { PresenceHub } from '../lib/chat/presence.js';
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
  gateway: Gateway;
  system: ActorSystem;
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

/** Wires a whole single-process Chorus (gateway + conversation host) on the configured store. */
export async function startNode(config: ChorusConfig, log: Logger): Promise<RunningNode> {
  const store = await openStore(config, log);
  const system = new ActorSystem();
  let gateway: Gateway | undefined;
  let port: number;
  let push: PushWiring | null = null;
  let adminPort: number;
  let stopping = false;
  const metrics = new Metrics();
  const admin = new AdminServer({
    metrics: () => metrics.text(),
    async ready() {
      if (stopping) throw new Error('draining');
      if (gateway === undefined || !gateway.listening) throw new Error('not listening');
      await withDeadline(store.ping(), 2_000, 'store does not answer');
    },
  });
  try {
    const verifier = new JwtVerifier(config.jwt);
    gateway = new Gateway(
      {
        host: config.host,
        port: config.port,
        limits: config.limits,
        idleTimeoutSec: config.gateway.idleTimeoutSec,
        maxBackpressureBytes: config.gateway.maxBackpressureBytes,
        connectRate: config.gateway.connectRate,
        devTokens: config.dev ? new DevTokenIssuer(config.jwt, config.jwt.devTokenTtlSec) : null,
        staticFiles: loadStaticFiles(config.webDir, ['index.html', 'app.js']),
      },
      { verifier, log: log.child({ module: 'gateway' }), metrics, now: Date.now },
    );
    const g = gateway;
    const presence = new PresenceHub(store, (userId, frame) => g.publishPresence(userId, frame), system.clock, config.gateway.presenceGraceMs);
    push = await startPush(config.push, config.dataDir, store, presence, system.clock, log, metrics.registry);
    const planner = push?.planner;
    const actorLog = log.child({ module: 'actors' });
    const service = new LocalChatService({
      system,
      store,
      fanout: gateway.fanout,
      limits: config.limits,
      passivateAfterMs: config.actors.passivateAfterMs,
      mailboxCapacity: config.actors.mailboxCapacity,
      onActorFailure: (key, err, restarts) => actorLog.warn({ conversation: key, err, restarts }, 'conversation actor failed; restarting'),
      ...(planner ? { stored: planner.stored.bind(planner) } : {}),
      observe: {
        persisted: (seconds, entries) => {
          metrics.persistLatency.observe(seconds);
          metrics.persistBatch.observe(entries);
        },
        acked: (duplicate) => metrics.sends.inc({ result: duplicate ? 'duplicate' : 'stored' }),
        delivered: (seconds) => metrics.deliveryLatency.observe(seconds),
      },
    });
    metrics.watch({ connections: () => g.connections, onlineUsers: () => presence.online, actors: system });
    port = await gateway.listen(service, presence, push?.registry ?? null);
    adminPort = await admin.listen(config.host, config.adminPort);
  } catch (err) {
    gateway?.close();
    await admin.close();
    system.shutdown();
    await push?.stop();
    await store.close();
    throw err;
  }
  let stopped = false;
  return {
    port,
    adminPort,
    metrics,
    gateway,
    system,
    store,
    async stop() {
      if (stopped) return;
      stopped = true;
      stopping = true;
      gateway.close(CloseCode.GOING_AWAY, 'server shutting down');
      // Let in-flight group commits finish so that nothing acknowledged is cut short.
      await waitForIdle(system, 5_000);
      system.shutdown();
      await push?.stop();
      await admin.close();
      await store.close();
    },
  };
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
