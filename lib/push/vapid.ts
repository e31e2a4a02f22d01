import { createECDH } from 'node:crypto';
import webpush from 'web-push';
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

/** A fresh VAPID key pair (the `web-push` package's, which pads short scalars to 32 bytes). */
export function generateVapidKeys(): { publicKey: string; privateKey: string } {
  return webpush.generateVAPIDKeys();
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
 * Builds `Authorization: vapid t=<JWT>, k=<public key>` (RFC 8292 §3) with the `web-push`
 * package: an ES256 JWT with aud = the push service's origin, exp and sub, cached per origin until
 * shortly before it expires. The keys are checked here first, so that a bad configuration fails
 * at start with PushConfigError rather than at the first push.
 */
export class VapidSigner {
  readonly publicKey: string;
  private readonly privateKey: string;
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
    this.publicKey = pub.toString('base64url');
    this.privateKey = d.toString('base64url');
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
    const value = webpush.getVapidHeaders(aud, this.keys.subject, this.publicKey, this.privateKey, 'aes128gcm', exp).Authorization;
    if (this.cache.size >= 64) this.cache.clear();
    this.cache.set(aud, { value, exp });
    return value;
  }
}
