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
    // Rate limits back on (the harness lifts them; 1000/s keeps the floods short), short idle and
    // grace times, a small pending limit and output buffer, keys that cannot be fetched. Leases of
    // 6 s, not the harness's 2 s (made for failover tests): a renewal late on a busy machine makes
    // a node step down and close every socket with 4101, which fails whatever check is running
    // (seen with the machine's load at 10). Nothing here waits for a lease to expire.
    const extra = [
      '--frame-rate', '1000', '--frame-burst', '1000', '--idle-timeout-sec', '2', '--jwt-expiry-grace-sec', '1',
      '--max-pending', '16', '--max-backpressure-bytes', '65536', '--jwt-jwks-url', 'http://127.0.0.1:1/jwks', '--jwt-jwks-allow-insecure',
      '--membership-ttl-sec', '6',
    ];
    await Promise.all(['c1', 'c2', 'c3'].map((id) => cluster.start(id, 'gateway,conversation', extra)));
    await cluster.ringSize(3);
  });
  after(() => cluster.close());

  it('passes every check through one gateway (conversations live on all three nodes); the last one drains another', async (ctx) => {
    const lines: string[] = [];
    const port = cluster.nodes.get('c1')!.port;
    const result = await runChecks(ALL_CHECKS, {
      url: `ws://127.0.0.1:${port}/v1/ws`,
      tokens: new SecretTokens(TEST_SECRET),
      server: {
        ...DEFAULT_SETTINGS,
        idleTimeoutSec: 2,
        expiryGraceSec: 1,
        frameBurst: 1000,
        maxBackpressureBytes: 65_536,
        jwksUnreachable: true,
        stoppable: {
          kind: 'drain',
          async start() {
            const c3 = cluster.nodes.get('c3')!;
            const stop = async (): Promise<void> => {
              c3.proc.child.kill('SIGTERM');
            };
            return { url: `ws://127.0.0.1:${c3.port}/v1/ws`, stop };
          },
        },
      },
      print: (line) => lines.push(line),
    });
    for (const line of lines.filter((l) => !l.startsWith('ok'))) ctx.diagnostic(line);
    ctx.diagnostic(lines.at(-1)!);
    assert.equal(result.failed, 0, lines.filter((l) => l.startsWith('FAIL')).join('\n'));
    // Not --dev nodes: no /dev/token; and a cluster gateway drains rather than shuts down.
    const skipped = lines.filter((l) => l.startsWith('skip')).map((l) => l.slice(6, l.indexOf(':')));
    assert.deepEqual(skipped, ['issue18', 'coverage', 'coverage', 'coverage', 'coverage', 'coverage', 'lifecycle']);
    assert.match(lines.find((l) => l.startsWith('skip  lifecycle'))!, /1001/);
  });
});
