/** Minimal typed event emitter that runs in browsers and Node alike. */
export class Emitter<Events extends { [K in keyof Events]: (...args: never[]) => void }> {
  private readonly handlers = new Map<keyof Events, Set<Events[keyof Events]>>();

  on<K extends keyof Events>(event: K, handler: Events[K]): () => void {
    let set = this.handlers.get(event);
    if (set === undefined) this.handlers.set(event, (set = new Set()));
    set.add(handler);
    return () => set.delete(handler);
  }

  protected emit<K extends keyof Events>(event: K, ...args: Parameters<Events[K]>): void {
    const set = this.handlers.get(event);
    if (set === undefined) return;
    // Copy first: a handler may unsubscribe while we iterate.
    for (const h of Array.from(set)) {
      try {
        (h as (...a: Parameters<Events[K]>) => void)(...args);
      } catch (err) {
        // A throwing listener must not break delivery to the others or the connection.
        queueMicrotask(() => {
          throw err;
        });
      }
    }
  }
}
