/**
 * The node-to-node gRPC transport across a region's distance: two `Remote`s with the delaying proxy
 * between them (as the cross-region links will run in the two-region tests, docs/regions.md). One
 * connection carries the pair; a request pays the round trip; requests in flight share it instead of
 * queueing one round trip each; tells to one key arrive in order.
 */
import assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import { after, describe, it } from 'node:test';
import { type InboundMessage, Remote } from '../../lib/cluster/remote/mod.js';
import { DelayProxy } from '../../testing/delay_proxy.js';
import { until } from '../../testing/cluster/wait.js';

const DELAY_MS = 40;
const enc = new TextEncoder();
const dec = new TextDecoder();
const stops: (() => Promise<void>)[] = [];
after(async () => {
  for (const s of stops.reverse()) await s();
});

describe('Remote across the delaying proxy', () => {
  it('pays the round trip once per request, shares it between requests in flight, and keeps order', async () => {
    const a = new Remote({ nodeId: 'region-a-1', listen: '127.0.0.1:0' });
    const b = new Remote({ nodeId: 'region-b-1', listen: '127.0.0.1:0' });
    await a.start();
    await b.start();
    stops.push(() => a.stop(), () => b.stop());
    const [host, port] = b.address.split(':') as [string, string];
    const proxy = await DelayProxy.start({ targetHost: host, targetPort: Number(port), delayMs: DELAY_MS });
    stops.push(() => proxy.close());
    const told: string[] = [];
    b.handle('conversation', {
      request: (m: InboundMessage) => enc.encode(`${m.key}:${dec.decode(m.payload)}`),
      tell: (m: InboundMessage) => void told.push(dec.decode(m.payload)),
    });
    const far = { id: b.nodeId, grpcAddress: proxy.endpoint };

    assert.equal(dec.decode(await a.request(far, { kind: 'conversation', key: 'g.1' }, 'send', enc.encode('first'))), 'g.1:first');
    const start = performance.now();
    assert.equal(dec.decode(await a.request(far, { kind: 'conversation', key: 'g.1' }, 'send', enc.encode('warm'))), 'g.1:warm');
    const one = performance.now() - start;
    assert.ok(one >= 2 * DELAY_MS - 1, `a request took ${one.toFixed(1)} ms, less than the ${2 * DELAY_MS} ms round trip`);

    const n = 500;
    const t0 = performance.now();
    const replies = await Promise.all(Array.from({ length: n }, (_, i) => a.request(far, { kind: 'conversation', key: `g.${i % 7}` }, 'send', enc.encode(String(i)))));
    const all = performance.now() - t0;
    assert.deepEqual(replies.map((r) => dec.decode(r)), Array.from({ length: n }, (_, i) => `g.${i % 7}:${i}`));
    // Serialised, 500 requests would take 500 round trips (40 s); in flight together, a few.
    assert.ok(all < (n * 2 * DELAY_MS) / 10, `${n} requests in flight took ${all.toFixed(0)} ms: they queued behind each other`);

    for (let i = 0; i < 1000; i++) a.tell(far, { kind: 'conversation', key: 'g.order' }, 'typing', enc.encode(String(i)));
    await until(() => told.length === 1000, '1000 tells across the proxy', 30_000);
    assert.deepEqual(told, Array.from({ length: 1000 }, (_, i) => String(i)));
    assert.equal(proxy.stats().accepted, 1, 'the pair used more than one connection');
    console.log(`remote over ${DELAY_MS} ms one-way: one request ${one.toFixed(1)} ms, ${n} in flight ${all.toFixed(0)} ms`);
  });
});
