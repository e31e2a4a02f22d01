/**
 * The per-user session cap across gateways: the user's directory node counts the user's sessions
 * over all gateways and refuses a registration that would take them above --max-sessions-per-user
 * (docs/security.md, "Limits").
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { userKey } from '../../lib/chat/cluster/mod.js';
import { ChorusError, ErrorCode } from '../../lib/protocol/mod.js';
import { until } from '../../testing/cluster/wait.js';
import { clusterPerTest, ownerIn } from '../../testing/in_process_cluster.js';

const ALL = ['n1', 'n2', 'n3'];

function refused(err: unknown): boolean {
  return err instanceof ChorusError && err.code === ErrorCode.RATE_LIMITED && /too many sessions/.test(err.message) && err.retryAfterMs > 0;
}

describe('in-process cluster: one session cap per user across gateways', { timeout: 20_000 }, () => {
  const start = clusterPerTest();

  it('sessions spread over three gateways meet one cap; closing one lets a new one in, on any gateway', async () => {
    const c = await start(ALL, { maxSessionsPerUser: 4 });
    const user = 'ursula';
    const directory = c.node(ownerIn(ALL, userKey(user))!).chat.directory!;
    const total = () => [...(directory.gatewaysOf(user)?.values() ?? [])].reduce((a, b) => a + b, 0);
    const s1 = await c.node('n1').connect(user, 'd1');
    await c.node('n1').connect(user, 'd2');
    await c.node('n2').connect(user, 'd3');
    await c.node('n3').connect(user, 'd4');
    assert.equal(total(), 4);
    // The fifth is refused on every gateway, the directory node's own included.
    for (const id of ALL) await assert.rejects(c.node(id).connect(user, 'd5'), refused, `refused on ${id}`);
    await until(() => total() === 4, 'the refused sessions to leave the count unchanged', 2_000);
    assert.deepEqual([...directory.gatewaysOf(user)!].sort(), [['n1', 2], ['n2', 1], ['n3', 1]]);
    // Another user is not affected.
    await c.node('n3').connect('victor');

    s1.close();
    await until(() => total() === 3, 'the closed session to leave the directory', 2_000);
    const s5 = await c.node('n3').connect(user, 'd5');
    assert.equal(total(), 4);
    await assert.rejects(c.node('n2').connect(user, 'd6'), refused);
    s5.close();
  });

  it('0 means no cap', async () => {
    const c = await start(['n1', 'n2'], { maxSessionsPerUser: 0 });
    for (let i = 0; i < 40; i++) await c.node(i % 2 === 0 ? 'n1' : 'n2').connect('wanda', `d${i}`);
    const directory = c.node(ownerIn(['n1', 'n2'], userKey('wanda'))!).chat.directory!;
    assert.deepEqual([...directory.gatewaysOf('wanda')!.values()], [20, 20]);
  });
});
