/**
 * The session directory across an in-process cluster: presence (online at once, offline only after
 * the grace period, on the ManualClock), two-hop cluster fan-out grouped by node, and the push
 * planner's "no open session" question.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { userKey } from '../../lib/chat/cluster/mod.js';
import { decodeServerFrame } from '../../lib/protocol/mod.js';
import { until } from '../../testing/cluster/wait.js';
import { type InProcessCluster, type InProcessNode, clusterPerTest, type Session, ownerIn } from '../../testing/in_process_cluster.js';

const ALL = ['n1', 'n2', 'n3'];

/** The directory node of a user. */
function directoryOf(c: InProcessCluster, userId: string): InProcessNode {
  return c.node(ownerIn(ALL, userKey(userId))!);
}

/** A user name whose directory entry lives on `node`. */
function userPlacedOn(node: string, prefix: string): string {
  for (let i = 0; ; i++) if (ownerIn(ALL, userKey(`${prefix}${i}`)) === node) return `${prefix}${i}`;
}

function presenceOf(s: Session, userId: string): boolean[] {
  return s.frames.filter((f) => f.presence?.userId === userId).map((f) => f.presence!.online === true);
}

describe('in-process cluster: directory, presence, fan-out', { timeout: 20_000 }, () => {
  const start = clusterPerTest();

  it('presence crosses nodes: online at once, offline only after the grace period, a quick reconnect unseen', async () => {
    const c = await start(ALL, { presenceGraceMs: 1000 });
    c.holdTime(); // the grace period is checked to the millisecond
    // Alice's directory entry lives on n3, her session on n1, Bob's on n2: every step crosses the network.
    const alice = userPlacedOn('n3', 'alice');
    const bob = await c.node('n2').connect('bob');
    bob.watch([alice]);
    const a1 = await c.node('n1').connect(alice);
    await until(() => presenceOf(bob, alice).length === 1, 'bob to see alice come online', 2_000);
    assert.deepEqual(presenceOf(bob, alice), [true]);
    assert.equal((await c.node('n2').chat.sessions.snapshot([alice]))[0]!.online, true);

    a1.close();
    await until(() => !c.node('n3').chat.directory!.hasSession(alice), 'the directory to hear that alice left', 2_000);
    c.advance(999);
    assert.equal((await c.node('n2').chat.sessions.snapshot([alice]))[0]!.online, true, 'still online within the grace period');
    assert.deepEqual(presenceOf(bob, alice), [true]);
    c.advance(1);
    await until(() => presenceOf(bob, alice).length === 2, 'bob to see alice go offline', 2_000);
    assert.deepEqual(presenceOf(bob, alice), [true, false]);
    assert.equal((await c.node('n1').chat.sessions.snapshot([alice]))[0]!.online, false);

    // Back within the grace period: to everyone else she never left.
    const a2 = await c.node('n1').connect(alice);
    await until(() => presenceOf(bob, alice).length === 3, 'bob to see alice come back', 2_000);
    a2.close();
    await until(() => !c.node('n3').chat.directory!.hasSession(alice), 'the directory to hear that alice left again', 2_000);
    c.advance(500);
    await c.node('n2').connect(alice);
    c.advance(5_000);
    assert.deepEqual(presenceOf(bob, alice), [true, false, true]);
  });

  it('a miss fans out grouped by node: one delivery per directory node, one per gateway, the same bytes for every session', async () => {
    const c = await start(ALL);
    const receivers = ['rita', 'rob', 'ruth', 'ray', 'rex'];
    const sam = await c.node('n1').connect('sam');
    const sessions = await Promise.all(receivers.map((r) => c.node('n2').connect(r)));
    const group = await sam.call((s, caller) => s.createConversation(caller, { kind: 'group', members: receivers, title: 'g' }));
    await until(() => sessions.every((s) => s.frames.some((f) => f.joined)), 'every receiver to learn of the group', 2_000);
    // The miss path (two hops): the owner knows none of the receivers' gateways yet (in_process_routes tests the hit).
    c.node(ownerIn(ALL, group.id)!).chat.routes!.clear();
    const before = new Map(ALL.map((id) => [id, new Map(c.node(id).sent)]));
    const ack = await sam.call((s, caller) => s.send(caller, { conversationId: group.id, clientId: 'hello', text: 'hello', resend: false }));
    await until(() => sessions.every((s) => s.messages(group.id).includes(ack.seq)), 'every receiver to get the message', 2_000);

    const owner = ownerIn(ALL, group.id)!;
    const sent = (from: string, key: string): number => (c.node(from).sent.get(key) ?? 0) - (before.get(from)!.get(key) ?? 0);
    const directories = new Set(['sam', ...receivers].map((u) => directoryOf(c, u).id));
    for (const d of ALL.filter((id) => id !== owner)) {
      assert.equal(sent(owner, `${d} directory deliver`), directories.has(d) ? 1 : 0, `the owner ${owner} tells directory node ${d} once`);
    }
    const holding = new Set(receivers.map((u) => directoryOf(c, u).id));
    for (const d of holding) if (d !== 'n2') assert.equal(sent(d, 'n2 gateway deliver'), 1, `directory node ${d} tells gateway n2 once`);

    const deliveries = c.node('n2').gateway.deliveries.filter((d) => !d.presence && Number(decodeServerFrame(d.frame).message?.seq) === ack.seq);
    assert.equal(deliveries.length, holding.size, 'one delivery per directory node holding receivers');
    assert.deepEqual(deliveries.flatMap((d) => d.users).sort(), [...receivers].sort());
    assert.ok(deliveries.every((d) => Buffer.from(d.frame).equals(Buffer.from(deliveries[0]!.frame))), 'the frame was encoded once');
  });

  it('the push planner’s question: who has no open session anywhere, at once (no grace period)', async () => {
    const c = await start(ALL, { presenceGraceMs: 60_000 });
    const carol = userPlacedOn('n1', 'carol');
    await c.node('n1').connect('alice');
    const carolSession = await c.node('n2').connect(carol);
    const asker = c.node('n3').chat.sessions;
    assert.deepEqual(await asker.withoutSession(['alice', 'bob', carol]), ['bob']);
    carolSession.close();
    await until(() => !directoryOf(c, carol).chat.directory!.hasSession(carol), 'the directory to hear that carol left', 2_000);
    assert.deepEqual(await asker.withoutSession(['alice', 'bob', carol]), ['bob', carol]);
    assert.equal((await asker.snapshot([carol]))[0]!.online, true, 'presence still shows her within the grace period');
  });
});
