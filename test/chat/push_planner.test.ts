import assert from 'node:assert/strict';
import { systemClock } from '../../lib/time/mod.js';
import { describe, it } from 'node:test';
import { PushPlanner } from '../../lib/chat/push_planner.js';
import { until } from '../../testing/cluster/wait.js';
import { SqlitePushOutbox, SqlitePushPrefsStore, SqlitePushTokenStore, SqliteUnreadCounter, pushKey } from '../../lib/push/mod.js';
import { trackReceipts } from '../../lib/chat/unread_tracking.js';
import type { ActivityPosition, ConversationRecord, CursorAdvance, CursorRecord, CursorStore, Inbox, MemberCursor, MessageRecord } from '../../lib/storage/mod.js';

interface Recent {
  id: string;
  unread: number;
  read: number;
}

/** The planner's view of the store, from a list: recent conversations newest first, unread counts, read cursors. */
class FakeInbox implements Inbox, CursorStore {
  readonly unreadAsked: [string, number, number][] = [];
  constructor(readonly recent: Recent[]) {}

  async conversationsByActivity(_userId: string, _before: ActivityPosition | null, limit: number): Promise<ActivityPosition[]> {
    return this.recent.slice(0, limit).map((c, i) => ({ conversationId: c.id, lastActivity: 1000 - i }));
  }
  async unreadCount(conversationId: string, _userId: string, afterSeq: number, cap: number): Promise<number> {
    this.unreadAsked.push([conversationId, afterSeq, cap]);
    return Math.min(this.find(conversationId).unread, cap);
  }
  async memberCursors(conversationId: string): Promise<MemberCursor[]> {
    const read = this.find(conversationId).read;
    return [{ userId: 'bob', delivered: read, read }];
  }
  async lastText(): Promise<MessageRecord | undefined> {
    throw new Error('the planner does not read last texts');
  }
  async advanceCursor(c: CursorRecord, _at: number): Promise<CursorAdvance> {
    this.find(c.conversationId).read = c.seq;
    return { device: c.seq, member: c.seq, memberMoved: true };
  }
  async cursors(): Promise<never> {
    throw new Error('the planner does not read device cursors');
  }
  async receiptsUpdatedAt(): Promise<number> {
    throw new Error('the planner does not read receipt times');
  }
  private find(id: string): Recent {
    const c = this.recent.find((r) => r.id === id);
    if (c === undefined) throw new Error(`no conversation ${id}`);
    return c;
  }
}

const group: ConversationRecord = { id: 'g.1', kind: 'group', title: 'team', createdBy: 'alice', createdAt: 1, lastActivity: 1 };

function text(seq: number, over: Partial<MessageRecord> = {}): MessageRecord {
  return { conversationId: 'g.1', seq, senderId: 'alice', senderDevice: 'p', clientId: `c${seq}`, sentAt: 10, text: 'hello', kind: 'text', refSeq: 0, editedAt: 0, deleted: false, meta: '', ...over };
}

async function planner(store: FakeInbox) {
  const source = { path: ':memory:' };
  const tokens = new SqlitePushTokenStore(source);
  const prefs = new SqlitePushPrefsStore(source);
  const outbox = new SqlitePushOutbox(source);
  const unread = new SqliteUnreadCounter(source);
  for (const userId of ['alice', 'bob', 'carol']) {
    await tokens.register({ userId, deviceId: `${userId}-phone`, target: { platform: 'fcm', token: `${userId}:APA91b-token-token-token` }, registeredAt: 1 });
  }
  let woken = 0;
  const errors: unknown[] = [];
  // The planner's wake timer is unref'd; polling keeps the test's event loop alive meanwhile.
  const wakes = (n: number) => until(() => woken >= n || errors.length > 0, 'the planner to wake the dispatcher', 2_000);
  const p = new PushPlanner({
    tokens,
    prefs,
    outbox,
    unread,
    store,
    sessions: { withoutSession: (ids) => ids },
    wake: () => void woken++,
    // Fixed time for the jobs; real timers for the wake-up.
    clock: { ...systemClock, now: () => 100 },
    collapseWindowMs: 0,
    ttlMs: 60_000,
    payload: 'full',
    onError: (err) => errors.push(err),
  });
  const close = async (): Promise<void> => {
    await Promise.all([tokens.close(), prefs.close(), outbox.close(), unread.close()]);
  };
  return { p, prefs, outbox, unread, wake: wakes(1), wakes, errors, close };
}

