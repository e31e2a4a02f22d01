import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { Balancer } from '../testing/balancer.js';
import { BenchCluster } from './lib/cluster.js';
import { newHistogram } from './lib/histogram.js';
import type { SecondPoint } from './lib/load.js';
import { noDelayForAllSockets } from './lib/nodelay.js';
import { Options } from './lib/options.js';
import { writeResult } from './lib/output.js';
import { loadAverage } from './lib/procstat.js';
import { Progress } from './lib/progress.js';
import { waitQuiet } from './lib/quiet.js';
import { type Figures, percentiles } from './lib/report.js';
import { SdkLoad } from './lib/sdk_load.js';
import { openServices } from './lib/services.js';

/**
 * Time from a node's death to full service, on a 3-node cluster (real processes, etcd lease TTL
 * --ttl s, Cassandra store) with SDK clients sending steadily through a TCP balancer.
 *
 * Each of --kills rounds: a steady stretch, then SIGKILL of one node (n1, n2, n3 in turn). Measured
 * from the kill: per conversation, until the ack of the first send issued after the kill (the
 * conversation is served again), and until every survivor's ring shows 2 members. The node is then
 * started again and must rejoin before the next round. Then a graceful drain: SIGTERM of one node,
 * the time it takes to exit, and send→ack latency while it drains against the stretch before.
 * At the end every acknowledged message is checked against the store (stored once, at its seq, logs
 * gapless, every receiver saw its logs whole and in order).
 *
 *   npm run bench -- failover [--kills=3] [--users=12] [--steady-seconds=5] [--pause-ms=50] [--ttl=2]
 *                             [--drain=1] [--drain-grace-ms=10000] [--size=100] [--nodelay=1]
 *                             [--etcd=http://127.0.0.1:2379 --cassandra=127.0.0.1:9042 [--service-pids=E,C]]
 *
 * Without --etcd / --cassandra the scenario starts both itself (scripts/etcd, scripts/cassandra) and
 * stops them at the end; Cassandra's start adds a minute or more.
 */
const IDS = ['n1', 'n2', 'n3'];
const SERVE_TIMEOUT_MS = 60_000;

interface KillRound {
  victim: string;
  ringMs: number;
  /** Per conversation: ms from the kill until served again (null: not within the timeout). */
  recovery: (number | null)[];
  owned: boolean[];
  movedClients: number;
  /** ms from the kill until every moved client was logged in again, and had synced (null: not within the timeout). */
  reconnectMs: number | null;
  resyncMs: number | null;
  rejoinMs: number;
}

interface Drain {
  node: string;
  exitCode: number | string;
  exitMs: number;
  ringMs: number;
  servedMs: number | null;
  movedClients: number;
  reconnectMs: number | null;
  resyncMs: number | null;
  /** The drain's window: from SIGTERM until the node exited and its clients had synced elsewhere. */
  windowMs: number;
  before: number[];
  during: number[];
  duringMoved: number[];
  duringStayed: number[];
}

