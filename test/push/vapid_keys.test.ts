import assert from 'node:assert/strict';
import { createECDH } from 'node:crypto';
import { describe, it } from 'node:test';
import { VapidSigner, generateVapidKeys } from '../../lib/push/vapid.js';

describe('VAPID keys', () => {
  it('are always a 65-byte point and a 32-byte scalar, even when the scalar starts with zero bytes', () => {
    for (let i = 0; i < 2000; i++) {
      const k = generateVapidKeys();
      assert.equal(Buffer.from(k.publicKey, 'base64url').length, 65);
      assert.equal(Buffer.from(k.privateKey, 'base64url').length, 32);
    }
  });

  it('accepts a private key printed without its leading zero bytes, as the same key', async () => {
    // Find a key whose scalar has a leading zero byte (about 1 in 256).
    let ecdh = createECDH('prime256v1');
    do {
      ecdh = createECDH('prime256v1');
      ecdh.generateKeys();
    } while (ecdh.getPrivateKey().length === 32);
    const short = ecdh.getPrivateKey().toString('base64url');
    const signer = new VapidSigner({ publicKey: ecdh.getPublicKey().toString('base64url'), privateKey: short, subject: 'mailto:ops@chorus.example' });
    assert.match(await signer.authorization(new URL('https://push.example.org/abc')), /^vapid t=[\w-]+\.[\w-]+\.[\w-]+, k=/);
  });
});
