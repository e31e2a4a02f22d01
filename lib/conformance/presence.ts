import assert from 'node:assert/strict';
import { ErrorCode } from '../protocol/mod.js';
import { ask, direct, group, message, pushed, refused, send } from './expect.js';
import type { Check } from './kit.js';

/** Typing and presence: ephemeral, never stored. */
export const presenceChecks: Check[] = [
  {
    group: 'typing',
    name: "typing reaches the other member's devices with expires_in_ms, not the typer's own; the answer is ok",
    async run(ctx) {
      const [a, b] = [ctx.user('typer'), ctx.user('watcher')];
      const ca = await ctx.login(a, 'phone');
      const ca2 = await ctx.login(a, 'laptop');
      const cb = await ctx.login(b, 'phone');
      const cb2 = await ctx.login(b, 'laptop');
      const id = await direct(ca, b);
      await ask(ca, { typing: { conversationId: id } }, 'ok');
      for (const c of [cb, cb2]) {
        const t = (await pushed(c, 'typing', id)).typing!;
        assert.equal(t.userId, a);
        assert.ok((t.expiresInMs ?? 0) > 0, 'expires_in_ms is set');
      }
      // A message sent after the typing: once the typer's devices have it, a typing event for them would have come first.
      const seq = await send(ca, id, 'done typing');
      for (const c of [ca, ca2]) {
        await message(c, id, seq);
        assert.deepEqual(c.buffered().filter((f) => f.body === 'typing').length, 0, "the typer's own devices get no typing event");
      }
    },
  },
  {
    group: 'typing',
    name: 'typing by a non-member: FORBIDDEN; in no such conversation: NOT_FOUND',
    produces: { errors: [ErrorCode.FORBIDDEN, ErrorCode.NOT_FOUND] },
    async run(ctx) {
      const ca = await ctx.login(ctx.user('a'));
      const id = await direct(ca, ctx.user('b'));
      const cx = await ctx.login(ctx.user('outsider'));
      await refused(cx, { typing: { conversationId: id } }, ErrorCode.FORBIDDEN);
      await refused(cx, { typing: { conversationId: `g.${ctx.user('none')}` } }, ErrorCode.NOT_FOUND);
    },
  },
  {
    group: 'presence',
    name: 'SubscribePresence: a snapshot of the other members (not the subscriber), then their online and offline changes',
    timeoutMs: 30_000,
    async run(ctx) {
      const [a, b, c] = [ctx.user('a'), ctx.user('b'), ctx.user('c')];
      const ca = await ctx.login(a);
      const g = await group(ca, [b, c], 'presence');
      await ctx.login(b);
      const snap = (await ask(ca, { subscribePresence: { conversationIds: [g] } }, 'presenceSnapshot')).presenceSnapshot!;
      const online = new Map((snap.users ?? []).map((u) => [u.userId, u.online === true]));
      assert.deepEqual([...online].sort(), [[b, true], [c, false]].sort(), 'the other members, the subscriber left out');
      const cc = await ctx.login(c);
      const on = (await ca.next((f) => f.body === 'presence' && f.presence!.userId === c)).presence!;
      assert.equal(on.online, true);
      cc.close();
      // Offline is announced after the server's grace period (default 3 s).
      const off = (await ca.next((f) => f.body === 'presence' && f.presence!.userId === c, 20_000)).presence!;
      assert.equal(off.online, false);
      assert.ok(Number(off.lastSeenMs) > 0, 'last_seen_ms is set');
    },
  },
  {
    group: 'presence',
    name: 'SubscribePresence: over 20 conversations INVALID_ARGUMENT, not a member FORBIDDEN, no such conversation NOT_FOUND; the watch list is then unchanged; an empty list stops watching',
    produces: { errors: [ErrorCode.INVALID_ARGUMENT, ErrorCode.FORBIDDEN, ErrorCode.NOT_FOUND] },
    async run(ctx) {
      const [a, b] = [ctx.user('a'), ctx.user('b')];
      const ca = await ctx.login(a);
      const id = await direct(ca, b);
      await ask(ca, { subscribePresence: { conversationIds: [id] } }, 'presenceSnapshot');
      const many = Array.from({ length: 21 }, (_, i) => `g.${ctx.user(`many${i}`)}`);
      await refused(ca, { subscribePresence: { conversationIds: many } }, ErrorCode.INVALID_ARGUMENT);
      const cx = await ctx.login(ctx.user('x'));
      const theirs = await direct(cx, ctx.user('y'));
      await refused(ca, { subscribePresence: { conversationIds: [theirs] } }, ErrorCode.FORBIDDEN);
      await refused(ca, { subscribePresence: { conversationIds: [`g.${ctx.user('none')}`] } }, ErrorCode.NOT_FOUND);
      await ctx.login(b);
      const on = (await ca.next((f) => f.body === 'presence' && f.presence!.userId === b)).presence!;
      assert.equal(on.online, true, 'still watching after the refusals');
      const empty = (await ask(ca, { subscribePresence: { conversationIds: [] } }, 'presenceSnapshot')).presenceSnapshot!;
      assert.deepEqual(empty.users ?? [], []);
    },
  },
  {
    group: 'presence',
    name: 'LookupUsers: the asked ids of users online, seen before or added to a conversation, in the order asked; ids never seen (or in another case) left out; over 100 ids or an invalid id INVALID_ARGUMENT',
    produces: { errors: [ErrorCode.INVALID_ARGUMENT] },
    async run(ctx) {
      const [a, b, never, added] = [ctx.user('a'), ctx.user('b'), ctx.user('never'), ctx.user('added')];
      const ca = await ctx.login(a);
      await ctx.login(b);
      const before = (await ask(ca, { lookupUsers: { userIds: [added] } }, 'userLookup')).userLookup!;
      assert.deepEqual(before.known ?? [], [], 'a user nobody has named is unknown');
      await group(ca, [b, added], 'lookup');
      const asked = [never, added, b, a, ...(a.toUpperCase() === a ? [] : [a.toUpperCase()])];
      const found = (await ask(ca, { lookupUsers: { userIds: asked } }, 'userLookup')).userLookup!;
      assert.deepEqual(found.known ?? [], [added, b, a], 'a user added to a group is known before their first login');
      const many = Array.from({ length: 101 }, (_, i) => ctx.user(`u${i}`));
      await refused(ca, { lookupUsers: { userIds: many } }, ErrorCode.INVALID_ARGUMENT);
      await refused(ca, { lookupUsers: { userIds: ['not/an/id'] } }, ErrorCode.INVALID_ARGUMENT);
    },
  },
];
