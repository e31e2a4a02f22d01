import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { exportPKCS8 } from 'jose';
import { ConfigError, loadConfig } from '../../cmd/config.js';
import { testKey } from './support/jwks_server.js';

const secret = ['--jwt-secret', 'k'.repeat(32)];

/** The ConfigError message of a configuration, which must be one line. */
function refusal(argv: string[]): string {
  try {
    loadConfig(argv, {});
  } catch (err) {
    assert.ok(err instanceof ConfigError, String(err));
    assert.equal(err.message.split('\n').length, 1);
    return err.message;
  }
  assert.fail(`accepted ${argv.join(' ')}`);
}

describe('configuration of keys, token expiry, per-user rates and backpressure', () => {
  let dir: string;
  let jwksFile: string;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'chorus-config-'));
    const k = await testKey('ES256', 'k1');
    jwksFile = join(dir, 'jwks.json');
    writeFileSync(jwksFile, JSON.stringify({ keys: [k.jwk] }));
    writeFileSync(join(dir, 'private.pem'), await exportPKCS8(k.privateKey));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('defaults: HS256 only, warnings 60 s ahead, 30 s grace, user budget 4× a connection’s, soft limit a quarter of the hard one', () => {
    const c = loadConfig([...secret, '--frame-rate', '50', '--frame-burst', '70', '--max-backpressure-bytes', '800000'], {});
    assert.deepEqual(c.jwt.algorithms, ['HS256']);
    assert.equal(c.jwt.jwks, null);
    assert.equal(c.jwt.refreshNoticeSec, 60);
    assert.equal(c.jwt.expiryGraceSec, 30);
    assert.equal(c.limits.userFrameRate, 200);
    assert.equal(c.limits.userFrameBurst, 280);
    assert.equal(c.gateway.softBackpressureBytes, 200000);
  });

  it('a JWKS alone is enough outside dev mode, and adds the asymmetric algorithms', () => {
    const c = loadConfig(['--jwt-jwks-url', 'https://idp.example/.well-known/jwks.json'], {});
    assert.equal(c.jwt.secret, null);
    assert.deepEqual(c.jwt.algorithms, ['RS256', 'ES256', 'EdDSA']);
    assert.equal(c.jwt.jwks?.kind, 'url');
    const both = loadConfig([...secret, '--jwt-jwks-file', jwksFile, '--jwt-jwks-cooldown-sec', '5'], {});
    assert.deepEqual(both.jwt.algorithms, ['HS256', 'RS256', 'ES256', 'EdDSA']);
    assert.equal(both.jwt.jwks?.kind, 'file');
    assert.equal(both.jwt.jwks?.cooldownMs, 5000);
    const picked = loadConfig(['--jwt-jwks-file', jwksFile, '--jwt-algorithms', 'ES256, PS256'], { CHORUS_JWT_EXPIRY_GRACE_SEC: '0' });
    assert.deepEqual(picked.jwt.algorithms, ['ES256', 'PS256']);
    assert.equal(picked.jwt.expiryGraceSec, 0);
  });

  it('refuses bad key settings with one clear line', () => {
    assert.match(refusal(['--jwt-jwks-url', 'http://idp.example/jwks']), /--jwt-jwks-url \(CHORUS_JWT_JWKS_URL\) must be https:\/\//);
    assert.doesNotThrow(() => loadConfig(['--jwt-jwks-url', 'http://127.0.0.1:1/jwks', '--jwt-jwks-allow-insecure'], {}));
    assert.match(refusal(['--jwt-jwks-url', 'idp.example']), /must be an https:\/\/ URL/);
    assert.match(refusal(['--jwt-jwks-url', 'https://a/jwks', '--jwt-jwks-file', jwksFile]), /not both/);
    assert.match(refusal(['--jwt-jwks-file', join(dir, 'missing.json')]), /cannot read/);
    assert.match(refusal(['--jwt-jwks-file', join(dir, 'private.pem')]), /private key/);
    assert.match(refusal([...secret, '--jwt-algorithms', 'HS256,none']), /"none" \(unsigned tokens\) is never accepted/);
    assert.match(refusal([...secret, '--jwt-algorithms', 'RS256']), /RS256 needs --jwt-jwks-url or --jwt-jwks-file/);
    assert.match(refusal(['--jwt-jwks-file', jwksFile, '--jwt-algorithms', 'HS256']), /HS256 needs --jwt-secret/);
    assert.match(refusal([...secret, '--jwt-algorithms', 'RS255']), /unknown algorithm "RS255"/);
    assert.match(refusal([]), /CHORUS_JWT_SECRET\) is required unless --dev/);
  });

  it('refuses a soft backpressure limit at or above the hard one', () => {
    assert.match(refusal([...secret, '--max-backpressure-bytes', '65536', '--soft-backpressure-bytes', '65536']), /--soft-backpressure-bytes .* must be below --max-backpressure-bytes \(65536\)/);
    assert.match(refusal([...secret, '--jwt-refresh-notice-sec', '0']), /between 1 and 86400/);
  });
});
