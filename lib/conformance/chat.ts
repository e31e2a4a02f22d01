import assert from 'node:assert/strict';
import { ErrorCode, pb } from '../protocol/mod.js';
import { ask, direct, group, message, refused, send, seqs } from './expect.js';
import type { Check } from './kit.js';

/** Direct and group chat, history paging, idempotent resends, sync. */

export const chatChecks: Check[] = [
  {
    group: 'chat',
    name: 'a direct conversation is one per pair, d.<a>.<b> sorted, from either side; both get joined',
    async run(ctx) {
      const [a, b] = [ctx.user('a'), ctx.user('b')];
      const ca = await ctx.login(a);
      const cb = await ctx.login(b);
      const id = await direct(ca, b);
      assert.equal(id, `d.${[a, b].sort().join('.')}`);
      assert.equal(await direct(cb, a), id);
      for (const c of [ca, cb]) await c.next((f) => f.id === 0 && f.body === 'joined' && f.joined!.id === id);
      const conv = (await ask(ca, { createConversation: { kind: pb.ConversationKind.DIRECT, members: [b] } }, 'conversation')).conversation!;
      assert.equal(Number(conv.lastSeq), 0, 'creating writes no log entry');
      assert.deepEqual([...(conv.members ?? [])].sort(), [a, b].sort());
    },
  },
  {
    group: 'chat',
    name: 'sends are acked with gapless seqs from 1 and pushed to every member (the sender too)',
    async run(ctx) {
      const [a, b] = [ctx.user('a'), ctx.user('b')];
      const ca = await ctx.login(a);
      const cb = await ctx.login(b);
      const cb2 = await ctx.login(b, 'second');
      const id = await direct(ca, b);
      const got: number[] = [];
      for (let i = 0; i < 5; i++) got.push(await send(ca, id, `m${i}`));
      assert.deepEqual(got, [1, 2, 3, 4, 5]);
      for (const c of [ca, cb, cb2]) {
        for (let s = 1; s <= 5; s++) {
          const m = (await message(c, id, s)).message!;
          assert.equal(m.senderId, a);
          assert.equal(m.text, `m${s - 1}`);
        }
      }
    },
  },
  {
    group: 'chat',
    name: 'a group: the creator is owner, members get joined, a non-member cannot send or read',
    produces: { errors: [ErrorCode.FORBIDDEN, ErrorCode.NOT_FOUND] },
    async run(ctx) {
      const [o, m, x] = [ctx.user('owner'), ctx.user('member'), ctx.user('outsider')];
      const co = await ctx.login(o);
      const cm = await ctx.login(m);
      const cx = await ctx.login(x);
      const g = await group(co, [m, o], 'room');
      assert.match(g, /^g\./);
      const joined = (await cm.next((f) => f.body === 'joined' && f.joined!.id === g)).joined!;
      assert.equal(joined.title, 'room');
      assert.deepEqual([...(joined.roles ?? [])].sort(), [`${m}=member`, `${o}=owner`].sort());
      const seq = await send(cm, g, 'hello room');
      await message(co, g, seq);
      await refused(cx, { send: { conversationId: g, clientId: 'x1', text: 'let me in' } }, ErrorCode.FORBIDDEN);
      await refused(cx, { history: { conversationId: g } }, ErrorCode.FORBIDDEN);
      await refused(cx, { send: { conversationId: `g.${ctx.user('nothing')}`, clientId: 'x2', text: '?' } }, ErrorCode.NOT_FOUND);
    },
  },
  {
    group: 'chat',
    name: 'text rules: empty is INVALID_ARGUMENT, over max_text_bytes TOO_LARGE, a bad client_id INVALID_ARGUMENT',
    produces: { errors: [ErrorCode.INVALID_ARGUMENT, ErrorCode.TOO_LARGE] },
    async run(ctx) {
      const a = ctx.user('a');
      const c = await ctx.open();
      const w = (await ask(c, { hello: { protocolVersion: 1, token: await ctx.tokens.token(a), deviceId: 'kit' } }, 'welcome')).welcome!;
      const id = await direct(c, ctx.user('b'));
      await refused(c, { send: { conversationId: id, clientId: 'e1', text: '' } }, ErrorCode.INVALID_ARGUMENT);
      await refused(c, { send: { conversationId: id, clientId: 'e2', text: 'x'.repeat((w.limits?.maxTextBytes ?? 16384) + 1) } }, ErrorCode.TOO_LARGE);
      await refused(c, { send: { conversationId: id, clientId: 'not valid!', text: 'x' } }, ErrorCode.INVALID_ARGUMENT);
      assert.equal(await send(c, id, 'x'.repeat(w.limits?.maxTextBytes ?? 16384)), 1, 'exactly max_text_bytes is accepted');
    },
  },
  {
    group: 'chat',
    name: 'idempotent sends: the same client_id is stored once, with or without resend, however late',
    async run(ctx) {
      const a = ctx.user('a');
      const c = await ctx.login(a);
      const id = await direct(c, ctx.user('b'));
      const first = (await ask(c, { send: { conversationId: id, clientId: 'once', text: 'x' } }, 'ack')).ack!;
      assert.equal(first.duplicate, false);
      const again = (await ask(c, { send: { conversationId: id, clientId: 'once', text: 'x' } }, 'ack')).ack!;
      assert.equal(again.duplicate, true);
      assert.equal(Number(again.seq), Number(first.seq));
      for (let i = 0; i < 5; i++) await send(c, id, `filler ${i}`);
      // From another connection (as after a reconnect), with resend = true.
      const c2 = await ctx.login(a, 'kit');
      const late = (await ask(c2, { send: { conversationId: id, clientId: 'once', text: 'x', resend: true } }, 'ack')).ack!;
      assert.equal(late.duplicate, true);
      assert.equal(Number(late.seq), Number(first.seq));
      const page = (await ask(c2, { history: { conversationId: id, afterSeq: 0 } }, 'history')).history!;
      assert.deepEqual(seqs(page.messages), [1, 2, 3, 4, 5, 6], 'no second copy');
    },
  },
  {
    group: 'history',
    name: 'after_seq, before_seq and neither page ascending, with has_more and last_seq; limit 0 is 100',
    async run(ctx) {
      const c = await ctx.login(ctx.user('a'));
      const id = await direct(c, ctx.user('b'));
      for (let i = 1; i <= 12; i++) await send(c, id, `m${i}`);
      const page = async (q: { afterSeq?: number; beforeSeq?: number; limit?: number }): Promise<[number[], boolean, number]> => {
        const h = (await ask(c, { history: { conversationId: id, limit: q.limit ?? 0, ...q } }, 'history')).history!;
        return [seqs(h.messages), h.hasMore === true, Number(h.lastSeq)];
      };
      assert.deepEqual(await page({ afterSeq: 0, limit: 5 }), [[1, 2, 3, 4, 5], true, 12]);
      assert.deepEqual(await page({ afterSeq: 10, limit: 5 }), [[11, 12], false, 12]);
      assert.deepEqual(await page({ beforeSeq: 6, limit: 3 }), [[3, 4, 5], true, 12]);
      assert.deepEqual(await page({ beforeSeq: 3, limit: 5 }), [[1, 2], false, 12]);
      assert.deepEqual(await page({ limit: 4 }), [[9, 10, 11, 12], true, 12]);
      assert.deepEqual((await page({}))[0].length, 12);
      await refused(c, { history: { conversationId: id, afterSeq: 1, beforeSeq: 5 } }, ErrorCode.INVALID_ARGUMENT);
    },
  },
  {
    group: 'sync',
    name: 'sync returns exactly what is missing, in pages, and lists new conversations with last_seq',
    async run(ctx) {
      const [a, b] = [ctx.user('a'), ctx.user('b')];
      const ca = await ctx.login(a);
      const d = await direct(ca, b);
      const g = await group(ca, [b], 'g');
      for (let i = 0; i < 7; i++) await send(ca, d, `d${i}`);
      for (let i = 0; i < 4; i++) await send(ca, g, `g${i}`);
      const cb = await ctx.login(b, 'fresh');
      const cursors = new Map<string, number>([[d, 3]]);
      const got: string[] = [];
      const listed = new Map<string, number>();
      for (let round = 0; ; round++) {
        assert.ok(round < 20, 'sync ends');
        const p = (await ask(cb, { sync: { cursors: [...cursors].map(([conversationId, seq]) => ({ conversationId, seq })), limit: 3 } }, 'sync')).sync!;
        assert.ok((p.messages ?? []).length <= 3, 'a page holds at most limit messages');
        for (const c of p.conversations ?? []) listed.set(c.id!, Number(c.lastSeq));
        for (const m of p.messages ?? []) {
          const seq = Number(m.seq);
          assert.equal(seq, (cursors.get(m.conversationId!) ?? 0) + 1, 'gapless from the cursor');
          cursors.set(m.conversationId!, seq);
          got.push(`${m.conversationId}:${seq}`);
        }
        if (p.done) break;
      }
      assert.equal(got.length, 4 + 4, 'd 4..7 and g 1..4, each once');
      assert.equal(listed.get(d), 7);
      assert.equal(listed.get(g), 4);
      const again = (await ask(cb, { sync: { cursors: [...cursors].map(([conversationId, seq]) => ({ conversationId, seq })) } }, 'sync')).sync!;
      assert.deepEqual([(again.messages ?? []).length, again.done], [0, true], 'nothing twice');
    },
  },
];
