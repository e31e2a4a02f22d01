import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ConflictError, FencedError, InvalidRecordError, SeqConflictError, StoreLimits } from '../../lib/storage/mod.js';
import type { MessageRecord, MessageStore } from '../../lib/storage/mod.js';
import { BUCKET_SIZE } from '../../lib/storage/scylla_schema.js';

/**
 * The behaviour every MessageStore must have, one describe per role. Call it from a test file with
 * a factory that opens a fresh, empty store; `reopen` (when given) closes nothing and opens a second
 * handle on the same data.
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

    describe('ConversationIndex', () => {
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

      it('keeps the home region a conversation was created with (docs/regions.md); a direct one keeps its first creator’s', async () => {
        const g = uid('g.');
        const owner = [{ userId: 'alice', role: 'owner' as const, joinedAt: 1, leftSeq: 0 }];
        const made = await store.createConversation({ id: g, kind: 'group', title: 't', createdBy: 'alice', createdAt: 1, lastActivity: 1, homeRegion: 'eu-west' }, owner);
        assert.equal(made.conversation.homeRegion, 'eu-west');
        assert.equal((await store.getConversation(g))?.homeRegion, 'eu-west');

        const d = uid('d.');
        const pair = ['alice', 'bob'].map((userId) => ({ userId, role: 'member' as const, joinedAt: 1, leftSeq: 0 }));
        await store.createConversation({ id: d, kind: 'direct', title: '', createdBy: 'alice', createdAt: 1, lastActivity: 1, homeRegion: 'a' }, pair);
        const again = await store.createConversation({ id: d, kind: 'direct', title: '', createdBy: 'bob', createdAt: 2, lastActivity: 2, homeRegion: 'b' }, pair);
        assert.equal(again.created, false);
        assert.equal(again.conversation.homeRegion, 'a');
        assert.equal((await store.getConversation(d))?.homeRegion, 'a');

        await assert.rejects(
          store.createConversation({ id: uid('g.'), kind: 'group', title: '', createdBy: 'alice', createdAt: 1, lastActivity: 1, homeRegion: 'Not A Region' }, owner),
          InvalidRecordError,
        );
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
    });

    describe('MessageLog', () => {
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

      it('applies edits and deletes to their targets and keeps the log gapless', async () => {
        const id = await group();
        const attached = JSON.stringify({ attachments: [{ mediaId: 'm1', key: 'secret-key' }] });
        await store.append([msg(id, 1, { text: 'first draft', meta: attached }), msg(id, 2, { text: 'other', senderId: 'bob' })]);
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
        assert.equal(rows[0]!.meta, '', 'a deleted message keeps no attachment references (nor their keys)');
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
    });

    describe('CursorStore', () => {
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
    });

    describe('ReactionStore', () => {
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
    });

    describe('Inbox', () => {
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
    });

    describe('LastSeenStore', () => {
      it('remembers when users were last seen', async () => {
        const u = uid('u');
        await store.setLastSeen(u, 1000);
        await store.setLastSeen(u, 900);
        const seen = await store.lastSeen([u, uid('nobody')]);
        assert.deepEqual([...seen], [[u, 1000]]);
      });
    });

    describe('OwnerFence (docs/cluster.md, "Fencing")', () => {
      /** Appends seqs from..to with `epoch`, in batches of at most 500. */
      async function fill(id: string, from: number, to: number, epoch: number): Promise<void> {
        for (let s = from; s <= to; s += 500) {
          await store.append(Array.from({ length: Math.min(500, to - s + 1) }, (_, i) => msg(id, s + i)), { epoch });
        }
      }
      const seqsOf = async (id: string, afterSeq = 0) => (await store.range(id, { afterSeq, limit: 1000 })).map((m) => m.seq);
      const isFenced = (id: string, epoch: number) => (err: unknown) => {
        assert.ok(err instanceof FencedError, `expected FencedError, got ${String(err)}`);
        assert.deepEqual([err.name, err.code, err.conversationId, err.epoch, err.storedThrough], ['FencedError', 'FENCED', id, epoch, undefined]);
        return true;
      };

      it('claims owner epochs that strictly increase, and records who holds them', async () => {
        const id = await group();
        assert.equal(await store.currentOwner(id), undefined);
        const first = await store.claimOwner(id, 'node-a');
        const second = await store.claimOwner(id, 'node-b');
        assert.ok(first >= 1 && second > first, `${first} then ${second}`);
        assert.deepEqual(await store.currentOwner(id), { epoch: second, ownerId: 'node-b' });
        // Concurrent claims each get their own epoch, all above the earlier ones.
        const many = await Promise.all(Array.from({ length: 6 }, (_, i) => store.claimOwner(id, `node-${i}`)));
        assert.equal(new Set(many).size, 6);
        assert.ok(Math.min(...many) > second);
        assert.equal((await store.currentOwner(id))?.epoch, Math.max(...many));
        // A conversation that does not exist (yet) can be claimed too: actors claim before they read.
        assert.ok((await store.claimOwner(uid('g.'), 'node-a')) >= 1);
        await assert.rejects(store.claimOwner('bad id', 'node-a'), InvalidRecordError);
      });

      it('appends with the current epoch and fences the old one after a new claim', async () => {
        const id = await group();
        const a = await store.claimOwner(id, 'node-a');
        await store.append([msg(id, 1), msg(id, 2)], { epoch: a });
        await store.append([msg(id, 3)], { epoch: a });
        const b = await store.claimOwner(id, 'node-b');
        await assert.rejects(store.append([msg(id, 4, { clientId: 'stale' }), msg(id, 5)], { epoch: a }), isFenced(id, a));
        assert.deepEqual(await seqsOf(id), [1, 2, 3], 'the stale append wrote nothing');
        assert.equal(await store.byClientId(id, 'alice', 'stale'), undefined);
        await store.append([msg(id, 4, { text: 'from b' })], { epoch: b });
        await assert.rejects(store.append([msg(id, 5)], { epoch: a }), isFenced(id, a));
        await assert.rejects(store.append([msg(id, 5)], { epoch: b + 1 }), isFenced(id, b + 1), 'an epoch nobody claimed');
        // The current owner still gets SeqConflictError for a taken seq.
        await assert.rejects(store.append([msg(id, 4)], { epoch: b }), SeqConflictError);
        assert.deepEqual((await store.range(id, { afterSeq: 0, limit: 10 })).map((m) => [m.seq, m.text]), [
          [1, 'message 1'],
          [2, 'message 2'],
          [3, 'message 3'],
          [4, 'from b'],
        ]);
        await assert.rejects(store.append([msg(id, 5)], { epoch: 0 }), InvalidRecordError);
      });

      it('refuses an epoch on a conversation nobody claimed', async () => {
        const id = await group();
        await assert.rejects(store.append([msg(id, 1)], { epoch: 1 }), isFenced(id, 1));
        assert.deepEqual(await seqsOf(id), []);
      });

      it('fences a stale owner at a bucket boundary: crossing it, or starting the next bucket', async () => {
        // Crossing: the stale append spans the end of bucket 0 and the start of bucket 1.
        const crossing = await group();
        const a = await store.claimOwner(crossing, 'node-a');
        await fill(crossing, 1, BUCKET_SIZE - 3, a);
        const b = await store.claimOwner(crossing, 'node-b');
        await assert.rejects(store.append(Array.from({ length: 6 }, (_, i) => msg(crossing, BUCKET_SIZE - 2 + i)), { epoch: a }), isFenced(crossing, a));
        assert.equal(await store.lastSeq(crossing), BUCKET_SIZE - 3);
        assert.deepEqual(await seqsOf(crossing, BUCKET_SIZE - 10), [-9, -8, -7, -6, -5, -4, -3].map((d) => BUCKET_SIZE + d));
        // The new owner crosses with the same seqs.
        await store.append(Array.from({ length: 6 }, (_, i) => msg(crossing, BUCKET_SIZE - 2 + i, { text: 'b' })), { epoch: b });
        assert.equal(await store.lastSeq(crossing), BUCKET_SIZE + 3);

        // Starting: bucket 0 is full, the stale append would open bucket 1.
        const starting = await group();
        const c = await store.claimOwner(starting, 'node-a');
        await fill(starting, 1, BUCKET_SIZE - 1, c);
        const d = await store.claimOwner(starting, 'node-b');
        await assert.rejects(store.append([msg(starting, BUCKET_SIZE), msg(starting, BUCKET_SIZE + 1)], { epoch: c }), isFenced(starting, c));
        assert.equal(await store.lastSeq(starting), BUCKET_SIZE - 1);
        assert.deepEqual(await seqsOf(starting, BUCKET_SIZE - 1), []);
        await store.append([msg(starting, BUCKET_SIZE)], { epoch: d });
        assert.deepEqual(await seqsOf(starting, BUCKET_SIZE - 2), [BUCKET_SIZE - 1, BUCKET_SIZE]);
      });

      it('never lets the appends of two owners interleave, whatever order claims and appends run in', async () => {
        const id = await group();
        // A second handle (another process, for the stores that have one) plays the other nodes.
        const other = factory.reopen ? await factory.reopen() : store;
        try {
          const handles = [store, other, store];
          const acked: Array<{ epoch: number; seqs: number[] }> = [];
          const refused: Array<{ epoch: number; seqs: number[] }> = [];
          let fenced = 0;
          const writer = async (w: number): Promise<void> => {
            const s = handles[w]!;
            for (let round = 0; round < 5; round++) {
              const epoch = await s.claimOwner(id, `node-${w}`);
              let next = (await s.lastSeq(id)) + 1;
              for (let k = 0; k < 4; k++) {
                const batch = Array.from({ length: 1 + ((w + k + round) % 3) }, (_, i) =>
                  msg(id, next + i, { senderId: `w${w}`, clientId: `e${epoch}s${next + i}`, text: `${w}/${epoch}` }),
                );
                try {
                  await s.append(batch, { epoch });
                } catch (err) {
                  if (!(err instanceof FencedError)) throw err;
                  fenced++;
                  refused.push({ epoch, seqs: batch.map((m) => m.seq) });
                  break;
                }
                acked.push({ epoch, seqs: batch.map((m) => m.seq) });
                next += batch.length;
              }
            }
          };
          await Promise.all([0, 1, 2].map(writer));
          const log = await store.range(id, { afterSeq: 0, limit: 1000 });
          assert.deepEqual(log.map((m) => m.seq), log.map((_, i) => i + 1), 'gapless');
          const epochs = log.map((m) => Number(m.text.split('/')[1]));
          for (let i = 1; i < epochs.length; i++) assert.ok(epochs[i]! >= epochs[i - 1]!, `seq ${i + 1} of epoch ${epochs[i]} follows epoch ${epochs[i - 1]}`);
          for (const a of acked) for (const seq of a.seqs) assert.equal(epochs[seq - 1], a.epoch, `acknowledged seq ${seq}`);
          // Besides the acknowledged entries, the log may hold entries of a fenced append that landed
          // before the claim that fenced it read the log's end (its sender was told "moved"; a resend
          // finds them by client id), never any other.
          const fencedAt = new Map(refused.flatMap((r) => r.seqs.map((seq) => [`${r.epoch}/${seq}`, true] as const)));
          const ackedAt = new Set(acked.flatMap((a) => a.seqs));
          for (const [i, e] of epochs.entries()) assert.ok(ackedAt.has(i + 1) || fencedAt.has(`${e}/${i + 1}`), `seq ${i + 1} of epoch ${e}: neither acknowledged nor refused`);
          assert.ok(acked.length > 0 && log.length > 0);
          assert.ok(fenced > 0, 'the writers did get in each other’s way');
        } finally {
          if (other !== store) await other.close();
        }
      });

      it('applies edits, deletes, membership changes and renames the same way with a fence', async () => {
        const id = await group(['owner1', 'm1', 'm2']);
        const epoch = await store.claimOwner(id, 'node-a');
        await fill(id, 1, BUCKET_SIZE + 5, epoch);
        await store.react({ conversationId: id, seq: 3, userId: 'm1', emoji: '👍' }, true);
        const e = BUCKET_SIZE + 6;
        const change = { added: [{ userId: 'm3', role: 'member' }], removed: ['m1'], roles: [{ userId: 'm2', role: 'admin' }] };
        // One batch: a text and an edit of it; an edit and a delete of an entry of the previous bucket;
        // an edit of an entry of this bucket; a membership change; a rename.
        await store.append(
          [
            msg(id, e, { text: 'fresh' }),
            msg(id, e + 1, { kind: 'edit', refSeq: e, text: 'fresh, edited', clientId: 'x1' }),
            msg(id, e + 2, { kind: 'edit', refSeq: 3, text: 'three, edited', clientId: 'x2' }),
            msg(id, e + 3, { kind: 'delete', refSeq: 3, text: '', clientId: 'x3' }),
            msg(id, e + 4, { kind: 'edit', refSeq: BUCKET_SIZE + 1, text: 'edited here', clientId: 'x4' }),
            msg(id, e + 5, { kind: 'members', text: '', meta: JSON.stringify(change), senderId: 'owner1', clientId: 'x5' }),
            msg(id, e + 6, { kind: 'rename', text: '', meta: JSON.stringify({ title: 'renamed' }), senderId: 'owner1', clientId: 'x6' }),
          ],
          { epoch },
        );
        const rows = new Map((await store.range(id, { afterSeq: e - 1, limit: 10 })).map((r) => [r.seq, r]));
        assert.deepEqual([rows.get(e)?.text, rows.get(e)?.editedAt, rows.get(e)?.deleted], ['fresh, edited', 1_700_000_000_000 + e + 1, false]);
        assert.deepEqual([rows.get(e + 2)?.text, rows.get(e + 2)?.deleted], ['', true], 'the edit of a deleted message is erased');
        const [three] = await store.range(id, { afterSeq: 2, limit: 1 });
        assert.deepEqual([three?.text, three?.deleted], ['', true]);
        const [here] = await store.range(id, { afterSeq: BUCKET_SIZE, limit: 1 });
        assert.deepEqual([here?.text, (here?.editedAt ?? 0) > 0], ['edited here', true]);
        assert.equal((await store.reactions(id, [3], 'm1')).size, 0);
        const view = Object.fromEntries((await store.members(id)).map((m) => [m.userId, [m.role, m.leftSeq]]));
        assert.deepEqual(view, { owner1: ['owner', 0], m1: ['member', e + 5], m2: ['admin', 0], m3: ['member', 0] });
        assert.equal((await store.getConversation(id))?.title, 'renamed');
        assert.equal((await store.getConversation(id))?.lastActivity, 1_700_000_000_000 + e + 6);
        assert.equal((await store.conversationsByActivity('m1', null, 10)).length, 0);
      });

      it('still appends without a fence as before on a conversation nobody claimed', async () => {
        const id = await group();
        await store.append([msg(id, 1)]);
        await store.append([msg(id, 2), msg(id, 3)]);
        await assert.rejects(store.append([msg(id, 3)]), SeqConflictError);
        assert.deepEqual(await seqsOf(id), [1, 2, 3]);
        assert.equal(await store.currentOwner(id), undefined);
      });
    });

    describe('StoreLifecycle', () => {
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
  });
}
