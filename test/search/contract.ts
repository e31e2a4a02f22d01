import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type SearchIndex, type SearchPage, type SearchQuery, SearchQueryError } from '../../lib/search/mod.js';
import type { MessageRecord, MessageStore } from '../../lib/storage/mod.js';

/**
 * What every SearchIndex must do. The factory opens an empty store whose appends reach the index
 * (in the same transaction, or through an indexer); `indexed()` resolves once everything appended
 * so far is searchable.
 */
export interface SearchFactory {
  open(): Promise<{ store: Pick<MessageStore, 'createConversation' | 'append' | 'range' | 'close'>; index: SearchIndex; indexed(): Promise<void> }>;
  cleanup?(): Promise<void>;
}

const T0 = 1_700_000_000_000;
let unique = 0;
/** Sent times grow with every append, as the server's do (newest first is most recently stored first). */
let clock = 0;

function entry(conversationId: string, seq: number, text: string, over: Partial<MessageRecord> = {}): MessageRecord {
  return {
    conversationId, seq, senderId: 'alice', senderDevice: 'phone', clientId: `c${seq}`, sentAt: T0 + ++clock * 1000,
    text, kind: 'text', refSeq: 0, editedAt: 0, deleted: false, meta: '', ...over,
  };
}

function members(conversationId: string, seq: number, added: string[], removed: string[]): MessageRecord {
  return entry(conversationId, seq, '', { kind: 'members', senderId: 'alice', meta: JSON.stringify({ added: added.map((userId) => ({ userId, role: 'member' })), removed, roles: [] }) });
}

