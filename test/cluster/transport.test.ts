/** The transport contract (transport_contract.ts) on both transports: gRPC `Remote` and `MemoryNetwork`. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MemoryNetwork, PeerUnavailableError, Remote, RemoteTimeoutError, type Transport } from '../../lib/cluster/mod.js';
import { ManualClock } from '../../lib/time/mod.js';
import { transportContract } from './transport_contract.js';

let remotes = 0;
const started: Remote[] = [];
transportContract('Remote (gRPC on 127.0.0.1)', {
  async node(options = {}) {
    // A short shutdown grace: a stopping peer cuts the requests it does not answer quickly.
    const r = new Remote({ nodeId: `remote-${++remotes}`, listen: '127.0.0.1:0', limits: { shutdownGraceMs: 100 }, ...options });
    started.push(r);
    await r.start();
    return { transport: r, address: { id: r.nodeId, grpcAddress: r.address } };
  },
  async cleanup() {
    await Promise.all(started.map((r) => r.stop()));
  },
});

let members = 0;
const net = new MemoryNetwork();
const joined: Transport[] = [];
transportContract('MemoryNetwork', {
  node(options = {}) {
    const t = net.join(`memory-${++members}`, options);
    joined.push(t);
    return Promise.resolve({ transport: t, address: { id: t.nodeId, grpcAddress: 'memory.invalid:1' } });
  },
  async cleanup() {
    await Promise.all(joined.map((t) => t.stop()));
  },
});

describe('MemoryNetwork: injected delay, loss and partitions', () => {
  const enc = new TextEncoder();
  const dec = new TextDecoder();

  it('keeps per-pair order when the delay shrinks while messages are on their way', () => {
    const clock = new ManualClock();
    const n = new MemoryNetwork({ clock });
    const a = n.join('a');
    const b = n.join('b');
    const seen: string[] = [];
    b.handle('t', { tell: (m) => void seen.push(dec.decode(m.payload)) });
    n.delay(50);
    a.tell({ id: 'b', grpcAddress: 'memory.invalid:1' }, { kind: 't', key: 'k' }, 'x', enc.encode('slow'));
    n.delay(0);
    a.tell({ id: 'b', grpcAddress: 'memory.invalid:1' }, { kind: 't', key: 'k' }, 'x', enc.encode('fast'));
    clock.advance(49);
    assert.deepEqual(seen, [], 'nothing overtakes the delayed message');
    clock.advance(1);
    assert.deepEqual(seen, ['slow', 'fast']);
  });

  it('a cut link fails requests at once; a lost reply times out on the network clock; heal() restores it', async () => {
    const clock = new ManualClock();
    const n = new MemoryNetwork({ clock });
    const a = n.join('a');
    const b = n.join('b');
    b.handle('t', { request: (m) => m.payload });
    const to = { id: 'b', grpcAddress: 'memory.invalid:1' };
    n.isolate('b');
    await assert.rejects(a.request(to, { kind: 't', key: 'k' }, 'x', enc.encode('1')), PeerUnavailableError);
    n.heal();
    n.loss(1, () => 0);
    const lost = a.request(to, { kind: 't', key: 'k' }, 'x', enc.encode('2'), { timeoutMs: 100 });
    clock.advance(100);
    await assert.rejects(lost, RemoteTimeoutError);
    n.loss(0);
    assert.equal(dec.decode(await a.request(to, { kind: 't', key: 'k' }, 'x', enc.encode('3'))), '3');
  });
});
