import { ECDH } from 'node:crypto';
import { InvalidPushJob, InvalidPushTarget } from './errors.js';
import { type PushJob, pushKey } from './outbox.js';
import { PUSH_PLATFORMS } from './provider.js';
import type { PushNotification, PushPlatform, PushTarget } from './provider.js';

/** Push services that browsers subscribe with; a Web Push endpoint elsewhere is refused (SSRF guard). */
export const DEFAULT_WEBPUSH_HOSTS: readonly string[] = [
  'fcm.googleapis.com',
  'updates.push.services.mozilla.com',
  'push.services.mozilla.com',
  'notify.windows.com',
  'push.apple.com',
];

/** What registrations validateTarget() accepts. */
export interface TargetPolicy {
  /** Platforms this deployment has a provider for; the others are PLATFORM_DISABLED. */
  platforms: readonly PushPlatform[];
  /** Web Push endpoint hosts, matched exactly or as a parent domain. */
  webPushHosts: readonly string[];
  /** Accept http:// Web Push endpoints. Tests only: a real push service is always https. */
  allowInsecureWebPush: boolean;
}

export const DefaultTargetPolicy: TargetPolicy = {
  platforms: PUSH_PLATFORMS,
  webPushHosts: DEFAULT_WEBPUSH_HOSTS,
  allowInsecureWebPush: false,
};

/** Size limits for one registration, checked before anything is parsed. */
export const PushTargetLimits = {
  maxFcmToken: 4096,
  minFcmToken: 20,
  /** Device tokens are 32 bytes today; Apple says they may grow, so up to 100 bytes is accepted. */
  maxApnsTokenHex: 200,
  minApnsTokenHex: 64,
  maxWebhookToken: 1024,
  maxEndpoint: 2048,
  maxKey: 128,
} as const;

const FCM_TOKEN = /^[A-Za-z0-9_:.-]+$/;
const APNS_TOKEN = /^(?:[0-9a-fA-F]{2})+$/;
const WEBHOOK_TOKEN = /^[\x21-\x7e]+$/;
const BASE64URL = /^[A-Za-z0-9_-]+={0,2}$/;

/**
 * Checks a registration from a client and returns a clean copy (only known fields, APNs tokens in
 * lowercase, keys as unpadded base64url). Throws InvalidPushTarget before anything is stored or
 * sent: the protocol layer calls this on every registration frame.
 */
export function validateTarget(input: unknown, policy: TargetPolicy = DefaultTargetPolicy): PushTarget {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new InvalidPushTarget('MALFORMED_TARGET', 'push target must be an object');
  }
  const raw = input as Record<string, unknown>;
  const platform = raw['platform'];
  if (typeof platform !== 'string' || !(PUSH_PLATFORMS as readonly string[]).includes(platform)) {
    throw new InvalidPushTarget('UNKNOWN_PLATFORM', `unknown push platform (one of ${PUSH_PLATFORMS.join(', ')})`);
  }
  const p = platform as PushPlatform;
  const target = validateShape(p, raw, policy);
  // After the shape, so an oversized or malformed registration gets the same answer on every server.
  if (!policy.platforms.includes(p)) throw new InvalidPushTarget('PLATFORM_DISABLED', `push platform ${p} is not enabled on this server`);
  return target;
}

function validateShape(p: PushPlatform, raw: Record<string, unknown>, policy: TargetPolicy): PushTarget {
  switch (p) {
    case 'fcm': {
      const token = boundedString(raw['token'], 'token', PushTargetLimits.maxFcmToken);
      if (token.length < PushTargetLimits.minFcmToken || !FCM_TOKEN.test(token)) {
        throw new InvalidPushTarget('MALFORMED_TOKEN', 'FCM token must be 20+ characters of [A-Za-z0-9_:.-]');
      }
      return { platform: 'fcm', token };
    }
    case 'apns': {
      const token = boundedString(raw['token'], 'token', PushTargetLimits.maxApnsTokenHex);
      if (token.length < PushTargetLimits.minApnsTokenHex || !APNS_TOKEN.test(token)) {
        throw new InvalidPushTarget('MALFORMED_TOKEN', 'APNs device token must be 64-200 hex digits');
      }
      return { platform: 'apns', token: token.toLowerCase() };
    }
    case 'webhook': {
      const token = boundedString(raw['token'], 'token', PushTargetLimits.maxWebhookToken);
      if (!WEBHOOK_TOKEN.test(token)) throw new InvalidPushTarget('MALFORMED_TOKEN', 'webhook token must be printable ASCII without spaces');
      return { platform: 'webhook', token };
    }
    case 'webpush':
      return validateSubscription(raw, policy);
  }
}

