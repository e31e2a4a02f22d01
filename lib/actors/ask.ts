import type { ActorRef, Reply } from './actor.js';
import type { Clock } from '../time/mod.js';
import { AskTimeoutError } from './errors.js';

/** Sends a message built around a reply handle and waits for the first reply or the deadline. */
export function ask<M, R>(clock: Clock, ref: ActorRef<M>, build: (reply: Reply<R>) => M, timeoutMs: number): Promise<R> {
  return new Promise<R>((resolve, reject) => {
    let done = false;
    const timer = clock.setTimeout(() => {
      if (done) return;
      done = true;
      reject(new AskTimeoutError(ref.kind, ref.key, timeoutMs));
    }, timeoutMs);
    const reply: Reply<R> = {
      ok: (value) => {
        if (done) return;
        done = true;
        clock.clearTimeout(timer);
        resolve(value);
      },
      fail: (err) => {
        if (done) return;
        done = true;
        clock.clearTimeout(timer);
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
