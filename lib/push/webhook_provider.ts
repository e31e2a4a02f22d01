import { createHmac, timingSafeEqual } from 'node:crypto';
import { PushConfigError } from './errors.js';
import { HttpTransport, header, parseRetryAfter, transportFailure } from './http.js';
import type { PushNotification, PushOutcome, PushProvider, SendOptions, WebhookTarget } from './provider.js';

export const WEBHOOK_SIGNATURE_HEADER = 'x-chorus-signature';
export const WEBHOOK_DELIVERY_HEADER = 'x-chorus-delivery';

export interface WebhookProviderOptions {
  url: string;
  /** HMAC-SHA256 key shared with the receiver, at least 32 bytes. */
  secret: Uint8Array | string;
  /** Accept an http:// URL (a gateway inside the cluster network, or tests). */
  allowInsecure?: boolean;
  http?: HttpTransport;
  now?: () => number;
}

/** What a webhook receiver gets, as the JSON request body. */
export interface WebhookDelivery {
  /** The idempotency key (also in X-Chorus-Delivery): a receiver that saw it already must not push again. */
  id: string;
  token: string;
  notification: PushNotification;
  /** ms since epoch. */
  sentAt: number;
}

/**
 * A signed webhook for custom gateways: `POST {url}` with the WebhookDelivery as JSON and
 * `X-Chorus-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<body>")>`.
 *
 * Answers: 2xx delivered; 410 unregistered; 408, 429 and 5xx retry, honouring Retry-After;
 * other 4xx permanent.
 */
export class WebhookProvider implements PushProvider<'webhook'> {
  readonly platform = 'webhook' as const;
  private readonly url: URL;
  private readonly secret: Buffer;
  private readonly http: HttpTransport;
  private readonly ownsHttp: boolean;
  private readonly now: () => number;

  constructor(options: WebhookProviderOptions) {
    this.url = new URL(options.url);
    if (this.url.protocol !== 'https:' && !(this.url.protocol === 'http:' && options.allowInsecure)) {
      throw new PushConfigError('webhook URL must be https (http only with allowInsecure)');
    }
    this.secret = Buffer.from(options.secret);
    if (this.secret.length < 32) throw new PushConfigError('webhook secret must be at least 32 bytes');
    this.ownsHttp = options.http === undefined;
    this.http = options.http ?? new HttpTransport();
    this.now = options.now ?? Date.now;
  }

  async send(target: WebhookTarget, notification: PushNotification, options: SendOptions): Promise<PushOutcome> {
    const sentAt = this.now();
    const delivery: WebhookDelivery = { id: options.id, token: target.token, notification, sentAt };
    const body = JSON.stringify(delivery);
    let answer;
    try {
      answer = await this.http.post({
        url: this.url,
        headers: {
          'content-type': 'application/json',
          [WEBHOOK_SIGNATURE_HEADER]: signWebhook(this.secret, Math.floor(sentAt / 1000), body),
          [WEBHOOK_DELIVERY_HEADER]: options.id,
        },
        body,
        signal: options.signal,
      });
    } catch (err) {
      return transportFailure(err);
    }
    const { status } = answer;
    if (status >= 200 && status < 300) return { kind: 'delivered' };
    if (status === 410) return { kind: 'unregistered', reason: 'http-410' };
    if (status === 408 || status === 429 || status >= 500) {
      const retryAfterMs = parseRetryAfter(header(answer.headers, 'retry-after'), this.now());
      const reason = `http-${status}`;
      return retryAfterMs === undefined ? { kind: 'retry', reason, status } : { kind: 'retry', reason, status, retryAfterMs };
    }
    return { kind: 'rejected', reason: `http-${status}`, status };
  }

  async close(): Promise<void> {
    if (this.ownsHttp) this.http.close();
  }
}

/** The X-Chorus-Signature value for a body sent at `timestampSec`. */
export function signWebhook(secret: Uint8Array | string, timestampSec: number, body: string | Buffer): string {
  const mac = createHmac('sha256', secret).update(`${timestampSec}.`).update(body).digest('hex');
  return `t=${timestampSec},v1=${mac}`;
}

/**
 * For receivers: true when `signature` is a valid X-Chorus-Signature of `body` whose timestamp is
 * within `toleranceSec` of `nowMs` (replay window). Compares in constant time.
 */
export function verifyWebhookSignature(
  secret: Uint8Array | string,
  signature: string | undefined,
  body: string | Buffer,
  nowMs: number,
  toleranceSec = 300,
): boolean {
  if (signature === undefined) return false;
  const parts = new Map<string, string>();
  for (const item of signature.split(',')) {
    const eq = item.indexOf('=');
    if (eq > 0) parts.set(item.slice(0, eq).trim(), item.slice(eq + 1).trim());
  }
  const t = parts.get('t');
  const v1 = parts.get('v1');
  if (t === undefined || v1 === undefined || !/^\d{1,12}$/.test(t) || !/^[0-9a-f]{64}$/.test(v1)) return false;
  if (Math.abs(nowMs / 1000 - Number(t)) > toleranceSec) return false;
  const expected = Buffer.from(signWebhook(secret, Number(t), body).slice(-64), 'hex');
  return timingSafeEqual(expected, Buffer.from(v1, 'hex'));
}
