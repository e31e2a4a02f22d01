import Database from 'better-sqlite3';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { OpenSearchHttp, OpenSearchIndex, OpenSearchIndexer, SEARCHING_STORE_ROLE, type SearchIndex, SqliteSearchIndex } from '../lib/search/mod.js';
import { type MessageRecord, SqliteStore, ThreadedSqliteStore } from '../lib/storage/mod.js';
import { systemClock } from '../lib/time/mod.js';
import { percentiles, report } from './lib/report.js';

/**
 * Message search on the embedded engine (SQLite FTS5, lib/search). Measures (1) append throughput
 * into the threaded store with the index kept in the same transaction, beside the same appends
 * without it (two files, back to back, same data), and (2) query latency (p50/p99 of one search,
 * newest first, 20 hits) for a user in 50 of 1,000 conversations, for a rare word, a common word,
 * two words, a CJK bigram and a relevance-ordered query. Synthetic text: Zipf-distributed words
 * from a 20,000-word vocabulary, 10% of messages in Japanese. It does not measure the network or
 * the gateway. With --opensearch=URL (a node from scripts/opensearch/start.sh) it also times the
 * OpenSearch indexer feeding the whole log into OpenSearch and the same queries there.
 *
 *   npm run bench -- search [--quick] [--messages=N] [--opensearch=URL]
 */