describe('PushPlanner', () => {
  it('counts the badge over the recent conversations after each read cursor, up to 999', async () => {
    const store = new FakeInbox([
      { id: 'g.1', unread: 3, read: 7 },
      { id: 'g.2', unread: 990, read: 0 },
      { id: 'g.3', unread: 50, read: 2 },
      { id: 'g.4', unread: 1, read: 0 },
    ]);
    const t = await planner(store);
    try {
      t.p.stored(group, text(8), ['alice', 'bob']);
      await t.wake;
      const job = await t.outbox.get(pushKey('g.1', 8, 'bob-phone'));
      assert.equal(job?.notification.badge, 999);
      assert.equal(job?.notification.title, 'alice in team');
      // The first push recounts every recent conversation, each from the reader's cursor.
      assert.deepEqual(store.unreadAsked, [['g.1', 7, 999], ['g.2', 0, 999], ['g.3', 2, 999], ['g.4', 0, 999]]);
      assert.deepEqual(t.errors, []);
    } finally {
      await t.close();
    }
  });

  it('pushes neither to the sender nor to a member who muted the conversation, and only for texts', async () => {
    const store = new FakeInbox([{ id: 'g.1', unread: 1, read: 0 }]);
    const t = await planner(store);
    try {
      await t.prefs.mute('carol', 'g.1', 1_000);
      t.p.stored(group, text(2, { kind: 'rename', text: '' }), ['alice', 'bob', 'carol']);
      t.p.stored(group, text(3), ['alice', 'bob', 'carol']);
      await t.wake;
      assert.equal((await t.outbox.get(pushKey('g.1', 3, 'bob-phone')))?.userId, 'bob');
      const counts = await t.outbox.counts();
      assert.equal(counts.pending, 1, 'one job: bob’s, for the text');
      assert.deepEqual(t.errors, []);
    } finally {
      await t.close();
    }
  });

  it('keeps the badge from the stored counts, recounting only the pushed conversation until a receipt moves', async () => {
    const store = new FakeInbox([
      { id: 'g.1', unread: 3, read: 7 },
      { id: 'g.2', unread: 5, read: 0 },
    ]);
    const t = await planner(store);
    const tracked = trackReceipts(store, t.unread, (err) => t.errors.push(err));
    try {
      t.p.stored(group, text(8), ['alice', 'bob']);
      await t.wakes(1);
      assert.equal((await t.outbox.get(pushKey('g.1', 8, 'bob-phone')))?.notification.badge, 8);
      store.unreadAsked.length = 0;
      store.recent[0]!.unread = 4;
      t.p.stored(group, text(9), ['alice', 'bob']);
      await t.wakes(2);
      assert.equal((await t.outbox.get(pushKey('g.1', 9, 'bob-phone')))?.notification.badge, 9);
      assert.deepEqual(store.unreadAsked, [['g.1', 7, 999]], 'one conversation recounted: the others come from the stored counts');

      // bob reads g.2 somewhere: his counts are stale, and the next push recounts them all.
      await tracked.advanceCursor({ userId: 'bob', deviceId: 'bob-phone', conversationId: 'g.2', kind: 'read', seq: 5 }, 1);
      store.recent[1]!.unread = 0;
      assert.equal((await t.unread.read('bob')).fresh, false, 'the receipt marked the counts stale');
      store.unreadAsked.length = 0;
      t.p.stored(group, text(10), ['alice', 'bob']);
      await t.wakes(3);
      assert.equal((await t.outbox.get(pushKey('g.1', 10, 'bob-phone')))?.notification.badge, 4);
      assert.equal(store.unreadAsked.length, 2);
      assert.deepEqual(t.errors, []);
    } finally {
      await t.close();
    }
  });

  it('gives encrypted conversations the minimal payload even when full payloads are on', async () => {
    const id = 'eg.1.secret';
    const store = new FakeInbox([{ id, unread: 1, read: 0 }]);
    const t = await planner(store);
    try {
      t.p.stored({ ...group, id }, text(1, { conversationId: id, text: 'AAEAAgM=' }), ['alice', 'bob']);
      await t.wakes(1);
      const job = await t.outbox.get(pushKey(id, 1, 'bob-phone'));
      assert.equal(job?.notification.seq, 1);
      assert.equal(job?.notification.title, undefined);
      assert.equal(job?.notification.body, undefined);
    } finally {
      await t.close();
    }
  });
});
