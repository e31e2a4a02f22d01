import assert from 'node:assert/strict';
import { ErrorCode, type IClientFrame, type IConversation, pb } from '../protocol/mod.js';
import { ask, direct, group, pushed, refused, send } from './expect.js';
import { type Check, NotApplicable } from './kit.js';
import type { RawConnection } from './raw.js';

/** Groups: roles, member changes, renames and leaving; each change is a log entry every member sees. */

const { MEMBERS, RENAME } = pb.MessageKind;

async function update(c: RawConnection, conversationId: string, change: Omit<NonNullable<IClientFrame['updateGroup']>, 'conversationId'>): Promise<number> {
  return Number((await ask(c, { updateGroup: { conversationId, clientId: `u${Math.random().toString(36).slice(2)}`, ...change } }, 'ack')).ack!.seq);
}

async function conversation(c: RawConnection, id: string): Promise<IConversation | undefined> {
  return ((await ask(c, { listConversations: {} }, 'conversations')).conversations!.conversations ?? []).find((x) => x.id === id);
}

export const groupChecks: Check[] = [
  {
    group: 'groups',
    name: 'roles: the owner makes an admin; an admin adds and removes members (MEMBERS entries, joined and removed pushes) but not the owner or another admin',
    produces: { errors: [ErrorCode.FORBIDDEN] },
    async run(ctx) {
      const [o, ad, ad2, m, n] = [ctx.user('owner'), ctx.user('admin'), ctx.user('admin2'), ctx.user('member'), ctx.user('newcomer')];
      const co = await ctx.login(o);
      const cad = await ctx.login(ad);
      const cm = await ctx.login(m);
      const cn = await ctx.login(n);
      const g = await group(co, [ad, ad2, m]);
      const rolesSeq = await update(co, g, { roles: [`${ad}=admin`, `${ad2}=admin`] });
      const entry = (await pushed(cm, 'message', g, (f) => Number(f.message!.seq) === rolesSeq)).message!;
      assert.deepEqual([entry.kind, [...(entry.system?.roles ?? [])].sort()], [MEMBERS, [`${ad}=admin`, `${ad2}=admin`].sort()]);
      const addSeq = await update(cad, g, { add: [n] });
      await pushed(cn, 'joined', g);
      const added = (await pushed(cm, 'message', g, (f) => Number(f.message!.seq) === addSeq)).message!;
      assert.deepEqual([added.kind, added.system?.added], [MEMBERS, [n]]);
      const removeSeq = await update(cad, g, { remove: [m] });
      assert.equal(Number((await pushed(cm, 'removed', g)).removed!.seq), removeSeq);
      await refused(cad, { updateGroup: { conversationId: g, remove: [o], clientId: 'r1' } }, ErrorCode.FORBIDDEN);
      await refused(cad, { updateGroup: { conversationId: g, remove: [ad2], clientId: 'r2' } }, ErrorCode.FORBIDDEN);
      await refused(cad, { updateGroup: { conversationId: g, roles: [`${n}=admin`], clientId: 'r3' } }, ErrorCode.FORBIDDEN);
      await refused(cn, { updateGroup: { conversationId: g, add: [ctx.user('friend')], clientId: 'r4' } }, ErrorCode.FORBIDDEN);
      const roles = [...((await conversation(co, g))?.roles ?? [])].sort();
      assert.deepEqual(roles, [`${o}=owner`, `${ad}=admin`, `${ad2}=admin`, `${n}=member`].sort());
    },
  },
  {
    group: 'groups',
    name: 'UpdateGroup refusals: a bad role, a bad member id, a rename mixed with member changes, nothing to change, a title over 256 bytes are INVALID_ARGUMENT; no such group NOT_FOUND',
    produces: { errors: [ErrorCode.INVALID_ARGUMENT, ErrorCode.NOT_FOUND] },
    async run(ctx) {
      const [o, m] = [ctx.user('owner'), ctx.user('member')];
      const co = await ctx.login(o);
      const g = await group(co, [m]);
      const bad: IClientFrame['updateGroup'][] = [
        { conversationId: g, roles: [`${m}=king`] },
        { conversationId: g, add: ['not a user!'] },
        { conversationId: g, title: 'new', add: [ctx.user('x')] },
        { conversationId: g },
        { conversationId: g, title: 't'.repeat(257) },
      ];
      for (const [i, u] of bad.entries()) await refused(co, { updateGroup: { ...u, clientId: `bad${i}` } }, ErrorCode.INVALID_ARGUMENT);
      await refused(co, { updateGroup: { conversationId: `g.${ctx.user('none')}`, title: 'x', clientId: 'nf' } }, ErrorCode.NOT_FOUND);
    },
  },
  {
    group: 'groups',
    name: 'a rename is a RENAME entry with the title, pushed to every member and listed',
    async run(ctx) {
      const [o, m] = [ctx.user('owner'), ctx.user('member')];
      const co = await ctx.login(o);
      const cm = await ctx.login(m);
      const g = await group(co, [m], 'old');
      const seq = await update(co, g, { title: 'new' });
      const entry = (await pushed(cm, 'message', g, (f) => Number(f.message!.seq) === seq)).message!;
      assert.deepEqual([entry.kind, entry.system?.title, entry.senderId], [RENAME, 'new', o]);
      assert.equal((await conversation(cm, g))?.title, 'new');
    },
  },
  {
    group: 'groups',
    name: 'leave: removed with the seq of the MEMBERS entry, a retry answers the original ack, the leaver can no longer send; the owner leaving hands over to the admin',
    produces: { errors: [ErrorCode.FORBIDDEN] },
    async run(ctx) {
      const [o, ad, m] = [ctx.user('owner'), ctx.user('admin'), ctx.user('member')];
      const co = await ctx.login(o);
      const cad = await ctx.login(ad);
      const cm = await ctx.login(m);
      const g = await group(co, [m, ad]);
      await update(co, g, { roles: [`${ad}=admin`] });
      const left = (await ask(cm, { leave: { conversationId: g, clientId: 'bye' } }, 'ack')).ack!;
      assert.equal(Number((await pushed(cm, 'removed', g)).removed!.seq), Number(left.seq));
      const entry = (await pushed(co, 'message', g, (f) => Number(f.message!.seq) === Number(left.seq))).message!;
      assert.deepEqual([entry.kind, entry.system?.removed], [MEMBERS, [m]]);
      const retry = (await ask(cm, { leave: { conversationId: g, clientId: 'bye' } }, 'ack')).ack!;
      assert.deepEqual([retry.duplicate, Number(retry.seq)], [true, Number(left.seq)]);
      await refused(cm, { send: { conversationId: g, clientId: 'late', text: 'wait' } }, ErrorCode.FORBIDDEN);
      await refused(cm, { leave: { conversationId: g, clientId: 'bye2' } }, ErrorCode.FORBIDDEN);
      await ask(co, { leave: { conversationId: g, clientId: 'handover' } }, 'ack');
      assert.ok(((await conversation(cad, g))?.roles ?? []).includes(`${ad}=owner`), 'the admin is the owner now');
      await send(cad, g, 'still here');
    },
  },
  {
    group: 'groups',
    name: 'a direct conversation cannot be left or changed: FORBIDDEN',
    produces: { errors: [ErrorCode.FORBIDDEN] },
    async run(ctx) {
      const c = await ctx.login(ctx.user('a'));
      const id = await direct(c, ctx.user('b'));
      await refused(c, { leave: { conversationId: id, clientId: 'l1' } }, ErrorCode.FORBIDDEN);
      await refused(c, { updateGroup: { conversationId: id, title: 'ours', clientId: 'u1' } }, ErrorCode.FORBIDDEN);
      await refused(c, { updateGroup: { conversationId: id, add: [ctx.user('c')], clientId: 'u2' } }, ErrorCode.FORBIDDEN);
    },
  },
  {
    group: 'groups',
    name: 'a group over max_group_members (creating or adding): TOO_LARGE',
    produces: { errors: [ErrorCode.TOO_LARGE] },
    async run(ctx) {
      const c = await ctx.login(ctx.user('a'));
      const max = c.welcome?.limits?.maxGroupMembers ?? 1000;
      const ids = Array.from({ length: max }, (_, i) => `${ctx.user('m')}${i}`);
      if (ids.join('').length + 16 * max > (c.welcome?.limits?.maxFrameBytes ?? 131_072)) throw new NotApplicable(`max_group_members ${max} does not fit in one frame`);
      await refused(c, { createConversation: { kind: pb.ConversationKind.GROUP, members: ids, title: 'crowd' } }, ErrorCode.TOO_LARGE);
      const g = await group(c, ids.slice(0, max - 2), 'full');
      await update(c, g, { add: [ids[max - 2]!] });
      await refused(c, { updateGroup: { conversationId: g, add: [ids[max - 1]!], clientId: 'one-more' } }, ErrorCode.TOO_LARGE);
    },
  },
];
