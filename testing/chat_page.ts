// What a person does on the chat page, as steps for browser tests. Selectors live here only, so a
// change of the page's markup is fixed in one place.
import type { Locator, Page } from 'playwright-core';

export async function chatWith(page: Page, other: string): Promise<void> {
  await page.fill('#direct-user', other);
  await page.click('#new-direct button[type=submit]');
  await page.locator('#conv-title', { hasText: other }).waitFor();
}

/** The sidebar's message, e.g. the warning about a name nobody has used. */
export function sidebarError(page: Page): Locator {
  return page.locator('#sidebar-error');
}

/** Starts a chat with someone who has never used Chorus: the page warns once, the second press goes ahead. */
export async function chatWithNewcomer(page: Page, other: string): Promise<void> {
  await page.fill('#direct-user', other);
  await page.click('#new-direct button[type=submit]');
  await sidebarError(page).filter({ hasText: `“${other}” has never used Chorus` }).waitFor();
  await page.click('#new-direct button[type=submit]');
  await page.locator('#conv-title', { hasText: other }).waitFor();
}

export async function createGroup(page: Page, title: string, members: readonly string[]): Promise<void> {
  await page.fill('#group-title', title);
  await page.fill('#group-members', members.join(', '));
  await page.click('#new-group button[type=submit]');
  await page.locator('#conv-title', { hasText: title }).waitFor();
}

/** Opens a conversation from the list by its name. */
export async function openConversation(page: Page, name: string): Promise<void> {
  await page.locator('#conversations li .name', { hasText: name }).first().click();
  await page.locator('#conv-title', { hasText: name }).waitFor();
}

export async function send(page: Page, text: string): Promise<void> {
  await page.fill('#composer-text', text);
  await page.press('#composer-text', 'Enter');
}

/** The bubble showing `text` (exactly) in the open conversation. */
export function bubble(page: Page, text: string): Locator {
  return page.locator('#messages li.msg', { has: page.locator('.text', { hasText: new RegExp(`^${escape(text)}$`) }) });
}

/**
 * Clicks one of the actions a mouse reveals on the bubble. A re-render of the bubble (a tick or a
 * reaction arriving) replaces its element, and the browser moves :hover only when the mouse moves:
 * hover again and retry until the deadline.
 */
export async function clickAction(page: Page, text: string, action: (bubble: Locator) => Locator, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const b = bubble(page, text);
    await page.mouse.move(0, 0);
    await b.hover();
    try {
      await action(b).click({ timeout: 1_000 });
      return;
    } catch (err) {
      if (Date.now() > deadline) throw err;
    }
  }
}

/** Waits until one's own message `text` shows these ticks ('sent' | 'delivered' | 'read'). */
export async function waitTicks(page: Page, text: string, ticks: string): Promise<void> {
  await bubble(page, text).locator(`.ticks.${ticks}`).waitFor();
}

export async function ticksDetail(page: Page, text: string): Promise<string> {
  return (await bubble(page, text).locator('.ticks').getAttribute('title')) ?? '';
}

/** The "new messages" line shown when a conversation with unread messages is opened. */
export function newMessagesDivider(page: Page): Locator {
  return page.locator('#messages li.new-divider');
}

/** The button that shows while the message list is scrolled up. */
export function jumpToBottom(page: Page): Locator {
  return page.locator('#jump-bottom');
}

/** Waits until the element is wholly inside the visible part of the message list. */
export async function waitInMessageView(page: Page, target: Locator): Promise<void> {
  const handle = await target.elementHandle();
  await page.waitForFunction((e) => {
    const list = document.getElementById('messages')!.getBoundingClientRect();
    const r = (e as Element).getBoundingClientRect();
    return r.top >= list.top - 1 && r.bottom <= list.bottom + 1;
  }, handle);
}

/** Scrolls the message list up with the mouse wheel, as a person reading back does. */
export async function scrollMessagesUp(page: Page): Promise<void> {
  await page.locator('#messages').hover();
  await page.mouse.wheel(0, -5_000);
}

/** Adds members through the manage panel of the open group. */
export async function addMembers(page: Page, users: readonly string[]): Promise<void> {
  await openManage(page);
  await page.fill('#add-members', users.join(', '));
  await page.click('#add-form button[type=submit]');
  for (const u of users) await page.locator(`#manage-members li[data-user="${u}"]`).waitFor();
}

export async function removeMember(page: Page, user: string): Promise<void> {
  await openManage(page);
  await page.locator(`#manage-members li[data-user="${user}"] button`, { hasText: 'remove' }).click();
  await page.locator(`#manage-members li[data-user="${user}"]`).waitFor({ state: 'detached' });
}

async function openManage(page: Page): Promise<void> {
  if (await page.locator('#manage').isHidden()) await page.click('#manage-toggle');
  await page.locator('#manage').waitFor();
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Attaches files through the composer's attach button (a caption in the composer goes along). */
export async function attachFiles(page: Page, files: { name: string; mimeType: string; buffer: Buffer }[], caption = ''): Promise<void> {
  if (caption !== '') await page.fill('#composer-text', caption);
  await page.setInputFiles('#attach-input', files);
}

/** The photo thumbnails shown in the open conversation. */
export function photos(page: Page): Locator {
  return page.locator('#messages .attachments img.photo');
}

/** The download links of files in the open conversation. */
export function fileLinks(page: Page): Locator {
  return page.locator('#messages .attachments a.file');
}

/** Starts an end-to-end encrypted chat (once this page's device has published its key packages). */
export async function chatEncryptedWith(page: Page, other: string): Promise<void> {
  await page.locator('body[data-e2ee-ready]').waitFor({ state: 'attached' });
  await page.check('#direct-encrypted');
  await chatWith(page, other);
  await page.locator('#conv-lock').waitFor();
}

/** Waits until this page's device can be added to encrypted chats (its key packages are published). */
export async function e2eeReady(page: Page): Promise<void> {
  await page.locator('body[data-e2ee-ready]').waitFor({ state: 'attached' });
}

/** Searches with the sidebar's box; resolves when results (or "no messages found") show. */
export async function searchMessages(page: Page, query: string): Promise<Locator> {
  await page.fill('#search-text', query);
  await page.press('#search-text', 'Enter');
  const results = page.locator('#search-results');
  await results.locator('li').first().waitFor();
  return results.locator('li.hit');
}
