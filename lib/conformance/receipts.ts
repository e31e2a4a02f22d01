import assert from 'node:assert/strict';
import { ErrorCode, pb } from '../protocol/mod.js';
import { ask, direct, refused, send } from './expect.js';
import type { Check } from './kit.js';

const { DELIVERED, READ } = pb.ReceiptKind;

/** Receipts, cursors and the inbox. */
export const receiptChecks: Check[] = [
  {
    group: 'receipts',
    name: 'a receipt moves the device cursor forward only; ReceiptAck carries the device cursor',
    async run(ctx) {
      const [a, b] = [ctx.user('a'), ctx.user('b')];
      const ca = await ctx.login(a);
      const id = await direct(ca, b);
      for (let i = 0; i < 5; i++) await send(ca, id, `m${i}`);
      const cb = await ctx.login(b, 'phone');
      const cb2 = await ctx.login(b, 'tablet');
      const ack = async (c: typeof cb, seq: number, kind: number): Promise<number> => Number((await ask(c, { receipt: { conversationId: id, seq, kind } }, 'receipt')).receipt!.seq);
      assert.equal(await ack(cb, 4, READ), 4);
      assert.equal(await ack(cb, 2, READ), 4, 'a stale receipt does not move it back');
      assert.equal(await ack(cb2, 1, READ), 1, "another device's cursor is its own");
      await refused(cb, { receipt: { conversationId: id, seq: 6, kind: READ } }, ErrorCode.INVALID_ARGUMENT);
      await refused(cb, { receipt: { conversationId: id, seq: 0, kind: READ } }, ErrorCode.INVALID_ARGUMENT);
      await refused(cb, { receipt: { conversationId: id, seq: 1, kind: 0 } }, ErrorCode.INVALID_ARGUMENT);
      const outsider = await ctx.login(ctx.user('x'));
      await refused(outsider, { receipt: { conversationId: id, seq: 1, kind: READ } }, ErrorCode.FORBIDDEN);
    },
  },
  {
    group: 'receipts',
    name: 'a moved member cursor is pushed as receipt_update to the members (the reader too)',
    async run(ctx) {
      const [a, b] = [ctx.user('a'), ctx.user('b')];
      const ca = await ctx.login(a);
      const id = await direct(ca, b);
      const seq = await send(ca, id, 'hi');
      const cb = await ctx.login(b);
      await ask(cb, { receipt: { conversationId: id, seq, kind: DELIVERED } }, 'receipt');
      for (const c of [ca, cb]) {
        const u = (await c.next((f) => f.body === 'receiptUpdate' && f.receiptUpdate!.kind === DELIVERED)).receiptUpdate!;
        assert.deepEqual([u.conversationId, u.userId, Number(u.seq)], [id, b, seq]);
      }
    },
  },
  {
    group: 'receipts',
    name: 'ReceiptsRequest lists every current member, at 0 without a receipt (issue 18, finding 4)',
    async run(ctx) {
      const [a, b] = [ctx.user('a'), ctx.user('b')];
      const ca = await ctx.login(a);
      const id = await direct(ca, b);
      await send(ca, id, 'one');
      const seq = await send(ca, id, 'two');
      const cb = await ctx.login(b);
      await ask(cb, { receipt: { conversationId: id, seq, kind: READ } }, 'receipt');
      const rows = (await ask(ca, { receipts: { conversationId: id } }, 'receipts')).receipts!.members ?? [];
      const got = rows.map((r) => [r.userId, Number(r.deliveredSeq), Number(r.readSeq)]).sort();
      assert.deepEqual(got, [[a, 0, 0], [b, seq, seq]].sort(), 'reading implies delivery; the sender has no implicit receipt');
    },
  },
  {
    group: 'receipts',
    name: 'the inbox lists by last activity, with the preview, read cursor and unread count',
    async run(ctx) {
      const [a, b, c] = [ctx.user('a'), ctx.user('b'), ctx.user('c')];
      const cb = await ctx.login(b);
      const cc = await ctx.login(c);
      const older = await direct(cb, a);
      await send(cb, older, 'old news');
      const newer = await direct(cc, a);
      for (let i = 1; i <= 3; i++) await send(cc, newer, `n${i}`);
      const ca = await ctx.login(a);
      await ask(ca, { receipt: { conversationId: newer, seq: 1, kind: READ } }, 'receipt');
      await send(ca, newer, 'my own does not count');
      const page = (await ask(ca, { inbox: { limit: 10 } }, 'inbox')).inbox!;
      const rows = (page.entries ?? []).map((e) => [e.conversation!.id, e.unread, Number(e.readSeq), e.lastMessage?.text]);
      assert.deepEqual(rows, [
        [newer, 2, 1, 'my own does not count'],
        [older, 1, 0, 'old news'],
      ]);
      assert.equal(page.hasMore, false);
    },
  },
];
