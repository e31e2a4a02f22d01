// People chatting on the desktop page: a conversation with typing, ticks, edits, deletes and
// reactions; a refused message kept as a draft; scrolling back through history; a server restart.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { Balancer } from '../../testing/balancer.js';
import { scenario, startBrowser, useWeb } from '../../testing/browser.js';
import { bubble, chatWith, chatWithNewcomer, clickAction, openConversation, send, sidebarError, waitTicks } from '../../testing/chat_page.js';
import { TEST_SECRET } from '../../testing/node.js';
import { startServerProcess } from '../../testing/process.js';

describe('chatting on the desktop page', () => {
  const web = useWeb();

  it('lets two people chat: typing, ticks, a multi-line message, edit, react, delete', async () => {
    await scenario(web(), 'two people', async () => {
      const ivy = await web().open('ivy');
      const jack = await web().open('jack');
      await chatWith(ivy, 'jack');
      await send(ivy, 'hi jack');
      await send(ivy, 'see https://example.org/plan.');
      await jack.waitForFunction(() => document.title === '(2) Chorus');
      await openConversation(jack, 'ivy');
      await bubble(jack, 'hi jack').waitFor();
      await jack.waitForFunction(() => document.title === 'Chorus');
      assert.equal(await bubble(jack, 'see https://example.org/plan.').locator('a').getAttribute('href'), 'https://example.org/plan');
      await jack.locator('#messages li.day', { hasText: 'Today' }).waitFor();
      await waitTicks(ivy, 'hi jack', 'read');

      await jack.locator('#composer-text').pressSequentially('on my ');
      await ivy.locator('#typing', { hasText: 'jack is typing…' }).waitFor();
      await jack.locator('#composer-text').press('Shift+Enter');
      await jack.locator('#composer-text').pressSequentially('way');
      await jack.locator('#composer-text').press('Enter');
      await bubble(ivy, 'on my \nway').waitFor();
      assert.equal(await jack.locator('#composer-text').inputValue(), '', 'the composer empties once sent');

      // ivy edits her message; jack sees it edited, reacts, and ivy sees the reaction.
      await clickAction(ivy, 'hi jack', (b) => b.locator('button.edit'));
      await ivy.locator('#messages .editor input').fill('hi jack!');
      await ivy.locator('#messages .editor input').press('Enter');
      await bubble(jack, 'hi jack!').locator('.edited').waitFor();
      await clickAction(jack, 'hi jack!', (b) => b.locator('button.reaction.add[data-emoji="🎉"]'));
      await bubble(ivy, 'hi jack!').locator('button.reaction', { hasText: '🎉 1' }).waitFor();

      // jack deletes his own message for everyone (two clicks).
      await clickAction(jack, 'on my \nway', (b) => b.locator('button.delete'));
      await clickAction(jack, 'on my \nway', (b) => b.locator('button.delete', { hasText: 'Delete for everyone?' }));
      await ivy.locator('#messages .tombstone').waitFor();
      await ivy.locator('#conversations li', { hasText: 'message deleted' }).waitFor();
    });
  });

  it('warns before starting a chat with a name nobody has used, and suggests the right case', async () => {
    await scenario(web(), 'unknown names', async () => {
      await web().node.client('vic');
      const uma = await web().open('uma');
      await uma.fill('#direct-user', 'Vic');
      await uma.click('#new-direct button[type=submit]');
      await sidebarError(uma).filter({ hasText: '“Vic” has never used Chorus. Did you mean vic? Names are case-sensitive.' }).waitFor();
      assert.equal(await uma.locator('#conversations li').count(), 0, 'no chat was opened');
      await chatWith(uma, 'vic');
      await uma.locator('#sidebar-error:empty').waitFor({ state: 'attached' });

      await uma.fill('#group-title', 'Typos');
      await uma.fill('#group-members', 'vic, wes');
      await uma.click('#new-group button[type=submit]');
      await sidebarError(uma).filter({ hasText: '“wes” has never used Chorus.' }).waitFor();
      await uma.click('#new-group button[type=submit]'); // the same names again: go ahead
      await uma.locator('#conv-title', { hasText: 'Typos' }).waitFor();

      // wes never logged in, but someone added him: he is a person now, and a chat starts at once.
      await chatWith(uma, 'wes');
      await uma.locator('#sidebar-error:empty').waitFor({ state: 'attached' });
      await uma.fill('#direct-user', 'uma');
      await uma.click('#new-direct button[type=submit]');
      await sidebarError(uma).filter({ hasText: 'That is you. Type the name of the person you want to write to.' }).waitFor();
    });
  });

  it('keeps a refused message as a draft to retry, edit or discard, also after a reload', async () => {
    await scenario(web(), 'refused send', async () => {
      const kim = await web().open('kim');
      await chatWithNewcomer(kim, 'lee');
      const long = 'x'.repeat(17_000);
      await kim.fill('#composer-text', long);
      await kim.locator('#composer-count.over', { hasText: 'bytes too long' }).waitFor();
      await kim.press('#composer-text', 'Enter');
      const refused = kim.locator('#messages li.failed');
      await refused.locator('.state', { hasText: 'Not sent. Too long: 17,000 bytes, at most 16,384.' }).waitFor();
      assert.equal(await kim.locator('#composer-text').inputValue(), '');

      await refused.locator('button.retry').click();
      await refused.locator('.state', { hasText: 'Not sent. Too long' }).waitFor(); // refused again, still there

      await kim.reload();
      await kim.locator('#status.ready').waitFor();
      await refused.locator('.text').waitFor();
      await refused.locator('button.edit').click();
      await refused.waitFor({ state: 'detached' });
      assert.equal((await kim.locator('#composer-text').inputValue()).length, 17_000, 'the text is back in the composer');
      await kim.fill('#composer-text', 'the short version');
      await kim.press('#composer-text', 'Enter');
      await bubble(kim, 'the short version').locator('.ticks').waitFor();

      await send(kim, long);
      await refused.locator('button.discard').click();
      await refused.waitFor({ state: 'detached' });
      await kim.reload();
      await kim.locator('#status.ready').waitFor();
      await bubble(kim, 'the short version').waitFor();
      assert.equal(await refused.count(), 0, 'a discarded draft stays gone');

      // Closing the tab does not log out: a new tab of the same browser starts as kim.
      await kim.close();
      const tab = await kim.context().newPage();
      await tab.goto(web().base);
      await tab.locator('#status.ready').waitFor();
      assert.equal(await tab.locator('#me').textContent(), 'kim');
    });
  });

  it('scrolls back through history', async () => {
    await scenario(web(), 'history', async () => {
      const mo = await web().node.client('mo');
      const conv = await mo.createDirect('nia');
      for (let i = 1; i <= 120; i++) await mo.send(conv.id, `line ${String(i).padStart(3, '0')}`);
      const nia = await web().open('nia');
      await nia.locator('#conversations li', { hasText: 'line 120' }).waitFor();
      // The first visit synced all of it; after a reload the page resumes from its cursors and
      // shows the newest page of history only.
      await nia.reload();
      await nia.locator('#status.ready').waitFor();
      await openConversation(nia, 'mo');
      await bubble(nia, 'line 120').waitFor();
      assert.equal(await bubble(nia, 'line 001').count(), 0, 'only the newest page at first');
      const older = nia.locator('#messages li.older button', { hasText: 'Load earlier messages' });
      while ((await bubble(nia, 'line 001').count()) === 0) {
        await older.click();
        await nia.locator('#messages li.older button', { hasText: 'loading' }).waitFor({ state: 'detached' });
      }
      assert.equal(await nia.locator('#messages li.older').count(), 0, 'nothing older than the first message');
      assert.equal(await nia.locator('#messages li.msg').count(), 120);
    });
  });
});

