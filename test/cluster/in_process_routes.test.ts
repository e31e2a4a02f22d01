/**
 * One-hop delivery across an in-process cluster: a conversation host learns its recipients'
 * gateways from their directory nodes (a miss goes through the directory), then sends straight to
 * the gateways, one tell per gateway with the frame encoded once; a new session elsewhere is in the
 * host's routes before it is welcomed; a ring change empties the caches and a moving entry loses
 * nothing.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { userKey } from '../../lib/chat/cluster/mod.js';
import { decodeServerFrame } from '../../lib/protocol/mod.js';
import { until } from '../../testing/cluster/wait.js';
import { type InProcessCluster, clusterPerTest, type Session, ownerIn } from '../../testing/in_process_cluster.js';

const ALL = ['n1', 'n2', 'n3'];

/** A user name whose directory entry lives on `node` when `nodes` are the members. */
function userPlacedOn(node: string, prefix: string, nodes = ALL): string {
  for (let i = 0; ; i++) if (ownerIn(nodes, userKey(`${prefix}${i}`)) === node) return `${prefix}${i}`;
}

/** Tells each node sent, by "peer kind type", from now on. */
function counter(c: InProcessCluster): (from: string, key: string) => number {
  const before = new Map([...c.nodes.keys()].map((id) => [id, new Map(c.node(id).sent)]));
  return (from, key) => (c.node(from).sent.get(key) ?? 0) - (before.get(from)?.get(key) ?? 0);
}

/** Directory requests of one type a node sent to any peer, from a counter's start. */
function directoryAsks(count: (from: string, key: string) => number, from: string, type: string): number {
  return ALL.reduce((n, peer) => n + count(from, `${peer} directory ${type}`), 0);
}

async function send(from: Session, conversationId: string, text: string): Promise<number> {
  return (await from.call((s, caller) => s.send(caller, { conversationId, clientId: text.replace(/[^A-Za-z0-9_-]/g, '_'), text, resend: false }))).seq;
}