function validateSubscription(raw: Record<string, unknown>, policy: TargetPolicy): PushTarget {
  const endpoint = boundedString(raw['endpoint'], 'endpoint', PushTargetLimits.maxEndpoint);
  const keys = raw['keys'];
  if (typeof keys !== 'object' || keys === null) throw new InvalidPushTarget('MALFORMED_KEYS', 'subscription keys missing');
  const k = keys as Record<string, unknown>;
  const p256dh = boundedString(k['p256dh'], 'keys.p256dh', PushTargetLimits.maxKey);
  const auth = boundedString(k['auth'], 'keys.auth', PushTargetLimits.maxKey);

  let url: URL;
  try {
    url = new URL(endpoint);
  } catch (err) {
    throw new InvalidPushTarget('MALFORMED_ENDPOINT', 'subscription endpoint is not a URL', { cause: err });
  }
  const secure = url.protocol === 'https:';
  if (!secure && !(url.protocol === 'http:' && policy.allowInsecureWebPush)) {
    throw new InvalidPushTarget('MALFORMED_ENDPOINT', 'subscription endpoint must be https');
  }
  if (url.username !== '' || url.password !== '' || url.hash !== '') {
    throw new InvalidPushTarget('MALFORMED_ENDPOINT', 'subscription endpoint must not carry credentials or a fragment');
  }
  const host = url.hostname.toLowerCase();
  if (!policy.webPushHosts.some((h) => host === h || host.endsWith(`.${h}`))) {
    throw new InvalidPushTarget('ENDPOINT_NOT_ALLOWED', `push service ${host} is not allowed`);
  }

  const publicKey = decodeKey(p256dh, 'keys.p256dh', 65);
  try {
    ECDH.convertKey(publicKey, 'prime256v1');
  } catch (err) {
    throw new InvalidPushTarget('MALFORMED_KEYS', 'keys.p256dh is not a P-256 public key', { cause: err });
  }
  const authSecret = decodeKey(auth, 'keys.auth', 16);
  return {
    platform: 'webpush',
    endpoint: url.href,
    keys: { p256dh: publicKey.toString('base64url'), auth: authSecret.toString('base64url') },
  };
}

function boundedString(value: unknown, what: string, max: number): string {
  if (typeof value !== 'string' || value.length === 0) throw new InvalidPushTarget(codeFor(what), `${what} must be a non-empty string`);
  if (value.length > max) throw new InvalidPushTarget('TOO_LARGE', `${what} is longer than ${max} characters`);
  return value;
}

function codeFor(what: string): 'MALFORMED_TOKEN' | 'MALFORMED_ENDPOINT' | 'MALFORMED_KEYS' {
  if (what === 'endpoint') return 'MALFORMED_ENDPOINT';
  return what.startsWith('keys.') ? 'MALFORMED_KEYS' : 'MALFORMED_TOKEN';
}

function decodeKey(value: string, what: string, bytes: number): Buffer {
  if (!BASE64URL.test(value)) throw new InvalidPushTarget('MALFORMED_KEYS', `${what} must be base64url`);
  const decoded = Buffer.from(value, 'base64url');
  if (decoded.length !== bytes) throw new InvalidPushTarget('MALFORMED_KEYS', `${what} must decode to ${bytes} bytes`);
  return decoded;
}

