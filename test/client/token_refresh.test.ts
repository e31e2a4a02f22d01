import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import WebSocket from 'ws';
import { ChorusClient, type WebSocketConstructor } from '../../lib/client/mod.js';
import { CloseCode } from '../../lib/protocol/mod.js';
import { pastEarlierDeadlines } from '../gateway/support/node.js';
import { startTestNode, type TestNode, until } from '../../testing/node.js';

describe('SDK token refresh', { concurrency: true }, () => {
  let t: TestNode;
  const clients: ChorusClient[] = [];
  before(async () => {
    // Warn 60 s ahead (every short test token at once), close 1 s after expiry.
    t = await startTestNode(['--jwt-refresh-notice-sec', '60', '--jwt-expiry-grace-sec', '1']);
  });
  after(async () => {
    for (const c of clients) c.close();
    await t.stop();
  });

  function sdk(token: string | (() => Promise<string>)): ChorusClient {
    const c = new ChorusClient({ url: t.url, token, deviceId: 'sdk', WebSocket: WebSocket as unknown as WebSocketConstructor, reconnect: { minDelayMs: 20, maxDelayMs: 200 } });
    clients.push(c);
    return c;
  }

  it('the SDK refreshes through its token provider, on the open socket', async () => {
    let calls = 0;
    const c = sdk(async () => t.token('ivy', ++calls === 1 ? 1 : 3600));
    const refreshed = new Promise<number>((resolve) => c.on('tokenRefreshed', resolve));
    let disconnects = 0;
    c.on('disconnected', () => disconnects++);
    await c.connect();
    const expiresAt = await refreshed;
    assert.ok(expiresAt > Date.now() + 3000_000);
    assert.equal(calls, 2);
    // Past the first token's expiry and grace: still the same connection, still serving.
    await pastEarlierDeadlines(t);
    const other = await t.client('jack');
    const conv = await other.createDirect('ivy');
    const got = new Promise<string>((resolve) => c.on('message', (m) => resolve(m.text)));
    await other.send(conv.id, 'still there?');
    assert.equal(await got, 'still there?');
    assert.equal(disconnects, 0);
  });

  it('the SDK reconnects with a new token after 4004 when its provider failed to refresh in time', async () => {
    let calls = 0;
    const c = sdk(async () => {
      calls++;
      if (calls === 2) throw new Error('identity provider down');
      return t.token('kate', calls === 1 ? 1 : 3600);
    });
    const closes: { code: number; reconnecting: boolean }[] = [];
    c.on('disconnected', (d) => closes.push(d));
    let readyCount = 0;
    c.on('synced', () => readyCount++);
    c.on('error', () => undefined);
    await c.connect();
    await until(() => readyCount === 2, 'the reconnect', 15_000);
    assert.deepEqual(closes.map((d) => [d.code, d.reconnecting]), [[CloseCode.TOKEN_EXPIRED, true]]);
    assert.equal(calls, 3);
  });

  it('with a fixed token the SDK reports the expiry and stops after 4004', async () => {
    const c = sdk(await t.token('liam', 1));
    const warned = new Promise<void>((resolve) => c.on('tokenExpiring', () => resolve()));
    const closed = new Promise<{ code: number; reconnecting: boolean }>((resolve) => c.on('disconnected', resolve));
    await c.connect();
    await warned;
    const d = await closed;
    assert.equal(d.code, CloseCode.TOKEN_EXPIRED);
    assert.equal(d.reconnecting, false);
    assert.equal(c.state, 'closed');
  });

  it('refreshToken() with an explicit token refreshes a session that has a fixed token', async () => {
    const c = sdk(await t.token('mia', 1));
    await c.connect();
    const expiresAt = await c.refreshToken(await t.token('mia', 3600));
    assert.ok(expiresAt > Date.now() + 3000_000);
    await pastEarlierDeadlines(t);
    assert.equal(c.state, 'ready');
    assert.ok((await c.ping()) >= 0);
  });
});