describe('in-process cluster: one hop from the conversation host to the gateways', { timeout: 30_000 }, () => {
  const start = clusterPerTest();

  it('a miss goes through the directory, which teaches the host; then one tell per gateway, no directory', async () => {
    const c = await start(ALL);
    // Receivers' directory entries on every node, their sessions on n2 and n3.
    const receivers = ALL.flatMap((n) => [userPlacedOn(n, `r${n}a`), userPlacedOn(n, `r${n}b`)]);
    const sam = await c.node('n1').connect('sam');
    const sessions = await Promise.all(receivers.map((r, i) => c.node(i % 2 === 0 ? 'n2' : 'n3').connect(r)));
    const group = await sam.call((s, caller) => s.createConversation(caller, { kind: 'group', members: receivers, title: 'g' }));
    await until(() => sessions.every((s) => s.frames.some((f) => f.joined)), 'every receiver to learn of the group', 2_000);
    const owner = ownerIn(ALL, group.id)!;
    const others = ALL.filter((id) => id !== owner);
    const routes = c.node(owner).chat.routes!;
    // Receivers placed elsewhere that the owner does not know yet go through their directory nodes.
    const unknown = new Set(receivers.filter((u) => routes.get(u) === undefined && ownerIn(ALL, userKey(u)) !== owner).map((u) => ownerIn(ALL, userKey(u))!));
    const sent0 = counter(c);
    const first = await send(sam, group.id, 'first');
    await until(() => sessions.every((s) => s.messages(group.id).includes(first)), 'every receiver to get the first message', 2_000);
    for (const d of unknown) assert.equal(sent0(owner, `${d} directory deliver`), 1, `a miss goes through directory node ${d}`);
    await until(() => receivers.every((u) => routes.get(u) !== undefined), 'the owner to learn every receiver\'s gateways', 2_000);

    const sent = counter(c);
    const seq = await send(sam, group.id, 'hello');
    await until(() => sessions.every((s) => s.messages(group.id).includes(seq)), 'every receiver to get the message', 2_000);
    for (const d of others) assert.equal(sent(owner, `${d} directory deliver`), 0, 'a hit does not ask the directory');
    for (const g of ['n2', 'n3'].filter((id) => id !== owner)) assert.equal(sent(owner, `${g} gateway deliver`), 1, `the owner tells gateway ${g} once`);
    for (const d of others) assert.equal(sent(d, 'n2 gateway deliver') + sent(d, 'n3 gateway deliver'), 0, 'directory nodes send nothing');
    for (const g of ['n2', 'n3']) {
      const deliveries = c.node(g).gateway.deliveries.filter((x) => !x.presence && Number(decodeServerFrame(x.frame).message?.seq) === seq);
      assert.equal(deliveries.length, 1, `one delivery at gateway ${g}`);
      assert.deepEqual([...deliveries[0]!.users].sort(), receivers.filter((_, i) => (i % 2 === 0 ? 'n2' : 'n3') === g).sort());
    }
  });

  it('a new session on another gateway is in the host\'s routes before its welcome; a closed one leaves them', async () => {
    const c = await start(ALL);
    const sam = await c.node('n1').connect('sam');
    // Rita's directory entry is on a node other than the conversation's owner, so the update crosses the network.
    const rita = userPlacedOn('n3', 'rita');
    const r1 = await c.node('n2').connect(rita);
    const chat = await sam.call((s, caller) => s.createConversation(caller, { kind: 'direct', members: [rita], title: '' }));
    const owner = c.node(ownerIn(ALL, chat.id)!);
    await until(() => owner.chat.routes!.get(rita) !== undefined, 'the owner to learn rita\'s gateways', 2_000);
    assert.deepEqual(owner.chat.routes!.get(rita), ['n2']);

    // The welcome (connect resolving) waits for the owner to take the new route: nothing can slip between.
    const r2 = await c.node('n1').connect(rita, 'd2');
    assert.deepEqual([...owner.chat.routes!.get(rita)!].sort(), ['n1', 'n2']);
    const seq = await send(sam, chat.id, 'both devices');
    await until(() => r1.messages(chat.id).includes(seq) && r2.messages(chat.id).includes(seq), 'both of rita\'s sessions to get it', 2_000);

    // The push planner's question is answered from the route cache: no directory round trip.
    const asked = counter(c);
    assert.deepEqual(await owner.chat.sessions.withoutSession([rita]), []);
    assert.equal(directoryAsks(asked, owner.id, 'sessions'), 0);

    r1.close();
    await until(() => owner.chat.routes!.get(rita)?.length === 1, 'the owner to drop gateway n2 from rita\'s route', 2_000);
    assert.deepEqual(owner.chat.routes!.get(rita), ['n1']);
    r2.close();
    await until(() => owner.chat.routes!.get(rita)?.length === 0, 'the owner to learn that rita has no session', 2_000);
    assert.deepEqual(await owner.chat.sessions.withoutSession([rita]), [rita], 'no session anywhere: a push is due');
    assert.equal(directoryAsks(asked, owner.id, 'sessions'), 0);
    const sent = counter(c);
    await send(sam, chat.id, 'nobody there');
    for (const id of ALL) assert.equal(sent(owner.id, `${id} gateway deliver`) + sent(owner.id, `${id} directory deliver`), 0, 'no tell for a user without sessions');
  });

  it('a ring change empties the caches; a moving directory entry loses no message, before, during and after the move', async () => {
    const c = await start(ALL, { settleMs: 60_000 });
    const grown = [...ALL, 'n4'];
    // Members whose directory entries move to n4 when it joins, and some that stay.
    const movers = [userPlacedOn('n4', 'm', grown), userPlacedOn('n4', 'mm', grown)];
    const stayers = [userPlacedOn('n1', 's', grown), userPlacedOn('n2', 'ss', grown)];
    const members = [...movers, ...stayers];
    const sam = await c.node('n1').connect('sam');
    const sessions = await Promise.all(members.map((u, i) => c.node(ALL[i % 3]!).connect(u)));
    const group = await sam.call((s, caller) => s.createConversation(caller, { kind: 'group', members, title: 'g' }));
    const owner = () => c.node(ownerIn(c.running().map((n) => n.id), group.id)!);
    const seqs = [await send(sam, group.id, 'before')];
    await until(() => members.every((u) => owner().chat.routes!.get(u) !== undefined), 'the owner to learn the routes', 2_000);
    seqs.push(await send(sam, group.id, 'before, cached'));

    await c.add('n4');
    for (const id of ALL) assert.equal(c.node(id).chat.routes!.size, 0, `${id} forgot its routes on the ring change`);
    // Within the move: the new directory node may not have heard from every gateway yet.
    for (let i = 0; i < 5; i++) seqs.push(await send(sam, group.id, `during ${i}`));
    await until(() => movers.every((u) => c.node('n4').chat.directory!.hasSession(u)), 'the gateways to register the movers at n4', 2_000);
    seqs.push(await send(sam, group.id, 'after'));
    seqs.push(await send(sam, group.id, 'after, cached'));
    await until(() => sessions.every((s) => seqs.every((q) => s.messages(group.id).includes(q))), 'every member to get every message', 3_000);
    for (const s of sessions) assert.deepEqual(s.messages(group.id), seqs, `${s.caller.userId} got each message once, in order`);
  });
});
