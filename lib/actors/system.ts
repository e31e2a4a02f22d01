import type { ActorKind, ActorRef, Reply } from './actor.js';
import { type Clock, systemClock } from '../time/mod.js';
import { ask } from './ask.js';
import { Cell, type ResolvedKind } from './cell.js';
import { ActorStoppedError } from './errors.js';
import { PassivationSweep, passivateIdle } from './passivation.js';
import { KeyedRef } from './ref.js';
import { RunQueue } from './run_queue.js';

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
  private readonly runQueue = new RunQueue();
  private readonly sweep: PassivationSweep | null;
  private closed = false;

  constructor(options: ActorSystemOptions = {}) {
    this.clock = options.clock ?? systemClock;
    const sweepMs = options.passivationSweepMs ?? 1000;
    this.sweep = sweepMs > 0 ? new PassivationSweep(this.clock, sweepMs, () => this.passivateIdle()) : null;
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
    return ask(this.clock, ref, build, timeoutMs);
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
    return passivateIdle(this.kinds.values(), this.clock.now(), (name) => this.stats.get(name)!.passivations++);
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
    this.sweep?.stop();
    for (const kind of this.kinds.values()) {
      // Copy first: stopping removes cells from the map being walked.
      for (const cell of Array.from(kind.cells.values())) cell.stop(new ActorStoppedError(kind.spec.name, cell.key));
    }
  }

  /** @internal */
  schedule(cell: Cell<never>): void {
    this.runQueue.push(cell);
  }

  /** @internal */
  countRestart(kindName: string): void {
    this.stats.get(kindName)!.restarts++;
  }
}
