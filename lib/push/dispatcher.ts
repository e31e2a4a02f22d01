import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { type Clock, type Timer, systemClock } from '../time/mod.js';
import { PushConfigError } from './errors.js';
import { type PushMetrics, noPushMetrics } from './metrics.js';
import type { AmbiguousPolicy, ClaimedJob, Completion, DroppedEntry, PushOutbox } from './outbox.js';
import { type PushOutcome, type PushProviders, sendVia, targetAddress } from './provider.js';
import type { PushTokenStore } from './token_store.js';

export interface PushBackoff {
  /** Delay after the first failed attempt; doubles per attempt. */
  minMs: number;
  maxMs: number;
  /** Attempts (sends) before an entry is dropped as `exhausted`. */
  maxAttempts: number;
  /** A Retry-After longer than this is cut to it. */
  maxRetryAfterMs: number;
  /** Each delay is shortened by up to this fraction at random, so retries spread out. */
  jitter: number;
}

export interface PushDispatcherOptions {
  outbox: PushOutbox;
  providers: PushProviders;
  /** Where dead targets are deleted. */
  tokens: Pick<PushTokenStore, 'deleteIfCurrent'>;
  clock?: Clock;
  /**
   * Lease owner id. Give a stable one per process (the node name) so that start() can release
   * this owner's leases left by a crash at once instead of waiting for them to expire. Two live
   * dispatchers must never share it.
   */
  owner?: string;
  /** Sends in flight at most. */
  concurrency?: number;
  /** Lease per claim; at least twice sendTimeoutMs, so a live sender never loses its lease. */
  leaseMs?: number;
  /** Deadline of one send. */
  sendTimeoutMs?: number;
  /** Look for due entries at least this often (other processes may enqueue). */
  pollMs?: number;
  backoff?: Partial<PushBackoff>;
  /** See AmbiguousPolicy; default `drop` (at most once). */
  ambiguous?: AmbiguousPolicy;
  metrics?: PushMetrics;
  /** Uniform in [0, 1); injectable for deterministic back-off in tests. */
  random?: () => number;
  /** Failures nobody awaits: the outbox unavailable, a provider bug, a lost lease. */
  onError?: (err: unknown, context: string) => void;
}

export const PushDispatcherDefaults = {
  concurrency: 16,
  leaseMs: 60_000,
  sendTimeoutMs: 15_000,
  pollMs: 1_000,
  ambiguous: 'drop' as AmbiguousPolicy,
  backoff: { minMs: 1_000, maxMs: 10 * 60_000, maxAttempts: 10, maxRetryAfterMs: 60 * 60_000, jitter: 0.2 } satisfies PushBackoff,
} as const;

/**
 * Moves pushes from the outbox to the providers: claims due entries with a lease, marks each
 * `sending` right before its request, and records the outcome — `sent`; `retry` with exponential
 * back-off or the service's Retry-After; `unregistered` drops the entry, deletes the token and
 * drops the device's other pending pushes to it; `rejected` drops the entry.
 *
 * At most `concurrency` sends are in flight. Data flows one way: the dispatcher reads the outbox
 * and calls providers; nothing calls back into it except wake().
 */
export class PushDispatcher {
  readonly owner: string;
  private readonly outbox: PushOutbox;
  private readonly clock: Clock;
  private readonly concurrency: number;
  private readonly leaseMs: number;
  private readonly sendTimeoutMs: number;
  private readonly pollMs: number;
  private readonly backoff: PushBackoff;
  private readonly ambiguous: AmbiguousPolicy;
  private readonly metrics: PushMetrics;
  private readonly random: () => number;
  private readonly onError: (err: unknown, context: string) => void;
  private readonly stopping = new AbortController();
  private readonly inflight = new Set<Promise<void>>();
  private running = false;
  private claiming = false;
  private again = false;
  private timer: Timer | undefined;

