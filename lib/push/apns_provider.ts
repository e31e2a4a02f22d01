import { createPrivateKey, type KeyObject } from 'node:crypto';
import http2 from 'node:http2';
import type { ClientHttp2Session, IncomingHttpHeaders, OutgoingHttpHeaders } from 'node:http2';
import { SignJWT } from 'jose';
import { PushConfigError, PushTransportError } from './errors.js';
import { jsonBody, parseRetryAfter, transportFailure } from './http.js';
import { CHORUS_DATA, compactKey, hasText, uuidFromKey } from './payload.js';
import type { ApnsTarget, PushNotification, PushOutcome, PushProvider, SendOptions } from './provider.js';

export const APNS_PRODUCTION = 'https://api.push.apple.com';
export const APNS_SANDBOX = 'https://api.sandbox.push.apple.com';
/** APNs refuses larger payloads (413). */
export const APNS_MAX_PAYLOAD = 4096;

export interface ApnsProviderOptions {
  /** The 10-character team id: the provider token's `iss`. */
  teamId: string;
  /** The signing key's id: the provider token's `kid`. */
  keyId: string;
  /** The .p8 signing key (PKCS#8 PEM, P-256). */
  signingKey: string;
  /** The app's bundle id (apns-topic). */
  topic: string;
  /** APNS_PRODUCTION (default) or APNS_SANDBOX, or any https origin. */
  endpoint?: string;
  /** Accept an http:// endpoint and speak cleartext HTTP/2 (h2c). Tests against a local server only. */
  allowCleartext?: boolean;
  /**
   * Renew the provider token after this long. APNs refuses tokens older than an hour and more than
   * one renewal per 20 minutes; default 50 minutes.
   */
  tokenRenewMs?: number;
  /** The alert of a minimal (E2E-ready) push; the app's notification service extension replaces it. */
  minimalAlert?: Readonly<Record<string, string>>;
  /** Close the HTTP/2 connection after this long without a request. */
  idleTimeoutMs?: number;
  now?: () => number;
}

interface ProviderToken {
  jwt: string;
  issuedAt: number;
}

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/**
 * APNs over HTTP/2: `POST {endpoint}/3/device/{token}` with a token-based (ES256 JWT) provider
 * credential. One HTTP/2 connection is shared by all sends and re-opened after GOAWAY or an error.
 *
 * Answers: 200 delivered (apns-id); 410 Unregistered and 400 BadDeviceToken unregistered; 403
 * ExpiredProviderToken/InvalidProviderToken renew the token and retry; 429, 500, 503 retry; any
 * other 4xx (DeviceTokenNotForTopic, PayloadTooLarge, BadCollapseId…) is permanent.
 */
export class ApnsProvider implements PushProvider<'apns'> {
  readonly platform = 'apns' as const;
  private readonly key: KeyObject;
  private readonly origin: string;
  private readonly renewMs: number;
  private readonly now: () => number;
  private session: ClientHttp2Session | undefined;
  private token: ProviderToken | undefined;
  private signing: Promise<ProviderToken> | undefined;
  private closed = false;
  /** Provider tokens signed so far, for tests and metrics. */
  tokensSigned = 0;

