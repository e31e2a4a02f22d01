import { AccessTokenError } from './errors.js';
import { type AccessTokenSource, ServiceAccountTokenSource, type ServiceAccount } from './fcm_auth.js';
import { HttpTransport, header, jsonBody, parseRetryAfter, transportFailure } from './http.js';
import { compactKey, dataOf, hasText } from './payload.js';
import type { FcmTarget, PushNotification, PushOutcome, PushProvider, SendOptions } from './provider.js';

export interface FcmProviderOptions {
  projectId: string;
  tokens: AccessTokenSource;
  /** Defaults to https://fcm.googleapis.com. */
  endpoint?: string;
  http?: HttpTransport;
  now?: () => number;
}

interface GoogleErrorBody {
  error?: {
    code?: number;
    status?: string;
    message?: string;
    details?: readonly { '@type'?: string; errorCode?: string }[];
  };
}

const FCM_ERROR_TYPE = 'type.googleapis.com/google.firebase.fcm.v1.FcmError';

/**
 * FCM HTTP v1: `POST {endpoint}/v1/projects/{project}/messages:send` with an OAuth2 bearer token.
 *
 * Answers: 200 delivered (`name` is the message id); UNREGISTERED or 404 unregistered; 429
 * (QUOTA_EXCEEDED) and 5xx retry, honouring Retry-After; 401 on our access token drops it from
 * the cache and retries; 400 INVALID_ARGUMENT, 403 (SENDER_ID_MISMATCH, PERMISSION_DENIED) and
 * THIRD_PARTY_AUTH_ERROR are permanent.
 */
export class FcmProvider implements PushProvider<'fcm'> {
  readonly platform = 'fcm' as const;
  private readonly url: URL;
  private readonly http: HttpTransport;
  private readonly now: () => number;
  private readonly owned: { close(): void }[];

  /** `owned`: resources that close() releases besides a transport the provider made itself. */
  constructor(
    private readonly options: FcmProviderOptions,
    owned: readonly { close(): void }[] = [],
  ) {
    const base = (options.endpoint ?? 'https://fcm.googleapis.com').replace(/\/+$/, '');
    this.url = new URL(`${base}/v1/projects/${encodeURIComponent(options.projectId)}/messages:send`);
    this.owned = [...owned];
    if (options.http === undefined) {
      this.http = new HttpTransport();
      this.owned.push(this.http);
    } else {
      this.http = options.http;
    }
    this.now = options.now ?? Date.now;
  }

  /** A provider that gets its tokens from a service-account key (and the key's token_uri unless `tokenUrl`). */
  static fromServiceAccount(
    account: ServiceAccount,
    options: { endpoint?: string; tokenUrl?: string; now?: () => number } = {},
  ): FcmProvider {
    const http = new HttpTransport();
    const tokens = new ServiceAccountTokenSource({
      account,
      http,
      ...(options.tokenUrl !== undefined ? { tokenUrl: options.tokenUrl } : {}),
      ...(options.now !== undefined ? { now: options.now } : {}),
    });
    return new FcmProvider(
      {
        projectId: account.projectId,
        tokens,
        http,
        ...(options.endpoint !== undefined ? { endpoint: options.endpoint } : {}),
        ...(options.now !== undefined ? { now: options.now } : {}),
      },
      [http],
    );
  }

  async send(target: FcmTarget, notification: PushNotification, options: SendOptions): Promise<PushOutcome> {
    let accessToken: string;
    try {
      accessToken = await this.options.tokens.token(options.signal);
    } catch (err) {
      if (err instanceof AccessTokenError) {
        return { kind: 'retry', reason: err.code === 'ACCESS_TOKEN_REFUSED' ? 'access-token-refused' : 'access-token-unavailable' };
      }
      return transportFailure(err);
    }
    let answer;
    try {
      answer = await this.http.post({
        url: this.url,
        headers: { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json; charset=utf-8' },
        body: JSON.stringify({ message: fcmMessage(target, notification, this.now()) }),
        signal: options.signal,
      });
    } catch (err) {
      return transportFailure(err);
    }
    const { status } = answer;
    const body = jsonBody(answer.body);
    if (status === 200) {
      const name = (body as { name?: unknown } | undefined)?.name;
      return typeof name === 'string' ? { kind: 'delivered', providerId: name } : { kind: 'delivered' };
    }
    const error = (body as GoogleErrorBody | undefined)?.error;
    const fcmCode = error?.details?.find((d) => d['@type'] === FCM_ERROR_TYPE)?.errorCode;
    const reason = fcmCode ?? error?.status ?? `http-${status}`;
    const retryAfterMs = parseRetryAfter(header(answer.headers, 'retry-after'), this.now());
    if (fcmCode === 'UNREGISTERED' || status === 404) return { kind: 'unregistered', reason: 'UNREGISTERED' };
    if (status === 401 && fcmCode !== 'THIRD_PARTY_AUTH_ERROR') {
      this.options.tokens.invalidate(accessToken);
      return { kind: 'retry', reason: 'UNAUTHENTICATED', status, retryAfterMs: 0 };
    }
    if (status === 429 || status >= 500) {
      return retryAfterMs === undefined ? { kind: 'retry', reason, status } : { kind: 'retry', reason, status, retryAfterMs };
    }
    return { kind: 'rejected', reason, status };
  }

  async close(): Promise<void> {
    for (const r of this.owned) r.close();
  }
}

/** The v1 `Message` for one device: data always, notification text unless minimal, per-platform overrides. */
export function fcmMessage(target: FcmTarget, n: PushNotification, now: number): Record<string, unknown> {
  const text = hasText(n);
  const message: Record<string, unknown> = { token: target.token, data: dataOf(n) };
  if (text) message['notification'] = strip({ title: n.title, body: n.body });

  const android: Record<string, unknown> = { priority: n.silent ? 'normal' : 'high' };
  if (n.ttlSec !== undefined) android['ttl'] = `${n.ttlSec}s`;
  if (n.collapseKey !== undefined) android['collapse_key'] = n.collapseKey;
  if (text) android['notification'] = strip({ tag: n.collapseKey, notification_count: n.badge });
  message['android'] = android;

  const apnsHeaders: Record<string, string> = {
    'apns-push-type': n.silent ? 'background' : 'alert',
    'apns-priority': n.silent ? '5' : '10',
  };
  if (n.collapseKey !== undefined) apnsHeaders['apns-collapse-id'] = compactKey(n.collapseKey, 64);
  if (n.ttlSec !== undefined) apnsHeaders['apns-expiration'] = String(n.ttlSec === 0 ? 0 : Math.floor(now / 1000) + n.ttlSec);
  const aps: Record<string, unknown> = strip({ badge: n.silent ? undefined : n.badge, 'thread-id': n.collapseKey });
  if (n.silent) aps['content-available'] = 1;
  else if (!text) aps['mutable-content'] = 1;
  message['apns'] = { headers: apnsHeaders, payload: { aps } };

  const webpushHeaders: Record<string, string> = { Urgency: n.silent ? 'normal' : 'high' };
  if (n.ttlSec !== undefined) webpushHeaders['TTL'] = String(n.ttlSec);
  if (n.collapseKey !== undefined) webpushHeaders['Topic'] = compactKey(n.collapseKey, 32);
  message['webpush'] = { headers: webpushHeaders };
  return message;
}

function strip(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}
