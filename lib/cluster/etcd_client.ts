import etcd3 from 'etcd3';
import type { Etcd3, IOptions } from 'etcd3';
import { type Clock, systemClock, withDeadline } from '../time/mod.js';
import { ClusterConfigError, MembershipUnavailableError } from './errors.js';
import type { ClusterLog } from './log.js';
import type { Member } from './membership.js';

export interface EtcdMembershipOptions {
  self: Member;
  /** etcd client URLs, e.g. ['http://10.0.0.5:2379']. */
  endpoints: readonly string[];
  /** Key prefix the members live under; one key per member id. */
  prefix?: string;
  /** Lease TTL: how long after its last renewal a dead node still counts as a member. */
  ttlSeconds?: number;
  /** How often the lease is renewed (default: a third of the TTL). */
  renewEveryMs?: number;
  /**
   * Subtracted from every proven lease end before this node relies on it: covers clock-rate drift
   * between this node and the etcd leader, and the time from "lost" to actually stopping work.
   */
  safetyMarginMs?: number;
  /** Deadline of every single etcd call. */
  requestTimeoutMs?: number;
  /** How long start() keeps trying (etcd unreachable, old lease of this id still alive). */
  startTimeoutMs?: number;
  /** Back-off between registration attempts. */
  retryMinMs?: number;
  retryMaxMs?: number;
  log?: ClusterLog;
  /** Monotonic clock for lease arithmetic; tests may inject one. */
  clock?: Clock;
}

export const ETCD_MEMBERSHIP_DEFAULTS = {
  prefix: '/chorus/members/',
  ttlSeconds: 5,
  safetyMarginMs: 500,
  requestTimeoutMs: 1500,
  retryMinMs: 100,
  retryMaxMs: 2000,
} as const;

export type ResolvedEtcdOptions = Required<Omit<EtcdMembershipOptions, 'self' | 'endpoints' | 'log' | 'clock'>>;

/**
 * One etcd3 client whose every call has a deadline (a gRPC one and a local one) and no hidden
 * retries: EtcdMembership's own loops decide when to try again.
 */
export class EtcdClient {
  readonly etcd: Etcd3;

  constructor(
    endpoints: readonly string[],
    private readonly o: ResolvedEtcdOptions,
    private readonly clock: Clock,
  ) {
    // No retries or circuit breakers inside the client.
    const direct = { execute: <T>(fn: (context: { signal: AbortSignal }) => PromiseLike<T> | T) => Promise.resolve().then(() => fn({ signal: new AbortController().signal })) };
    // The watch stream reconnects by itself after our own back-off (etcd3's default waits up to
    // 30 s, and its timer outlives a closed client).
    const watchBackoff = (ms: number): { duration: number; next(): unknown } => ({
      duration: ms,
      next: () => watchBackoff(Math.min(o.retryMaxMs, ms * 2)),
    });
    const options: IOptions = {
      hosts: [...endpoints],
      dialTimeout: o.requestTimeoutMs,
      grpcOptions: { 'grpc.initial_reconnect_backoff_ms': 100, 'grpc.max_reconnect_backoff_ms': 1000 },
      faultHandling: { host: () => direct, global: direct, watchBackoff: watchBackoff(o.retryMinMs) } as unknown as IOptions['faultHandling'],
    };
    this.etcd = new etcd3.Etcd3(options);
  }

  /** Runs one etcd call with a gRPC deadline and a local one, both at min(requestTimeout, deadlineAt). */
  call<T>(what: string, deadlineAt: number, signal: AbortSignal, fn: (opts: { deadline: Date }) => Promise<T>): Promise<T> {
    const ms = Math.max(1, Math.min(this.o.requestTimeoutMs, deadlineAt - this.clock.now()));
    let promise: Promise<T>;
    try {
      promise = fn({ deadline: new Date(systemClock.now() + ms) });
    } catch (err) {
      return Promise.reject(err instanceof Error ? err : new Error(String(err)));
    }
    return withDeadline(promise, ms, () => new MembershipUnavailableError(`etcd ${what} timed out after ${Math.round(ms)} ms`), signal);
  }

