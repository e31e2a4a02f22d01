import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { DevTokenIssuer } from '../../lib/auth/tokens.js';
import type { ChorusClient } from '../../lib/client/mod.js';
import { CloseCode, ErrorCode, PROTOCOL_VERSION, encodeClientFrame } from '../../lib/protocol/mod.js';
import { startTestNode, type TestNode } from '../../testing/node.js';
import { RawConnection } from '../../testing/raw.js';

describe('bad input gets its documented answer and changes nothing', () => {
  let t: TestNode;
  let db: Database.Database;
  let bystander: ChorusClient;
  let conv: string;

  before(async () => {
    t = await startTestNode(['--max-frame-bytes', '8192', '--max-text-bytes', '4096', '--max-bad-frames', '3']);
    db = new Database(join(t.dataDir, 'chorus.db'), { readonly: true });
    bystander = await t.client('bystander');
    conv = (await bystander.createDirect('friend')).id;
    await bystander.send(conv, 'before the storm');
  });
  after(async () => {
    db.close();
    await t.stop();
  });

  const stored = (): number => (db.prepare('SELECT COUNT(*) AS n FROM messages').get() as { n: number }).n;

  /** Runs the abuse, then checks the store is unchanged and another client still gets service. */
  async function unchanged(abuse: () => Promise<void>): Promise<void> {
    const count = stored();
    await abuse();
    assert.equal(stored(), count, 'nothing was stored');
    assert.ok((await bystander.ping()) >= 0);
    const ack = await bystander.send(conv, 'still serving');
    assert.ok(ack.seq > 0);
  }

  it('answers a malformed frame with BAD_FRAME and keeps the connection', async () => {
    await unchanged(async () => {
      const c = await RawConnection.login(t.url, await t.token('mallory'));
      c.sendBytes(new Uint8Array([0x0a, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]));
      const err = await c.next((f) => f.body === 'error');
      assert.equal(err.id, 0);
      assert.equal(err.error!.code, ErrorCode.BAD_FRAME);
      assert.equal((await c.call({ ping: { clientTimeMs: 1 } })).body, 'pong');
      c.close();
    });
  });

  it('closes with 4008 after too many bad frames', async () => {
    await unchanged(async () => {
      const c = await RawConnection.login(t.url, await t.token('mallory'));
      for (let i = 0; i < 5; i++) c.sendBytes(new Uint8Array([0xff, 0xff, 0xff]));
      assert.equal((await c.waitClosed()).code, CloseCode.PROTOCOL_VIOLATION);
    });
  });

  it('answers an unknown frame type with UNKNOWN_FRAME and the request id', async () => {
    await unchanged(async () => {
      const c = await RawConnection.login(t.url, await t.token('mallory'));
      // id = 7, then field 99 (varint) that this protocol version does not define.
      c.sendBytes(new Uint8Array([0x08, 0x07, 0x98, 0x06, 0x01]));
      const err = await c.next((f) => f.id === 7);
      assert.equal(err.error!.code, ErrorCode.UNKNOWN_FRAME);
      c.close();
    });
  });

  it('closes a text frame with 1003', async () => {
    await unchanged(async () => {
      const c = await RawConnection.login(t.url, await t.token('mallory'));
      c.sendBytes('{"send": "json is not our protocol"}');
      assert.equal((await c.waitClosed()).code, CloseCode.UNSUPPORTED_DATA);
    });
  });

  it('closes an oversized frame with 1009', async () => {
    await unchanged(async () => {
      const c = await RawConnection.login(t.url, await t.token('mallory'));
      c.send({ send: { conversationId: conv, clientId: 'big', text: 'x'.repeat(9000) } });
      assert.equal((await c.waitClosed()).code, CloseCode.MESSAGE_TOO_BIG);
      const huge = await RawConnection.login(t.url, await t.token('mallory'));
      huge.sendBytes(new Uint8Array(64 * 1024));
      assert.ok([CloseCode.MESSAGE_TOO_BIG, 1006].includes((await huge.waitClosed()).code as 1009));
    });
  });

  it('refuses text over the text limit inside a legal frame with TOO_LARGE', async () => {
    await unchanged(async () => {
      const c = await RawConnection.login(t.url, await t.token('bystander'));
      const r = await c.call({ send: { conversationId: conv, clientId: 'toolong', text: 'y'.repeat(5000) } });
      assert.equal(r.error!.code, ErrorCode.TOO_LARGE);
      c.close();
    });
  });

  it('closes with 4001 when a frame comes before Hello', async () => {
    await unchanged(async () => {
      const c = await RawConnection.open(t.url);
      c.send({ send: { conversationId: conv, clientId: 'early', text: 'let me in' } });
      assert.equal((await c.waitClosed()).code, CloseCode.AUTH_REQUIRED);
    });
  });

  it('refuses an expired token in Hello with TOKEN_EXPIRED and 4003, and on the upgrade with 401', async () => {
    await unchanged(async () => {
      const expired = await new DevTokenIssuer(t.config.jwt, 60).issue('bystander', Date.now() - 3_600_000);
      const c = await RawConnection.open(t.url);
      const r = await c.call({ hello: { protocolVersion: PROTOCOL_VERSION, token: expired, deviceId: 'd' } });
      assert.equal(r.error!.code, ErrorCode.TOKEN_EXPIRED);
      assert.equal((await c.waitClosed()).code, CloseCode.AUTH_FAILED);
      await assert.rejects(RawConnection.open(`${t.url}?token=${expired}`), /upgrade refused: 401/);
    });
  });

  it('refuses a forged token with UNAUTHENTICATED and 4003, and on the upgrade with 401', async () => {
    await unchanged(async () => {
      const forged = await new DevTokenIssuer({ ...t.config.jwt, secret: new TextEncoder().encode('x'.repeat(40)) }, 60).issue('bystander');
      const c = await RawConnection.open(t.url);
      const r = await c.call({ hello: { protocolVersion: PROTOCOL_VERSION, token: forged, deviceId: 'd' } });
      assert.equal(r.error!.code, ErrorCode.UNAUTHENTICATED);
      assert.equal((await c.waitClosed()).code, CloseCode.AUTH_FAILED);
      await assert.rejects(RawConnection.open(`${t.url}?token=${forged}`), /upgrade refused: 401/);
      const garbage = await RawConnection.open(t.url);
      const g = await garbage.call({ hello: { protocolVersion: PROTOCOL_VERSION, token: 'not.a.jwt', deviceId: 'd' } });
      assert.equal(g.error!.code, ErrorCode.UNAUTHENTICATED);
    });
  });

  it('accepts a valid token on the upgrade and still requires Hello for the device', async () => {
    const token = await t.token('upgrader');
    const c = await RawConnection.open(`${t.url}?token=${token}`);
    const w = await c.call({ hello: { protocolVersion: PROTOCOL_VERSION, deviceId: 'up' } });
    assert.equal(w.welcome!.userId, 'upgrader');
    c.close();
  });

  it('closes an unsupported protocol version with 4005', async () => {
    await unchanged(async () => {
      const c = await RawConnection.open(t.url);
      const r = await c.call({ hello: { protocolVersion: 99, token: await t.token('mallory'), deviceId: 'd' } });
      assert.equal(r.error!.code, ErrorCode.UNSUPPORTED_VERSION);
      assert.equal((await c.waitClosed()).code, CloseCode.UNSUPPORTED_VERSION);
    });
  });

  it('refuses a send to a conversation the user is not in with FORBIDDEN', async () => {
    await unchanged(async () => {
      const c = await RawConnection.login(t.url, await t.token('mallory'));
      const r = await c.call({ send: { conversationId: conv, clientId: 'intrude', text: 'hello?' } });
      assert.equal(r.error!.code, ErrorCode.FORBIDDEN);
      const h = await c.call({ history: { conversationId: conv, limit: 10 } });
      assert.equal(h.error!.code, ErrorCode.FORBIDDEN);
      const missing = await c.call({ send: { conversationId: 'g.doesnotexist', clientId: 'x', text: 'anyone?' } });
      assert.equal(missing.error!.code, ErrorCode.NOT_FOUND);
      c.close();
    });
  });

  it('refuses invalid ids and arguments with INVALID_ARGUMENT', async () => {
    await unchanged(async () => {
      const c = await RawConnection.login(t.url, await t.token('bystander'));
      const cases = [
        { send: { conversationId: conv, clientId: 'has spaces', text: 'x' } },
        { send: { conversationId: conv, clientId: 'ok', text: '' } },
        { send: { conversationId: '../../etc', clientId: 'ok', text: 'x' } },
        { createConversation: { kind: 1, members: ['a', 'b'] } },
        { createConversation: { kind: 7, members: ['a'] } },
        { createConversation: { kind: 2, members: ['bad name!'] } },
        { history: { conversationId: conv, beforeSeq: 5, afterSeq: 1 } },
        { receipt: { conversationId: conv, seq: 1, kind: 9 } },
      ];
      for (const body of cases) {
        const r = await c.call(body);
        assert.equal(r.error?.code, ErrorCode.INVALID_ARGUMENT, JSON.stringify(body));
      }
      const again = await c.call({ hello: { protocolVersion: 1, deviceId: 'x' } });
      assert.equal(again.error!.code, ErrorCode.ALREADY_AUTHENTICATED);
      c.close();
    });
  });

  it('answers frames beyond the connection’s rate with RATE_LIMITED and a retry hint, then accepts again', async () => {
    const limited = await startTestNode(['--frame-rate', '20', '--frame-burst', '10']);
    try {
      const c = await RawConnection.login(limited.url, await limited.token('chatty'));
      const ids = [];
      for (let i = 0; i < 30; i++) ids.push(c.send({ ping: { clientTimeMs: i } }));
      const answers = await Promise.all(ids.map((id) => c.next((f) => f.id === id)));
      const limitedAnswers = answers.filter((a) => a.error?.code === ErrorCode.RATE_LIMITED);
      assert.ok(limitedAnswers.length >= 15, `most of the burst beyond 10 is refused (${limitedAnswers.length})`);
      assert.ok(limitedAnswers.every((a) => Number(a.error!.retryAfterMs) > 0));
      assert.ok(answers.filter((a) => a.body === 'pong').length >= 8, 'the burst (less the Hello) is served');
      // Waiting as told gives a token back: the connection was not punished beyond the limit.
      await new Promise((r) => setTimeout(r, Number(limitedAnswers[0]!.error!.retryAfterMs) * 2));
      assert.equal((await c.call({ ping: { clientTimeMs: 99 } })).body, 'pong');
      c.close();
    } finally {
      await limited.stop();
    }
  });

  it('refuses connections beyond the per-address rate with HTTP 429', async () => {
    const limited = await startTestNode(['--connect-rate', '5']);
    try {
      const token = await limited.token('dialer');
      const results = await Promise.allSettled(Array.from({ length: 20 }, () => RawConnection.open(`${limited.url}?token=${token}`)));
      const refused = results.filter((r) => r.status === 'rejected');
      assert.ok(refused.length >= 5, `connections beyond the burst of 10 are refused (${refused.length})`);
      for (const r of refused) assert.match(String((r as PromiseRejectedResult).reason), /upgrade refused: 429/);
      for (const r of results) if (r.status === 'fulfilled') r.value.close();
    } finally {
      await limited.stop();
    }
  });

  it('keeps serving when a client floods requests past its pending limit', async () => {
    const small = await startTestNode(['--max-pending', '4', '--frame-burst', '1000']);
    try {
      const owner = await small.client('flooder');
      const room = (await owner.createDirect('floodee')).id;
      const c = await RawConnection.login(small.url, await small.token('flooder'));
      const frames = [];
      for (let i = 1; i <= 50; i++) frames.push(encodeClientFrame({ id: i, send: { conversationId: room, clientId: `f${i}`, text: 'x' } }));
      for (const f of frames) c.sendBytes(f);
      const answers = await Promise.all(Array.from({ length: 50 }, (_, i) => c.next((f) => f.id === i + 1)));
      const overloaded = answers.filter((a) => a.error?.code === ErrorCode.OVERLOADED).length;
      const acked = answers.filter((a) => a.body === 'ack').length;
      assert.equal(overloaded + acked, 50);
      assert.ok(overloaded > 0, 'some requests were refused as OVERLOADED');
      const page = await owner.history(room, { afterSeq: 0, limit: 100 });
      assert.equal(page.messages.length, acked, 'exactly the acknowledged sends were stored');
      c.close();
    } finally {
      await small.stop();
    }
  });

  it('answers POST /dev/token with 400 for any bad body and keeps serving', async () => {
    const dev = await startTestNode(['--dev']);
    try {
      const base = dev.url.replace('ws://', 'http://').replace('/v1/ws', '');
      for (const body of ['{"user":"bad user!"}', '{"user":""}', '{"user":"' + 'x'.repeat(65) + '"}', '{}', 'not json', '{"user":7}']) {
        const res = await fetch(`${base}/dev/token`, { method: 'POST', body });
        assert.equal(res.status, 400, body);
        assert.equal(typeof ((await res.json()) as { error?: unknown }).error, 'string', body);
      }
      const ok = await fetch(`${base}/dev/token`, { method: 'POST', body: '{"user":"alice"}' });
      assert.equal(ok.status, 200);
      assert.equal(((await ok.json()) as { user: string }).user, 'alice');
    } finally {
      await dev.stop();
    }
  });
});
