// The page tells the truth: group ticks follow membership changes, and a dead network shows.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ChorusClient } from '../../lib/client/mod.js';
import { MessageKind } from '../../lib/client/mod.js';
import { scenario, useWeb } from '../../testing/browser.js';
import { addMembers, bubble, chatWith, createGroup, openConversation, removeMember, send, ticksDetail, waitTicks } from '../../testing/chat_page.js';

/** Someone on another app who reads the messages `wanted` picks as they arrive. */
function reads(c: ChorusClient, wanted: (text: string) => boolean): void {
  c.on('message', (m) => {
    if (m.kind === MessageKind.TEXT && wanted(m.text)) void c.markRead(m.conversationId, m.seq).catch(() => undefined);
  });
}

describe('the page tells the truth', () => {
  const web = useWeb();

  it('keeps group ticks right when members are added and removed', async () => {
    await scenario(web(), 'group ticks', async () => {
      const alice = await web().open('alice');
      const bob = await web().open('bob');
      const carol = await web().node.client('carol');
      const dan = await web().node.client('dan');
      reads(carol, () => true);
      // dan, added later, has not read yet when he joins: he reads "after" only.
      reads(dan, (text) => text === 'after');

      await createGroup(alice, 'Trip', ['bob', 'carol']);
      await openConversation(bob, 'Trip');
      await send(alice, 'before');
      await bubble(bob, 'before').waitFor();
      await waitTicks(alice, 'before', 'read');

      // dan joins after "before": he is not counted for it.
      await addMembers(alice, ['dan']);
      await alice.locator('#messages li.system', { hasText: 'added dan' }).waitFor();
      assert.match(await ticksDetail(alice, 'before'), /read by 2 of 2/);

      // carol leaves the group: her receipts no longer count, for later messages nor earlier ones.
      await removeMember(alice, 'carol');
      await send(alice, 'after');
      await bubble(bob, 'after').waitFor();
      await waitTicks(alice, 'after', 'read');
      assert.match(await ticksDetail(alice, 'after'), /read by 2 of 2/);
      assert.match(await ticksDetail(alice, 'before'), /read by 1 of 1/);

      // bob is removed: his page says by whom, and no longer offers reactions.
      await removeMember(alice, 'bob');
      await bob.locator('#conv-members', { hasText: 'alice removed you from this group' }).waitFor();
      await bubble(bob, 'after').click();
      assert.equal(await bubble(bob, 'after').locator('button.reaction').count(), 0, 'no reactions for a removed member');
      assert.equal(await bob.locator('#composer-text').isDisabled(), true);

      // alice leaves, which takes a confirmation.
      await alice.click('#leave');
      await alice.locator('#leave', { hasText: 'Leave for good?' }).waitFor();
      await alice.click('#leave');
      await alice.locator('#conv-members', { hasText: 'you left this group' }).waitFor();
    });
  });

  it('shows a dead network, holds sends as waiting, and recovers', async () => {
    await scenario(web(), 'network loss', async () => {
      const erin = await web().open('erin');
      const frank = await web().open('frank');
      await chatWith(erin, 'frank');
      await send(erin, 'hello frank');
      await openConversation(frank, 'erin');
      await bubble(frank, 'hello frank').waitFor();
      await erin.locator('#conv-presence.online').waitFor();

      await erin.context().setOffline(true);
      await erin.locator('#status.offline').waitFor({ timeout: 5_000 });
      // While we are cut off we cannot know who is online.
      await erin.locator('#conv-presence', { hasText: 'unknown' }).waitFor({ timeout: 5_000 });
      await send(erin, 'are you there?');
      await bubble(erin, 'are you there?').locator('.state', { hasText: 'waiting for the network' }).waitFor({ timeout: 5_000 });

      await erin.context().setOffline(false);
      await erin.locator('#status.ready').waitFor();
      await bubble(frank, 'are you there?').waitFor();
      await waitTicks(erin, 'are you there?', 'read');
    });
  });
});
