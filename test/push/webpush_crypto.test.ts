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

describe('Web Push encryption (RFC 8291 aes128gcm, by the web-push package)', () => {
  it('the test decryptor opens the RFC example with the user agent key', () => {
    const plain = decryptWebPush(b(RFC8291.body), b(RFC8291.uaPrivate), b(RFC8291.authSecret));
    assert.equal(plain.toString(), RFC8291.plaintext);
  });

  it('what web-push encrypts, the independent decryptor opens: random payloads, fresh keys and salts, up to the maximum size', () => {
    const ua = createECDH('prime256v1');
    ua.generateKeys();
    const auth = randomBytes(16);
    for (const size of [0, 1, 100, WEBPUSH_MAX_PLAINTEXT - 10]) {
      const plain = randomBytes(size);
      const body = encryptWebPush(plain, ua.getPublicKey(), auth);
      assert.ok(decryptWebPush(body, ua.getPrivateKey(), auth).equals(plain));
      assert.equal(body.readUInt32BE(16), 4096, 'one record of rs 4096');
      assert.equal(body.length, 86 + size + 1 + 16, 'header, the payload and its delimiter, the tag');
      const again = encryptWebPush(plain, ua.getPublicKey(), auth);
      assert.notDeepEqual(again.subarray(0, 16), body.subarray(0, 16), 'a fresh salt per message');
    }
    assert.throws(() => encryptWebPush(randomBytes(WEBPUSH_MAX_PLAINTEXT + 1), ua.getPublicKey(), auth), RangeError);
  });

  it('refuses keys it cannot use: a point off the curve, short keys', () => {
    const auth = randomBytes(16);
    const off = Buffer.alloc(65, 7);
    off[0] = 4;
    assert.throws(() => encryptWebPush(Buffer.from('x'), off, auth));
    assert.throws(() => encryptWebPush(Buffer.from('x'), randomBytes(33), auth));
    const ua = createECDH('prime256v1');
    ua.generateKeys();
    assert.throws(() => encryptWebPush(Buffer.from('x'), ua.getPublicKey(), randomBytes(8)), RangeError);
  });

  it('keys whose scalar starts with zero bytes (1 in 256) encrypt and decrypt like any other', () => {
    const auth = randomBytes(16);
    let found = 0;
    for (let i = 0; found < 3 && i < 5000; i++) {
      const ua = createECDH('prime256v1');
      ua.generateKeys();
      if (ua.getPrivateKey().length === 32) continue;
      found++;
      const body = encryptWebPush(Buffer.from('hello'), ua.getPublicKey(), auth);
      assert.equal(decryptWebPush(body, Buffer.concat([Buffer.alloc(32 - ua.getPrivateKey().length), ua.getPrivateKey()]), auth).toString(), 'hello');
    }
    assert.equal(found, 3);
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