export function searchContract(name: string, factory: SearchFactory): void {
  describe(`SearchIndex contract: ${name}`, () => {
    let store: Pick<MessageStore, 'createConversation' | 'append' | 'range' | 'close'>;
    let index: SearchIndex;
    let indexed: () => Promise<void>;
    before(async () => {
      ({ store, index, indexed } = await factory.open());
    });
    after(async () => {
      await index.close();
      await store.close();
      await factory.cleanup?.();
    });

    /** A group of alice, bob and carol holding the texts (seq 1..n, by alice, later than anything before). */
    async function group(texts: string[], people = ['alice', 'bob', 'carol']): Promise<string> {
      const id = `g${++unique}.${process.pid}`;
      await store.createConversation(
        { id, kind: 'group', title: 't', createdBy: people[0]!, createdAt: T0, lastActivity: T0 },
        people.map((userId, i) => ({ userId, role: i === 0 ? 'owner' : 'member', joinedAt: T0, leftSeq: 0 })),
      );
      if (texts.length > 0) await store.append(texts.map((t, i) => entry(id, i + 1, t)));
      return id;
    }

    async function find(text: string, over: Partial<SearchQuery> & { in: string[] }): Promise<SearchPage> {
      await indexed();
      const { in: ids, ...rest } = over;
      return index.search({ userId: 'bob', text, scopes: ids.map((conversationId) => ({ conversationId, leftSeq: 0 })), order: 'newest', limit: 20, ...rest });
    }
    const seqs = (p: SearchPage): number[] => p.hits.map((h) => h.seq);

    it('finds words regardless of case and accents, with conversation, seq, sender, time and a highlighted snippet', async () => {
      const id = await group(['Meet me at the Café Noir', 'nothing here', 'CAFE tomorrow?']);
      const page = await find('cafe', { in: [id] });
      assert.deepEqual(seqs(page), [3, 1]);
      const hit = page.hits[1]!;
      const stored = (await store.range(id, { afterSeq: 0, limit: 1 }))[0]!;
      assert.deepEqual({ c: hit.conversationId, s: hit.senderId, t: hit.sentAt }, { c: id, s: 'alice', t: stored.sentAt });
      assert.equal(hit.snippet, 'Meet me at the Café Noir');
      assert.deepEqual(hit.highlights.map((h) => hit.snippet.slice(h.start, h.start + h.length)), ['Café']);
      assert.deepEqual(seqs(await find('CAFÉ NOIR', { in: [id] })), [1]);
    });

    it('finds text without spaces (CJK) by any two-character word and by one character', async () => {
      const id = await group(['東京都に住んでいます', '京都へ行きました', 'english only']);
      assert.deepEqual(seqs(await find('東京', { in: [id] })), [1]);
      assert.deepEqual(seqs(await find('京都', { in: [id] })), [2, 1]);
      assert.deepEqual(seqs(await find('住んで', { in: [id] })), [1]);
      assert.deepEqual(seqs(await find('都', { in: [id] })), [2, 1]);
      assert.deepEqual(seqs(await find('大阪', { in: [id] })), []);
      const hit = (await find('住んで', { in: [id] })).hits[0]!;
      assert.deepEqual(hit.highlights.map((h) => hit.snippet.slice(h.start, h.start + h.length)), ['住んで']);
    });

    it('finds emoji (any skin tone) and URLs by their parts or whole', async () => {
      const id = await group(['great 👍🏽 see https://example.com/docs/page?x=1', 'plain 👍 thanks', 'example of nothing']);
      assert.deepEqual(seqs(await find('👍', { in: [id] })), [2, 1]);
      assert.deepEqual(seqs(await find('👍🏽', { in: [id] })), [1]);
      assert.deepEqual(seqs(await find('example.com', { in: [id] })), [1]);
      assert.deepEqual(seqs(await find('https://example.com/docs/page', { in: [id] })), [1]);
      assert.deepEqual(seqs(await find('example', { in: [id] })), [3, 1]);
    });

    it('finds an edited message by its current text only and a deleted one never', async () => {
      const id = await group(['the old address is 12 elm street', 'delete me: secret plan']);
      const later = await group(['the address book']);
      await store.append([
        entry(id, 3, 'the new address is 9 oak road', { kind: 'edit', refSeq: 1 }),
        entry(id, 4, '', { kind: 'delete', refSeq: 2 }),
      ]);
      assert.deepEqual(seqs(await find('elm', { in: [id] })), []);
      assert.deepEqual(seqs(await find('oak road', { in: [id] })), [1], 'the edit entry itself is not a hit, its target is');
      const order = await find('address', { in: [id, later] });
      assert.deepEqual(order.hits.map((h) => h.conversationId), [later, id], 'an edit does not make a message newer');
      assert.deepEqual(seqs(await find('secret', { in: [id] })), []);
      await store.append([entry(id, 5, 'edited after delete', { kind: 'edit', refSeq: 2 })]);
      assert.deepEqual(seqs(await find('edited', { in: [id] })), []);
    });

    it('searches only the scopes given: other conversations are invisible', async () => {
      const mine = await group(['launch code alpha']);
      const theirs = await group(['launch code beta'], ['alice', 'carol']);
      assert.deepEqual((await find('launch', { in: [mine] })).hits.map((h) => h.conversationId), [mine]);
      assert.equal((await find('beta', { in: [mine] })).hits.length, 0);
      assert.equal((await find('launch', { in: [] })).hits.length, 0);
      assert.deepEqual((await find('launch', { in: [mine, theirs] })).hits.length, 2);
    });

    it('shows a member who joined late only what came after their joining, and a removed one only up to the removal', async () => {
      const id = await group(['before dave joined: pizza'], ['alice', 'bob']);
      await store.append([members(id, 2, ['dave'], []), entry(id, 3, 'after dave joined: pizza'), members(id, 4, [], ['bob']), entry(id, 5, 'after bob left: pizza')]);
      await indexed();
      const asDave = await index.search({ userId: 'dave', text: 'pizza', scopes: [{ conversationId: id, leftSeq: 0 }], order: 'newest', limit: 10 });
      assert.deepEqual(seqs(asDave), [5, 3]);
      const asBob = await index.search({ userId: 'bob', text: 'pizza', scopes: [{ conversationId: id, leftSeq: 4 }], order: 'newest', limit: 10 });
      assert.deepEqual(seqs(asBob), [3, 1]);
      // Removed then added again: the new membership counts, from the entry that re-added them.
      await store.append([members(id, 6, ['bob'], []), entry(id, 7, 'bob is back: pizza')]);
      await indexed();
      const again = await index.search({ userId: 'bob', text: 'pizza', scopes: [{ conversationId: id, leftSeq: 0 }], order: 'newest', limit: 10 });
      assert.deepEqual(seqs(again), [7]);
    });

    it('filters by sender and time range', async () => {
      const id = await group([]);
      const es = [entry(id, 1, 'report one'), entry(id, 2, 'report two', { senderId: 'bob' }), entry(id, 3, 'report three')];
      await store.append(es);
      assert.deepEqual(seqs(await find('report', { in: [id], senderId: 'bob' })), [2]);
      assert.deepEqual(seqs(await find('report', { in: [id], sinceMs: es[1]!.sentAt })), [3, 2]);
      assert.deepEqual(seqs(await find('report', { in: [id], sinceMs: es[1]!.sentAt, untilMs: es[2]!.sentAt })), [2]);
    });

    it('pages newest first with a cursor: every hit once, in order', async () => {
      const a = await group(Array.from({ length: 13 }, (_, i) => `weekly sync ${i}`));
      const b = await group(Array.from({ length: 12 }, (_, i) => `weekly sync b${i}`));
      const got: string[] = [];
      let cursor = '';
      let pages = 0;
      do {
        const page = await find('weekly', { in: [a, b], limit: 10, cursor });
        got.push(...page.hits.map((h) => `${h.sentAt}/${h.conversationId}/${h.seq}`));
        cursor = page.nextCursor;
        pages++;
      } while (cursor !== '');
      assert.equal(pages, 3);
      assert.equal(new Set(got).size, 25);
      assert.deepEqual(got, [...got].sort((x, y) => Number(y.split('/')[0]) - Number(x.split('/')[0]) || (y > x ? 1 : -1)));
    });

    it('orders by relevance on request, and pages it', async () => {
      const id = await group(['a long message that mentions the budget once among many other words here', 'budget budget', 'no match']);
      const page = await find('budget', { in: [id], order: 'relevance', limit: 1 });
      assert.deepEqual(seqs(page), [2]);
      const next = await find('budget', { in: [id], order: 'relevance', limit: 1, cursor: page.nextCursor });
      assert.deepEqual(seqs(next), [1]);
      assert.equal(next.nextCursor, '');
      await assert.rejects(find('budget', { in: [id], order: 'newest', cursor: page.nextCursor }), (e: unknown) => e instanceof SearchQueryError && e.code === 'BAD_CURSOR');
    });

    it('never parses the text as query syntax: operators and quotes are plain words or separators', async () => {
      const id = await group(['cats or dogs', 'cats', 'near the station', 'terms foo', 'say "hi" now']);
      assert.deepEqual(seqs(await find('cats OR dogs', { in: [id] })), [1]);
      assert.deepEqual(seqs(await find('NEAR( station)', { in: [id] })), [3]);
      assert.deepEqual(seqs(await find('terms:foo', { in: [id] })), [4]);
      assert.deepEqual(seqs(await find('"hi', { in: [id] })), [5]);
      assert.deepEqual(seqs(await find('cat*', { in: [id] })), []);
      assert.deepEqual(seqs(await find('-dogs ^cats', { in: [id] })), [1]);
      for (const bad of ['"', '*', '()', ':', '  ']) {
        await assert.rejects(find(bad, { in: [id] }), (e: unknown) => e instanceof SearchQueryError && e.code === 'EMPTY_QUERY', bad);
      }
    });

    it('refuses queries over the bounds, and cursors it did not give', async () => {
      const id = await group(['x']);
      await assert.rejects(find('a'.repeat(513), { in: [id] }), (e: unknown) => e instanceof SearchQueryError && e.code === 'QUERY_TOO_LONG');
      await assert.rejects(find(Array.from({ length: 40 }, (_, i) => `w${i}`).join(' '), { in: [id] }), (e: unknown) => e instanceof SearchQueryError && e.code === 'TOO_MANY_TERMS');
      await assert.rejects(find('x', { in: [id], cursor: 'not-a-cursor' }), (e: unknown) => e instanceof SearchQueryError && e.code === 'BAD_CURSOR');
    });

    it('cuts long texts to a snippet around the first match', async () => {
      const long = `${'filler '.repeat(60)}the needle is here${' more'.repeat(60)}`;
      const id = await group([long]);
      const hit = (await find('needle', { in: [id] })).hits[0]!;
      assert.ok(hit.snippet.length <= 162 && hit.snippet.startsWith('…') && hit.snippet.endsWith('…'), hit.snippet);
      assert.deepEqual(hit.highlights.map((h) => hit.snippet.slice(h.start, h.start + h.length)), ['needle']);
    });
  });
}
