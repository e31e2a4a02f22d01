import { systemClock } from '../time/mod.js';
import { type FlattenedJWSInput, type JWSHeaderParameters, type JWTVerifyResult, SignJWT, errors as joseErrors, jwtVerify } from 'jose';
import { ChorusError, ErrorCode, isValidId } from '../protocol/mod.js';
import { ASYMMETRIC_ALGORITHMS, type JwtAlgorithm, KeysUnavailableError, type PublicKeySet, type VerificationKey, isSymmetric } from './keys.js';

/** A verified identity. */
export interface Principal {
  userId: string;
  /** Token expiry, ms since epoch. */
  expiresAt: number;
}

export interface TokenVerifier {
  /**
   * Throws ChorusError(UNAUTHENTICATED | TOKEN_EXPIRED) for anything but a valid token, and
   * ChorusError(UNAVAILABLE) when the keys to check it cannot be loaded right now.
   */
  verify(token: string): Promise<Principal>;
}

export interface JwtSettings {
  /** HS256/384/512 shared secret (at least 32 bytes); null when only public keys are trusted. */
  secret: Uint8Array | null;
  issuer: string;
  audience: string;
  /** Allowed clock difference, seconds. */
  clockToleranceSec: number;
  /** Accepted `alg` values. Default: HS256 with a secret, plus RS256, ES256 and EdDSA with public keys. */
  algorithms?: readonly JwtAlgorithm[];
  /** Public keys (JWKS URL or file) for the asymmetric algorithms. */
  keys?: PublicKeySet | null;
}

const MAX_TOKEN_LENGTH = 8192;

/** The default allow-list for the keys configured. */
export function defaultAlgorithms(hasSecret: boolean, hasKeys: boolean): JwtAlgorithm[] {
  return [...(hasSecret ? (['HS256'] as const) : []), ...(hasKeys ? (['RS256', 'ES256', 'EdDSA'] as const) : [])];
}

/**
 * Verifies JWTs: signature, issuer, audience, expiry (with clock skew), algorithm allow-list; `sub`
 * is the user id. HS* tokens are checked against the secret and every other algorithm against the
 * public key set, never the other way round (no algorithm confusion); `alg: none` is never accepted.
 */
export class JwtVerifier implements TokenVerifier {
  private readonly algorithms: JwtAlgorithm[];

  constructor(private readonly settings: JwtSettings) {
    const secret = settings.secret;
    const keys = settings.keys ?? null;
    if (secret !== null && secret.length < 32) throw new Error('JWT secret must be at least 32 bytes');
    if (secret === null && keys === null) throw new Error('JWT verification needs a secret or public keys');
    this.algorithms = [...(settings.algorithms ?? defaultAlgorithms(secret !== null, keys !== null))];
    for (const alg of this.algorithms) {
      if (isSymmetric(alg) && secret === null) throw new Error(`JWT algorithm ${alg} needs a secret`);
      if ((ASYMMETRIC_ALGORITHMS as readonly string[]).includes(alg) && keys === null) throw new Error(`JWT algorithm ${alg} needs public keys (a JWKS)`);
    }
  }

  async verify(token: string): Promise<Principal> {
    if (typeof token !== 'string' || token.length === 0 || token.length > MAX_TOKEN_LENGTH) {
      throw new ChorusError(ErrorCode.UNAUTHENTICATED, 'missing or malformed token');
    }
    try {
      const { payload } = await this.check(token);
      const sub = payload.sub;
      if (typeof sub !== 'string' || !isValidId(sub)) throw new ChorusError(ErrorCode.UNAUTHENTICATED, 'token subject is not a valid user id');
      return { userId: sub, expiresAt: (payload.exp ?? 0) * 1000 };
    } catch (err) {
      if (err instanceof ChorusError) throw err;
      if (err instanceof joseErrors.JWTExpired) throw new ChorusError(ErrorCode.TOKEN_EXPIRED, 'token expired', { cause: err });
      if (err instanceof KeysUnavailableError) throw new ChorusError(ErrorCode.UNAVAILABLE, 'the keys to check tokens are unavailable, retry', { cause: err, retryAfterMs: 1000 });
      throw new ChorusError(ErrorCode.UNAUTHENTICATED, 'invalid token', { cause: err });
    }
  }

  private async check(token: string): Promise<JWTVerifyResult> {
    const options = {
      algorithms: this.algorithms,
      issuer: this.settings.issuer,
      audience: this.settings.audience,
      clockTolerance: this.settings.clockToleranceSec,
      requiredClaims: ['sub', 'exp'],
    };
    try {
      return await jwtVerify(token, (header: JWSHeaderParameters, input: FlattenedJWSInput) => this.keyFor(header, input), options);
    } catch (err) {
      if (!(err instanceof joseErrors.JWKSMultipleMatchingKeys)) throw err;
      // Several keys fit (no kid, or a shared one): the token is valid if any of them verifies it.
      for await (const key of err as AsyncIterable<VerificationKey>) {
        try {
          return await jwtVerify(token, key, options);
        } catch (inner) {
          if (!(inner instanceof joseErrors.JWSSignatureVerificationFailed)) throw inner;
        }
      }
      throw new joseErrors.JWSSignatureVerificationFailed();
    }
  }

  private keyFor(header: JWSHeaderParameters, input: FlattenedJWSInput): Promise<VerificationKey | Uint8Array> | Uint8Array {
    // jose has already checked header.alg against the allow-list.
    if (isSymmetric(header.alg ?? '')) return this.settings.secret!;
    return this.settings.keys!.key(header, input);
  }
}

/** Issues HS256 tokens signed with the shared secret; only wired up in dev mode. */
export class DevTokenIssuer {
  private readonly secret: Uint8Array;

  constructor(
    private readonly settings: JwtSettings,
    private readonly ttlSec: number,
  ) {
    if (settings.secret === null) throw new Error('dev tokens need a JWT secret');
    this.secret = settings.secret;
  }

  /** Rejects (never throws) on a bad user name: callers handle one failure path. */
  async issue(userId: string, now = systemClock.now()): Promise<string> {
    if (!isValidId(userId)) throw new ChorusError(ErrorCode.INVALID_ARGUMENT, 'user must match [A-Za-z0-9_-]{1,64}');
    const iat = Math.floor(now / 1000);
    return new SignJWT({})
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(userId)
      .setIssuer(this.settings.issuer)
      .setAudience(this.settings.audience)
      .setIssuedAt(iat)
      .setExpirationTime(iat + this.ttlSec)
      .sign(this.secret);
  }
}
