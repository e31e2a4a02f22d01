/**
 * The chat cluster in one process (testing/in_process_cluster.ts) under a steady load of sends
 * from six users spread over the nodes, while nodes join, drain, die and are cut off. After each
 * scenario the same checks as the real-process tests (chat_cluster.test.ts): every acknowledged
 * send stored exactly once at its acknowledged seq, every log gapless from 1, no client id stored
 * twice, and every receiver saw each conversation's log whole and in order (receivers catch up
 * with sync and history as the SDK does). Beyond those: no session was sent a message that is not
 * in the log at that seq, nor the same seq twice.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { until } from '../../testing/cluster/wait.js';
import { clusterPerTest, ownerIn } from '../../testing/in_process_cluster.js';
import { type LoadReport, SteadyLoad } from '../../testing/in_process_load.js';

const USERS = ['ann', 'bob', 'cat', 'dan', 'eve', 'fay'];

function check(name: string, r: LoadReport): void {
  assert.deepEqual(r.errors, [], 'sends failed');
  assert.deepEqual(r.problems, [], 'the ledger found problems');
  assert.deepEqual(
    { lost: r.lost, duplicates: r.duplicates, gaps: r.gaps, misdelivered: r.misdelivered, phantoms: r.phantoms, repeats: r.repeats },
    { lost: 0, duplicates: 0, gaps: 0, misdelivered: 0, phantoms: 0, repeats: 0 },
  );
  assert.equal(r.stored, r.acked, 'every stored message was acknowledged once');
  console.log(
    `${name}: checked ${r.stored} stored messages, ${r.acked} acknowledged sends, ${r.deliveries} deliveries; ` +
      `${r.liveFrames} live frames (${r.reordered} reordered, caught up by the receiver)`,
  );
}

describe('in-process cluster under steady load', { timeout: 20_000 }, () => {
  const start = clusterPerTest();

  it('scaling 1 → 3 → 2 nodes loses, duplicates and reorders nothing while nodes join and drain', async () => {
    const c = await start(['n1']);
    const load = await SteadyLoad.start(c, USERS);
    await load.acksAfter(50);
    await c.add('n2');
    await c.add('n3');
    // New connections go to the new nodes, as a balancer would send them.
    await Promise.all(['bob', 'dan', 'fay'].map((u, i) => load.user(u).moveTo(c.node(i % 2 === 0 ? 'n2' : 'n3'))));
    await load.acksAfter(50);
    const hosts = ['n1', 'n2', 'n3'].filter((id) => c.node(id).core.activeConversations().length > 0);
    assert.ok(hosts.length >= 2, `conversations spread over the nodes, hosted on ${hosts.join(', ')}`);
    assert.equal(await c.drain('n3'), 0, 'n3 handed every conversation off');
    assert.deepEqual(c.node('n3').core.activeConversations(), []);
    await load.acksAfter(50);
    check('scale 1→3→2', await load.finish());
  });

  it('a killed node: the others take over its conversations and sessions, and keep every acknowledged message', async () => {
    const c = await start(['n1', 'n2', 'n3']);
    const load = await SteadyLoad.start(c, USERS);
    await load.acksAfter(50);
    const before = new Map([...load.members.keys()].map((id) => [id, load.ledger.acks.get(id)?.size ?? 0]));
    await c.kill('n2');
    await load.acksAfter(100);
    for (const [id, n] of before) assert.ok((load.ledger.acks.get(id)?.size ?? 0) > n, `${id} is served again after the kill`);
    assert.ok(USERS.every((u) => load.user(u).session?.node.id !== 'n2'));
    check('kill', await load.finish());
  });

  it('a partitioned node steps down (lost lease), the others take over; it rejoins', async () => {
    const c = await start(['n1', 'n2', 'n3']);
    const load = await SteadyLoad.start(c, USERS);
    await load.acksAfter(50);
    const cut = c.node('n3');
    c.partition('n3');
    assert.deepEqual(cut.gateway.reconnects, ['membership lease lost, reconnect']);
    await until(() => cut.core.activeConversations().length === 0, 'n3 to step down from every conversation', 2_000);
    await load.acksAfter(50);
    assert.ok(USERS.every((u) => load.user(u).session?.node.id !== 'n3'), 'every client reconnected elsewhere');
    c.rejoin('n3');
    await load.user('ann').moveTo(cut);
    await load.acksAfter(50);
    check('partition', await load.finish());
  });

  it('a partitioned node that notices its lost lease late (a paused process) is fenced: its late appends are refused, never interleaved', async () => {
    const c = await start(['n1', 'n2', 'n3']);
    const load = await SteadyLoad.start(c, USERS);
    await load.acksAfter(50);
    // A direct chat n3 hosts between a user on n3 and one elsewhere: both sides will write to it.
    const on3 = (u: string): boolean => load.user(u).session?.node.id === 'n3';
    const found = [...load.members].find(([id, m]) => m.length === 2 && ownerIn(['n1', 'n2', 'n3'], id) === 'n3' && m.filter(on3).length === 1);
    assert.ok(found, 'the workload has a direct chat across n3');
    const [conversationId, members] = found;
    const [inside, outside] = on3(members[0]!) ? members : [members[1]!, members[0]!];
    await load.user(inside!).send(conversationId, 'inside-before');
    // Its own clients go on writing while the others take its conversations over.
    c.partition('n3', { leaseLost: false });
    await load.user(outside!).send(conversationId, 'outside-during');
    await load.user(inside!).send(conversationId, 'inside-during');
    assert.ok((c.node('n3').persistFailures.get('fenced') ?? 0) >= 1, 'n3 appended with its old epoch after the takeover: refused');
    await load.acksAfter(50);
    c.expire('n3');
    await load.acksAfter(50);
    c.rejoin('n3');
    await load.acksAfter(50);
    check('late partition', await load.finish());
  });
});
