/**
 * A node that loses its lease and registers again before etcd expired the old one (a pause or a
 * slow renewal under load, seen in the 3-node SIGSTOP test): the other nodes never see it leave,
 * so their rings do not change, but it stepped down meanwhile and emptied its directory shard.
 * Its directory must not answer "no session" for users whose gateways still hold sessions, and
 * conversation hosts must not keep routes its shard no longer tells them about: every session
 * keeps getting every message.
 */
import { describe, it } from 'node:test';
import { userKey } from '../../lib/chat/cluster/mod.js';
import { until } from '../../testing/cluster/wait.js';
import { type InProcessCluster, type Session, clusterPerTest, ownerIn } from '../../testing/in_process_cluster.js';

const ALL = ['n1', 'n2', 'n3'];

function userPlacedOn(node: string, prefix: string): string {
  for (let i = 0; ; i++) if (ownerIn(ALL, userKey(`${prefix}${i}`)) === node) return `${prefix}${i}`;
}

async function send(from: Session, conversationId: string, text: string): Promise<number> {
  return (await from.call((s, caller) => s.send(caller, { conversationId, clientId: text.replace(/[^A-Za-z0-9_-]/g, '_'), text, resend: false }))).seq;
}

/** A group of `members` (created by `by`) whose conversation actor runs on `owner`. */
async function groupOwnedBy(owner: string, by: Session, members: string[]): Promise<string> {
  for (let i = 0; ; i++) {
    const g = await by.call((s, caller) => s.createConversation(caller, { kind: 'group', members, title: `g${i}` }));
    if (ownerIn(ALL, g.id) === owner) return g.id;
  }
}

/** n1 loses its lease and registers again; nobody else notices (no ring change). */
async function leaseLostAndRegained(c: InProcessCluster): Promise<void> {
  const n1 = c.node('n1');
  n1.membership.expire();
  await until(() => n1.gateway.reconnects.length > 0, 'n1 to step down', 2_000);
  n1.membership.renew();
}

describe('in-process cluster: a lease lost and regained without a ring change', { timeout: 30_000 }, () => {
  const start = clusterPerTest();

  it('the directory shard of the node does not answer "no session" for sessions it forgot', async () => {
    const c = await start(ALL);
    // Rita's directory entry is on n1, her session on n2; the conversation lives on n1 too.
    const rita = userPlacedOn('n1', 'rita');
    const sam = await c.node('n3').connect('sam');
    const r = await c.node('n2').connect(rita);
    const g = await groupOwnedBy('n1', sam, [rita]);
    const before = await send(sam, g, 'before');
    await until(() => r.messages(g).includes(before), 'rita to get the first message', 2_000);

    await leaseLostAndRegained(c);
    const seqs = [await send(sam, g, 'after 1'), await send(sam, g, 'after 2')];
    await until(() => seqs.every((q) => r.messages(g).includes(q)), `rita to get ${seqs.join(', ')} (she has ${r.messages(g).join(', ')})`, 3_000);
  });

  it('a host drops routes learned from the node: a session opened elsewhere meanwhile gets every message', async () => {
    const c = await start(ALL);
    const rita = userPlacedOn('n1', 'rita');
    const sam = await c.node('n3').connect('sam');
    const r1 = await c.node('n2').connect(rita);
    // Owned by n3: its route cache learns rita → [n2] from n1 and keeps it through n1's lapse.
    const g = await groupOwnedBy('n3', sam, [rita]);
    const first = await send(sam, g, 'first');
    await until(() => r1.messages(g).includes(first), 'rita to get the first message', 2_000);
    await until(() => c.node('n3').chat.routes!.get(rita) !== undefined, 'n3 to learn rita\'s route', 2_000);

    await leaseLostAndRegained(c);
    // Rita moves to n3's gateway; her directory node (n1) takes the registration.
    r1.close();
    const r2 = await c.node('n3').connect(rita, 'd2');
    const seqs = [await send(sam, g, 'after 1'), await send(sam, g, 'after 2')];
    await until(() => seqs.every((q) => r2.messages(g).includes(q)), `rita's new session to get ${seqs.join(', ')} (it has ${r2.messages(g).join(', ')})`, 3_000);
  });
});
