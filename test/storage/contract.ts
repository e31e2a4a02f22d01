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
        { id, kind: 'group', title: 'team', createdBy: members[0]!, createdAt: 1 },
        members.map((userId, i) => ({ userId, role: i === 0 ? 'owner' : 'member', joinedAt: 1 })),
      );
      return id;
    }

    it('creates a conversation and lists its members and the members’ conversations', async () => {
      const a = uid('u');
      const b = uid('u');
      const id = await group([a, b]);
      const got = await store.getConversation(id);
      assert.deepEqual(got, { id, kind: 'group', title: 'team', createdBy: a, createdAt: 1 });
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
        { userId: 'alice', role: 'member' as const, joinedAt: 1 },
        { userId: 'bob', role: 'member' as const, joinedAt: 1 },
      ];
      const first = await store.createConversation({ id, kind: 'direct', title: '', createdBy: 'alice', createdAt: 5 }, members);
      const second = await store.createConversation({ id, kind: 'direct', title: '', createdBy: 'bob', createdAt: 9 }, members);
      assert.equal(first.created, true);
      assert.equal(second.created, false);
      assert.equal(second.conversation.createdBy, 'alice');
      assert.equal(second.conversation.createdAt, 5);
    });

    it('refuses a second group with the same id', async () => {
      const id = await group();
      await assert.rejects(
        store.createConversation({ id, kind: 'group', title: 'x', createdBy: 'bob', createdAt: 2 }, [
          { userId: 'bob', role: 'owner', joinedAt: 2 },
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
        store.createConversation({ id: 'bad id', kind: 'group', title: '', createdBy: 'a', createdAt: 1 }, [
          { userId: 'a', role: 'owner', joinedAt: 1 },
        ]),
        InvalidRecordError,
      );
      assert.equal(await store.lastSeq(id), 0);
    });

    it('moves cursors forward only, per device and kind', async () => {
      const id = await group();
      const user = uid('u');
      const cur = { userId: user, deviceId: 'phone', conversationId: id, kind: 'delivered' as const, seq: 5 };
      assert.equal(await store.advanceCursor(cur), 5);
      assert.equal(await store.advanceCursor({ ...cur, seq: 3 }), 5);
      assert.equal(await store.advanceCursor({ ...cur, seq: 9 }), 9);
      assert.equal(await store.advanceCursor({ ...cur, kind: 'read', seq: 2 }), 2);
      assert.equal(await store.advanceCursor({ ...cur, deviceId: 'laptop', seq: 1 }), 1);
      const phone = await store.cursors(user, 'phone');
      assert.deepEqual(
        phone.map((c) => [c.conversationId, c.kind, c.seq]).sort(),
        [[id, 'delivered', 9], [id, 'read', 2]].sort(),
      );
      assert.deepEqual((await store.cursors(user, 'laptop')).map((c) => c.seq), [1]);
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
