import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { HttpTransport, PushTransportError } from '../../lib/push/mod.js';
import { parseRetryAfter, transportFailure } from '../../lib/push/http.js';
import { serveHttp } from './support/serve.js';

describe('HTTP transport for the HTTP/1.1 providers', () => {
  it('reads Retry-After as seconds or an HTTP date', () => {
    const now = Date.parse('2025-01-01T00:00:00Z');
    assert.equal(parseRetryAfter('120', now), 120_000);
    assert.equal(parseRetryAfter(' 0 ', now), 0);
    assert.equal(parseRetryAfter('Wed, 01 Jan 2025 00:01:30 GMT', now), 90_000);
    assert.equal(parseRetryAfter('Tue, 31 Dec 2024 23:00:00 GMT', now), 0, 'a date in the past means now');
    assert.equal(parseRetryAfter(['5', '9'], now), 5_000);
    assert.equal(parseRetryAfter('soon', now), undefined);
    assert.equal(parseRetryAfter('-3', now), undefined);
    assert.equal(parseRetryAfter(undefined, now), undefined);
  });

  it('refuses oversized answers, and tells unanswered requests from unsent ones', async () => {
    const served = await serveHttp((req, res) => {
      if (req.url === '/big') res.end('x'.repeat(10_000));
      // '/silent' never answers.
    });
    const http = new HttpTransport({ maxResponseBytes: 1000 });
    try {
      await assert.rejects(
        http.post({ url: new URL(`${served.origin}/big`), headers: {}, body: '{}', signal: AbortSignal.timeout(5000) }),
        (err: unknown) => err instanceof PushTransportError && err.code === 'RESPONSE_TOO_LARGE',
      );
      const silent = await http
        .post({ url: new URL(`${served.origin}/silent`), headers: {}, body: '{}', signal: AbortSignal.timeout(100) })
        .then(() => assert.fail('answered'), transportFailure);
      assert.deepEqual(silent, { kind: 'retry', reason: 'timeout', ambiguous: true });
      const refused = await http
        .post({ url: new URL('http://127.0.0.1:1/x'), headers: {}, body: '{}', signal: AbortSignal.timeout(5000) })
        .then(() => assert.fail('answered'), transportFailure);
      assert.deepEqual(refused, { kind: 'retry', reason: 'network' });
      assert.throws(() => transportFailure(new TypeError('bug')), TypeError, 'anything but a transport failure is rethrown');
    } finally {
      http.close();
      await served.close();
    }
  });
});
