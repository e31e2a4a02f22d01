// An end-to-end encrypted chat on the page (real Chromium): the lock, the decrypted text on both
// sides, and the devices with their safety numbers; device secrets live in IndexedDB.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scenario, useWeb } from '../../testing/browser.js';
import { bubble, chatEncryptedWith, e2eeReady, openConversation, send } from '../../testing/chat_page.js';

describe('encrypted chat on the page', () => {
  const web = useWeb();

  it('two people chat end-to-end encrypted: lock, decrypted text, devices with safety numbers', async () => {
    await scenario(web(), 'encrypted chat', async () => {
      const kim = await web().open('kim');
      const lou = await web().open('lou');
      await e2eeReady(lou);
      await chatEncryptedWith(kim, 'lou');
      await send(kim, 'hello in secret');
      await bubble(kim, 'hello in secret').waitFor();
      await openConversation(lou, 'kim');
      await lou.locator('#conv-lock').waitFor();
      await bubble(lou, 'hello in secret').waitFor();
      await send(lou, 'a secret reply');
      await bubble(kim, 'a secret reply').waitFor();
      await kim.locator('#conv-devices summary').click();
      const line = kim.locator('#conv-device-list li', { hasText: /^lou\/web-/ });
      await line.waitFor();
      assert.match((await line.textContent()) ?? '', /: (\d{5} ){11}\d{5}$/);
      // After a reload the texts come from this browser's own store (MLS cannot decrypt twice).
      await lou.reload();
      await openConversation(lou, 'kim');
      await bubble(lou, 'hello in secret').waitFor();
      await bubble(lou, 'a secret reply').waitFor();
      // The server holds only ciphertext: its history has no text for these entries.
      const stored = await web().node.node.store.range(await kim.evaluate(() => sessionStorage.getItem('chorus.selected') ?? ''), { limit: 50 });
      assert.ok(stored.length >= 2);
      for (const r of stored) assert.ok(!r.text.includes('secret'), 'no plaintext stored');
    });
  });
});
