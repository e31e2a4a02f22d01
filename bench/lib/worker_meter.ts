import { nowUs } from './clock.js';
import { encodeHistogram, newHistogram } from './histogram.js';
import type { ConvSpec, Counters, FromWorker, SendSpec, ToWorker, UserSpec } from './messages.js';

type Load = Extract<ToWorker, { t: 'load' }>;

/** Runs `fn` over `items` with at most `parallel` in flight. */
export async function inPool<T>(items: T[], parallel: number, fn: (item: T, i: number) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      await fn(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(parallel, items.length) }, lane));
}

/**
 * Opens the users' sessions (at most `parallel` at once), keeping the order of `users` so the
 * parent's local indexes hold (null where one failed), times each, and reports `connected`.
 */
export async function openSessions<S>(rid: number, users: UserSpec[], parallel: number, open: (user: UserSpec) => Promise<S>, send: (m: FromWorker) => void): Promise<(S | null)[]> {
  const hist = newHistogram();
  let failed = 0;
  let firstError: string | null = null;
  const start = nowUs();
  const slots: (S | null)[] = Array.from({ length: users.length }, () => null);
  await inPool(users, parallel, async (user, i) => {
    const t = nowUs();
    try {
      slots[i] = await open(user);
      hist.recordValue(Math.max(1, Math.round(nowUs() - t)));
    } catch (err) {
      failed++;
      firstError ??= err instanceof Error ? err.message : String(err);
    }
  });
  send({ t: 'connected', rid, ready: users.length - failed, failed, ms: (nowUs() - start) / 1000, connectHist: encodeHistogram(hist), firstError });
  return slots;
}

/** What a client worker does with its own kind of session (raw frames, or SDK clients). */
export interface WorkerSessions {
  connect(rid: number, users: UserSpec[], parallel: number): Promise<void>;
  create(rid: number, convs: ConvSpec[], parallel: number): Promise<void>;
  /** Sends one message of the plan, scheduled at `scheduledUs`; reports through the meter. */
  sendOne(conv: SendSpec, scheduledUs: number): void;
  /** Before a load phase starts (settings the worker keeps). */
  load?(m: Load): void;
  close(): void;
}

/**
 * The measuring half of a client worker (bench/workers/client.ts, bench/lib/sdk_worker.ts): the
 * counters and histograms, one tick per second to the parent, the weighted plan of conversations,
 * the paced send pump, and the command loop of the worker protocol (bench/lib/messages.ts).
 */
export class WorkerMeter {
  phase = -1;
  /** Filler that brings a message text to about the phase's textBytes. */
  padding = '';
  readonly c: Counters = { phase: -1, sendingDone: true, sent: 0, acked: 0, errors: 0, delivered: 0, expected: 0, receipts: 0, errorCodes: {} };
  private secSent = 0;
  private secAcked = 0;
  private secDelivered = 0;
  private lat = newHistogram();
  private ackLat = newHistogram();
  private lag = newHistogram();
  private t0 = 0;
  private lastSec = 0;
  private tickTimer: NodeJS.Timeout | null = null;
  private pumpTimer: NodeJS.Timeout | null = null;
  private plan: SendSpec[] = [];
  private cumulative = new Float64Array(0);

  constructor(private readonly send: (m: FromWorker) => void) {}

  /** Answers the parent's commands (`stampExtra`: bytes a message text has besides its time stamp and padding) until it closes this worker or goes away. */
  serve(index: number, sessions: WorkerSessions, stampExtra: number): void {
    process.on('message', (m: ToWorker) => {
      switch (m.t) {
        case 'connect':
          void sessions.connect(m.rid, m.users, m.parallel);
          break;
        case 'create':
          void sessions.create(m.rid, m.convs, m.parallel);
          break;
        case 'plan':
          this.setPlan(m.convs);
          this.send({ t: 'planned', rid: m.rid });
          break;
        case 'load':
          sessions.load?.(m);
          this.load(m, stampExtra, (conv, at) => sessions.sendOne(conv, at));
          this.send({ t: 'started', rid: m.rid });
          break;
        case 'stats':
          this.send({ t: 'stats', rid: m.rid, ...this.c });
          break;
        case 'stop':
          this.stop(m.rid);
          break;
        case 'close':
          sessions.close();
          process.exit(0);
      }
    });
    // The parent going away (crash, Ctrl-C) must not leave sockets or this process behind.
    process.on('disconnect', () => process.exit(0));
    this.send({ t: 'ready', index });
  }

  /** A message arrived; `latencyUs` is null when it is counted but not measured. */
  delivered(latencyUs: number | null): void {
    if (latencyUs !== null) this.lat.recordValue(Math.max(1, Math.round(latencyUs)));
    this.c.delivered++;
    this.secDelivered++;
  }