export async function run(args: string[]): Promise<void> {
  const opts = new Options(args);
  const kills = opts.num('kills', [3, 2, 1]);
  const users = opts.num('users', [12, 9, 6]);
  const steadyMs = opts.num('steady-seconds', [5, 3, 2]) * 1000;
  const pauseMs = opts.num('pause-ms', 50);
  const ttlSec = opts.num('ttl', 2);
  const drainOn = opts.num('drain', 1) > 0;
  const drainGraceMs = opts.num('drain-grace-ms', 10_000);
  const textBytes = opts.num('size', 100);
  // --nodelay=0 keeps Nagle on in the balancer's sockets, as testing/balancer.ts leaves it (bench/lib/nodelay.ts).
  const noDelay = opts.num('nodelay', 1) > 0;
  const restoreNagle = noDelay ? noDelayForAllSockets() : () => undefined;
  const progress = new Progress();
  const log = (s: string): void => progress.log(s);
  await waitQuiet(opts, log);
  const load1Before = loadAverage();
  const services = await openServices(opts, {}, log);
  let cluster: BenchCluster | null = null;
  let balancer: Balancer | null = null;
  let load: SdkLoad | null = null;
  try {
    cluster = await BenchCluster.create(services, { ttlSec, drainGraceMs, extra: [] });
    const c = cluster;
    const t = performance.now();
    await Promise.all(IDS.map((id) => c.start(id)));
    await c.ringSize(3);
    log(`3 nodes joined in ${((performance.now() - t) / 1000).toFixed(1)} s (etcd ${services.etcd}, Cassandra ${services.cassandra}, keyspace ${c.keyspace})`);
    balancer = await Balancer.start(() => c.gatewayPorts());
    load = await SdkLoad.start({ url: `ws://127.0.0.1:${balancer.port}/v1/ws`, issuer: c.issuer, users, pauseMs, textBytes }, randomBytes(3).toString('hex'));
    const l = load;
    log(`${users} SDK clients through the balancer, ${l.conversations.length} conversations, one send loop each (pause ${pauseMs} ms)`);
    const t0 = performance.now();
    const events: { at: number; label: string }[] = [{ at: t0, label: 'steady' }];
    l.run();
    const rounds: KillRound[] = [];
    for (let k = 0; k < kills; k++) {
      await sleep(steadyMs);
      const r = await killRound(c, l, IDS[k % IDS.length]!, events);
      rounds.push(r);
      const rec = r.recovery.filter((x): x is number => x !== null);
      log(`kill ${k + 1}/${kills} (${r.victim}): ring 2 after ${r.ringMs.toFixed(0)} ms; conversations served again after ${fmt(Math.min(...rec))}–${fmt(Math.max(...rec))} ms${rec.length < r.recovery.length ? ` (${r.recovery.length - rec.length} not within ${SERVE_TIMEOUT_MS / 1000} s)` : ''}; ${r.movedClients} clients moved (logged in again after ${fmt(r.reconnectMs ?? NaN)} ms, synced after ${fmt(r.resyncMs ?? NaN)} ms); rejoined in ${r.rejoinMs.toFixed(0)} ms`);
    }
    let drain: Drain | null = null;
    if (drainOn) {
      await sleep(steadyMs);
      drain = await drainRound(c, l, IDS[kills % IDS.length]!, steadyMs, events);
      log(`drain of ${drain.node}: exited (${drain.exitCode}) ${drain.exitMs.toFixed(0)} ms after SIGTERM, its ${drain.movedClients} clients logged in elsewhere after ${fmt(drain.reconnectMs ?? NaN)} ms and synced after ${fmt(drain.resyncMs ?? NaN)} ms; send→ack p99 ${p(drain.before, 99).toFixed(1)} ms before, ${p(drain.during, 99).toFixed(1)} ms in the drain window`);
    }
    await sleep(1000);
    await l.stop();
    const caughtUp = await l.ledger.caughtUp(c, l.members(), 60_000);
    const v = await l.ledger.verify(c, l.members());
    log(`checked ${v.stored} stored messages, ${v.acked} acknowledged sends, ${v.deliveries} deliveries: ${v.lost} lost, ${v.duplicates} duplicated, ${v.gaps} gaps, ${v.misdelivered} receivers out of order`);

    const all = rounds.flatMap((r) => r.recovery);
    const ok = all.filter((x): x is number => x !== null);
    const owned = rounds.flatMap((r) => r.recovery.filter((x, i): x is number => x !== null && r.owned[i]!));
    const other = rounds.flatMap((r) => r.recovery.filter((x, i): x is number => x !== null && !r.owned[i]!));
    const rings = rounds.map((r) => r.ringMs);
    const hist = newHistogram();
    for (const s of l.allSends()) if (s.ackedAt !== null) hist.recordValue(Math.max(1, Math.round((s.ackedAt - s.issuedAt) * 1000)));
    const figures: Figures = {
      nodes: IDS.length,
      ttl_sec: ttlSec,
      users,
      conversations: l.conversations.length,
      kills,
      recovery_ms_min: min(ok),
      recovery_ms_median: p(ok, 50),
      recovery_ms_max: max(ok),
      recovery_owned_ms_median: p(owned, 50),
      recovery_owned_ms_max: max(owned),
      recovery_other_ms_median: p(other, 50),
      recovery_other_ms_max: max(other),
      unrecovered: all.length - ok.length,
      ring_ms_min: min(rings),
      ring_ms_median: p(rings, 50),
      ring_ms_max: max(rings),
      moved_reconnect_ms_max: max(rounds.map((r) => r.reconnectMs ?? Infinity)),
      moved_resync_ms_max: max(rounds.map((r) => r.resyncMs ?? Infinity)),
      rejoin_ms_median: p(rounds.map((r) => r.rejoinMs), 50),
      ...(drain === null
        ? {}
        : {
            drain_exit_ms: drain.exitMs,
            drain_exit_code: drain.exitCode,
            drain_ring_ms: drain.ringMs,
            drain_served_ms: drain.servedMs ?? 'n/a',
            drain_moved_clients: drain.movedClients,
            drain_reconnect_ms: drain.reconnectMs ?? 'n/a',
            drain_resync_ms: drain.resyncMs ?? 'n/a',
            drain_window_ms: drain.windowMs,
            drain_ack_p50_before_ms: p(drain.before, 50),
            drain_ack_p99_before_ms: p(drain.before, 99),
            drain_ack_p50_during_ms: p(drain.during, 50),
            drain_ack_p99_during_ms: p(drain.during, 99),
            drain_ack_max_during_ms: max(drain.during),
            drain_ack_p99_during_moved_ms: p(drain.duringMoved, 99),
            drain_ack_p99_during_stayed_ms: p(drain.duringStayed, 99),
          }),
      acked: v.acked,
      stored: v.stored,
      deliveries: v.deliveries,
      lost: v.lost,
      duplicates: v.duplicates,
      gaps: v.gaps,
      misdelivered: v.misdelivered,
      caught_up: caughtUp,
      send_errors: l.errors,
    };
    const flags: string[] = [];
    if (v.lost + v.duplicates + v.gaps + v.misdelivered > 0) flags.push(`CORRECTNESS: ${v.problems.join('; ')}`);
    if (all.length > ok.length) flags.push(`${all.length - ok.length} conversation(s) were not served again within ${SERVE_TIMEOUT_MS / 1000} s of a kill`);
    if (!caughtUp) flags.push('some receivers had not caught up with their logs 60 s after the load stopped');
    if (l.errors > 0) flags.push(`${l.errors} sends failed for good: ${JSON.stringify(Object.fromEntries(l.errorKinds))}, the first: ${l.firstError}`);
    const notes = [
      `recovery = from SIGKILL to the ack of the first send issued after it, per conversation and kill (${all.length} samples); "owned" = conversations the killed node hosted (computed from the ring), "other" = the rest, which wait only when a sender's gateway died`,
      `ring = from SIGKILL until every survivor's /metrics shows chorus_ring_members{role="conversation"} 2 (polled every 20 ms); the lease TTL is ${ttlSec} s`,
      'rejoin = from starting the killed node again until all three nodes show 3 members (process start, etcd join, ring)',
      'drain: "before" = sends issued in the steady stretch before SIGTERM; "during" = sends issued in the drain window, from SIGTERM until the node had exited and every client it closed had reconnected and synced through the balancer; "moved" clients are those the draining gateway closed',
      noDelay
        ? 'the balancer (testing/balancer.ts, in this process) runs with TCP_NODELAY switched on by the harness: with Nagle on, as the balancer leaves it, every proxied send waits ~40 ms for a delayed ACK (--nodelay=0 shows it)'
        : 'the balancer runs with Nagle on (--nodelay=0): proxied sends wait ~40 ms for delayed ACKs, which inflates every latency here',
      `clients: lib/client SDK (default reconnect back-off 100 ms … 10 s with jitter; after a drain close they spread reconnects over 2 s), one process, one clock (performance.now())`,
    ];
    writeResult(
      {
        scenario: 'failover',
        title: 'failover: node death to full service (3 nodes)',
        measures:
          'A 3-node cluster (gateway + conversation roles, etcd membership, Cassandra store with fenced appends) under steady SDK traffic through a TCP balancer. SIGKILL one node: time until every conversation is served again and until the survivors\' ring shows 2 members; restart it; repeat. Then SIGTERM one node: time to exit and send→ack latency while it drains. Every acknowledged message is then checked against the store.',
        notMeasured: [
          'a network partition (the node is killed, not cut off; the cluster tests cover SIGSTOP)',
          'real client networks and a kernel load balancer: the balancer is a Node TCP proxy in this process',
          'throughput: the load is a closed loop per conversation, light on purpose (see `cluster` for throughput)',
        ],
        target: `3 chorus nodes (${IDS.join(', ')}), etcd ${services.etcd}, Cassandra ${services.cassandra}${services.started.length > 0 ? ` (started by the harness: ${services.started.join(', ')})` : ''}`,
        config: { nodes: IDS.length, ttl_sec: ttlSec, users, conversations: l.conversations.length, kills, steady_seconds: steadyMs / 1000, pause_ms: pauseMs, text_bytes: textBytes, drain: drainOn, drain_grace_ms: drainGraceMs, balancer_nodelay: noDelay },
        figures: { ...figures, load1: loadAverage() },
        tables: [
          {
            title: 'Kills',
            head: ['kill', 'node', 'ring 2 (ms)', 'served again: min', 'median', 'max (ms)', 'its conversations', 'their median (ms)', 'clients moved', 'moved logged in / synced (ms)', 'rejoin (ms)'],
            rows: rounds.map((r, i) => {
              const rec = r.recovery.filter((x): x is number => x !== null);
              const own = r.recovery.filter((x, j): x is number => x !== null && r.owned[j]!);
              return [i + 1, r.victim, r.ringMs, min(rec), p(rec, 50), max(rec), r.owned.filter(Boolean).length, own.length === 0 ? 'n/a' : p(own, 50), r.movedClients, `${fmt(r.reconnectMs ?? NaN)} / ${fmt(r.resyncMs ?? NaN)}`, r.rejoinMs];
            }),
          },
          ...(drain === null
            ? []
            : [
                {
                  title: 'Drain (SIGTERM)',
                  head: ['node', 'exit (ms)', 'ring 2 (ms)', 'clients moved', 'logged in / synced (ms)', 'sends before', 'p50 / p99 before (ms)', 'sends during', 'p50 / p99 / max during (ms)', 'p99 moved / stayed (ms)'],
                  rows: [[drain.node, drain.exitMs, drain.ringMs, drain.movedClients, `${fmt(drain.reconnectMs ?? NaN)} / ${fmt(drain.resyncMs ?? NaN)}`, drain.before.length, `${p(drain.before, 50).toFixed(1)} / ${p(drain.before, 99).toFixed(1)}`, drain.during.length, `${p(drain.during, 50).toFixed(1)} / ${p(drain.during, 99).toFixed(1)} / ${max(drain.during).toFixed(0)}`, `${p(drain.duringMoved, 99).toFixed(1)} / ${p(drain.duringStayed, 99).toFixed(1)}`]],
                },
              ]),
        ],
        flags,
        notes,
        series: series(l, events, t0),
        hist,
        boundMs: null,
        histLabel: 'send→ack latency',
        json: { rounds, drain: drain === null ? null : { ...drain, before: undefined, during: undefined, duringMoved: undefined, duringStayed: undefined }, verdict: v },
      },
      opts,
      load1Before,
    );
  } finally {
    load?.close();
    await balancer?.close();
    await cluster?.close().catch((err: unknown) => log(`closing the cluster: ${String(err)}`));
    await services.stop();
    restoreNagle();
  }
}

