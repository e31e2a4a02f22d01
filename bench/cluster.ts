import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Balancer } from '../testing/balancer.js';
import { workerCount } from './lib/chat.js';
import { BenchCluster } from './lib/cluster.js';
import { LoadRunner, type PhaseResult } from './lib/load.js';
import { noDelayForAllSockets } from './lib/nodelay.js';
import { Options } from './lib/options.js';
import { phaseFigures, phaseFlags, phaseJson, writeResult } from './lib/output.js';
import { WorkerPool } from './lib/pool.js';
import { cpuSeconds, loadAverage, rssBytes } from './lib/procstat.js';
import { waitQuiet } from './lib/quiet.js';
import type { Figures } from './lib/report.js';
import { BENCH_SECRET } from './lib/server.js';
import { type Services, openServices } from './lib/services.js';
import type { Target } from './lib/target.js';
import { type Workload, fanout, mixedWorkload } from './lib/workload.js';

const SDK_WORKER = fileURLToPath(new URL('./lib/sdk_worker.js', import.meta.url));
const IDS = ['n1', 'n2', 'n3'];

/**
 * Issue 6's cluster scenario: three `chorus` nodes as real processes (gateway + conversation roles,
 * etcd membership, the Cassandra store with owner-epoch fenced appends), U SDK clients spread over the
 * gateways (user u on gateway u mod 3, in client worker processes: bench/lib/sdk_worker.ts), direct
 * chats and groups of 3..G members, and sends paced at a fixed offered rate (open loop). Reports
 * msg/s, end-to-end latency of cross-gateway deliveries (sender's send() → receiver's SDK `message`
 * event, both stamped with CLOCK_MONOTONIC), and per-node CPU and RSS from /proc, beside the CPU of
 * Cassandra and etcd when they run here.
 *
 *   npm run bench -- cluster [--users=3000] [--direct=1200] [--groups=150] [--max-group=20] [--zipf=0]
 *                            [--rate=400] [--seconds=20] [--warmup=8] [--size=100] [--workers=N]
 *                            [--via=direct|balancer] [--ttl=5]
 *                            [--etcd=http://127.0.0.1:2379 --cassandra=127.0.0.1:9042 [--service-pids=E,C]]
 *
 * --via=balancer connects every client through the TCP balancer of the cluster tests (in this
 * process, TCP_NODELAY on: bench/lib/nodelay.ts) instead of straight to its gateway; which gateway a
 * client lands on is then unknown, so every delivery's latency is recorded, not only cross-gateway
 * ones, and the balancer's CPU counts as client CPU.
 */
