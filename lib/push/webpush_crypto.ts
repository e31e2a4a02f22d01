import { createCipheriv, createECDH, hkdfSync, randomBytes } from 'node:crypto';

/** RFC 8188 record size we write: one record holds the whole message. */
export const WEBPUSH_RECORD_SIZE = 4096;
/** salt(16) ‖ rs(4) ‖ idlen(1) ‖ keyid(65). */
export const WEBPUSH_HEADER_BYTES = 86;
/**
 * The largest plaintext a push service must accept (RFC 8291 §4: 4096 octets of body, minus the
 * header, the 16-octet tag and the padding delimiter).
 */
export const WEBPUSH_MAX_PLAINTEXT = 4096 - WEBPUSH_HEADER_BYTES - 16 - 1;

export interface EncryptOptions {
  /** The application server's ephemeral private key (32 bytes). Only test vectors fix it. */
  asPrivateKey?: Buffer;
  /** 16 random bytes unless given (test vectors). */
  salt?: Buffer;
  /** Zero bytes appended after the delimiter, to hide the length. */
  padding?: number;
}

/**
 * Encrypts a push message for one subscription (RFC 8291, "aes128gcm" content coding of
 * RFC 8188, one record). Returns the request body: the coding header with the ephemeral public key
 * as key id, then the ciphertext and tag.
 */
export function encryptWebPush(plaintext: Buffer, uaPublic: Buffer, authSecret: Buffer, options: EncryptOptions = {}): Buffer {
  const padding = options.padding ?? 0;
  if (plaintext.length + padding > WEBPUSH_MAX_PLAINTEXT) {
    throw new RangeError(`push payload of ${plaintext.length} bytes exceeds ${WEBPUSH_MAX_PLAINTEXT}`);
  }
  if (uaPublic.length !== 65 || uaPublic[0] !== 0x04) throw new RangeError('p256dh must be an uncompressed P-256 point');
  if (authSecret.length !== 16) throw new RangeError('auth secret must be 16 bytes');

  const ecdh = createECDH('prime256v1');
  if (options.asPrivateKey) ecdh.setPrivateKey(options.asPrivateKey);
  else ecdh.generateKeys();
  const asPublic = ecdh.getPublicKey();
  const ecdhSecret = ecdh.computeSecret(uaPublic);

  // RFC 8291 §3.4: IKM = HKDF(salt = auth_secret, ikm = ecdh_secret, info = "WebPush: info" 0x00 ua_public as_public, 32)
  const keyInfo = Buffer.concat([Buffer.from('WebPush: info\0'), uaPublic, asPublic]);
  const ikm = Buffer.from(hkdfSync('sha256', ecdhSecret, authSecret, keyInfo, 32));
  // RFC 8188 §2.2 / §2.3: content-encryption key and nonce from the message salt.
  const salt = options.salt ?? randomBytes(16);
  const cek = Buffer.from(hkdfSync('sha256', ikm, salt, Buffer.from('Content-Encoding: aes128gcm\0'), 16));
  const nonce = Buffer.from(hkdfSync('sha256', ikm, salt, Buffer.from('Content-Encoding: nonce\0'), 12));

  // The last (and only) record ends with the delimiter 0x02, then optional zero padding.
  const record = Buffer.concat([plaintext, Buffer.from([0x02]), Buffer.alloc(padding)]);
  const cipher = createCipheriv('aes-128-gcm', cek, nonce);
  const sealed = Buffer.concat([cipher.update(record), cipher.final(), cipher.getAuthTag()]);

  const header = Buffer.alloc(WEBPUSH_HEADER_BYTES);
  salt.copy(header, 0);
  header.writeUInt32BE(WEBPUSH_RECORD_SIZE, 16);
  header.writeUInt8(asPublic.length, 20);
  asPublic.copy(header, 21);
  return Buffer.concat([header, sealed]);
}
