import { HttpTransport, header, parseRetryAfter, transportFailure } from './http.js';
import { compactKey } from './payload.js';
import type { PushNotification, PushOutcome, PushProvider, SendOptions, WebPushTarget } from './provider.js';
import { VapidSigner, type VapidKeys } from './vapid.js';
import { WEBPUSH_MAX_PLAINTEXT, encryptWebPush } from './webpush_crypto.js';

export interface WebPushProviderOptions {
  vapid: VapidKeys;
  /** Accept http:// subscription endpoints. Tests against a local server only. */
  allowInsecure?: boolean;
  /** Spaces added after every JSON payload, to hide its length. */
  padding?: number;
  /** TTL when the notification has none. */
  defaultTtlSec?: number;
  http?: HttpTransport;
  now?: () => number;
}

/**
 * Web Push (RFC 8030) to a browser subscription: the payload is encrypted for the subscription
 * (RFC 8291 aes128gcm) and the request carries VAPID (RFC 8292), both made by the `web-push`
 * package (webpush_crypto.ts, vapid.ts); the request itself, its deadline and the mapping of
 * answers are ours, like every provider's. It carries TTL, Urgency and Topic (the
 * collapse key, so the push service keeps only the newest push of a conversation).
 *
 * Answers: 2xx delivered (Location is the message id); 404/410 unregistered; 429 and 5xx retry,
 * honouring Retry-After; 413 and other 4xx (VAPID refused, bad request) are permanent.
 */
export class WebPushProvider implements PushProvider<'webpush'> {
  readonly platform = 'webpush' as const;
  private readonly vapid: VapidSigner;
  private readonly http: HttpTransport;
  private readonly ownsHttp: boolean;
  private readonly now: () => number;

  constructor(private readonly options: WebPushProviderOptions) {
    this.now = options.now ?? Date.now;
    this.vapid = new VapidSigner(options.vapid, { now: this.now });
    this.ownsHttp = options.http === undefined;
    this.http = options.http ?? new HttpTransport();
  }

  /** The applicationServerKey browsers must subscribe with. */
  get applicationServerKey(): string {
    return this.vapid.publicKey;
  }

  async send(target: WebPushTarget, n: PushNotification, options: SendOptions): Promise<PushOutcome> {
    let url: URL;
    try {
      url = new URL(target.endpoint);
    } catch {
      return { kind: 'unregistered', reason: 'bad-endpoint' };
    }
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && this.options.allowInsecure)) {
      return { kind: 'rejected', reason: 'insecure-endpoint' };
    }
    // Padding is JSON whitespace after the object: the service worker's data.json() ignores it.
    const plaintext = Buffer.from(JSON.stringify(webPushPayload(n)) + ' '.repeat(this.options.padding ?? 0));
    if (plaintext.length > WEBPUSH_MAX_PLAINTEXT) return { kind: 'rejected', reason: 'payload-too-large' };
    let body: Buffer;
    try {
      body = encryptWebPush(plaintext, Buffer.from(target.keys.p256dh, 'base64url'), Buffer.from(target.keys.auth, 'base64url'));
    } catch {
      // Keys that cannot be used now never can: the subscription is useless.
      return { kind: 'unregistered', reason: 'bad-keys' };
    }
    const headers: Record<string, string> = {
      authorization: await this.vapid.authorization(url),
      ttl: String(n.ttlSec ?? this.options.defaultTtlSec ?? 24 * 3600),
      urgency: n.silent ? 'normal' : 'high',
      'content-encoding': 'aes128gcm',
      'content-type': 'application/octet-stream',
    };
    if (n.collapseKey !== undefined) headers['topic'] = compactKey(n.collapseKey, 32);

    let answer;
    try {
      answer = await this.http.post({ url, headers, body, signal: options.signal });
    } catch (err) {
      return transportFailure(err);
    }
    const { status } = answer;
    if (status >= 200 && status < 300) {
      const location = header(answer.headers, 'location');
      return location === undefined ? { kind: 'delivered' } : { kind: 'delivered', providerId: location };
    }
    if (status === 404 || status === 410) return { kind: 'unregistered', reason: `http-${status}` };
    if (status === 429 || status >= 500) {
      const retryAfterMs = parseRetryAfter(header(answer.headers, 'retry-after'), this.now());
      const reason = `http-${status}`;
      return retryAfterMs === undefined ? { kind: 'retry', reason, status } : { kind: 'retry', reason, status, retryAfterMs };
    }
    if (status === 401 || status === 403) return { kind: 'rejected', reason: 'vapid-refused', status };
    return { kind: 'rejected', reason: `http-${status}`, status };
  }

  async close(): Promise<void> {
    if (this.ownsHttp) this.http.close();
  }
}

/** What the service worker receives (after decryption) in its `push` event. */
export interface WebPushPayload {
  conversationId: string;
  seq: number;
  title?: string;
  body?: string;
  badge?: number;
  /** The collapse key: use it as the Notification tag so a burst shows once. */
  tag?: string;
  silent?: boolean;
  data?: Readonly<Record<string, string>>;
}

export function webPushPayload(n: PushNotification): WebPushPayload {
  const p: WebPushPayload = { conversationId: n.conversationId, seq: n.seq };
  if (n.title !== undefined) p.title = n.title;
  if (n.body !== undefined) p.body = n.body;
  if (n.badge !== undefined) p.badge = n.badge;
  if (n.collapseKey !== undefined) p.tag = n.collapseKey;
  if (n.silent) p.silent = true;
  if (n.data !== undefined) p.data = n.data;
  return p;
}
