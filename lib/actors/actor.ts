import type { OverflowPolicy } from './mailbox.js';

/**
 * An actor handles one message at a time. When receive returns a promise the mailbox is held until
 * it settles, so state changes made across an await are still serialised. A throw or rejection is a
 * failure: the instance is discarded and the supervisor starts a new one after a back-off.
 */
export interface Actor<M> {
  /** Runs before the first message of each incarnation; a failure here is supervised too. */
  preStart?(ctx: ActorContext<M>): void | Promise<void>;
  receive(message: M, ctx: ActorContext<M>): void | Promise<void>;
  /** Runs once when the incarnation ends (stop, passivation or failure). Must not throw. */
  postStop?(): void;
}

export interface ActorRef<M> {
  readonly kind: string;
  readonly key: string;
  /** Queues a message. Throws MailboxFullError when the mailbox is full and the policy is "reject". */
  tell(message: M): void;
}

export interface ActorContext<M> {
  readonly self: ActorRef<M>;
  readonly key: string;
  /** Stops this actor after the current message; queued messages go to the kind's dead-letter hook. */
  stop(): void;
}

/** How the runtime supervises and sizes one kind of actor. */
export interface ActorKind<M> {
  readonly name: string;
  create(key: string): Actor<M>;
  mailboxCapacity?: number;
  overflow?: OverflowPolicy;
  /** Stop an actor after this long without messages (0 = never). It is re-created on the next tell. */
  passivateAfterMs?: number;
  /** Restarts allowed within restartWindowMs before the actor is stopped for good. */
  maxRestarts?: number;
  restartWindowMs?: number;
  minBackoffMs?: number;
  maxBackoffMs?: number;
  /** Messages that could not be handled (overflow drop, stopped actor). Answer their senders here. */
  deadLetter?(message: M, reason: Error): void;
  /** Failures of an incarnation, for logging. */
  onFailure?(key: string, err: unknown, restarts: number): void;
}

/** Handed to ask() builders: exactly one of these should be called. */
export interface Reply<R> {
  ok(value: R): void;
  fail(err: Error): void;
}
