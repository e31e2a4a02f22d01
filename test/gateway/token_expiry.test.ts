import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { chorus } from '../../lib/protocol/gen/chorus.js';
import { CloseCode, ErrorCode } from '../../lib/protocol/mod.js';
import { startTestNode, type TestNode } from '../../testing/node.js';
import { RawConnection } from '../../testing/raw.js';
import { gatewayOf, pastEarlierDeadlines } from './support/node.js';

const GRACE_SEC = 1;

describe('token expiry during a session', { concurrency: true }, () => {
  let t: TestNode;
  before(async () => {
    // Warn 60 s ahead: every short-lived test token is warned as soon as its session is ready.
    t = await startTestNode(['--jwt-refresh-notice-sec', '60', '--jwt-expiry-grace-sec', String(GRACE_SEC)]);
  });
  after(() => t.stop());

  it('warns the session, and a refresh_token for the same user keeps it open past the old deadline', async () => {
    const c = await RawConnection.login(t.url, await t.token('erin', 1));
    const warning = (await c.next((f) => f.body === 'tokenExpiring')).tokenExpiring as chorus.v1.TokenExpiring;
    assert.equal(warning.closeAtMs - warning.expiresAtMs, GRACE_SEC * 1000);
    const fresh = await c.call({ refreshToken: { token: await t.token('erin', 3600) } });
    assert.equal(fresh.body, 'tokenRefreshed');
    assert.ok((fresh.tokenRefreshed as chorus.v1.TokenRefreshed).expiresAtMs > warning.expiresAtMs + 3000_000);
    await pastEarlierDeadlines(t);
    assert.equal((await c.call({ ping: { clientTimeMs: 1 } })).body, 'pong');
    assert.equal(c.closed, null);
    c.close();
  });

  it('closes with 4004 when the token runs out and no refresh came', async () => {
    const c = await RawConnection.login(t.url, await t.token('fred', 1));
    const warning = (await c.next((f) => f.body === 'tokenExpiring')).tokenExpiring as chorus.v1.TokenExpiring;
    const closed = await c.waitClosed(10_000);
    assert.equal(closed.code, CloseCode.TOKEN_EXPIRED);
    assert.ok(Date.now() >= warning.closeAtMs, 'not before the announced time');
    assert.ok(gatewayOf(t).stats.tokenExpiryCloses >= 1);
  });

  it('refuses a token for another user with UNAUTHENTICATED and closes with 4003', async () => {
    const c = await RawConnection.login(t.url, await t.token('gina'));
    const answer = await c.call({ refreshToken: { token: await t.token('mallory') } });
    assert.equal(answer.error?.code, ErrorCode.UNAUTHENTICATED);
    assert.equal((await c.waitClosed()).code, CloseCode.AUTH_FAILED);
  });

  it('answers a bad refresh token with its error and keeps the session on the old token', async () => {
    const c = await RawConnection.login(t.url, await t.token('hank'));
    assert.equal((await c.call({ refreshToken: { token: 'not.a.jwt' } })).error?.code, ErrorCode.UNAUTHENTICATED);
    const expired = await t.token('hank', -3600);
    assert.equal((await c.call({ refreshToken: { token: expired } })).error?.code, ErrorCode.TOKEN_EXPIRED);
    assert.equal((await c.call({ ping: { clientTimeMs: 1 } })).body, 'pong');
    c.close();
  });
});
