import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ALL_CHECKS, DEFAULT_SETTINGS, SecretTokens, type ServerSettings, devTokenUrlFor, runChecks } from '../../lib/conformance/mod.js';
import { TEST_SECRET, type TestNode, startTestNode } from '../../testing/node.js';

// Short idle and grace times, a small pending limit and output buffer, keys that cannot be fetched
// (nothing listens on port 1), and a faster frame rate: so those checks run, quickly, instead of
// being skipped.
const SETTINGS = { idleTimeoutSec: 2, expiryGraceSec: 1, frameBurst: 1000, maxBackpressureBytes: 65_536, jwksUnreachable: true };
const ARGS = [
  '--dev', '--idle-timeout-sec', '2', '--jwt-expiry-grace-sec', '1', '--frame-rate', '1000', '--frame-burst', '1000',
  '--max-pending', '16', '--max-backpressure-bytes', '65536', '--jwt-jwks-url', 'http://127.0.0.1:1/jwks', '--jwt-jwks-allow-insecure',
];

describe('the conformance kit against one in-process server', () => {
  let t: TestNode;
  const spares: TestNode[] = [];
  before(async () => {
    t = await startTestNode(ARGS);
  });
  after(async () => {
    await t.stop();
    await Promise.all(spares.map((s) => s.stop()));
  });

  it('passes every check; skips only the cluster drain and the codes no client can cause', async (ctx) => {
    const lines: string[] = [];
    const server: ServerSettings = {
      ...DEFAULT_SETTINGS,
      ...SETTINGS,
      devTokenUrl: devTokenUrlFor(t.url),
      // A second server for the shutdown check, so the first one keeps serving.
      stoppable: {
        kind: 'shutdown',
        async start() {
          const spare = await startTestNode([]);
          spares.push(spare);
          return { url: spare.url, stop: () => spare.node.stop() };
        },
      },
    };
    const result = await runChecks(ALL_CHECKS, { url: t.url, tokens: new SecretTokens(TEST_SECRET), server, print: (line) => lines.push(line) });
    for (const line of lines.filter((l) => !l.startsWith('ok'))) ctx.diagnostic(line);
    assert.equal(result.failed, 0, lines.filter((l) => l.startsWith('FAIL')).join('\n'));
    const skipped = lines.filter((l) => l.startsWith('skip'));
    assert.deepEqual(skipped.map((l) => l.slice(6, l.indexOf(':'))), ['coverage', 'coverage', 'coverage', 'coverage', 'coverage', 'lifecycle']);
    assert.match(skipped[5]!, /4101/);
    assert.equal(lines.at(-1), `${ALL_CHECKS.length - skipped.length} passed, 0 failed`);
  });
});
