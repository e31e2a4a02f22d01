import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from 'pino';
import type { Registry } from 'prom-client';
import type { Clock } from '../lib/time/mod.js';
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
  PromPushMetrics,
  PushDispatcher,
  ServiceAccountTokenSource,
  SqlitePushOutbox,
  SqlitePushPrefsStore,
  SqlitePushTokenStore,
  SqliteUnreadCounter,
  type UnreadCounter,
  WebPushProvider,
  WebhookProvider,
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
  /** On conversation hosts: the outbox, its dispatcher and the planner the actors call. */
  startPlanner(sessions: OpenSessions): Promise<PushPlanner>;
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
  if (config.webpush) providers.webpush = new WebPushProvider({ vapid: config.webpush, allowInsecure: config.allowInsecure });
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
  const registry = new PushRegistry(state.tokens, state.prefs, env.store, { platforms, webPushHosts: DEFAULT_WEBPUSH_HOSTS, allowInsecureWebPush: config.push.allowInsecure }, () =>
    env.clock.now(),
  );
  let dispatcher: PushDispatcher | null = null;
  let outbox: PushOutbox | null = null;
  pushLog.info({ platforms }, 'push notifications enabled');
  return {
    registry,
    trackReceipts: (store) => trackReceipts(store, state.unread, (err) => pushLog.warn({ err }, 'unread counts not marked stale')),
    async startPlanner(sessions) {
      outbox = openOutbox(config);
      dispatcher = new PushDispatcher({
        outbox,
        providers,
        tokens: state.tokens,
        owner: config.cluster.nodeId,
        metrics: new PromPushMetrics(env.metrics),
        onError: (err: unknown) => pushLog.warn({ err }, 'push dispatch error'),
      });
      await dispatcher.start();
      const d = dispatcher;
      return new PushPlanner({
        tokens: state.tokens,
        prefs: state.prefs,
        unread: state.unread,
        outbox,
        store: env.store,
        sessions,
        wake: () => d.wake(),
        clock: env.clock,
        collapseWindowMs: config.push.collapseWindowMs,
        ttlMs: config.push.ttlSec * 1000,
        payload: config.push.payload,
        onError: (err) => pushLog.warn({ err }, 'push planning failed'),
      });
    },
    async stop() {
      await dispatcher?.stop();
      for (const p of Object.values(providers)) await p.close();
      await outbox?.close();
      await state.close();
    },
  };
}

function openOutbox(config: ChorusConfig): PushOutbox {
  mkdirSync(config.dataDir, { recursive: true });
  return new SqlitePushOutbox({ path: join(config.dataDir, config.store.kind === 'sqlite' ? 'chorus.db' : 'push.db') });
}
