import { createECDH, createPrivateKey, type KeyObject } from 'node:crypto';
import { SignJWT } from 'jose';
import { PushConfigError } from './errors.js';

/** The application server's VAPID identity (RFC 8292); keys are base64url without padding. */
export interface VapidKeys {
  /** Uncompressed P-256 point, 65 bytes: the applicationServerKey clients subscribe with. */
  publicKey: string;
  /** The private scalar, 32 bytes. */
  privateKey: string;
  /** A contact for the push service operator: `mailto:` or `https:`. */
  subject: string;
}

/** A fresh VAPID key pair, for configuration tooling and tests. */
export function generateVapidKeys(): { publicKey: string; privateKey: string } {
  const ecdh = createECDH('prime256v1');
  ecdh.generateKeys();
  // getPrivateKey() drops leading zero bytes (1 key in 256 would come out short): pad to 32.
  return { publicKey: ecdh.getPublicKey().toString('base64url'), privateKey: leftPad32(ecdh.getPrivateKey()).toString('base64url') };
}

function leftPad32(b: Buffer): Buffer {
  return b.length >= 32 ? b : Buffer.concat([Buffer.alloc(32 - b.length), b]);
}

export interface VapidSignerOptions {
  now?: () => number;
  /** exp - now of each JWT; RFC 8292 allows at most 24 h. */
  lifetimeSec?: number;
  /** Sign a new JWT once the cached one has less than this left. */
  renewBeforeSec?: number;
}

/**
 * Builds `Authorization: vapid t=<JWT>, k=<public key>` (RFC 8292 §3). The JWT is ES256 with
 * aud = the push service's origin, exp and sub; it is cached per origin until shortly before it expires.
 */
export class VapidSigner {
  readonly publicKey: string;
  private readonly key: KeyObject;
  private readonly cache = new Map<string, { value: string; exp: number }>();
  private readonly now: () => number;
  private readonly lifetimeSec: number;
  private readonly renewBeforeSec: number;

  constructor(
    private readonly keys: VapidKeys,
    options: VapidSignerOptions = {},
  ) {
    if (!/^(mailto:|https:)/.test(keys.subject)) throw new PushConfigError('VAPID subject must be a mailto: or https: URI');
    const pub = Buffer.from(keys.publicKey, 'base64url');
    const raw = Buffer.from(keys.privateKey, 'base64url');
    // Tools that print the scalar without its leading zero bytes give a shorter key: same key.
    const d = raw.length > 0 && raw.length < 32 ? leftPad32(raw) : raw;
    if (pub.length !== 65 || pub[0] !== 0x04 || d.length !== 32) throw new PushConfigError('VAPID keys must be a 65-byte public point and a 32-byte private key');
    const check = createECDH('prime256v1');
    try {
      check.setPrivateKey(d);
    } catch (err) {
      throw new PushConfigError('VAPID private key is not a P-256 scalar', { cause: err });
    }
    if (!check.getPublicKey().equals(pub)) throw new PushConfigError('VAPID public key does not belong to the private key');
    this.key = createPrivateKey({
      format: 'jwk',
      key: { kty: 'EC', crv: 'P-256', d: d.toString('base64url'), x: pub.subarray(1, 33).toString('base64url'), y: pub.subarray(33).toString('base64url') },
    });
    this.publicKey = pub.toString('base64url');
    this.now = options.now ?? Date.now;
    this.lifetimeSec = options.lifetimeSec ?? 12 * 3600;
    this.renewBeforeSec = options.renewBeforeSec ?? 3600;
    if (this.lifetimeSec > 24 * 3600 || this.renewBeforeSec >= this.lifetimeSec) throw new PushConfigError('VAPID lifetime must be at most 24 h and longer than renewBeforeSec');
  }

  async authorization(endpoint: URL): Promise<string> {
    const aud = endpoint.origin;
    const nowSec = Math.floor(this.now() / 1000);
    const cached = this.cache.get(aud);
    if (cached && nowSec < cached.exp - this.renewBeforeSec) return cached.value;
    const exp = nowSec + this.lifetimeSec;
    const jwt = await new SignJWT({ sub: this.keys.subject })
      .setProtectedHeader({ typ: 'JWT', alg: 'ES256' })
      .setAudience(aud)
      .setExpirationTime(exp)
      .sign(this.key);
    const value = `vapid t=${jwt}, k=${this.publicKey}`;
    if (this.cache.size >= 64) this.cache.clear();
    this.cache.set(aud, { value, exp });
    return value;
  }
}
