import type { ClusterLog } from './log.js';

/**
 * A set of listeners for one kind of event. A listener that throws is logged and does not keep the
 * others from being called.
 */
export class Listeners<A extends unknown[]> {
  private readonly fns = new Set<(...args: A) => void>();

  constructor(
    private readonly what: string,
    private readonly log: ClusterLog,
  ) {}

  /** Adds a listener; the returned function removes it. */
  add(fn: (...args: A) => void): () => void {
    // A wrapper, so that adding the same function twice gives two independent subscriptions.
    const wrapped = (...args: A): void => fn(...args);
    this.fns.add(wrapped);
    return () => {
      this.fns.delete(wrapped);
    };
  }

  emit(...args: A): void {
    for (const fn of Array.from(this.fns)) {
      try {
        fn(...args);
      } catch (err) {
        this.log.error({ err, event: this.what }, 'cluster listener threw');
      }
    }
  }

  get size(): number {
    return this.fns.size;
  }
}
