// The page as people see it, desktop and phone, light and dark (dark follows the system setting).
// Screenshots go to artifacts/web/screens; to refresh the README's pictures:
//   CHORUS_SCREENSHOTS=docs/screenshots node --test dist/test/web/screenshots.test.js
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { ARTIFACTS, DESKTOP, PHONE, scenario, useWeb, type Device } from '../../testing/browser.js';
import { bubble, createGroup, openConversation, send, waitTicks } from '../../testing/chat_page.js';

const OUT = resolve(process.env['CHORUS_SCREENSHOTS'] ?? join(ARTIFACTS, 'screens'));

async function shoot(page: Page, name: string): Promise<void> {
  await page.mouse.move(0, 0); // no hover state in the picture
  await page.screenshot({ path: join(OUT, `${name}.png`) });
}

async function background(page: Page): Promise<number> {
  const rgb = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const [r = 0, g = 0, b = 0] = (rgb.match(/\d+/g) ?? []).map(Number);
  return (r + g + b) / 3;
}

describe('screenshots', () => {
  const web = useWeb();
  before(() => mkdirSync(OUT, { recursive: true }));

  it('shows a group chat on desktop and phone, light and dark', async () => {
    await scenario(web(), 'screenshots', async () => {
      const bob = await web().node.client('bob');
      const carol = await web().node.client('carol');
      const alice = await web().open('alice');
      await createGroup(alice, 'Weekend trip', ['bob', 'carol']);
      const trip = (await bob.listConversations()).conversations.find((c) => c.title === 'Weekend trip');
      assert.ok(trip !== undefined);
      await send(alice, 'Train or car on Saturday?');
      await bubble(alice, 'Train or car on Saturday?').waitFor();
      const train = await bob.send(trip.id, 'Train! The 9:12 gets us there before lunch.');
      await carol.send(trip.id, 'Train works for me.');
      const map = await carol.send(trip.id, 'I will bring the map 🗺️'); // carol's two show as one group
      await carol.react(trip.id, train.seq, '👍');
      for (const c of [bob, carol]) await c.markRead(trip.id, map.seq);
      await send(alice, 'Booked three seats: coach 4, see you at the station at 8:45');
      await bubble(alice, 'Booked three seats: coach 4, see you at the station at 8:45').waitFor();
      await bob.markRead(trip.id, map.seq + 1);
      await carol.markRead(trip.id, map.seq + 1);
      await waitTicks(alice, 'Booked three seats: coach 4, see you at the station at 8:45', 'read');
      await bob.createDirect('alice').then((d) => bob.send(d.id, 'Did you get the tickets?'));
      await alice.locator('#conversations li', { hasText: 'Did you get the tickets?' }).waitFor();
      await shoot(alice, 'desktop-light');
      assert.ok((await background(alice)) > 128, 'light by default');

      const dark: Device = { ...DESKTOP, dark: true };
      const aliceDark = await web().open('alice', dark);
      await openConversation(aliceDark, 'Weekend trip');
      await waitTicks(aliceDark, 'Booked three seats: coach 4, see you at the station at 8:45', 'read');
      assert.ok((await background(aliceDark)) < 64, 'dark when the system is');
      await shoot(aliceDark, 'desktop-dark');

      for (const [name, device] of [['phone-light', PHONE], ['phone-dark', { ...PHONE, dark: true }]] as const) {
        const phone = await web().open('carol', device);
        await openConversation(phone, 'Weekend trip');
        await bubble(phone, 'Booked three seats: coach 4, see you at the station at 8:45').waitFor();
        await shoot(phone, name);
      }
    });
  });
});
