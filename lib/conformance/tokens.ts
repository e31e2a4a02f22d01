import { SignJWT } from 'jose';

/** Claims a test token may carry; times in seconds since the epoch, as in a JWT. */
export interface Claims {
  sub: string;
  iss?: string;
  aud?: string;
  exp?: number;
  nbf?: number;
}

/** Where the kit gets tokens. */
export interface TokenSource {
  token(user: string): Promise<string>;
  /** Signs arbitrary claims (expired, not yet valid, wrong audience…); null without the secret. */
  readonly forge: ((claims: Claims) => Promise<string>) | null;
}

/** Mints HS256 tokens with the server's shared secret (raw UTF-8 bytes, as the server uses it). */
export class SecretTokens implements TokenSource {
  private readonly key: Uint8Array;
  readonly forge: (claims: Claims) => Promise<string>;

  constructor(
    secret: string,
    private readonly issuer = 'chorus',
    private readonly audience = 'chorus',
    private readonly ttlSec = 3600,
  ) {
    this.key = new TextEncoder().encode(secret);
    this.forge = (claims) => this.sign(claims);
  }

  token(user: string): Promise<string> {
    return this.sign({ sub: user, exp: Math.floor(Date.now() / 1000) + this.ttlSec });
  }

  private sign(c: Claims): Promise<string> {
    const now = Math.floor(Date.now() / 1000);
    const jwt = new SignJWT(c.nbf !== undefined ? { nbf: c.nbf } : {})
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(c.sub)
      .setIssuer(c.iss ?? this.issuer)
      .setAudience(c.aud ?? this.audience)
      .setIssuedAt(now)
      .setExpirationTime(c.exp ?? now + this.ttlSec);
    return jwt.sign(this.key);
  }
}

/** Asks a --dev server's POST /dev/token. Cannot forge: checks that need odd tokens are skipped. */
export class DevEndpointTokens implements TokenSource {
  readonly forge = null;

  constructor(private readonly url: string) {}

  async token(user: string): Promise<string> {
    const res = await fetch(this.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ user }) });
    if (!res.ok) throw new Error(`POST ${this.url} answered ${res.status}`);
    const body = (await res.json()) as { token?: unknown };
    if (typeof body.token !== 'string') throw new Error(`POST ${this.url} gave no token`);
    return body.token;
  }
}

/** http(s)://host:port/dev/token for a ws(s)://host:port/... URL. */
export function devTokenUrlFor(wsUrl: string): string {
  const u = new URL(wsUrl);
  u.protocol = u.protocol === 'wss:' ? 'https:' : 'http:';
  u.pathname = '/dev/token';
  u.search = '';
  return u.toString();
}
