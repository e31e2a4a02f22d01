/**
 * Conversation calls across an in-process cluster: routing to the owner and retrying after
 * NOT_OWNER, hand-off of pending entries when the ring moves a conversation, and fencing when two
 * cores both believe they own one.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { withDeadline } from '../../lib/time/mod.js';
import { until } from '../../testing/cluster/wait.js';
import { clusterPerTest, type Session, memberOf, ownerIn } from '../../testing/in_process_cluster.js';

/** The id of the direct conversation of two users. */
function direct(a: string, b: string): string {
  return `d.${[a, b].sort().join('.')}`;
}

/** A user whose direct conversation with `a` satisfies `wanted` (found by trying names in turn). */
function partnerOf(a: string, wanted: (conversationId: string) => boolean): string {
  for (let i = 0; i < 10_000; i++) if (wanted(direct(a, `u${i}`))) return `u${i}`;
  throw new Error('no such partner');
}

async function send(s: Session, conversationId: string, clientId: string): Promise<{ seq: number; duplicate: boolean }> {
  return s.call((service, caller) => service.send(caller, { conversationId, clientId, text: clientId, resend: false }));
}

describe('in-process cluster: routing, hand-off, fencing', { timeout: 20_000 }, () => {
  const start = clusterPerTest();

  it('routes a call to the owner, and retries after NOT_OWNER until its ring catches up', async () => {
    const c = await start(['n1', 'n2']);
    const peer = partnerOf('alice', (id) => ownerIn(['n1', 'n2'], id) === 'n2' && ownerIn(['n1', 'n2', 'n3'], id) === 'n3');
    const id = direct('alice', peer);
    const n1 = c.node('n1');
    const alice = await n1.connect('alice');
    await alice.call((s, caller) => s.createConversation(caller, { kind: 'direct', members: [peer], title: '' }));
    assert.equal((await send(alice, id, 'm1')).seq, 1);
    assert.deepEqual([n1.core.activeConversations(), c.node('n2').core.activeConversations()], [[], [id]], 'the owner hosts it');
    assert.equal(n1.sent.get('n2 conversation send'), 1);

    // n3 joins, but n1 has not heard yet: it still routes to n2, which answers NOT_OWNER.
    await c.add('n3');
    n1.membership.update(['n1', 'n2'].map(memberOf));
    const pending = send(alice, id, 'm2');
    await until(() => (n1.sent.get('n2 conversation send') ?? 0) >= 3, 'n1 to try n2 again after a refusal', 2_000);
    n1.membership.update(['n1', 'n2', 'n3'].map(memberOf));
    assert.equal((await pending).seq, 2);
    assert.equal(n1.sent.get('n3 conversation send'), 1);
    assert.deepEqual(c.node('n3').core.activeConversations(), [id]);
    assert.deepEqual((await c.log(id)).map((r) => [r.seq, r.clientId]), [[1, 'm1'], [2, 'm2']]);
  });

  it("a caller's abort signal ends a call that is waiting on an unreachable owner, at once and with its reason", async () => {
    const c = await start(['n1', 'n2']);
    const peer = partnerOf('alice', (id) => ownerIn(['n1', 'n2'], id) === 'n2');
    const id = direct('alice', peer);
    const n1 = c.node('n1');
    const alice = await n1.connect('alice');
    await alice.call((s, caller) => s.createConversation(caller, { kind: 'direct', members: [peer], title: '' }));
    // n2 still owns it in n1's ring, but cannot be reached: n1 keeps retrying until its deadline.
    c.net.partition('n2', ['n1']);
    const abort = new AbortController();
    const started = c.clock.now();
    const call = n1.service.send({ userId: 'alice', deviceId: 'd1', signal: abort.signal }, { conversationId: id, clientId: 'm1', text: 'm1', resend: false });
    await until(() => (n1.sent.get('n2 conversation send') ?? 0) >= 2, 'n1 to retry the unreachable owner', 2_000);
    abort.abort(new Error('the session closed'));
    await assert.rejects(call, /the session closed/);
    assert.ok(c.clock.now() - started < c.config.limits.requestTimeoutMs, 'ended before the request deadline');
    assert.deepEqual(await c.log(id), [], 'nothing was stored');
  });

  it('a conversation moved by the ring stores its pending entries before it stops; the new owner continues the log', async () => {
    const c = await start(['n1']);
    const peer = partnerOf('alice', (id) => ownerIn(['n1', 'n2'], id) === 'n2');
    const id = direct('alice', peer);
    const n1 = c.node('n1');
    const alice = await n1.connect('alice');
    await alice.call((s, caller) => s.createConversation(caller, { kind: 'direct', members: [peer], title: '' }));
    await send(alice, id, 'm0');
    // Five sends wait in the actor's mailbox when the ring moves the conversation to n2.
    const burst = [1, 2, 3, 4, 5].map((i) => send(alice, id, `m${i}`));
    await c.add('n2');
    const acks = await withDeadline(Promise.all(burst), 2_000, () => new Error('the sends pending at the move were never answered'));
    assert.deepEqual(acks.map((a) => [a.seq, a.duplicate]), [[2, false], [3, false], [4, false], [5, false], [6, false]]);
    assert.equal(n1.sent.get('n2 conversation send'), undefined, 'n1 stored them itself, none was re-routed');
    await until(() => n1.core.activeConversations().length === 0, 'n1 to let the conversation go', 2_000);
    assert.equal((await send(alice, id, 'm6')).seq, 7);
    assert.equal(n1.sent.get('n2 conversation send'), 1);
    assert.equal((await c.store.currentOwner(id))?.ownerId, 'n2');
    assert.deepEqual((await c.log(id)).map((r) => r.clientId), ['m0', 'm1', 'm2', 'm3', 'm4', 'm5', 'm6']);
  });

  it('two cores that both believe they own a conversation: only the later claimer appends, the other is fenced and claims again', async () => {
    const c = await start(['n1', 'n2']);
    const peer = partnerOf('alice', (id) => ownerIn(['n1', 'n2'], id) === 'n2');
    const id = direct('alice', peer);
    const [n1, n2] = [c.node('n1'), c.node('n2')];
    // n1 has not heard of n2: it believes it owns every conversation.
    n1.membership.update([memberOf('n1')]);
    const alice = await n1.connect('alice');
    const other = await n2.connect(peer);
    await alice.call((s, caller) => s.createConversation(caller, { kind: 'direct', members: [peer], title: '' }));
    assert.equal((await send(alice, id, 'a1')).seq, 1);
    const e1 = (await c.store.currentOwner(id))!;
    assert.equal((await send(other, id, 'b1')).seq, 2);
    const e2 = (await c.store.currentOwner(id))!;
    assert.deepEqual([e1.ownerId, e2.ownerId], ['n1', 'n2']);
    assert.ok(e2.epoch > e1.epoch);
    // n1's actor still holds the older epoch: its append is refused, and n1 claims anew.
    assert.equal((await send(alice, id, 'a2')).seq, 3);
    assert.equal(n1.persistFailures.get('fenced'), 1);
    assert.equal((await send(other, id, 'b2')).seq, 4);
    assert.equal(n2.persistFailures.get('fenced'), 1);
    assert.deepEqual((await c.log(id)).map((r) => [r.seq, r.clientId]), [[1, 'a1'], [2, 'b1'], [3, 'a2'], [4, 'b2']]);
  });
});
