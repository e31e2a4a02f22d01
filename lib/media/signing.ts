import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * HMAC-SHA256 signatures over a URL's operation and parameters, for the embedded store's own
 * URLs. The signature covers every parameter (sorted), so none can be changed or added; the
 * expiry is one of them.
 */
export class UrlSigner {
  constructor(private readonly secret: Uint8Array) {
    if (secret.byteLength < 16) throw new RangeError('the media URL secret must be at least 16 bytes');
  }

  /** `params` plus `s`, the signature of (op, params). */
  sign(op: string, params: Record<string, string>): URLSearchParams {
    const q = new URLSearchParams(params);
    q.sort();
    q.set('s', this.mac(op, q));
    return q;
  }

  /** Whether `query` carries a valid signature for `op` (expiry not checked here). */
  verify(op: string, query: URLSearchParams): boolean {
    const given = query.get('s');
    if (given === null || query.getAll('s').length !== 1) return false;
    const rest = new URLSearchParams(query);
    rest.delete('s');
    rest.sort();
    const want = Buffer.from(this.mac(op, rest));
    const got = Buffer.from(given);
    return got.length === want.length && timingSafeEqual(got, want);
  }

  private mac(op: string, sorted: URLSearchParams): string {
    return createHmac('sha256', this.secret).update(`${op}\n${sorted.toString()}`).digest('base64url');
  }
}