async function killRound(c: BenchCluster, l: SdkLoad, victim: string, events: { at: number; label: string }[]): Promise<KillRound> {
  const node = c.nodes.get(victim)!;
  const survivors = IDS.filter((id) => id !== victim);
  const owned = l.conversations.map((conv) => BenchCluster.owner(conv.id, IDS) === victim);
  const killAt = performance.now();
  node.proc.child.kill('SIGKILL');
  events.push({ at: killAt, label: `kill ${victim}` });
  const [ringMs, served] = await Promise.all([ringReached(c, survivors, 2, killAt), l.waitServedAfter(killAt, SERVE_TIMEOUT_MS)]);
  void served;
  const recovery = l.servedAfter(killAt);
  const moved = l.movedBetween(killAt, performance.now());
  const back = await l.waitResynced(moved, killAt, SERVE_TIMEOUT_MS);
  await node.proc.exited;
  const restartAt = performance.now();
  events.push({ at: restartAt, label: `restart ${victim}` });
  await c.start(victim);
  await c.ringSize(3);
  const rejoinMs = performance.now() - restartAt;
  // The restarted node takes its conversations back: wait until every one is served again.
  const rejoinedAt = performance.now();
  await l.waitServedAfter(rejoinedAt, SERVE_TIMEOUT_MS);
  events.push({ at: performance.now(), label: 'steady' });
  return { victim, ringMs, recovery, owned, movedClients: moved.size, reconnectMs: back?.readyMs ?? null, resyncMs: back?.syncedMs ?? null, rejoinMs };
}

