import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ConflictError, InvalidRecordError, SeqConflictError, StoreLimits } from '../../lib/storage/mod.js';
import type { MessageRecord, MessageStore } from '../../lib/storage/mod.js';

/**
 * The behaviour every MessageStore must have. Call it from a test file with a factory that opens a
 * fresh, empty store; `reopen` (when given) closes nothing and opens a second handle on the same data.
 */
export interface StoreFactory {
  open(): Promise<MessageStore>;
  reopen?(): Promise<MessageStore>;
  cleanup?(): Promise<void>;
}

let unique = 0;
function uid(prefix: string): string {
  unique++;
  return `${prefix}${process.pid}x${Date.now().toString(36)}x${unique}`;
}

function msg(conversationId: string, seq: number, over: Partial<MessageRecord> = {}): MessageRecord {
  return {
    conversationId,
    seq,
    senderId: 'alice',
    senderDevice: 'phone',
    clientId: `c${seq}`,
    sentAt: 1_700_000_000_000 + seq,
    text: `message ${seq}`,
    kind: 'text',
    refSeq: 0,
    editedAt: 0,
    deleted: false,
    meta: '',
    ...over,
  };
}

export function storeContract(name: string, factory: StoreFactory): void {
  describe(`MessageStore contract: ${name}`, () => {
    let store: MessageStore;
    before(async () => {
      store = await factory.open();
    });
    after(async () => {
      await store.close();
      await factory.cleanup?.();
    });

    async function group(members: string[] = ['alice', 'bob', 'carol']): Promise<string> {
      const id = uid('g.');
      await store.createConversation(
        { id, kind: 'group', title: 'team', createdBy: members[0]!, createdAt: 1, lastActivity: 1 },
        members.map((userId, i) => ({ userId, role: i === 0 ? 'owner' : 'member', joinedAt: 1, leftSeq: 0 })),
      );
      return id;
    }

    it('creates a conversation and lists its members and the members’ conversations', async () => {
      const a = uid('u');
      const b = uid('u');
      const id = await group([a, b]);
      const got = await store.getConversation(id);
      assert.deepEqual(got, { id, kind: 'group', title: 'team', createdBy: a, createdAt: 1, lastActivity: 1 });
      const members = await store.members(id);
      assert.deepEqual(members.map((m) => [m.userId, m.role]).sort(), [[a, 'owner'], [b, 'member']].sort());
      assert.deepEqual(await store.conversationsOf(b, '', 10), [id]);
      assert.equal(await store.getConversation(uid('g.')), undefined);
    });

    it('pages a user’s conversations in id order', async () => {
      const u = uid('u');
      const ids: string[] = [];
      for (let i = 0; i < 5; i++) ids.push(await group([u, 'zed']));
      ids.sort();
      const first = await store.conversationsOf(u, '', 3);
      assert.deepEqual(first, ids.slice(0, 3));
      assert.deepEqual(await store.conversationsOf(u, first[2]!, 3), ids.slice(3));
    });

    it('returns an existing direct conversation instead of creating a second', async () => {
      const id = uid('d.');
      const members = [
        { userId: 'alice', role: 'member' as const, joinedAt: 1, leftSeq: 0 },
        { userId: 'bob', role: 'member' as const, joinedAt: 1, leftSeq: 0 },
      ];
      const first = await store.createConversation({ id, kind: 'direct', title: '', createdBy: 'alice', createdAt: 5, lastActivity: 5 }, members);
      const second = await store.createConversation({ id, kind: 'direct', title: '', createdBy: 'bob', createdAt: 9, lastActivity: 9 }, members);
      assert.equal(first.created, true);
      assert.equal(second.created, false);
      assert.equal(second.conversation.createdBy, 'alice');
      assert.equal(second.conversation.createdAt, 5);
    });

    it('refuses a second group with the same id', async () => {
      const id = await group();
      await assert.rejects(
        store.createConversation({ id, kind: 'group', title: 'x', createdBy: 'bob', createdAt: 2, lastActivity: 2 }, [
          { userId: 'bob', role: 'owner', joinedAt: 2, leftSeq: 0 },
        ]),
        ConflictError,
      );
    });

    it('appends and reads back messages in seq order', async () => {
      const id = await group();
      assert.equal(await store.lastSeq(id), 0);
      await store.append([msg(id, 1), msg(id, 2), msg(id, 3)]);
      await store.append([msg(id, 4, { text: 'héllo 👋', senderId: 'bob', senderDevice: '' })]);
      assert.equal(await store.lastSeq(id), 4);
      const all = await store.range(id, { afterSeq: 0, limit: 100 });
      assert.deepEqual(all.map((m) => m.seq), [1, 2, 3, 4]);
      assert.deepEqual(all[3], msg(id, 4, { text: 'héllo 👋', senderId: 'bob', senderDevice: '' }));
    });

    it('pages history both ways and returns the newest page by default', async () => {
      const id = await group();
      const batch: MessageRecord[] = [];
      for (let s = 1; s <= 25; s++) batch.push(msg(id, s));
      await store.append(batch);
      assert.deepEqual((await store.range(id, { limit: 5 })).map((m) => m.seq), [21, 22, 23, 24, 25]);
      assert.deepEqual((await store.range(id, { beforeSeq: 21, limit: 5 })).map((m) => m.seq), [16, 17, 18, 19, 20]);
      assert.deepEqual((await store.range(id, { beforeSeq: 3, limit: 5 })).map((m) => m.seq), [1, 2]);
      assert.deepEqual((await store.range(id, { afterSeq: 10, limit: 3 })).map((m) => m.seq), [11, 12, 13]);
      assert.deepEqual(await store.range(id, { afterSeq: 25, limit: 3 }), []);
    });

    it('reads a long log completely by paging forward', async () => {
      const id = await group();
      for (let start = 1; start <= 1200; start += 200) {
        const batch: MessageRecord[] = [];
        for (let s = start; s < start + 200; s++) batch.push(msg(id, s));
        await store.append(batch);
      }
      let cursor = 0;
      const seen: number[] = [];
      for (;;) {
        const page = await store.range(id, { afterSeq: cursor, limit: 500 });
        if (page.length === 0) break;
        for (const m of page) seen.push(m.seq);
        cursor = page[page.length - 1]!.seq;
      }
      assert.equal(seen.length, 1200);
      assert.ok(seen.every((s, i) => s === i + 1));
    });

    it('refuses a seq that is already stored and keeps the batch atomic', async () => {
      const id = await group();
      await store.append([msg(id, 1), msg(id, 2)]);
      await assert.rejects(store.append([msg(id, 2, { text: 'other writer' })]), SeqConflictError);
      await assert.rejects(store.append([msg(id, 3), msg(id, 4), msg(id, 5)].map((m, i) => (i === 2 ? { ...m, seq: 2 } : m))), InvalidRecordError);
      assert.equal(await store.lastSeq(id), 2);
      assert.equal((await store.range(id, { afterSeq: 0, limit: 10 }))[1]!.text, 'message 2');
    });

    it('finds a message by its sender’s client id', async () => {
      const id = await group();
      await store.append([msg(id, 1, { clientId: 'same' }), msg(id, 2, { clientId: 'same', senderId: 'bob' })]);
      assert.equal((await store.byClientId(id, 'alice', 'same'))?.seq, 1);
      assert.equal((await store.byClientId(id, 'bob', 'same'))?.seq, 2);
      assert.equal(await store.byClientId(id, 'carol', 'same'), undefined);
    });

    it('rejects bad records before writing anything', async () => {
      const id = await group();
      const huge = 'x'.repeat(StoreLimits.maxTextBytes + 1);
      await assert.rejects(store.append([msg(id, 1, { text: huge })]), InvalidRecordError);
      await assert.rejects(store.append([msg(id, 1, { senderId: 'bad id with spaces' })]), InvalidRecordError);
      await assert.rejects(store.append([msg(id, 0)]), InvalidRecordError);
      await assert.rejects(store.append([msg(id, 1), msg(id, 3)]), InvalidRecordError);
      await assert.rejects(store.append([msg(id, 1), msg(uid('g.'), 2)]), InvalidRecordError);
      await assert.rejects(store.append([]), InvalidRecordError);
      await assert.rejects(store.range(id, { limit: StoreLimits.maxRangeLimit + 1 }), InvalidRecordError);
      await assert.rejects(
        store.createConversation({ id: 'bad id', kind: 'group', title: '', createdBy: 'a', createdAt: 1, lastActivity: 1 }, [
          { userId: 'a', role: 'owner', joinedAt: 1, leftSeq: 0 },
        ]),
        InvalidRecordError,
      );
      assert.equal(await store.lastSeq(id), 0);
    });

    it('moves cursors forward only, per device and kind', async () => {
      const id = await group();
      const user = uid('u');
      const cur = { userId: user, deviceId: 'phone', conversationId: id, kind: 'delivered' as const, seq: 5 };
      assert.deepEqual(await store.advanceCursor(cur, 100), { device: 5, member: 5, memberMoved: true });
      assert.deepEqual(await store.advanceCursor({ ...cur, seq: 3 }, 101), { device: 5, member: 5, memberMoved: false });
      assert.deepEqual(await store.advanceCursor({ ...cur, seq: 9 }, 102), { device: 9, member: 9, memberMoved: true });
      assert.deepEqual(await store.advanceCursor({ ...cur, kind: 'read', seq: 2 }, 103), { device: 2, member: 2, memberMoved: true });
      // Another device behind the member's cursor moves its own cursor only.
      assert.deepEqual(await store.advanceCursor({ ...cur, deviceId: 'laptop', seq: 1 }, 104), { device: 1, member: 9, memberMoved: false });
      assert.deepEqual(await store.memberCursors(id), [{ userId: user, delivered: 9, read: 2 }]);
      assert.equal(await store.receiptsUpdatedAt(id), 103);
      const phone = await store.cursors(user, 'phone');
      assert.deepEqual(
        phone.map((c) => [c.conversationId, c.kind, c.seq]).sort(),
        [[id, 'delivered', 9], [id, 'read', 2]].sort(),
      );
      assert.deepEqual((await store.cursors(user, 'laptop')).map((c) => c.seq), [1]);
    });

    it('applies edits and deletes to their targets and keeps the log gapless', async () => {
      const id = await group();
      await store.append([msg(id, 1, { text: 'first draft' }), msg(id, 2, { text: 'other', senderId: 'bob' })]);
      await store.append([msg(id, 3, { kind: 'edit', refSeq: 1, text: 'second draft', clientId: 'e1' })]);
      let rows = await store.range(id, { afterSeq: 0, limit: 10 });
      assert.deepEqual(rows.map((r) => [r.seq, r.kind, r.text, r.editedAt > 0, r.deleted]), [
        [1, 'text', 'second draft', true, false],
        [2, 'text', 'other', false, false],
        [3, 'edit', 'second draft', false, false],
      ]);
      await store.react({ conversationId: id, seq: 1, userId: 'bob', emoji: '👍' }, true);
      await store.append([msg(id, 4, { kind: 'delete', refSeq: 1, text: '', clientId: 'd1' })]);
      rows = await store.range(id, { afterSeq: 0, limit: 10 });
      assert.deepEqual(rows.map((r) => [r.seq, r.kind, r.text, r.deleted]), [
        [1, 'text', '', true],
        [2, 'text', 'other', false],
        [3, 'edit', '', true],
        [4, 'delete', '', false],
      ]);
      assert.equal((await store.reactions(id, [1], 'bob')).size, 0, 'a deleted message has no reactions');
      assert.equal((await store.lastText(id))?.seq, 2);
      await assert.rejects(store.append([msg(id, 5, { kind: 'edit', refSeq: 5 })]), InvalidRecordError);
      await assert.rejects(store.append([msg(id, 5, { kind: 'text', refSeq: 2 })]), InvalidRecordError);
    });

    it('applies membership changes and renames from the log', async () => {
      const id = await group(['owner1', 'm1', 'm2']);
      const change = { added: [{ userId: 'm3', role: 'member' }], removed: ['m1'], roles: [{ userId: 'm2', role: 'admin' }] };
      await store.append([msg(id, 1, { kind: 'members', text: '', meta: JSON.stringify(change), senderId: 'owner1' })]);
      await store.append([msg(id, 2, { kind: 'rename', text: '', meta: JSON.stringify({ title: 'renamed' }), senderId: 'owner1' })]);
      const members = await store.members(id);
      const view = Object.fromEntries(members.map((m) => [m.userId, [m.role, m.leftSeq]]));
      assert.deepEqual(view, { owner1: ['owner', 0], m1: ['member', 1], m2: ['admin', 0], m3: ['member', 0] });
      assert.equal((await store.getConversation(id))?.title, 'renamed');
      assert.deepEqual(await store.member(id, 'm1'), { userId: 'm1', role: 'member', joinedAt: 1, leftSeq: 1 });
      assert.equal(await store.member(id, 'stranger'), undefined);
      assert.deepEqual(await store.conversationsOf('m1', '', 10), [id], 'former members still see where they were');
      assert.equal((await store.conversationsByActivity('m1', null, 10)).length, 0, 'but not in their inbox');
      await assert.rejects(store.append([msg(id, 3, { kind: 'members', meta: '' })]), InvalidRecordError);
    });

    it('aggregates reactions per emoji (most first) with the reader’s own marked', async () => {
      const id = await group();
      await store.append([msg(id, 1), msg(id, 2)]);
      await store.react({ conversationId: id, seq: 1, userId: 'alice', emoji: '👍' }, true);
      await store.react({ conversationId: id, seq: 1, userId: 'alice', emoji: '👍' }, true);
      await store.react({ conversationId: id, seq: 1, userId: 'bob', emoji: '👍' }, true);
      const counts = await store.react({ conversationId: id, seq: 1, userId: 'bob', emoji: '🎉' }, true);
      assert.deepEqual(counts.map((r) => [r.emoji, r.count]), [['👍', 2], ['🎉', 1]]);
      const forAlice = await store.reactions(id, [1, 2], 'alice');
      assert.deepEqual(forAlice.get(1), [{ emoji: '👍', count: 2, mine: true }, { emoji: '🎉', count: 1, mine: false }]);
      assert.equal(forAlice.has(2), false);
      await store.react({ conversationId: id, seq: 1, userId: 'alice', emoji: '👍' }, false);
      // Ties in count are ordered by emoji (code units), so every store lists them alike.
      assert.deepEqual((await store.reactions(id, [1], 'alice')).get(1)?.map((r) => [r.emoji, r.count, r.mine]), [['🎉', 1, false], ['👍', 1, false]]);
      await assert.rejects(store.react({ conversationId: id, seq: 1, userId: 'bob', emoji: '' }, true), InvalidRecordError);
      await assert.rejects(store.react({ conversationId: id, seq: 1, userId: 'bob', emoji: 'x'.repeat(40) }, true), InvalidRecordError);
    });

    it('orders a user’s conversations by last activity and counts unread from others', async () => {
      const u = uid('u');
      const a = await group([u, 'peer']);
      const b = await group([u, 'peer']);
      await store.append([msg(a, 1, { senderId: 'peer', sentAt: 5000 }), msg(a, 2, { senderId: u, sentAt: 5001 })]);
      await store.append([msg(b, 1, { senderId: 'peer', sentAt: 6000 }), msg(b, 2, { senderId: 'peer', sentAt: 6001 })]);
      const inbox = await store.conversationsByActivity(u, null, 10);
      assert.deepEqual(inbox, [{ conversationId: b, lastActivity: 6001 }, { conversationId: a, lastActivity: 5001 }]);
      assert.deepEqual(await store.conversationsByActivity(u, inbox[0]!, 10), [inbox[1]]);
      assert.equal(await store.unreadCount(b, u, 0, 100), 2);
      assert.equal(await store.unreadCount(b, u, 1, 100), 1);
      assert.equal(await store.unreadCount(a, u, 0, 100), 1, 'own messages are not unread');
      assert.equal(await store.unreadCount(b, u, 0, 1), 1, 'capped');
    });

    it('remembers when users were last seen', async () => {
      const u = uid('u');
      await store.setLastSeen(u, 1000);
      await store.setLastSeen(u, 900);
      const seen = await store.lastSeen([u, uid('nobody')]);
      assert.deepEqual([...seen], [[u, 1000]]);
    });

    it('answers ping', async () => {
      await store.ping();
    });

    if (factory.reopen) {
      it('keeps everything across a reopen', async () => {
        const id = await group();
        await store.append([msg(id, 1), msg(id, 2)]);
        const again = await factory.reopen!();
        try {
          assert.equal(await again.lastSeq(id), 2);
          assert.equal((await again.getConversation(id))?.kind, 'group');
        } finally {
          await again.close();
        }
      });
    }
  });
}
