import { nowUs } from './clock.js';
import { DiskProbe } from './diskprobe.js';
import { type Histogram, type Percentiles, mergeEncoded, newHistogram, percentilesMs } from './histogram.js';
import type { Counters, Tick } from './messages.js';
import type { WorkerPool } from './pool.js';
import { Progress, fmtRate } from './progress.js';
import { type Reading, type Usage, read, usage } from './sampler.js';
import type { Target } from './target.js';
import type { Workload } from './workload.js';

export interface PhaseSpec {
  label: string;
  /** Offered messages per second over all workers. */
  rate: number;
  seconds: number;
  textBytes: number;
  /** Share of received messages (from others) answered with a READ receipt. */
  receiptRatio: number;
  /** Longest wait after the last send for outstanding acks and deliveries. */
  drainMs: number;
}

/** One second of the run, for the latency-over-time chart. */
export interface SecondPoint {
  /** Seconds since the first measured phase began. */
  t: number;
  phase: string;
  sent: number;
  delivered: number;
  p50_ms: number;
  p99_ms: number;
  max_ms: number;
  server_cores: number | null;
  /** Longest event-loop stall of the server process in about that second (from the probe), ms. */
  server_loop_delay_max_ms: number | null;
}

export interface PhaseResult {
  label: string;
  offered_per_sec: number;
  seconds: number;
  sent: number;
  acked: number;
  errors: number;
  errorCodes: Record<string, number>;
  delivered: number;
  expected: number;
  /** Deliveries the acked messages should have caused but that did not arrive before the drain ended. */
  missing: number;
  receipts: number;
  sent_per_sec: number;
  delivered_per_sec: number;
  latency: Percentiles;
  ack: Percentiles;
  /** How late sends left compared with their schedule: the client's own lag. */
  lag: Percentiles;
  usage: Usage;
  /** Mean event-loop utilisation of the servers over the phase (probe), 0..1: time the loop was busy,
   *  CPU or blocked in a synchronous call such as an fsync. A single-threaded server saturates at 1. */
  serverLoopUtil: number | null;
  /** Longest event-loop stall of a server seen during the phase, ms. */
  serverLoopDelayMaxMs: number | null;
  /** fsync latency of the temp file system during the phase (bench/lib/diskprobe.ts). */
  disk: Percentiles;
  /** Reasons to distrust a figure as a server figure: the client was the bottleneck. */
  clientBound: string[];
  /** The machine's cores were all busy (server and clients compete for them). */
  machineSaturated: boolean;
  latHist: Histogram;
  series: SecondPoint[];
}

const CLIENT_CORE_LIMIT = 0.9;
const LAG_LIMIT_MS = 10;
const DRAIN_POLL_MS = 100;

/**
 * Runs load phases on a connected, set-up pool: tells every worker its share of the offered rate,
 * starts them together on the shared monotonic clock, merges their per-second histograms, samples
 * server and client CPU, waits for outstanding acks and deliveries, and judges who was the bottleneck.
 */
export class LoadRunner {
  private phaseIndex = 0;
  private runStartUs: number | null = null;
  readonly series: SecondPoint[] = [];
  private readonly progress = new Progress();
  private readonly shares: number[];
  private readonly cores: number;

  constructor(
    private readonly pool: WorkerPool,
    private readonly target: Target,
    workload: Workload,
    cores: number,
  ) {
    this.shares = pool.sendShares(workload);
    this.cores = cores;
  }

  log(text: string): void {
    this.progress.log(text);
  }

  reading(): Reading {
    return read(this.target.servers, this.pool.pids);
  }

