import { cpus } from 'node:os';
import { workerCount } from './lib/chat.js';
import { newHistogram, mergeEncoded, percentilesMs } from './lib/histogram.js';
import { sleep } from './lib/load.js';
import { Options } from './lib/options.js';
import { OTHER_LIMIT, writeResult } from './lib/output.js';
import { WorkerPool } from './lib/pool.js';
import { cpuSeconds, loadAverage, rssBytes } from './lib/procstat.js';
import { type Usage, read, usage } from './lib/sampler.js';
import { openTarget } from './lib/target.js';
import { waitQuiet } from './lib/quiet.js';

/**
 * Memory per idle connection on a gateway: N authenticated sessions held open by client workers
 * (at most 18k sockets each), opened in steps. Per-connection cost = slope of the server's RSS (and
 * V8 heap, after a forced GC, from the preloaded probe) over the steps, so that start-up
 * allocations, the V8 young generation and uWS pools sized by the first connections are not counted. It includes the
 * uWS socket, the user actor, its user-topic subscription and session state. Also reports the connect
 * rate (open + Hello + Welcome) and its latency distribution.
 *
 *   npm run bench -- idle [--connections=17000] [--steps=9] [--workers=N] [--parallel=200] [--target=ws://... --server-pids=PID]
 */
export async function run(args: string[]): Promise<void> {
  const opts = new Options(args);
  const n = opts.num('connections', [17_000, 2000, 200]);
  const parallel = opts.num('parallel', 200);
  const steps = Math.max(3, opts.num('steps', [9, 4, 3]));
  await waitQuiet(opts, (s) => void process.stderr.write(`${s}\n`));
  const load1Before = loadAverage();
  const target = await openTarget(opts);
  const server = target.servers[0]!;
  const pool = await WorkerPool.start(workerCount(opts, n), target).catch(async (err: unknown) => {
    await target.stop();
    throw err;
  });
  try {
    const say = (s: string): void => void process.stderr.write(`${s}\n`);
    say(`idle: ${target.describe}; ${pool.size} client workers; ${n} sessions in ${steps} steps`);
    // After each step: a forced GC (heap figures), then the lowest of a few RSS readings once the
    // server is quiet. The cost per connection is the least-squares slope over those points, so one
    // noisy reading (allocator or V8 page release) moves it less than a two-point difference would.
    const points: { conns: number; rss: number; heapUsed: number | null; heapTotal: number | null }[] = [];
    const connected: Awaited<ReturnType<typeof pool.connect>>[] = [];
    const connecting: Usage[] = [];
    for (let k = 0; k < steps; k++) {
      const from = Math.floor((n * k) / steps);
      const to = Math.floor((n * (k + 1)) / steps);
      const before = read(target.servers, pool.pids);
      connected.push(await pool.connect(from, to, parallel));
      // CPU while connecting only (not during the GC and the quiet readings), after the first step.
      if (k > 0) connecting.push(usage(before, read(target.servers, pool.pids)));
      const probe = await server.probeAfterGc();
      const rss = await settle(server.pid);
      const conns = connected.flat().reduce((x, r) => x + r.ready, 0);
      points.push({ conns, rss, heapUsed: probe?.heapUsed ?? null, heapTotal: probe?.heapTotal ?? null });
      say(`idle: ${conns} sessions open; server RSS ${(rss / 1048576).toFixed(1)} MB`);
    }
    const later = connected.slice(1).flat();
    const laterReady = later.reduce((x, r) => x + r.ready, 0);
    const ready = connected.flat().reduce((x, r) => x + r.ready, 0);
    const failed = connected.flat().reduce((x, r) => x + r.failed, 0);
    const connectSec = connected.slice(1).reduce((x, rs) => x + Math.max(...rs.map((r) => r.ms)), 0) / 1000;
    const hist = newHistogram();
    for (const r of later) mergeEncoded(hist, r.connectHist);
    const ct = percentilesMs(hist);
    const u = combine(connecting);
    const loaded = points[points.length - 1]!.rss;
    // The first steps grow V8's heap (in large chunks) and uWS's pools to their working size: a fixed
    // cost. The slope is taken over the points from N/2 on, by then the heap has its working size.
    const warm = points.filter((p, i) => i > 0 && p.conns >= ready / 2);
    const perConn = server.pid === null ? 0 : slope(warm.map((p) => [p.conns, p.rss]));
    const heapKnown = warm.every((p) => p.heapUsed !== null && p.heapTotal !== null);
    const heapPerConn = heapKnown ? slope(warm.map((p) => [p.conns, p.heapUsed!])) : null;
    const nativePerConn = heapKnown ? slope(warm.map((p) => [p.conns, p.rss - p.heapTotal!])) : null;
    const flags: string[] = [];
    if (failed > 0) flags.push(`${failed} sessions failed to connect: ${connected.flat().find((r) => r.firstError)?.firstError}`);
    u.workerCoresEach.forEach((c, i) => {
      if (c !== null && c >= 0.9) flags.push(`connect rate is client-bound: client worker ${i} used ${(c * 100).toFixed(0)}% of a core (token signing, ws handshakes)`);
    });
    if (u.serverCores !== null && u.clientCores > 2 * u.serverCores) {
      flags.push(`connect rate is client-bound: the clients used ${(u.clientCores * 100).toFixed(0)}% CPU to the server's ${(u.serverCores * 100).toFixed(0)}% (token signing and ws handshakes cost more than accepting); server_cpu_sec_per_1k_connects is the server figure`);
    }
    if (u.otherCores > OTHER_LIMIT) flags.push(`disturbed: other processes on the machine used ${(u.otherCores * 100).toFixed(0)}% CPU while connecting; rerun for a clean connect rate`);
    if (u.machineCores >= cpus().length * 0.95) flags.push(`connect rate: the machine's cores were all busy (${u.machineCores.toFixed(2)} cores); clients and server compete`);
    const target15 = 1.5 * 1024;
    writeResult(
      {
        scenario: 'idle',
        title: `idle connections (${n})`,
        measures:
          'Memory per idle authenticated connection on a gateway: the slope of server RSS over N sessions opened in steps (after each step a forced GC, then the lowest of five readings once the server went quiet), and the slope of the live V8 heap. Connect rate: sessions opened per second after the first step (WebSocket upgrade, Hello with a JWT, Welcome).',
        notMeasured: ['kernel socket buffers (not in the process RSS)', 'the client side of the sockets', 'TLS (loopback, ws://)'],
        target: target.describe,
        config: { connections: n, client_workers: pool.size, parallel_connects_per_worker: parallel },
        figures: {
          connections: ready,
          failed,
          server_rss_mb: loaded / 1048576,
          bytes_per_connection: perConn,
          heap_bytes_per_connection: heapPerConn ?? 'n/a',
          native_bytes_per_connection: nativePerConn ?? 'n/a',
          heap_plus_native_bytes_per_connection: heapPerConn === null || nativePerConn === null ? 'n/a' : heapPerConn + nativePerConn,
          target_bytes_per_connection: target15,
          meets_target: perConn > 0 && perConn <= target15,
          projected_gb_per_1m: (perConn * 1e6) / 1073741824,
          connect_per_sec: laterReady / connectSec,
          connect_p50_ms: ct.p50_ms,
          connect_p99_ms: ct.p99_ms,
          server_cpu_sec_per_1k_connects: u.serverCores === null || laterReady === 0 ? 'n/a' : ((u.serverCores * u.seconds) / laterReady) * 1000,
          server_cpu_pct_connecting: u.serverCores === null ? 'n/a' : u.serverCores * 100,
          client_cpu_pct_connecting: u.clientCores * 100,
          other_cpu_pct: u.otherCores * 100,
          disturbed: u.otherCores > OTHER_LIMIT,
          load1: loadAverage(),
        },
        tables: [
          {
            title: 'Steps (after a forced GC and a quiet second)',
            head: ['sessions', 'server RSS MB', 'V8 heap used MB', 'V8 heap committed MB', 'RSS − committed heap MB'],
            rows: points.map((p) => [p.conns, p.rss / 1048576, p.heapUsed === null ? 'n/a' : p.heapUsed / 1048576, p.heapTotal === null ? 'n/a' : p.heapTotal / 1048576, p.heapTotal === null ? 'n/a' : (p.rss - p.heapTotal) / 1048576]),
          },
        ],
        flags,
        notes: [
          'bytes_per_connection is the least-squares slope of server RSS over the steps from N/2 sessions on (the first steps size V8\'s heap and uWS\'s pools: a fixed cost); RSS moves in steps as V8 commits and releases heap pages and malloc keeps freed memory, so single runs scatter (here about ±30%): heap_plus_native_bytes_per_connection (live JS heap slope + slope of RSS minus committed V8 heap) is the steadier estimate of the same cost',
          'one process may hold 20k files here, so one gateway process holds < 20k sockets in this test; the per-connection figure is the slope, which is what scales to 1M'],
        series: [],
        hist,
        boundMs: null,
        histLabel: 'connect (open → Welcome) latency',
        json: {},
      },
      opts,
      load1Before,
    );
  } finally {
    await pool.close();
    await target.stop();
  }
}

