import { mkdtempSync, readdirSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { workerCount } from './lib/chat.js';
import { BenchCluster } from './lib/cluster.js';
import { type ProfileSummary, summarise } from './lib/cpuprofile.js';
import { LoadRunner, type PhaseResult } from './lib/load.js';
import { Options } from './lib/options.js';
import { phaseFlags, writeResult } from './lib/output.js';
import { WorkerPool } from './lib/pool.js';
import { loadAverage, pidListeningOn } from './lib/procstat.js';
import { waitQuiet } from './lib/quiet.js';
import type { Figures } from './lib/report.js';
import { type NodeRole, RoleMeter, type RolePhase, marginalUs, marginalWakeups, usPerMessage, wakeupsPerMessage } from './lib/role_cpu.js';
import { BENCH_SECRET } from './lib/server.js';
import { type Services, openServices } from './lib/services.js';
import type { Target } from './lib/target.js';
import { type Workload, fanout, mixedWorkload } from './lib/workload.js';

const SDK_WORKER = fileURLToPath(new URL('./lib/sdk_worker.js', import.meta.url));

interface Settings {
  opts: Options;
  users: number;
  rates: number[];
  seconds: number;
  warmup: number;
  textBytes: number;
  gateways: number;
  hosts: number;
  ttlSec: number;
  cpuProf: boolean;
  /** Start the nodes with --cluster-tells-back. */
  tellsBack: boolean;
  /** Measure an idle phase first (rate 0) as a point of the marginal fit. */
  idle: boolean;
  workload: Workload;
  cassandraPid: number | null;
  log(s: string): void;
}

interface Measured {
  phases: RolePhase[];
  last: PhaseResult | null;
  runner: LoadRunner | null;
  /** node id → its role and CPU profile summary (with --cpu-prof). */
  profiles: { id: string; role: NodeRole; summary: ProfileSummary }[];
  describe: string;
}

/**
 * Issue 14's cluster scenario: what a message costs the cluster, per role and at the margin.
 * Starts G gateway-only and H conversation-only `chorus` nodes as real processes (etcd membership,
 * the Cassandra store with owner-epoch fenced appends; the session directory lives on the
 * conversation nodes), spreads U SDK clients over the gateways (user u on gateway u mod G, in client
 * worker processes), and offers each rate of --rates in turn (open loop, direct chats and groups).
 * Then the same workload runs against one `chorus` process (both roles, same store) at the same rates.
 * An idle phase (connected, no sends) comes first, as the zero-rate point.
 * For every phase: node CPU per acknowledged message by role (gateway; conversation host;
 * directory, from the nodes' chorus_cluster_directory_cpu_seconds_total), Cassandra's CPU apart
 * (its JVM found by the port it listens on), CQL requests and table writes/reads per message; and
 * the marginal cost ΔCPU/Δrate between the lowest and highest rate, which leaves out fixed costs.
 *
 *   npm run bench -- cluster [--rates=60,120] [--users=1500] [--direct=600] [--groups=75] [--max-group=20]
 *                            [--seconds=15] [--warmup=S (default: 3 messages per conversation)] [--size=100] [--gateways=2] [--hosts=2] [--no-single]
 *                            [--idle=false] [--cpu-prof] [--tells-back] [--etcd=URL --cassandra=HOST:PORT]   (default: CHORUS_ETCD, CHORUS_CASSANDRA)
 */
export async function run(args: string[]): Promise<void> {
  const opts = new Options(args);
  const users = opts.num('users', [1500, 600, 30]);
  const log = (s: string): void => void process.stderr.write(`${s}\n`);
  const rates = opts.list('rates').map(Number);
  const s: Settings = {
    opts,
    users,
    rates: rates.length > 0 ? rates : opts.size === 'smoke' ? [20, 40] : [60, 120],
    seconds: opts.num('seconds', [15, 8, 2]),
    warmup: opts.num('warmup', -1),
    textBytes: opts.num('size', 100),
    gateways: opts.num('gateways', 2),
    hosts: opts.num('hosts', 2),
    ttlSec: opts.num('ttl', 5),
    cpuProf: opts.has('cpu-prof'),
    tellsBack: opts.has('tells-back'),
    idle: opts.str('idle', 'true') !== 'false',
    workload: mixedWorkload(users, opts.num('direct', [600, 240, 10]), opts.num('groups', [75, 30, 3]), opts.num('max-group', [20, 12, 5]), opts.num('zipf', 0), 6),
    cassandraPid: null,
    log,
  };
  if (s.rates.length < 2 || s.rates.some((r) => !(r > 0))) throw new Error('--rates needs two or more positive rates, e.g. --rates=150,300');
  // By default the warm-up sends about three messages per conversation (at the highest rate), so that
  // activations (an owner-epoch claim and state reads each) happen before the measured phases.
  if (s.warmup < 0) s.warmup = opts.size === 'smoke' ? 1 : Math.ceil((3 * s.workload.convs.length) / Math.max(...s.rates));
  await waitQuiet(opts, log);
  const load1Before = loadAverage();
  const services = await openServices(opts, { etcd: process.env['CHORUS_ETCD'] ?? '', cassandra: process.env['CHORUS_CASSANDRA'] ?? '' }, log);
  try {
    s.cassandraPid = services.pids.cassandra ?? pidListeningOn(Number(services.cassandra.split(':').pop()));
    const cluster = await measure('cluster', services, s);
    const single = opts.has('no-single') ? null : await measure('single', services, s);
    report(s, cluster, single, load1Before);
  } finally {
    await services.stop();
  }
}

async function measure(system: 'cluster' | 'single', services: Services, s: Settings): Promise<Measured> {
  const profDir = s.cpuProf ? mkdtempSync(join(tmpdir(), 'chorus-bench-prof-')) : undefined;
  const c = await BenchCluster.create(services, { ttlSec: s.ttlSec, drainGraceMs: 2000, extra: s.tellsBack ? ['--cluster-tells-back'] : [], ...(profDir === undefined ? {} : { cpuProfDir: profDir }) });
  const roles = new Map<string, NodeRole>();
  let pool: WorkerPool | null = null;
  const out: Measured = { phases: [], last: null, runner: null, profiles: [], describe: '' };
  try {
    if (system === 'single') {
      await c.start('s1', { single: true });
      roles.set('s1', 'single');
    } else {
      const gw = Array.from({ length: s.gateways }, (_, i) => `g${i + 1}`);
      const hosts = Array.from({ length: s.hosts }, (_, i) => `c${i + 1}`);
      await Promise.all([...gw.map((id) => c.start(id, { roles: 'gateway' })), ...hosts.map((id) => c.start(id, { roles: 'conversation' }))]);
      for (const id of gw) roles.set(id, 'gateway');
      for (const id of hosts) roles.set(id, 'conversation');
      await c.ringSize(s.hosts);
    }
    const servers = c.targets().filter((t) => [...c.nodes.values()].some((n) => n.pid === t.pid && roles.get(n.id) !== 'conversation'));
    out.describe =
      system === 'single'
        ? `one chorus process (pid ${servers[0]!.pid}), Cassandra ${services.cassandra}, keyspace ${c.keyspace}`
        : `${s.gateways} gateway + ${s.hosts} conversation chorus nodes (${[...roles].map(([id, r]) => `${id} ${r} pid ${c.nodes.get(id)!.pid}`).join(', ')}), etcd ${services.etcd}, Cassandra ${services.cassandra}, keyspace ${c.keyspace}`;
    const target: Target = { servers, auth: { kind: 'secret', secret: BENCH_SECRET }, started: true, describe: out.describe, stop: async () => undefined };
    pool = await WorkerPool.start(workerCount(s.opts, s.users), target, SDK_WORKER);
    const runner = (out.runner = new LoadRunner(pool, target, s.workload, cpus().length));
    runner.log(`${out.describe}; ${pool.size} SDK client workers; ${s.workload.describe}`);
    const connected = await pool.connect(0, s.users, 100);
    const failed = connected.reduce((n, r) => n + r.failed, 0);
    if (failed > 0) throw new Error(`${failed} of ${s.users} sessions failed to connect: ${connected.find((r) => r.firstError)?.firstError}`);
    await pool.setUp(s.workload, 20);
    const phase = { textBytes: s.textBytes, receiptRatio: 0, drainMs: 10_000 };
    if (s.warmup > 0) await runner.phase({ ...phase, label: 'warm-up', rate: Math.max(...s.rates), seconds: s.warmup }, false);
    const meter = new RoleMeter(c, roles, s.cassandraPid);
    if (s.idle) {
      // The zero-rate point of the marginal fit: connected, no sends.
      const a = await meter.read();
      await new Promise((r) => setTimeout(r, s.seconds * 1000));
      out.phases.push(meter.idle(system, a, await meter.read()));
    }
    for (const rate of s.rates) {
      const a = await meter.read();
      const p = await runner.phase({ ...phase, label: `${system} ${rate}/s`, rate, seconds: s.seconds });
      const b = await meter.read();
      out.phases.push(meter.phase(system, p, a, b));
      out.last = p;
    }
  } finally {
    await pool?.close();
    await c.close().catch((err: unknown) => s.log(`closing the nodes: ${String(err)}`));
  }
  if (profDir !== undefined) {
    for (const [id, role] of roles) {
      const file = readdirSync(profDir).find((f) => f.startsWith(id));
      if (file !== undefined) out.profiles.push({ id, role, summary: summarise(join(profDir, file)) });
    }
    s.log(`CPU profiles in ${profDir}`);
  }
  return out;
}

const ROLES = ['gateway', 'host', 'directory', 'single', 'node', 'cassandra'];

function report(s: Settings, cluster: Measured, single: Measured | null, load1Before: number): void {
  const phases = [...cluster.phases, ...(single?.phases ?? [])];
  const figures: Figures = { gateways: s.gateways, hosts: s.hosts, sessions: s.users, conversations: s.workload.convs.length, fanout: fanout(s.workload) };
  for (const p of phases) {
    const us = usPerMessage(p);
    const tag = `${p.system}_r${p.offered}`;
    figures[`${tag}_acked_per_sec`] = p.ackedPerSec;
    for (const role of ROLES) if (us[role] !== undefined) figures[`${tag}_${role}_us`] = us[role]!;
    if (p.store !== null) figures[`${tag}_cql_requests_per_msg`] = p.store.requests;
    if (p.store !== null) figures[`${tag}_paxos_writes_per_msg`] = p.store.paxosWrites;
    for (const [k, v] of Object.entries(p.driver)) figures[`${tag}_driver_${k}_per_msg`] = v;
    figures[`${tag}_driver_requests_per_msg`] = p.driver.read + p.driver.write + p.driver.lwt;
    if (p.entriesPerAppend !== null) figures[`${tag}_entries_per_append`] = p.entriesPerAppend;
    figures[`${tag}_appends_in_flight`] = p.appendsInFlight;
    figures[`${tag}_activations_per_msg`] = p.activations;
    figures[`${tag}_grpc_messages_per_msg`] = p.grpcMessages;
    for (const [role, w] of Object.entries(wakeupsPerMessage(p))) figures[`${tag}_${role}_wakeups_per_msg`] = w;
  }
  const wc = marginalWakeups(cluster.phases);
  const ws = single === null ? {} : marginalWakeups(single.phases);
  for (const [role, w] of Object.entries(wc)) figures[`marginal_cluster_${role}_wakeups`] = w;
  if (ws['node'] !== undefined) figures['marginal_single_wakeups'] = ws['node'];
  const mc = marginalUs(cluster.phases);
  const ms = single === null ? {} : marginalUs(single.phases);
  for (const role of ROLES) if (mc[role] !== undefined) figures[`marginal_cluster_${role}_us`] = mc[role]!;
  if (ms['single'] !== undefined) figures['marginal_single_us'] = ms['single'];
  if (ms['cassandra'] !== undefined) figures['marginal_single_cassandra_us'] = ms['cassandra'];
  if (mc['node'] !== undefined && ms['single'] !== undefined && ms['single'] > 0) figures['marginal_cluster_over_single'] = mc['node'] / ms['single'];
  const rows = phases.map((p) => {
    const us = usPerMessage(p);
    const f = (k: string): number | string => us[k] ?? '';
    return [p.system, p.offered, p.ackedPerSec, p.deliveredPerSec, Object.values(p.cores).reduce((x, y) => x + y, 0), f('gateway'), f('host'), f('directory'), f('single'), f('node'), f('cassandra'), p.grpcMessages, wakeupsPerMessage(p)['node'] ?? '', p.driver.read + p.driver.write + p.driver.lwt, p.driver.read, p.driver.write, p.driver.lwt, p.activations, p.entriesPerAppend ?? 'n/a', p.appendsInFlight, p.store?.requests ?? 'n/a', p.store?.writes ?? 'n/a', p.store?.paxosWrites ?? 'n/a', p.store?.reads ?? 'n/a', p.p50Ms, p.p99Ms, p.missing, p.oneHopShare ?? 'n/a', p.ringChanges, p.leasesLost];
  });
  const marginalRows = [
    ['cluster', ...['gateway', 'host', 'directory', 'node', 'cassandra'].map((k) => mc[k] ?? '')],
    ...(single === null ? [] : [['single', '', '', '', ms['single'] ?? '', ms['cassandra'] ?? '']]),
    ['cluster wake-ups per message', wc['gateway'] ?? '', wc['host'] ?? '', '', wc['node'] ?? '', ''],
    ...(single === null ? [] : [['single wake-ups per message', '', '', '', ws['node'] ?? '', '']]),
  ];
  const profiles = [...cluster.profiles, ...(single?.profiles ?? [])];
  writeResult(
    {
      scenario: 'cluster',
      title: `cluster per role (${s.gateways} gateways, ${s.hosts} conversation hosts) against one process, at ${s.rates.join(' and ')} msg/s`,
      measures:
        'Node CPU per acknowledged message, by role: gateway (gateway-only nodes), host (conversation-only nodes less their directory work) and directory (the conversation nodes\' own count of CPU spent in directory handlers and the directory step of fan-out). "node" is all nodes together; "single" is one process with both roles on the same store and workload. Marginal = the least-squares slope of cores over acked msg/s across the phases, the idle one (rate 0) included: fixed costs (leases, timers, pings, metrics) cancel out. Cassandra\'s CPU is its JVM\'s, from /proc; CQL requests and table writes/reads per message come from its virtual tables (system.paxos writes: three per lightweight transaction).',
      notMeasured: [
        'ScyllaDB: Cassandra 5 stands in, one node, RF 1, on the same two cores; other engineers\' tests use the same Cassandra, so its CPU and request counts are upper bounds',
        'separate machines: nodes, store, etcd and clients share two cores',
        'directory CPU counts the handlers\' synchronous work; its share of batch encoding and socket writes (after the handler) stays in "host"',
      ],
      target: cluster.describe + (single === null ? '' : `; then ${single.describe}`),
      config: { rates: s.rates.join(','), users: s.users, gateways: s.gateways, hosts: s.hosts, seconds: s.seconds, warmup_seconds: s.warmup, text_bytes: s.textBytes, membership_ttl_sec: s.ttlSec, workload: s.workload.describe, cpu_prof: s.cpuProf, tells_back: s.tellsBack },
      figures,
      tables: [
        {
          title: 'Per phase: CPU µs per acknowledged message by role; store requests per message (driver: the nodes\' own chorus_store_requests_total{kind}; CQL and table counts: Cassandra\'s virtual tables)',
          head: ['system', 'offered/s', 'acked/s', 'delivered/s', 'node cores', 'gateway µs', 'host µs', 'directory µs', 'single µs', 'node µs', 'Cassandra µs', 'gRPC msgs/msg', 'wake-ups/msg', 'driver req/msg', 'driver reads', 'driver writes', 'driver LWTs', 'activations', 'entries/append', 'appends in flight', 'CQL req/msg (Cassandra)', 'writes/msg', 'paxos writes/msg', 'reads/msg', 'p50 ms', 'p99 ms', 'missing', 'one hop', 'ring changes', 'leases lost'],
          rows,
        },
        { title: `Marginal CPU µs per message (least-squares slope of cores over acked msg/s${s.idle ? ', the idle phase included' : ''}; ${s.rates.join(', ')} msg/s offered)`, head: ['system', 'gateway', 'host', 'directory', 'node (or single)', 'Cassandra'], rows: marginalRows },
        ...profiles.map((pr) => ({
          title: `CPU profile of ${pr.id} (${pr.role}), ${(pr.summary.busyMs / 1000).toFixed(1)} s busy over its whole life: self time`,
          head: ['where', 'share', 'top functions', 'share'],
          rows: pr.summary.categories.map(([k, v], i) => [k, v, pr.summary.functions[i]?.[0] ?? '', pr.summary.functions[i]?.[1] ?? '']),
        })),
      ],
      flags: cluster.last === null ? [] : phaseFlags(cluster.last),
      notes: [`machine load average before ${load1Before}, after ${loadAverage()}; Cassandra pid ${s.cassandraPid ?? 'unknown'}`, 'wake-ups: voluntary context switches of the node processes (all threads), from /proc/<pid>/task/*/status; marginal: slope of wake-ups/s over acked msg/s'],
      series: cluster.runner?.series ?? [],
      hist: cluster.last?.latHist ?? null,
      boundMs: null,
      histLabel: 'send→message latency, last cluster phase',
      json: { phases, marginal: { cluster: mc, single: ms, clusterWakeups: wc, singleWakeups: ws }, profiles },
    },
    s.opts,
    load1Before,
  );
}
