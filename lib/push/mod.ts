export * from './provider.js';
export * from './errors.js';
export * from './outbox.js';
export type { PushRegistration, PushTokenStore } from './token_store.js';
export { DEFAULT_WEBPUSH_HOSTS, DefaultTargetPolicy, PushNotificationLimits, PushTargetLimits, validateNotification, validateTarget, type TargetPolicy } from './validate.js';
export { CHORUS_DATA } from './payload.js';
export { PushDispatcher, PushDispatcherDefaults, type PushBackoff, type PushDispatcherOptions } from './dispatcher.js';
export { PromPushMetrics, noPushMetrics, watchOutboxes, type PushMetrics } from './metrics.js';
export { SqlitePushOutbox } from './sqlite_push_outbox.js';
export { SqlitePushTokenStore } from './sqlite_push_token_store.js';
export type { SqliteSource } from '../storage/sqlite_open.js';
export { FcmProvider, fcmMessage, type FcmProviderOptions } from './fcm_provider.js';
export { FCM_SCOPE, ServiceAccountTokenSource, parseServiceAccount, type AccessTokenSource, type ServiceAccount, type ServiceAccountTokenSourceOptions } from './fcm_auth.js';
export { APNS_PRODUCTION, APNS_SANDBOX, ApnsProvider, apnsPayload, type ApnsProviderOptions } from './apns_provider.js';
export { WebPushProvider, webPushPayload, type WebPushPayload, type WebPushProviderOptions } from './webpush_provider.js';
export { VapidSigner, generateVapidKeys, type VapidKeys } from './vapid.js';
export { WEBPUSH_MAX_PLAINTEXT, encryptWebPush } from './webpush_crypto.js';
export {
  WEBHOOK_DELIVERY_HEADER,
  WEBHOOK_SIGNATURE_HEADER,
  WebhookProvider,
  signWebhook,
  verifyWebhookSignature,
  type WebhookDelivery,
  type WebhookProviderOptions,
} from './webhook_provider.js';
export { HttpTransport, type HttpTransportOptions } from './http.js';
export { ALL_CONVERSATIONS, type PushPrefsStore } from './prefs.js';
export { SqlitePushPrefsStore } from './sqlite_push_prefs.js';
export { FRESH_ROW, unreadTotal, type UnreadCounter, type UnreadCounts } from './unread.js';
export { SqliteUnreadCounter } from './sqlite_push_unread.js';
export { ScyllaPushPrefsStore, ScyllaPushTokenStore, ScyllaUnreadCounter, scyllaPushStores, type ScyllaPushOptions } from './scylla_push_stores.js';
export { ScyllaPushOutbox, outboxBucket, type ScyllaPushOutboxOptions } from './scylla_push_outbox.js';
export { ScyllaOutboxOwners, type OutboxOwnerRow } from './outbox_owners.js';
export { ClusterOutboxes, type ClusterOutboxesOptions } from './cluster_outboxes.js';
export { pushStatements, type PushStatements } from './scylla_push_statements.js';
export type { OutboxStats } from './sqlite_push_outbox.js';
export { importLegacyPushDb } from './sqlite_push_import.js';
