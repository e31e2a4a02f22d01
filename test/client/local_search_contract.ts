import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import type { LocalDoc, LocalSearchIndex, LocalSearchPage, LocalSearchQuery } from '../../lib/client/search/local_search.js';
import { SearchQueryError } from '../../lib/text/mod.js';

/**
 * What every LocalSearchIndex backend must do. `open(name)` opens the index called `name` (the same
 * name again after close() must give back what was written: it survives a restart).
 */
export interface LocalSearchFactory {
  open(name: string, o?: { maxDocs?: number }): Promise<LocalSearchIndex>;
  cleanup?(): Promise<void>;
}

const T0 = 1_700_000_000_000;
let unique = 0;

function doc(conversationId: string, seq: number, text: string, over: Partial<LocalDoc> = {}): LocalDoc {
  return { conversationId, seq, senderId: 'alice', sentAtMs: T0 + seq * 1000, text, ...over };
}

const seqs = (p: LocalSearchPage): string[] => p.hits.map((h) => `${h.conversationId}:${h.seq}`);
const isCode = (code: string) => (e: unknown) => e instanceof SearchQueryError && e.code === code;

export function localSearchContract(name: string, factory: LocalSearchFactory): void {
  describe(`LocalSearchIndex contract: ${name}`, () => {
    const opened: LocalSearchIndex[] = [];
    after(async () => {
      for (const i of opened) await i.close().catch(() => undefined);
      await factory.cleanup?.();
    });
    async function fresh(o?: { maxDocs?: number }): Promise<{ index: LocalSearchIndex; name: string }> {
      const n = `idx${++unique}`;
      const index = await factory.open(n, o);
      opened.push(index);
      return { index, name: n };
    }
    const q = (text: string, over: Partial<LocalSearchQuery> = {}): LocalSearchQuery => ({ text, ...over });

    it('finds words newest first, folding case and accents, with highlighted snippets', async () => {
      const { index } = await fresh();
      await index.add(doc('c1', 1, 'Meet at the Café at noon'));
      await index.add(doc('c1', 2, 'the cafe is closed'));
      await index.add(doc('c2', 3, 'nothing here'));
      const p = await index.search(q('CAFE'));
      assert.deepEqual(seqs(p), ['c1:2', 'c1:1']);
      assert.equal(p.nextCursor, '');
      const h = p.hits[1]!;
      assert.deepEqual({ s: h.senderId, t: h.sentAtMs }, { s: 'alice', t: T0 + 1000 });
      assert.equal(h.snippet, 'Meet at the Café at noon');
      assert.deepEqual(h.highlights, [{ start: 12, length: 4 }]);
      assert.deepEqual(seqs(await index.search(q('meet noon'))), ['c1:1']);
      assert.deepEqual(seqs(await index.search(q('noon meet'))), ['c1:1'], 'words of a query are ANDed, in any order');
      assert.deepEqual(seqs(await index.search(q('absent'))), []);
    });

    it('tokenises as the server does: CJK bigrams, emoji, URL parts', async () => {
      const { index } = await fresh();
      await index.add(doc('c', 1, '明日は東京都に行きます'));
      await index.add(doc('c', 2, 'nice 👍🏽 work'));
      await index.add(doc('c', 3, 'see https://docs.example.com/a/b?x=1'));
      await index.add(doc('c', 4, 'example of com'));
      assert.deepEqual(seqs(await index.search(q('東京'))), ['c:1']);
      assert.deepEqual(seqs(await index.search(q('京都'))), ['c:1']);
      assert.deepEqual(seqs(await index.search(q('京'))), ['c:1']);
      assert.deepEqual(seqs(await index.search(q('👍'))), ['c:2'], 'an emoji without skin tone finds it with one');
      assert.deepEqual(seqs(await index.search(q('example.com'))), ['c:3'], 'URL parts as a phrase');
      assert.deepEqual(seqs(await index.search(q('example com'))), ['c:4', 'c:3']);
    });

    it('edits replace the text (only by its sender), deletes and forgetting remove', async () => {
      const { index } = await fresh();
      await index.add(doc('c1', 1, 'old words', { senderId: 'bob' }));
      await index.add(doc('c1', 2, 'keep this'));
      await index.add(doc('c2', 1, 'keep that'));
      assert.equal(await index.edit('c1', 1, 'mallory', 'hijacked'), false);
      assert.equal(await index.edit('c1', 9, 'bob', 'never indexed'), false);
      assert.equal(await index.edit('c1', 1, 'bob', 'new words'), true);
      assert.deepEqual(seqs(await index.search(q('old'))), []);
      assert.deepEqual(seqs(await index.search(q('hijacked'))), []);
      assert.deepEqual(seqs(await index.search(q('words'))), ['c1:1']);
      assert.equal((await index.search(q('words'))).hits[0]!.sentAtMs, T0 + 1000, 'an edit keeps the time');
      assert.equal(await index.remove('c1', 2, 'mallory'), false, 'only its sender deletes it');
      assert.equal(await index.remove('c1', 2, 'alice'), true);
      assert.equal(await index.remove('c1', 77), false);
      assert.deepEqual(seqs(await index.search(q('keep'))), ['c2:1']);
      await index.forget('c1');
      assert.deepEqual(seqs(await index.search(q('words'))), []);
      assert.equal(index.size(), 1);
    });

    it('filters by conversation, sender and time range', async () => {
      const { index } = await fresh();
      for (let i = 1; i <= 6; i++) await index.add(doc(i % 2 === 0 ? 'even' : 'odd', i, `report ${i}`, { senderId: i <= 3 ? 'ann' : 'ben' }));
      assert.deepEqual(seqs(await index.search(q('report', { conversationId: 'even' }))), ['even:6', 'even:4', 'even:2']);
      assert.deepEqual(seqs(await index.search(q('report', { senderId: 'ann' }))), ['odd:3', 'even:2', 'odd:1']);
      assert.deepEqual(seqs(await index.search(q('report', { sinceMs: T0 + 2000, untilMs: T0 + 5000 }))), ['even:4', 'odd:3', 'even:2']);
    });

    it('pages newest first with a cursor: every hit once, stable while older messages arrive', async () => {
      const { index } = await fresh();
      for (let i = 1; i <= 7; i++) await index.add(doc(i % 2 === 0 ? 'a' : 'b', i, `budget line ${i}`, { sentAtMs: T0 + Math.ceil(i / 2) * 1000 }));
      const seen: string[] = [];
      let cursor = '';
      for (let n = 0; n < 10; n++) {
        const p = await index.search(q('budget', { limit: 3, cursor }));
        seen.push(...seqs(p));
        if (n === 0) await index.add(doc('a', 100, 'budget ancient', { sentAtMs: T0 - 5000 }));
        cursor = p.nextCursor;
        if (cursor === '') break;
      }
      assert.deepEqual(seen, ['b:7', 'a:6', 'b:5', 'a:4', 'b:3', 'a:2', 'b:1', 'a:100']);
      await assert.rejects(index.search(q('budget', { cursor: 'not-a-cursor' })), isCode('BAD_CURSOR'));
      await assert.rejects(index.search(q('budget', { limit: -1 })), isCode('BAD_OPTIONS'));
      assert.equal((await index.search(q('budget', { limit: 1000 }))).hits.length, 8, 'limits above 100 are capped');
    });

    it('refuses bad queries with the server bounds and survives odd unicode', async () => {
      const { index } = await fresh();
      const odd = ['\u0000nul', 'lone \uD800 surrogate', 'zw\u200Bsp', 'שלום עולם', 'e\u0301clair', '🏳️‍🌈 flag', '\u{1F600}'.repeat(300)];
      for (const [i, t] of odd.entries()) await index.add(doc('u', i + 1, t));
      assert.deepEqual(seqs(await index.search(q('ÉCLAIR'))), ['u:5']);
      assert.deepEqual(seqs(await index.search(q('עולם'))), ['u:4']);
      assert.deepEqual(seqs(await index.search(q('surrogate'))), ['u:2']);
      for (const bad of ['', '   ', '"*()', '\uD800']) await assert.rejects(index.search(q(bad)), isCode('EMPTY_QUERY'), JSON.stringify(bad));
      await assert.rejects(index.search(q('x'.repeat(4 * 1024 * 1024))), isCode('QUERY_TOO_LONG'));
      await assert.rejects(index.search(q('é'.repeat(300))), isCode('QUERY_TOO_LONG'), '600 UTF-8 bytes');
      await assert.rejects(index.search(q(Array.from({ length: 40 }, (_, i) => `w${i}`).join(' '))), isCode('TOO_MANY_TERMS'));
    });

    it('survives a restart: adds, edits, deletes and forgets are all kept', async () => {
      const { index, name: n } = await fresh();
      await index.add(doc('c1', 1, 'persisted alpha', { senderId: 'bob' }));
      await index.add(doc('c1', 2, 'persisted beta'));
      await index.add(doc('c2', 3, 'persisted gamma'));
      await index.add(doc('c3', 4, 'persisted delta'));
      await index.edit('c1', 1, 'bob', 'persisted omega');
      await index.remove('c1', 2);
      await index.forget('c2');
      await index.close();
      const again = await factory.open(n);
      opened.push(again);
      assert.deepEqual(seqs(await again.search(q('persisted'))), ['c3:4', 'c1:1']);
      assert.deepEqual(seqs(await again.search(q('omega'))), ['c1:1']);
      assert.equal(again.size(), 2);
    });

    it('keeps at most maxDocs messages, dropping the oldest', async () => {
      const { index, name: n } = await fresh({ maxDocs: 10 });
      for (let i = 1; i <= 12; i++) await index.add(doc('c', i, `bounded ${i}`));
      assert.ok(index.size() <= 10);
      const kept = seqs(await index.search(q('bounded', { limit: 100 })));
      assert.equal(kept[0], 'c:12');
      assert.ok(!kept.includes('c:1'), 'the oldest went first');
      await index.close();
      const again = await factory.open(n, { maxDocs: 10 });
      opened.push(again);
      assert.deepEqual(seqs(await again.search(q('bounded', { limit: 100 }))), kept);
    });
  });
}
