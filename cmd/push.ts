import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from 'pino';
import type { Registry } from 'prom-client';
import type { Clock, Timer } from '../lib/time/mod.js';
import type { OpenSessions } from '../lib/chat/push_planner.js';
import { PushPlanner } from '../lib/chat/push_planner.js';
import { PushRegistry } from '../lib/chat/push_registry.js';
import { trackReceipts } from '../lib/chat/unread_tracking.js';
import {
  ApnsProvider,
  DEFAULT_WEBPUSH_HOSTS,
  FcmProvider,
  PUSH_PLATFORMS,
  type PushOutbox,
  type PushPlatform,
  type PushPrefsStore,
  type PushProviders,
  type PushTokenStore,
  type AmbiguousPolicy,
  ClusterOutboxes,
  PromPushMetrics,
  PushDispatcher,
  pushStatements,
  watchOutboxes,
  ServiceAccountTokenSource,
  SqlitePushOutbox,
  SqlitePushPrefsStore,
  SqlitePushTokenStore,
  SqliteUnreadCounter,
  type UnreadCounter,
  WebPushProvider,
  WebhookProvider,
  importLegacyPushDb,
  parseServiceAccount,
  scyllaPushStores,
} from '../lib/push/mod.js';
import { ScyllaSession } from '../lib/storage/scylla_session.js';
import type { ConversationIndex, CursorStore, Inbox } from '../lib/storage/mod.js';
import type { ChorusConfig, PushConfig } from './config.js';

/** Registrations, preferences and unread counts: in the shared store, so every node sees the same. */
interface PushState {
  tokens: PushTokenStore;
  prefs: PushPrefsStore;
  unread: UnreadCounter;
  close(): Promise<void>;
}

/**
 * Push on one node. Every node answers registrations and mute requests (the state is in the
 * shared store); conversation hosts also plan pushes and dispatch them (startPlanner).
 */
export interface PushWiring {
  registry: PushRegistry;
  /** The store the conversation actors use: receipts keep the unread counts in step. */
  trackReceipts<S extends CursorStore>(store: S): S;
  /**
   * On conversation hosts: the outbox, its dispatcher and the planner the actors call. `alive`
   * lists the nodes whose membership lease holds (a cluster drains the outboxes of the others).
   */
  startPlanner(sessions: OpenSessions, alive: () => ReadonlySet<string>): Promise<PushPlanner>;
  /** Stops sending (a draining node): what is queued or planned from now on is sent by another node. */
  stopDispatch(): Promise<void>;
  stop(): Promise<void>;
}

export interface PushEnv {
  store: ConversationIndex & Inbox & CursorStore;
  clock: Clock;
  log: Logger;
  metrics: Registry;
}

function buildProviders(config: PushConfig): PushProviders {
  const providers: PushProviders = {};
  if (config.webhook) providers.webhook = new WebhookProvider({ url: config.webhook.url, secret: config.webhook.secret, allowInsecure: config.allowInsecure });
  if (config.fcm) {
    const account = parseServiceAccount(config.fcm.serviceAccount);
    providers.fcm = new FcmProvider({
      projectId: account.projectId,
      tokens: new ServiceAccountTokenSource({ account }),
      ...(config.fcm.endpoint ? { endpoint: config.fcm.endpoint } : {}),
    });
  }
  if (config.apns) {
    const a = config.apns;
    providers.apns = new ApnsProvider({ teamId: a.teamId, keyId: a.keyId, signingKey: a.signingKey, topic: a.topic, ...(a.endpoint ? { endpoint: a.endpoint } : {}) });
  }
  if (config.webpush) {
    const { publicKey, privateKey, subject } = config.webpush;
    providers.webpush = new WebPushProvider({ vapid: { publicKey, privateKey, subject }, allowInsecure: config.allowInsecure });
  }
  return providers;
}

/** The push state beside the messages: the SQLite file of the store, or the store's keyspace. */
async function openState(config: ChorusConfig, clock: Clock): Promise<PushState & { session: ScyllaSession | null }> {
  if (config.store.kind === 'sqlite') {
    mkdirSync(config.dataDir, { recursive: true });
    const path = join(config.dataDir, 'chorus.db');
    const tokens = new SqlitePushTokenStore({ path });
    const prefs = new SqlitePushPrefsStore({ path });
    const unread = new SqliteUnreadCounter({ path });
    return { tokens, prefs, unread, session: null, close: async () => void (await Promise.all([tokens.close(), prefs.close(), unread.close()])) };
  }
  const session = new ScyllaSession(config.store.scylla);
  await session.connect();
  const s = scyllaPushStores({ session, keyspace: config.store.scylla.keyspace, clock });
  return { tokens: s.tokens, prefs: s.prefs, unread: s.unread, session, close: () => session.close() };
}

