/**
 * Reads from the local DC of conversations homed in another region (docs/regions.md, "Reads from
 * the local DC"), in process: when a history page is current enough (judgePage), the same page as
 * the home's conversation actor gives when it is, membership settled by the local member row, sync
 * pages cut at holes and completed from the home, and what deliveries and answers teach a node.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ActorSystem } from '../../lib/actors/mod.js';
import { LocalChatService } from '../../lib/chat/local_service.js';
import { type KnownHead, RegionHeads, RegionReads, type ReadResult, judgePage, learnFromFrame, learnFromResult } from '../../lib/chat/cluster/region_reads.js';
import { completeSync } from '../../lib/chat/cluster/region_sync.js';
import { RegionBridge } from '../../lib/chat/cluster/region_bridge.js';
import { regionSettings } from '../../lib/cluster/regions.js';
import { silentLog } from '../../lib/cluster/log.js';
import type { Caller, HistoryResult, SyncResult } from '../../lib/chat/types.js';
import { ChorusError, ErrorCode, encodeServerFrame, pb } from '../../lib/protocol/mod.js';
import { SqliteStore } from '../../lib/storage/sqlite_store.js';
import type { MessageRecord } from '../../lib/storage/mod.js';
import { ManualClock } from '../../lib/time/mod.js';

const T = { settleMs: 2000, freshMs: 30_000 };

function rows(from: number, to: number, skip: number[] = []): MessageRecord[] {
  const out: MessageRecord[] = [];
  for (let seq = from; seq <= to; seq++) {
    if (skip.includes(seq)) continue;
    out.push({ conversationId: 'c', seq, senderId: 'alice', senderDevice: 'd', clientId: `m${seq}`, sentAt: seq, text: `m${seq}`, kind: 'text', refSeq: 0, editedAt: 0, deleted: false, meta: '' });
  }
  return out;
}

const head = (h: number, at = 0, effectAt = 0): KnownHead => ({ head: h, at, effectAt });

describe('judgePage: is a page read from this DC current enough?', () => {
  const cases: [string, Parameters<typeof judgePage>[0], MessageRecord[], KnownHead | undefined, string, number?][] = [
    ['newest page, the DC at the known head', { limit: 5 }, rows(5, 10), head(10), 'local'],
    ['newest page, the DC two behind the known head', { limit: 5 }, rows(3, 8), head(10), 'behind', 2],
    ['newest page, no knowledge of the head', { limit: 5 }, rows(5, 10), undefined, 'unknown'],
    ['newest page, a hole in the rows', { limit: 5 }, rows(5, 10, [8]), head(10), 'behind', 1],
    ['newest page of a short log missing its first entry', { limit: 5 }, rows(2, 4), head(4), 'behind', 1],
    ['older page ending at before_seq - 1: no head needed', { beforeSeq: 6, limit: 3 }, rows(2, 5), undefined, 'local'],
    ['older page the DC has not reached (the client has 9)', { beforeSeq: 10, limit: 3 }, rows(4, 7), head(12), 'behind', 5],
    ['older page the DC has not reached, head unknown', { beforeSeq: 10, limit: 3 }, rows(4, 7), undefined, 'unknown'],
    ['before_seq past every head heard of (a client asking for the newest so)', { beforeSeq: 1e9, limit: 3 }, rows(4, 7), head(7), 'unknown'],
    ['full page after a cursor: older entries, no head needed', { afterSeq: 3, limit: 3 }, rows(4, 7), undefined, 'local'],
    ['short page after a cursor, head unknown', { afterSeq: 3, limit: 5 }, rows(4, 6), undefined, 'unknown'],
    ['short page after a cursor reaching the head', { afterSeq: 3, limit: 5 }, rows(4, 6), head(6), 'local'],
    ['short page after a cursor behind the head', { afterSeq: 3, limit: 5 }, rows(4, 6), head(9), 'behind', 3],
    ['page after a cursor the DC has not reached', { afterSeq: 3, limit: 5 }, [], head(5), 'behind', 2],
    ['page after a cursor starting past it (a hole)', { afterSeq: 3, limit: 5 }, rows(5, 6), head(6), 'behind', 1],
  ];
  for (const [name, q, found, known, want, entries] of cases) {
    it(name, () => {
      const v = judgePage(q, found, known, 1000, T);
      assert.equal(v.result, want);
      if (entries !== undefined && v.result !== 'local') assert.equal(v.behindEntries, entries);
    });
  }

  it('cuts the extra row and reports more; the head reported is never below what the client or the node knows', () => {
    const older = judgePage({ beforeSeq: 6, limit: 3 }, rows(2, 5), head(40), 1000, T);
    assert.ok(older.result === 'local');
    assert.deepEqual(older.rows.map((r) => r.seq), [3, 4, 5]);
    assert.equal(older.hasMore, true);
    assert.equal(older.lastSeq, 40);
    const newer = judgePage({ afterSeq: 3, limit: 3 }, rows(4, 7), undefined, 1000, T);
    assert.ok(newer.result === 'local');
    assert.deepEqual(newer.rows.map((r) => r.seq), [4, 5, 6]);
    assert.equal(newer.hasMore, true);
  });

  it('sends pages home for a while after an effect, and a stale head counts as unknown', () => {
    assert.equal(judgePage({ limit: 5 }, rows(5, 10), head(10, 0, 500), 1000, T).result, 'effect');
    assert.equal(judgePage({ limit: 5 }, rows(5, 10), head(10, 0, 500), 2500, T).result, 'local');
    assert.equal(judgePage({ limit: 5 }, rows(5, 10), head(10, 0), T.freshMs, T).result, 'unknown');
  });
});

describe('RegionHeads and what a node learns', () => {
  it('keeps the highest seq heard, marks effects, and forgets the oldest conversation when full', () => {
    const clock = new ManualClock();
    const heads = new RegionHeads(clock, 2);
    const t0 = clock.now();
    learnFromFrame(heads, encodeServerFrame({ message: { conversationId: 'x', seq: 7, kind: pb.MessageKind.TEXT } }));
    learnFromFrame(heads, encodeServerFrame({ message: { conversationId: 'x', seq: 5, kind: pb.MessageKind.TEXT } }));
    assert.deepEqual(heads.get('x'), { head: 7, at: t0, effectAt: 0 }, 'a late delivery never moves the head back');
    clock.advance(10);
    learnFromFrame(heads, encodeServerFrame({ message: { conversationId: 'y', seq: 3, kind: pb.MessageKind.EDIT, refSeq: 1 } }));
    assert.deepEqual(heads.get('y'), { head: 3, at: t0 + 10, effectAt: t0 + 10 });
    learnFromFrame(heads, encodeServerFrame({ typing: { conversationId: 'z', userId: 'u' } }));
    learnFromFrame(heads, new Uint8Array([0xff, 0xff]));
    assert.equal(heads.size, 2, 'typing and garbage teach nothing');
    learnFromResult(heads, 'z', 'react', []);
    assert.equal(heads.size, 2);
    assert.equal(heads.get('x'), undefined, 'the oldest went');
    learnFromResult(heads, 'y', 'history', { conversationId: 'y', messages: [], hasMore: false, lastSeq: 9, reactions: new Map() } satisfies HistoryResult);
    assert.equal(heads.get('y')!.head, 9);
  });
});

describe('RegionReads on a real store (SQLite), against the home actor on the same log', () => {
  const clock = new ManualClock();
  const store = new SqliteStore({ path: ':memory:' });
  const system = new ActorSystem({ passivationSweepMs: 0 });
  const home = new LocalChatService({
    system,
    store,
    fanout: { toUsers() {} },
    limits: { maxTextBytes: 1000, maxGroupMembers: 10, maxConversationsPerUser: 100, maxPage: 100, dedupWindow: 64, requestTimeoutMs: 2000, editWindowMs: 60_000, deleteWindowMs: 60_000, typingIntervalMs: 1000, typingTtlMs: 5000 },
    passivateAfterMs: 0,
    mailboxCapacity: 1000,
  });
  const heads = new RegionHeads(clock);
  const seen: ReadResult[] = [];
  const reads = new RegionReads({ store, clock, heads, observer: { read: (_call, r) => seen.push(r) }, timings: T });
  const alice: Caller = { userId: 'alice', deviceId: 'd' };
  const bob: Caller = { userId: 'bob', deviceId: 'd' };
  const carol: Caller = { userId: 'carol', deviceId: 'd' };
  let id = '';
  let last = 0;

  before(async () => {
    id = (await home.createConversation(alice, { kind: 'group', members: ['bob', 'carol'], title: 't' })).id;
    for (let i = 0; i < 30; i++) last = (await home.send(alice, { conversationId: id, clientId: `c${i}`, text: `hello ${i}`, resend: false })).seq;
    await home.react(bob, id, last - 1, '👍', true);
    heads.seen(id, last);
  });
  after(async () => {
    system.shutdown();
    await store.close();
  });

  it('serves the same pages as the home actor when current', async () => {
    const queries = [{ limit: 5 }, { limit: 50 }, { beforeSeq: 10, limit: 4 }, { beforeSeq: 3, limit: 10 }, { afterSeq: 20, limit: 5 }, { afterSeq: 25, limit: 50 }];
    for (const q of queries) {
      const want = await home.history(bob, { conversationId: id, ...q });
      const got = await reads.history(id, bob, q);
      assert.ok(got !== undefined, `served locally: ${JSON.stringify(q)}`);
      assert.deepEqual(got, want, JSON.stringify(q));
    }
    assert.ok(seen.every((r) => r === 'local'));
  });

  it('sends a page home when the DC is behind what the node heard, and for a member the DC does not know', async () => {
    seen.length = 0;
    heads.seen(id, last + 3);
    assert.equal(await reads.history(id, bob, { limit: 5 }), undefined);
    assert.ok((await reads.history(id, bob, { beforeSeq: 10, limit: 4 })) !== undefined, 'older pages need no head');
    assert.equal(await reads.history(id, { userId: 'mallory', deviceId: 'd' }, { beforeSeq: 10, limit: 4 }), undefined);
    assert.deepEqual(seen, ['behind', 'local', 'member']);
  });

  it("sends home a page after a cursor that is the caller's own removal while the local member row still says member", async () => {
    const added = (await home.updateGroup(alice, { conversationId: id, clientId: 'add-dave', title: null, add: ['dave'], remove: [], roles: [] })).seq;
    const dave: Caller = { userId: 'dave', deviceId: 'd' };
    const rm = (await home.updateGroup(alice, { conversationId: id, clientId: 'rm-dave', title: null, add: [], remove: ['dave'], roles: [] })).seq;
    const later = (await home.send(alice, { conversationId: id, clientId: 'after-dave', text: 'not for dave', resend: false })).seq;
    heads.seen(id, later);
    clock.advance(T.settleMs);
    assert.ok(added < rm && rm < later);
    // The local member row lagging: dave still a member here.
    const lagging = new RegionReads({ store: { member: async () => ({ userId: 'dave', role: 'member', joinedAt: 1, leftSeq: 0 }), range: (c, q) => store.range(c, q), reactions: (c, s2, u) => store.reactions(c, s2, u) }, clock, heads, timings: T });
    assert.equal(await lagging.history(id, dave, { afterSeq: rm, limit: 5 }), undefined, 'dave was sent his removal: the rows after it are not his');
    assert.ok((await lagging.history(id, bob, { afterSeq: rm, limit: 5 })) !== undefined, 'bob reads on locally');
  });

  it('sends a removed member home (the home bounds what former members read)', async () => {
    seen.length = 0;
    const removed = await home.updateGroup(alice, { conversationId: id, clientId: 'rm', title: null, add: [], remove: ['carol'], roles: [] });
    heads.seen(id, removed.seq);
    clock.advance(T.settleMs);
    assert.equal(await reads.history(id, carol, { beforeSeq: 5, limit: 2 }), undefined);
    assert.deepEqual(seen, ['member']);
  });
});

describe('completeSync: a sync page from this DC, gapless and complete', () => {
  const clock = new ManualClock();
  const page = (messages: MessageRecord[], done = true): SyncResult => ({ messages, reactions: new Map(), conversations: [], done });
  const caller: Caller = { userId: 'bob', deviceId: 'd' };
  const home = (from: number, to: number) => async (_c: Caller, _id: string, a: { afterSeq?: number; limit: number }): Promise<HistoryResult> => {
    const start = (a.afterSeq ?? 0) + 1;
    const end = Math.min(to, start + a.limit - 1);
    return { conversationId: 'c', messages: rows(Math.max(start, from), end), hasMore: end < to, lastSeq: to, reactions: new Map() };
  };

  it('cuts a conversation at a hole and takes the rest from the home', async () => {
    const heads = new RegionHeads(clock);
    const out = await completeSync({ heads, clock, history: home(1, 12) }, caller, { cursors: new Map([['c', 3]]), limit: 100, receiptsSince: 0 }, page(rows(4, 10, [7])));
    assert.deepEqual(out.messages.map((m) => m.seq), [4, 5, 6, 7, 8, 9, 10, 11, 12]);
    assert.equal(out.done, true);
  });

  it('fills a conversation the node knows is further on at home, within the page budget', async () => {
    const heads = new RegionHeads(clock);
    heads.seen('c', 20);
    const out = await completeSync({ heads, clock, history: home(1, 20) }, caller, { cursors: new Map([['c', 3]]), limit: 10, receiptsSince: 0 }, page(rows(4, 6)));
    assert.deepEqual(out.messages.map((m) => m.seq), [4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    assert.equal(out.done, false, 'the rest comes with the next sync');
    const quiet = await completeSync({ heads, clock, history: home(1, 20) }, caller, { cursors: new Map([['c', 20]]), limit: 10, receiptsSince: 0 }, page([]));
    assert.deepEqual(quiet.messages, []);
    assert.equal(quiet.done, true);
  });

  it('makes progress when every row read here was cut: the fill budget counts the rows kept', async () => {
    const heads = new RegionHeads(clock);
    heads.seen('c', 300);
    const asked: number[] = [];
    const history = async (c: Caller, id: string, a: { afterSeq?: number; limit: number }): Promise<HistoryResult> => (asked.push(a.limit), home(1, 300)(c, id, a));
    // A full local page past a hole at 101: nothing of it can be kept.
    const out = await completeSync({ heads, clock, history }, caller, { cursors: new Map([['c', 100]]), limit: 100, receiptsSince: 0 }, page(rows(102, 201), false));
    assert.deepEqual(asked, [100]);
    assert.equal(out.messages[0]?.seq, 101);
    assert.equal(out.messages.length, 100);
  });

  it('ends a sync whose stale cursor names a conversation the caller may no longer read', async () => {
    const heads = new RegionHeads(clock);
    heads.seen('c', 20);
    const forbidden = async (): Promise<HistoryResult> => {
      throw new ChorusError(ErrorCode.FORBIDDEN, 'not a member');
    };
    const out = await completeSync({ heads, clock, history: forbidden }, caller, { cursors: new Map([['c', 3]]), limit: 100, receiptsSince: 0 }, page([]));
    assert.deepEqual(out.messages, []);
    assert.equal(out.done, true);
  });

  it("keeps nothing after the caller's own removal, whatever the local member row says", async () => {
    const heads = new RegionHeads(clock);
    const local = rows(4, 8);
    local[2] = { ...local[2]!, kind: 'members', meta: JSON.stringify({ removed: ['bob'] }) };
    const out = await completeSync({ heads, clock, history: home(1, 8) }, caller, { cursors: new Map([['c', 3]]), limit: 100, receiptsSince: 0 }, page(local));
    assert.deepEqual(out.messages.map((m) => m.seq), [4, 5, 6]);
  });

  it('keeps the page as it is when a fill fails, and says it is not done', async () => {
    const heads = new RegionHeads(clock);
    const failing = async (): Promise<HistoryResult> => {
      throw new Error('home unreachable');
    };
    const out = await completeSync({ heads, clock, history: failing }, caller, { cursors: new Map([['c', 3]]), limit: 100, receiptsSince: 0 }, page(rows(4, 10, [7])));
    assert.deepEqual(out.messages.map((m) => m.seq), [4, 5, 6]);
    assert.equal(out.done, false);
  });
});

describe('RegionBridge: reads learn from what its gateway sends', () => {
  it('learns the heads of conversations homed elsewhere from the frames its clients are sent', async () => {
    const clock = new ManualClock();
    const store = new SqliteStore({ path: ':memory:' });
    await store.createConversation({ id: 'g.x', kind: 'group', title: 't', createdBy: 'bob', createdAt: 1, lastActivity: 1, homeRegion: 'b' }, [{ userId: 'bob', role: 'owner', joinedAt: 1, leftSeq: 0 }]);
    await store.append(rows(1, 3).map((r) => ({ ...r, conversationId: 'g.x' })));
    const seen: ReadResult[] = [];
    const b = new RegionBridge({
      settings: regionSettings('a', [{ name: 'b', endpoint: 'b.example:9090' }]),
      link: () => {
        throw new Error('this test opens no link');
      },
      store,
      log: silentLog,
      reads: { store, clock, observer: { read: (_call, r) => seen.push(r) } },
    });
    const sent: Uint8Array[] = [];
    const gateway = b.watchGateway({ fanout: { toUsers: (_u, f) => void sent.push(f) }, publishPresence() {}, reconnectAll() {}, shareBudget() {} });
    const frame = (seq: number): Uint8Array => encodeServerFrame({ message: { conversationId: 'g.x', seq, kind: pb.MessageKind.TEXT } });
    const bob: Caller = { userId: 'bob', deviceId: 'd' };

    assert.equal(await b.localHistory('g.x', bob, { limit: 5 }), undefined, 'nothing heard of g.x yet: the newest page goes home');
    // The home is not cached here yet (a cleared or missed cache): the frame still teaches the head.
    gateway.fanout.toUsers(['bob'], frame(3));
    assert.deepEqual((await b.localHistory('g.x', bob, { limit: 5 }))?.messages.map((m) => m.seq), [1, 2, 3]);
    assert.equal(await b.home('g.x'), 'b');
    gateway.fanout.toUsers(['bob'], frame(4));
    assert.equal(await b.localHistory('g.x', bob, { limit: 5 }), undefined, 'bob was sent 4, this DC has 3: home');
    assert.deepEqual(seen, ['unknown', 'local', 'behind']);
    assert.equal(sent.length, 2, 'every frame reached the gateway');
    await store.close();
  });
});

describe('RegionReads: the request as the home would take it', () => {
  it('cuts the page size as the home does, sends both bounds home, and refuses a bad limit', async () => {
    const clock = new ManualClock();
    const store = new SqliteStore({ path: ':memory:' });
    await store.createConversation({ id: 'g.y', kind: 'group', title: 't', createdBy: 'bob', createdAt: 1, lastActivity: 1, homeRegion: 'b' }, [{ userId: 'bob', role: 'owner', joinedAt: 1, leftSeq: 0 }]);
    await store.append(rows(1, 12).map((r) => ({ ...r, conversationId: 'g.y' })));
    const heads = new RegionHeads(clock);
    heads.seen('g.y', 12);
    const reads = new RegionReads({ store, clock, heads, maxPage: 5 });
    const bob: Caller = { userId: 'bob', deviceId: 'd' };
    const big = await reads.history('g.y', bob, { limit: 1000 });
    assert.deepEqual(big?.messages.map((m) => m.seq), [8, 9, 10, 11, 12]);
    assert.equal(big?.hasMore, true);
    const dflt = await reads.history('g.y', bob, { limit: 0 });
    assert.equal(dflt?.messages.length, 5, 'limit 0 is the default page, cut to the largest');
    assert.equal(await reads.history('g.y', bob, { afterSeq: 2, beforeSeq: 9, limit: 3 }), undefined);
    await assert.rejects(reads.history('g.y', bob, { limit: -1 }), /limit/);
    await store.close();
  });
});

describe('completeSync: effects', () => {
  it('takes a conversation from the home while an effect settles, reactions and all', async () => {
    const clock = new ManualClock();
    const heads = new RegionHeads(clock);
    heads.seen('c', 6);
    heads.effect('c');
    const stale: SyncResult = { messages: rows(4, 6), reactions: new Map([['c', new Map([[5, [{ emoji: '👍', count: 1, mine: false }]]])]]), conversations: [], done: true };
    const fresh = async (): Promise<HistoryResult> => ({ conversationId: 'c', messages: rows(4, 6).map((r) => (r.seq === 5 ? { ...r, text: 'edited', editedAt: 9 } : r)), hasMore: false, lastSeq: 6, reactions: new Map() });
    const out = await completeSync({ heads, clock, history: fresh }, { userId: 'bob', deviceId: 'd' }, { cursors: new Map([['c', 3]]), limit: 100, receiptsSince: 0 }, stale);
    assert.deepEqual(out.messages.map((m) => [m.seq, m.text]), [[4, 'm4'], [5, 'edited'], [6, 'm6']]);
    assert.equal(out.reactions.has('c'), false, 'the reaction removed at home is not shown');
    clock.advance(T.settleMs);
    const later = await completeSync({ heads, clock, history: fresh }, { userId: 'bob', deviceId: 'd' }, { cursors: new Map([['c', 3]]), limit: 100, receiptsSince: 0 }, stale);
    assert.equal(later.messages[1]!.text, 'm5', 'once settled, the page read here stands');
  });
});