describe('a server restart', () => {
  it('carries on after the server process restarts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chorus-web-'));
    const args = ['--dev', '--port', '0', '--admin-port', '0', '--data-dir', dir, '--jwt-secret', TEST_SECRET];
    let server = await startServerProcess(args);
    // The page keeps its address while the server comes back on another port, as behind a load
    // balancer (the old port may sit in TIME_WAIT for a minute).
    const balancer = await Balancer.start(() => [server.port]);
    const browsing = await startBrowser();
    const base = `http://127.0.0.1:${balancer.port}/`;
    try {
      await scenario(browsing, 'restart', async () => {
        const ivy = await browsing.open(base, 'ivy');
        const jack = await browsing.open(base, 'jack');
        await chatWith(ivy, 'jack');
        await send(ivy, 'before the restart');
        await openConversation(jack, 'ivy');
        await bubble(jack, 'before the restart').waitFor();

        server.child.kill('SIGTERM');
        await server.exited;
        await ivy.locator('#status.connecting').waitFor();
        server = await startServerProcess(args);
        await ivy.locator('#status.ready').waitFor({ timeout: 30_000 });
        await send(ivy, 'still here?');
        await bubble(jack, 'still here?').waitFor({ timeout: 30_000 });
        await waitTicks(ivy, 'still here?', 'read');
        await bubble(ivy, 'before the restart').waitFor();
      });
    } finally {
      await browsing.close();
      await balancer.close();
      server.child.kill('SIGTERM');
      await server.exited;
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
