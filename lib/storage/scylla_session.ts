/**
 * The one place that talks to cassandra-driver: builds the Client (token-aware, DC-aware, timeouts),
 * bounds the requests in flight, follows pages, and turns the driver's failures into store errors.
 * ScyllaStore and migrate() use it; nothing else in Chorus imports the driver.
 */
import cassandra from 'cassandra-driver';
import type { Client, types as DriverTypes } from 'cassandra-driver';
import { StoreUnavailableError } from './errors.js';

export type ScyllaConsistency = 'ONE' | 'TWO' | 'THREE' | 'QUORUM' | 'ALL' | 'LOCAL_QUORUM' | 'EACH_QUORUM' | 'LOCAL_ONE';
export type ScyllaSerialConsistency = 'SERIAL' | 'LOCAL_SERIAL';

/** How to reach the cluster. Everything but contactPoints and localDataCenter has a default. */
export interface ScyllaConnectionOptions {
  /** 'host' or 'host:port'. A few nodes of the local data centre are enough; the rest are discovered. */
  contactPoints: readonly string[];
  /** Requests go to replicas in this data centre only (LOCAL_* consistency is counted here). */
  localDataCenter: string;
  /** Reads and writes. Default LOCAL_QUORUM; a single test node needs LOCAL_ONE. */
  consistency?: ScyllaConsistency;
  /** Paxos phase of the one conditional write (conversation creation). Default LOCAL_SERIAL. */
  serialConsistency?: ScyllaSerialConsistency;
  /** Client-side limit for one request, ms; longer than the server's own timeouts so theirs arrive first. */
  requestTimeoutMs?: number;
  connectTimeoutMs?: number;
  /** Requests this process keeps in flight to the cluster; further ones wait in a queue. */
  maxConcurrentRequests?: number;
  /** Requests allowed to wait for a slot; beyond that a call fails at once with StoreUnavailableError. */
  maxQueuedRequests?: number;
  /**
   * Longest wait between attempts to reconnect to a node marked down (the waits double from 500 ms
   * up to this). It bounds how long traffic stays refused after the node is back.
   */
  reconnectMaxDelayMs?: number;
  credentials?: { username: string; password: string };
  /** The driver's warnings and errors (a node marked down, a failed reconnection), for the process log. */
  onDriverLog?: (level: 'warning' | 'error', message: string) => void;
}

export const ScyllaConnectionDefaults = {
  consistency: 'LOCAL_QUORUM',
  serialConsistency: 'LOCAL_SERIAL',
  requestTimeoutMs: 12_000,
  connectTimeoutMs: 5_000,
  maxConcurrentRequests: 512,
  maxQueuedRequests: 8_192,
  reconnectMaxDelayMs: 10_000,
} as const satisfies Partial<ScyllaConnectionOptions>;

const levels = cassandra.types.consistencies;
// prettier-ignore
const CONSISTENCY: Record<ScyllaConsistency, number> = {
  ONE: levels.one, TWO: levels.two, THREE: levels.three, QUORUM: levels.quorum, ALL: levels.all,
  LOCAL_QUORUM: levels.localQuorum, EACH_QUORUM: levels.eachQuorum, LOCAL_ONE: levels.localOne,
};
const SERIAL_CONSISTENCY: Record<ScyllaSerialConsistency, number> = { SERIAL: levels.serial, LOCAL_SERIAL: levels.localSerial };

type Resolved = Required<Omit<ScyllaConnectionOptions, 'credentials' | 'onDriverLog'>> &
  Pick<ScyllaConnectionOptions, 'credentials' | 'onDriverLog'>;

/** First wait before reconnecting to a node that went down; doubles up to reconnectMaxDelayMs. */
const RECONNECT_BASE_MS = 500;

function positiveInt(name: string, value: number): void {
  if (!Number.isSafeInteger(value) || value <= 0) throw new RangeError(`${name} must be a positive integer (got ${value})`);
}

