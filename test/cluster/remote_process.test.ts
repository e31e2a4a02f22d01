/**
 * The transport against peers in separate processes (testing/cluster/peer_process.ts): a peer
 * killed and restarted on the same port, and a peer that stops reading (SIGSTOP) so that flow
 * control and the bounded queue are what keeps the sender's memory in check.
 */
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { PeerOverloadedError, PeerUnavailableError, Remote, type RemoteOptions } from '../../lib/cluster/remote/mod.js';
import { type PeerProcess, startPeerProcess } from '../../testing/cluster/peers.js';
import { until } from '../../testing/cluster/wait.js';

const enc = new TextEncoder();
const dec = new TextDecoder();
const cleanups: (() => Promise<void>)[] = [];
after(async () => {
  for (const c of cleanups.reverse()) await c();
});

async function node(id: string, options: Partial<RemoteOptions> = {}): Promise<Remote> {
  const r = new Remote({ nodeId: id, listen: '127.0.0.1:0', ...options });
  cleanups.push(() => r.stop());
  await r.start();
  return r;
}

async function peerProcess(id: string, port = 0): Promise<PeerProcess> {
  const p = await startPeerProcess(id, port);
  cleanups.push(async () => {
    if (p.child.signalCode === null && p.child.exitCode === null) p.child.kill('SIGCONT');
    await p.kill();
  });
  return p;
}

function seq(n: number, size = 4): Uint8Array {
  const b = new Uint8Array(size);
  new DataView(b.buffer).setUint32(0, n);
  return b;
}

async function stats(a: Remote, p: { id: string; grpcAddress: string }): Promise<{ tells: number; outOfOrder: number }> {
  return JSON.parse(dec.decode(await a.request(p, { kind: 'test', key: 'stats' }, 'stats', new Uint8Array(0)))) as { tells: number; outOfOrder: number };
}

describe('Remote with peers in other processes', () => {
  it('reconnects to a peer that was killed and restarted on the same port; queued tells survive, in order', async () => {
    const a = await node('restart-a', { limits: { reconnectMinMs: 20, reconnectMaxMs: 200 } });
    let b = await peerProcess('restart-b');
    const to = { id: 'restart-b', grpcAddress: b.address };
    assert.equal(dec.decode(await a.request(to, { kind: 'test', key: 'e' }, 'echo', enc.encode('before'))), 'before');
    for (let i = 0; i < 1000; i++) a.tell(to, { kind: 'test', key: `k${i % 5}` }, 'seq', seq(i));
    assert.equal((await stats(a, to)).tells, 1000);

    const hanging = a.request(to, { kind: 'test', key: 'h' }, 'hang', new Uint8Array(0), { timeoutMs: 10_000 });
    const hangingFails = assert.rejects(hanging, PeerUnavailableError, 'a request written before the crash fails at once, not at its deadline');
    await new Promise((r) => setImmediate(r));
    await b.kill();
    await hangingFails;
    const link = a.link(to);
    await until(() => link.state !== 'ready', 'the link to notice');

    // Sent while the peer is down: queued, not lost.
    for (let i = 1000; i < 2000; i++) a.tell(to, { kind: 'test', key: `k${i % 5}` }, 'seq', seq(i));
    const during = a.request(to, { kind: 'test', key: 'e' }, 'echo', enc.encode('during'), { timeoutMs: 10_000 });
    b = await peerProcess('restart-b', b.port);
    assert.equal(dec.decode(await during), 'during');
    assert.deepEqual(await stats(a, to), { tells: 1000, outOfOrder: 0, keys: 5 });
    assert.ok(link.stats().connects >= 2);
  });

  it('stops writing to a peer that does not read, bounds the queue, and delivers everything accepted once it reads again', async () => {
    const maxQueued = 2000;
    const a = await node('slow-a', { limits: { maxQueuedEnvelopes: maxQueued, maxBatchEnvelopes: 64, maxBatchBytes: 16 * 1024 } });
    const b = await peerProcess('slow-b');
    const to = { id: 'slow-b', grpcAddress: b.address };
    assert.equal(dec.decode(await a.request(to, { kind: 'test', key: 'e' }, 'echo', enc.encode('up'))), 'up');
    const link = a.link(to);

    b.child.kill('SIGSTOP');
    let accepted = 0;
    let refused: unknown;
    while (refused === undefined && accepted < 200_000) {
      try {
        a.tell(to, { kind: 'test', key: 'k' }, 'seq', seq(accepted, 1024));
        accepted++;
      } catch (err) {
        refused = err;
      }
      if (accepted % 100 === 0) await new Promise((r) => setImmediate(r));
    }
    assert.ok(refused instanceof PeerOverloadedError, `the sender was stopped by the bound, after ${accepted} tells`);
    assert.equal(link.stats().queued, maxQueued);
    const inFlight = accepted - maxQueued;
    assert.ok(inFlight < 20_000, `${inFlight} tells (of 1 KiB) left the queue before write() pushed back`);

    b.child.kill('SIGCONT');
    await until(() => link.stats().queued === 0, 'the queue to drain', 20_000);
    const s = await stats(a, to);
    assert.equal(s.tells, accepted);
    assert.equal(s.outOfOrder, 0);
  });
});
