import type { ServerFrame } from '../protocol/codec.js';
import type { chorus } from '../protocol/gen/chorus.js';
import type { ClientCache } from './cache.js';
import { ServerError } from './errors.js';
import type { Typers } from './typing.js';
import type { Conversation, Emit, Message, Presence, ReactionEvent, ReceiptUpdate, Removed, TokenExpiring, TypingEvent } from './types.js';

/** What frames pushed by the server act on. */
export interface DispatchTarget {
  emit: Emit;
  cache: Pick<ClientCache, 'ingest' | 'learn'>;
  typers: Pick<Typers, 'started'>;
  /** The session's token expires soon: the client renews it if it has a token provider. */
  tokenExpiring(): void;
}

/** Turns a frame that answers no request into cache updates and events. */
export function dispatch(frame: ServerFrame, to: DispatchTarget): void {
  switch (frame.body) {
    case 'message':
      to.cache.ingest(frame.message as Message);
      return;
    case 'joined':
      to.cache.learn(frame.joined as Conversation);
      return;
    case 'receiptUpdate':
      to.emit('receipt', frame.receiptUpdate as ReceiptUpdate);
      return;
    case 'reaction':
      to.emit('reaction', frame.reaction as ReactionEvent);
      return;
    case 'typing': {
      const t = frame.typing as TypingEvent;
      to.typers.started(t);
      to.emit('typing', t);
      return;
    }
    case 'presence':
      to.emit('presence', frame.presence as Presence);
      return;
    case 'removed':
      to.emit('removed', frame.removed as Removed);
      return;
    case 'tokenExpiring':
      to.emit('tokenExpiring', frame.tokenExpiring as TokenExpiring);
      to.tokenExpiring();
      return;
    case 'error': {
      const e = frame.error as chorus.v1.Error;
      to.emit('error', new ServerError(e.code, e.message, e.retryAfterMs));
      return;
    }
    default:
  }
}