/** null when no provider is configured (the node then answers push frames with PushRegistry.disabled). */
export async function openPush(config: ChorusConfig, env: PushEnv): Promise<PushWiring | null> {
  const providers = buildProviders(config.push);
  const platforms = PUSH_PLATFORMS.filter((p: PushPlatform) => providers[p] !== undefined);
  if (platforms.length === 0) return null;
  const pushLog = env.log.child({ module: 'push' });
  const state = await openState(config, env.clock);
  const registry = new PushRegistry(state.tokens, state.prefs, env.store, { platforms, webPushHosts: [...DEFAULT_WEBPUSH_HOSTS, ...(config.push.webpush?.hosts ?? [])], allowInsecureWebPush: config.push.allowInsecure }, () =>
    env.clock.now(),
  );
  const metrics = new PromPushMetrics(env.metrics);
  const dispatcher = (outbox: PushOutbox, owner: string, ambiguous: AmbiguousPolicy): PushDispatcher =>
    new PushDispatcher({
      outbox,
      providers,
      tokens: state.tokens,
      owner,
      ambiguous,
      metrics,
      onError: (err: unknown) => pushLog.warn({ err, outbox: owner }, 'push dispatch error'),
    });
  let outboxes: Outboxes | null = null;
  pushLog.info({ platforms }, 'push notifications enabled');
  return {
    registry,
    trackReceipts: (store) => trackReceipts(store, state.unread, (err) => pushLog.warn({ err }, 'unread counts not marked stale')),
    async startPlanner(sessions, alive) {
      const o = await startOutboxes(config, state.session, env, alive, dispatcher, pushLog);
      outboxes = o;
      const outbox = o.outbox;
      // Data directories from before push state lived in the store keep it in push.db.
      const moved = await importLegacyPushDb(join(config.dataDir, 'push.db'), { tokens: state.tokens, prefs: state.prefs, outbox }, env.clock.now());
      if (moved > 0) pushLog.info({ moved }, 'push state moved from push.db into the store');
      return new PushPlanner({
        tokens: state.tokens,
        prefs: state.prefs,
        unread: state.unread,
        outbox,
        store: env.store,
        sessions,
        wake: () => o.wake(),
        clock: env.clock,
        collapseWindowMs: config.push.collapseWindowMs,
        ttlMs: config.push.ttlSec * 1000,
        payload: config.push.payload,
        onError: (err) => pushLog.warn({ err }, 'push planning failed'),
      });
    },
    async stopDispatch() {
      await outboxes?.stopDispatch();
    },
    async stop() {
      await outboxes?.stopDispatch();
      for (const p of Object.values(providers)) await p.close();
      await outboxes?.close();
      await state.close();
    },
  };
}

/** The outbox a conversation host plans into, and what dispatches it. */
interface Outboxes {
  outbox: PushOutbox;
  wake(): void;
  stopDispatch(): Promise<void>;
  close(): Promise<void>;
}

/** Files are purged of finished entries this often, keeping them this long (see docs/push.md). */
const PURGE_EVERY_MS = 10 * 60_000;
const KEEP_FINISHED_MS = 48 * 3600_000;

/**
 * SQLite: one outbox in the store's file, dispatched at most once per push (one process). ScyllaDB:
 * the node's journalled outbox, at least once, plus the outboxes of dead nodes it takes over.
 */
async function startOutboxes(
  config: ChorusConfig,
  session: ScyllaSession | null,
  env: PushEnv,
  alive: () => ReadonlySet<string>,
  dispatcher: (outbox: PushOutbox, owner: string, ambiguous: AmbiguousPolicy) => PushDispatcher,
  log: Logger,
): Promise<Outboxes> {
  const self = config.cluster.nodeId;
  if (config.store.kind === 'sqlite' || session === null) {
    const outbox = new SqlitePushOutbox({ path: join(config.dataDir, 'chorus.db') });
    const d = dispatcher(outbox, self, 'drop');
    await d.start();
    let purge: Timer | undefined;
    const schedule = (): void => {
      purge = env.clock.setTimeout(() => {
        outbox.purge(env.clock.now() - KEEP_FINISHED_MS, 10_000).then(schedule, (err: unknown) => (log.warn({ err }, 'outbox purge failed'), schedule()));
      }, PURGE_EVERY_MS);
      purge.unref?.();
    };
    schedule();
    watchOutboxes(env.metrics, async () => new Map([[self, await outbox.stats()]]), () => env.clock.now());
    return { outbox, wake: () => d.wake(), stopDispatch: () => d.stop(), close: async () => {
        if (purge !== undefined) env.clock.clearTimeout(purge);
        purge = undefined;
        await outbox.close();
      },
    };
  }
  const ttlMs = (config.cluster.etcd?.ttlSec ?? 10) * 1000;
  const own: { d: PushDispatcher | null } = { d: null };
  const cluster = new ClusterOutboxes({
    session,
    statements: pushStatements(config.store.scylla.keyspace),
    self,
    alive,
    dispatcher: (outbox, owner) => {
      const d = dispatcher(outbox, owner === self ? self : `${self}>${owner}`, 'resend');
      if (owner === self) own.d = d;
      return d;
    },
    clock: env.clock,
    pollMs: 1000,
    graceMs: ttlMs,
    keepFinishedMs: 10 * 60_000,
    onError: (err, context) => log.warn({ err }, context),
    onEvent: (event, owner, depth) => log.info({ event, outbox: owner, depth }, `outbox ${event}`),
  });
  const outbox = await cluster.start();
  watchOutboxes(env.metrics, () => cluster.stats(), () => env.clock.now());
  return { outbox, wake: () => own.d?.wake(), stopDispatch: () => cluster.stopDispatch(), close: () => cluster.close() };
}
