import assert from 'node:assert/strict';
import { type JsonWebKey, createPublicKey } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { SignJWT, UnsecuredJWT, exportPKCS8 } from 'jose';
import { FilePublicKeySet, KeySetError, RemotePublicKeySet, parseKeyFile } from '../../lib/auth/keys.js';
import { JwtVerifier } from '../../lib/auth/tokens.js';
import { ChorusError, ErrorCode } from '../../lib/protocol/mod.js';
import { JwksServer, type TestKey, sign, testKey } from './support/jwks_server.js';

const SECRET = new TextEncoder().encode('verifier-test-secret-verifier-test-secret');
const BASE = { issuer: 'chorus', audience: 'chorus', clockToleranceSec: 30 };

/** The PEM (SPKI) form of a test key's public half. */
function pem(k: TestKey): string {
  return createPublicKey({ key: k.jwk as JsonWebKey, format: 'jwk' }).export({ type: 'spki', format: 'pem' }).toString();
}

/** The error code a verification fails with (or "ok"). */
async function outcome(v: JwtVerifier, token: string): Promise<string> {
  try {
    await v.verify(token);
    return 'ok';
  } catch (err) {
    assert.ok(err instanceof ChorusError, String(err));
    return ErrorCode[err.code]!;
  }
}

describe('JWT verification against a JWKS served over HTTP', () => {
  let rs: TestKey;
  let es: TestKey;
  let ed: TestKey;
  let next: TestKey;
  let server: JwksServer;
  let verifier: JwtVerifier;

  before(async () => {
    [rs, es, ed, next] = await Promise.all([testKey('RS256', 'rs-1'), testKey('ES256', 'es-1'), testKey('EdDSA', 'ed-1'), testKey('RS256', 'rs-2')]);
    server = await JwksServer.start([rs, es, ed]);
    const keys = new RemotePublicKeySet(server.url, { cooldownMs: 0, maxAgeMs: 600_000, allowInsecure: true });
    verifier = new JwtVerifier({ ...BASE, secret: SECRET, keys });
  });
  after(() => server.stop());

  it('accepts RS256, ES256 and EdDSA tokens signed by keys in the set', async () => {
    for (const key of [rs, es, ed]) {
      const p = await verifier.verify(await sign(key, { sub: `user-${key.alg}`, ttlSec: 600 }));
      assert.equal(p.userId, `user-${key.alg}`);
      assert.ok(Math.abs(p.expiresAt - (Date.now() + 600_000)) < 2000);
    }
  });

  it('picks up a rotated key (a new kid in the set) without a restart', async () => {
    const token = await sign(next, { sub: 'rotated' });
    const fetched = server.fetches;
    server.keys = [rs, es, ed, next].map((k) => k.jwk);
    assert.equal((await verifier.verify(token)).userId, 'rotated');
    assert.equal(server.fetches, fetched + 1, 'fetched the set again for the unknown kid');
    // Known kids are served from the cache.
    await verifier.verify(token);
    assert.equal(server.fetches, fetched + 1);
  });

  it('refuses an unknown kid, a wrong algorithm, alg none, and forged or wrong-key signatures', async () => {
    const stranger = await testKey('RS256', 'nobody');
    assert.equal(await outcome(verifier, await sign(stranger)), 'UNAUTHENTICATED', 'unknown kid');
    assert.equal(await outcome(verifier, await sign(stranger, { kid: 'rs-1' })), 'UNAUTHENTICATED', 'known kid, other key');
    const rs384 = await testKey('RS384', 'rs-384');
    server.keys = [...server.keys, rs384.jwk];
    assert.equal(await outcome(verifier, await sign(rs384)), 'UNAUTHENTICATED', 'RS384 is not on the allow-list');
    const unsigned = new UnsecuredJWT({}).setSubject('alice').setIssuer('chorus').setAudience('chorus').setExpirationTime('1h').encode();
    assert.equal(await outcome(verifier, unsigned), 'UNAUTHENTICATED', 'alg none');
    // Algorithm confusion: an HS256 token keyed with the RSA public key is checked against the secret.
    const publicBytes = new TextEncoder().encode(pem(rs));
    const confused = await new SignJWT({}).setProtectedHeader({ alg: 'HS256', kid: 'rs-1' }).setSubject('alice').setIssuer('chorus').setAudience('chorus').setExpirationTime('1h').sign(publicBytes);
    assert.equal(await outcome(verifier, confused), 'UNAUTHENTICATED', 'HS256 keyed with a public key');
    const [head, body] = (await sign(rs)).split('.');
    assert.equal(await outcome(verifier, `${head}.${body}.${'A'.repeat(342)}`), 'UNAUTHENTICATED', 'forged signature');
  });

  it('checks expiry (with the clock skew), issuer and audience', async () => {
    assert.equal(await outcome(verifier, await sign(es, { ttlSec: -120 })), 'TOKEN_EXPIRED');
    assert.equal(await outcome(verifier, await sign(es, { ttlSec: -10 })), 'ok', 'within the 30 s skew');
    assert.equal(await outcome(verifier, await sign(es, { iss: 'someone-else' })), 'UNAUTHENTICATED');
    assert.equal(await outcome(verifier, await sign(es, { aud: 'another-app' })), 'UNAUTHENTICATED');
    assert.equal(await outcome(verifier, await sign(es, { sub: 'not a valid id!' })), 'UNAUTHENTICATED');
  });

  it('answers UNAVAILABLE (retryable) when the key set cannot be fetched', async () => {
    const down = await JwksServer.start([rs]);
    down.failWith = 503;
    const v = new JwtVerifier({ ...BASE, secret: null, keys: new RemotePublicKeySet(down.url, { cooldownMs: 0, maxAgeMs: 600_000, allowInsecure: true }) });
    assert.equal(await outcome(v, await sign(rs)), 'UNAVAILABLE');
    down.failWith = null;
    assert.equal(await outcome(v, await sign(rs)), 'ok', 'recovers once the set is served');
    await down.stop();
  });

  it('refuses a plain http JWKS URL unless allowed, and HS256 tokens when only keys are trusted', async () => {
    assert.throws(() => new RemotePublicKeySet('http://idp.example/jwks.json', { cooldownMs: 0, maxAgeMs: 1 }), KeySetError);
    assert.doesNotThrow(() => new RemotePublicKeySet('https://idp.example/jwks.json', { cooldownMs: 0, maxAgeMs: 1 }));
    const keysOnly = new JwtVerifier({ ...BASE, secret: null, keys: new RemotePublicKeySet(server.url, { cooldownMs: 0, maxAgeMs: 600_000, allowInsecure: true }) });
    const hs = await new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setSubject('alice').setIssuer('chorus').setAudience('chorus').setExpirationTime('1h').sign(SECRET);
    assert.equal(await outcome(keysOnly, hs), 'UNAUTHENTICATED');
    assert.equal(await outcome(verifier, hs), 'ok', 'the verifier with the secret takes it');
  });
});