  /** Runs one phase; `record` false runs it (a warm-up) without keeping it in the time series. */
  async phase(spec: PhaseSpec, record = true): Promise<PhaseResult> {
    const phase = this.phaseIndex++;
    const lat = newHistogram();
    const ack = newHistogram();
    const lag = newHistogram();
    const perSec = new Map<number, { sent: number; delivered: number; lat: Histogram; cores: number | null; delay: number | null }>();
    this.pool.onTick = (t: Tick) => {
      if (t.phase !== phase) return;
      let s = perSec.get(t.sec);
      if (s === undefined) perSec.set(t.sec, (s = { sent: 0, delivered: 0, lat: newHistogram(), cores: null, delay: null }));
      s.sent += t.sent;
      s.delivered += t.delivered;
      mergeEncoded(s.lat, t.lat);
      mergeEncoded(lat, t.lat);
      mergeEncoded(ack, t.ack);
      mergeEncoded(lag, t.lag);
    };
    const t0Us = nowUs() + 200_000;
    await this.pool.all((i) => ({ t: 'load', phase, rate: spec.rate * this.shares[i]!, t0Us, seconds: spec.seconds, textBytes: spec.textBytes, receiptRatio: spec.receiptRatio }), 'started');
    while (nowUs() < t0Us) await sleep(5);
    const disk = new DiskProbe();
    const first = this.reading();
    let prev = first;
    const elus: number[] = [];
    let delayMax: number | null = null;
    const endUs = t0Us + spec.seconds * 1e6;
    while (nowUs() < endUs) {
      await sleep(Math.min(1000, Math.max(1, (endUs - nowUs()) / 1000)));
      const r = this.reading();
      const u = usage(prev, r);
      for (const x of r.servers) {
        if (x.elu !== null) elus.push(x.elu);
        if (x.delayMaxMs !== null) delayMax = Math.max(delayMax ?? 0, x.delayMaxMs);
      }
      const sec = Math.floor((prev.atUs - t0Us) / 1e6);
      const point = perSec.get(sec);
      if (point !== undefined) {
        point.cores = u.serverCores;
        const delays = r.servers.map((x) => x.delayMaxMs).filter((x): x is number => x !== null);
        point.delay = delays.length === 0 ? null : Math.max(...delays);
      }
      prev = r;
      const last = perSec.get(Math.floor((r.atUs - t0Us) / 1e6) - 1);
      const p99 = last !== undefined && last.lat.totalCount > 0 ? `${(last.lat.getValueAtPercentile(99) / 1000).toFixed(1)} ms` : '-';
      this.progress.update(
        spec.label,
        (r.atUs - t0Us) / 1e6,
        spec.seconds,
        `offered ${fmtRate(spec.rate)}/s  delivered ${fmtRate(last?.delivered ?? 0)}/s  p99 ${p99}  server ${pct(u.serverCores)}  clients ${pct(u.clientCores)}  load ${u.load1.toFixed(2)}`,
      );
    }
    // Drain: outstanding acks and deliveries, bounded.
    const drainEnd = nowUs() + spec.drainMs * 1000;
    let counters: Counters[] = [];
    for (;;) {
      counters = await this.pool.all(() => ({ t: 'stats' }), 'stats');
      const sum = total(counters);
      if ((sum.sendingDone && sum.acked + sum.errors >= sum.sent && sum.delivered >= sum.expected) || nowUs() >= drainEnd) break;
      await sleep(DRAIN_POLL_MS);
    }
    const last = this.reading();
    const diskP = disk.stop();
    counters = await this.pool.all(() => ({ t: 'stop' }), 'stopped');
    this.pool.onTick = () => undefined;
    const sum = total(counters);
    const u = usage(first, last);
    const latency = percentilesMs(lat);
    const lagP = percentilesMs(lag);
    const clientBound: string[] = [];
    if (lagP.p99_ms > LAG_LIMIT_MS) clientBound.push(`senders fell behind their schedule (send lag p99 ${lagP.p99_ms.toFixed(1)} ms)`);
    u.workerCoresEach.forEach((c, i) => {
      if (c !== null && c >= CLIENT_CORE_LIMIT) clientBound.push(`client worker ${i} used ${(c * 100).toFixed(0)}% of a core`);
    });
    const machineSaturated = u.machineCores >= this.cores * 0.95;
    const result: PhaseResult = {
      label: spec.label,
      offered_per_sec: spec.rate,
      seconds: spec.seconds,
      sent: sum.sent,
      acked: sum.acked,
      errors: sum.errors,
      errorCodes: sum.errorCodes,
      delivered: sum.delivered,
      expected: sum.expected,
      missing: Math.max(0, sum.expected - sum.delivered),
      receipts: sum.receipts,
      sent_per_sec: sum.sent / spec.seconds,
      delivered_per_sec: sum.delivered / spec.seconds,
      latency,
      ack: percentilesMs(ack),
      lag: lagP,
      usage: u,
      serverLoopUtil: elus.length === 0 ? null : elus.reduce((a, b) => a + b, 0) / elus.length,
      serverLoopDelayMaxMs: delayMax,
      disk: diskP,
      clientBound,
      machineSaturated,
      latHist: lat,
      series: [],
    };
    if (record) {
      this.runStartUs ??= t0Us;
      const offset = (t0Us - this.runStartUs) / 1e6;
      for (const [sec, s] of [...perSec.entries()].sort((a, b) => a[0] - b[0])) {
        const p = percentilesMs(s.lat);
        const point: SecondPoint = { t: offset + sec, phase: spec.label, sent: s.sent, delivered: s.delivered, p50_ms: p.p50_ms, p99_ms: p.p99_ms, max_ms: p.max_ms, server_cores: s.cores, server_loop_delay_max_ms: s.delay };
        result.series.push(point);
        this.series.push(point);
      }
    }
    for (const s of perSec.values()) s.lat.destroy();
    ack.destroy();
    lag.destroy();
    this.progress.log(
      `${spec.label}: offered ${fmtRate(spec.rate)}/s, sent ${fmtRate(result.sent_per_sec)}/s, delivered ${fmtRate(result.delivered_per_sec)}/s, p50 ${latency.p50_ms.toFixed(2)} ms, p99 ${latency.p99_ms.toFixed(2)} ms, server ${pct(u.serverCores)}, clients ${pct(u.clientCores)}${result.errors ? `, ${result.errors} errors` : ''}${result.missing ? `, ${result.missing} missing` : ''}${clientBound.length ? ' [client-bound]' : ''}`,
    );
    return result;
  }
}

function total(cs: Counters[]): Counters {
  const out: Counters = { phase: cs[0]?.phase ?? -1, sendingDone: true, sent: 0, acked: 0, errors: 0, delivered: 0, expected: 0, receipts: 0, errorCodes: {} };
  for (const c of cs) {
    out.sendingDone &&= c.sendingDone;
    out.sent += c.sent;
    out.acked += c.acked;
    out.errors += c.errors;
    out.delivered += c.delivered;
    out.expected += c.expected;
    out.receipts += c.receipts;
    for (const [k, v] of Object.entries(c.errorCodes)) out.errorCodes[k] = (out.errorCodes[k] ?? 0) + v;
  }
  return out;
}

function pct(cores: number | null): string {
  return cores === null ? 'n/a' : `${(cores * 100).toFixed(0)}%`;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
