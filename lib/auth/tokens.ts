import { SignJWT, errors as joseErrors, jwtVerify } from 'jose';
import { ChorusError, ErrorCode, isValidId } from '../protocol/mod.js';

/** A verified identity. */
export interface Principal {
  userId: string;
  /** Token expiry, ms since epoch. */
  expiresAt: number;
}

export interface TokenVerifier {
  /** Throws ChorusError(UNAUTHENTICATED | TOKEN_EXPIRED) for anything but a valid token. */
  verify(token: string): Promise<Principal>;
}

export interface JwtSettings {
  /** HS256 shared secret (at least 32 bytes). */
  secret: Uint8Array;
  issuer: string;
  audience: string;
  /** Allowed clock difference, seconds. */
  clockToleranceSec: number;
}

const MAX_TOKEN_LENGTH = 4096;

/** Verifies HS256 JWTs: signature, issuer, audience, expiry; `sub` is the user id. */
export class JwtVerifier implements TokenVerifier {
  constructor(private readonly settings: JwtSettings) {
    if (settings.secret.length < 32) throw new Error('JWT secret must be at least 32 bytes');
  }

  async verify(token: string): Promise<Principal> {
    if (typeof token !== 'string' || token.length === 0 || token.length > MAX_TOKEN_LENGTH) {
      throw new ChorusError(ErrorCode.UNAUTHENTICATED, 'missing or malformed token');
    }
    try {
      const { payload } = await jwtVerify(token, this.settings.secret, {
        algorithms: ['HS256'],
        issuer: this.settings.issuer,
        audience: this.settings.audience,
        clockTolerance: this.settings.clockToleranceSec,
        requiredClaims: ['sub', 'exp'],
      });
      const sub = payload.sub;
      if (typeof sub !== 'string' || !isValidId(sub)) throw new ChorusError(ErrorCode.UNAUTHENTICATED, 'token subject is not a valid user id');
      return { userId: sub, expiresAt: (payload.exp ?? 0) * 1000 };
    } catch (err) {
      if (err instanceof ChorusError) throw err;
      if (err instanceof joseErrors.JWTExpired) throw new ChorusError(ErrorCode.TOKEN_EXPIRED, 'token expired', { cause: err });
      throw new ChorusError(ErrorCode.UNAUTHENTICATED, 'invalid token', { cause: err });
    }
  }
}

/** Issues tokens signed with the same settings; only wired up in dev mode. */
export class DevTokenIssuer {
  constructor(
    private readonly settings: JwtSettings,
    private readonly ttlSec: number,
  ) {}

  issue(userId: string, now = Date.now()): Promise<string> {
    if (!isValidId(userId)) throw new ChorusError(ErrorCode.INVALID_ARGUMENT, 'user must match [A-Za-z0-9_-]{1,64}');
    const iat = Math.floor(now / 1000);
    return new SignJWT({})
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(userId)
      .setIssuer(this.settings.issuer)
      .setAudience(this.settings.audience)
      .setIssuedAt(iat)
      .setExpirationTime(iat + this.ttlSec)
      .sign(this.settings.secret);
  }
}