describe('JWT verification against a key file', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'chorus-keys-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('reads a JWKS file again for an unknown kid, so keys rotate by replacing the file', async () => {
    const [a, b] = await Promise.all([testKey('ES256', 'a'), testKey('ES256', 'b')]);
    const path = join(dir, 'jwks.json');
    writeFileSync(path, JSON.stringify({ keys: [a.jwk] }));
    const keys = new FilePublicKeySet(path, parseKeyFile(JSON.stringify({ keys: [a.jwk] })), { cooldownMs: 0, maxAgeMs: 600_000 });
    const v = new JwtVerifier({ ...BASE, secret: null, keys });
    assert.equal(await outcome(v, await sign(a)), 'ok');
    assert.equal(await outcome(v, await sign(b)), 'UNAUTHENTICATED');
    writeFileSync(path, JSON.stringify({ keys: [a.jwk, b.jwk] }));
    assert.equal(await outcome(v, await sign(b)), 'ok');
    // A broken file keeps the keys that were in use.
    writeFileSync(path, '{"keys": "oops"}');
    assert.equal(await outcome(v, await sign(await testKey('ES256', 'c'))), 'UNAUTHENTICATED');
    assert.ok(keys.lastError !== null);
    assert.equal(await outcome(v, await sign(a)), 'ok');
  });

  it('takes PEM public keys (chosen by algorithm, whatever the kid), trying each when several fit', async () => {
    const [one, two] = await Promise.all([testKey('RS256', 'one'), testKey('RS256', 'two')]);
    const text = pem(one) + pem(two);
    const path = join(dir, 'keys.pem');
    writeFileSync(path, text);
    const v = new JwtVerifier({ ...BASE, secret: null, keys: new FilePublicKeySet(path, parseKeyFile(text), { cooldownMs: 0, maxAgeMs: 600_000 }) });
    assert.equal(await outcome(v, await sign(one, { kid: null })), 'ok');
    assert.equal(await outcome(v, await sign(two, { kid: 'whatever' })), 'ok');
    assert.equal(await outcome(v, await sign(await testKey('RS256', 'three'))), 'UNAUTHENTICATED');
  });

  it('refuses files with private or symmetric keys, or nothing usable', async () => {
    const k = await testKey('ES256', 'p');
    const privatePem = await exportPKCS8(k.privateKey);
    assert.throws(() => parseKeyFile(privatePem), /private key/);
    assert.throws(() => parseKeyFile(JSON.stringify({ keys: [{ kty: 'oct', k: 'c2VjcmV0' }] })), /private or symmetric/);
    assert.throws(() => parseKeyFile('{"keys": []}'), /non-empty/);
    assert.throws(() => parseKeyFile('hello'), /neither/);
  });
});
