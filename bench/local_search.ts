import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { openFileSearch } from '../lib/client/search/file_search_storage.js';
import type { LocalSearch } from '../lib/client/search/local_search.js';
import { percentiles, report } from './lib/report.js';
import { rng, text, word } from './search.js';

/**
 * The SDK's local index of decrypted messages (lib/client/search) on Node, with its file backend:
 * for each size, adding every message (one file append each), opening the file again (replay into
 * memory), the file size and heap, and query p50/p99 (newest first, 20 hits) over all of the
 * device's conversations: rare word, common word, two words, CJK bigram, one conversation, and
 * a third page. Same synthetic text as the server search benchmark (bench/search.ts).
 *
 *   npm run bench -- local_search [--quick] [--messages=10000,100000]
 */
export async function run(args: string[]): Promise<void> {
  const quick = args.includes('--quick');
  const sizes = (args.find((a) => a.startsWith('--messages='))?.slice(11) ?? (quick ? '10000' : '10000,100000')).split(',').map(Number);
  const rounds = quick ? 50 : 200;
  const figures: Record<string, number> = {};
  const dir = mkdtempSync(join(tmpdir(), 'chorus-bench-local-search-'));
  try {
    for (const n of sizes) await size(join(dir, `${n}.log`), n, rounds, figures, `n${n / 1000}k_`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  figures.load1 = loadavg()[0]!;
  report('local_search', figures, [
    'nNk_: N thousand messages in 200 conversations, one device; add = one LocalSearch.add each (a line appended to the file)',
    `query: ${rounds} rounds each, newest first, 20 hits, all conversations unless named; open = reading the file back into memory`,
  ]);
}

async function size(path: string, n: number, rounds: number, figures: Record<string, number>, prefix: string): Promise<void> {
  const r = rng(7);
  global.gc?.();
  const heap0 = process.memoryUsage().heapUsed;
  let index = await openFileSearch(path);
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < n; i++) await index.add({ conversationId: `eg.1.c${i % 200}`, seq: 1 + Math.floor(i / 200), senderId: `u${i % 7}`, sentAtMs: 1_700_000_000_000 + i, text: text(r) });
  figures[`${prefix}add_msgs_per_s`] = n / (Number(process.hrtime.bigint() - t0) / 1e9);
  await index.close();
  const t1 = process.hrtime.bigint();
  index = await openFileSearch(path);
  figures[`${prefix}open_ms`] = Number(process.hrtime.bigint() - t1) / 1e6;
  global.gc?.();
  figures[`${prefix}heap_mb`] = (process.memoryUsage().heapUsed - heap0) / 1e6;
  figures[`${prefix}file_mb`] = statSync(path).size / 1e6;
  await queries(index, rounds, figures, prefix);
  await index.close();
}

const QUERIES: Record<string, { text: string; conversationId?: string; pages?: number }> = {
  rare: { text: word(3_000) },
  common: { text: word(3) },
  two_words: { text: `${word(10)} ${word(40)}` },
  cjk: { text: '東京' },
  one_conversation: { text: word(3), conversationId: 'eg.1.c5' },
  third_page: { text: word(3), pages: 3 },
};

async function queries(index: LocalSearch, rounds: number, figures: Record<string, number>, prefix: string): Promise<void> {
  for (const [name, q] of Object.entries(QUERIES)) {
    const times: number[] = [];
    let hits = 0;
    for (let k = 0; k < rounds; k++) {
      let cursor = '';
      for (let p = 1; p < (q.pages ?? 1); p++) cursor = (await index.search({ text: q.text, limit: 20, cursor, ...(q.conversationId ? { conversationId: q.conversationId } : {}) })).nextCursor;
      const t0 = process.hrtime.bigint();
      hits = (await index.search({ text: q.text, limit: 20, cursor, ...(q.conversationId ? { conversationId: q.conversationId } : {}) })).hits.length;
      times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
    const [p50, p99] = percentiles(times, [50, 99]);
    figures[`${prefix}${name}_p50_ms`] = p50!;
    figures[`${prefix}${name}_p99_ms`] = p99!;
    figures[`${prefix}${name}_hits`] = hits;
  }
}