export function resolveConnectionOptions(options: ScyllaConnectionOptions): Resolved {
  const d = ScyllaConnectionDefaults;
  const o: Resolved = {
    contactPoints: options.contactPoints,
    localDataCenter: options.localDataCenter,
    consistency: options.consistency ?? d.consistency,
    serialConsistency: options.serialConsistency ?? d.serialConsistency,
    requestTimeoutMs: options.requestTimeoutMs ?? d.requestTimeoutMs,
    connectTimeoutMs: options.connectTimeoutMs ?? d.connectTimeoutMs,
    maxConcurrentRequests: options.maxConcurrentRequests ?? d.maxConcurrentRequests,
    maxQueuedRequests: options.maxQueuedRequests ?? d.maxQueuedRequests,
    reconnectMaxDelayMs: options.reconnectMaxDelayMs ?? d.reconnectMaxDelayMs,
    credentials: options.credentials,
    onDriverLog: options.onDriverLog,
  };
  if (!Array.isArray(o.contactPoints) || o.contactPoints.length === 0 || !o.contactPoints.every((c) => typeof c === 'string' && c.length > 0)) {
    throw new TypeError('contactPoints must be a non-empty list of host or host:port strings');
  }
  if (typeof o.localDataCenter !== 'string' || o.localDataCenter === '') throw new TypeError('localDataCenter is required');
  if (!Object.hasOwn(CONSISTENCY, o.consistency)) throw new TypeError(`unknown consistency ${o.consistency}`);
  if (!Object.hasOwn(SERIAL_CONSISTENCY, o.serialConsistency)) throw new TypeError('serialConsistency must be SERIAL or LOCAL_SERIAL');
  positiveInt('requestTimeoutMs', o.requestTimeoutMs);
  positiveInt('connectTimeoutMs', o.connectTimeoutMs);
  positiveInt('maxConcurrentRequests', o.maxConcurrentRequests);
  positiveInt('reconnectMaxDelayMs', o.reconnectMaxDelayMs);
  if (!Number.isSafeInteger(o.maxQueuedRequests) || o.maxQueuedRequests < 0) throw new RangeError('maxQueuedRequests must be an integer >= 0');
  return o;
}

/** The part of the driver's (internal) Host that closing a forgotten one needs. */
type DriverHost = { shutdown?(waitForPending: boolean): Promise<void> };
/** Hosts each client removed from its host map (replaced or gone), closed by shutdownScyllaClient(). */
const REPLACED_HOSTS = new WeakMap<Client, Set<DriverHost>>();

/** A driver Client configured the way Chorus uses the cluster; for migrate() and for ScyllaSession. */
export function createScyllaClient(options: ScyllaConnectionOptions): Client {
  const o = resolveConnectionOptions(options);
  const { loadBalancing, reconnection, retry } = cassandra.policies;
  const client = new cassandra.Client({
    contactPoints: [...o.contactPoints],
    localDataCenter: o.localDataCenter,
    ...(o.credentials ? { credentials: o.credentials } : {}),
    policies: {
      // Token-aware: a statement goes straight to a replica of its partition; DC-aware: only to the
      // local data centre. Routing keys come from the prepared statements' partition key metadata.
      loadBalancing: new loadBalancing.TokenAwarePolicy(new loadBalancing.DCAwareRoundRobinPolicy(o.localDataCenter)),
      // A request that timed out or lost its connection is retried on another host only when the
      // statement is marked idempotent; a server write timeout only when the batch log write timed out.
      retry: new retry.RetryPolicy(),
      reconnection: new reconnection.ExponentialReconnectionPolicy(Math.min(RECONNECT_BASE_MS, o.reconnectMaxDelayMs), o.reconnectMaxDelayMs, false),
    },
    queryOptions: {
      consistency: CONSISTENCY[o.consistency],
      serialConsistency: SERIAL_CONSISTENCY[o.serialConsistency],
      prepare: true,
      captureStackTrace: false,
    },
    socketOptions: { connectTimeout: o.connectTimeoutMs, readTimeout: o.requestTimeoutMs, tcpNoDelay: true, keepAlive: true },
    pooling: { maxRequestsPerConnection: 2048, heartBeatInterval: 30_000 },
    protocolOptions: { maxSchemaAgreementWaitSeconds: 20 },
  });
  // cassandra-driver 4.10 replaces a node's Host object without shutting the old one down when its
  // control connection re-initialises after every node was unreachable (control-connection.js,
  // NODEJS-632); the old Host keeps a 200 ms interval that shutdown() does not clear and that keeps
  // the process alive. Remember replaced hosts so that shutdownScyllaClient() can close them.
  const replaced = new Set<DriverHost>();
  REPLACED_HOSTS.set(client, replaced);
  client.on('hostRemove', (host: DriverHost) => replaced.add(host));
  const onLog = o.onDriverLog;
  if (onLog) {
    client.on('log', (level: string, target: string, message: string) => {
      if (level === 'warning' || level === 'error') onLog(level, `${target}: ${message}`);
    });
  }
  return client;
}

