/**
 * A SQLite file's writer on its own thread: callers on the event loop post calls on named roles and
 * get promises that settle when the writer thread's group commit is durable (sqlite_writer_worker.ts).
 * The event loop never waits for the disk. Calls made in one turn of the loop cross to the thread as
 * one message, and the replies of one commit come back as one.
 *
 * New roles (the push tables, ...) are added by passing their SqliteRoleSpec at start and calling
 * `remote()` for a typed client of their write methods; their reads can stay on a reader
 * connection of the event loop (WAL readers do not wait for the writer).
 */
import { Worker } from 'node:worker_threads';
import { StoreUnavailableError } from './errors.js';
import { STORE_ERRORS, type SqliteCall, type SqliteRoleSpec, type WorkerMessage, type WorkerSetup, fromWire } from './sqlite_thread_wire.js';

export interface SqliteWriterOptions {
  /** A file path (not ':memory:': the thread's connection would be a database no one else sees). */
  path: string;
  synchronous?: 'FULL' | 'NORMAL';
  roles: readonly SqliteRoleSpec[];
  /** Error classes of the roles' own, revived on this side (the store's are always known). */
  errors?: readonly (abstract new (...args: never[]) => Error)[];
}

type Pending = { resolve: (value: unknown) => void; reject: (err: Error) => void };

/** The methods of T named in M, each returning a promise: what a remote role client offers. */
export type RemoteRole<T, M extends keyof T> = { [K in M]: T[K] extends (...args: infer A) => Promise<infer R> ? (...args: A) => Promise<R> : never };

export class SqliteWriter {
  private readonly pending = new Map<number, Pending>();
  private queue: SqliteCall[] = [];
  private flushing = false;
  private nextId = 1;
  private failure: Error | null = null;
  private commitCount = 0;
  private readonly errors;

  private constructor(
    private readonly worker: Worker,
    errors: SqliteWriterOptions['errors'],
  ) {
    this.errors = [...STORE_ERRORS, ...(errors ?? [])];
  }

  /** Starts the thread, which opens the file and creates every role (migrations included). */
  static async start(options: SqliteWriterOptions): Promise<SqliteWriter> {
    if (options.path === ':memory:') throw new TypeError('SqliteWriter needs a file: a :memory: database would be private to its thread');
    const setup: WorkerSetup = { path: options.path, synchronous: options.synchronous ?? 'FULL', roles: [...options.roles] };
    const worker = new Worker(new URL('./sqlite_writer_worker.js', import.meta.url), { workerData: setup });
    const writer = new SqliteWriter(worker, options.errors);
    await new Promise<void>((resolve, reject) => {
      const onExit = (code: number): void => reject(new StoreUnavailableError(`the SQLite writer thread exited (${code}) while starting`));
      worker.once('error', reject);
      worker.once('exit', onExit);
      worker.once('message', (msg: WorkerMessage) => {
        worker.off('error', reject);
        worker.off('exit', onExit);
        if (msg.type === 'ready') resolve();
        else reject(msg.type === 'failed' ? fromWire(msg.error, writer.errors) : new Error(`unexpected ${msg.type} from the SQLite writer`));
      });
    }).catch(async (err: unknown) => {
      await worker.terminate();
      throw err;
    });
    writer.listen();
    // Like a socket: the thread keeps the process alive only while calls are pending.
    worker.unref();
    return writer;
  }

  private listen(): void {
    this.worker.on('message', (msg: WorkerMessage) => {
      if (msg.type !== 'replies') return;
      this.commitCount = msg.commits;
      for (const r of msg.replies) {
        const p = this.pending.get(r.id);
        if (p === undefined) continue;
        this.pending.delete(r.id);
        if (r.ok) p.resolve(r.value);
        else p.reject(fromWire(r.error, this.errors));
      }
      if (this.pending.size === 0) this.worker.unref();
    });
    this.worker.on('error', (err) => this.fail(new StoreUnavailableError('the SQLite writer thread failed', { cause: err })));
    this.worker.on('exit', (code) => this.fail(new StoreUnavailableError(`the SQLite writer thread exited (${code})`)));
  }

  private fail(err: Error): void {
    this.failure ??= err;
    for (const p of this.pending.values()) p.reject(this.failure);
    this.pending.clear();
    this.queue = [];
  }

  /** Transactions the thread has committed (group commits), as of the last replies received. */
  get commits(): number {
    return this.commitCount;
  }

  /** Calls role.method(...args) on the writer thread; settles once the commit that includes it is durable. */
  call<R>(role: string, method: string, args: unknown[]): Promise<R> {
    if (this.failure !== null) return Promise.reject(this.failure);
    const id = this.nextId++;
    const result = new Promise<R>((resolve, reject) => this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject }));
    this.queue.push({ id, role, method, args });
    if (this.pending.size === 1) this.worker.ref();
    if (!this.flushing) {
      this.flushing = true;
      // After the current turn's I/O callbacks: their calls travel together.
      setImmediate(() => this.flush());
    }
    return result;
  }

  private flush(): void {
    this.flushing = false;
    const batch = this.queue;
    this.queue = [];
    if (batch.length > 0 && this.failure === null) this.worker.postMessage(batch, []);
  }

  /** A typed client of a role's methods `methods`, each a call on the writer thread. */
  remote<T, M extends keyof T & string>(role: string, methods: readonly M[]): RemoteRole<T, M> {
    const client: Record<string, (...args: unknown[]) => Promise<unknown>> = {};
    for (const m of methods) client[m] = (...args: unknown[]) => this.call(role, m, args);
    return client as RemoteRole<T, M>;
  }

  /** Lets pending calls finish, closes the thread's connection and stops the thread. */
  async close(): Promise<void> {
    if (this.failure !== null) return;
    this.flush();
    await Promise.allSettled([...this.pending.keys()].map((id) => this.settled(id)));
    this.failure = new StoreUnavailableError('the SQLite writer is closed');
    const exited = new Promise<void>((resolve) => this.worker.once('exit', () => resolve()));
    this.worker.ref();
    this.worker.postMessage('close', []);
    await exited;
  }

  private settled(id: number): Promise<void> {
    const p = this.pending.get(id);
    if (p === undefined) return Promise.resolve();
    return new Promise<void>((done) => {
      const { resolve, reject } = p;
      p.resolve = (v) => (resolve(v), done());
      p.reject = (e) => (reject(e), done());
    });
  }
}
