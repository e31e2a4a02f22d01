import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ALL_CHECKS, DEFAULT_SETTINGS, SecretTokens, devTokenUrlFor, runChecks } from '../../lib/conformance/mod.js';
import { TEST_SECRET, type TestNode, startTestNode } from '../../testing/node.js';

describe('the conformance kit against one in-process server', () => {
  let t: TestNode;
  before(async () => {
    // Short idle timeout and token grace, so those checks run instead of being skipped.
    t = await startTestNode(['--dev', '--idle-timeout-sec', '2', '--jwt-expiry-grace-sec', '1']);
  });
  after(() => t.stop());

  it('passes every check and skips none', async (ctx) => {
    const lines: string[] = [];
    const result = await runChecks(ALL_CHECKS, {
      url: t.url,
      tokens: new SecretTokens(TEST_SECRET),
      server: { ...DEFAULT_SETTINGS, idleTimeoutSec: 2, expiryGraceSec: 1, devTokenUrl: devTokenUrlFor(t.url) },
      print: (line) => lines.push(line),
    });
    for (const line of lines.slice(-2)) ctx.diagnostic(line);
    assert.equal(result.failed, 0, lines.filter((l) => !l.startsWith('ok')).join('\n'));
    assert.equal(result.skipped, 0);
    assert.equal(result.passed, ALL_CHECKS.length);
    assert.equal(lines.at(-1), `${ALL_CHECKS.length} passed, 0 failed`);
  });
});
