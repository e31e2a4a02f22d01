/**
 * A home region per conversation (docs/regions.md), as a client sees it on a real node: the region of
 * the node that creates a conversation is stored with it and carried on the Conversation metadata
 * (field 95, additive); it outlives restarts under another --region; a direct conversation created
 * again from another region keeps its first home; one stored without a region shows the node's.
 */
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { rmSync } from 'node:fs';
import { startTestNode, type TestNode } from '../../testing/node.js';

describe('home region of a conversation', () => {
  let dir = '';
  after(() => {
    if (dir !== '') rmSync(dir, { recursive: true, force: true });
  });

  const run = async (args: string[], body: (n: TestNode) => Promise<void>): Promise<void> => {
    const n = await startTestNode(args, dir === '' ? undefined : dir);
    dir = n.dataDir;
    try {
      await body(n);
    } finally {
      await n.stop(false);
    }
  };
  const homes = async (n: TestNode, user: string): Promise<Record<string, string>> => {
    const c = await n.client(user);
    const { conversations } = await c.listConversations();
    return Object.fromEntries(conversations.map((x) => [x.title || x.id, x.homeRegion]));
  };

  it('is the creating node’s region, stored with the conversation and shown to every member', async () => {
    await run([], async (n) => {
      const alice = await n.client('alice');
      const g0 = await alice.createGroup('before regions', ['bob']);
      assert.equal(g0.homeRegion, '', 'a node without --region sets no home');
    });

    let directId = '';
    await run(['--region', 'eu-west'], async (n) => {
      const bob = await n.client('bob');
      const joined = new Promise<string>((resolve) => bob.on('conversation', (c) => c.title === 'in eu' && resolve(c.homeRegion)));
      const alice = await n.client('alice');
      const g1 = await alice.createGroup('in eu', ['bob']);
      assert.equal(g1.homeRegion, 'eu-west');
      assert.equal(await joined, 'eu-west', 'the joined frame carries the home');
      const d = await alice.createDirect('bob');
      directId = d.id;
      assert.equal(d.homeRegion, 'eu-west');
      assert.deepEqual(await homes(n, 'bob'), { 'before regions': 'eu-west', 'in eu': 'eu-west', [directId]: 'eu-west' });
    });

    await run(['--region', 'us-east'], async (n) => {
      const bob = await n.client('bob');
      const again = await bob.createDirect('alice');
      assert.equal(again.id, directId);
      assert.equal(again.homeRegion, 'eu-west', 'the direct conversation keeps its first home');
      const g2 = await bob.createGroup('in us', ['alice']);
      assert.equal(g2.homeRegion, 'us-east');
      // Stored homes stay; one stored without a home shows this node's region.
      assert.deepEqual(await homes(n, 'alice'), { 'before regions': 'us-east', 'in eu': 'eu-west', 'in us': 'us-east', [directId]: 'eu-west' });
    });
  });
});
