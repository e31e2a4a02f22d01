import type { Actor, ActorContext, ActorKind, ActorRef, Reply } from './actor.js';
import { type Clock, type Timer, systemClock } from '../time/mod.js';
import { ActorStoppedError, AskTimeoutError, MailboxFullError } from './errors.js';
import { Mailbox } from './mailbox.js';

const enum State {
  Idle,
  Busy,
  Backoff,
  Stopped,
}

/** Messages one actor may handle in a row before others get a turn. */
const TURN_BUDGET = 64;

interface ResolvedKind<M> {
  readonly spec: ActorKind<M>;
  readonly capacity: number;
  readonly overflow: 'reject' | 'drop-oldest';
  readonly passivateAfterMs: number;
  readonly maxRestarts: number;
  readonly restartWindowMs: number;
  readonly minBackoffMs: number;
  readonly maxBackoffMs: number;
  readonly cells: Map<string, Cell<M>>;
}

export interface ActorSystemOptions {
  clock?: Clock;
  /** How often idle actors are looked for; 0 disables the timer (tests call passivateIdle()). */
  passivationSweepMs?: number;
}

export interface ActorStats {
  kind: string;
  alive: number;
  activations: number;
  passivations: number;
  restarts: number;
  queued: number;
  /** The longest time any actor of the kind has had a non-empty mailbox (an upper bound on queue lag). */
  oldestQueuedMs: number;
}

/**
 * Local actor runtime: virtual actors addressed by (kind, key), activated on first message,
 * run on the event loop from one shared run queue.
 */
export class ActorSystem {
  readonly clock: Clock;
  private readonly kinds = new Map<string, ResolvedKind<never>>();
  private readonly stats = new Map<string, { activations: number; passivations: number; restarts: number }>();
  private runQueue: Cell<never>[] = [];
  private scheduled = false;
  private sweepTimer: Timer | null = null;
  private closed = false;

  constructor(options: ActorSystemOptions = {}) {
    this.clock = options.clock ?? systemClock;
    const sweep = options.passivationSweepMs ?? 1000;
    if (sweep > 0) this.startSweep(sweep);
  }

  register<M>(spec: ActorKind<M>): void {
    if (this.kinds.has(spec.name)) throw new Error(`actor kind ${spec.name} is already registered`);
    const kind: ResolvedKind<M> = {
      spec,
      capacity: spec.mailboxCapacity ?? 10_000,
      overflow: spec.overflow ?? 'reject',
      passivateAfterMs: spec.passivateAfterMs ?? 0,
      maxRestarts: spec.maxRestarts ?? 10,
      restartWindowMs: spec.restartWindowMs ?? 60_000,
      minBackoffMs: spec.minBackoffMs ?? 10,
      maxBackoffMs: spec.maxBackoffMs ?? 5_000,
      cells: new Map(),
    };
    this.kinds.set(spec.name, kind as unknown as ResolvedKind<never>);
    this.stats.set(spec.name, { activations: 0, passivations: 0, restarts: 0 });
  }

  /** The actor for (kind, key), activating it if needed. Refs stay valid across passivation. */
  ref<M>(kind: string, key: string): ActorRef<M> {
    return new KeyedRef<M>(this, kind, key);
  }

