import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CloseCode, ErrorCode, PROTOCOL_VERSION } from '../../lib/protocol/mod.js';
import { JwksServer, type TestKey, sign, testKey } from '../auth/support/jwks_server.js';
import { startTestNode, type TestNode } from '../../testing/node.js';
import { RawConnection } from '../../testing/raw.js';

/** Hello with `token`; the Welcome's user id, or the error code and close code. */
async function hello(url: string, token: string): Promise<string> {
  const c = await RawConnection.open(url);
  const answer = await c.call({ hello: { protocolVersion: PROTOCOL_VERSION, token, deviceId: 'd' } });
  if (answer.body === 'welcome') {
    c.close();
    return answer.welcome!.userId!;
  }
  return `${ErrorCode[answer.error!.code!]} ${(await c.waitClosed()).code}`;
}

/** The HTTP status of an upgrade carrying `token` (101 when it succeeds). */
async function upgrade(url: string, token: string): Promise<number> {
  try {
    const c = await RawConnection.open(`${url}?token=${encodeURIComponent(token)}`);
    c.close();
    return 101;
  } catch (err) {
    return Number(/upgrade refused: (\d+)/.exec(String(err))?.[1] ?? 0);
  }
}

describe('a node trusting an identity provider’s JWKS', () => {
  let idp: JwksServer;
  let t: TestNode;
  let rs: TestKey;
  let ed: TestKey;

  before(async () => {
    [rs, ed] = await Promise.all([testKey('RS256', 'rs-1'), testKey('EdDSA', 'ed-1')]);
    idp = await JwksServer.start([rs, ed]);
    t = await startTestNode(['--jwt-jwks-url', idp.url, '--jwt-jwks-allow-insecure', '--jwt-jwks-cooldown-sec', '0']);
  });
  after(async () => {
    await t.stop();
    await idp.stop();
  });

  it('signs users in with RS256 and EdDSA tokens, in Hello and on the upgrade; dev HS256 tokens still work', async () => {
    assert.equal(await hello(t.url, await sign(rs, { sub: 'rita' })), 'rita');
    assert.equal(await hello(t.url, await sign(ed, { sub: 'eddie' })), 'eddie');
    assert.equal(await upgrade(t.url, await sign(rs, { sub: 'rita' })), 101);
    assert.equal(await hello(t.url, await t.token('devuser')), 'devuser');
  });

  it('accepts a key the provider rotated in, without a restart', async () => {
    const rotated = await testKey('ES256', 'es-2');
    const token = await sign(rotated, { sub: 'rotated' });
    assert.equal(await hello(t.url, token), 'UNAUTHENTICATED 4003', 'not published yet');
    idp.keys = [...idp.keys, rotated.jwk];
    assert.equal(await hello(t.url, token), 'rotated');
  });

  it('refuses unknown kids, other algorithms, alg none, expired tokens and wrong audience or issuer', async () => {
    const stranger = await testKey('RS256', 'nobody');
    const rs384 = await testKey('RS384', 'rs-384');
    idp.keys = [...idp.keys, rs384.jwk];
    const none = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from(JSON.stringify({ sub: 'x', iss: 'chorus', aud: 'chorus', exp: 9999999999 })).toString('base64url')}.`;
    const cases: [string, string][] = [
      [await sign(stranger), 'UNAUTHENTICATED 4003'],
      [await sign(rs384), 'UNAUTHENTICATED 4003'],
      [none, 'UNAUTHENTICATED 4003'],
      [await sign(rs, { ttlSec: -3600 }), 'TOKEN_EXPIRED 4003'],
      [await sign(rs, { aud: 'elsewhere' }), 'UNAUTHENTICATED 4003'],
      [await sign(rs, { iss: 'evil-idp' }), 'UNAUTHENTICATED 4003'],
    ];
    for (const [token, expected] of cases) assert.equal(await hello(t.url, token), expected);
    assert.equal(await upgrade(t.url, await sign(stranger)), 401);
  });

  it('asks clients to come back later (4102, HTTP 503) while the JWKS cannot be fetched', async () => {
    const fresh = await testKey('RS256', 'rs-3');
    idp.failWith = 500;
    try {
      assert.equal(await hello(t.url, await sign(fresh)), `UNAVAILABLE ${CloseCode.TRY_AGAIN_LATER}`);
      assert.equal(await upgrade(t.url, await sign(fresh)), 503);
    } finally {
      idp.failWith = null;
    }
  });
});
