// The page on a phone (390×844, touch): one column, back navigation, message actions by tap and
// long-press, nothing off screen.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { PHONE, scenario, useWeb } from '../../testing/browser.js';
import { bubble, chatWith, send } from '../../testing/chat_page.js';

/** Everything fits the screen's width: no sideways panning, nothing cut off. */
async function fitsWidth(page: Page, what: string): Promise<void> {
  const { scroll, width } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: innerWidth }));
  assert.ok(scroll <= width, `${what}: the page is ${scroll}px wide on a ${width}px screen`);
}

async function onScreen(page: Page, selector: string): Promise<void> {
  const box = await page.locator(selector).boundingBox();
  assert.ok(box !== null && box.x >= 0 && box.x + box.width <= PHONE.viewport.width, `${selector} is off screen: ${JSON.stringify(box)}`);
}

describe('the page on a phone', () => {
  const web = useWeb();

  it('shows one column with back navigation, and message actions by touch', async () => {
    await scenario(web(), 'phone', async () => {
      const hank = await web().node.client('hank');
      const gina = await web().open('gina', PHONE);
      await fitsWidth(gina, 'the list');
      await onScreen(gina, '#logout');

      await chatWith(gina, 'hank');
      assert.equal(await gina.locator('aside').isVisible(), false, 'the list gives way to the conversation');
      await send(gina, 'hi hank, on my phone');
      await bubble(gina, 'hi hank, on my phone').locator('.ticks').waitFor();
      const conv = [...(await hank.listConversations()).conversations][0];
      assert.ok(conv !== undefined);
      await hank.send(conv.id, 'hello gina, a long reply that has to wrap inside the bubble on a narrow phone screen without being cut off');
      const reply = bubble(gina, 'hello gina, a long reply that has to wrap inside the bubble on a narrow phone screen without being cut off');
      await reply.waitFor();
      await fitsWidth(gina, 'the conversation');
      for (const s of ['#composer-send', '#back', '#conv-title']) await onScreen(gina, s);

      // A tap on one's own message shows Edit and Delete.
      const mine = bubble(gina, 'hi hank, on my phone');
      await mine.tap();
      await mine.locator('button.edit').tap();
      await gina.locator('#messages .editor input').fill('hi hank, from my phone');
      await gina.locator('#messages .editor input').press('Enter');
      await bubble(gina, 'hi hank, from my phone').locator('.edited').waitFor();

      // A long-press on someone else's message offers the quick reactions.
      await reply.dispatchEvent('contextmenu');
      await reply.locator('button.reaction.add[data-emoji="👍"]').tap();
      await reply.locator('button.reaction.mine', { hasText: '👍 1' }).waitFor();

      // Delete takes two taps.
      const edited = bubble(gina, 'hi hank, from my phone');
      await edited.tap();
      await edited.locator('button.delete').tap();
      await edited.locator('button.delete', { hasText: 'Delete for everyone?' }).tap();
      await gina.locator('#messages .tombstone').waitFor();
      await onScreen(gina, '#composer-send');

      // Back to the list, where the chat shows its last message.
      await gina.tap('#back');
      await gina.locator('#conversations li', { hasText: 'hank' }).waitFor();
      assert.equal(await gina.locator('main').isVisible(), false, 'the conversation gives way to the list');
    });
  });
});