/** Shuts a client of createScyllaClient() down, including hosts the driver replaced and forgot. */
export async function shutdownScyllaClient(client: Client): Promise<void> {
  await client.shutdown();
  const replaced = REPLACED_HOSTS.get(client);
  if (replaced === undefined) return;
  for (const host of replaced) await host.shutdown?.(false);
  replaced.clear();
}

/** Server answers that mean "not now" rather than "never": the caller may retry. */
const RETRYABLE_RESPONSES: ReadonlySet<number> = new Set([
  cassandra.types.responseErrorCodes.unavailableException,
  cassandra.types.responseErrorCodes.overloaded,
  cassandra.types.responseErrorCodes.isBootstrapping,
  cassandra.types.responseErrorCodes.readTimeout,
  cassandra.types.responseErrorCodes.writeTimeout,
  cassandra.types.responseErrorCodes.truncateError,
]);

const NETWORK_CODES: ReadonlySet<string> = new Set([
  'ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTCONN', 'EAI_AGAIN',
]);

/** True for failures of reachability or time: no host, timeouts, overload, unavailable replicas, sockets. */
export function isRetryableDriverError(err: unknown): boolean {
  const { errors } = cassandra;
  if (err instanceof errors.NoHostAvailableError) return true;
  if (err instanceof errors.OperationTimedOutError) return true;
  if (err instanceof errors.BusyConnectionError) return true;
  if (err instanceof errors.ResponseError) return RETRYABLE_RESPONSES.has(err.code);
  if (typeof err === 'object' && err !== null) {
    const e = err as { isSocketError?: unknown; code?: unknown };
    if (e.isSocketError === true) return true;
    if (typeof e.code === 'string' && NETWORK_CODES.has(e.code)) return true;
  }
  return false;
}

/** The server refused a statement because its keyspace or table does not exist. */
export function isMissingTableError(err: unknown): boolean {
  return (
    err instanceof cassandra.errors.ResponseError &&
    err.code === cassandra.types.responseErrorCodes.invalid &&
    /does not exist|unconfigured table/i.test(err.message)
  );
}

/** Retryable failures become StoreUnavailableError; anything else (a bug: bad CQL, schema missing) is passed on. */
export function toStoreError(err: unknown, what: string): unknown {
  if (err instanceof StoreUnavailableError) return err;
  if (isRetryableDriverError(err)) {
    const detail = err instanceof Error ? err.message : String(err);
    return new StoreUnavailableError(`${what}: ${detail}`, { cause: err });
  }
  return err;
}

/** Counting semaphore with a bounded wait queue. */
class Slots {
  private active = 0;
  private readonly waiting: Array<() => void> = [];
  private head = 0;

  constructor(
    private readonly max: number,
    private readonly maxQueued: number,
  ) {}

  acquire(): Promise<void> | undefined {
    if (this.active < this.max) {
      this.active++;
      return undefined;
    }
    if (this.waiting.length - this.head >= this.maxQueued) {
      throw new StoreUnavailableError(`more than ${this.maxQueued} store requests are waiting; shedding load`);
    }
    return new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  /** Hands the slot to the next waiter, or frees it. */
  release(): void {
    if (this.head < this.waiting.length) {
      const next = this.waiting[this.head]!;
      this.waiting[this.head++] = undefined as unknown as () => void;
      if (this.head > 1024 && this.head * 2 > this.waiting.length) {
        this.waiting.splice(0, this.head);
        this.head = 0;
      }
      next();
    } else {
      this.active--;
    }
  }
}

/** What a request costs the cluster: a read, a plain write (or batch of them), a Paxos round (LWT). */
export type StoreRequestKind = 'read' | 'write' | 'lwt';

/** Requests sent by every session of this process, by kind. */
const REQUESTS: Record<StoreRequestKind, number> = { read: 0, write: 0, lwt: 0 };
const KINDS = new Map<string, StoreRequestKind>();

/**
 * Requests this process has sent to ScyllaDB since it started, by kind: each page of a read and
 * each batch is one request. Read by chorus_store_requests_total and the benchmarks.
 */
export function storeRequestCounts(): Readonly<Record<StoreRequestKind, number>> {
  return { ...REQUESTS };
}

/** The kind of one statement, by its text (cached: the store sends a fixed set of statements). */
export function requestKind(query: string): StoreRequestKind {
  let kind = KINDS.get(query);
  if (kind === undefined) {
    kind = /^\s*SELECT\b/i.test(query) ? 'read' : /\sIF\s+(NOT\s+EXISTS|EXISTS|\w+\s*(=|<|>|!=|IN))/i.test(query) ? 'lwt' : 'write';
    if (KINDS.size < 1000) KINDS.set(query, kind);
  }
  return kind;
}

/** A bound value that leaves its column untouched (no cell, unlike null, which writes a tombstone). */
export const UNSET: unknown = cassandra.types.unset;

export type Row = DriverTypes.Row;
export type ResultSet = DriverTypes.ResultSet;
export type Params = readonly unknown[];

export interface RequestOptions {
  /** Re-running the statement has the same effect; lets the driver retry it after a timeout. */
  idempotent: boolean;
  /** Rows per page for reads; default 1000. */
  fetchSize?: number;
  /** Instead of the configured consistency (the zero-loss mode's writes, the region lease). */
  consistency?: ScyllaConsistency;
}

export interface BatchOptions {
  idempotent: boolean;
  /** Write through the batch log: atomic across partitions, at the cost of extra writes. */
  logged: boolean;
  /** Paxos level of a conditional batch, instead of the configured serialConsistency. */
  serialConsistency?: ScyllaSerialConsistency;
  /** Instead of the configured consistency (the commit level of a conditional batch). */
  consistency?: ScyllaConsistency;
}

const level = (c: ScyllaConsistency | undefined): { consistency?: number } => (c ? { consistency: CONSISTENCY[c] } : {});

/** A driver Client plus the concurrency bound and error mapping every store call goes through. */
export class ScyllaSession {
  readonly client: Client;
  private readonly slots: Slots;
  private closed = false;

