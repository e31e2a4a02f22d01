// OpenSearch connection settings: basic authentication and a private CA, checked against real
// HTTP(S) listeners started here (the security plugin is not part of the test node), and the
// options' validation. The real node without authentication is test/search/opensearch.test.ts.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createHttp, type IncomingHttpHeaders, type Server } from 'node:http';
import { createServer as createHttps } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { pino } from 'pino';
import { Registry } from 'prom-client';
import { ConfigError, loadConfig } from '../../cmd/config.js';
import { openSearchOptions, startSearch } from '../../cmd/search.js';
import { OpenSearchHttp } from '../../lib/search/mod.js';
import { StoreUnavailableError } from '../../lib/storage/mod.js';
import { systemClock } from '../../lib/time/mod.js';
import { TEST_SECRET, until } from '../../testing/node.js';

const dir = mkdtempSync(join(tmpdir(), 'chorus-os-auth-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** A listener that records each request's headers and answers with `status` and `{}`. */
async function listener(make: (h: (req: { method?: string; url?: string; headers: IncomingHttpHeaders }, res: { writeHead(s: number, h: Record<string, string>): { end(b: string): void } }) => void) => Server, status = 200) {
  const seen: { method: string; url: string; headers: IncomingHttpHeaders }[] = [];
  const server = make((req, res) => {
    seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers });
    res.writeHead(status, { 'content-type': 'application/json' }).end(status === 401 ? '{"error":"unauthorized"}' : '{}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { seen, port: (server.address() as { port: number }).port, close: () => new Promise<void>((r) => server.close(() => r())) };
}

const config = (args: string[]) => loadConfig(['--port', '0', '--admin-port', '0', '--data-dir', dir, '--jwt-secret', TEST_SECRET, ...args], {});

describe('OpenSearch authentication and TLS', () => {
  it('sends basic authentication on every request, read from a password file, from the server wiring', async () => {
    const l = await listener((h) => createHttp(h));
    const file = join(dir, 'password');
    writeFileSync(file, 's3cret:with colon\n', { mode: 0o600 });
    const c = config(['--opensearch-url', `http://127.0.0.1:${l.port}`, '--opensearch-username', 'chorus', '--opensearch-password-file', file]);
    const wiring = await startSearch(c, { range: async () => [] }, systemClock, new Registry(), pino({ level: 'silent' }));
    await until(() => l.seen.length >= 3, 'the indexer checks its three indices');
    await wiring.close();
    await l.close();
    const want = `Basic ${Buffer.from('chorus:s3cret:with colon').toString('base64')}`;
    assert.deepEqual(new Set(l.seen.map((r) => r.headers.authorization)), new Set([want]));
    assert.ok(l.seen.some((r) => r.method === 'HEAD' && r.url === '/chorus-messages'));
  });

  it('says so when OpenSearch refuses the credentials', async () => {
    const l = await listener((h) => createHttp(h), 401);
    const http = new OpenSearchHttp({ url: `http://127.0.0.1:${l.port}`, prefix: 'p', basicAuth: { username: 'u', password: 'wrong' } });
    await assert.rejects(http.request('GET', '/'), /401: check --opensearch-username/);
    http.close();
    await l.close();
  });

  it('trusts a private CA for https, and refuses the same server without it', async () => {
    const key = join(dir, 'tls.key');
    const crt = join(dir, 'tls.crt');
    execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-keyout', key, '-out', crt, '-days', '1', '-subj', '/CN=opensearch-test', '-addext', 'subjectAltName=IP:127.0.0.1'], { stdio: 'ignore' });
    const l = await listener((h) => createHttps({ key: readFileSync(key), cert: readFileSync(crt) }, h));
    const url = `https://127.0.0.1:${l.port}`;
    const trusting = new OpenSearchHttp(openSearchOptions(config(['--opensearch-url', url, '--opensearch-ca-file', crt, '--opensearch-username', 'u', '--opensearch-password', 'p']).search));
    assert.equal((await trusting.request('GET', '/')).status, 200);
    assert.equal(l.seen[0]!.headers.authorization, `Basic ${Buffer.from('u:p').toString('base64')}`);
    const plain = new OpenSearchHttp({ url, prefix: 'p' });
    await assert.rejects(plain.request('GET', '/'), (e: unknown) => e instanceof StoreUnavailableError && /self-signed|certificate/.test(String((e as Error).cause)));
    trusting.close();
    plain.close();
    await l.close();
  });

  it('checks the options: a password with a user, files only with a URL, a CA only for https', () => {
    const url = ['--opensearch-url', 'http://127.0.0.1:9200'];
    for (const bad of [
      [...url, '--opensearch-username', 'u'],
      [...url, '--opensearch-password', 'p'],
      [...url, '--opensearch-username', 'u', '--opensearch-password', 'p', '--opensearch-password-file', '/x'],
      [...url, '--opensearch-ca-file', '/ca.pem'],
      ['--opensearch-username', 'u', '--opensearch-password', 'p'],
    ]) assert.throws(() => config(bad), ConfigError, bad.join(' '));
    assert.equal(config(url).search.opensearchAuth, null);
    assert.deepEqual(loadConfig(['--port', '0', '--data-dir', dir, '--jwt-secret', TEST_SECRET, ...url], { CHORUS_OPENSEARCH_USERNAME: 'u', CHORUS_OPENSEARCH_PASSWORD: 'p' }).search.opensearchAuth, { username: 'u', password: 'p', passwordFile: '' });
    const missing = config([...url, '--opensearch-username', 'u', '--opensearch-password-file', join(dir, 'absent')]);
    assert.throws(() => openSearchOptions(missing.search), /cannot read/);
  });
});
