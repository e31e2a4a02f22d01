import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConversationSearch } from '../../lib/chat/search.js';
import { ChorusError, ErrorCode } from '../../lib/protocol/mod.js';
import type { SearchIndex, SearchPage, SearchQuery } from '../../lib/search/mod.js';
import type { MemberRecord } from '../../lib/storage/mod.js';

/** An index whose searches finish only when the test says so, recording what it was asked. */
class GatedIndex implements SearchIndex {
  readonly asked: SearchQuery[] = [];
  private readonly gates: (() => void)[] = [];
  async search(q: SearchQuery): Promise<SearchPage> {
    this.asked.push(q);
    await new Promise<void>((r) => this.gates.push(r));
    return { hits: [], nextCursor: '' };
  }
  openAll(): void {
    for (const g of this.gates.splice(0)) g();
  }
  async close(): Promise<void> {}
}

const members = new Map<string, MemberRecord>([
  ['c1/u', { userId: 'u', role: 'member', joinedAt: 1, leftSeq: 0 }],
  ['c2/u', { userId: 'u', role: 'member', joinedAt: 1, leftSeq: 7 }],
]);
const store = {
  async conversationsOf(userId: string, afterId: string, limit: number): Promise<string[]> {
    return ['c1', 'c2'].filter((c) => members.has(`${c}/${userId}`) && c > afterId).slice(0, limit);
  },
  async member(conversationId: string, userId: string): Promise<MemberRecord | undefined> {
    return members.get(`${conversationId}/${userId}`);
  },
};
const req = { query: 'hello', order: 'newest' as const, limit: 0, cursor: '' };
const caller = { userId: 'u', deviceId: 'd' };

describe('ConversationSearch', () => {
  it('gives the engine the caller’s conversations with where each membership ended, and the default page', async () => {
    const index = new GatedIndex();
    const s = new ConversationSearch(store, index, { maxConcurrentPerUser: 2, maxConversations: 10 });
    const p = s.search(caller, req);
    await Promise.resolve();
    while (index.asked.length === 0) await new Promise((r) => setImmediate(r));
    index.openAll();
    await p;
    assert.deepEqual(index.asked[0]!.scopes, [{ conversationId: 'c1', leftSeq: 0 }, { conversationId: 'c2', leftSeq: 7 }]);
    assert.equal(index.asked[0]!.limit, 20);
  });

  it('refuses more searches at once per user than the limit with RATE_LIMITED, and frees the slots after', async () => {
    const index = new GatedIndex();
    const s = new ConversationSearch(store, index, { maxConcurrentPerUser: 2, maxConversations: 10 });
    const running = [s.search(caller, req), s.search(caller, req)];
    await assert.rejects(s.search(caller, req), (e: unknown) => e instanceof ChorusError && e.code === ErrorCode.RATE_LIMITED && e.retryAfterMs > 0);
    const other = s.search({ userId: 'w', deviceId: 'd' }, req); // another user is not affected
    while (index.asked.length < 3) await new Promise((r) => setImmediate(r));
    index.openAll();
    await Promise.all([...running, other]);
    const again = s.search(caller, req);
    while (index.asked.length < 4) await new Promise((r) => setImmediate(r));
    index.openAll();
    await again;
  });

  it('refuses a conversation the caller was never in with FORBIDDEN', async () => {
    const s = new ConversationSearch(store, new GatedIndex(), { maxConcurrentPerUser: 2, maxConversations: 10 });
    await assert.rejects(s.search(caller, { ...req, conversationId: 'c9' }), (e: unknown) => e instanceof ChorusError && e.code === ErrorCode.FORBIDDEN);
  });
});
