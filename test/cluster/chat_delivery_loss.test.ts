/**
 * Issue 14's live-delivery hole, on 3 real node processes (etcd, Cassandra): SIGKILL the node that
 * holds the recipients' directory entries while their conversations (owned by the other nodes) are
 * active, then send one more message per conversation and go silent. Every session must get every
 * message live within about a second (of the send, or of the ring change for a conversation whose
 * owner had to ask the dead directory node); nothing waits for a next message to reveal a gap. The
 * survivors' counts of deliveries sent again and dropped are printed.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { ChorusClient } from '../../lib/client/mod.js';
import { userKey } from '../../lib/chat/cluster/mod.js';
import { ChatCluster, Ledger, SteadySender, TTL_SEC, requireServices } from '../../testing/cluster/chat_cluster.js';
import { ownerIn } from '../../testing/in_process_cluster.js';

const IDS = ['n1', 'n2', 'n3'];
const VICTIM = 'n3';
const URL_OF = (port: number): string => `ws://127.0.0.1:${port}/v1/ws`;

/** The sum of a metric's samples over its labels, from a node's /metrics. */
async function total(cluster: ChatCluster, id: string, name: string): Promise<number> {
  const text = await (await fetch(`http://127.0.0.1:${cluster.nodes.get(id)!.adminPort}/metrics`)).text();
  return text
    .split('\n')
    .filter((l) => l.startsWith(name.includes('{') ? name : `${name}{`) || l.startsWith(`${name} `))
    .reduce((s, l) => s + Number(l.slice(l.lastIndexOf(' ') + 1)), 0);
}

/** Resolves with the time at which every receiver has seen every stored message of its conversations. */
async function everyoneHasEverything(cluster: ChatCluster, ledger: Ledger, members: Map<string, string[]>, timeoutMs: number): Promise<number> {
  assert.ok(await ledger.caughtUp(cluster, members, timeoutMs), `the receivers did not have every message within ${timeoutMs} ms`);
  return Date.now();
}

describe('chat cluster: SIGKILL of the recipients\' directory node (3 real nodes)', { timeout: 180_000 }, () => {
  before(() => requireServices());

  it('every session gets every message within about a second, the one more message after the kill included', async () => {
    const cluster = await ChatCluster.create();
    const clients: ChorusClient[] = [];
    try {
      await Promise.all(IDS.map((id) => cluster.start(id)));
      await cluster.ringSize(3);
      const port = (id: string): number => cluster.nodes.get(id)!.port;
      // Recipients whose directory entries are on the victim, with their sessions on n2; the sender on n1.
      const recipients: string[] = [];
      for (let i = 0; recipients.length < 6; i++) if (ownerIn(IDS, userKey(`rcpt${i}`)) === VICTIM) recipients.push(`rcpt${i}`);
      const ledger = new Ledger();
      const sam = await cluster.client('sam', URL_OF(port('n1')));
      clients.push(sam);
      for (const r of recipients) {
        const c = await cluster.client(r, URL_OF(port('n2')));
        ledger.watch(r, c);
        clients.push(c);
      }
      // Direct chats owned by the survivors: the owner stays up, only the directory node dies.
      const members = new Map<string, string[]>();
      for (const r of recipients) {
        const chat = await sam.createDirect(r);
        if (ownerIn(IDS, chat.id) !== VICTIM) members.set(chat.id, [r]);
      }
      assert.ok(members.size >= 2, `only ${members.size} direct chats are owned by survivors`);
      const sender = new SteadySender(sam, 'sam', [...members.keys()], ledger, 10);
      while (ledger.ackCount < 60) await new Promise((r) => setTimeout(r, 10));
      // Kill only once the owners deliver in one hop (keys settled after the nodes joined, routes
      // learned): the hits must then skip the dead node.
      const hits = async (): Promise<number> => (await total(cluster, 'n1', 'chorus_cluster_route_lookups_total{result="hit"}')) + (await total(cluster, 'n2', 'chorus_cluster_route_lookups_total{result="hit"}'));
      const hitsBefore = await hits();
      while ((await hits()) < hitsBefore + 20) await new Promise((r) => setTimeout(r, 20));

      const victim = cluster.nodes.get(VICTIM)!;
      victim.proc.child.kill('SIGKILL');
      const killedAt = Date.now();
      await sender.stop();
      assert.deepEqual(sender.errors, []);
      // One more message per conversation, then silence.
      for (const [i, id] of [...members.keys()].entries()) {
        const clientId = `last-${i}`;
        ledger.acked(id, clientId, Number((await sam.send(id, 'the last word', clientId)).seq));
      }
      const lastSentAt = Date.now();
      // A new group: unless its owner also owns one of the chats above, it does not know the
      // recipients' gateways yet, asks their (dead) directory node and sends again until the ring has
      // moved their entries.
      const group = await sam.createGroup('after the kill', recipients);
      const groupClientId = 'group-first';
      ledger.acked(group.id, groupClientId, Number((await sam.send(group.id, 'hello all', groupClientId)).seq));
      const groupMembers = new Map([[group.id, recipients]]);
      // The ground truth's store connection is opened once, before the two waits read through it.
      await cluster.log(group.id);
      const wait = (m: Map<string, string[]>): Promise<number> => everyoneHasEverything(cluster, ledger, m, (TTL_SEC + 10) * 1000);
      const [liveAt, groupAt, ringAt] = await Promise.all([
        wait(members),
        wait(groupMembers),
        victim.proc.exited.then(async () => {
          victim.alive = false;
          await cluster.ringSize(2, 30_000);
          return Date.now();
        }),
      ]);
      members.set(group.id, recipients);
      const r = await ledger.check(cluster, members);
      const resent = (await total(cluster, 'n1', 'chorus_cluster_deliveries_resent_total')) + (await total(cluster, 'n2', 'chorus_cluster_deliveries_resent_total'));
      const dropped = (await total(cluster, 'n1', 'chorus_cluster_deliveries_dropped_total')) + (await total(cluster, 'n2', 'chorus_cluster_deliveries_dropped_total'));
      console.log(
        `# directory node killed: checked ${r.stored} stored messages, ${r.deliveries} deliveries; the last word had arrived everywhere ${liveAt - lastSentAt} ms after it was sent (${liveAt - killedAt} ms after the kill, ring changed ${ringAt - killedAt} ms after it); the new group's first message ${groupAt - ringAt} ms after the ring change (${groupAt - killedAt} ms after the kill); survivors resent ${resent} and dropped ${dropped} deliveries`,
      );
      // Within about a second of the send, or (for a delivery that had to wait for the dead node's
      // entries to move) of the ring change: never only when a next message reveals a gap.
      assert.ok(liveAt - lastSentAt < 1_500 || liveAt - ringAt < 1_500, `the last word arrived ${liveAt - lastSentAt} ms after it was sent, ${liveAt - ringAt} ms after the ring change`);
      assert.ok(groupAt - ringAt < 1_500, `the group's first message arrived ${groupAt - ringAt} ms after the ring change`);
      assert.equal(dropped, 0, 'no delivery given up');
    } finally {
      for (const c of clients) c.close();
      await cluster.close();
    }
  });
});
