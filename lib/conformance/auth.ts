import assert from 'node:assert/strict';
import { CloseCode, ErrorCode, PROTOCOL_VERSION } from '../protocol/mod.js';
import { ask, body, closedWith, error, refused } from './expect.js';
import type { Check, KitContext } from './kit.js';
import { UpgradeRefused } from './raw.js';

const G = 'auth';
const needsForge = (ctx: KitContext): string | null => (ctx.tokens.forge === null ? 'needs --jwt-secret to sign odd tokens' : null);
const now = (): number => Math.floor(Date.now() / 1000);

/** Hello with a forged token: the error code and the close code that follow. */
async function helloRefused(ctx: KitContext, token: string, code: ErrorCode, close: number): Promise<void> {
  const c = await ctx.open();
  error(await c.call({ hello: { protocolVersion: PROTOCOL_VERSION, token, deviceId: 'kit' } }), code);
  await closedWith(c, close);
}

export const authChecks: Check[] = [
  {
    group: G,
    name: 'Hello with a valid token gets a Welcome with the user id and the limits',
    async run(ctx) {
      const user = ctx.user('alice');
      const c = await ctx.open();
      const w = body(await c.call({ hello: { protocolVersion: PROTOCOL_VERSION, token: await ctx.tokens.token(user), deviceId: 'kit' } }), 'welcome').welcome!;
      assert.equal(w.userId, user);
      assert.equal(w.protocolVersion, PROTOCOL_VERSION);
      assert.ok(w.sessionId !== '', 'a session id');
      assert.ok(Math.abs(Number(w.serverTimeMs) - Date.now()) < 60_000, 'server time is near ours');
      assert.ok((w.limits?.maxFrameBytes ?? 0) > 0 && (w.limits?.maxTextBytes ?? 0) > 0 && (w.limits?.maxPage ?? 0) > 0, 'limits are given');
    },
  },
  {
    group: G,
    name: 'a token on the upgrade (query or Authorization header) and an empty Hello token',
    async run(ctx) {
      const token = await ctx.tokens.token(ctx.user('upgrade'));
      const byQuery = await ctx.open(`${ctx.url}?token=${encodeURIComponent(token)}`);
      await ask(byQuery, { hello: { protocolVersion: PROTOCOL_VERSION, deviceId: 'kit' } }, 'welcome');
      const byHeader = await ctx.open(ctx.url, { headers: { authorization: `Bearer ${token}` } });
      await ask(byHeader, { hello: { protocolVersion: PROTOCOL_VERSION, deviceId: 'kit' } }, 'welcome');
    },
  },
  {
    group: G,
    name: 'a bad token on the upgrade is refused with HTTP 401',
    async run(ctx) {
      await assert.rejects(ctx.open(`${ctx.url}?token=not.a.jwt`), (e: unknown) => e instanceof UpgradeRefused && e.status === 401);
    },
  },
  {
    group: G,
    name: 'a bad token at Hello: UNAUTHENTICATED, close 4003',
    produces: { errors: [ErrorCode.UNAUTHENTICATED], closes: [CloseCode.AUTH_FAILED] },
    run: (ctx) => helloRefused(ctx, 'not.a.jwt', ErrorCode.UNAUTHENTICATED, CloseCode.AUTH_FAILED),
  },
  {
    group: G,
    name: 'a token over 8 KiB: UNAUTHENTICATED, close 4003',
    run: (ctx) => helloRefused(ctx, `x${'.'.repeat(8192)}`, ErrorCode.UNAUTHENTICATED, CloseCode.AUTH_FAILED),
  },
  {
    group: G,
    name: 'any frame before the Welcome closes with 4001',
    produces: { closes: [CloseCode.AUTH_REQUIRED] },
    async run(ctx) {
      const c = await ctx.open();
      c.send({ ping: { clientTimeMs: 1 } });
      await closedWith(c, CloseCode.AUTH_REQUIRED);
    },
  },
  {
    group: G,
    name: 'a wrong protocol version: UNSUPPORTED_VERSION, close 4005',
    produces: { errors: [ErrorCode.UNSUPPORTED_VERSION], closes: [CloseCode.UNSUPPORTED_VERSION] },
    async run(ctx) {
      const c = await ctx.open();
      error(await c.call({ hello: { protocolVersion: 99, token: await ctx.tokens.token(ctx.user('v')), deviceId: 'kit' } }), ErrorCode.UNSUPPORTED_VERSION);
      await closedWith(c, CloseCode.UNSUPPORTED_VERSION);
    },
  },
  {
    group: G,
    name: 'an invalid device id: INVALID_ARGUMENT, close 4008',
    produces: { errors: [ErrorCode.INVALID_ARGUMENT], closes: [CloseCode.PROTOCOL_VIOLATION] },
    async run(ctx) {
      const c = await ctx.open();
      error(await c.call({ hello: { protocolVersion: PROTOCOL_VERSION, token: await ctx.tokens.token(ctx.user('d')), deviceId: 'no spaces!' } }), ErrorCode.INVALID_ARGUMENT);
      await closedWith(c, CloseCode.PROTOCOL_VIOLATION);
    },
  },
  {
    group: G,
    name: 'a second Hello: ALREADY_AUTHENTICATED, the session stays',
    produces: { errors: [ErrorCode.ALREADY_AUTHENTICATED] },
    async run(ctx) {
      const user = ctx.user('twice');
      const c = await ctx.login(user);
      await refused(c, { hello: { protocolVersion: PROTOCOL_VERSION, token: await ctx.tokens.token(user), deviceId: 'kit' } }, ErrorCode.ALREADY_AUTHENTICATED);
      await ask(c, { ping: { clientTimeMs: 1 } }, 'pong');
    },
  },
  {
    group: G,
    name: 'an expired token: TOKEN_EXPIRED, close 4003',
    produces: { errors: [ErrorCode.TOKEN_EXPIRED], closes: [CloseCode.AUTH_FAILED] },
    skip: needsForge,
    run: async (ctx) => helloRefused(ctx, await ctx.tokens.forge!({ sub: ctx.user('old'), exp: now() - 3600 }), ErrorCode.TOKEN_EXPIRED, CloseCode.AUTH_FAILED),
  },
  {
    group: G,
    name: 'nbf in the future: UNAUTHENTICATED, close 4003',
    skip: needsForge,
    run: async (ctx) => helloRefused(ctx, await ctx.tokens.forge!({ sub: ctx.user('early'), nbf: now() + 3600 }), ErrorCode.UNAUTHENTICATED, CloseCode.AUTH_FAILED),
  },
  {
    group: G,
    name: 'a wrong audience or issuer: UNAUTHENTICATED, close 4003',
    skip: needsForge,
    async run(ctx) {
      await helloRefused(ctx, await ctx.tokens.forge!({ sub: ctx.user('aud'), aud: 'someone-else' }), ErrorCode.UNAUTHENTICATED, CloseCode.AUTH_FAILED);
      await helloRefused(ctx, await ctx.tokens.forge!({ sub: ctx.user('iss'), iss: 'someone-else' }), ErrorCode.UNAUTHENTICATED, CloseCode.AUTH_FAILED);
    },
  },
  {
    group: G,
    name: 'refresh_token for the same user: token_refreshed with the new expiry; a bad one UNAUTHENTICATED, the session stays',
    async run(ctx) {
      const user = ctx.user('fresh');
      const c = await ctx.login(user);
      const f = await ask(c, { refreshToken: { token: await ctx.tokens.token(user) } }, 'tokenRefreshed');
      assert.ok(Number(f.tokenRefreshed!.expiresAtMs) > Date.now(), 'the new expiry');
      await refused(c, { refreshToken: { token: 'not.a.jwt' } }, ErrorCode.UNAUTHENTICATED);
      await ask(c, { ping: { clientTimeMs: 1 } }, 'pong');
    },
  },
  {
    group: G,
    name: 'refresh_token for another user: UNAUTHENTICATED, close 4003',
    async run(ctx) {
      const c = await ctx.login(ctx.user('owner'));
      await refused(c, { refreshToken: { token: await ctx.tokens.token(ctx.user('thief')) } }, ErrorCode.UNAUTHENTICATED);
      await closedWith(c, CloseCode.AUTH_FAILED);
    },
  },
  {
    group: G,
    name: 'a token expiring within the notice period: token_expiring at once',
    skip: needsForge,
    async run(ctx) {
      const user = ctx.user('expiring');
      const exp = now() + Math.max(5, Math.floor(ctx.server.refreshNoticeSec / 2));
      const c = await ctx.open();
      await ask(c, { hello: { protocolVersion: PROTOCOL_VERSION, token: await ctx.tokens.forge!({ sub: user, exp }), deviceId: 'kit' } }, 'welcome');
      const f = await c.next((x) => x.body === 'tokenExpiring');
      assert.equal(Number(f.tokenExpiring!.expiresAtMs), exp * 1000);
      assert.ok(Number(f.tokenExpiring!.closeAtMs) >= exp * 1000);
    },
  },
  {
    group: G,
    name: 'no refresh: close 4004 after the expiry and the grace, not before',
    produces: { closes: [CloseCode.TOKEN_EXPIRED] },
    skip: (ctx) => needsForge(ctx) ?? (ctx.server.expiryGraceSec === undefined || ctx.server.expiryGraceSec > 10 ? 'needs --expiry-grace-sec of at most 10' : null),
    timeoutMs: 30_000,
    async run(ctx) {
      const exp = now() + 2;
      const c = await ctx.open();
      await ask(c, { hello: { protocolVersion: PROTOCOL_VERSION, token: await ctx.tokens.forge!({ sub: ctx.user('lapsed'), exp }), deviceId: 'kit' } }, 'welcome');
      const closeAt = Number((await c.next((x) => x.body === 'tokenExpiring')).tokenExpiring!.closeAtMs);
      await closedWith(c, CloseCode.TOKEN_EXPIRED, 25_000);
      assert.ok(Date.now() >= closeAt - 50, 'not before close_at_ms');
    },
  },
];
