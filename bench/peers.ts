import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CENTRIFUGO_VERSION, startCentrifugo } from './lib/centrifugo.js';
import { serverArgs, workerCount } from './lib/chat.js';
import { LoadRunner } from './lib/load.js';
import { Options } from './lib/options.js';
import { outDir, phaseFigures } from './lib/output.js';
import { WorkerPool } from './lib/pool.js';
import { loadAverage } from './lib/procstat.js';
import { waitQuiet } from './lib/quiet.js';
import type { Figures } from './lib/report.js';
import { type Target, openTarget } from './lib/target.js';
import { groupWorkload } from './lib/workload.js';

const CENTRIFUGO_WORKER = fileURLToPath(new URL('./workers/centrifugo_client.js', import.meta.url));

/**
 * The clients share this machine's cores with the server under test; at nice 10 a woken server
 * runs ahead of them, as it would on cores of its own (the same for both peers). 0: equal shares.
 */
const CLIENT_NICE = 10;

interface Peer {
  name: string;
  open(): Promise<Target>;
  /** The client worker's file (undefined: Chorus's own) and whether every member subscribes itself. */
  worker?: string;
  everyMember: boolean;
}

/**
 * Chorus beside Centrifugo (pinned, built once by scripts/centrifugo/build.sh; memory engine, no
 * history, so it persists nothing) under the same group fan-out: one group of M members on M sockets,
 * 100-byte messages, one sender at fixed rates, the same client harness (open-loop schedule, HDR
 * histograms of send→deliver on one monotonic clock), only the wire protocol differs
 * (bench/workers/centrifugo_client.ts). Chorus persists every message (SQLite, FULL by default)
 * before it acks and delivers it.
 *
 *   npm run bench -- peers [--members=1000] [--rates=50,100,150] [--seconds=10] [--warmup=2]
 *                          [--sqlite-sync=FULL|NORMAL] [--workers=N] [--only=chorus|centrifugo] [--wait-quiet=SECONDS]
 *                          [--gateway-processes=1,2[,1,2]]  (Chorus once per count of gateway processes sharing its port)
 *                          [--client-nice=10]  (the client workers' nice; 0 gives them the server's share)
 *                          [--rounds=3]  (the peers in turn, N times: the VM's speed drifts over minutes, so
 *                                         each peer is measured in every stretch; the medians are compared)
 */
export async function run(args: string[]): Promise<void> {
  const opts = new Options(args);
  const members = opts.num('members', [1000, 300, 20]);
  const rates = opts.list('rates').map(Number);
  if (rates.length === 0) rates.push(...(opts.size === 'smoke' ? [20] : [50, 100, 150]));
  const seconds = opts.num('seconds', [10, 4, 1]);
  const warmup = opts.num('warmup', [2, 1, 0]);
  const workload = groupWorkload(members, 1, members);
  // --gateway-processes=1,2: Chorus once per count (named chorus-1p, chorus-2p), back to back.
  const counts = opts.list('gateway-processes').map(Number);
  const chorus: Peer[] =
    counts.length === 0
      ? [{ name: 'chorus', open: () => openTarget(opts, serverArgs(opts, 1)), everyMember: false }]
      : counts.map((n, i) => {
          // A count given again (1,2,1,2: back to back, to see the drift) gets its own name.
          const again = counts.slice(0, i).filter((c) => c === n).length;
          return { name: `chorus-${n}p${again > 0 ? `-${again + 1}` : ''}`, open: () => openTarget(opts, serverArgs(opts, n)), everyMember: false };
        });
  const peers: Peer[] = [{ name: 'centrifugo', open: startCentrifugo, worker: CENTRIFUGO_WORKER, everyMember: true }, ...chorus].filter(
    (p) => !opts.has('only') || p.name.startsWith(opts.str('only', '')),
  );
  const rounds = opts.num('rounds', 1);
  if (!(rounds >= 1)) throw new Error('--rounds needs a positive count');
  const byRound: Record<string, Figures[]>[] = [];
  for (let r = 0; r < rounds; r++) {
    const results: Record<string, Figures[]> = {};
    for (const peer of peers) results[peer.name] = await measure(opts, peer, workload, rates, seconds, warmup);
    byRound.push(results);
    if (rounds > 1) console.log(`round ${r + 1} of ${rounds}\n${report(rates, results)}\n`);
  }
  const results = rounds === 1 ? byRound[0]! : medians(byRound);
  const table = `${rounds > 1 ? `medians of ${rounds} rounds\n` : ''}${report(rates, results)}\n\n${perCore(rates, results)}`;
  console.log(table);
  const out = outDir(opts);
  mkdirSync(out, { recursive: true });
  writeFileSync(
    join(out, 'peers.json'),
    `${JSON.stringify({ name: 'peers', at: new Date().toISOString(), centrifugo: CENTRIFUGO_VERSION, config: { members, rates, seconds, warmup, text_bytes: 100, sqlite_sync: opts.str('sqlite-sync', 'FULL'), client_nice: opts.num('client-nice', CLIENT_NICE), gateway_processes: counts.length === 0 ? [1] : counts, cores: cpus().length, rounds }, results, ...(rounds > 1 ? { rounds: byRound } : {}) }, null, 2)}\n`,
  );
  writeFileSync(join(out, 'peers.md'), `${table}\n`);
}

