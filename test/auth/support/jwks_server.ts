import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type CryptoKey, type JWK, type JWTPayload, SignJWT, exportJWK, generateKeyPair } from 'jose';

/** A signing key of a test identity provider, with its public JWK (kid and alg set). */
export interface TestKey {
  kid: string;
  alg: string;
  privateKey: CryptoKey;
  jwk: JWK;
}

export async function testKey(alg: 'RS256' | 'RS384' | 'ES256' | 'EdDSA' | 'PS256', kid: string): Promise<TestKey> {
  const { publicKey, privateKey } = await generateKeyPair(alg, { extractable: true });
  return { kid, alg, privateKey, jwk: { ...(await exportJWK(publicKey)), kid, alg, use: 'sig' } };
}

export interface Claims {
  sub?: string;
  iss?: string;
  aud?: string;
  /** Seconds from now (negative: already expired). */
  ttlSec?: number;
  /** The header's kid; the key's own by default, null for none. */
  kid?: string | null;
  /** The header's alg; the key's own by default. */
  alg?: string;
}

/** Signs a JWT with `key`, with the defaults Chorus's test configuration expects (iss/aud "chorus"). */
export function sign(key: TestKey, claims: Claims = {}): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const kid = claims.kid === undefined ? key.kid : claims.kid;
  const payload: JWTPayload = {};
  return new SignJWT(payload)
    .setProtectedHeader({ alg: claims.alg ?? key.alg, ...(kid === null ? {} : { kid }) })
    .setSubject(claims.sub ?? 'alice')
    .setIssuer(claims.iss ?? 'chorus')
    .setAudience(claims.aud ?? 'chorus')
    .setIssuedAt(now)
    .setExpirationTime(now + (claims.ttlSec ?? 3600))
    .sign(key.privateKey);
}

/** A real HTTP server that serves a JWKS the test can change (rotate) and count fetches of. */
export class JwksServer {
  keys: JWK[] = [];
  fetches = 0;
  /** When set, answers this status instead of the set. */
  failWith: number | null = null;
  private constructor(private readonly server: Server) {}

  static async start(keys: TestKey[]): Promise<JwksServer> {
    let self: JwksServer | null = null;
    const server = createServer((req, res) => {
      const s = self!;
      if (req.url !== '/.well-known/jwks.json') {
        res.writeHead(404).end();
        return;
      }
      s.fetches++;
      if (s.failWith !== null) {
        res.writeHead(s.failWith).end();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/jwk-set+json' }).end(JSON.stringify({ keys: s.keys }));
    });
    self = new JwksServer(server);
    self.keys = keys.map((k) => k.jwk);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return self;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/.well-known/jwks.json`;
  }

  stop(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