  /** Sends a message built around a reply handle and waits for the reply or the deadline. */
  ask<M, R>(ref: ActorRef<M>, build: (reply: Reply<R>) => M, timeoutMs: number): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      let done = false;
      const timer = this.clock.setTimeout(() => {
        if (done) return;
        done = true;
        reject(new AskTimeoutError(ref.kind, ref.key, timeoutMs));
      }, timeoutMs);
      const reply: Reply<R> = {
        ok: (value) => {
          if (done) return;
          done = true;
          this.clock.clearTimeout(timer);
          resolve(value);
        },
        fail: (err) => {
          if (done) return;
          done = true;
          this.clock.clearTimeout(timer);
          reject(err);
        },
      };
      try {
        ref.tell(build(reply));
      } catch (err) {
        reply.fail(err instanceof Error ? err : new Error(String(err)));
      }
    });
  }

  /** @internal */
  deliver<M>(kindName: string, key: string, message: M): void {
    const kind = this.kinds.get(kindName) as ResolvedKind<M> | undefined;
    if (kind === undefined) throw new Error(`unknown actor kind ${kindName}`);
    if (this.closed) {
      kind.spec.deadLetter?.(message, new ActorStoppedError(kindName, key));
      return;
    }
    let cell = kind.cells.get(key);
    if (cell === undefined) {
      cell = new Cell<M>(this, kind, key);
      kind.cells.set(key, cell);
      this.stats.get(kindName)!.activations++;
      cell.activate();
    }
    cell.enqueue(message);
  }

  /** Stops one actor; its queued messages go to the dead-letter hook. */
  stop(kindName: string, key: string): void {
    const cell = this.kinds.get(kindName)?.cells.get(key);
    cell?.stop(new ActorStoppedError(kindName, key));
  }

  /** Keys of the live actors of a kind (for handing them off when placement changes). */
  keys(kindName: string): string[] {
    return Array.from(this.kinds.get(kindName)?.cells.keys() ?? []);
  }

  isActive(kindName: string, key: string): boolean {
    return this.kinds.get(kindName)?.cells.has(key) ?? false;
  }

  /** Stops actors idle for longer than their kind's passivateAfterMs. Returns how many stopped. */
  passivateIdle(): number {
    const now = this.clock.now();
    let stopped = 0;
    for (const kind of this.kinds.values()) {
      if (kind.passivateAfterMs <= 0) continue;
      for (const cell of kind.cells.values()) {
        if (cell.isIdle() && now - cell.lastActive >= kind.passivateAfterMs) {
          cell.stop(new ActorStoppedError(kind.spec.name, cell.key));
          this.stats.get(kind.spec.name)!.passivations++;
          stopped++;
        }
      }
    }
    return stopped;
  }

  snapshot(): ActorStats[] {
    const out: ActorStats[] = [];
    const now = this.clock.now();
    for (const [name, kind] of this.kinds) {
      let queued = 0;
      let oldest = 0;
      for (const cell of kind.cells.values()) {
        const q = cell.queued;
        if (q === 0) continue;
        queued += q;
        oldest = Math.max(oldest, now - cell.queuedSince);
      }
      const s = this.stats.get(name)!;
      out.push({ kind: name, alive: kind.cells.size, queued, oldestQueuedMs: oldest, ...s });
    }
    return out;
  }

  /** Stops every actor; later tells go to dead letters. */
  shutdown(): void {
    this.closed = true;
    if (this.sweepTimer !== null) this.clock.clearTimeout(this.sweepTimer);
    this.sweepTimer = null;
    for (const kind of this.kinds.values()) {
      // Copy first: stopping removes cells from the map being walked.
      for (const cell of Array.from(kind.cells.values())) cell.stop(new ActorStoppedError(kind.spec.name, cell.key));
    }
  }

  /** @internal */
  schedule(cell: Cell<never>): void {
    this.runQueue.push(cell);
    if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(this.drain);
    }
  }

  /** @internal */
  countRestart(kindName: string): void {
    this.stats.get(kindName)!.restarts++;
  }

  private readonly drain = (): void => {
    this.scheduled = false;
    const queue = this.runQueue;
    this.runQueue = [];
    for (const cell of queue) cell.run();
  };

  private startSweep(every: number): void {
    const tick = (): void => {
      this.passivateIdle();
      if (!this.closed) {
        this.sweepTimer = this.clock.setTimeout(tick, every);
        this.sweepTimer.unref?.();
      }
    };
    this.sweepTimer = this.clock.setTimeout(tick, every);
    this.sweepTimer.unref?.();
  }
}

class KeyedRef<M> implements ActorRef<M> {
  constructor(
    private readonly system: ActorSystem,
    readonly kind: string,
    readonly key: string,
  ) {}

  tell(message: M): void {
    this.system.deliver(this.kind, this.key, message);
  }
}

/** One live actor: its mailbox, its current incarnation and its supervision state. */
class Cell<M> implements ActorContext<M> {
  private readonly mailbox = new Mailbox<M>();
  private actor: Actor<M> | null = null;
  private state = State.Busy;
  private inRunQueue = false;
  private stopRequested = false;
  private restarts = 0;
  private windowStart = 0;
  lastActive: number;
  /** When the mailbox last went from empty to non-empty. */
  queuedSince = 0;
  readonly self: ActorRef<M>;

  constructor(
    private readonly system: ActorSystem,
    private readonly kind: ResolvedKind<M>,
    readonly key: string,
  ) {
    this.lastActive = system.clock.now();
    this.self = new KeyedRef<M>(system, kind.spec.name, key);
  }

  get queued(): number {
    return this.mailbox.size;
  }

  isIdle(): boolean {
    return this.state === State.Idle && this.mailbox.size === 0;
  }

