import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConfigError, loadConfig } from '../../cmd/config.js';
import { runToExit } from '../support/process.js';

describe('configuration', () => {
  const secret = ['--jwt-secret', 'k'.repeat(32)];

  it('uses defaults, environment, then flags', () => {
    const c = loadConfig([...secret, '--port=9001'], { CHORUS_PORT: '9000', CHORUS_MAX_PAGE: '200' });
    assert.equal(c.port, 9001);
    assert.equal(c.limits.maxPage, 200);
    assert.equal(c.host, '127.0.0.1');
    assert.equal(c.dev, false);
  });

  it('rejects bad values with one clear message', () => {
    assert.throws(() => loadConfig([...secret, '--port', 'http'], {}), (e: unknown) => e instanceof ConfigError && /--port .* must be an integer, got "http"/.test(e.message));
    assert.throws(() => loadConfig([...secret, '--port', '70000'], {}), /between 0 and 65535/);
    assert.throws(() => loadConfig([...secret, '--idle-timeout-sec', '-5'], {}), /between 8 and 960/);
    assert.throws(() => loadConfig([...secret, '--log-level', 'loud'], {}), /one of fatal/);
    assert.throws(() => loadConfig([...secret, '--no-such-flag'], {}), /unknown option --no-such-flag/);
    assert.throws(() => loadConfig([], {}), /CHORUS_JWT_SECRET\) is required unless --dev/);
    assert.throws(() => loadConfig(['--jwt-secret', 'short'], {}), /at least 32 bytes/);
  });

  it('fails at startup with one line and exit code 2, no stack trace', async () => {
    const r = await runToExit(['--port', 'abc', '--dev']);
    assert.equal(r.code, 2);
    assert.equal(r.stderr.trim().split('\n').length, 1);
    assert.match(r.stderr, /^chorus: --port \(CHORUS_PORT\) must be an integer/);
  });
});
