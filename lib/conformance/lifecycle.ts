import assert from 'node:assert/strict';
import { SignJWT, generateKeyPair } from 'jose';
import { CloseCode, ErrorCode, PROTOCOL_VERSION } from '../protocol/mod.js';
import { ask, closedWith, error, refused } from './expect.js';
import type { Check, KitContext, Produces } from './kit.js';
import { RawConnection, UpgradeRefused } from './raw.js';

/** How sessions end: closed by the client, by a stopping server, or never started because tokens cannot be checked. */

/** An ES256 token under a key id no JWKS holds: the server must fetch its keys to judge it. */
async function unknownKeyToken(user: string): Promise<string> {
  const { privateKey } = await generateKeyPair('ES256');
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({}).setProtectedHeader({ alg: 'ES256', kid: `conformance-${now}` }).setSubject(user).setIssuer('chorus').setAudience('chorus').setIssuedAt(now).setExpirationTime(now + 600).sign(privateKey);
}

const needsUnreachableKeys = (ctx: KitContext): string | null => (ctx.server.jwksUnreachable === true ? null : 'needs a server whose --jwt-jwks-url does not answer (--jwks-unreachable)');

/** Logs in on a server the harness lets the kit stop, stops it, and checks the close code. */
async function stopped(ctx: KitContext, code: number): Promise<void> {
  const server = await ctx.server.stoppable!.start();
  const c = await RawConnection.login(server.url, await ctx.tokens.token(ctx.user('stay')), 'kit');
  try {
    await ask(c, { ping: { clientTimeMs: 1 } }, 'pong');
    await server.stop();
    await closedWith(c, code, 20_000);
  } finally {
    c.close();
  }
}

export const lifecycleChecks: Check[] = [
  {
    group: 'lifecycle',
    name: "a client's close 1000 is answered with 1000",
    produces: { closes: [CloseCode.NORMAL] },
    async run(ctx) {
      const c = await ctx.login(ctx.user('a'));
      c.close(CloseCode.NORMAL);
      await closedWith(c, CloseCode.NORMAL);
    },
  },
  {
    group: 'lifecycle',
    name: 'a token whose keys cannot be fetched: UNAVAILABLE with retry_after_ms and close 4102 at Hello, HTTP 503 with Retry-After on the upgrade',
    skip: needsUnreachableKeys,
    produces: { errors: [ErrorCode.UNAVAILABLE], closes: [CloseCode.TRY_AGAIN_LATER] },
    async run(ctx) {
      const token = await unknownKeyToken(ctx.user('idp'));
      const c = await ctx.open();
      const f = error(await c.call({ hello: { protocolVersion: PROTOCOL_VERSION, token, deviceId: 'kit' } }), ErrorCode.UNAVAILABLE);
      assert.ok((f.error!.retryAfterMs ?? 0) > 0, 'retry_after_ms is set');
      await closedWith(c, CloseCode.TRY_AGAIN_LATER);
      const refusal = await ctx.open(`${ctx.url}?token=${encodeURIComponent(token)}`).then(
        () => assert.fail('the upgrade was accepted'),
        (err: unknown) => err,
      );
      assert.ok(refusal instanceof UpgradeRefused && refusal.status === 503, String(refusal));
      assert.ok(Number(refusal.retryAfter) > 0, 'Retry-After is set');
    },
  },
  {
    group: 'lifecycle',
    name: 'refresh_token whose keys cannot be fetched: UNAVAILABLE, and the session stays',
    skip: needsUnreachableKeys,
    produces: { errors: [ErrorCode.UNAVAILABLE] },
    async run(ctx) {
      const user = ctx.user('idp');
      const c = await ctx.login(user);
      await refused(c, { refreshToken: { token: await unknownKeyToken(user) } }, ErrorCode.UNAVAILABLE);
      await ask(c, { ping: { clientTimeMs: 1 } }, 'pong');
    },
  },
  {
    group: 'lifecycle',
    name: 'a single server shutting down closes its sessions with 1001',
    skip: (ctx) => (ctx.server.stoppable?.kind === 'shutdown' ? null : 'needs a harness that can stop a single server'),
    timeoutMs: 30_000,
    produces: { closes: [CloseCode.GOING_AWAY] },
    run: (ctx) => stopped(ctx, CloseCode.GOING_AWAY),
  },
  {
    group: 'lifecycle',
    name: 'a cluster gateway draining (SIGTERM) closes its sessions with 4101',
    skip: (ctx) => (ctx.server.stoppable?.kind === 'drain' ? null : 'needs a harness that can drain a cluster gateway'),
    timeoutMs: 30_000,
    produces: { closes: [CloseCode.SERVER_DRAINING] },
    run: (ctx) => stopped(ctx, CloseCode.SERVER_DRAINING),
  },
];

/** Documented codes no check can make a server produce from outside, each with the reason (docs/protocol.md says the same). */
export const NOT_PRODUCIBLE: readonly { produces: Produces; name: string; why: string }[] = [
  {
    produces: { errors: [ErrorCode.ALREADY_EXISTS] },
    name: 'error ALREADY_EXISTS (1006)',
    why: 'no request takes a conversation id; it needs two random 96-bit group ids to collide',
  },
  {
    produces: { errors: [ErrorCode.TIMEOUT] },
    name: 'error TIMEOUT (2001)',
    why: 'needs the store to stall past the server-side request deadline; no frame can make it do so',
  },
  {
    produces: { errors: [ErrorCode.MEDIA_SIZE_MISMATCH] },
    name: 'error MEDIA_SIZE_MISMATCH (1021)',
    why: 'only a store that takes a body longer than the part gives it (S3 does); the embedded store refuses such a PUT, and completion then answers MEDIA_NOT_UPLOADED',
  },
  {
    produces: { errors: [ErrorCode.MEDIA_EXPIRED] },
    name: 'error MEDIA_EXPIRED (1025)',
    why: 'an upload slot lives an hour by default (--media-upload-ttl-sec, at least 60 s); a check would have to wait it out',
  },
  {
    produces: { errors: [ErrorCode.SEARCH_DISABLED] },
    name: 'error SEARCH_DISABLED (1030)',
    why: 'depends on how the server is set up (a store without a search engine), which no frame chooses',
  },
];

/** The codes above, reported as skips with their reason. */
export const notProducibleChecks: Check[] = NOT_PRODUCIBLE.map((n) => ({
  group: 'coverage',
  name: `${n.name} is never produced by a check`,
  skip: () => n.why,
  run: () => Promise.reject(new Error('not runnable')),
}));