async function drainRound(c: BenchCluster, l: SdkLoad, node: string, beforeMs: number, events: { at: number; label: string }[]): Promise<Drain> {
  const n = c.nodes.get(node)!;
  const survivors = IDS.filter((id) => id !== node);
  const termAt = performance.now();
  n.proc.child.kill('SIGTERM');
  events.push({ at: termAt, label: `drain ${node}` });
  const ring = ringReached(c, survivors, 2, termAt);
  const exitCode = await n.proc.exited;
  const exitAt = performance.now();
  const ringMs = await ring;
  // Every conversation served by a send issued after SIGTERM: the longest wait of any of them.
  const served = (await l.waitServedAfter(termAt, SERVE_TIMEOUT_MS)) ? Math.max(...(l.servedAfter(termAt) as number[])) : null;
  const moved = l.movedBetween(termAt, exitAt + 1);
  const back = await l.waitResynced(moved, termAt, SERVE_TIMEOUT_MS);
  const windowEnd = termAt + Math.max(exitAt - termAt, back?.syncedMs ?? 0);
  // Sends issued late in the window must have had their time to be acknowledged.
  await sleep(Math.max(0, windowEnd + 2000 - performance.now()));
  events.push({ at: performance.now(), label: 'steady' });
  const stayed = new Set([...l.clients.keys()].filter((u) => !moved.has(u)));
  return {
    node,
    exitCode,
    exitMs: exitAt - termAt,
    ringMs,
    servedMs: served,
    movedClients: moved.size,
    reconnectMs: back?.readyMs ?? null,
    resyncMs: back?.syncedMs ?? null,
    windowMs: windowEnd - termAt,
    before: l.ackLatencies(termAt - beforeMs, termAt),
    during: l.ackLatencies(termAt, windowEnd),
    duringMoved: l.ackLatencies(termAt, windowEnd, moved),
    duringStayed: l.ackLatencies(termAt, windowEnd, stayed),
  };
}

