import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ChorusClient, Message } from '../../lib/client/mod.js';
import { startTestNode, type TestNode, until } from '../../testing/node.js';
import { RawConnection } from '../../testing/raw.js';

function collect(c: ChorusClient): Message[] {
  const got: Message[] = [];
  c.on('message', (m) => got.push(m));
  return got;
}

describe('chat over real WebSockets', () => {
  let t: TestNode;
  before(async () => {
    // Tests pipeline up to 1,000 sends from one connection; the rate limiter has its own test.
    t = await startTestNode(['--frame-burst', '5000']);
  });
  after(async () => {
    await t.stop();
  });

  it('delivers one-on-one messages to the peer and to the sender’s other device', async () => {
    const alice = await t.client('alice', 'phone');
    const alice2 = await t.client('alice', 'laptop');
    const bob = await t.client('bob');
    const conv = await alice.createDirect('bob');
    assert.equal(conv.kind, 1);
    assert.deepEqual([...conv.members].sort(), ['alice', 'bob']);
    // Created again from the other side: the same conversation.
    assert.equal((await bob.createDirect('alice')).id, conv.id);

    const bobGot = collect(bob);
    const alice2Got = collect(alice2);
    const ack = await alice.send(conv.id, 'hi bob');
    assert.equal(ack.seq, 1);
    assert.equal(ack.duplicate, false);
    await until(() => bobGot.length === 1 && alice2Got.length === 1, 'delivery to bob and alice’s laptop');
    assert.equal(bobGot[0]!.text, 'hi bob');
    assert.equal(bobGot[0]!.senderId, 'alice');
    assert.equal(bobGot[0]!.senderDevice, 'phone');
    assert.equal(bobGot[0]!.seq, 1);
    assert.equal(alice2Got[0]!.clientId, ack.clientId);

    const reply = await bob.send(conv.id, 'hi alice');
    assert.equal(reply.seq, 2);
  });

  it('a text with a lone surrogate half is sent as U+FFFD, not left without an answer', async () => {
    const alice = await t.client('alice', 'phone');
    const bob = await t.client('bob');
    const conv = await alice.createDirect('bob');
    const bobGot = collect(bob);
    // What cutting "😀" (two UTF-16 halves) in the middle leaves; protobufjs would write bytes that are not UTF-8.
    const ack = await alice.send(conv.id, `cut ${'😀'.slice(0, 1)} and ${'😀'.slice(1)} whole 😀`);
    await until(() => bobGot.some((m) => m.seq === ack.seq), 'delivery to bob');
    assert.equal(bobGot.find((m) => m.seq === ack.seq)!.text, 'cut \uFFFD and \uFFFD whole 😀');
  });

  it('fans a group message out to all 50 members', async () => {
    const names = Array.from({ length: 50 }, (_, i) => `m${i}`);
    const clients = await Promise.all(names.map((n) => t.client(n)));
    const inboxes = clients.map(collect);
    const group = await clients[0]!.createGroup('fifty', names.slice(1));
    assert.equal(group.members.length, 50);
    await clients[0]!.send(group.id, 'hello everyone');
    await until(() => inboxes.every((b) => b.length === 1), 'all 50 members to receive');
    for (const box of inboxes) {
      assert.equal(box[0]!.text, 'hello everyone');
      assert.equal(box[0]!.conversationId, group.id);
    }
    for (const c of clients) c.close();
  });

  it('gives every member of a group the identical gapless order under 10 concurrent senders', async () => {
    const names = Array.from({ length: 10 }, (_, i) => `s${i}`);
    const clients = await Promise.all(names.map((n) => t.client(n)));
    const watcher = await t.client('s0', 'watcher');
    const boxes = [...clients, watcher].map(collect);
    const group = await clients[0]!.createGroup('race', names.slice(1));
    await until(() => true, 'noop');
    const perSender = 30;
    const acks = await Promise.all(
      clients.map(async (c, i) => {
        const out = [];
        const sends = [];
        for (let k = 0; k < perSender; k++) sends.push(c.send(group.id, `${names[i]}:${k}`));
        for (const s of sends) out.push(await s);
        return out;
      }),
    );
    const total = names.length * perSender;
    const seqs = acks.flat().map((a) => a.seq).sort((a, b) => a - b);
    assert.deepEqual(seqs, Array.from({ length: total }, (_, i) => i + 1), 'acks cover 1..N exactly once');
    await until(() => boxes.every((b) => b.length === total), 'every member to receive every message');
    const reference = boxes[0]!.map((m) => `${m.seq}|${m.text}`);
    assert.deepEqual(reference.map((r) => Number(r.split('|')[0])), Array.from({ length: total }, (_, i) => i + 1));
    for (const box of boxes) assert.deepEqual(box.map((m) => `${m.seq}|${m.text}`), reference);
    // Each sender's own messages keep the order it sent them in.
    for (const n of names) {
      const mine = reference.filter((r) => r.split('|')[1]!.startsWith(`${n}:`)).map((r) => Number(r.split(':')[1]));
      assert.deepEqual(mine, Array.from({ length: perSender }, (_, k) => k));
    }
    for (const c of clients) c.close();
    watcher.close();
  });

  it('pages history backwards and forwards', async () => {
    const a = await t.client('pager');
    const conv = await a.createDirect('pagee');
    for (let i = 1; i <= 35; i++) await a.send(conv.id, `p${i}`);
    const newest = await a.history(conv.id, { limit: 10 });
    assert.deepEqual(newest.messages.map((m) => m.seq), [26, 27, 28, 29, 30, 31, 32, 33, 34, 35]);
    assert.equal(newest.hasMore, true);
    assert.equal(newest.lastSeq, 35);
    const older = await a.history(conv.id, { beforeSeq: 26, limit: 20 });
    assert.deepEqual(older.messages.map((m) => m.seq), Array.from({ length: 20 }, (_, i) => i + 6));
    assert.equal(older.hasMore, true);
    const oldest = await a.history(conv.id, { beforeSeq: 6, limit: 20 });
    assert.deepEqual(oldest.messages.map((m) => m.seq), [1, 2, 3, 4, 5]);
    assert.equal(oldest.hasMore, false);
    const fromStart = await a.history(conv.id, { afterSeq: 0, limit: 30 });
    assert.deepEqual(fromStart.messages.map((m) => m.text), Array.from({ length: 30 }, (_, i) => `p${i + 1}`));
    assert.equal(fromStart.hasMore, true);
    const rest = await a.history(conv.id, { afterSeq: 30, limit: 30 });
    assert.deepEqual(rest.messages.map((m) => m.seq), [31, 32, 33, 34, 35]);
    assert.equal(rest.hasMore, false);
    a.close();
  });

  it('syncs all 1,000 missed messages in order after a reconnect', async () => {
    const sender = await t.client('busy');
    const reader = await t.client('away', 'tablet');
    const conv = await sender.createDirect('away');
    const got = collect(reader);
    await sender.send(conv.id, 'before');
    await until(() => got.length === 1, 'first message');
    const cursors = [...reader.cursors];
    reader.close();
    const sends = [];
    for (let i = 0; i < 1000; i++) sends.push(sender.send(conv.id, `missed ${i}`));
    await Promise.all(sends);
    const back = await t.client('away', 'tablet', { cursors, autoSync: false });
    const caught = collect(back);
    await back.sync();
    assert.equal(caught.length, 1000, 'sync() resolves once everything missed was emitted');
    assert.deepEqual(caught.map((m) => m.seq), Array.from({ length: 1000 }, (_, i) => i + 2));
    assert.deepEqual(caught.map((m) => m.text), Array.from({ length: 1000 }, (_, i) => `missed ${i}`));
    await back.sync();
    assert.equal(caught.length, 1000, 'a second sync finds nothing new');
    back.close();
    sender.close();
  });

  it('stores a resent client id exactly once, over raw frames, across a dropped connection', async () => {
    const token = await t.token('resender');
    const helper = await t.client('resender', 'setup');
    const conv = await helper.createDirect('resendee');
    const first = await RawConnection.login(t.url, token);
    first.send({ send: { conversationId: conv.id, clientId: 'same-id-1', text: 'once' } });
    first.ws.terminate(); // the ack may or may not have been written: the client cannot know
    await first.waitClosed();
    const second = await RawConnection.login(t.url, token);
    const ack = await second.call({ send: { conversationId: conv.id, clientId: 'same-id-1', text: 'once', resend: true } });
    assert.equal(ack.body, 'ack');
    const again = await second.call({ send: { conversationId: conv.id, clientId: 'same-id-1', text: 'once', resend: true } });
    assert.equal(again.ack!.seq, ack.ack!.seq);
    assert.equal(again.ack!.duplicate, true);
    const page = await helper.history(conv.id, { afterSeq: 0, limit: 100 });
    assert.deepEqual(page.messages.map((m) => m.clientId), ['same-id-1']);
    second.close();
    helper.close();
  });

  it('resends unacknowledged messages through the SDK after a reconnect without duplicates', async () => {
    const a = await t.client('flaky');
    const conv = await a.createDirect('steady');
    const pending = [];
    for (let i = 0; i < 20; i++) pending.push(a.send(conv.id, `f${i}`));
    a.dropConnection();
    const acks = await Promise.all(pending);
    assert.equal(new Set(acks.map((x) => x.seq)).size, 20);
    const page = await a.history(conv.id, { afterSeq: 0, limit: 100 });
    assert.deepEqual(page.messages.map((m) => m.text), Array.from({ length: 20 }, (_, i) => `f${i}`));
    a.close();
  });

  it('lists the user’s conversations and tells members about new ones', async () => {
    const owner = await t.client('lister');
    const member = await t.client('listed');
    const joined: string[] = [];
    member.on('conversation', (c) => joined.push(c.id));
    const g = await owner.createGroup('list me', ['listed']);
    await until(() => joined.includes(g.id), 'joined push');
    const list = await member.listConversations();
    assert.ok(list.conversations.some((c) => c.id === g.id && c.title === 'list me'));
    owner.close();
    member.close();
  });

  it('moves device cursors forward only', async () => {
    const a = await t.client('reader');
    const conv = await a.createDirect('writer');
    for (let i = 0; i < 3; i++) await a.send(conv.id, `r${i}`);
    assert.equal(await a.markRead(conv.id, 3), 3);
    assert.equal(await a.markRead(conv.id, 1), 3);
    await assert.rejects(a.markRead(conv.id, 99), /seq must be between/);
    a.close();
  });
});