/** Limits on what a notification may carry; each provider also checks its service's payload limit. */
export const PushNotificationLimits = {
  maxConversationId: 140,
  maxTitleChars: 256,
  maxBodyChars: 1024,
  maxCollapseKey: 256,
  maxDataEntries: 16,
  maxDataBytes: 1024,
  /** FCM's and Web Push's practical ceiling: 28 days. */
  maxTtlSec: 28 * 24 * 3600,
} as const;

const CONVERSATION_ID = /^[A-Za-z0-9_.:-]{1,140}$/;
const DATA_KEY = /^[A-Za-z][A-Za-z0-9_.-]{0,63}$/;
/** Prefixes FCM reserves in data, and ours. */
const RESERVED_DATA = /^(?:chorus_|google|gcm|from$|notification$|message_type$|collapse_key$)/i;

/** Throws InvalidPushJob for a notification no provider should be asked to send. */
export function validateNotification(n: PushNotification): void {
  const L = PushNotificationLimits;
  if (typeof n.conversationId !== 'string' || !CONVERSATION_ID.test(n.conversationId)) bad('conversationId is not a valid id');
  if (!Number.isSafeInteger(n.seq) || n.seq < 1) bad('seq must be a positive integer');
  if (n.title !== undefined && (typeof n.title !== 'string' || n.title.length > L.maxTitleChars)) bad('title too long');
  if (n.body !== undefined && (typeof n.body !== 'string' || n.body.length > L.maxBodyChars)) bad('body too long');
  if (n.collapseKey !== undefined && (typeof n.collapseKey !== 'string' || n.collapseKey.length === 0 || n.collapseKey.length > L.maxCollapseKey)) {
    bad('collapseKey must be 1-256 characters');
  }
  if (n.badge !== undefined && (!Number.isSafeInteger(n.badge) || n.badge < 0 || n.badge > 0x7fffffff)) bad('badge must be a non-negative integer');
  if (n.ttlSec !== undefined && (!Number.isSafeInteger(n.ttlSec) || n.ttlSec < 0 || n.ttlSec > L.maxTtlSec)) bad('ttlSec out of range');
  if (n.silent !== undefined && typeof n.silent !== 'boolean') bad('silent must be a boolean');
  if (n.data !== undefined) {
    const entries = Object.entries(n.data);
    if (entries.length > L.maxDataEntries) bad(`at most ${L.maxDataEntries} data entries`);
    let bytes = 0;
    for (const [k, v] of entries) {
      if (!DATA_KEY.test(k) || RESERVED_DATA.test(k)) bad(`data key ${JSON.stringify(k)} is malformed or reserved`);
      if (typeof v !== 'string') bad(`data value for ${k} must be a string`);
      bytes += Buffer.byteLength(k) + Buffer.byteLength(v);
    }
    if (bytes > L.maxDataBytes) bad(`data larger than ${L.maxDataBytes} bytes`);
  }
}

function bad(message: string): never {
  throw new InvalidPushJob(message);
}

const DEVICE_OR_USER_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** What every outbox refuses before it writes: see PushJob. */
export function checkJob(job: PushJob): void {
  if (typeof job.userId !== 'string' || !DEVICE_OR_USER_ID.test(job.userId)) bad('userId must match [A-Za-z0-9_-]{1,64}');
  if (typeof job.deviceId !== 'string' || !DEVICE_OR_USER_ID.test(job.deviceId)) bad('deviceId must match [A-Za-z0-9_-]{1,64}');
  validateNotification(job.notification);
  if (job.key !== pushKey(job.notification.conversationId, job.notification.seq, job.deviceId)) bad('key must be conversationId:seq:deviceId');
  if (typeof job.target !== 'object' || job.target === null || !PUSH_PLATFORMS.includes(job.target.platform)) bad('unknown target platform');
  if (!Number.isSafeInteger(job.notBefore) || !Number.isSafeInteger(job.expiresAt) || job.expiresAt <= job.notBefore) {
    bad('notBefore and expiresAt must be integers with expiresAt > notBefore');
  }
}
