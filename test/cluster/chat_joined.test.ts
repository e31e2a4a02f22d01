/**
 * A new conversation's `joined` frames on 3 real node processes (etcd, Cassandra), one of them a
 * gateway-only node. The frames come from the conversation's owner, wherever the conversation was
 * created: a gateway-only node may not deliver through the directory, so before the owner sent
 * them, members on other nodes never got them live (they learned of the conversation by sync).
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { ChorusClient } from '../../lib/client/mod.js';
import { ChatCluster, requireServices } from '../../testing/cluster/chat_cluster.js';

const URL_OF = (port: number): string => `ws://127.0.0.1:${port}/v1/ws`;
/** "Live": well under a sync, far over a hop (the nodes share two busy cores). */
const LIVE_MS = 5_000;

/** When each client learned of each conversation (`user conversation` → ms), from its first `joined` frame. */
const learned = new Map<string, number>();

function watch(user: string, client: ChorusClient): void {
  client.on('conversation', (c) => void learned.set(`${user} ${c.id}`, Date.now()));
}

/** Resolves with the ms from `since` until `user` learned of conversation `id`; rejects after LIVE_MS. */
async function learns(user: string, id: string, since: number): Promise<number> {
  while (!learned.has(`${user} ${id}`)) {
    if (Date.now() - since > LIVE_MS) throw new Error(`${user} got no joined frame for ${id} within ${LIVE_MS} ms`);
    await new Promise((r) => setTimeout(r, 10));
  }
  return learned.get(`${user} ${id}`)! - since;
}

describe('chat cluster: joined frames of conversations created anywhere (3 real nodes, one gateway-only)', { timeout: 180_000 }, () => {
  before(() => requireServices());

  it('members on every node get joined live, and nothing is dropped', async () => {
    const cluster = await ChatCluster.create();
    const clients: ChorusClient[] = [];
    try {
      await Promise.all([cluster.start('g1', 'gateway'), cluster.start('n1'), cluster.start('n2')]);
      await cluster.ringSize(2);
      const on = async (user: string, node: string): Promise<ChorusClient> => {
        const c = await cluster.client(user, URL_OF(cluster.nodes.get(node)!.port));
        watch(user, c);
        clients.push(c);
        return c;
      };
      const ada = await on('ada', 'g1');
      await on('dot', 'g1');
      const ben = await on('ben', 'n1');
      await on('cid', 'n2');
      const waits: string[] = [];
      // Created on the gateway-only node: a group, and a direct chat with a member on another node.
      let t = Date.now();
      const group = await ada.createGroup('from a gateway', ['ben', 'cid', 'dot']);
      const inGroup = await Promise.all(['ben', 'cid', 'dot'].map((u) => learns(u, group.id, t)));
      waits.push(`group ${inGroup.join('/')} ms`);
      t = Date.now();
      const direct = await ada.createDirect('cid');
      waits.push(`direct ${await learns('cid', direct.id, t)} ms`);
      // Created on a conversation host that may or may not own it, with the other member on the gateway-only node.
      t = Date.now();
      const back = await ben.createDirect('dot');
      waits.push(`from a host ${await learns('dot', back.id, t)} ms`);
      // A creation the client retries (the store says: not created) announces nothing again; the first did.
      assert.equal((await ada.createDirect('cid')).id, direct.id);

      let dropped = 0;
      for (const id of ['g1', 'n1', 'n2']) {
        const text = await (await fetch(`http://127.0.0.1:${cluster.nodes.get(id)!.adminPort}/metrics`)).text();
        for (const l of text.split('\n')) if (l.startsWith('chorus_cluster_deliveries_dropped_total{')) dropped += Number(l.slice(l.lastIndexOf(' ') + 1));
      }
      console.log(`# joined frames arrived: ${waits.join(', ')}; dropped deliveries ${dropped}`);
      assert.equal(dropped, 0, 'no delivery dropped');
    } finally {
      for (const c of clients) c.close();
      await cluster.close();
    }
  });
});
