import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import WebSocket from 'ws';
import { DevTokenIssuer } from '../../lib/auth/tokens.js';
import { ChorusClient, type SendAck, type WebSocketConstructor } from '../../lib/client/mod.js';
import { startServerProcess } from '../../testing/process.js';
import { TEST_SECRET } from '../../testing/node.js';

const dir = mkdtempSync(join(tmpdir(), 'chorus-restart-'));
const args = ['--port', '0', '--admin-port', '0', '--data-dir', dir, '--jwt-secret', TEST_SECRET];
const issuer = new DevTokenIssuer({ secret: new TextEncoder().encode(TEST_SECRET), issuer: 'chorus', audience: 'chorus', clockToleranceSec: 30 }, 3600);

function client(url: string, token: string, device: string): ChorusClient {
  return new ChorusClient({ url, token, deviceId: device, WebSocket: WebSocket as unknown as WebSocketConstructor, reconnect: false });
}

describe('a real server process', () => {
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('loses nothing it acknowledged when it is killed with SIGKILL and restarted', async () => {
    const first = await startServerProcess(args);
    const alice = client(first.url, await issuer.issue('alice'), 'a1');
    await alice.connect();
    const conv = await alice.createGroup('durable', ['bob']);
    const acked: SendAck[] = [];
    const inflight: Promise<void>[] = [];
    for (let i = 0; i < 400; i++) {
      inflight.push(alice.send(conv.id, `m${i}`).then((a) => void acked.push(a), () => undefined));
    }
    // Kill it while sends are still streaming: only acknowledged ones are promised.
    while (acked.length < 150) await new Promise((r) => setTimeout(r, 2));
    first.child.kill('SIGKILL');
    assert.equal(await first.exited, 'SIGKILL');
    alice.close();
    await Promise.allSettled(inflight);

    const second = await startServerProcess(args);
    try {
      const bob = client(second.url, await issuer.issue('bob'), 'b1');
      await bob.connect();
      let all: { seq: number; text: string; clientId: string }[] = [];
      for (let from = 0; ; ) {
        const page = await bob.history(conv.id, { afterSeq: from, limit: 500 });
        all = all.concat(page.messages);
        if (!page.hasMore) break;
        from = page.messages[page.messages.length - 1]!.seq;
      }
      assert.deepEqual(all.map((m) => m.seq), Array.from({ length: all.length }, (_, i) => i + 1), 'gapless after restart');
      const stored = new Map(all.map((m) => [m.clientId, m.seq]));
      for (const a of acked) assert.equal(stored.get(a.clientId), a.seq, `acknowledged ${a.clientId} kept its seq`);
      assert.ok(all.length >= acked.length);
      console.log(`# restart: ${acked.length} acknowledged before SIGKILL, ${all.length} stored, all acknowledged present`);
      // The log continues where it stopped.
      const next = await bob.send(conv.id, 'after restart');
      assert.equal(next.seq, all.length + 1);
      bob.close();
    } finally {
      second.child.kill('SIGTERM');
      await second.exited;
    }
  });

  it('drains on SIGTERM: clients are told to reconnect (1001) and the process exits 0', async () => {
    const server = await startServerProcess(args);
    const c = client(server.url, await issuer.issue('carol'), 'c1');
    const closed = new Promise<number>((resolve) => c.on('disconnected', (d) => resolve(d.code)));
    await c.connect();
    server.child.kill('SIGTERM');
    assert.equal(await closed, 1001);
    assert.equal(await server.exited, 0);
    c.close();
  });
});
