import type { ActorRef } from './actor.js';

/** Where a ref hands its messages: the actor system, which finds or activates the actor. */
export interface Deliverer {
  deliver<M>(kind: string, key: string, message: M): void;
}

/** A ref is only an address, so it stays valid across passivation and restarts. */
export class KeyedRef<M> implements ActorRef<M> {
  constructor(
    private readonly system: Deliverer,
    readonly kind: string,
    readonly key: string,
  ) {}

  tell(message: M): void {
    this.system.deliver(this.kind, this.key, message);
  }
}
