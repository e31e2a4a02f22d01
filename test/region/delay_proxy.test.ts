/**
 * The delaying TCP proxy that stands in for the distance between two regions (testing/delay_proxy.ts):
 * bytes arrive whole and in order both ways, no sooner than the delay, a slow reader slows the writer
 * instead of filling the proxy's memory, half-closes and refusals pass through, and the process form
 * used by scripts/cassandra/start_two_dc.sh forwards and stops cleanly.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { type Server, type Socket, connect, createServer } from 'node:net';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { after, describe, it } from 'node:test';
import { DelayProxy } from '../../testing/delay_proxy.js';
import { until } from '../../testing/cluster/wait.js';

const servers: Server[] = [];
const proxies: DelayProxy[] = [];
after(async () => {
  await Promise.all(proxies.map((p) => p.close()));
  for (const s of servers) s.close();
});

async function listen(onSocket: (s: Socket) => void, allowHalfOpen = false): Promise<number> {
  const server = createServer({ allowHalfOpen }, onSocket);
  servers.push(server);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return (server.address() as { port: number }).port;
}

async function proxyTo(port: number, delayMs: number, highWaterBytes?: number): Promise<DelayProxy> {
  const p = await DelayProxy.start({ targetHost: '127.0.0.1', targetPort: port, delayMs, ...(highWaterBytes ? { highWaterBytes } : {}) });
  proxies.push(p);
  return p;
}

async function dial(p: DelayProxy, allowHalfOpen = false): Promise<Socket> {
  const s = connect({ host: '127.0.0.1', port: p.port, allowHalfOpen });
  await once(s, 'connect');
  return s;
}

describe('DelayProxy', () => {
  it('carries bytes whole and in order both ways through an echo server', async () => {
    const echo = await listen((s) => s.pipe(s));
    const p = await proxyTo(echo, 15);
    const c = await dial(p);
    const sent = randomBytes(4 * 1024 * 1024);
    const got: Buffer[] = [];
    let n = 0;
    c.on('data', (d: Buffer) => {
      got.push(d);
      n += d.length;
    });
    for (let i = 0; i < sent.length; i += 7919) c.write(sent.subarray(i, Math.min(sent.length, i + 7919)));
    await until(() => n >= sent.length, 'the echo of 4 MiB', 60_000);
    assert.ok(Buffer.concat(got).equals(sent), 'echo differs from what was sent');
    assert.equal(p.stats().forwardedBytes, 2 * sent.length);
    c.destroy();
  });

  it('adds the delay in each direction, and a changed delay applies to later bytes', async () => {
    const echo = await listen((s) => s.pipe(s));
    const p = await proxyTo(echo, 40);
    const c = await dial(p);
    const roundTrip = async (): Promise<number> => {
      const start = performance.now();
      c.write('x');
      await once(c, 'data');
      return performance.now() - start;
    };
    const slow = await roundTrip();
    assert.ok(slow >= 2 * 40 - 1, `round trip ${slow.toFixed(1)} ms is shorter than twice the 40 ms delay`);
    p.setDelay(100);
    const slower = await roundTrip();
    assert.ok(slower >= 2 * 100 - 1, `round trip ${slower.toFixed(1)} ms is shorter than twice the 100 ms delay`);
    assert.throws(() => p.setDelay(-1), RangeError);
    c.destroy();
  });

  it('pauses a fast writer while the reader behind it does not read, holding at most its high-water mark', async () => {
    const highWater = 256 * 1024;
    let upstream: Socket | undefined;
    let received = 0;
    let inOrder = true;
    const sink = await listen((s) => {
      upstream = s;
      s.pause();
      s.on('data', (d: Buffer) => {
        for (let i = 0; i < d.length; i += 4093) if (d[i] !== (received + i) % 251) inOrder = false;
        received += d.length;
      });
    });
    const p = await proxyTo(sink, 5, highWater);
    const c = await dial(p);
    const total = 64 * 1024 * 1024;
    const block = Buffer.alloc(64 * 1024);
    for (let off = 0; off < total; off += block.length) {
      for (let i = 0; i < block.length; i++) block[i] = (off + i) % 251;
      c.write(Buffer.from(block));
    }
    // The kernel's buffers fill, then the proxy's queue, then the writer's own buffer stays large.
    await until(() => upstream !== undefined && c.writableLength > 16 * 1024 * 1024 && p.stats().heldBytes > 0, 'the writer to back up', 60_000);
    await new Promise((r) => setTimeout(r, 200));
    assert.ok(c.writableLength > 16 * 1024 * 1024, 'the writer kept going: the proxy read on without a reader');
    assert.ok(p.stats().maxHeldBytes <= highWater + block.length, `the proxy held ${p.stats().maxHeldBytes} bytes, more than ${highWater} + one chunk`);
    upstream!.resume();
    await until(() => received === total, 'all 64 MiB to reach the reader', 120_000);
    assert.ok(inOrder, 'bytes arrived out of order');
    assert.equal(p.stats().heldBytes, 0);
    c.destroy();
  });

  it('passes a half-close on after the bytes before it, and the answer still comes back', async () => {
    const server = await listen((s) => {
      let text = '';
      s.on('data', (d: Buffer) => (text += d.toString()));
      s.on('end', () => s.end(`got ${text}`));
    }, true);
    const p = await proxyTo(server, 20);
    const c = await dial(p, true);
    let answer = '';
    c.on('data', (d: Buffer) => (answer += d.toString()));
    c.end('ping');
    await once(c, 'end');
    assert.equal(answer, 'got ping');
    await until(() => p.stats().open === 0, 'the proxy to forget the closed pair');
  });

  it('closes the client when the target refuses, and close() resets open connections', async () => {
    const gone = await listen(() => undefined);
    servers.pop()!.close();
    const p = await proxyTo(gone, 0);
    const refused = connect({ host: '127.0.0.1', port: p.port });
    refused.on('error', () => undefined);
    await once(refused, 'close');
    await until(() => p.stats().open === 0, 'the refused pair to go');

    const echo = await listen((s) => s.pipe(s));
    const q = await proxyTo(echo, 0);
    const c = await dial(q);
    c.on('error', () => undefined);
    c.write('hi');
    await once(c, 'data');
    const closed = once(c, 'close');
    await q.close();
    await closed;
    await assert.rejects(() => dial(q), /ECONNREFUSED/);
  });

  it('runs as a process: refuses bad arguments, forwards its routes, stops on SIGTERM', async () => {
    const main = fileURLToPath(new URL('../../testing/delay_proxy_main.js', import.meta.url));
    const bad = spawn(process.execPath, [main, '--delay-ms', 'soon', '127.0.0.1:1=127.0.0.1:2'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    bad.stderr!.on('data', (d: Buffer) => (err += d.toString()));
    assert.equal((await once(bad, 'exit'))[0], 2);
    assert.match(err, /--delay-ms needs a number/);

    const echo = await listen((s) => s.pipe(s));
    const free = await listen(() => undefined);
    servers.pop()!.close();
    const child = spawn(process.execPath, [main, '--delay-ms', '5', `127.0.0.1:${free}=127.0.0.1:${echo}`], { stdio: ['ignore', 'pipe', 'inherit'] });
    const [line] = (await once(createInterface({ input: child.stdout! }), 'line')) as [string];
    assert.equal(line, `delay-proxy listening 127.0.0.1:${free} -> 127.0.0.1:${echo} (5 ms)`);
    const c = connect({ host: '127.0.0.1', port: free });
    c.write('hello');
    const [d] = (await once(c, 'data')) as [Buffer];
    assert.equal(d.toString(), 'hello');
    c.on('error', () => undefined);
    child.kill('SIGTERM');
    assert.equal((await once(child, 'exit'))[0], 0);
    c.destroy();
  });
});