  constructor(private readonly options: PushDispatcherOptions) {
    const d = PushDispatcherDefaults;
    this.outbox = options.outbox;
    this.clock = options.clock ?? systemClock;
    this.owner = options.owner ?? `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
    this.concurrency = options.concurrency ?? d.concurrency;
    this.leaseMs = options.leaseMs ?? d.leaseMs;
    this.sendTimeoutMs = options.sendTimeoutMs ?? d.sendTimeoutMs;
    this.pollMs = options.pollMs ?? d.pollMs;
    this.backoff = { ...d.backoff, ...options.backoff };
    this.ambiguous = options.ambiguous ?? d.ambiguous;
    this.metrics = options.metrics ?? noPushMetrics;
    this.random = options.random ?? Math.random;
    this.onError = options.onError ?? (() => undefined);
    if (!Number.isInteger(this.concurrency) || this.concurrency < 1) throw new PushConfigError('concurrency must be a positive integer');
    if (this.leaseMs < 2 * this.sendTimeoutMs) throw new PushConfigError('leaseMs must be at least twice sendTimeoutMs');
    if (this.backoff.minMs <= 0 || this.backoff.maxMs < this.backoff.minMs || this.backoff.maxAttempts < 1) {
      throw new PushConfigError('backoff needs 0 < minMs <= maxMs and maxAttempts >= 1');
    }
  }

  /** Releases this owner's leases from a previous run, then dispatches until stop(). */
  async start(): Promise<void> {
    if (this.running) return;
    const recovered = await this.outbox.recover(this.owner, this.ambiguous, this.clock.now());
    this.countDropped(recovered.dropped);
    this.running = true;
    this.pump();
  }

  /** Looks for due work now (call after enqueue). */
  wake(): void {
    this.pump();
  }

  /**
   * One round without the loop: claims up to `concurrency` due entries, sends them and records
   * the outcomes. Returns how many were claimed. For tests that step a manual clock, and tools.
   */
  async runOnce(): Promise<number> {
    const jobs = await this.claim(this.concurrency);
    await Promise.all(jobs.map((job) => this.track(job)));
    return jobs.length;
  }

  /**
   * Stops claiming and waits for sends in flight (each ends by its deadline). With `abort`, cancels
   * them instead: their outcome is ambiguous and handled per the ambiguous policy.
   */
  async stop(options: { abort?: boolean } = {}): Promise<void> {
    this.running = false;
    if (this.timer !== undefined) this.clock.clearTimeout(this.timer);
    this.timer = undefined;
    if (options.abort) this.stopping.abort(new Error('push dispatcher stopping'));
    while (this.inflight.size > 0 || this.claiming) {
      await Promise.allSettled(this.inflight);
      if (this.claiming) await new Promise((resolve) => setImmediate(resolve));
    }
  }

  /** Sends in flight now. */
  get busy(): number {
    return this.inflight.size;
  }

  private pump(): void {
    if (!this.running) return;
    if (this.claiming) {
      this.again = true;
      return;
    }
    const free = this.concurrency - this.inflight.size;
    if (free <= 0) return;
    this.claiming = true;
    this.again = false;
    void this.claim(free)
      .then(async (jobs) => {
        for (const job of jobs) void this.track(job).then(() => this.pump());
        if (jobs.length === free) this.again = true;
        else await this.arm();
      })
      .catch((err: unknown) => {
        this.onError(err, 'claim');
        return this.arm(this.clock.now() + this.pollMs);
      })
      .catch((err: unknown) => this.onError(err, 'timer'))
      .finally(() => {
        this.claiming = false;
        if (this.again) this.pump();
      });
  }

  /** Sets the one timer to the next due time, or the poll interval, whichever is sooner. */
  private async arm(at?: number): Promise<void> {
    const now = this.clock.now();
    let when = at ?? now + this.pollMs;
    if (at === undefined) {
      const due = await this.outbox.nextDue();
      if (due !== undefined) when = Math.min(when, due);
    }
    if (!this.running) return;
    if (this.timer !== undefined) this.clock.clearTimeout(this.timer);
    this.timer = this.clock.setTimeout(() => {
      this.timer = undefined;
      this.pump();
    }, Math.max(0, when - now));
    this.timer.unref?.();
  }

  private async claim(limit: number): Promise<ClaimedJob[]> {
    const result = await this.outbox.claim({
      owner: this.owner,
      now: this.clock.now(),
      leaseMs: this.leaseMs,
      limit,
      ambiguous: this.ambiguous,
    });
    this.countDropped(result.dropped);
    return result.jobs;
  }

  private track(job: ClaimedJob): Promise<void> {
    const p = this.process(job).catch((err: unknown) => this.onError(err, `job ${job.key}`));
    this.inflight.add(p);
    void p.finally(() => this.inflight.delete(p));
    return p;
  }

  private async process(job: ClaimedJob): Promise<void> {
    if (!(await this.outbox.begin(job, this.clock.now()))) {
      this.onError(new Error(`lease on ${job.key} lost before sending`), 'lease');
      return;
    }
    const ttlSec = Math.max(0, Math.floor((job.expiresAt - this.clock.now()) / 1000));
    const notification = { ...job.notification, ttlSec: Math.min(ttlSec, job.notification.ttlSec ?? ttlSec) };
    // AbortSignal.any() holds its sources weakly, and a timeout signal nobody listens to may be
    // collected before it fires (Node 20): then a send that never answers would hang for good.
    // A listener and a use after the await keep the deadline alive until the send ends.
    const deadline = AbortSignal.timeout(this.sendTimeoutMs);
    deadline.addEventListener('abort', keepAlive, { once: true });
    const signal = AbortSignal.any([this.stopping.signal, deadline]);
    let outcome: PushOutcome;
    try {
      outcome = await sendVia(this.options.providers, job.target, notification, { signal, id: job.key });
    } catch (err) {
      this.onError(err, `provider ${job.target.platform}`);
      outcome = { kind: 'retry', reason: 'provider-error' };
    } finally {
      deadline.removeEventListener('abort', keepAlive);
    }
    this.metrics.outcome(job.target.platform, outcome.kind, outcome.kind === 'delivered' ? 'ok' : outcome.reason);
    const now = this.clock.now();
    const completion = this.completion(job, outcome, now);
    if (completion.state === 'dropped' && outcome.kind === 'retry') this.metrics.outcome(job.target.platform, 'dropped', completion.reason);
    if (!(await this.outbox.complete(job, completion, now))) {
      this.onError(new Error(`lease on ${job.key} lost before its outcome (${outcome.kind}) was recorded`), 'lease');
    }
    if (outcome.kind === 'unregistered') {
      await this.options.tokens.deleteIfCurrent(job.userId, job.deviceId, job.target, outcome.since);
      await this.outbox.dropTarget(job.userId, job.deviceId, targetAddress(job.target), `unregistered:${outcome.reason}`, now);
    }
  }

  private completion(job: ClaimedJob, outcome: PushOutcome, now: number): Completion {
    switch (outcome.kind) {
      case 'delivered':
        return outcome.providerId === undefined ? { state: 'sent' } : { state: 'sent', providerId: outcome.providerId };
      case 'unregistered':
        return { state: 'dropped', reason: `unregistered:${outcome.reason}` };
      case 'rejected':
        return { state: 'dropped', reason: `rejected:${outcome.reason}` };
      case 'retry':
        if (outcome.ambiguous && this.ambiguous === 'drop') return { state: 'dropped', reason: 'ambiguous' };
        if (job.attempt >= this.backoff.maxAttempts) return { state: 'dropped', reason: 'exhausted' };
        return { state: 'retry', notBefore: now + this.delay(job.attempt, outcome.retryAfterMs), reason: outcome.reason };
    }
  }

  /** Retry-After when the service gave one (capped), else min·2^(attempt-1) capped at max, minus jitter. */
  delay(attempt: number, retryAfterMs?: number): number {
    const b = this.backoff;
    if (retryAfterMs !== undefined) return Math.min(Math.max(0, retryAfterMs), b.maxRetryAfterMs);
    const base = Math.min(b.maxMs, b.minMs * 2 ** Math.max(0, attempt - 1));
    return Math.round(base * (1 - b.jitter * this.random()));
  }

  private countDropped(dropped: readonly DroppedEntry[]): void {
    for (const d of dropped) this.metrics.outcome(d.platform, 'dropped', d.reason);
  }
}

/** The deadline's listener: its presence is what matters (see process()). */
function keepAlive(): void {}
