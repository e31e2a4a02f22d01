import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from 'pino';
import type { Registry } from 'prom-client';
import type { Clock } from '../lib/time/mod.js';
import type { OpenSessions } from '../lib/chat/push_planner.js';
import { PushPlanner } from '../lib/chat/push_planner.js';
import { PushRegistry } from '../lib/chat/push_registry.js';
import {
  ApnsProvider,
  DEFAULT_WEBPUSH_HOSTS,
  FcmProvider,
  PUSH_PLATFORMS,
  type PushPlatform,
  type PushProviders,
  PromPushMetrics,
  PushDispatcher,
  ServiceAccountTokenSource,
  SqlitePushOutbox,
  SqlitePushPrefsStore,
  SqlitePushTokenStore,
  WebPushProvider,
  WebhookProvider,
  parseServiceAccount,
} from '../lib/push/mod.js';
import type { ConversationIndex, CursorStore, Inbox } from '../lib/storage/mod.js';
import type { PushConfig } from './config.js';

export interface PushWiring {
  registry: PushRegistry;
  planner: PushPlanner;
  stop(): Promise<void>;
}

/** Builds the configured providers and the outbox; null when no provider is configured. */
export async function startPush(
  config: PushConfig,
  dataDir: string,
  store: ConversationIndex & Inbox & CursorStore,
  sessions: OpenSessions,
  clock: Clock,
  log: Logger,
  metricsRegistry: Registry,
): Promise<PushWiring | null> {
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
  const platforms = PUSH_PLATFORMS.filter((p: PushPlatform) => providers[p] !== undefined);
  if (platforms.length === 0) return null;

  // A node on the shared store keeps only push.db locally: its data dir may not exist yet.
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, 'push.db');
  const outbox = new SqlitePushOutbox({ path });
  const tokens = new SqlitePushTokenStore({ path });
  const prefs = new SqlitePushPrefsStore({ path });
  const pushLog = log.child({ module: 'push' });
  const dispatcher = new PushDispatcher({
    outbox,
    providers,
    tokens,
    owner: `chorus-${process.pid}`,
    metrics: new PromPushMetrics(metricsRegistry),
    onError: (err: unknown) => pushLog.warn({ err }, 'push dispatch error'),
  });
  await dispatcher.start();
  const registry = new PushRegistry(tokens, prefs, store, { platforms, webPushHosts: DEFAULT_WEBPUSH_HOSTS, allowInsecureWebPush: config.allowInsecure }, () => clock.now());
  const planner = new PushPlanner({
    tokens,
    prefs,
    outbox,
    store,
    sessions,
    wake: () => dispatcher.wake(),
    clock,
    collapseWindowMs: config.collapseWindowMs,
    ttlMs: config.ttlSec * 1000,
    payload: config.payload,
    onError: (err) => pushLog.warn({ err }, 'push planning failed'),
  });
  pushLog.info({ platforms }, 'push notifications enabled');
  return {
    registry,
    planner,
    async stop() {
      await dispatcher.stop();
      for (const p of Object.values(providers)) await p.close();
      await outbox.close();
      await tokens.close();
      await prefs.close();
    },
  };
}
