// Reading a busy conversation: the "new messages" divider, jump to the newest message, one sender's
// run of messages shown as a group, and desktop notifications while the tab is in the background.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ARTIFACTS, scenario, useWeb } from '../../testing/browser.js';
import { bubble, chatWith, jumpToBottom, newMessagesDivider, openConversation, scrollMessagesUp, waitInMessageView } from '../../testing/chat_page.js';

describe('reading a busy conversation', () => {
  const web = useWeb();

  it('opens at a "new messages" divider, jumps to the newest, groups one sender’s messages', async () => {
    await scenario(web(), 'divider and jump', async () => {
      const oli = await web().node.client('oli');
      const conv = await oli.createDirect('pat');
      for (const t of ['morning', 'are you in today?']) await oli.send(conv.id, t);
      await web().node.client('quinn');
      const pat = await web().open('pat');
      await openConversation(pat, 'oli');
      await bubble(pat, 'are you in today?').waitFor();
      assert.equal(await newMessagesDivider(pat).count(), 1, 'opened with two unread: the divider shows');
      // pat reads those, then looks at another chat while oli writes on.
      await chatWith(pat, 'quinn');
      await pat.locator('#conversations li:not(.has-unread) .name', { hasText: 'oli' }).waitFor();
      for (let i = 1; i <= 40; i++) await oli.send(conv.id, `news ${String(i).padStart(2, '0')}`);
      await pat.locator('#conversations li.has-unread', { hasText: 'news 40' }).waitFor();

      await openConversation(pat, 'oli');
      const divider = newMessagesDivider(pat);
      await divider.waitFor();
      // The divider sits between what pat had read and the first new message, and is on screen.
      const around = await pat.locator('#messages > li').evaluateAll((lis) => {
        const i = lis.findIndex((li) => li.classList.contains('new-divider'));
        return [lis[i - 1]?.querySelector('.text')?.textContent, lis[i + 1]?.querySelector('.text')?.textContent];
      });
      assert.deepEqual(around, ['are you in today?', 'news 01']);
      await waitInMessageView(pat, divider);
      await waitInMessageView(pat, bubble(pat, 'news 01'));

      mkdirSync(ARTIFACTS, { recursive: true });
      await pat.screenshot({ path: join(ARTIFACTS, 'new-messages.png') }); // to look at, not compared

      // One sender's run shows the name once: the first after the divider heads the group.
      assert.equal(await bubble(pat, 'news 01').getAttribute('class'), 'msg');
      assert.match((await bubble(pat, 'news 02').getAttribute('class')) ?? '', /\bcont\b/);

      // Scrolled up, a button leads to the newest message.
      await jumpToBottom(pat).waitFor();
      await jumpToBottom(pat).click();
      await waitInMessageView(pat, bubble(pat, 'news 40'));
      await jumpToBottom(pat).waitFor({ state: 'hidden' });
      await scrollMessagesUp(pat);
      await jumpToBottom(pat).waitFor();
      await jumpToBottom(pat).click();
      await jumpToBottom(pat).waitFor({ state: 'hidden' });

      // Read now: opening the chat again shows no divider.
      await openConversation(pat, 'quinn');
      await openConversation(pat, 'oli');
      await bubble(pat, 'news 40').waitFor();
      assert.equal(await divider.count(), 0);
    });
  });

  it('offers desktop notifications on a click, and shows them only while the tab is hidden', async () => {
    await scenario(web(), 'notifications', async () => {
      const rae = await web().open('rae');
      // A recording stand-in for the browser's Notification, and a way to hide the tab.
      await rae.context().addInitScript(() => {
        const shown: { title: string; body: string; tag: string }[] = [];
        let permission = 'default';
        class Recorded {
          static get permission(): string {
            return permission;
          }
          static requestPermission(): Promise<string> {
            permission = 'granted';
            return Promise.resolve(permission);
          }
          onclick: (() => void) | null = null;
          constructor(title: string, o: { body: string; tag: string }) {
            shown.push({ title, body: o.body, tag: o.tag });
          }
          close(): void {}
        }
        const w = window as unknown as Record<string, unknown>;
        w['Notification'] = Recorded;
        w['shownNotifications'] = shown;
        w['setHidden'] = (hidden: boolean) => {
          Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (hidden ? 'hidden' : 'visible') });
          document.dispatchEvent(new Event('visibilitychange'));
        };
      });
      await rae.reload();
      await rae.locator('#status.ready').waitFor();
      const sam = await web().node.client('sam');
      const conv = await sam.createDirect('rae');
      await sam.send(conv.id, 'seen while looking');
      await rae.locator('#conversations li', { hasText: 'seen while looking' }).waitFor();

      await rae.click('#notify');
      await rae.locator('#notify').waitFor({ state: 'hidden' });
      await rae.evaluate(() => (window as unknown as { setHidden(h: boolean): void }).setHidden(true));
      await sam.send(conv.id, 'while you were away');
      await rae.waitForFunction(() => (window as unknown as { shownNotifications: unknown[] }).shownNotifications.length === 1);
      const shown = await rae.evaluate(() => (window as unknown as { shownNotifications: unknown[] }).shownNotifications);
      assert.deepEqual(shown, [{ title: 'sam', body: 'while you were away', tag: conv.id }]);
      assert.equal(shown.length, 1, 'the message that came while the tab was visible did not notify');
    });
  });
});
