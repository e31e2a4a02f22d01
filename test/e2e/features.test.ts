import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { type ChorusClient, type Message, MessageKind, type Presence, type ReceiptUpdate, ServerError } from '../../lib/client/mod.js';
import { ErrorCode } from '../../lib/protocol/mod.js';
import { startTestNode, type TestNode, until } from '../../testing/node.js';
import { RawConnection } from '../../testing/raw.js';

function inbox<T>(c: ChorusClient, event: 'message' | 'receipt' | 'presence', pick: (x: never) => T = (x) => x as T): T[] {
  const got: T[] = [];
  c.on(event, ((x: never) => got.push(pick(x))) as never);
  return got;
}

async function refused(p: Promise<unknown>, code: number): Promise<void> {
  await assert.rejects(p, (e: unknown) => e instanceof ServerError && e.code === code);
}

describe('conversation features over real WebSockets', () => {
  let t: TestNode;
  let db: Database.Database;
  before(async () => {
    t = await startTestNode(['--presence-grace-ms', '100', '--typing-ttl-ms', '1000', '--typing-interval-ms', '1000']);
    db = new Database(join(t.dataDir, 'chorus.db'), { readonly: true });
  });
  after(async () => {
    db.close();
    await t.stop();
  });

  describe('receipts', () => {
    it('never go backwards and reach an offline sender through sync', async () => {
      const sender = await t.client('rs-alice', 'phone');
      const conv = await sender.createDirect('rs-bob');
      for (let i = 0; i < 5; i++) await sender.send(conv.id, `m${i}`);
      const cursors = [...sender.cursors];
      const syncPoint = sender.syncPoint;
      assert.ok(syncPoint > 0);
      sender.close(); // alice's phone goes offline

      const bob = await t.client('rs-bob', 'tablet');
      assert.equal(await bob.markDelivered(conv.id, 5), 5);
      assert.equal(await bob.markRead(conv.id, 4), 4);
      assert.equal(await bob.markRead(conv.id, 2), 4, 'a stale receipt does not move the cursor back');
      await refused(bob.markRead(conv.id, 99), ErrorCode.INVALID_ARGUMENT);

      const back = await t.client('rs-alice', 'phone', { cursors, syncPoint, autoSync: false });
      const states: { userId: string; readSeq: number; deliveredSeq: number }[] = [];
      back.on('conversationUpdate', (c) => {
        for (const r of c.receipts) states.push({ userId: r.userId as string, readSeq: r.readSeq as number, deliveredSeq: r.deliveredSeq as number });
      });
      await back.sync();
      assert.deepEqual(states.find((s) => s.userId === 'rs-bob'), { userId: 'rs-bob', readSeq: 4, deliveredSeq: 5 });
      const receipts = await back.receipts(conv.id);
      assert.deepEqual(receipts.map((r) => [r.userId, r.deliveredSeq, r.readSeq]).sort(), [
        ['rs-alice', 0, 0],
        ['rs-bob', 5, 4],
      ]);
      back.close();
      bob.close();
    });

    it('tell the sender live, and a group shows delivered to N of M and who read', async () => {
      const owner = await t.client('rg-owner');
      const members = ['rg-a', 'rg-b', 'rg-c'];
      const group = await owner.createGroup('receipts', members);
      const ack = await owner.send(group.id, 'did you get this?');
      const updates = inbox<ReceiptUpdate>(owner, 'receipt');
      const [a, b] = await Promise.all([t.client('rg-a'), t.client('rg-b')]);
      await a.markDelivered(group.id, ack.seq);
      await b.markRead(group.id, ack.seq);
      await until(() => updates.length === 2, 'two live receipt updates');
      assert.deepEqual(updates.map((u) => [u.userId, u.kind, u.seq]).sort(), [['rg-a', 1, 1], ['rg-b', 2, 1]]);
      const all = await owner.receipts(group.id);
      const others = all.filter((r) => r.userId !== 'rg-owner');
      const delivered = others.filter((r) => r.deliveredSeq >= ack.seq).map((r) => r.userId);
      const read = others.filter((r) => r.readSeq >= ack.seq).map((r) => r.userId);
      assert.deepEqual({ delivered: delivered.length, read: read.length, of: members.length }, { delivered: 2, read: 1, of: 3 });
      assert.deepEqual(read, ['rg-b']);
      for (const c of [owner, a, b]) c.close();
    });
  });

  describe('presence', () => {
    it('is online while any session is, then offline with a last-seen time', async () => {
      const watcher = await t.client('pr-watcher');
      const conv = await watcher.createDirect('pr-user');
      const seen = inbox<Presence>(watcher, 'presence');
      const initial = await watcher.watchPresence([conv.id]);
      assert.deepEqual(initial.map((p) => [p.userId, p.online]), [['pr-user', false]]);

      const phone = await t.client('pr-user', 'phone');
      await until(() => seen.some((p) => p.online), 'online');
      const laptop = await t.client('pr-user', 'laptop');
      phone.close();
      laptop.dropConnection(); // flaps: reconnects within the grace period
      await until(() => laptop.state === 'ready', 'laptop back');
      assert.equal(seen.filter((p) => !p.online).length, 0, 'still online while any session is, flapping debounced');
      const leftAt = Date.now();
      laptop.close();
      await until(() => seen.some((p) => !p.online), 'offline after the grace period');
      const off = seen.find((p) => !p.online)!;
      assert.ok(off.lastSeenMs >= leftAt - 1000 && off.lastSeenMs <= Date.now());
      const later = await watcher.watchPresence([conv.id]);
      assert.equal(later[0]!.online, false);
      assert.equal(later[0]!.lastSeenMs, off.lastSeenMs, 'last seen is remembered');
      const strangers = await t.client('pr-x');
      const theirs = await strangers.createDirect('pr-y');
      await refused(watcher.watchPresence([theirs.id]), ErrorCode.FORBIDDEN);
      await refused(watcher.watchPresence(['d.no.such']), ErrorCode.NOT_FOUND);
      strangers.close();
      watcher.close();
    });
  });

  describe('typing', () => {
    it('reaches online members once per interval and expires by itself', async () => {
      const a = await t.client('ty-a');
      const b = await t.client('ty-b');
      const conv = await a.createDirect('ty-b');
      const events: string[] = [];
      b.on('typing', (e) => events.push(e.userId));
      for (let i = 0; i < 20; i++) await a.typing(conv.id);
      await until(() => b.whoIsTyping(conv.id).includes('ty-a'), 'typing shown');
      assert.equal(events.length, 1, 'a flood of typing frames is forwarded once per interval');
      await until(() => b.whoIsTyping(conv.id).length === 0, 'typing expired', 5000);
      assert.equal((db.prepare('SELECT COUNT(*) AS n FROM messages WHERE conversation_id = ?').get(conv.id) as { n: number }).n, 0, 'never stored');
      a.close();
      b.close();
    });
  });

  describe('edits and deletes', () => {
    it('show up in history and in sync for a device that was offline', async () => {
      const author = await t.client('ed-author', 'phone');
      const conv = await author.createDirect('ed-peer');
      const peer = await t.client('ed-peer', 'tablet');
      const peerCursors = [...peer.cursors];
      peer.close();
      const m1 = await author.send(conv.id, 'helo');
      const m2 = await author.send(conv.id, 'secret');
      await author.edit(conv.id, m1.seq, 'hello');
      await author.delete(conv.id, m2.seq);

      const history = await author.history(conv.id, { afterSeq: 0 });
      const byseq = new Map(history.messages.map((m) => [m.seq, m]));
      assert.equal(byseq.get(m1.seq)!.text, 'hello');
      assert.ok(byseq.get(m1.seq)!.editedAtMs > 0);
      assert.equal(byseq.get(m2.seq)!.deleted, true);
      assert.equal(byseq.get(m2.seq)!.text, '');
      assert.deepEqual(history.messages.map((m) => m.kind), [MessageKind.TEXT, MessageKind.TEXT, MessageKind.EDIT, MessageKind.DELETE]);

      const back = await t.client('ed-peer', 'tablet', { cursors: peerCursors, autoSync: false });
      const got = inbox<Message>(back, 'message');
      await back.sync();
      assert.deepEqual(got.map((m) => [m.kind, m.text, m.deleted]), [
        [MessageKind.TEXT, 'hello', false],
        [MessageKind.TEXT, '', true],
        [MessageKind.EDIT, 'hello', false],
        [MessageKind.DELETE, '', false],
      ]);
      const stored = db.prepare("SELECT COUNT(*) AS n FROM messages WHERE conversation_id = ? AND text LIKE '%secret%'").get(conv.id) as { n: number };
      assert.equal(stored.n, 0, 'deleted content is gone from the store');
      author.close();
      back.close();
    });

    it('are allowed to the author (edit) and to the author or an admin (delete) only', async () => {
      const owner = await t.client('pe-owner');
      const member = await t.client('pe-member');
      const group = await owner.createGroup('perms', ['pe-member', 'pe-other']);
      const mine = await member.send(group.id, 'member says');
      const theirs = await owner.send(group.id, 'owner says');
      await refused(member.edit(group.id, theirs.seq, 'hijacked'), ErrorCode.FORBIDDEN);
      await refused(member.delete(group.id, theirs.seq), ErrorCode.FORBIDDEN);
      await refused(owner.edit(group.id, mine.seq, 'put words'), ErrorCode.FORBIDDEN);
      const del = await owner.delete(group.id, mine.seq);
      assert.ok(del.seq > theirs.seq, 'an admin may delete a member’s message');
      await refused(owner.edit(group.id, mine.seq, 'too late'), ErrorCode.NOT_FOUND);
      await refused(owner.edit(group.id, 999, 'nothing there'), ErrorCode.NOT_FOUND);
      owner.close();
      member.close();
    });
  });

  describe('reactions', () => {
    it('aggregate per emoji, mark the reader’s own and reach online members', async () => {
      const a = await t.client('re-a');
      const b = await t.client('re-b');
      const group = await a.createGroup('reactions', ['re-b', 're-c']);
      const m = await a.send(group.id, 'react to me');
      const pushed: string[] = [];
      b.on('reaction', (r) => pushed.push(`${r.userId}:${r.emoji}:${r.add}`));
      await a.react(group.id, m.seq, '👍');
      const counts = await b.react(group.id, m.seq, '👍');
      assert.deepEqual(counts.map((c) => [c.emoji, c.count, c.mine]), [['👍', 2, true]]);
      await b.react(group.id, m.seq, '🎉');
      await b.react(group.id, m.seq, '🎉', false);
      await until(() => pushed.length === 4, 'reaction pushes');
      assert.deepEqual(pushed, ['re-a:👍:true', 're-b:👍:true', 're-b:🎉:true', 're-b:🎉:false']);
      const page = await a.history(group.id, { afterSeq: 0 });
      const reactions = page.messages.find((x) => x.seq === m.seq)!.reactions;
      assert.deepEqual(reactions.map((r) => [r.emoji, r.count, r.mine]), [['👍', 2, true]]);
      await refused(b.react(group.id, m.seq, 'x'.repeat(40)), ErrorCode.INVALID_ARGUMENT);
      await a.delete(group.id, m.seq);
      await refused(b.react(group.id, m.seq, '👎'), ErrorCode.NOT_FOUND);
      a.close();
      b.close();
    });
  });

  describe('unread counts and inbox', () => {
    it('orders by activity and clears unread on the user’s other devices', async () => {
      const phone = await t.client('in-user', 'phone');
      const laptop = await t.client('in-user', 'laptop');
      const friend = await t.client('in-friend');
      const older = await friend.createDirect('in-user');
      const newer = await friend.createGroup('newer', ['in-user']);
      await friend.send(older.id, 'old news');
      await friend.send(newer.id, 'one');
      const last = await friend.send(newer.id, 'two');
      await phone.send(newer.id, 'my own reply');
      let page = await laptop.inbox();
      assert.deepEqual(page.entries.slice(0, 2).map((e) => [e.conversation!.id, e.unread]), [[newer.id, 2], [older.id, 1]]);
      assert.equal(page.entries[0]!.lastMessage!.text, 'my own reply');
      const updates = inbox<ReceiptUpdate>(laptop, 'receipt');
      await phone.markRead(newer.id, last.seq);
      await until(() => updates.some((u) => u.userId === 'in-user' && u.kind === 2), 'the laptop learns the phone read');
      page = await laptop.inbox();
      assert.equal(page.entries.find((e) => e.conversation!.id === newer.id)!.unread, 0);
      const first = await laptop.inbox(1);
      assert.equal(first.hasMore, true);
      const second = await laptop.inbox(1, { lastActivityMs: first.entries[0]!.lastActivityMs, conversationId: first.entries[0]!.conversation!.id as string });
      assert.equal(second.entries[0]!.conversation!.id, older.id);
      for (const c of [phone, laptop, friend]) c.close();
    });
  });

  describe('groups', () => {
    it('enforce roles, log membership changes and cut removed members off', async () => {
      const owner = await t.client('gr-owner');
      const admin = await t.client('gr-admin');
      const member = await t.client('gr-member');
      const group = await owner.createGroup('club', ['gr-admin', 'gr-member']);
      await refused(member.updateGroup(group.id, { title: 'mine now' }), ErrorCode.FORBIDDEN);
      await refused(member.updateGroup(group.id, { remove: ['gr-admin'] }), ErrorCode.FORBIDDEN);
      await refused(admin.updateGroup(group.id, { roles: ['gr-member=admin'] }), ErrorCode.FORBIDDEN);
      await owner.updateGroup(group.id, { roles: ['gr-admin=admin'] });
      await admin.updateGroup(group.id, { title: 'the club' });
      const newcomer = await t.client('gr-new');
      const joined: string[] = [];
      newcomer.on('conversation', (c) => joined.push(c.id));
      await admin.updateGroup(group.id, { add: ['gr-new'] });
      await until(() => joined.includes(group.id), 'the newcomer is told');
      await refused(admin.updateGroup(group.id, { remove: ['gr-owner'] }), ErrorCode.FORBIDDEN);

      const earlier = await owner.send(group.id, 'before removal');
      const memberGot = inbox<Message>(member, 'message');
      const removed: number[] = [];
      member.on('removed', (r) => removed.push(r.seq));
      const removal = await admin.updateGroup(group.id, { remove: ['gr-member'] });
      await until(() => removed.length === 1, 'removal push');
      await owner.send(group.id, 'after removal');
      await admin.send(group.id, 'after removal too');
      const ping = await member.ping();
      assert.ok(ping >= 0);
      assert.ok(memberGot.every((m) => m.seq <= removal.seq), 'nothing after the removal reaches the removed member');
      await refused(member.send(group.id, 'let me back'), ErrorCode.FORBIDDEN);
      const past = await member.history(group.id, { afterSeq: 0, limit: 100 });
      assert.equal(past.messages[past.messages.length - 1]!.seq, removal.seq, 'history ends at the removal');
      assert.ok(past.messages.some((m) => m.seq === earlier.seq));
      const newest = await member.history(group.id, {});
      assert.ok(newest.messages.every((m) => m.seq <= removal.seq));

      const log = await owner.history(group.id, { afterSeq: 0, limit: 100 });
      const system = log.messages.filter((m) => m.kind === MessageKind.MEMBERS || m.kind === MessageKind.RENAME);
      assert.deepEqual(
        system.map((m) => [m.senderId, m.system!.title, m.system!.added, m.system!.removed, m.system!.roles]),
        [
          ['gr-owner', '', [], [], ['gr-admin=admin']],
          ['gr-admin', 'the club', [], [], []],
          ['gr-admin', '', ['gr-new'], [], []],
          ['gr-admin', '', [], ['gr-member'], []],
        ],
      );
      await newcomer.leave(group.id);
      const list = await owner.listConversations();
      const view = list.conversations.find((c) => c.id === group.id)!;
      assert.equal(view.title, 'the club');
      assert.deepEqual([...view.members].sort(), ['gr-admin', 'gr-owner']);
      await owner.leave(group.id);
      const inherited = (await admin.listConversations()).conversations.find((c) => c.id === group.id)!;
      assert.deepEqual([...inherited.roles], ['gr-admin=owner'], 'the admin inherits the group');
      for (const c of [owner, admin, member, newcomer]) c.close();
    });

    it('limits group size', async () => {
      const small = await startTestNode(['--max-group-members', '3']);
      try {
        const o = await small.client('lim-owner');
        await refused(o.createGroup('big', ['a', 'b', 'c']), ErrorCode.TOO_LARGE);
        const g = await o.createGroup('ok', ['a', 'b']);
        await refused(o.updateGroup(g.id, { add: ['c'] }), ErrorCode.TOO_LARGE);
      } finally {
        await small.stop();
      }
    });
  });

  describe('bad input', () => {
    it('is refused with documented errors and leaves the stored state alone', async () => {
      const a = await t.client('bi-a');
      const conv = await a.createDirect('bi-b');
      await a.send(conv.id, 'keep me');
      const snapshot = (): unknown => db.prepare('SELECT seq, kind, text, deleted FROM messages WHERE conversation_id = ? ORDER BY seq').all(conv.id);
      const stored = snapshot();
      const raw = await RawConnection.login(t.url, await t.token('bi-a'));
      const cases: [object, number][] = [
        [{ receipt: { conversationId: conv.id, seq: 50, kind: 2 } }, ErrorCode.INVALID_ARGUMENT],
        [{ react: { conversationId: conv.id, seq: 77, emoji: '👍', add: true } }, ErrorCode.NOT_FOUND],
        [{ react: { conversationId: conv.id, seq: 1, emoji: '', add: true } }, ErrorCode.INVALID_ARGUMENT],
        [{ react: { conversationId: conv.id, seq: 1, emoji: 'a b', add: true } }, ErrorCode.INVALID_ARGUMENT],
        [{ edit: { conversationId: conv.id, seq: 1, text: '', clientId: 'e1' } }, ErrorCode.INVALID_ARGUMENT],
        [{ edit: { conversationId: conv.id, seq: 1, text: 'x', clientId: 'bad id!' } }, ErrorCode.INVALID_ARGUMENT],
        [{ delete: { conversationId: conv.id, seq: 0, clientId: 'd1' } }, ErrorCode.NOT_FOUND],
        [{ updateGroup: { conversationId: conv.id, title: 'direct chats have no title' } }, ErrorCode.FORBIDDEN],
        [{ updateGroup: { conversationId: conv.id, roles: ['nonsense'] } }, ErrorCode.INVALID_ARGUMENT],
        [{ typing: { conversationId: 'd.not.mine' } }, ErrorCode.NOT_FOUND],
        [{ receipts: { conversationId: 'g.nothing' } }, ErrorCode.NOT_FOUND],
      ];
      for (const [body, code] of cases) {
        const r = await raw.call(body);
        assert.equal(r.error?.code, code, JSON.stringify(body));
      }
      const intruder = await RawConnection.login(t.url, await t.token('bi-intruder'));
      for (const body of [
        { edit: { conversationId: conv.id, seq: 1, text: 'mine now', clientId: 'x1' } },
        { delete: { conversationId: conv.id, seq: 1, clientId: 'x2' } },
        { react: { conversationId: conv.id, seq: 1, emoji: '👎', add: true } },
        { typing: { conversationId: conv.id } },
        { receipt: { conversationId: conv.id, seq: 1, kind: 2 } },
        { receipts: { conversationId: conv.id } },
        { subscribePresence: { conversationIds: [conv.id] } },
      ]) {
        const r = await intruder.call(body);
        assert.equal(r.error?.code, ErrorCode.FORBIDDEN, JSON.stringify(body));
      }
      assert.deepEqual(snapshot(), stored, 'nothing stored changed');
      raw.close();
      intruder.close();
      a.close();
    });
  });
});
