// Browser tests of the chat page: Debian's Chromium (installed by scripts/test.sh, never downloaded)
// driven by playwright-core against an in-process node. Each user gets their own browser context,
// so storage and cookies are apart as in two browsers.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before } from 'node:test';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startTestNode, type TestNode } from './node.js';

export const CHROMIUM = process.env['CHORUS_CHROMIUM'] ?? '/usr/bin/chromium';
/** Where failure screenshots go (gitignored). */
export const ARTIFACTS = join(process.cwd(), 'artifacts', 'web');

/** A busy 2-core machine runs Chromium and the server side by side: be patient, never sleep. */
const ACTION_TIMEOUT_MS = 15_000;

export interface Device {
  viewport: { width: number; height: number };
  touch: boolean;
  dark: boolean;
}

export const DESKTOP: Device = { viewport: { width: 1100, height: 720 }, touch: false, dark: false };
export const PHONE: Device = { viewport: { width: 390, height: 844 }, touch: true, dark: false };

/** Chromium with one context per opened page. */
export interface Browsing {
  browser: Browser;
  /** A new browser (context) for `user` on the page at `base`, logged in. */
  open(base: string, user: string, device?: Device): Promise<Page>;
  /** Every page opened so far, newest last. */
  pages(): readonly Page[];
  close(): Promise<void>;
}

export async function startBrowser(): Promise<Browsing> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  const contexts: BrowserContext[] = [];
  const opened: Page[] = [];
  return {
    browser,
    async open(base, user, device = DESKTOP) {
      const ctx = await browser.newContext({
        viewport: device.viewport,
        hasTouch: device.touch,
        isMobile: device.touch,
        colorScheme: device.dark ? 'dark' : 'light',
        // Fixed, so screenshots and times read the same on every machine.
        locale: 'en-GB',
        timezoneId: 'UTC',
      });
      contexts.push(ctx);
      const page = await ctx.newPage();
      page.setDefaultTimeout(ACTION_TIMEOUT_MS);
      opened.push(page);
      await page.goto(base);
      await logIn(page, user);
      return page;
    },
    pages: () => opened,
    async close() {
      for (const c of contexts) await c.close().catch(() => undefined);
      await browser.close();
    },
  };
}

export interface WebFixture {
  node: TestNode;
  /** http://127.0.0.1:port/ */
  base: string;
  /** A new browser (context) for `user`, logged in on the page. */
  open(user: string, device?: Device): Promise<Page>;
  pages(): readonly Page[];
  close(): Promise<void>;
}

/** Starts an in-process dev node and Chromium. */
export async function startWeb(extraArgs: string[] = []): Promise<WebFixture> {
  const node = await startTestNode(['--dev', ...extraArgs]);
  const browsing = await startBrowser();
  const base = `http://127.0.0.1:${node.node.port}/`;
  return {
    node,
    base,
    open: (user, device) => browsing.open(base, user, device),
    pages: () => browsing.pages(),
    async close() {
      await browsing.close();
      await node.stop();
    },
  };
}

/** For a describe block: a node and Chromium started before its tests and stopped after them. */
export function useWeb(): () => WebFixture {
  let web: WebFixture | null = null;
  before(async () => {
    web = await startWeb();
  });
  after(() => web?.close());
  return () => {
    if (web === null) throw new Error('the web fixture is not started yet');
    return web;
  };
}

export async function logIn(page: Page, user: string): Promise<void> {
  await page.fill('#login-name', user);
  await page.click('#login button[type=submit]');
  await page.locator('#status.ready').waitFor();
}

/**
 * Runs a scenario; if it fails, screenshots every open page into ARTIFACTS before rethrowing, so a
 * red run shows what the person would have seen.
 */
export async function scenario(web: Pick<Browsing, 'pages'>, name: string, body: () => Promise<void>): Promise<void> {
  const first = web.pages().length;
  try {
    await body();
  } catch (err) {
    mkdirSync(ARTIFACTS, { recursive: true });
    const slug = name.replace(/[^A-Za-z0-9]+/g, '-').toLowerCase();
    await Promise.all(web.pages().slice(first).map((p, i) => p.screenshot({ path: join(ARTIFACTS, `${slug}-${i}.png`), fullPage: true }).catch(() => undefined)));
    throw err;
  }
}
