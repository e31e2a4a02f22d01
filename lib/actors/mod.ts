export type { Actor, ActorContext, ActorKind, ActorRef, Reply } from './actor.js';
export { ActorSystem, type ActorStats, type ActorSystemOptions } from './system.js';
export { ManualClock, systemClock, type Clock, type Timer } from './clock.js';
export { ActorStoppedError, AskTimeoutError, MailboxFullError } from './errors.js';
export type { OverflowPolicy } from './mailbox.js';
