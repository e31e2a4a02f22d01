import type { Clock, Timer } from '../time/mod.js';
import type { ResolvedKind } from './cell.js';
import { ActorStoppedError } from './errors.js';

/**
 * Stops the actors idle for longer than their kind's passivateAfterMs, calling `passivated` for
 * each. Returns how many stopped.
 */
export function passivateIdle(kinds: Iterable<ResolvedKind<never>>, now: number, passivated: (kind: string) => void): number {
  let stopped = 0;
  for (const kind of kinds) {
    if (kind.passivateAfterMs <= 0) continue;
    for (const cell of kind.cells.values()) {
      if (cell.isIdle() && now - cell.lastActive >= kind.passivateAfterMs) {
        cell.stop(new ActorStoppedError(kind.spec.name, cell.key));
        passivated(kind.spec.name);
        stopped++;
      }
    }
  }
  return stopped;
}

/** Runs `sweep` every `everyMs` until stopped; the timer is unref'd so it never keeps the process up. */
export class PassivationSweep {
  private timer: Timer | null = null;
  private stopped = false;

  constructor(
    private readonly clock: Clock,
    private readonly everyMs: number,
    private readonly sweep: () => void,
  ) {
    this.arm();
  }

  stop(): void {
    this.stopped = true;
    if (this.timer !== null) this.clock.clearTimeout(this.timer);
    this.timer = null;
  }

  private arm(): void {
    this.timer = this.clock.setTimeout(this.tick, this.everyMs);
    this.timer.unref?.();
  }

  private readonly tick = (): void => {
    this.sweep();
    if (!this.stopped) this.arm();
  };
}
