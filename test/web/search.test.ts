// Message search on the page: the box, results with the words marked, and a result that opens its
// conversation at the message, far back in history.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scenario, useWeb } from '../../testing/browser.js';
import { bubble, searchMessages, waitInMessageView } from '../../testing/chat_page.js';

describe('search on the page', () => {
  const web = useWeb();

  it('finds a message, marks the words, and a click lands on it in its conversation', async () => {
    await scenario(web(), 'search and jump', async () => {
      const rae = await web().node.client('rae');
      const conv = await rae.createDirect('sol');
      await rae.send(conv.id, 'the Café address is 12 Harbour Lane');
      // Far more than a history page after it: the page must load back to it.
      for (let i = 1; i <= 120; i++) await rae.send(conv.id, `later note ${i}`);
      const other = await rae.createGroup('plans', ['sol']);
      await rae.send(other.id, 'nothing about coffee here');

      const sol = await web().open('sol');
      const hits = await searchMessages(sol, 'cafe harbour');
      assert.equal(await hits.count(), 1);
      assert.equal(await hits.first().locator('.name').textContent(), 'rae');
      assert.deepEqual(await hits.first().locator('mark').allTextContents(), ['Café', 'Harbour']);

      await hits.first().click();
      await sol.locator('#conv-title', { hasText: 'rae' }).waitFor();
      const found = bubble(sol, 'the Café address is 12 Harbour Lane');
      await found.waitFor();
      assert.match((await found.getAttribute('class')) ?? '', /\bfound\b/);
      await waitInMessageView(sol, found);

      // The previous results stay until the new answer replaces them: wait for that answer first.
      const none = await searchMessages(sol, 'zebra');
      await sol.locator('#search-results li', { hasText: 'no messages found' }).waitFor();
      assert.equal(await none.count(), 0);
    });
  });
});
