import type { ActorKind } from '../actors/actor.js';
import { ChorusError, ErrorCode } from '../protocol/mod.js';
import { ConversationActor } from './conversation.js';
import { CONVERSATION, type ConversationDeps, type ConversationMessage } from './conversation_types.js';

/** The conversation actor kind: one actor per conversation id, bounded mailbox, supervised restarts. */
export function conversationKind(deps: ConversationDeps): ActorKind<ConversationMessage> {
  return {
    name: CONVERSATION,
    create: (key) => {
      deps.observe?.activated?.(key);
      return new ConversationActor(key, deps);
    },
    mailboxCapacity: deps.mailboxCapacity,
    overflow: 'reject',
    passivateAfterMs: deps.passivateAfterMs,
    minBackoffMs: 50,
    maxBackoffMs: 2_000,
    deadLetter: (m, reason) => {
      if (m.t !== 'flush' && m.t !== 'release') m.reply.fail(new ChorusError(ErrorCode.UNAVAILABLE, 'conversation unavailable, retry', { cause: reason }));
    },
    ...(deps.onFailure ? { onFailure: deps.onFailure } : {}),
  };
}
