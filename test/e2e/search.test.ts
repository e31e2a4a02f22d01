import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type ChorusClient, type SearchResultPage, ServerError } from '../../lib/client/mod.js';
import { ErrorCode } from '../../lib/protocol/mod.js';
import { startTestNode, type TestNode } from '../../testing/node.js';

async function refused(p: Promise<unknown>, code: number): Promise<void> {
  await assert.rejects(p, (e: unknown) => e instanceof ServerError && e.code === code, `expected ${ErrorCode[code]}`);
}

const texts = (p: SearchResultPage): string[] => p.hits.map((h) => h.snippet);

describe('message search over real WebSockets (embedded engine)', () => {
  let t: TestNode;
  let alice: ChorusClient;
  let bob: ChorusClient;
  let eve: ChorusClient;
  let group: string;
  before(async () => {
    t = await startTestNode();
    [alice, bob, eve] = await Promise.all([t.client('se-alice'), t.client('se-bob'), t.client('se-eve')]);
    group = (await alice.createGroup('trip', ['se-bob'])).id;
    await alice.send(group, 'the hotel address is 5 Rue de la Paix');
    await bob.send(group, 'Hôtel booked for Friday 🎉');
    const typo = await alice.send(group, 'train leaves at 9 from Gare du Nrod');
    await alice.edit(group, typo.seq, 'train leaves at 9 from Gare du Nord');
    const oops = await bob.send(group, 'my passport number is X123');
    await bob.delete(group, oops.seq);
    await alice.updateGroup(group, { add: ['se-eve'] });
    await alice.send(group, 'welcome eve, the hotel has a pool');
    await alice.updateGroup(group, { remove: ['se-bob'] });
    await alice.send(group, 'hotel surprise party for bob');
    const other = await (await t.client('se-carol')).createDirect('se-dave');
    // Nobody of the three is in this one.
    await (await t.client('se-carol')).send(other.id, 'hotel secrets between carol and dave');
  });
  after(async () => {
    await t.stop();
  });

  it('finds what each user can read: their conversations, from their joining to their removal', async () => {
    assert.deepEqual(texts(await alice.search('hotel')), [
      'hotel surprise party for bob',
      'welcome eve, the hotel has a pool',
      'Hôtel booked for Friday 🎉',
      'the hotel address is 5 Rue de la Paix',
    ]);
    assert.deepEqual(texts(await eve.search('hotel')), ['hotel surprise party for bob', 'welcome eve, the hotel has a pool'], 'joined late');
    assert.deepEqual(texts(await bob.search('hotel')), ['welcome eve, the hotel has a pool', 'Hôtel booked for Friday 🎉', 'the hotel address is 5 Rue de la Paix'], 'removed');
    const hit = (await alice.search('HOTEL', { senderId: 'se-bob' })).hits[0]!;
    assert.deepEqual({ c: hit.conversationId, s: hit.senderId, seq: hit.seq }, { c: group, s: 'se-bob', seq: 2 });
    assert.ok(hit.sentAtMs > 0);
    assert.equal(hit.snippet.slice(hit.highlights[0]!.start, hit.highlights[0]!.start + hit.highlights[0]!.length), 'Hôtel');
    assert.deepEqual(texts(await alice.search('🎉')), ['Hôtel booked for Friday 🎉']);
  });

  it('finds edited messages by their current text and deleted ones never', async () => {
    assert.deepEqual(texts(await alice.search('nord')), ['train leaves at 9 from Gare du Nord']);
    assert.deepEqual(texts(await alice.search('nrod')), []);
    assert.deepEqual(texts(await alice.search('passport')), []);
    assert.deepEqual(texts(await bob.search('X123')), []);
  });

  it('refuses a conversation filter the caller is not in, and never shows other conversations', async () => {
    const theirs = (await (await t.client('se-carol', 'dev2')).search('secrets')).hits[0]!.conversationId;
    await refused(alice.search('hotel', { conversationId: theirs }), ErrorCode.FORBIDDEN);
    assert.deepEqual(texts(await alice.search('secrets')), []);
    assert.equal((await alice.search('hotel', { conversationId: group })).hits.length, 4);
  });

  it('pages with a cursor, newest first or by relevance', async () => {
    const paged: string[] = [];
    for (let page: SearchResultPage | null = await alice.search('hotel', { limit: 3 }); page !== null; page = await page.next()) paged.push(...texts(page));
    assert.deepEqual(paged, texts(await alice.search('hotel')));
    const best = await alice.search('hotel pool', { order: 'relevance', limit: 1 });
    assert.deepEqual(texts(best), ['welcome eve, the hotel has a pool']);
    await refused(alice.search('hotel', { cursor: 'garbage' }), ErrorCode.INVALID_ARGUMENT);
    await refused(alice.search('hotel', { order: 'newest', cursor: best.nextCursor || 'x' }), ErrorCode.INVALID_ARGUMENT);
  });

  it('bounds bad input with documented errors and stays up', async () => {
    await refused(alice.search('x'.repeat(513)), ErrorCode.TOO_LARGE);
    await refused(alice.search(Array.from({ length: 33 }, (_, i) => `w${i}`).join(' ')), ErrorCode.TOO_LARGE);
    await refused(alice.search('"*"'), ErrorCode.INVALID_ARGUMENT);
    await refused(alice.search('hotel', { senderId: 'not a valid id!' }), ErrorCode.INVALID_ARGUMENT);
    await refused(alice.search('hotel', { sinceMs: -5 }), ErrorCode.INVALID_ARGUMENT);
    // Query syntax of FTS5 and of OpenSearch is plain text here.
    for (const q of ['hotel OR passport', 'NEAR(hotel passport)', 'terms:hotel', 'hotel*', '"hotel" AND "passport"', '{"match_all":{}}', 'hotel) OR (1=1']) {
      const page = await alice.search(q);
      assert.ok(page.hits.every((h) => !h.snippet.includes('passport')), q);
    }
    // Many at once: each is answered, with results or RATE_LIMITED, and the server goes on.
    const results = await Promise.allSettled(Array.from({ length: 40 }, () => alice.search('hotel')));
    for (const r of results) {
      if (r.status === 'rejected') assert.ok(r.reason instanceof ServerError && [ErrorCode.RATE_LIMITED, ErrorCode.OVERLOADED].includes(r.reason.code), String(r.reason));
    }
    assert.ok(results.some((r) => r.status === 'fulfilled'));
    assert.equal((await alice.search('hotel')).hits.length, 4);
  });
});
