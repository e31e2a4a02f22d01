import { type ChildProcess, fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { setPriority } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Command, ConvSpec, FromWorker, SendSpec, Tick, UserSpec, WorkerInit } from './messages.js';
import type { Target } from './target.js';
import type { PlannedConv, Workload } from './workload.js';

const WORKER = fileURLToPath(new URL('../workers/client.js', import.meta.url));
/** One process may hold 20k files here; keep headroom for the runtime's own. */
export const MAX_SOCKETS_PER_WORKER = 18_000;

type Reply = Exclude<FromWorker, Tick | { t: 'ready' }>;

interface Worker {
  child: ChildProcess;
  waiting: Map<number, (m: Reply) => void>;
  exited: Promise<void>;
}

/**
 * The client worker processes of one run. User u lives in worker u % W (at local index ⌊u / W⌋) and
 * talks to server u % S; user names carry a random run tag so runs against long-lived servers never
 * collide.
 */
export class WorkerPool {
  private rid = 0;
  readonly runTag = randomBytes(3).toString('hex');
  onTick: (t: Tick) => void = () => undefined;

  private constructor(
    private readonly workers: Worker[],
    readonly servers: number,
  ) {}

  /** `worker`: the client worker's file; another one must speak the same protocol (bench/lib/messages.ts). */
  static async start(count: number, target: Target, worker: string = WORKER): Promise<WorkerPool> {
    const workers: Worker[] = [];
    const ready: Promise<void>[] = [];
    let pool: WorkerPool | null = null;
    for (let i = 0; i < count; i++) {
      const init: WorkerInit = { index: i, urls: target.servers.map((s) => s.url), auth: target.auth };
      const child = fork(worker, [JSON.stringify(init)], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
      const w: Worker = { child, waiting: new Map(), exited: new Promise((r) => child.once('exit', () => r())) };
      ready.push(
        new Promise((resolve, reject) => {
          child.once('exit', (code) => reject(new Error(`client worker ${i} exited (${code}) before it was ready`)));
          child.on('message', (m: FromWorker) => {
            if (m.t === 'ready') resolve();
            else if (m.t === 'tick') pool?.onTick(m);
            else {
              const cb = w.waiting.get(m.rid);
              w.waiting.delete(m.rid);
              cb?.(m);
            }
          });
        }),
      );
      workers.push(w);
    }
    pool = new WorkerPool(workers, target.servers.length);
    try {
      await Promise.all(ready);
    } catch (err) {
      await pool.close();
      throw err;
    }
    return pool;
  }

  get size(): number {
    return this.workers.length;
  }

  get pids(): number[] {
    return this.workers.map((w) => w.child.pid!);
  }

  /**
   * Lowers every client thread's scheduling priority (nice `n`, all threads: Linux nices per
   * thread). On a machine the clients share with the server, the kernel would otherwise split the
   * cores evenly and a woken server waits behind busy clients; a production server has its own.
   */
  lowerPriority(n: number): void {
    if (n === 0) return;
    for (const pid of this.pids) {
      for (const tid of readdirSync(`/proc/${pid}/task`)) setPriority(Number(tid), n);
    }
  }

  workerOf(user: number): number {
    return user % this.workers.length;
  }

  localOf(user: number): number {
    return Math.floor(user / this.workers.length);
  }

  userName(user: number): string {
    return `b${this.runTag}u${user}`;
  }

  /** Sends one request to worker `i` and waits for its answer. */
  request<T extends Reply['t']>(i: number, msg: Command, expect: T): Promise<Extract<Reply, { t: T }>> {
    const w = this.workers[i]!;
    const rid = ++this.rid;
    return new Promise((resolve, reject) => {
      const onExit = (): void => reject(new Error(`client worker ${i} exited while answering ${msg.t}`));
      void w.exited.then(onExit);
      w.waiting.set(rid, (m) => {
        if (m.t !== expect) reject(new Error(`worker ${i} answered ${m.t} to ${msg.t}`));
        else resolve(m as Extract<Reply, { t: T }>);
      });
      w.child.send({ ...msg, rid });
    });
  }

  all<T extends Reply['t']>(make: (i: number) => Command | null, expect: T): Promise<Extract<Reply, { t: T }>[]> {
    const out: Promise<Extract<Reply, { t: T }>>[] = [];
    for (let i = 0; i < this.workers.length; i++) {
      const msg = make(i);
      if (msg !== null) out.push(this.request(i, msg, expect));
    }
    return Promise.all(out);
  }

  /** Opens sessions for users [from, to), each worker its own share, `parallel` connects at a time per worker. */
  connect(from: number, to: number, parallel = 200): Promise<Extract<Reply, { t: 'connected' }>[]> {
    const byWorker: UserSpec[][] = this.workers.map(() => []);
    for (let u = from; u < to; u++) byWorker[this.workerOf(u)]!.push({ name: this.userName(u), server: u % this.servers });
    return this.all((i) => (byWorker[i]!.length === 0 ? null : { t: 'connect', users: byWorker[i]!, parallel }), 'connected');
  }

  /**
   * Creates the workload's conversations (each by its first member's worker) and tells every worker
   * which ones it sends into. Returns the number created.
   */
  async setUp(w: Workload, parallel = 50, everyMember = false): Promise<number> {
    const convs = w.convs;
    const byWorker: ConvSpec[][] = this.workers.map(() => []);
    convs.forEach((c: PlannedConv, key) => {
      const creator = c.members[0]!;
      const spec: ConvSpec = { key, creator: this.localOf(creator), kind: c.kind === 'direct' ? 1 : 2, others: c.members.slice(1).map((m) => this.userName(m)) };
      if (!everyMember) byWorker[this.workerOf(creator)]!.push(spec);
      else this.workers.forEach((_, i) => {
        // A pub/sub peer: each worker subscribes its own members (ConvSpec.locals).
        const locals = c.members.filter((m) => this.workerOf(m) === i).map((m) => this.localOf(m));
        if (locals.length > 0) byWorker[i]!.push({ ...spec, creator: this.workerOf(creator) === i ? spec.creator : -1, locals });
      });
    });
    const created = await this.all((i) => (byWorker[i]!.length === 0 ? null : { t: 'create', convs: byWorker[i]!, parallel }), 'created');
    const failed = created.reduce((s, r) => s + r.failed, 0);
    if (failed > 0) throw new Error(`${failed} conversations could not be created: ${created.find((r) => r.firstError)?.firstError}`);
    const ids = new Map<number, string>();
    for (const r of created) for (const [key, id] of r.ids) ids.set(key, id);
    const plans: SendSpec[][] = this.workers.map(() => []);
    convs.forEach((c, key) => {
      const creator = c.members[0]!;
      plans[this.workerOf(creator)]!.push({ id: ids.get(key)!, sender: this.localOf(creator), members: c.members.length, weight: c.weight });
    });
    await this.all((i) => ({ t: 'plan', convs: plans[i]! }), 'planned');
    return ids.size;
  }

  /** Each worker's share of the total send weight (its share of the offered rate). */
  sendShares(w: Workload): number[] {
    const shares = this.workers.map(() => 0);
    let total = 0;
    for (const c of w.convs) {
      shares[this.workerOf(c.members[0]!)]! += c.weight;
      total += c.weight;
    }
    return shares.map((s) => (total === 0 ? 0 : s / total));
  }

  async close(): Promise<void> {
    for (const w of this.workers) if (w.child.connected) w.child.send({ t: 'close' });
    const timer = setTimeout(() => this.workers.forEach((w) => w.child.kill('SIGKILL')), 5000);
    await Promise.all(this.workers.map((w) => w.exited));
    clearTimeout(timer);
  }
}
