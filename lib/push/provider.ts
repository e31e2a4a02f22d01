/**
 * The seam between Chorus and the push services. A PushProvider speaks one service's HTTP API
 * (FCM HTTP v1, APNs over HTTP/2, Web Push, a signed webhook); it knows nothing about users,
 * conversations, the outbox or retries. The dispatcher (dispatcher.ts) is its only caller.
 *
 * Contract for every implementation:
 * - send() never throws for anything the network or the service does: every answer, timeout and
 *   connection failure becomes a PushOutcome. A throw means a bug, and the dispatcher treats it
 *   as `retry` (reason `provider-error`).
 * - send() honours `options.signal`: once it fires, the request is cancelled and the outcome is
 *   `retry` with reason `timeout`.
 * - One send is one request to the service (no hidden retries), so the outbox's attempt counter
 *   and back-off are the only retry policy.
 * - send() may run concurrently; close() cancels nothing in flight but stops reusing connections.
 */
export interface PushProvider<P extends PushPlatform = PushPlatform> {
  readonly platform: P;
  send(target: TargetOf<P>, notification: PushNotification, options: SendOptions): Promise<PushOutcome>;
  close(): Promise<void>;
}

export type PushPlatform = 'fcm' | 'apns' | 'webpush' | 'webhook';
export const PUSH_PLATFORMS: readonly PushPlatform[] = ['fcm', 'apns', 'webpush', 'webhook'];

/** An FCM registration token (Android, iOS through FCM, web through FCM). */
export interface FcmTarget {
  platform: 'fcm';
  token: string;
}

/** An APNs device token, lowercase hex. */
export interface ApnsTarget {
  platform: 'apns';
  token: string;
}

/** A browser's PushSubscription (RFC 8030 endpoint, RFC 8291 keys, base64url without padding). */
export interface WebPushTarget {
  platform: 'webpush';
  endpoint: string;
  keys: { p256dh: string; auth: string };
}

/** An opaque address that a custom gateway behind the webhook understands. */
export interface WebhookTarget {
  platform: 'webhook';
  token: string;
}

export type PushTarget = FcmTarget | ApnsTarget | WebPushTarget | WebhookTarget;
export type TargetOf<P extends PushPlatform> = Extract<PushTarget, { platform: P }>;

/**
 * What one push says. conversationId and seq are always present: in E2E-ready ("minimal") mode
 * they are all a push carries, and the app fetches the message itself.
 */
export interface PushNotification {
  conversationId: string;
  seq: number;
  /** Visible text; omitted in minimal mode. */
  title?: string;
  body?: string;
  /**
   * Pushes with the same collapse key replace each other, in the service's queue and on the
   * device (FCM collapse_key + tag, APNs apns-collapse-id + thread-id, Web Push Topic).
   * Chorus uses one key per conversation, so a burst shows as one notification.
   */
  collapseKey?: string;
  /** The app badge: the user's total unread count. */
  badge?: number;
  /** Extra string values for the app. Keys must not use the `chorus_` prefix, which is ours. */
  data?: Readonly<Record<string, string>>;
  /** A background push: wakes the app, shows nothing (APNs push type `background`). */
  silent?: boolean;
  /**
   * Seconds the service may keep the push for an unreachable device; 0 means now or never.
   * The dispatcher sets it to what is left of the outbox entry's lifetime.
   */
  ttlSec?: number;
}

export interface SendOptions {
  /** Fires at the send deadline or on shutdown. */
  signal: AbortSignal;
  /**
   * The outbox's idempotency key (`conversationId:seq:deviceId`). Providers pass it on where the
   * service has a place for it (APNs apns-id as a UUID derived from it, the webhook's delivery id)
   * so that a receiver can recognise a repeat.
   */
  id: string;
}

/** The service took the push. `providerId` is its id for it (FCM message name, APNs apns-id). */
export interface PushDelivered {
  kind: 'delivered';
  providerId?: string;
}

/** Try again later: throttled, server error, timeout, network. */
export interface PushRetry {
  kind: 'retry';
  reason: string;
  /** From the service's Retry-After, when it sent one. */
  retryAfterMs?: number;
  status?: number;
  /**
   * The request was written but no answer came (timeout, connection lost): the service may have
   * accepted it. The dispatcher treats this like a crash in the same window (see AmbiguousPolicy).
   */
  ambiguous?: boolean;
}

/** The token is dead: delete it and never send to it again. */
export interface PushUnregistered {
  kind: 'unregistered';
  reason: string;
  /** When the service says the token stopped being valid (APNs), ms since epoch. */
  since?: number;
}

/** The service refused this push for good (bad payload, bad configuration). Do not retry it. */
export interface PushRejected {
  kind: 'rejected';
  reason: string;
  status?: number;
}

export type PushOutcome = PushDelivered | PushRetry | PushUnregistered | PushRejected;
export type PushOutcomeKind = PushOutcome['kind'];

/** The providers a dispatcher can use, one per platform. */
export interface PushProviders {
  fcm?: PushProvider<'fcm'>;
  apns?: PushProvider<'apns'>;
  webpush?: PushProvider<'webpush'>;
  webhook?: PushProvider<'webhook'>;
}

/** Sends through the provider for the target's platform; `rejected` when none is configured. */
export function sendVia(
  providers: PushProviders,
  target: PushTarget,
  notification: PushNotification,
  options: SendOptions,
): Promise<PushOutcome> {
  switch (target.platform) {
    case 'fcm':
      return providers.fcm ? providers.fcm.send(target, notification, options) : noProvider('fcm');
    case 'apns':
      return providers.apns ? providers.apns.send(target, notification, options) : noProvider('apns');
    case 'webpush':
      return providers.webpush ? providers.webpush.send(target, notification, options) : noProvider('webpush');
    case 'webhook':
      return providers.webhook ? providers.webhook.send(target, notification, options) : noProvider('webhook');
  }
}

function noProvider(platform: PushPlatform): Promise<PushOutcome> {
  return Promise.resolve({ kind: 'rejected', reason: `no-${platform}-provider` });
}

/** The part of a target that a service's "unregistered" answer invalidates: `platform:token` or `webpush:endpoint`. */
export function targetAddress(target: PushTarget): string {
  return target.platform === 'webpush' ? `webpush:${target.endpoint}` : `${target.platform}:${target.token}`;
}
