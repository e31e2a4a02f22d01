import type { Actor, ActorContext, ActorKind, ActorRef } from './actor.js';
import type { Clock } from '../time/mod.js';
import { ActorStoppedError, MailboxFullError } from './errors.js';
import { Mailbox } from './mailbox.js';
import { type Deliverer, KeyedRef } from './ref.js';
import { type RestartCount, type RestartPolicy, countFailure } from './supervision.js';

const enum State {
  Idle,
  Busy,
  Backoff,
  Stopped,
}

/** Messages one actor may handle in a row before others get a turn. */
const TURN_BUDGET = 64;

/** A registered kind: its spec with the defaults filled in, and its live actors. */
export interface ResolvedKind<M> extends RestartPolicy {
  readonly spec: ActorKind<M>;
  readonly capacity: number;
  readonly overflow: 'reject' | 'drop-oldest';
  readonly passivateAfterMs: number;
  readonly cells: Map<string, Cell<M>>;
}

/** What a cell needs from the actor system. */
export interface CellHost extends Deliverer {
  readonly clock: Clock;
  /** Gives the cell a turn on the run queue. */
  schedule(cell: Cell<never>): void;
  countRestart(kindName: string): void;
}

/** One live actor: its mailbox, its current incarnation and its supervision state. */
export class Cell<M> implements ActorContext<M>, RestartCount {
  private readonly mailbox = new Mailbox<M>();
  private actor: Actor<M> | null = null;
  private state = State.Busy;
  private inRunQueue = false;
  private stopRequested = false;
  restarts = 0;
  windowStart = 0;
  lastActive: number;
  /** When the mailbox last went from empty to non-empty. */
  queuedSince = 0;
  readonly self: ActorRef<M>;

  constructor(
    private readonly system: CellHost,
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
    const backoff = countFailure(this.kind, this, this.system.clock.now());
    spec.onFailure?.(this.key, err, this.restarts);
    if (backoff === null) {
      this.finalStop(new ActorStoppedError(spec.name, this.key, { cause: err }));
      return;
    }
    this.system.countRestart(spec.name);
    this.state = State.Backoff;
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
