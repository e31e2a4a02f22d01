import assert from 'node:assert/strict';
import { ErrorCode, type IMessage, pb } from '../protocol/mod.js';
import { ask, direct, group, pushed, refused, send } from './expect.js';
import type { Check } from './kit.js';
import type { RawConnection } from './raw.js';

/** Edits, deletes and reactions: entries that change earlier ones, read back in their current state. */

const { EDIT, DELETE } = pb.MessageKind;

async function history(c: RawConnection, conversationId: string): Promise<IMessage[]> {
  return (await ask(c, { history: { conversationId, afterSeq: 0 } }, 'history')).history!.messages ?? [];
}

async function ackSeq(c: RawConnection, frame: Parameters<RawConnection['call']>[0]): Promise<number> {
  return Number((await ask(c, frame, 'ack')).ack!.seq);
}

/** The counts as "emoji:count[*]" (* = mine), in the order given. */
function counts(list: readonly { emoji?: string | null; count?: number | null; mine?: boolean | null }[] | null | undefined): string[] {
  return (list ?? []).map((r) => `${r.emoji}:${r.count}${r.mine === true ? '*' : ''}`);
}

export const logChecks: Check[] = [
  {
    group: 'edit-delete',
    name: 'an edit is an EDIT entry, acked and pushed; history shows the message edited and the entry; a retry is a duplicate',
    async run(ctx) {
      const [a, b] = [ctx.user('a'), ctx.user('b')];
      const ca = await ctx.login(a);
      const cb = await ctx.login(b);
      const id = await direct(ca, b);
      const seq = await send(ca, id, 'first draft');
      const editSeq = await ackSeq(ca, { edit: { conversationId: id, seq, text: 'second draft', clientId: 'e1' } });
      assert.equal(editSeq, seq + 1);
      const pushedEdit = (await pushed(cb, 'message', id, (f) => Number(f.message!.seq) === editSeq)).message!;
      assert.deepEqual([pushedEdit.kind, Number(pushedEdit.refSeq), pushedEdit.text], [EDIT, seq, 'second draft']);
      const again = (await ask(ca, { edit: { conversationId: id, seq, text: 'second draft', clientId: 'e1' } }, 'ack')).ack!;
      assert.deepEqual([again.duplicate, Number(again.seq)], [true, editSeq]);
      const [orig, entry] = await history(cb, id);
      assert.deepEqual([orig!.text, Number(orig!.editedAtMs) > 0], ['second draft', true], 'the message in its current state');
      assert.deepEqual([entry!.kind, Number(entry!.refSeq)], [EDIT, seq]);
    },
  },
  {
    group: 'edit-delete',
    name: 'edit refusals: not the author FORBIDDEN, empty text or a bad client_id INVALID_ARGUMENT, over max_text_bytes TOO_LARGE, no such message or not a TEXT entry NOT_FOUND',
    produces: { errors: [ErrorCode.FORBIDDEN, ErrorCode.INVALID_ARGUMENT, ErrorCode.TOO_LARGE, ErrorCode.NOT_FOUND] },
    async run(ctx) {
      const [a, b] = [ctx.user('a'), ctx.user('b')];
      const ca = await ctx.login(a);
      const cb = await ctx.login(b);
      const id = await direct(ca, b);
      const seq = await send(ca, id, 'mine');
      const editSeq = await ackSeq(ca, { edit: { conversationId: id, seq, text: 'still mine', clientId: 'e1' } });
      const max = ca.welcome?.limits?.maxTextBytes ?? 16_384;
      await refused(cb, { edit: { conversationId: id, seq, text: 'yours now', clientId: 'e2' } }, ErrorCode.FORBIDDEN);
      await refused(ca, { edit: { conversationId: id, seq, text: '', clientId: 'e3' } }, ErrorCode.INVALID_ARGUMENT);
      await refused(ca, { edit: { conversationId: id, seq, text: 'x', clientId: 'not valid!' } }, ErrorCode.INVALID_ARGUMENT);
      await refused(ca, { edit: { conversationId: id, seq, text: 'x'.repeat(max + 1), clientId: 'e4' } }, ErrorCode.TOO_LARGE);
      await refused(ca, { edit: { conversationId: id, seq: editSeq + 5, text: 'x', clientId: 'e5' } }, ErrorCode.NOT_FOUND);
      await refused(ca, { edit: { conversationId: id, seq: editSeq, text: 'x', clientId: 'e6' } }, ErrorCode.NOT_FOUND);
    },
  },
  {
    group: 'edit-delete',
    name: 'a delete leaves a tombstone: no text, its edits lose their text, its reactions go; then edit, react and delete are NOT_FOUND; only the author deletes in a direct chat',
    produces: { errors: [ErrorCode.FORBIDDEN, ErrorCode.NOT_FOUND] },
    async run(ctx) {
      const [a, b] = [ctx.user('a'), ctx.user('b')];
      const ca = await ctx.login(a);
      const cb = await ctx.login(b);
      const id = await direct(ca, b);
      const seq = await send(ca, id, 'regrettable');
      await ackSeq(ca, { edit: { conversationId: id, seq, text: 'still regrettable', clientId: 'e1' } });
      await ask(cb, { react: { conversationId: id, seq, emoji: '👀', add: true } }, 'reactionAck');
      await refused(cb, { delete: { conversationId: id, seq, clientId: 'd0' } }, ErrorCode.FORBIDDEN);
      const delSeq = await ackSeq(ca, { delete: { conversationId: id, seq, clientId: 'd1' } });
      const pushedDelete = (await pushed(cb, 'message', id, (f) => Number(f.message!.seq) === delSeq)).message!;
      assert.deepEqual([pushedDelete.kind, Number(pushedDelete.refSeq)], [DELETE, seq]);
      const [tomb, edit, del] = await history(cb, id);
      assert.deepEqual([tomb!.deleted, tomb!.text ?? '', counts(tomb!.reactions)], [true, '', []], 'a tombstone');
      assert.deepEqual([edit!.kind, edit!.text ?? ''], [EDIT, ''], 'its edit lost its text');
      assert.deepEqual([del!.kind, Number(del!.refSeq)], [DELETE, seq]);
      await refused(ca, { edit: { conversationId: id, seq, text: 'x', clientId: 'e2' } }, ErrorCode.NOT_FOUND);
      await refused(cb, { react: { conversationId: id, seq, emoji: '👍', add: true } }, ErrorCode.NOT_FOUND);
      await refused(ca, { delete: { conversationId: id, seq, clientId: 'd2' } }, ErrorCode.NOT_FOUND);
    },
  },
  {
    group: 'edit-delete',
    name: "in a group the owner deletes a member's message; a member cannot delete the owner's",
    produces: { errors: [ErrorCode.FORBIDDEN] },
    async run(ctx) {
      const [o, m] = [ctx.user('owner'), ctx.user('member')];
      const co = await ctx.login(o);
      const cm = await ctx.login(m);
      const g = await group(co, [m]);
      const theirs = await send(cm, g, 'spam');
      const mine = await send(co, g, 'rules');
      await ackSeq(co, { delete: { conversationId: g, seq: theirs, clientId: 'mod1' } });
      await refused(cm, { delete: { conversationId: g, seq: mine, clientId: 'rev1' } }, ErrorCode.FORBIDDEN);
    },
  },
  {
    group: 'reactions',
    name: 'reaction counts: most used first, equal counts by emoji in UTF-8 byte order, mine for the reader; every member gets the event; repeats are harmless',
    async run(ctx) {
      const [a, b, c] = [ctx.user('a'), ctx.user('b'), ctx.user('c')];
      const ca = await ctx.login(a);
      const cb = await ctx.login(b);
      const cc = await ctx.login(c);
      const g = await group(ca, [b, c]);
      const seq = await send(ca, g, 'react to me');
      const react = (x: RawConnection, emoji: string, add = true): Promise<string[]> =>
        ask(x, { react: { conversationId: g, seq, emoji, add } }, 'reactionAck').then((f) => counts(f.reactionAck!.reactions));
      await react(ca, '👍');
      await react(cb, '👍');
      await react(cc, '！'); // U+FF01: after 👍 in UTF-16 order, before it in UTF-8
      await react(cc, 'ok');
      assert.deepEqual(await react(ca, '❤'), ['👍:2*', 'ok:1', '❤:1*', '！:1']);
      assert.deepEqual(await react(ca, '👍'), ['👍:2*', 'ok:1', '❤:1*', '！:1'], 'adding twice counts once');
      assert.deepEqual(await react(cb, '❤', false), ['👍:2*', 'ok:1', '❤:1', '！:1'], "removing what one has not added changes nothing");
      for (const x of [ca, cb, cc]) {
        const e = (await pushed(x, 'reaction', g, (f) => f.reaction!.userId === a && f.reaction!.emoji === '❤')).reaction!;
        assert.deepEqual([Number(e.seq), e.add, counts(e.reactions)], [seq, true, ['👍:2', 'ok:1', '❤:1', '！:1']], 'the event (mine is false)');
      }
      const [m] = await history(cb, g);
      assert.deepEqual(counts(m!.reactions), ['👍:2*', 'ok:1', '❤:1', '！:1'], 'history carries the counts, mine for the reader');
    },
  },
  {
    group: 'reactions',
    name: 'react refusals: an empty, spaced, control-character or over-32-byte emoji INVALID_ARGUMENT; no such message NOT_FOUND; a non-member FORBIDDEN',
    produces: { errors: [ErrorCode.INVALID_ARGUMENT, ErrorCode.NOT_FOUND, ErrorCode.FORBIDDEN] },
    async run(ctx) {
      const ca = await ctx.login(ctx.user('a'));
      const id = await direct(ca, ctx.user('b'));
      const seq = await send(ca, id, 'x');
      for (const emoji of ['', 'thumbs up', 'a\u0007', '😀'.repeat(9)]) {
        await refused(ca, { react: { conversationId: id, seq, emoji, add: true } }, ErrorCode.INVALID_ARGUMENT);
      }
      await ask(ca, { react: { conversationId: id, seq, emoji: '😀'.repeat(8), add: true } }, 'reactionAck');
      await refused(ca, { react: { conversationId: id, seq: seq + 1, emoji: '👍', add: true } }, ErrorCode.NOT_FOUND);
      const cx = await ctx.login(ctx.user('x'));
      await refused(cx, { react: { conversationId: id, seq, emoji: '👍', add: true } }, ErrorCode.FORBIDDEN);
    },
  },
];
