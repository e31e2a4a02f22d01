import webpush from 'web-push';

/** RFC 8188 record size the `web-push` package writes: one record holds the whole message. */
export const WEBPUSH_RECORD_SIZE = 4096;
/** salt(16) ‖ rs(4) ‖ idlen(1) ‖ keyid(65). */
export const WEBPUSH_HEADER_BYTES = 86;
/**
 * The largest plaintext a push service must accept (RFC 8291 §4: 4096 octets of body, minus the
 * header, the 16-octet tag and the padding delimiter).
 */
export const WEBPUSH_MAX_PLAINTEXT = 4096 - WEBPUSH_HEADER_BYTES - 16 - 1;

/**
 * Encrypts a push message for one subscription (RFC 8291, "aes128gcm" content coding of RFC 8188)
 * with the `web-push` package, the ecosystem's maintained implementation. Returns the request
 * body: the coding header with the ephemeral public key as key id, then the ciphertext and tag.
 * Throws RangeError for a payload over WEBPUSH_MAX_PLAINTEXT, and the package's Error for keys it
 * cannot use (wrong lengths, a point not on the curve).
 */
export function encryptWebPush(plaintext: Buffer, uaPublic: Buffer, authSecret: Buffer): Buffer {
  if (plaintext.length > WEBPUSH_MAX_PLAINTEXT) throw new RangeError(`push payload of ${plaintext.length} bytes exceeds ${WEBPUSH_MAX_PLAINTEXT}`);
  if (authSecret.length !== 16) throw new RangeError('auth secret must be 16 bytes');
  return webpush.encrypt(uaPublic.toString('base64url'), authSecret.toString('base64url'), plaintext, 'aes128gcm').cipherText;
}
