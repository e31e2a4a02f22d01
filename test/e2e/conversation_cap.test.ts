import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ErrorCode } from '../../lib/protocol/mod.js';
import { type TestNode, startTestNode } from '../../testing/node.js';

describe('conversations per user are capped', () => {
  let t: TestNode;
  before(async () => {
    t = await startTestNode(['--max-conversations-per-user', '2']);
  });
  after(() => t.stop());

  it('refuses a new conversation beyond the cap with TOO_LARGE, for the creator and for the other user of a direct chat', async () => {
    const ann = await t.client('cap-ann');
    const bob = await t.client('cap-bob');
    await ann.createDirect('cap-x');
    await ann.createGroup('one', ['cap-y']);
    const full = await ann.createDirect('cap-z').then(
      () => assert.fail('a third conversation was created'),
      (e: unknown) => e as { code?: number; message: string },
    );
    assert.equal(full.code, ErrorCode.TOO_LARGE);
    assert.match(full.message, /you belong to 2 conversations, the most allowed/);
    // Re-opening an existing direct chat is not a new conversation.
    assert.equal((await ann.createDirect('cap-x')).id, 'd.cap-ann.cap-x');
    // Nobody can push a user over the cap either.
    await bob.createDirect('cap-w');
    const other = await bob.createDirect('cap-ann').then(
      () => assert.fail('a direct chat pushed cap-ann over the cap'),
      (e: unknown) => e as { code?: number; message: string },
    );
    assert.equal(other.code, ErrorCode.TOO_LARGE);
    assert.match(other.message, /cap-ann belongs to 2 conversations/);
    assert.deepEqual((await ann.listConversations()).conversations.map((c) => c.id).length, 2);
  });

  it('refuses to add a member to an existing group when they are at the cap, with TOO_LARGE, and changes nothing', async () => {
    const owner = await t.client('cap2-owner');
    const full = await t.client('cap2-full');
    await full.createDirect('cap2-a');
    await full.createDirect('cap2-b');
    const group = await owner.createGroup('room', ['cap2-c']);
    const err = await owner.updateGroup(group.id, { add: ['cap2-full'] }).then(
      () => assert.fail('a group add pushed cap2-full over the cap'),
      (e: unknown) => e as { code?: number; message: string },
    );
    assert.equal(err.code, ErrorCode.TOO_LARGE);
    assert.match(err.message, /cap2-full belongs to 2 conversations, the most allowed/);
    assert.equal((await full.listConversations()).conversations.length, 2);
    // Members under the cap are still added (and the cap counts per user, not per group).
    await owner.updateGroup(group.id, { add: ['cap2-d'] });
    const again = await owner.updateGroup(group.id, { add: ['cap2-e', 'cap2-full'] }).then(
      () => assert.fail('a mixed add went through'),
      (e: unknown) => e as { code?: number },
    );
    assert.equal(again.code, ErrorCode.TOO_LARGE, 'one member over the cap refuses the whole change');
  });
});
