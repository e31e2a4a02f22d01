import assert from 'node:assert/strict';
import { CloseCode, type IMessage } from '../protocol/mod.js';
import { ask, closedWith, direct, group, message, send, seqs } from './expect.js';
import type { Check } from './kit.js';

/**
 * Issue 18: what an independent client, written from docs/protocol.md alone, found. Findings 3, 4
 * and 5 are checked in the id-0, receipts and push groups.
 */
export const findingChecks: Check[] = [
  {
    group: 'issue18',
    name: 'finding 1: POST /dev/token answers 400 to any bad body and the server keeps serving',
    skip: (ctx) => (ctx.server.devTokenUrl === undefined ? 'needs a --dev server (--dev-token-url)' : null),
    async run(ctx) {
      const url = ctx.server.devTokenUrl!;
      for (const b of ['{"user":"bad user!"}', '{"user":""}', `{"user":"${'x'.repeat(65)}"}`, '{}', 'not json', '{"user":7}']) {
        const res = await fetch(url, { method: 'POST', body: b });
        assert.equal(res.status, 400, b);
        assert.equal(typeof ((await res.json()) as { error?: unknown }).error, 'string', b);
      }
      const ok = await fetch(url, { method: 'POST', body: JSON.stringify({ user: ctx.user('dev') }) });
      assert.equal(ok.status, 200);
      await ask(await ctx.login(ctx.user('after')), { ping: { clientTimeMs: 1 } }, 'pong');
    },
  },
  {
    group: 'issue18',
    name: 'finding 2: the sender gets one ack and one copy of each message, in either order, matched by client_id',
    async run(ctx) {
      const c = await ctx.login(ctx.user('a'));
      const id = await direct(c, ctx.user('b'));
      const order = { ackFirst: 0, messageFirst: 0 };
      for (let i = 1; i <= 10; i++) {
        const req = c.send({ send: { conversationId: id, clientId: `c${i}`, text: `m${i}` } });
        const mine = (f: { body?: string | null; message?: IMessage | null }): boolean => f.body === 'message' && f.message!.clientId === `c${i}`;
        const first = await c.next((f) => f.id === req || mine(f));
        if (first.id === req) order.ackFirst++;
        else order.messageFirst++;
        const second = await c.next((f) => (first.id === req ? mine(f) : f.id === req));
        const [ack, msg] = first.id === req ? [first, second] : [second, first];
        assert.equal(ack.body, 'ack');
        assert.equal(Number(msg.message!.seq), Number(ack.ack!.seq));
        assert.equal(ack.ack!.clientId, `c${i}`);
      }
      await ask(c, { ping: { clientTimeMs: 1 } }, 'pong');
      assert.equal(c.pushed().filter((f) => f.body === 'message').length, 0, 'no message twice');
    },
  },
  {
    group: 'issue18',
    name: 'finding 6: a removed member no longer sees the group in ListConversations, the inbox or sync; history stops at the removal',
    async run(ctx) {
      const [o, b, c] = [ctx.user('owner'), ctx.user('bob'), ctx.user('carol')];
      const co = await ctx.login(o);
      const cb = await ctx.login(b);
      const g = await group(co, [b, c], 'g');
      await send(co, g, 'before');
      const removedAt = Number((await ask(co, { updateGroup: { conversationId: g, remove: [b] } }, 'ack')).ack!.seq);
      const removed = (await cb.next((f) => f.body === 'removed' && f.removed!.conversationId === g)).removed!;
      assert.equal(Number(removed.seq), removedAt);
      await send(co, g, 'after');
      await ask(co, { updateGroup: { conversationId: g, title: 'renamed' } }, 'ack');

      const list = (await ask(cb, { listConversations: {} }, 'conversations')).conversations!;
      assert.deepEqual((list.conversations ?? []).map((x) => x.id), []);
      const inbox = (await ask(cb, { inbox: {} }, 'inbox')).inbox!;
      assert.deepEqual((inbox.entries ?? []).map((e) => e.conversation!.id), []);
      const fresh = (await ask(cb, { sync: {} }, 'sync')).sync!;
      assert.deepEqual([(fresh.conversations ?? []).length, (fresh.messages ?? []).length], [0, 0], 'a device that never knew it gets nothing of it');
      const known = (await ask(cb, { sync: { cursors: [{ conversationId: g, seq: 1 }] } }, 'sync')).sync!;
      assert.deepEqual((known.conversations ?? []).map((x) => x.id), [], 'not listed');
      assert.deepEqual(seqs(known.messages), [removedAt], 'a device that knew it syncs up to the removal');
      const h = (await ask(cb, { history: { conversationId: g, afterSeq: 0 } }, 'history')).history!;
      assert.equal(Number(h.lastSeq), removedAt);
      assert.deepEqual(seqs(h.messages), [1, removedAt]);
      await message(co, g, removedAt + 2);
    },
  },
  {
    group: 'issue18',
    name: 'finding 7: a silent client is pinged, then closed with 4103 at the idle timeout, never before',
    produces: { closes: [CloseCode.IDLE_TIMEOUT] },
    skip: (ctx) => (ctx.server.idleTimeoutSec === undefined || ctx.server.idleTimeoutSec > 90 ? 'needs --idle-timeout-sec of at most 90' : null),
    timeoutMs: 120_000,
    async run(ctx) {
      const idleMs = ctx.server.idleTimeoutSec! * 1000;
      const silent = await ctx.login(ctx.user('silent'), 'kit', { autoPong: false });
      const live = await ctx.login(ctx.user('live'));
      const since = Date.now();
      await closedWith(silent, CloseCode.IDLE_TIMEOUT, idleMs + 10_000);
      const waited = Date.now() - since;
      assert.ok(waited >= idleMs - 100, `closed after ${waited} ms, before the idle timeout`);
      assert.ok(waited <= idleMs + 3000, `closed after ${waited} ms`);
      assert.ok(silent.pings >= 1, 'pinged first');
      assert.ok(await live.until(() => live.pings >= 2 || live.closed !== null, idleMs * 2), 'a client that answers pings is pinged again');
      assert.equal(live.closed, null, 'and stays connected');
    },
  },
];