export async function run(args: string[]): Promise<void> {
  const quick = args.includes('--quick');
  const total = Number(args.find((a) => a.startsWith('--messages='))?.slice(11) ?? (quick ? 20_000 : 200_000));
  const dir = mkdtempSync(join(tmpdir(), 'chorus-bench-search-'));
  try {
    const plain = await load(join(dir, 'plain.db'), total, false);
    const indexed = await load(join(dir, 'indexed.db'), total, true);
    const figures: Record<string, number> = {
      messages: total,
      append_msgs_per_s_indexed: indexed.rate,
      append_msgs_per_s_plain: plain.rate,
      file_mb_indexed: statSync(join(dir, 'indexed.db')).size / 1e6,
      file_mb_plain: statSync(join(dir, 'plain.db')).size / 1e6,
    };
    const scopes = Array.from({ length: 50 }, (_, i) => ({ conversationId: conv(i * 20), leftSeq: 0 }));
    const rounds = quick ? 50 : 200;
    // The same queries on the reader thread (what the server runs) and on the event loop (before).
    const embedded = SqliteSearchIndex.open(join(dir, 'indexed.db'));
    await queries(embedded, scopes, rounds, figures, '');
    await embedded.close();
    const onLoop = new Database(join(dir, 'indexed.db'), { readonly: true });
    await queries(SqliteSearchIndex.on(onLoop), scopes, rounds, figures, 'loop_');
    onLoop.close();
    const url = args.find((a) => a.startsWith('--opensearch='))?.slice(13);
    if (url !== undefined) await opensearch(url, join(dir, 'plain.db'), scopes, rounds, figures);
    figures.load1 = loadavg()[0]!;
    report('search', figures, [
      `append: ${total} messages in batches of 10, 32 appends in flight, synchronous NORMAL, 1,000 conversations; indexed = SEARCHING_STORE_ROLE, plain = the store alone`,
      `query: ${rounds} rounds each, one user in 50 of the 1,000 conversations, 20 hits; embedded on the reader thread (no prefix) and, as before, on the event loop (loop_); *_loop_max_ms: longest the event loop was held meanwhile`,
      'os_*: OpenSearch (--opensearch=URL): the indexer reads the whole log from the store and bulk-writes it (16 conversations at a time, up to 500 entries per bulk), then the same queries over HTTP',
      'one machine, shared cores: compare the two append figures of the same run, not across runs',
    ]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const conv = (i: number): string => `g${i}`;
export const word = (rank: number): string => `w${rank.toString(36)}x`;

type Scope = { conversationId: string; leftSeq: number };

async function opensearch(url: string, path: string, scopes: Scope[], rounds: number, figures: Record<string, number>): Promise<void> {
  const http = new OpenSearchHttp({ url, prefix: `chorus-bench-${process.pid}` });
  const store = new SqliteStore({ path, migrate: false });
  const indexer = new OpenSearchIndexer(http, store, systemClock);
  indexer.start();
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < 1000; i++) indexer.stored(conv(i), await store.lastSeq(conv(i)));
  await indexer.settled();
  figures.os_index_msgs_per_s = figures.messages! / (Number(process.hrtime.bigint() - t0) / 1e9);
  await queries(new OpenSearchIndex(http), scopes, rounds, figures, 'os_');
  await indexer.stop();
  await store.close();
  await http.request('DELETE', `/${http.name('messages')},${http.name('joins')},${http.name('positions')}`);
}

const QUERIES: Record<string, { text: string; order: 'newest' | 'relevance' }> = {
  rare: { text: word(3_000), order: 'newest' },
  common: { text: word(3), order: 'newest' },
  two_words: { text: `${word(10)} ${word(40)}`, order: 'newest' },
  cjk: { text: '東京', order: 'newest' },
  relevance: { text: word(40), order: 'relevance' },
};

async function queries(index: SearchIndex, scopes: Scope[], rounds: number, figures: Record<string, number>, prefix: string): Promise<void> {
  for (const [name, q] of Object.entries(QUERIES)) {
    const times: number[] = [];
    let hits = 0;
    // How long the event loop was held (what every socket of the process waits) while these ran.
    const held = monitorEventLoopDelay({ resolution: 1 });
    held.enable();
    for (let r = 0; r < rounds; r++) {
      const t0 = process.hrtime.bigint();
      hits = (await index.search({ userId: 'u', text: q.text, scopes, order: q.order, limit: 20 })).hits.length;
      times.push(Number(process.hrtime.bigint() - t0) / 1e6);
      // Back to the event loop between queries, as a server is between requests.
      await new Promise((resume) => setImmediate(resume));
    }
    held.disable();
    const [p50, p99] = percentiles(times, [50, 99]);
    figures[`${prefix}${name}_p50_ms`] = p50!;
    figures[`${prefix}${name}_p99_ms`] = p99!;
    figures[`${prefix}${name}_loop_max_ms`] = held.max / 1e6;
    figures[`${prefix}${name}_loop_p99_ms`] = held.percentile(99) / 1e6;
    figures[`${prefix}${name}_hits`] = hits;
  }
}

const JA = ['東京', '京都', '大阪', '会議', '資料', '明日', '確認', 'お願いします', 'ありがとう'];

/** Deterministic pseudo-random numbers (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function text(r: () => number): string {
  if (r() < 0.1) return Array.from({ length: 3 + Math.floor(r() * 4) }, () => JA[Math.floor(r() * JA.length)]!).join('');
  // Zipf-like: rank ~ 20000^u, so low ranks are common.
  return Array.from({ length: 4 + Math.floor(r() * 12) }, () => word(Math.floor(Math.pow(20_000, r())) - 1)).join(' ');
}

async function load(path: string, total: number, indexed: boolean): Promise<{ rate: number }> {
  const store = await ThreadedSqliteStore.open({ path, synchronous: 'NORMAL', ...(indexed ? { storeRole: SEARCHING_STORE_ROLE } : {}) });
  const conversations = 1000;
  for (let i = 0; i < conversations; i++) {
    await store.createConversation({ id: conv(i), kind: 'group', title: '', createdBy: 'u', createdAt: 1, lastActivity: 1 }, [{ userId: 'u', role: 'owner', joinedAt: 1, leftSeq: 0 }]);
  }
  const r = rng(42);
  const next = Array.from({ length: conversations }, () => 1);
  let made = 0;
  let c = 0;
  // Batches made as they are needed (a million records at once would not fit beside the rest).
  const batch = (): MessageRecord[] => {
    const out: MessageRecord[] = [];
    for (let k = 0; k < 10 && made < total; k++, made++) {
      const seq = next[c]!++;
      out.push({ conversationId: conv(c), seq, senderId: 'u', senderDevice: 'd', clientId: `c${seq}`, sentAt: 1_700_000_000_000 + made, text: text(r), kind: 'text', refSeq: 0, editedAt: 0, deleted: false, meta: '' });
    }
    c = (c + 1) % conversations;
    return out;
  };
  const t0 = process.hrtime.bigint();
  // One batch per conversation in flight at a time (the actor's rule), 32 conversations at once.
  await Promise.all(
    Array.from({ length: 32 }, async () => {
      while (made < total) await store.append(batch());
    }),
  );
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  await store.close();
  return { rate: total / seconds };
}
