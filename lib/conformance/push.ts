import assert from 'node:assert/strict';
import { ErrorCode } from '../protocol/mod.js';
import { ask, describe, direct, refused } from './expect.js';
import type { Check } from './kit.js';

/** Push frames: answered as documented whether or not the server has push providers (issue 18, finding 5). */
export const pushChecks: Check[] = [
  {
    group: 'push',
    name: 'RegisterPush: ok, or INVALID_ARGUMENT "PLATFORM_DISABLED:" on a server without that platform',
    async run(ctx) {
      const c = await ctx.login(ctx.user('a'));
      const f = await c.call({ registerPush: { webhook: { token: 'kit-device-token-1' } } });
      if (f.body === 'ok') return;
      assert.ok(f.body === 'error' && f.error!.code === ErrorCode.INVALID_ARGUMENT && (f.error!.message ?? '').startsWith('PLATFORM_DISABLED:'), describe(f));
    },
  },
  {
    group: 'push',
    name: 'RegisterPush refusals carry their reason: no target UNKNOWN_PLATFORM, oversized TOO_LARGE, malformed MALFORMED_TOKEN, unknown push service ENDPOINT_NOT_ALLOWED',
    async run(ctx) {
      const c = await ctx.login(ctx.user('a'));
      const reason = async (frame: Parameters<typeof c.call>[0], code: ErrorCode): Promise<string> => ((await refused(c, frame, code)).error!.message ?? '').split(':')[0]!;
      assert.equal(await reason({ registerPush: {} }, ErrorCode.INVALID_ARGUMENT), 'UNKNOWN_PLATFORM');
      assert.equal(await reason({ registerPush: { webhook: { token: 'x'.repeat(10_000) } } }, ErrorCode.TOO_LARGE), 'TOO_LARGE');
      assert.equal(await reason({ registerPush: { apns: { token: 'not hex at all' } } }, ErrorCode.INVALID_ARGUMENT), 'MALFORMED_TOKEN');
      assert.equal(await reason({ registerPush: { webpush: { endpoint: 'https://evil.example/push', p256dh: 'x', auth: 'y' } } }, ErrorCode.INVALID_ARGUMENT), 'ENDPOINT_NOT_ALLOWED');
    },
  },
  {
    group: 'push',
    name: 'UnregisterPush and SetPushPrefs answer ok; muting a conversation one is not in is FORBIDDEN',
    async run(ctx) {
      const c = await ctx.login(ctx.user('a'));
      const id = await direct(c, ctx.user('b'));
      await ask(c, { unregisterPush: {} }, 'ok');
      await ask(c, { setPushPrefs: { conversationId: id, mutedUntilMs: Date.now() + 60_000 } }, 'ok');
      await ask(c, { setPushPrefs: { conversationId: id, mutedUntilMs: 0 } }, 'ok');
      await ask(c, { setPushPrefs: { conversationId: '', mutedUntilMs: Date.now() + 60_000 } }, 'ok');
      await refused(c, { setPushPrefs: { conversationId: `d.${ctx.user('x')}.${ctx.user('y')}`, mutedUntilMs: 1 } }, ErrorCode.FORBIDDEN);
      await refused(c, { setPushPrefs: { conversationId: id, mutedUntilMs: -1 } }, ErrorCode.INVALID_ARGUMENT);
    },
  },
];
