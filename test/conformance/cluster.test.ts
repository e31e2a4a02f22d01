import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ALL_CHECKS, DEFAULT_SETTINGS, SecretTokens, runChecks } from '../../lib/conformance/mod.js';
import { ChatCluster } from '../../testing/cluster/chat_cluster.js';
import { TEST_SECRET } from '../../testing/node.js';

// Needs CHORUS_ETCD and CHORUS_CASSANDRA (npm test starts both).
describe('the conformance kit against a 3-node cluster', () => {
  let cluster: ChatCluster;
  before(async () => {
    cluster = await ChatCluster.create();
    // The documented rate limits (the harness lifts them), and short idle and grace times.
    const extra = ['--frame-rate', '100', '--frame-burst', '200', '--idle-timeout-sec', '2', '--jwt-expiry-grace-sec', '1'];
    await Promise.all(['c1', 'c2', 'c3'].map((id) => cluster.start(id, 'gateway,conversation', extra)));
    await cluster.ringSize(3);
  });
  after(() => cluster.close());

  it('passes every check through one gateway (conversations live on all three nodes)', async (ctx) => {
    const lines: string[] = [];
    const port = cluster.gatewayPorts()[0]!;
    const result = await runChecks(ALL_CHECKS, {
      url: `ws://127.0.0.1:${port}/v1/ws`,
      tokens: new SecretTokens(TEST_SECRET),
      // Not a --dev node: the /dev/token check is skipped.
      server: { ...DEFAULT_SETTINGS, idleTimeoutSec: 2, expiryGraceSec: 1 },
      print: (line) => lines.push(line),
    });
    for (const line of lines.filter((l) => !l.startsWith('ok'))) ctx.diagnostic(line);
    assert.equal(result.failed, 0, lines.filter((l) => l.startsWith('FAIL')).join('\n'));
    assert.equal(result.skipped, 1);
  });
});
