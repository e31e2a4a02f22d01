import assert from 'node:assert/strict';
import { request } from 'node:http';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { startTestNode, type TestNode } from '../../testing/node.js';
import { RawConnection } from '../../testing/raw.js';

const SEED = 20261129;
// uWS leaves some requests unanswered (an unknown method with a body; a HEAD with odd headers): each
// costs the client's timeout, so this suite samples fewer cases than the frame fuzzer.
const RUNS = Math.ceil(Number(process.env.CHORUS_FUZZ_RUNS ?? 300) / 2);

interface HttpCase {
  admin: boolean;
  method: string;
  path: string;
  headers: [string, string][];
  body: Uint8Array;
  /** Send the body chunked instead of with a content-length. */
  chunked: boolean;
}

const TOKEN_CHARS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_';

/** Requests to the client port and the admin port: known and random paths, methods, headers and bodies. */
function httpCases(): fc.Arbitrary<HttpCase> {
  const token = fc.string({ unit: fc.constantFrom(...TOKEN_CHARS), minLength: 1, maxLength: 20 });
  const value = fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength: 200 });
  const path = fc.oneof(
    fc.constantFrom('/dev/token', '/healthz', '/readyz', '/metrics', '/v1/ws', '/', '/app.js', '/index.html', '/dev/token?x=1', '//dev/token', '/%00', '/dev/token/../healthz'),
    token.map((t) => `/${t}`),
  );
  const json = fc.oneof(
    fc.json(),
    fc.record({ user: fc.oneof(fc.string({ maxLength: 80 }), fc.integer(), fc.constant(null), fc.array(fc.string())) }).map((o) => JSON.stringify(o)),
    fc.constantFrom('{"user":"fuzz-ok"}', '{"user":"a"}', '{', '{"user":"x","user":"y"}', '\u0000'),
  );
  const body = fc.oneof(
    json.map((s) => new TextEncoder().encode(s)),
    fc.uint8Array({ maxLength: 600 }),
    fc.nat(9000).map((n) => new Uint8Array(n).fill(0x7b)),
  );
  return fc.record({
    admin: fc.boolean(),
    method: fc.oneof(fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS'), token.map((t) => t.toUpperCase())),
    path,
    headers: fc.array(
      fc.tuple(fc.oneof(token, fc.constantFrom('content-type', 'accept', 'authorization', 'upgrade', 'connection', 'sec-websocket-key', 'expect')), value),
      { maxLength: 6 },
    ),
    body,
    chunked: fc.boolean(),
  });
}

/**
 * Sends one request; resolves with the status, or with the transport error: the server may refuse
 * garbage by closing, or (uWS, for some requests) not answer at all, which is no crash.
 */
function send(port: number, c: HttpCase): Promise<number | string> {
  return new Promise((resolve) => {
    const headers: Record<string, string> = {};
    for (const [k, v] of c.headers) if (!['content-length', 'transfer-encoding', 'host'].includes(k.toLowerCase())) headers[k] = v;
    const body = c.method === 'GET' || c.method === 'HEAD' ? new Uint8Array(0) : c.body;
    if (!c.chunked) headers['content-length'] = String(body.length);
    const req = request({ host: '127.0.0.1', port, method: c.method, path: c.path, headers, timeout: 1500 }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
      res.on('error', (e) => resolve(e.message));
    });
    req.on('error', (e) => resolve(e.message));
    req.on('timeout', () => {
      req.destroy();
      resolve('timeout');
    });
    req.end(body);
  });
}

describe('fuzzing the HTTP endpoints (bounded, deterministic seed)', () => {
  let t: TestNode;
  before(async () => {
    t = await startTestNode(['--dev']);
  });
  after(() => t.stop());

  it('random methods, paths, headers and bodies on both ports never crash the server; it keeps serving', async (ctx) => {
    const cases = fc.sample(httpCases(), { seed: SEED, numRuns: RUNS });
    const seen = new Map<string, number>();
    for (const c of cases) {
      const status = await send(c.admin ? t.node.adminPort : t.node.port, c);
      const key = typeof status === 'number' ? String(status) : status === 'timeout' ? 'timeout' : 'closed';
      seen.set(key, (seen.get(key) ?? 0) + 1);
      if (typeof status === 'number') assert.ok(status >= 200 && status < 600, `${c.method} ${c.path}: ${status}`);
      // A server error is never the answer to bad input on the client port.
      if (!c.admin && typeof status === 'number') assert.ok(status < 500, `${c.method} ${c.path} answered ${status}`);
    }
    ctx.diagnostic(`http fuzz: ${cases.length} requests, statuses ${[...seen].sort().map(([k, n]) => `${k}×${n}`).join(' ')}`);
    const base = `http://127.0.0.1:${t.node.port}`;
    assert.equal((await fetch(`${base}/healthz`)).status, 200);
    assert.equal((await fetch(`http://127.0.0.1:${t.node.adminPort}/readyz`)).status, 200);
    const res = await fetch(`${base}/dev/token`, { method: 'POST', body: '{"user":"after-fuzz"}' });
    assert.equal(res.status, 200);
    const { token } = (await res.json()) as { token: string };
    const c = await RawConnection.login(t.url, token);
    assert.equal((await c.call({ ping: { clientTimeMs: 1 } })).body, 'pong');
    c.close();
  });
});