  constructor(options: ScyllaConnectionOptions) {
    const o = resolveConnectionOptions(options);
    this.client = createScyllaClient(o);
    this.slots = new Slots(o.maxConcurrentRequests, o.maxQueuedRequests);
  }

  async connect(): Promise<void> {
    await this.guard('connect', () => this.client.connect());
  }

  /** One request, one page (the first `fetchSize` rows). */
  execute(query: string, params: Params, options: RequestOptions): Promise<DriverTypes.ResultSet> {
    REQUESTS[requestKind(query)]++;
    return this.guard(query, () =>
      this.client.execute(query, params as unknown[], {
        prepare: true,
        isIdempotent: options.idempotent,
        fetchSize: options.fetchSize ?? 1000,
        ...level(options.consistency),
      }),
    );
  }

  /** Every row of a query, page by page; each page is its own bounded request. */
  async all(query: string, params: Params, options: RequestOptions): Promise<Row[]> {
    const rows: Row[] = [];
    let pageState: string | undefined;
    do {
      const state = pageState;
      REQUESTS[requestKind(query)]++;
      const rs = await this.guard(query, () =>
        this.client.execute(query, params as unknown[], {
          prepare: true,
          isIdempotent: options.idempotent,
          fetchSize: options.fetchSize ?? 1000,
          ...(state === undefined ? {} : { pageState: state }),
        }),
      );
      for (const row of rs.rows) rows.push(row);
      pageState = rs.pageState ?? undefined;
    } while (pageState);
    return rows;
  }

  batch(queries: ReadonlyArray<{ query: string; params: Params }>, options: BatchOptions): Promise<DriverTypes.ResultSet> {
    REQUESTS[queries.some((q) => requestKind(q.query) === 'lwt') ? 'lwt' : 'write']++;
    const serial = { ...(options.serialConsistency ? { serialConsistency: SERIAL_CONSISTENCY[options.serialConsistency] } : {}), ...level(options.consistency) };
    return this.guard('batch', () =>
      this.client.batch(
        queries.map((q) => ({ query: q.query, params: q.params as unknown[] })),
        { prepare: true, logged: options.logged, isIdempotent: options.idempotent, ...serial },
      ),
    );
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await shutdownScyllaClient(this.client);
  }

  private async guard<T>(what: string, fn: () => Promise<T>): Promise<T> {
    if (this.closed) throw new StoreUnavailableError('store is closed');
    const wait = this.slots.acquire();
    if (wait) await wait;
    try {
      return await fn();
    } catch (err) {
      throw toStoreError(err, describe(what));
    } finally {
      this.slots.release();
    }
  }
}

/** First words of a statement, enough to tell which one failed without logging values. */
function describe(query: string): string {
  const s = query.replace(/\s+/g, ' ').trim();
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}

/** Runs fn over items with at most `limit` in flight; stops starting new ones after a failure. */
export async function eachLimited<T>(items: readonly T[], limit: number, fn: (item: T) => Promise<unknown>): Promise<void> {
  let next = 0;
  let failed = false;
  const worker = async (): Promise<void> => {
    while (!failed && next < items.length) {
      const item = items[next++]!;
      try {
        await fn(item);
      } catch (err) {
        failed = true;
        throw err;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
