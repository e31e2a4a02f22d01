import assert from 'node:assert/strict';
import { createECDH, randomBytes } from 'node:crypto';
import { describe, it } from 'node:test';
import { WEBPUSH_MAX_PLAINTEXT, encryptWebPush } from '../../lib/push/mod.js';
import { decryptWebPush } from './support/webpush_decrypt.js';

/** RFC 8291 §5 "Push Message Encryption Example" (public test keys). */
const RFC8291 = {
  plaintext: 'When I grow up, I want to be a watermelon',
  uaPrivate: 'q1dXpw3UpT5VOmu_cf_v6ih07Aems3njxI-JWgLcM94',
  uaPublic: 'BCVxsr7N_eNgVRqvHtD0zTZsEc6-VV-JvLexhqUzORcxaOzi6-AYWXvTBHm4bjyPjs7Vd8pZGH6SRpkNtoIAiw4',
  authSecret: 'BTBZMqHH6r4Tts7J_aSIgg',
  asPrivate: 'yfWPiYE-n46HLnH0KqZOF1fJJU3MYrct3AELtAQ-oRw',
  salt: 'DGv6ra1nlYgDCS1FRnbzlw',
  body:
    'DGv6ra1nlYgDCS1FRnbzlwAAEABBBP4z9KsN6nGRTbVYI_c7VJSPQTBtkgcy27ml' +
    'mlMoZIIgDll6e3vCYLocInmYWAmS6TlzAC8wEqKK6PBru3jl7A_yl95bQpu6cVPT' +
    'pK4Mqgkf1CXztLVBSt2Ks3oZwbuwXPXLWyouBWLVWGNWQexSgSxsj_Qulcy4a-fN',
};
const b = (s: string): Buffer => Buffer.from(s, 'base64url');

describe('Web Push encryption (RFC 8291 aes128gcm)', () => {
  it('reproduces the RFC 8291 example byte for byte', () => {
    const body = encryptWebPush(Buffer.from(RFC8291.plaintext), b(RFC8291.uaPublic), b(RFC8291.authSecret), {
      asPrivateKey: b(RFC8291.asPrivate),
      salt: b(RFC8291.salt),
    });
    assert.equal(body.toString('base64url'), RFC8291.body);
  });

  it('the test decryptor opens the RFC example with the user agent key', () => {
    const plain = decryptWebPush(b(RFC8291.body), b(RFC8291.uaPrivate), b(RFC8291.authSecret));
    assert.equal(plain.toString(), RFC8291.plaintext);
  });

  it('round-trips random payloads with fresh keys and salts, with padding, up to the maximum size', () => {
    const ua = createECDH('prime256v1');
    ua.generateKeys();
    const auth = randomBytes(16);
    for (const size of [0, 1, 100, WEBPUSH_MAX_PLAINTEXT - 10]) {
      const plain = randomBytes(size);
      const body = encryptWebPush(plain, ua.getPublicKey(), auth, { padding: 10 });
      assert.ok(decryptWebPush(body, ua.getPrivateKey(), auth).equals(plain));
      const again = encryptWebPush(plain, ua.getPublicKey(), auth);
      assert.notDeepEqual(again.subarray(0, 16), body.subarray(0, 16), 'a fresh salt per message');
    }
    assert.throws(() => encryptWebPush(randomBytes(WEBPUSH_MAX_PLAINTEXT + 1), ua.getPublicKey(), auth), RangeError);
  });

  it('a wrong auth secret or tampered body does not decrypt', () => {
    const ua = createECDH('prime256v1');
    ua.generateKeys();
    const auth = randomBytes(16);
    const body = encryptWebPush(Buffer.from('hello'), ua.getPublicKey(), auth);
    assert.throws(() => decryptWebPush(body, ua.getPrivateKey(), randomBytes(16)));
    const tampered = Buffer.from(body);
    tampered[tampered.length - 1]! ^= 1;
    assert.throws(() => decryptWebPush(tampered, ua.getPrivateKey(), auth));
  });
});
