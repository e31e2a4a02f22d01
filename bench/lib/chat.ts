import { cpus } from 'node:os';
import { LoadRunner } from './load.js';
import type { Options } from './options.js';
import { MAX_SOCKETS_PER_WORKER, WorkerPool } from './pool.js';
import { loadAverage } from './procstat.js';
import { waitQuiet } from './quiet.js';
import { type Target, openTarget } from './target.js';
import type { Workload } from './workload.js';

/** A connected, set-up chat workload: target, client workers, conversations, and a load runner. */
export interface ChatRun {
  target: Target;
  pool: WorkerPool;
  runner: LoadRunner;
  workload: Workload;
  load1Before: number;
  cores: number;
  connectMs: number;
  close(): Promise<void>;
}

/** How many client workers: --workers (default: one per core), more when the sockets need it. */
export function workerCount(opts: Options, sockets: number): number {
  const wanted = opts.num('workers', cpus().length);
  return Math.max(1, Math.min(Math.max(1, sockets), Math.max(wanted, Math.ceil(sockets / MAX_SOCKETS_PER_WORKER))));
}

/** Server flags every chat scenario passes to a harness-started server. */
export function serverArgs(opts: Options, gatewayProcesses = opts.num('gateway-processes', 1)): string[] {
  // --gateway-processes: gateway processes sharing the port (1 by default, so figures stay comparable).
  return ['--sqlite-sync', opts.str('sqlite-sync', 'FULL'), '--gateway-processes', String(gatewayProcesses)];
}

export async function startChat(opts: Options, workload: Workload): Promise<ChatRun> {
  await waitQuiet(opts, (s) => void process.stderr.write(`${s}\n`));
  const load1Before = loadAverage();
  const cores = cpus().length;
  const target = await openTarget(opts, serverArgs(opts));
  let pool: WorkerPool | null = null;
  try {
    pool = await WorkerPool.start(workerCount(opts, workload.users), target);
    const runner = new LoadRunner(pool, target, workload, cores);
    runner.log(`${target.describe}; ${pool.size} client workers; ${workload.describe}`);
    const t = Date.now();
    const connected = await pool.connect(0, workload.users);
    const failed = connected.reduce((s, r) => s + r.failed, 0);
    if (failed > 0) throw new Error(`${failed} of ${workload.users} sessions failed to connect: ${connected.find((r) => r.firstError)?.firstError}`);
    const created = await pool.setUp(workload);
    const connectMs = Date.now() - t;
    runner.log(`connected ${workload.users} sessions and created ${created} conversations in ${(connectMs / 1000).toFixed(1)} s`);
    const p = pool;
    return {
      target,
      pool,
      runner,
      workload,
      load1Before,
      cores,
      connectMs,
      async close() {
        await p.close();
        await target.stop();
      },
    };
  } catch (err) {
    await pool?.close();
    await target.stop();
    throw err;
  }
}
