/** What the run queue gives a turn to. */
export interface Runnable {
  run(): void;
}

/**
 * Actors with messages waiting, in the order they became ready. One setImmediate drains the whole
 * queue, so a burst of tells costs one macrotask, and actors ready again wait for the next drain.
 */
export class RunQueue {
  private queue: Runnable[] = [];
  private scheduled = false;

  push(runnable: Runnable): void {
    this.queue.push(runnable);
    if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(this.drain);
    }
  }

  private readonly drain = (): void => {
    this.scheduled = false;
    const queue = this.queue;
    this.queue = [];
    for (const runnable of queue) runnable.run();
  };
}