/** Usage over several windows, weighted by their length. */
function combine(us: Usage[]): Usage {
  const seconds = us.reduce((x, u) => x + u.seconds, 0);
  const avg = (f: (u: Usage) => number | null): number | null => {
    if (us.some((u) => f(u) === null)) return null;
    return us.reduce((x, u) => x + f(u)! * u.seconds, 0) / seconds;
  };
  const last = us[us.length - 1]!;
  return {
    ...last,
    seconds,
    serverCores: avg((u) => u.serverCores),
    serverCoresEach: last.serverCoresEach.map((_, i) => avg((u) => u.serverCoresEach[i] ?? null)),
    workerCoresEach: last.workerCoresEach.map((_, i) => avg((u) => u.workerCoresEach[i] ?? null)),
    clientCores: avg((u) => u.clientCores)!,
    machineCores: avg((u) => u.machineCores)!,
    irqCores: avg((u) => u.irqCores)!,
    otherCores: avg((u) => u.otherCores)!,
  };
}

/** Least-squares slope of y over x. */
function slope(points: [number, number][]): number {
  const n = points.length;
  const mx = points.reduce((s, [x]) => s + x, 0) / n;
  const my = points.reduce((s, [, y]) => s + y, 0) / n;
  let num = 0;
  let den = 0;
  for (const [x, y] of points) {
    num += (x - mx) * (y - my);
    den += (x - mx) ** 2;
  }
  return den === 0 ? 0 : num / den;
}

/** RSS after the server has gone quiet: the lowest of a few readings. */
async function settle(pid: number | null): Promise<number> {
  if (pid === null) return 0;
  let best = Infinity;
  let cpu = cpuSeconds(pid) ?? 0;
  for (let i = 0; i < 5; i++) {
    await sleep(400);
    best = Math.min(best, rssBytes(pid) ?? Infinity);
    const now = cpuSeconds(pid) ?? 0;
    if (now - cpu > 0.2 && i === 4) i--; // still busy (e.g. finishing handshakes): one more reading
    cpu = now;
  }
  return best === Infinity ? 0 : best;
}