  /** A send left `lagUs` after it was scheduled. */
  sent(lagUs: number): void {
    this.lag.recordValue(Math.max(1, Math.round(lagUs)));
    this.c.sent++;
    this.secSent++;
  }

  /** A send that could not leave: its sender has no session. */
  noSession(): void {
    this.c.sent++;
    this.c.errors++;
  }

  acked(ackUs: number, members: number): void {
    this.ackLat.recordValue(Math.max(1, Math.round(ackUs)));
    this.c.acked++;
    this.secAcked++;
    this.c.expected += members;
  }

  failed(code: string): void {
    this.c.errors++;
    this.c.errorCodes[code] = (this.c.errorCodes[code] ?? 0) + 1;
  }

  private setPlan(convs: SendSpec[]): void {
    this.plan = convs;
    this.cumulative = new Float64Array(convs.length);
    let sum = 0;
    convs.forEach((cv, i) => {
      sum += cv.weight;
      this.cumulative[i] = sum;
    });
  }

  /** A conversation of the plan, by weight. */
  private pick(): SendSpec {
    const x = Math.random() * this.cumulative[this.cumulative.length - 1]!;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.cumulative[mid]! > x) hi = mid;
      else lo = mid + 1;
    }
    return this.plan[lo]!;
  }

  private flushTick(sec: number): void {
    this.send({ t: 'tick', phase: this.phase, sec, sent: this.secSent, acked: this.secAcked, delivered: this.secDelivered, lat: encodeHistogram(this.lat), ack: encodeHistogram(this.ackLat), lag: encodeHistogram(this.lag) });
    this.secSent = this.secAcked = this.secDelivered = 0;
    this.lat.reset();
    this.ackLat.reset();
    this.lag.reset();
  }

  private scheduleTick(sec: number): void {
    const due = this.t0 + (sec + 1) * 1e6;
    this.tickTimer = setTimeout(() => {
      this.flushTick(sec);
      this.scheduleTick(sec + 1);
    }, Math.max(0, (due - nowUs()) / 1000));
  }

  /** Starts a phase: counters reset, ticks each second, sends paced at m.rate over the plan. */
  private load(m: Load, stampExtra: number, sendOne: (conv: SendSpec, scheduledUs: number) => void): void {
    this.phase = m.phase;
    // The stamp is the send time in µs (~13 digits) plus `stampExtra` separator bytes.
    this.padding = 'x'.repeat(Math.max(0, m.textBytes - String(Math.round(nowUs())).length - stampExtra));
    Object.assign(this.c, { phase: m.phase, sendingDone: false, sent: 0, acked: 0, errors: 0, delivered: 0, expected: 0, receipts: 0, errorCodes: {} });
    this.secSent = this.secAcked = this.secDelivered = 0;
    this.lat = newHistogram();
    this.ackLat = newHistogram();
    this.lag = newHistogram();
    this.t0 = m.t0Us;
    this.lastSec = Math.max(0, Math.ceil(m.seconds) - 1);
    const t0 = this.t0;
    const end = t0 + m.seconds * 1e6;
    const interval = m.rate > 0 && this.plan.length > 0 ? 1e6 / m.rate : Infinity;
    this.scheduleTick(0);
    if (interval === Infinity) {
      this.c.sendingDone = true;
      return;
    }
    // Send k is scheduled at t0 + k·interval, for every k with that time before the end.
    const total = Math.ceil((end - t0) / interval);
    let issued = 0;
    this.pumpTimer = setInterval(() => {
      const now = nowUs();
      if (now < t0) return;
      // Everything scheduled up to now goes out now; a send's lag is how late it leaves.
      const due = Math.min(total, Math.floor((now - t0) / interval) + 1);
      while (issued < due) sendOne(this.pick(), t0 + issued++ * interval);
      if (now >= end) {
        clearInterval(this.pumpTimer!);
        this.pumpTimer = null;
        this.c.sendingDone = true;
      }
    }, 1);
  }

  private stop(rid: number): void {
    if (this.pumpTimer !== null) clearInterval(this.pumpTimer);
    this.pumpTimer = null;
    this.c.sendingDone = true;
    if (this.tickTimer !== null) clearTimeout(this.tickTimer);
    this.tickTimer = null;
    // Deliveries that arrived while draining count into the last second of the send window.
    this.flushTick(Math.max(0, Math.min(Math.floor((nowUs() - this.t0) / 1e6), this.lastSec)));
    this.send({ t: 'stopped', rid, ...this.c });
  }
}
