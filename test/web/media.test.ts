// Two people send a photo and a file on the page (real Chromium): the receiver sees the thumbnail
// load, the conversation list says "📷 Photo", and the file downloads with its bytes intact.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, it } from 'node:test';
import sharp from 'sharp';
import { scenario, useWeb } from '../../testing/browser.js';
import { attachFiles, bubble, chatWith, fileLinks, openConversation, photos } from '../../testing/chat_page.js';

describe('media on the page', () => {
  const web = useWeb();

  it('sends a photo and a file between two users: thumbnail, full size and download', async () => {
    await scenario(web(), 'photo and file', async () => {
      const kim = await web().open('kim');
      const lee = await web().open('lee');
      await chatWith(kim, 'lee');
      const photo = await sharp({ create: { width: 640, height: 480, channels: 3, background: '#e07020' } }).jpeg().toBuffer();
      await attachFiles(kim, [{ name: 'sunset.jpg', mimeType: 'image/jpeg', buffer: photo }], 'the view');
      await bubble(kim, 'the view').locator('img.photo').waitFor();
      assert.equal(await kim.locator('#composer-text').inputValue(), '', 'the caption went with the photo');

      await lee.locator('#conversations li', { hasText: 'the view' }).waitFor();
      await openConversation(lee, 'kim');
      const thumb = photos(lee).first();
      await thumb.waitFor();
      // The thumbnail (not just the inline placeholder) has loaded from its signed URL.
      await lee.waitForFunction(() => {
        const img = document.querySelector<HTMLImageElement>('#messages .attachments img.photo');
        return img !== null && img.complete && img.naturalWidth > 16 && !img.src.startsWith('blob:');
      });
      assert.equal(await thumb.evaluate((img: HTMLImageElement) => img.naturalWidth), 320, 'the server-made thumbnail');
      const [full] = await Promise.all([lee.context().waitForEvent('page'), thumb.click()]);
      await full.waitForLoadState();
      await full.waitForURL(/\/media\/v1\/get\?/);
      assert.equal(await full.evaluate(() => (document.querySelector('img') as HTMLImageElement | null)?.naturalWidth ?? 0), 640, 'full size opens');
      await full.close();

      const doc = Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(20_000)]);
      await attachFiles(lee, [{ name: 'notes.pdf', mimeType: 'application/pdf', buffer: doc }]);
      await kim.locator('#conversations li', { hasText: '📄 File' }).waitFor();
      const link = fileLinks(kim).filter({ hasText: 'notes.pdf' });
      await link.waitFor();
      const [download] = await Promise.all([kim.waitForEvent('download'), link.click()]);
      const saved = await download.createReadStream();
      const chunks: Buffer[] = [];
      for await (const c of saved) chunks.push(c as Buffer);
      assert.deepEqual(Buffer.concat(chunks), doc, 'the downloaded file is the sent file');
      assert.equal(download.suggestedFilename(), 'notes.pdf');
    });
  });
});