async function measure(opts: Options, peer: Peer, workload: ReturnType<typeof groupWorkload>, rates: number[], seconds: number, warmup: number): Promise<Figures[]> {
  await waitQuiet(opts, (s) => void process.stderr.write(`${s}\n`));
  const target = await peer.open();
  let pool: WorkerPool | null = null;
  try {
    pool = await WorkerPool.start(workerCount(opts, workload.users), target, peer.worker);
    const nice = opts.num('client-nice', CLIENT_NICE);
    pool.lowerPriority(nice);
    const runner = new LoadRunner(pool, target, workload, cpus().length);
    runner.log(`${peer.name}: ${target.describe}; ${pool.size} client workers at nice ${nice}; ${workload.describe}`);
    const connected = await pool.connect(0, workload.users);
    const failed = connected.reduce((s, r) => s + r.failed, 0);
    if (failed > 0) throw new Error(`${peer.name}: ${failed} sessions failed to connect: ${connected.find((r) => r.firstError)?.firstError}`);
    await pool.setUp(workload, 50, peer.everyMember);
    const phase = { textBytes: 100, receiptRatio: 0, drainMs: 5000 };
    if (warmup > 0) await runner.phase({ ...phase, label: 'warm-up', rate: rates[0]!, seconds: warmup }, false);
    const figures: Figures[] = [];
    for (const rate of rates) {
      const result = await runner.phase({ ...phase, label: `${peer.name} ${rate}/s`, rate, seconds });
      const f = phaseFigures(result);
      if (result.errors > 0) f['error_codes'] = Object.entries(result.errorCodes).map(([code, n]) => `${code}:${n}`).join(',') || 'no-session';
      const cpu = typeof f['server_cpu_pct'] === 'number' ? f['server_cpu_pct'] : NaN;
      const perFrameUs = (cpu / 100 / (f['delivered_per_sec'] as number)) * 1e6;
      const row: Figures = { peer: peer.name, ...f, server_us_per_frame: Number.isFinite(perFrameUs) ? perFrameUs : 'n/a', load1: loadAverage() };
      console.log(`BENCH peers ${Object.entries(row).map(([k, v]) => `${k}=${typeof v === 'number' ? Number(v.toPrecision(6)) : v}`).join(' ')}`);
      figures.push(row);
    }
    return figures;
  } finally {
    await pool?.close();
    await target.stop();
  }
}

/** Per peer and rate, the median of every numeric figure over the rounds (others from the first round). */
function medians(byRound: Record<string, Figures[]>[]): Record<string, Figures[]> {
  const out: Record<string, Figures[]> = {};
  for (const [name, first] of Object.entries(byRound[0]!)) {
    out[name] = first.map((f, i) => {
      const m: Figures = { ...f };
      for (const k of Object.keys(f)) {
        const vs = byRound.map((r) => r[name]![i]![k]).filter((v): v is number => typeof v === 'number').sort((a, b) => a - b);
        if (vs.length > 0) m[k] = vs.length % 2 === 1 ? vs[(vs.length - 1) / 2]! : (vs[vs.length / 2 - 1]! + vs[vs.length / 2]!) / 2;
      }
      return m;
    });
  }
  return out;
}

function fmt(v: unknown, digits = 1): string {
  return typeof v === 'number' ? v.toFixed(digits) : String(v);
}

/** The issue's table: per rate, each peer's p50/p99, server CPU per delivered frame, event-loop utilisation, client CPU. */
function report(rates: number[], results: Record<string, Figures[]>): string {
  const names = Object.keys(results);
  const head = `| offered (msg/s × members) | ${names.map((n) => `${n} p50 / p99 ms | ${n} server µs/frame | ${n} loop util % | ${n} client CPU %`).join(' | ')} |`;
  const rule = `|---|${names.map(() => '---|---|---|---|').join('')}`;
  const rows = rates.map((rate, i) => {
    const cells = names.map((n) => {
      const f = results[n]![i]!;
      return `${fmt(f['p50_ms'])} / ${fmt(f['p99_ms'])} | ${fmt(f['server_us_per_frame'], 2)} | ${fmt(f['server_loop_util_pct'], 0)} | ${fmt(f['client_cpu_pct'], 0)}`;
    });
    return `| ${rate} | ${cells.join(' | ')} |`;
  });
  return [head, rule, ...rows].join('\n');
}

/**
 * Delivered frames/s per server core: per rate and peer, the frames delivered per second, the server
 * cores used (all its processes), and their ratio (1e6 / µs per frame). At saturation the delivered
 * rate stops following the offered one; with more gateway processes it should go on further.
 */
function perCore(rates: number[], results: Record<string, Figures[]>): string {
  const head = '| offered (msg/s × members) | peer | delivered frames/s | server cores | frames/s per server core | p99 ms | load1 |';
  const rows = rates.flatMap((rate, i) =>
    Object.entries(results).map(([name, fs]) => {
      const f = fs[i]!;
      const cores = typeof f['server_cpu_pct'] === 'number' ? f['server_cpu_pct'] / 100 : NaN;
      const delivered = f['delivered_per_sec'] as number;
      return `| ${rate} | ${name} | ${fmt(delivered, 0)} | ${fmt(cores, 2)} | ${fmt(delivered / cores, 0)} | ${fmt(f['p99_ms'])} | ${fmt(f['load1'], 1)} |`;
    }),
  );
  return [head, '|---|---|---|---|---|---|---|', ...rows].join('\n');
}
