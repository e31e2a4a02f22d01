import { createPrivateKey, type KeyObject } from 'node:crypto';
import { SignJWT } from 'jose';
import { AccessTokenError, PushConfigError, PushTransportError } from './errors.js';
import { HttpTransport, header, jsonBody } from './http.js';

export const FCM_SCOPE = 'https://www.googleapis.com/auth/firebase.messaging';
const JWT_BEARER = 'urn:ietf:params:oauth:grant-type:jwt-bearer';

/** The fields of a Google service-account key file that FCM needs. */
export interface ServiceAccount {
  projectId: string;
  clientEmail: string;
  /** PKCS#8 PEM. */
  privateKey: string;
  privateKeyId?: string;
  tokenUri: string;
}

/** Reads a service-account key file (JSON text or the parsed object); PushConfigError when it is not one. */
export function parseServiceAccount(json: string | object): ServiceAccount {
  let raw: unknown;
  try {
    raw = typeof json === 'string' ? JSON.parse(json) : json;
  } catch (err) {
    throw new PushConfigError('service account key is not JSON', { cause: err });
  }
  const o = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const str = (k: string): string => {
    const v = o[k];
    if (typeof v !== 'string' || v === '') throw new PushConfigError(`service account key has no ${k}`);
    return v;
  };
  if (o['type'] !== undefined && o['type'] !== 'service_account') throw new PushConfigError('key file is not a service_account key');
  const account: ServiceAccount = {
    projectId: str('project_id'),
    clientEmail: str('client_email'),
    privateKey: str('private_key'),
    tokenUri: str('token_uri'),
  };
  if (typeof o['private_key_id'] === 'string') account.privateKeyId = o['private_key_id'];
  return account;
}

/** Where FCM gets its bearer tokens. */
export interface AccessTokenSource {
  /**
   * A valid access token, from the cache when it has more than the refresh margin left.
   * Rejects with AccessTokenError or PushTransportError.
   */
  token(signal: AbortSignal): Promise<string>;
  /** Forgets a token the API refused (401), so that the next call fetches a new one. */
  invalidate(token: string): void;
}

export interface ServiceAccountTokenSourceOptions {
  account: ServiceAccount;
  /** Defaults to the key's token_uri. */
  tokenUrl?: string;
  scope?: string;
  http?: HttpTransport;
  now?: () => number;
  /** Fetch a new token this long before the cached one expires. */
  refreshMarginMs?: number;
  /** Lifetime of the signed assertion; Google accepts at most one hour. */
  assertionLifetimeSec?: number;
  /** Deadline of one exchange, shared by every caller waiting for it. */
  exchangeTimeoutMs?: number;
}

interface Cached {
  token: string;
  expiresAt: number;
}

/**
 * OAuth 2.0 for service accounts (RFC 7523 JWT bearer grant): signs an RS256 assertion
 * (iss = client_email, scope, aud = token URL, iat, exp) with the key file's private key and
 * exchanges it at the token endpoint. The token is cached until `refreshMarginMs` before it
 * expires, and concurrent callers share one exchange.
 */
export class ServiceAccountTokenSource implements AccessTokenSource {
  private readonly key: KeyObject;
  private readonly tokenUrl: URL;
  private readonly http: HttpTransport;
  private readonly ownsHttp: boolean;
  private readonly now: () => number;
  private cached: Cached | undefined;
  private inflight: Promise<Cached> | undefined;
  /** Exchanges made, for tests and metrics. */
  exchanges = 0;

  constructor(private readonly options: ServiceAccountTokenSourceOptions) {
    try {
      this.key = createPrivateKey(options.account.privateKey);
    } catch (err) {
      throw new PushConfigError('service account private_key is not a PEM private key', { cause: err });
    }
    if (this.key.asymmetricKeyType !== 'rsa') throw new PushConfigError('service account private_key must be RSA');
    this.tokenUrl = new URL(options.tokenUrl ?? options.account.tokenUri);
    this.ownsHttp = options.http === undefined;
    this.http = options.http ?? new HttpTransport();
    this.now = options.now ?? Date.now;
  }

  token(signal: AbortSignal): Promise<string> {
    const margin = this.options.refreshMarginMs ?? 5 * 60_000;
    if (this.cached && this.now() < this.cached.expiresAt - margin) return Promise.resolve(this.cached.token);
    this.inflight ??= this.exchange().finally(() => {
      this.inflight = undefined;
    });
    return raceSignal(this.inflight, signal).then((c) => c.token);
  }

  invalidate(token: string): void {
    if (this.cached?.token === token) this.cached = undefined;
  }

  close(): void {
    if (this.ownsHttp) this.http.close();
  }

  private async exchange(): Promise<Cached> {
    this.exchanges++;
    const { account } = this.options;
    const iat = Math.floor(this.now() / 1000);
    const assertion = await new SignJWT({ scope: this.options.scope ?? FCM_SCOPE })
      .setProtectedHeader(account.privateKeyId ? { alg: 'RS256', typ: 'JWT', kid: account.privateKeyId } : { alg: 'RS256', typ: 'JWT' })
      .setIssuer(account.clientEmail)
      .setAudience(this.tokenUrl.href)
      .setIssuedAt(iat)
      .setExpirationTime(iat + (this.options.assertionLifetimeSec ?? 3600))
      .sign(this.key);
    const answer = await this.http.post({
      url: this.tokenUrl,
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: new URLSearchParams({ grant_type: JWT_BEARER, assertion }).toString(),
      signal: AbortSignal.timeout(this.options.exchangeTimeoutMs ?? 10_000),
    });
    const body = jsonBody(answer.body) as { access_token?: unknown; expires_in?: unknown; token_type?: unknown; error?: unknown } | undefined;
    if (answer.status !== 200) {
      const why = typeof body?.error === 'string' ? body.error : `http ${answer.status}`;
      const code = answer.status >= 400 && answer.status < 500 && answer.status !== 429 ? 'ACCESS_TOKEN_REFUSED' : 'ACCESS_TOKEN_UNAVAILABLE';
      throw new AccessTokenError(code, `token endpoint answered ${why} (retry-after ${header(answer.headers, 'retry-after') ?? '-'})`);
    }
    if (typeof body?.access_token !== 'string' || typeof body.expires_in !== 'number' || String(body.token_type).toLowerCase() !== 'bearer') {
      throw new AccessTokenError('ACCESS_TOKEN_UNAVAILABLE', 'token endpoint answer has no bearer access_token/expires_in');
    }
    const cached = { token: body.access_token, expiresAt: this.now() + body.expires_in * 1000 };
    this.cached = cached;
    return cached;
  }
}

/** Settles with `promise`, or rejects with a TIMEOUT transport error when `signal` fires first. */
export function raceSignal<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(new PushTransportError('TIMEOUT', 'cancelled', false, { cause: signal.reason }));
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(new PushTransportError('TIMEOUT', 'cancelled', false, { cause: signal.reason }));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (v) => {
        signal.removeEventListener('abort', onAbort);
        resolve(v);
      },
      (err: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(err);
      },
    );
  });
}
