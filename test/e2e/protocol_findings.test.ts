import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ErrorCode, type ServerFrame, pb } from '../../lib/protocol/mod.js';

const ConversationKind = pb.ConversationKind;
import { startTestNode, type TestNode } from '../../testing/node.js';
import { RawConnection } from '../../testing/raw.js';

// Issue 18: what an independent client, written from docs/protocol.md alone, found to disagree.

const IDLE_SEC = 2;

describe('protocol v1 as documented (issue 18)', () => {
  let t: TestNode;
  const open: RawConnection[] = [];
  before(async () => {
    t = await startTestNode(['--dev']);
  });
  after(async () => {
    for (const c of open) c.close();
    await t.stop();
  });

  async function login(user: string, device = 'raw'): Promise<RawConnection> {
    const c = await RawConnection.login(t.url, await t.token(user), device);
    open.push(c);
    return c;
  }

  async function direct(c: RawConnection, other: string): Promise<string> {
    const f = await c.call({ createConversation: { kind: ConversationKind.DIRECT, members: [other] } });
    assert.equal(f.body, 'conversation');
    return f.conversation!.id!;
  }

  it('finding 2: the sending session gets one ack and one copy of its message per send, in either order, matched by client_id', async () => {
    // docs/protocol.md (Sending) leaves the order open: in a cluster the two take different paths.
    const alice = await login('f2-alice');
    const conv = await direct(alice, 'f2-bob');
    for (let i = 1; i <= 10; i++) {
      const id = alice.send({ send: { conversationId: conv, clientId: `c${i}`, text: `m${i}` } });
      const ack = await alice.next((f) => f.id === id);
      const own = await alice.next((f) => f.body === 'message' && f.message!.clientId === `c${i}`);
      assert.equal(Number(own.message!.seq), Number(ack.ack!.seq));
      assert.equal(own.message!.text, `m${i}`);
    }
    await alice.call({ ping: {} });
    assert.deepEqual(alice.pushed().filter((f) => f.body === 'message').length, 0, 'each message came once');
  });

  it('finding 3: frames with id 0 get no success answer, only errors', async () => {
    const alice = await login('f3-alice');
    const conv = await direct(alice, 'f3-bob');
    alice.send({ id: 0, ping: { clientTimeMs: 1 } });
    alice.send({ id: 0, typing: { conversationId: conv } });
    alice.send({ id: 0, send: { conversationId: conv, clientId: 'zero', text: 'no ack wanted' } });
    alice.send({ id: 0, send: { conversationId: 'd.f3-x.f3-y', clientId: 'zero2', text: 'not mine' } });
    const err = await alice.next((f) => f.id === 0 && f.body === 'error');
    assert.equal(err.error!.code, ErrorCode.NOT_FOUND, 'errors about id-0 frames are still sent');
    // The send was still stored and delivered; a later request is answered normally.
    await alice.next((f) => f.body === 'message' && f.message!.clientId === 'zero');
    assert.equal((await alice.call({ ping: { clientTimeMs: 2 } })).body, 'pong');
    const answers = alice.buffered().filter((f) => f.id === 0 && (f.body === 'pong' || f.body === 'ok' || f.body === 'ack'));
    assert.deepEqual(answers.map((f) => f.body), []);
  });

  it('finding 4: ReceiptsRequest lists every member, also those who never sent a receipt', async () => {
    const alice = await login('f4-alice');
    const bob = await login('f4-bob');
    const conv = await direct(alice, 'f4-bob');
    const ack = await alice.call({ send: { conversationId: conv, clientId: 'r1', text: 'hi' } });
    assert.equal((await bob.call({ receipt: { conversationId: conv, seq: ack.ack!.seq, kind: 2 } })).body, 'receipt');
    const r = await alice.call({ receipts: { conversationId: conv } });
    const rows = (r.receipts!.members ?? []).map((m) => [m.userId, Number(m.deliveredSeq), Number(m.readSeq)]).sort();
    assert.deepEqual(rows, [
      ['f4-alice', 0, 0],
      ['f4-bob', 1, 1],
    ]);
  });

  it('finding 5: push frames on a server without a push provider get the documented answers', async () => {
    const alice = await login('f5-alice');
    const conv = await direct(alice, 'f5-bob');
    const code = (f: ServerFrame): string => (f.body === 'error' ? `${ErrorCode[f.error!.code ?? 0]} ${(f.error!.message ?? '').split(':')[0]}` : f.body!);
    assert.equal(code(await alice.call({ registerPush: { webhook: { token: 'device-token-1' } } })), 'INVALID_ARGUMENT PLATFORM_DISABLED');
    assert.equal(code(await alice.call({ registerPush: { webhook: { token: 'x'.repeat(10_000) } } })).split(' ')[0], 'TOO_LARGE');
    assert.equal(code(await alice.call({ unregisterPush: {} })), 'ok');
    assert.equal(code(await alice.call({ setPushPrefs: { conversationId: conv, mutedUntilMs: Date.now() + 60_000 } })), 'ok');
    assert.equal(code(await alice.call({ setPushPrefs: { conversationId: '', mutedUntilMs: 0 } })), 'ok');
    assert.equal(code(await alice.call({ setPushPrefs: { conversationId: 'd.f5-x.f5-y', mutedUntilMs: 1 } })).split(' ')[0], 'FORBIDDEN');
  });

  it('finding 6: a removed member no longer sees the group in ListConversations or in sync', async () => {
    const owner = await login('f6-owner');
    const bob = await login('f6-bob');
    const g = await owner.call({ createConversation: { kind: ConversationKind.GROUP, members: ['f6-bob', 'f6-carol'], title: 'g' } });
    const group = g.conversation!.id;
    await owner.call({ send: { conversationId: group, clientId: 's1', text: 'before' } });
    const removal = await owner.call({ updateGroup: { conversationId: group, remove: ['f6-bob'] } });
    const removedAt = Number(removal.ack!.seq);
    await owner.call({ send: { conversationId: group, clientId: 's2', text: 'after' } });

    const list = await bob.call({ listConversations: {} });
    assert.deepEqual((list.conversations!.conversations ?? []).map((c) => c.id), []);
    const fresh = await bob.call({ sync: { cursors: [] } });
    assert.deepEqual((fresh.sync!.conversations ?? []).map((c) => c.id), []);
    assert.deepEqual((fresh.sync!.messages ?? []).map((m) => m.conversationId), [], 'a device that never knew the group gets nothing of it');
    // A device that knew the group catches up to the entry that removed it, and no further.
    const known = await bob.call({ sync: { cursors: [{ conversationId: group, seq: 1 }] } });
    assert.deepEqual((known.sync!.conversations ?? []).map((c) => c.id), []);
    assert.deepEqual((known.sync!.messages ?? []).map((m) => Number(m.seq)), [removedAt]);
  });

  it('finding 7: an idle connection is closed with 4103, not before the idle timeout', async () => {
    const idle = await startTestNode(['--idle-timeout-sec', String(IDLE_SEC)]);
    try {
      const silent = await RawConnection.login(idle.url, await idle.token('f7-silent'), 'raw', { autoPong: false });
      const answering = await RawConnection.login(idle.url, await idle.token('f7-live'), 'raw');
      const since = Date.now();
      const closed = await silent.waitClosed(IDLE_SEC * 1000 + 8000);
      const waited = Date.now() - since;
      assert.equal(closed.code, 4103);
      assert.ok(waited >= IDLE_SEC * 1000 - 50, `closed after ${waited} ms`);
      assert.ok(waited <= IDLE_SEC * 1000 + 2500, `closed after ${waited} ms`);
      assert.ok(silent.pings >= 1, 'the server pinged first');
      // A client that answers pings stays connected.
      assert.ok(await answering.until(() => answering.pings >= 2, 10_000));
      assert.equal(answering.closed, null);
      answering.close();
    } finally {
      await idle.stop();
    }
  });
});