  stop(): void;
  stop(reason: Error): void;
  stop(reason?: Error): void {
    if (reason === undefined) {
      // Called by the actor itself: finish the current message first.
      this.stopRequested = true;
      if (this.state === State.Idle) this.finalStop(new ActorStoppedError(this.kind.spec.name, this.key));
      return;
    }
    this.finalStop(reason);
  }

  enqueue(message: M): void {
    if (this.mailbox.size >= this.kind.capacity) {
      if (this.kind.overflow === 'reject') throw new MailboxFullError(this.kind.spec.name, this.key);
      const dropped = this.mailbox.shift() as M;
      this.kind.spec.deadLetter?.(dropped, new MailboxFullError(this.kind.spec.name, this.key));
    }
    const now = this.system.clock.now();
    if (this.mailbox.size === 0) this.queuedSince = now;
    this.mailbox.push(message);
    this.lastActive = now;
    if (this.state === State.Idle) this.scheduleRun();
  }

  activate(): void {
    this.state = State.Busy;
    let actor: Actor<M>;
    try {
      actor = this.kind.spec.create(this.key);
    } catch (err) {
      this.fail(err);
      return;
    }
    this.actor = actor;
    let started: void | Promise<void>;
    try {
      started = actor.preStart?.(this);
    } catch (err) {
      this.fail(err);
      return;
    }
    if (isPromise(started)) {
      started.then(
        () => this.becomeIdle(actor),
        (err: unknown) => this.actor === actor && this.fail(err),
      );
    } else {
      this.becomeIdle(actor);
    }
  }

  run(): void {
    this.inRunQueue = false;
    let budget = TURN_BUDGET;
    while (budget-- > 0 && this.state === State.Idle && !this.stopRequested) {
      const message = this.mailbox.shift();
      if (message === undefined) return;
      const actor = this.actor!;
      let result: void | Promise<void>;
      try {
        result = actor.receive(message, this);
      } catch (err) {
        this.fail(err);
        return;
      }
      if (isPromise(result)) {
        this.state = State.Busy;
        result.then(
          () => this.becomeIdle(actor),
          (err: unknown) => this.actor === actor && this.fail(err),
        );
        return;
      }
    }
    if (this.stopRequested) this.finalStop(new ActorStoppedError(this.kind.spec.name, this.key));
    else if (this.state === State.Idle && this.mailbox.size > 0) this.scheduleRun();
  }

  private becomeIdle(actor: Actor<M>): void {
    if (this.actor !== actor || this.state === State.Stopped) return;
    this.state = State.Idle;
    this.lastActive = this.system.clock.now();
    if (this.stopRequested) this.finalStop(new ActorStoppedError(this.kind.spec.name, this.key));
    else if (this.mailbox.size > 0) this.scheduleRun();
  }

  private scheduleRun(): void {
    if (this.inRunQueue) return;
    this.inRunQueue = true;
    this.system.schedule(this as unknown as Cell<never>);
  }

  private fail(err: unknown): void {
    if (this.state === State.Stopped) return;
    const spec = this.kind.spec;
    this.endIncarnation();
    const now = this.system.clock.now();
    if (now - this.windowStart > this.kind.restartWindowMs) {
      this.windowStart = now;
      this.restarts = 0;
    }
    this.restarts++;
    spec.onFailure?.(this.key, err, this.restarts);
    if (this.restarts > this.kind.maxRestarts) {
      this.finalStop(new ActorStoppedError(spec.name, this.key, { cause: err }));
      return;
    }
    this.system.countRestart(spec.name);
    this.state = State.Backoff;
    const backoff = Math.min(this.kind.maxBackoffMs, this.kind.minBackoffMs * 2 ** (this.restarts - 1));
    const timer = this.system.clock.setTimeout(() => {
      if (this.state === State.Backoff) this.activate();
    }, backoff);
    timer.unref?.();
  }

  private endIncarnation(): void {
    const actor = this.actor;
    this.actor = null;
    try {
      actor?.postStop?.();
    } catch {
      // postStop must not throw; a broken one cannot be allowed to wedge the supervisor.
    }
  }

  private finalStop(reason: Error): void {
    if (this.state === State.Stopped) return;
    this.state = State.Stopped;
    this.endIncarnation();
    if (this.kind.cells.get(this.key) === this) this.kind.cells.delete(this.key);
    const dead = this.kind.spec.deadLetter;
    for (const message of this.mailbox.drain()) dead?.(message, reason);
  }
}

function isPromise(value: unknown): value is Promise<void> {
  return typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';
}
