import assert from 'node:assert/strict';
import { CloseCode, ErrorCode, PROTOCOL_VERSION } from '../protocol/mod.js';
import { ask, body, closedWith, describe, direct, error, message } from './expect.js';
import type { Check } from './kit.js';

const UNDECODABLE = new Uint8Array([0x0a, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]);

/** Bad input gets its documented answer; frames with id 0; rate limits. */
export const badInputChecks: Check[] = [
  {
    group: 'bad-input',
    name: 'undecodable bytes: BAD_FRAME with id 0, and the connection stays',
    produces: { errors: [ErrorCode.BAD_FRAME] },
    async run(ctx) {
      const c = await ctx.login(ctx.user('a'));
      c.sendBytes(UNDECODABLE);
      const f = error(await c.next((x) => x.body === 'error'), ErrorCode.BAD_FRAME);
      assert.equal(f.id, 0);
      await ask(c, { ping: { clientTimeMs: 1 } }, 'pong');
    },
  },
  {
    group: 'bad-input',
    name: 'max_bad_frames BAD_FRAMEs are tolerated; the next one is answered and closes with 4008',
    produces: { errors: [ErrorCode.BAD_FRAME], closes: [CloseCode.PROTOCOL_VIOLATION] },
    async run(ctx) {
      const c = await ctx.login(ctx.user('a'));
      const n = ctx.server.maxBadFrames;
      for (let i = 0; i < n; i++) c.sendBytes(UNDECODABLE);
      for (let i = 0; i < n; i++) error(await c.next((x) => x.body === 'error'), ErrorCode.BAD_FRAME);
      await ask(c, { ping: { clientTimeMs: 1 } }, 'pong');
      c.sendBytes(UNDECODABLE);
      error(await c.next((x) => x.body === 'error'), ErrorCode.BAD_FRAME);
      await closedWith(c, CloseCode.PROTOCOL_VIOLATION);
    },
  },
  {
    group: 'bad-input',
    name: 'an empty body: UNKNOWN_FRAME; a text frame closes with 1003',
    produces: { errors: [ErrorCode.UNKNOWN_FRAME], closes: [CloseCode.UNSUPPORTED_DATA] },
    async run(ctx) {
      const c = await ctx.login(ctx.user('a'));
      error(await c.call({}), ErrorCode.UNKNOWN_FRAME);
      c.sendBytes('hello as text');
      await closedWith(c, CloseCode.UNSUPPORTED_DATA);
    },
  },
  {
    group: 'bad-input',
    name: 'a frame over max_frame_bytes closes with 1009',
    produces: { closes: [CloseCode.MESSAGE_TOO_BIG] },
    async run(ctx) {
      const c = await ctx.open();
      const w = body(await c.call({ hello: { protocolVersion: PROTOCOL_VERSION, token: await ctx.tokens.token(ctx.user('a')), deviceId: 'kit' } }), 'welcome').welcome!;
      c.sendBytes(new Uint8Array((w.limits?.maxFrameBytes ?? 131072) + 1));
      await closedWith(c, CloseCode.MESSAGE_TOO_BIG);
    },
  },
  {
    group: 'bad-input',
    name: 'a frame over twice max_frame_bytes: the server stops reading and cuts the socket (1006, no close frame)',
    produces: { closes: [CloseCode.ABNORMAL] },
    async run(ctx) {
      const c = await ctx.login(ctx.user('a'));
      c.sendBytes(new Uint8Array(2 * (c.welcome?.limits?.maxFrameBytes ?? 131072) + 1024));
      await closedWith(c, CloseCode.ABNORMAL);
    },
  },
  {
    group: 'id-0',
    name: 'frames with id 0 get no success answer (ping, typing, send) but their errors, and the work is done (issue 18, finding 3)',
    async run(ctx) {
      const c = await ctx.login(ctx.user('a'));
      const id = await direct(c, ctx.user('b'));
      c.send({ id: 0, ping: { clientTimeMs: 1 } });
      c.send({ id: 0, typing: { conversationId: id } });
      c.send({ id: 0, send: { conversationId: id, clientId: 'zero', text: 'no answer wanted' } });
      c.send({ id: 0, send: { conversationId: id, clientId: 'zero-empty', text: '' } });
      error(await c.next((f) => f.id === 0 && f.body === 'error'), ErrorCode.INVALID_ARGUMENT);
      await message(c, id, 1);
      await ask(c, { ping: { clientTimeMs: 2 } }, 'pong');
      const answers = c.buffered().filter((f) => f.id === 0 && f.body !== 'message' && f.body !== 'joined');
      assert.deepEqual(answers.map((f) => f.body), [], 'no answers with id 0');
    },
  },
  {
    group: 'limits',
    name: 'frames beyond the connection burst: RATE_LIMITED with retry_after_ms, the connection stays',
    produces: { errors: [ErrorCode.RATE_LIMITED] },
    async run(ctx) {
      const c = await ctx.login(ctx.user('a'));
      // Well beyond the burst: the bucket refills while they are being sent.
      const n = Math.ceil(ctx.server.frameBurst * 1.5) + 20;
      const ids: number[] = [];
      for (let i = 0; i < n; i++) ids.push(c.send({ ping: { clientTimeMs: i } }));
      const answers = await Promise.all(ids.map((id) => c.next((f) => f.id === id)));
      const limited = answers.filter((f) => f.body === 'error' && f.error!.code === ErrorCode.RATE_LIMITED);
      assert.ok(limited.length > 0, `${n} pings at once: none was RATE_LIMITED (is --frame-burst ${ctx.server.frameBurst}?)`);
      assert.ok(limited.every((f) => (f.error!.retryAfterMs ?? 0) > 0), 'retry_after_ms is set');
      assert.equal(answers.filter((f) => f.body === 'pong').length + limited.length, n);
      // retry_after_ms says when a token is back: following it, a ping passes again.
      for (let tries = 0; ; tries++) {
        const f = await c.call({ ping: { clientTimeMs: 1 } });
        if (f.body === 'pong') break;
        assert.ok(tries < 20 && f.body === 'error' && f.error!.code === ErrorCode.RATE_LIMITED, describe(f));
        await new Promise((resolve) => setTimeout(resolve, f.error!.retryAfterMs ?? 10));
      }
    },
  },
];
