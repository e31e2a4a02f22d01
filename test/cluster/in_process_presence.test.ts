/**
 * Presence goes only to gateways with sessions watching the user: the user's directory node
 * learns the watches from the gateways, sends a change to those gateways alone, forgets a gateway
 * whose sessions stopped watching, and hears the watches again when the entry moves to another node.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { userKey } from '../../lib/chat/cluster/mod.js';
import { until } from '../../testing/cluster/wait.js';
import { type InProcessCluster, clusterPerTest, type Session, ownerIn } from '../../testing/in_process_cluster.js';

const ALL = ['n1', 'n2', 'n3'];

function userPlacedOn(node: string, prefix: string, nodes = ALL): string {
  for (let i = 0; ; i++) if (ownerIn(nodes, userKey(`${prefix}${i}`)) === node) return `${prefix}${i}`;
}

function presenceOf(s: Session, userId: string): boolean[] {
  return s.frames.filter((f) => f.presence?.userId === userId).map((f) => f.presence!.online === true);
}

function presenceTells(c: InProcessCluster, from: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const [key, n] of c.node(from).sent) {
    const [peer, kind, type] = key.split(' ');
    if (kind === 'gateway' && type === 'presence') out.set(peer!, n);
  }
  return out;
}

describe('in-process cluster: presence to watching gateways only', { timeout: 30_000 }, () => {
  const start = clusterPerTest();

  it('a change reaches the watching gateway alone; none once nobody watches', async () => {
    const c = await start(ALL, { presenceGraceMs: 100 });
    const alice = userPlacedOn('n3', 'alice');
    const bob = await c.node('n2').connect('bob');
    const carol = await c.node('n1').connect('carol'); // on a gateway that watches nobody
    bob.watch([alice]);
    await until(() => c.node('n3').chat.directory!.watchersOf(alice)?.has('n2') === true, 'n3 to hear that n2 watches alice', 2_000);
    const a1 = await c.node('n1').connect(alice);
    await until(() => presenceOf(bob, alice).length === 1, 'bob to see alice come online', 2_000);
    assert.deepEqual([...presenceTells(c, 'n3')], [['n2', 1]], 'one presence tell, to the watching gateway');
    assert.deepEqual(presenceOf(carol, alice), []);

    bob.watch([]);
    await until(() => c.node('n3').chat.directory!.watchersOf(alice) === undefined, 'n3 to hear that nobody watches alice', 2_000);
    a1.close();
    await until(() => !c.node('n3').chat.directory!.isOnline(alice), 'alice to go offline after the grace period', 2_000);
    assert.deepEqual([...presenceTells(c, 'n3')], [['n2', 1]], 'no presence tell once nobody watches');
  });

  it('when the user\'s directory entry moves, the watches follow it to the new node', async () => {
    const c = await start(ALL, { presenceGraceMs: 100, settleMs: 50 });
    const grown = [...ALL, 'n4'];
    const alice = userPlacedOn('n4', 'alice', grown);
    const bob = await c.node('n2').connect('bob');
    bob.watch([alice]);
    await c.add('n4');
    await until(() => c.node('n4').chat.directory!.watchersOf(alice)?.has('n2') === true, 'n4 to hear that n2 watches alice', 2_000);
    await until(() => !c.node('n4').placement.ring('conversation').isMoving(userKey(alice)), 'the move to settle', 2_000);
    await c.node('n1').connect(alice);
    await until(() => presenceOf(bob, alice).length === 1, 'bob to see alice come online through n4', 2_000);
    assert.deepEqual([...presenceTells(c, 'n4')], [['n2', 1]]);
  });
});