export async function run(args: string[]): Promise<void> {
  const opts = new Options(args);
  const users = opts.num('users', [3000, 600, 30]);
  const direct = opts.num('direct', [1200, 240, 10]);
  const groups = opts.num('groups', [150, 30, 3]);
  const maxGroup = opts.num('max-group', [20, 12, 5]);
  const zipf = opts.num('zipf', 0);
  const rate = opts.num('rate', [400, 200, 50]);
  const seconds = opts.num('seconds', [20, 8, 2]);
  // Long enough to activate most conversations (each activation claims an owner epoch: three lightweight transactions).
  const warmup = opts.num('warmup', [8, 3, 1]);
  const textBytes = opts.num('size', 100);
  const via = opts.str('via', 'direct');
  if (via !== 'direct' && via !== 'balancer') throw new Error('--via must be direct or balancer');
  const ttlSec = opts.num('ttl', 5);
  const log = (s: string): void => void process.stderr.write(`${s}\n`);
  await waitQuiet(opts, log);
  const load1Before = loadAverage();
  const workload: Workload = mixedWorkload(users, direct, groups, maxGroup, zipf, 6);
  const services = await openServices(opts, {}, log);
  let cluster: BenchCluster | null = null;
  let balancer: Balancer | null = null;
  let pool: WorkerPool | null = null;
  const restoreNagle = via === 'balancer' ? noDelayForAllSockets() : () => undefined;
  try {
    cluster = await BenchCluster.create(services, { ttlSec, drainGraceMs: 10_000, extra: [] });
    const c = cluster;
    await Promise.all(IDS.map((id) => c.start(id)));
    await c.ringSize(3);
    let servers = c.targets();
    if (via === 'balancer') {
      balancer = await Balancer.start(() => c.gatewayPorts());
      const url = `ws://127.0.0.1:${balancer.port}/v1/ws`;
      servers = servers.map((s) => ({ ...s, url }));
    }
    const target: Target = {
      servers,
      auth: { kind: 'secret', secret: BENCH_SECRET },
      started: true,
      describe: `3 chorus nodes (${IDS.join(', ')}; pids ${servers.map((s) => s.pid).join(', ')}), ${via === 'direct' ? 'clients straight to their gateways' : 'clients through a TCP balancer'}; etcd ${services.etcd}, Cassandra ${services.cassandra}, keyspace ${c.keyspace}`,
      stop: async () => undefined,
    };
    pool = await WorkerPool.start(workerCount(opts, users), target, SDK_WORKER);
    const runner = new LoadRunner(pool, target, workload, cpus().length);
    runner.log(`${target.describe}; ${pool.size} SDK client workers; ${workload.describe}`);
    const t = Date.now();
    const connected = await pool.connect(0, users, 100);
    const failed = connected.reduce((s, r) => s + r.failed, 0);
    if (failed > 0) throw new Error(`${failed} of ${users} sessions failed to connect: ${connected.find((r) => r.firstError)?.firstError}`);
    const created = await pool.setUp(workload, 20);
    runner.log(`connected ${users} SDK clients and created ${created} conversations in ${((Date.now() - t) / 1000).toFixed(1)} s`);
    const phase = { rate, textBytes, receiptRatio: 0, drainMs: 10_000 };
    if (warmup > 0) await runner.phase({ ...phase, label: 'warm-up', seconds: warmup }, false);
    const before = await sample(c, services);
    const store0 = await c.storeCounters();
    const p = await runner.phase({ ...phase, label: 'measured', seconds });
    const after = await sample(c, services);
    const store1 = await c.storeCounters();
    const perMsg = (x: number): number => (p.acked > 0 ? x / p.acked : 0);
    const storeRows =
      store0 === null || store1 === null
        ? []
        : [...new Set([...store1.writes.keys(), ...store1.reads.keys()])]
            .map((table) => [table, perMsg((store1.writes.get(table) ?? 0) - (store0.writes.get(table) ?? 0)), perMsg((store1.reads.get(table) ?? 0) - (store0.reads.get(table) ?? 0))] as [string, number, number])
            .filter(([, w, r]) => w > 0 || r > 0)
            .sort((a, b) => b[1] + b[2] - a[1] - a[2]);
    const wall = (after.at - before.at) / 1000;
    const svc = (k: 'etcd' | 'cassandra'): number | null => (before.services[k] === null || after.services[k] === null ? null : (after.services[k]! - before.services[k]!) / wall);
    const cassandraCores = svc('cassandra');
    const etcdCores = svc('etcd');
    // Cassandra and etcd are part of the system under test, not "other users of the machine".
    const judged: PhaseResult = { ...p, usage: { ...p.usage, otherCores: Math.max(0, p.usage.otherCores - (cassandraCores ?? 0) - (etcdCores ?? 0)) } };
    const nodes = IDS.map((id, i) => {
      const n = c.nodes.get(id)!;
      const m0 = before.metrics[i]!;
      const m1 = after.metrics[i]!;
      const d = (name: string): number => (m1.get(name) ?? 0) - (m0.get(name) ?? 0);
      return {
        node: id,
        cpu_pct: (p.usage.serverCoresEach[i] ?? 0) * 100,
        rss_mb: (rssBytes(n.pid) ?? 0) / 1048576,
        heap_mb: (n.probe()?.heapUsed ?? 0) / 1048576,
        connections: m1.get('chorus_connections') ?? 0,
        appends: d('chorus_persist_latency_seconds_count'),
        append_ms_mean: d('chorus_persist_latency_seconds_count') > 0 ? (1000 * d('chorus_persist_latency_seconds_sum')) / d('chorus_persist_latency_seconds_count') : 0,
        entries_per_append: d('chorus_persist_batch_entries_count') > 0 ? d('chorus_persist_batch_entries_sum') / d('chorus_persist_batch_entries_count') : 0,
      };
    });
    const f = phaseFigures(judged);
    const cross = p.latency.count;
    const figures: Figures = {
      nodes: IDS.length,
      via,
      sessions: users,
      conversations: workload.convs.length,
      fanout: fanout(workload),
      ...f,
      latency_counts: via === 'direct' ? 'cross-gateway deliveries' : 'all deliveries',
      latency_samples: cross,
      cross_gateway_share: via === 'direct' && p.delivered > 0 ? cross / p.delivered : 'n/a',
      ...Object.fromEntries(nodes.flatMap((n) => [[`${n.node}_cpu_pct`, n.cpu_pct], [`${n.node}_rss_mb`, n.rss_mb]])),
      cassandra_cpu_pct: cassandraCores === null ? 'n/a' : cassandraCores * 100,
      cassandra_rss_mb: services.pids.cassandra === null ? 'n/a' : (rssBytes(services.pids.cassandra) ?? 0) / 1048576,
      etcd_cpu_pct: etcdCores === null ? 'n/a' : etcdCores * 100,
      append_ms_mean: mean(nodes.map((n) => n.append_ms_mean)),
      cql_requests_per_msg: store0 === null || store1 === null ? 'n/a' : perMsg(store1.requests - store0.requests),
      store_writes_per_msg: storeRows.length === 0 ? 'n/a' : storeRows.filter(([table]) => table !== 'system.paxos').reduce((sum, [, w]) => sum + w, 0),
      paxos_writes_per_msg: storeRows.length === 0 ? 'n/a' : (storeRows.find(([table]) => table === 'system.paxos')?.[1] ?? 0),
      store_reads_per_msg: storeRows.length === 0 ? 'n/a' : storeRows.reduce((sum, [, , r]) => sum + r, 0),
      entries_per_append: mean(nodes.map((n) => n.entries_per_append)),
      msgs_per_node_core: typeof f['server_cpu_pct'] === 'number' && f['server_cpu_pct'] > 0 ? p.acked / p.seconds / (f['server_cpu_pct'] / 100) : 'n/a',
    };
    writeResult(
      {
        scenario: 'cluster',
        title: `3-node cluster, SDK clients ${via === 'direct' ? 'on their gateways' : 'through a balancer'}`,
        measures:
          'Three chorus nodes (each gateway and conversation host) joined through etcd, storing in Cassandra with fenced appends (a lightweight transaction per group commit). SDK clients in worker processes, spread over the gateways, send into direct chats and groups at a fixed offered rate. Latency is sender send() → receiver `message` event, on one CLOCK_MONOTONIC, for deliveries to a session on another gateway than the sender\'s (every one of them crosses at least one node-to-node hop). server_cpu_pct is the three nodes together; Cassandra and etcd are reported apart.',
        notMeasured: [
          'ScyllaDB: Cassandra 5 stands in, one node, SimpleStrategy RF 1, on the same two cores',
          'separate machines: nodes, store, etcd and clients share two cores, so every figure is a floor',
          'TLS, real client networks, a kernel load balancer',
        ],
        target: target.describe,
        config: { nodes: IDS.length, via, users, direct, groups, max_group: maxGroup, zipf_s: zipf, offered_per_sec: rate, seconds, warmup_seconds: warmup, text_bytes: textBytes, client_workers: pool.size, membership_ttl_sec: ttlSec, workload: workload.describe },
        figures,
        tables: [
          {
            title: 'Per node (measured phase)',
            head: ['node', 'CPU %', 'RSS MB', 'heap MB', 'sockets', 'appends', 'append ms (mean)', 'entries per append'],
            rows: nodes.map((n) => [n.node, n.cpu_pct, n.rss_mb, n.heap_mb, n.connections, n.appends, n.append_ms_mean, n.entries_per_append]),
          },
          ...(storeRows.length === 0
            ? []
            : [{ title: 'Store work per acknowledged message (Cassandra virtual tables)', head: ['table', 'local writes', 'local reads'], rows: storeRows }]),
        ],
        flags: phaseFlags(judged),
        notes: [
          `Cassandra used ${cassandraCores === null ? 'n/a (pass --service-pids)' : `${(cassandraCores * 100).toFixed(0)}%`} and etcd ${etcdCores === null ? 'n/a' : `${(etcdCores * 100).toFixed(0)}%`} of a core; they are left out of "other" CPU when judging disturbance`,
          'append ms: mean duration of one group-commit append to the store (chorus_persist_latency_seconds), the fenced write (Paxos) included',
        ],
        series: p.series,
        hist: p.latHist,
        boundMs: null,
        histLabel: via === 'direct' ? 'cross-gateway send→message latency' : 'send→message latency',
        json: { phases: [phaseJson(p)], nodes, store_per_msg: Object.fromEntries(storeRows.map(([table, w, r]) => [table, { writes: w, reads: r }])), cassandra_cpu_pct: cassandraCores === null ? null : cassandraCores * 100, etcd_cpu_pct: etcdCores === null ? null : etcdCores * 100 },
      },
      opts,
      load1Before,
    );
  } finally {
    await pool?.close();
    await balancer?.close();
    await cluster?.close().catch((err: unknown) => log(`closing the cluster: ${String(err)}`));
    await services.stop();
    restoreNagle();
  }
}

interface Sample {
  at: number;
  services: { etcd: number | null; cassandra: number | null };
  metrics: Map<string, number>[];
}

async function sample(c: BenchCluster, s: Services): Promise<Sample> {
  const metrics = await Promise.all(IDS.map((id) => scrape(c.nodes.get(id)!.adminPort)));
  return {
    at: Date.now(),
    services: { etcd: s.pids.etcd === null ? null : cpuSeconds(s.pids.etcd), cassandra: s.pids.cassandra === null ? null : cpuSeconds(s.pids.cassandra) },
    metrics,
  };
}

/** Unlabelled samples of a node's /metrics (name → value). */
async function scrape(adminPort: number): Promise<Map<string, number>> {
  const text = await (await fetch(`http://127.0.0.1:${adminPort}/metrics`, { signal: AbortSignal.timeout(5000) })).text();
  const out = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (line.startsWith('#') || line === '') continue;
    const sp = line.lastIndexOf(' ');
    out.set(line.slice(0, sp), Number(line.slice(sp + 1)));
  }
  return out;
}

function mean(xs: number[]): number {
  return xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length;
}