  constructor(private readonly options: ApnsProviderOptions) {
    try {
      this.key = createPrivateKey(options.signingKey);
    } catch (err) {
      throw new PushConfigError('APNs signingKey is not a PEM private key', { cause: err });
    }
    if (this.key.asymmetricKeyType !== 'ec') throw new PushConfigError('APNs signingKey must be a P-256 key');
    const url = new URL(options.endpoint ?? APNS_PRODUCTION);
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && options.allowCleartext)) {
      throw new PushConfigError('APNs endpoint must be https (http only with allowCleartext, for tests)');
    }
    this.origin = url.origin;
    this.renewMs = options.tokenRenewMs ?? 50 * 60_000;
    if (this.renewMs < 20 * 60_000 || this.renewMs >= 60 * 60_000) throw new PushConfigError('tokenRenewMs must be within [20 min, 60 min)');
    if (!/^[A-Z0-9]{10}$/.test(options.teamId) || !/^[A-Z0-9]{10}$/.test(options.keyId)) {
      throw new PushConfigError('APNs teamId and keyId are 10 characters of [A-Z0-9]');
    }
    this.now = options.now ?? Date.now;
  }

  async send(target: ApnsTarget, n: PushNotification, options: SendOptions): Promise<PushOutcome> {
    const payload = Buffer.from(JSON.stringify(apnsPayload(n, this.options.minimalAlert ?? { 'loc-key': 'CHORUS_NEW_MESSAGE' })));
    if (payload.length > APNS_MAX_PAYLOAD) return { kind: 'rejected', reason: 'PayloadTooLarge' };
    let bearer: ProviderToken;
    try {
      bearer = await this.providerToken();
    } catch (err) {
      throw new PushConfigError('cannot sign the APNs provider token', { cause: err });
    }
    const headers: OutgoingHttpHeaders = {
      ':method': 'POST',
      ':path': `/3/device/${target.token}`,
      authorization: `bearer ${bearer.jwt}`,
      'apns-topic': this.options.topic,
      'apns-push-type': n.silent ? 'background' : 'alert',
      'apns-priority': n.silent ? '5' : '10',
      'apns-id': uuidFromKey(options.id),
      'content-type': 'application/json',
      'content-length': payload.length,
    };
    if (n.ttlSec !== undefined) headers['apns-expiration'] = n.ttlSec === 0 ? '0' : String(Math.floor(this.now() / 1000) + n.ttlSec);
    if (n.collapseKey !== undefined) headers['apns-collapse-id'] = compactKey(n.collapseKey, 64);

    let answer: Answer;
    try {
      answer = await this.request(headers, payload, options.signal);
    } catch (err) {
      return transportFailure(err);
    }
    const { status } = answer;
    if (status === 200) {
      const id = answer.headers['apns-id'];
      return typeof id === 'string' ? { kind: 'delivered', providerId: id } : { kind: 'delivered' };
    }
    const body = jsonBody(answer.body) as { reason?: unknown; timestamp?: unknown } | undefined;
    const reason = typeof body?.reason === 'string' ? body.reason : `http-${status}`;
    if (status === 410 || (status === 400 && reason === 'BadDeviceToken')) {
      return typeof body?.timestamp === 'number' ? { kind: 'unregistered', reason, since: body.timestamp } : { kind: 'unregistered', reason };
    }
    if (status === 403 && (reason === 'ExpiredProviderToken' || reason === 'InvalidProviderToken')) {
      if (this.token === bearer) this.token = undefined;
      return { kind: 'retry', reason, status, retryAfterMs: 0 };
    }
    if (status === 429 || status === 500 || status === 503) {
      const retryAfter = answer.headers['retry-after'];
      const retryAfterMs = parseRetryAfter(typeof retryAfter === 'string' ? retryAfter : undefined, this.now());
      return retryAfterMs === undefined ? { kind: 'retry', reason, status } : { kind: 'retry', reason, status, retryAfterMs };
    }
    return { kind: 'rejected', reason, status };
  }

  async close(): Promise<void> {
    this.closed = true;
    const s = this.session;
    this.session = undefined;
    if (s && !s.closed) await new Promise<void>((resolve) => s.close(resolve));
  }

  /** The cached provider token, or a new one after `tokenRenewMs`. Concurrent callers share one signing. */
  private providerToken(): Promise<ProviderToken> {
    const t = this.token;
    if (t && this.now() - t.issuedAt < this.renewMs) return Promise.resolve(t);
    this.signing ??= this.sign().finally(() => {
      this.signing = undefined;
    });
    return this.signing;
  }

  private async sign(): Promise<ProviderToken> {
    const issuedAt = this.now();
    const jwt = await new SignJWT({})
      .setProtectedHeader({ alg: 'ES256', kid: this.options.keyId })
      .setIssuer(this.options.teamId)
      .setIssuedAt(Math.floor(issuedAt / 1000))
      .sign(this.key);
    this.tokensSigned++;
    this.token = { jwt, issuedAt };
    return this.token;
  }

  private connection(): ClientHttp2Session {
    if (this.closed) throw new PushTransportError('NETWORK', 'APNs provider is closed', false);
    const current = this.session;
    if (current && !current.closed && !current.destroyed) return current;
    const s = http2.connect(this.origin);
    const forget = (): void => {
      if (this.session === s) this.session = undefined;
    };
    // Errors also fail the session's streams, which is where sends see them.
    s.on('error', forget);
    s.on('goaway', forget);
    s.on('close', forget);
    s.setTimeout(this.options.idleTimeoutMs ?? 5 * 60_000, () => s.close());
    this.session = s;
    return s;
  }

  private request(headers: OutgoingHttpHeaders, body: Buffer, signal: AbortSignal): Promise<Answer> {
    return new Promise<Answer>((resolve, reject) => {
      if (signal.aborted) {
        reject(new PushTransportError('TIMEOUT', 'cancelled before sending', false));
        return;
      }
      let stream: http2.ClientHttp2Stream;
      try {
        stream = this.connection().request(headers);
      } catch (err) {
        reject(err instanceof PushTransportError ? err : new PushTransportError('NETWORK', 'cannot open an APNs stream', false, { cause: err }));
        return;
      }
      let written = false;
      stream.on('finish', () => {
        written = true;
      });
      let responseHeaders: IncomingHttpHeaders | undefined;
      const chunks: Buffer[] = [];
      let size = 0;
      const onAbort = (): void => {
        stream.close(http2.constants.NGHTTP2_CANCEL);
      };
      signal.addEventListener('abort', onAbort, { once: true });
      stream.on('response', (h) => {
        responseHeaders = h;
      });
      stream.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size <= 64 * 1024) chunks.push(chunk);
      });
      stream.on('end', () => {
        if (responseHeaders === undefined) return;
        resolve({ status: Number(responseHeaders[':status']), headers: responseHeaders, body: Buffer.concat(chunks) });
      });
      stream.on('error', () => {
        // The close handler reports it; errors carry nothing a sender can act on.
      });
      stream.on('close', () => {
        signal.removeEventListener('abort', onAbort);
        // REFUSED_STREAM (also what GOAWAY means for streams past its last id): not processed at all.
        const sent = written && stream.rstCode !== http2.constants.NGHTTP2_REFUSED_STREAM;
        if (signal.aborted) reject(new PushTransportError('TIMEOUT', 'APNs request cancelled', sent));
        else reject(new PushTransportError('NETWORK', `APNs stream closed (code ${stream.rstCode})`, sent));
      });
      stream.end(body);
    });
  }
}

/** The APNs JSON payload: `aps` plus the Chorus keys and the app's data at the top level. */
export function apnsPayload(n: PushNotification, minimalAlert: Readonly<Record<string, string>>): Record<string, unknown> {
  const aps: Record<string, unknown> = {};
  if (n.silent) {
    aps['content-available'] = 1;
  } else if (hasText(n)) {
    const alert: Record<string, string> = {};
    if (n.title !== undefined) alert['title'] = n.title;
    if (n.body !== undefined) alert['body'] = n.body;
    aps['alert'] = alert;
    aps['sound'] = 'default';
  } else {
    aps['alert'] = { ...minimalAlert };
    aps['mutable-content'] = 1;
    aps['sound'] = 'default';
  }
  // A background push may not carry alert, sound or badge.
  if (n.badge !== undefined && !n.silent) aps['badge'] = n.badge;
  if (n.collapseKey !== undefined) aps['thread-id'] = n.collapseKey;
  return { ...n.data, aps, [CHORUS_DATA.conversationId]: n.conversationId, [CHORUS_DATA.seq]: n.seq };
}
