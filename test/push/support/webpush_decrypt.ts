import { createDecipheriv, createECDH, hkdfSync } from 'node:crypto';

/**
 * The user agent's side of RFC 8291: decrypts an aes128gcm (RFC 8188) body with the subscription's
 * private key and auth secret. Written from the RFCs independently of lib/push/webpush_crypto.ts,
 * which it exists to check. Handles several records; throws on anything malformed.
 */
export function decryptWebPush(body: Buffer, uaPrivate: Buffer, authSecret: Buffer): Buffer {
  if (body.length < 21) throw new Error('body shorter than the aes128gcm header');
  const salt = body.subarray(0, 16);
  const rs = body.readUInt32BE(16);
  const idlen = body[20]!;
  if (rs < 18) throw new Error(`record size ${rs} too small`);
  if (idlen !== 65) throw new Error(`keyid must be the 65-byte sender key, is ${idlen}`);
  const asPublic = body.subarray(21, 21 + idlen);
  const records = body.subarray(21 + idlen);

  const ua = createECDH('prime256v1');
  ua.setPrivateKey(uaPrivate);
  const uaPublic = ua.getPublicKey();
  const ecdhSecret = ua.computeSecret(asPublic);
  const keyInfo = Buffer.concat([Buffer.from('WebPush: info\0'), uaPublic, asPublic]);
  const ikm = Buffer.from(hkdfSync('sha256', ecdhSecret, authSecret, keyInfo, 32));
  const cek = Buffer.from(hkdfSync('sha256', ikm, salt, Buffer.from('Content-Encoding: aes128gcm\0'), 16));
  const baseNonce = Buffer.from(hkdfSync('sha256', ikm, salt, Buffer.from('Content-Encoding: nonce\0'), 12));

  const out: Buffer[] = [];
  let seq = 0;
  for (let offset = 0; offset < records.length; offset += rs, seq++) {
    const record = records.subarray(offset, Math.min(offset + rs, records.length));
    if (record.length <= 16) throw new Error('record without content');
    const nonce = Buffer.from(baseNonce);
    // nonce = NONCE XOR SEQ, SEQ as a 96-bit big-endian integer (it fits in the last 4 bytes here).
    nonce.writeUInt32BE((nonce.readUInt32BE(8) ^ seq) >>> 0, 8);
    const decipher = createDecipheriv('aes-128-gcm', cek, nonce);
    decipher.setAuthTag(record.subarray(record.length - 16));
    const plain = Buffer.concat([decipher.update(record.subarray(0, record.length - 16)), decipher.final()]);
    let end = plain.length - 1;
    while (end >= 0 && plain[end] === 0) end--;
    const last = offset + rs >= records.length;
    const delimiter = plain[end];
    if (delimiter !== (last ? 0x02 : 0x01)) throw new Error(`bad padding delimiter ${delimiter} in record ${seq}`);
    out.push(plain.subarray(0, end));
  }
  return Buffer.concat(out);
}
