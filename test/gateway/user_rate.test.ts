import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ErrorCode, type ServerFrame } from '../../lib/protocol/mod.js';
import { startTestNode, type TestNode } from '../../testing/node.js';
import { RawConnection } from '../../testing/raw.js';
import { gatewayOf } from './support/node.js';

const BURST = 20;

describe('per-user rate limit', () => {
  let t: TestNode;
  before(async () => {
    // Connections may send plenty; the user as a whole may send BURST frames, then 1 a second.
    t = await startTestNode(['--frame-rate', '1000', '--frame-burst', '1000', '--user-frame-rate', '1', '--user-frame-burst', String(BURST)]);
  });
  after(() => t.stop());

  /** Sends `n` pings on each connection at once and collects every answer. */
  async function pingAll(conns: RawConnection[], n: number): Promise<ServerFrame[]> {
    const ids = conns.map((c) => Array.from({ length: n }, () => c.send({ ping: { clientTimeMs: 1 } })));
    const answers = await Promise.all(conns.map((c, i) => Promise.all(ids[i]!.map((id) => c.next((f) => f.id === id)))));
    return answers.flat();
  }

  it('shares one budget across all of a user’s connections, answered RATE_LIMITED with a retry hint', async () => {
    const token = await t.token('many');
    const conns = await Promise.all(Array.from({ length: 5 }, (_, i) => RawConnection.login(t.url, token, `d${i}`)));
    const answers = await pingAll(conns, 10);
    const pongs = answers.filter((a) => a.body === 'pong').length;
    const limited = answers.filter((a) => a.error?.code === ErrorCode.RATE_LIMITED);
    // 5 connections × 10 frames, but the user's budget is BURST (plus what refills meanwhile, 1/s).
    assert.ok(pongs >= BURST && pongs <= BURST + 2, `${pongs} answered`);
    assert.equal(limited.length, 50 - pongs);
    assert.match(limited[0]!.error!.message ?? '', /user/);
    assert.equal(limited[0]!.error!.retryAfterMs, 1000);
    assert.ok(gatewayOf(t).stats.rateLimitedUser >= limited.length);

    // Another user is not affected.
    const other = await RawConnection.login(t.url, await t.token('other'));
    assert.equal((await other.call({ ping: { clientTimeMs: 1 } })).body, 'pong');

    // Reconnecting does not refill the budget: it is the user's, not the connection's.
    for (const c of conns) c.close();
    await Promise.all(conns.map((c) => c.waitClosed()));
    const again = await RawConnection.login(t.url, token, 'd9');
    const [answer] = await pingAll([again], 1);
    assert.equal(answer!.error?.code, ErrorCode.RATE_LIMITED);
    again.close();
    other.close();
  });
});