/** ms from `from` until every one of `ids` reports `n` conversation-ring members (polled every 20 ms). */
async function ringReached(c: BenchCluster, ids: string[], n: number, from: number): Promise<number> {
  const times = await Promise.all(
    ids.map(async (id) => {
      const deadline = from + SERVE_TIMEOUT_MS;
      for (;;) {
        const v = await c.metric(id, 'chorus_ring_members{role="conversation"}', AbortSignal.timeout(2000)).catch(() => undefined);
        if (v === n) return performance.now() - from;
        if (performance.now() > deadline) throw new Error(`${id}'s ring did not reach ${n} members within ${SERVE_TIMEOUT_MS / 1000} s`);
        await sleep(20);
      }
    }),
  );
  return Math.max(...times);
}

/** Sends issued and acknowledged per second, with the send→ack latency of that second's acks. */
function series(l: SdkLoad, events: { at: number; label: string }[], t0: number): SecondPoint[] {
  const secs = new Map<number, { sent: number; acked: number; lat: number[] }>();
  const at = (sec: number): { sent: number; acked: number; lat: number[] } => {
    let s = secs.get(sec);
    if (s === undefined) secs.set(sec, (s = { sent: 0, acked: 0, lat: [] }));
    return s;
  };
  for (const s of l.allSends()) {
    at(Math.floor((s.issuedAt - t0) / 1000)).sent++;
    if (s.ackedAt === null) continue;
    const b = at(Math.floor((s.ackedAt - t0) / 1000));
    b.acked++;
    b.lat.push(s.ackedAt - s.issuedAt);
  }
  return [...secs.entries()]
    .filter(([sec]) => sec >= 0)
    .sort((a, b) => a[0] - b[0])
    .map(([sec, s]) => {
      const label = [...events].reverse().find((e) => e.at <= t0 + sec * 1000 + 999)?.label ?? 'steady';
      const [p50, p99] = percentiles(s.lat, [50, 99]);
      return { t: sec, phase: label, sent: s.sent, delivered: s.acked, p50_ms: p50!, p99_ms: p99!, max_ms: max(s.lat), server_cores: null, server_loop_delay_max_ms: null };
    });
}

function p(xs: number[], q: number): number {
  return percentiles(xs, [q])[0]!;
}

function min(xs: number[]): number {
  return xs.length === 0 ? 0 : Math.min(...xs);
}

function max(xs: number[]): number {
  return xs.length === 0 ? 0 : Math.max(...xs);
}

function fmt(ms: number): string {
  return Number.isFinite(ms) ? ms.toFixed(0) : 'n/a';
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
