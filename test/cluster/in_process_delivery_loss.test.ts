/**
 * The live-delivery hole of issue 14: the node holding the recipients' directory entries dies while
 * their conversation (owned elsewhere) is active. Recipients the owner has in its route cache get
 * every message straight from it; a delivery that had to go through the dead directory node is sent
 * again until the ring has moved the entries, so nobody waits for the next message to notice a gap.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { userKey } from '../../lib/chat/cluster/mod.js';
import { until } from '../../testing/cluster/wait.js';
import { clusterPerTest, type Session, ownerIn } from '../../testing/in_process_cluster.js';

const ALL = ['n1', 'n2', 'n3'];

function userPlacedOn(node: string, prefix: string): string {
  for (let i = 0; ; i++) if (ownerIn(ALL, userKey(`${prefix}${i}`)) === node) return `${prefix}${i}`;
}

async function send(from: Session, conversationId: string, text: string): Promise<number> {
  return (await from.call((s, caller) => s.send(caller, { conversationId, clientId: text, text, resend: false }))).seq;
}

/** A group of `members` whose owner is not `avoid` (conversation ids are random: try until one is). */
async function groupNotOn(creator: Session, members: string[], avoid: string): Promise<string> {
  for (;;) {
    const g = await creator.call((s, caller) => s.createConversation(caller, { kind: 'group', members, title: 'g' }));
    if (ownerIn(ALL, g.id) !== avoid) return g.id;
  }
}

describe('in-process cluster: no silent loss when the recipients\' directory node dies', { timeout: 30_000 }, () => {
  const start = clusterPerTest();

  it('cached recipients get every message at once; a miss through the dead node is sent again after the ring change', async () => {
    const c = await start(ALL, { settleMs: 60_000 });
    // Directory entries on n3; sessions on n2; the sender on n1; the conversations owned by n1 or n2.
    const receivers = [userPlacedOn('n3', 'r'), userPlacedOn('n3', 'rr')];
    const sam = await c.node('n1').connect('sam');
    const sessions = await Promise.all(receivers.map((u) => c.node('n2').connect(u)));
    const warm = await groupNotOn(sam, receivers, 'n3');
    const cold = await groupNotOn(sam, receivers, 'n3');
    const seqs = new Map<string, number[]>([[warm, []], [cold, []]]);
    for (const id of [warm, cold]) seqs.get(id)!.push(await send(sam, id, 'hello'));
    const warmOwner = c.node(ownerIn(ALL, warm)!);
    await until(() => receivers.every((u) => warmOwner.chat.routes!.get(u) !== undefined), 'the owner of one group to learn the routes', 2_000);
    const coldOwner = c.node(ownerIn(ALL, cold)!);
    if (coldOwner !== warmOwner) coldOwner.chat.routes!.clear();

    await c.crash('n3'); // SIGKILL: the others still list it until its lease expires
    seqs.get(warm)!.push(await send(sam, warm, 'during'));
    await until(() => sessions.every((s) => s.messages(warm).includes(seqs.get(warm)!.at(-1)!)), 'the cached route to deliver while n3 is dead', 2_000);
    if (coldOwner === warmOwner) coldOwner.chat.routes!.clear();
    const attempts = (): number => coldOwner.sent.get('n3 directory deliver') ?? 0;
    const before = attempts();
    seqs.get(cold)!.push(await send(sam, cold, 'lost_hop'));
    await until(() => attempts() >= before + 2, 'the owner to try the dead directory node again', 2_000);
    assert.ok(sessions.every((s) => !s.messages(cold).includes(seqs.get(cold)!.at(-1)!)), 'not delivered while the entries are on the dead node');

    c.leaseExpired('n3');
    const expired = Date.now();
    await until(() => sessions.every((s) => s.messages(cold).includes(seqs.get(cold)!.at(-1)!)), 'the miss to arrive after the ring change', 2_000);
    assert.ok(Date.now() - expired < 1_500, `delivered ${Date.now() - expired} ms after the ring change`);
    for (const id of [warm, cold]) seqs.get(id)!.push(await send(sam, id, 'after'));
    await until(() => sessions.every((s) => [warm, cold].every((id) => seqs.get(id)!.every((q) => s.messages(id).includes(q)))), 'every message everywhere', 2_000);
    for (const s of sessions) for (const id of [warm, cold]) assert.deepEqual([...new Set(s.messages(id))], seqs.get(id), `${s.caller.userId} has every message of ${id} in order`);
  });
});
