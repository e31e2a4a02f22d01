// bench/k6/chat.js and its protocol bundle, run in Node under a shim of k6's modules against an
// in-process dev node, so the script cannot rot although k6 itself is not part of this project.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { runK6Chat } from '../../testing/k6.js';
import { startTestNode, type TestNode } from '../../testing/node.js';

describe('the k6 chat script', () => {
  let node: TestNode;
  before(async () => {
    node = await startTestNode(['--dev']);
  });
  after(() => node.stop());

  it('logs a pair in, creates their chat, and times every message both ways', async () => {
    const base = `http://127.0.0.1:${node.node.port}`;
    const run = await runK6Chat({ CHORUS_URLS: base, PAIRS: '1', RATE: '20', DURATION: '1' }, (user) => node.token(user));
    const count = (name: string): number => run.metrics.get(name)?.length ?? 0;
    assert.deepEqual(run.failedChecks, []);
    assert.equal(count('chorus_errors'), 0);
    assert.equal(count('chorus_connect_latency'), 2, 'both sessions welcomed');
    assert.ok(count('chorus_sent') >= 10, `sent ${count('chorus_sent')}`);
    assert.equal(count('chorus_ack_latency'), count('chorus_sent'), 'every send acknowledged');
    assert.equal(count('chorus_delivered'), count('chorus_sent'), 'every message delivered to the other side');
    assert.ok(run.metrics.get('chorus_delivered_ratio')?.every((v) => v === 1));
  });
});
