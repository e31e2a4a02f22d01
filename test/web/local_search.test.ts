// The local search index's IndexedDB backend in real Chromium, by the same contract as the Node
// file: the index runs in the page (web/idb_search.ts bundled by esbuild), the suite drives it from
// here. Reopening the same database name is a reload: what was written must be there.
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { after, before } from 'node:test';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { LocalDoc, LocalSearchIndex, LocalSearchPage, LocalSearchQuery } from '../../lib/client/search/local_search.js';
import { SearchQueryError } from '../../lib/text/mod.js';
import { CHROMIUM } from '../../testing/browser.js';
import { localSearchContract } from '../client/local_search_contract.js';

let browser: Browser;
let page: Page;
let server: Server;
let handles = 0;

/** What the page's global offers the proxy below. */
const PAGE_SIDE = `
window.indexes = new Map();
window.callIndex = async (id, method, args) => {
  try {
    const index = window.indexes.get(id);
    const result = await index[method](...args);
    if (method === 'close') window.indexes.delete(id);
    return { ok: true, result, size: method === 'close' ? 0 : index.size() };
  } catch (e) {
    return { ok: false, name: e.name, code: e.code, message: String(e.message) };
  }
};
window.openIndex = async (id, name, o) => { window.indexes.set(id, await ChorusLocalSearch.openIndexedDbSearch(name, o)); };
`;

type Reply = { ok: true; result: unknown; size: number } | { ok: false; name: string; code?: string; message: string };

/** A LocalSearchIndex living in the page; errors come back as the same SearchQueryError. */
class PageIndex implements LocalSearchIndex {
  private count = 0;
  constructor(private readonly id: number) {}
  private async call(method: string, ...args: unknown[]): Promise<unknown> {
    const r = (await page.evaluate(([id, m, a]) => (window as unknown as { callIndex: (...x: unknown[]) => Promise<Reply> }).callIndex(id, m, a), [this.id, method, args] as const)) as Reply;
    if (!r.ok) throw r.name === 'SearchQueryError' ? new SearchQueryError(r.code as SearchQueryError['code'], r.message) : new Error(r.message);
    this.count = r.size;
    return r.result;
  }
  add = (d: LocalDoc): Promise<void> => this.call('add', d) as Promise<void>;
  edit = (c: string, s: number, who: string, t: string): Promise<boolean> => this.call('edit', c, s, who, t) as Promise<boolean>;
  remove = (c: string, s: number, who?: string): Promise<boolean> => this.call('remove', c, s, who) as Promise<boolean>;
  forget = (c: string): Promise<void> => this.call('forget', c) as Promise<void>;
  search = (q: LocalSearchQuery): Promise<LocalSearchPage> => this.call('search', q) as Promise<LocalSearchPage>;
  size = (): number => this.count;
  close = (): Promise<void> => this.call('close') as Promise<void>;
}

before(async () => {
  const bundle = await build({
    entryPoints: [join(process.cwd(), 'web/idb_search.ts')],
    bundle: true,
    format: 'iife',
    globalName: 'ChorusLocalSearch',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'warning',
  });
  const script = bundle.outputFiles[0]!.text + PAGE_SIDE;
  server = createServer((req, res) => {
    if (req.url === '/index.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
    else res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><script src="/index.js"></script>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  page = await (await browser.newContext()).newPage();
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.waitForFunction(() => 'openIndex' in window);
});

after(async () => {
  await browser?.close();
  server?.close();
});

localSearchContract('IndexedDB (Chromium)', {
  async open(name, o) {
    const id = ++handles;
    await page.evaluate(([i, n, opts]) => (window as unknown as { openIndex: (...x: unknown[]) => Promise<void> }).openIndex(i, n, opts), [id, name, o ?? {}] as const);
    const index = new PageIndex(id);
    await index.search({ text: 'warm', limit: 1 }); // learns the size
    return index;
  },
});
