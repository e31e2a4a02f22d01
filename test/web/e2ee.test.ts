// An end-to-end encrypted chat on the page (real Chromium): the lock, the decrypted text on both
// sides, and the devices with their safety numbers; device secrets live in IndexedDB.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scenario, useWeb } from '../../testing/browser.js';
import { MemoryDeviceStore } from '../../lib/client/mls/device_store.js';
import { E2eeClient } from '../../lib/client/mls/e2ee_client.js';
import { bubble, chatEncryptedWith, e2eeReady, openConversation, searchMessages, send, waitInMessageView } from '../../testing/chat_page.js';

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

  it('the search box finds encrypted messages on this device beside plain ones, and a click lands on the message', async () => {
    await scenario(web(), 'encrypted search', async () => {
      const lou = await web().open('lou');
      await e2eeReady(lou);
      // ned writes from a Node device: an encrypted direct chat with a secret far back in history.
      const chorus = await web().node.client('ned', 'node');
      const ned = new E2eeClient({ client: chorus, userId: 'ned', deviceId: 'node', store: new MemoryDeviceStore(), keyPackages: 3, selfUpdateMs: 0 });
      await ned.start();
      const direct = await ned.createEncryptedDirect('lou');
      await ned.send(direct.id, 'the vault code is 4412');
      for (let i = 1; i <= 120; i++) await ned.send(direct.id, `later note ${i}`);
      const bank = await chorus.createGroup('bank', ['lou']);
      await chorus.send(bank.id, 'the bank vault opens at nine');
      ned.stop();
      // lou's browser decrypts what arrives (and indexes it in IndexedDB).
      await openConversation(lou, 'ned');
      await bubble(lou, 'later note 120').waitFor();
      await openConversation(lou, 'bank');
      const hits = await searchMessages(lou, 'VAULT');
      assert.equal(await hits.count(), 2);
      assert.deepEqual(await hits.locator('.name').allTextContents(), ['bank', 'ned'], 'newest first: the plain message came later');
      assert.deepEqual(await hits.nth(1).locator('mark').allTextContents(), ['vault']);
      await hits.nth(1).click();
      await lou.locator('#conv-title', { hasText: 'ned' }).waitFor();
      const found = bubble(lou, 'the vault code is 4412');
      await found.waitFor();
      assert.match((await found.getAttribute('class')) ?? '', /\bfound\b/);
      await waitInMessageView(lou, found);
      // After a reload the index is still there (IndexedDB); the server never had the text.
      await lou.reload();
      const again = await searchMessages(lou, '4412');
      assert.equal(await again.count(), 1);
      assert.equal(await again.first().locator('.name').textContent(), 'ned');
    });
  });
});
