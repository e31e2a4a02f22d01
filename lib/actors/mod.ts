export type { Actor, ActorContext, ActorKind, ActorRef, Reply } from './actor.js';
export { ActorSystem, type ActorStats, type ActorSystemOptions } from './system.js';
export { ActorStoppedError, AskTimeoutError, MailboxFullError } from './errors.js';
export type { OverflowPolicy } from './mailbox.js';
