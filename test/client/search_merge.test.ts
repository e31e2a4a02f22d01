// client.search's merge of the server's hits with the device's (search_merge.ts), in process: the
// "server" half is another real LocalSearch (keyset-paged newest first, as the server is), so the
// merged pages can be checked against the union of both, for many page sizes and interleavings.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ErrorCode, ServerError, type SearchHit, type SearchOptions } from '../../lib/client/mod.js';
import { type LocalSearch, newestFirst } from '../../lib/client/search/local_search.js';
import { openFileSearch } from '../../lib/client/search/file_search_storage.js';
import { mergedSearch } from '../../lib/client/search/search_merge.js';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

type Half = (q: string, o: SearchOptions) => Promise<{ hits: SearchHit[]; nextCursor: string }>;

async function pages(server: Half, local: LocalSearch, query: string, opts: SearchOptions): Promise<string[]> {
  const out: string[] = [];
  let cursor = '';
  for (let n = 0; n < 500; n++) {
    const p = await mergedSearch(server, local, query, { ...opts, cursor });
    out.push(...p.hits.map((h) => `${h.conversationId}:${h.seq}`));
    if (p.nextCursor === '') return out;
    cursor = p.nextCursor;
  }
  throw new Error('did not end');
}

describe('merged search (server + device)', () => {
  it('pages the union newest first, every hit once, for any page size and interleaving', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'chorus-merge-'));
    try {
      let seed = 11;
      const rand = (): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
      for (let round = 0; round < 6; round++) {
        const serverIndex = await openFileSearch(join(dir, `s${round}.log`));
        const local = await openFileSearch(join(dir, `l${round}.log`));
        const all: { conversationId: string; seq: number; sentAtMs: number }[] = [];
        for (let i = 0; i < 40; i++) {
          const encrypted = rand() < 0.5;
          const d = { conversationId: encrypted ? `eg.1.c${i % 3}` : `g.c${i % 3}`, seq: i + 1, senderId: 'a', sentAtMs: Math.floor(rand() * 20), text: `needle ${i}` };
          await (encrypted ? local : serverIndex).add(d);
          all.push(d);
        }
        const server: Half = async (q, o) => serverIndex.search({ ...o, text: q, ...(o.cursor !== undefined ? { cursor: o.cursor } : {}) });
        const want = all.sort(newestFirst).map((d) => `${d.conversationId}:${d.seq}`);
        for (const limit of [1, 2, 3, 7, 20, 100]) assert.deepEqual(await pages(server, local, 'needle', { limit }), want, `limit ${limit}`);
        assert.deepEqual(await pages(server, local, 'needle', { limit: 4, conversationId: 'eg.1.c1' }), want.filter((k) => k.startsWith('eg.1.c1:')));
        assert.deepEqual(await pages(server, local, 'needle', { limit: 4, conversationId: 'g.c2' }), want.filter((k) => k.startsWith('g.c2:')));
        await serverIndex.close();
        await local.close();
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('relevance: the server’s ranked hits first, then the device’s; no server search still finds the device’s; bad input refused alike', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'chorus-merge-'));
    const local = await openFileSearch(join(dir, 'l.log'));
    try {
      await local.add({ conversationId: 'eg.1.x', seq: 1, senderId: 'a', sentAtMs: 5, text: 'mine' });
      const ranked: Half = async () => ({ hits: [{ conversationId: 'g.y', seq: 9, senderId: 'b', sentAtMs: 1, snippet: 'mine', highlights: [] }], nextCursor: '' });
      assert.deepEqual(await pages(ranked, local, 'mine', { order: 'relevance' }), ['g.y:9', 'eg.1.x:1']);
      const disabled: Half = async () => {
        throw new ServerError(ErrorCode.SEARCH_DISABLED, 'this server does not search conversations', 0);
      };
      assert.deepEqual(await pages(disabled, local, 'mine', {}), ['eg.1.x:1']);
      const never: Half = async () => assert.fail('a refused query is not sent');
      await assert.rejects(mergedSearch(never, local, 'é'.repeat(300), {}), (e: unknown) => e instanceof ServerError && e.code === ErrorCode.TOO_LARGE);
      await assert.rejects(mergedSearch(never, local, '"*"', {}), (e: unknown) => e instanceof ServerError && e.code === ErrorCode.INVALID_ARGUMENT);
      await assert.rejects(mergedSearch(never, local, 'mine', { cursor: 'mZ' }), /cursor/);
    } finally {
      await local.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