  /** One keep-alive round trip; resolves with the TTL etcd reports (0: the lease is gone). */
  async keepAlive(leaseId: string, deadlineAt: number, signal: AbortSignal): Promise<number> {
    const stream = await this.call('lease keep-alive', deadlineAt, signal, (opts) => this.etcd.leaseClient.leaseKeepAlive(opts));
    const answered = new Promise<number>((resolve, reject) => {
      stream.on('data', (res) => resolve(Number(res.TTL)));
      stream.on('error', (err) => reject(err));
      stream.on('end', () => reject(new MembershipUnavailableError('keep-alive stream ended without an answer')));
      stream.write({ ID: leaseId });
    });
    const ms = deadlineAt - this.clock.now();
    try {
      return await withDeadline(answered, ms, () => new MembershipUnavailableError(`lease keep-alive timed out after ${Math.round(ms)} ms`), signal);
    } finally {
      try {
        stream.cancel();
      } catch {
        // already closed
      }
    }
  }

  /** Revokes a lease (its keys go with it); logs instead of failing: the lease expires anyway. */
  async revoke(leaseId: string, log: ClusterLog): Promise<void> {
    const never = new AbortController().signal;
    await this.call('lease revoke', this.clock.now() + this.o.requestTimeoutMs, never, (opts) => this.etcd.leaseClient.leaseRevoke({ ID: leaseId }, opts)).catch((err: unknown) =>
      log.warn({ err, lease: leaseId }, 'could not revoke the etcd lease; its keys expire with its TTL'),
    );
  }

  close(): void {
    this.etcd.close();
  }
}

/** Fills in the defaults and refuses options under which a renewal cannot fit in the lease. */
export function resolveEtcdOptions(options: EtcdMembershipOptions): ResolvedEtcdOptions {
  const d = ETCD_MEMBERSHIP_DEFAULTS;
  const ttlSeconds = options.ttlSeconds ?? d.ttlSeconds;
  const ttlMs = ttlSeconds * 1000;
  const safetyMarginMs = options.safetyMarginMs ?? Math.min(d.safetyMarginMs, ttlMs / 4);
  const requestTimeoutMs = options.requestTimeoutMs ?? Math.min(d.requestTimeoutMs, ttlMs / 3);
  const o: ResolvedEtcdOptions = {
    prefix: options.prefix ?? d.prefix,
    ttlSeconds,
    renewEveryMs: options.renewEveryMs ?? ttlMs / 3,
    safetyMarginMs,
    requestTimeoutMs,
    startTimeoutMs: options.startTimeoutMs ?? 2 * ttlMs + 5000,
    retryMinMs: options.retryMinMs ?? d.retryMinMs,
    retryMaxMs: options.retryMaxMs ?? d.retryMaxMs,
  };
  const bad = (what: string): never => {
    throw new ClusterConfigError(`EtcdMembership: ${what}`);
  };
  if (!Number.isInteger(ttlSeconds) || ttlSeconds < 2) bad('ttlSeconds must be an integer of at least 2 (etcd raises shorter TTLs anyway)');
  if (!o.prefix.endsWith('/')) bad('prefix must end with "/"');
  if (!(o.safetyMarginMs >= 0)) bad('safetyMarginMs must not be negative');
  if (!(o.requestTimeoutMs > 0)) bad('requestTimeoutMs must be positive');
  // At least one renewal must be able to start and finish inside the proven lifetime of the last.
  if (!(o.renewEveryMs > 0 && o.renewEveryMs + o.requestTimeoutMs <= ttlMs - o.safetyMarginMs)) {
    bad(`renewEveryMs (${o.renewEveryMs}) + requestTimeoutMs (${o.requestTimeoutMs}) must fit in the TTL minus safetyMarginMs (${ttlMs - o.safetyMarginMs} ms)`);
  }
  if (!(o.retryMinMs > 0 && o.retryMaxMs >= o.retryMinMs)) bad('retryMinMs must be positive and at most retryMaxMs');
  if (!(o.startTimeoutMs > 0)) bad('startTimeoutMs must be positive');
  return o;
}
