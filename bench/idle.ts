import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { cpuSecondsOf, report, rssOf } from './lib/report.js';
import { startBenchServer } from './lib/server.js';

/**
 * Memory per idle connection on a gateway: a real server process, N authenticated sessions held
 * open by client worker processes (at most 18k sockets each: one process may hold 20k files here).
 * Per-connection cost = growth of the server's RSS / N, measured after a warm-up batch so that
 * start-up allocations are not counted. Includes the uWS socket, the user actor, its topic
 * subscription and session state.
 */
const WORKER = fileURLToPath(new URL('./workers/connector.js', import.meta.url));
const PER_WORKER = 18_000;

interface Ready {
  ready: number;
  failed: number;
  connectMs: number;
}

async function connect(url: string, count: number, prefix: string): Promise<{ ready: number; failed: number; ms: number; close(): void }> {
  const workers: { child: ChildProcess; done: Promise<Ready> }[] = [];
  const started = Date.now();
  for (let left = count, w = 0; left > 0; left -= PER_WORKER, w++) {
    const n = Math.min(PER_WORKER, left);
    const child = fork(WORKER, [url, String(n), `${prefix}w${w}u`], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    workers.push({ child, done: new Promise<Ready>((resolve) => child.once('message', (m) => resolve(m as Ready))) });
  }
  const results = await Promise.all(workers.map((w) => w.done));
  return {
    ready: results.reduce((s, r) => s + r.ready, 0),
    failed: results.reduce((s, r) => s + r.failed, 0),
    ms: Date.now() - started,
    close: () => workers.forEach((w) => w.child.send('close')),
  };
}

async function settle(pid: number): Promise<number> {
  // RSS after the server has gone quiet: take the lowest of a few readings.
  let best = Infinity;
  for (let i = 0; i < 5; i++) {
    await new Promise((r) => setTimeout(r, 400));
    best = Math.min(best, rssOf(pid));
  }
  return best;
}

export async function run(args: string[]): Promise<void> {
  const n = Number(args.find((a) => a.startsWith('--connections='))?.split('=')[1] ?? (args.includes('--quick') ? 2000 : 17_000));
  const half = Math.floor(n / 2);
  const server = await startBenchServer();
  try {
    // The first sessions grow the V8 young generation and uWS pools, a fixed cost: measure the
    // marginal cost between two loaded states instead.
    const first = await connect(server.url, n - half, 'a');
    const base = await settle(server.pid);
    const cpu0 = cpuSecondsOf(server.pid);
    const second = await connect(server.url, half, 'b');
    const cpu1 = cpuSecondsOf(server.pid);
    const loaded = await settle(server.pid);
    const perConn = (loaded - base) / second.ready;
    report(
      'idle_connections',
      {
        connections: first.ready + second.ready,
        failed: first.failed + second.failed,
        server_rss_mb: loaded / 1048576,
        bytes_per_connection: perConn,
        projected_gb_per_1m: (perConn * 1e6) / 1073741824,
        connect_per_sec: second.ready / (second.ms / 1000),
        server_cpu_sec_per_1k_connects: ((cpu1 - cpu0) / second.ready) * 1000,
      },
      [
        'bytes_per_connection = marginal server RSS growth from N/2 to N authenticated idle sessions (uWS socket, user actor, user-topic subscription, session state)',
        'one process may hold 20k files here, so N <= 18k; connect rate includes token signing and Hello in the client workers (client-bound on 2 cores)',
      ],
    );
    first.close();
    second.close();
  } finally {
    await server.stop();
  }
}
