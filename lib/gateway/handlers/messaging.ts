import type { chorus } from '../../protocol/gen/chorus.js';
import type { HistoryResult, SendResult } from '../../chat/types.js';
import { toWire, toWireConversation } from '../../chat/wire.js';
import { invalid } from '../../protocol/mod.js';
import type { ReactionCount } from '../../storage/mod.js';
import type { FrameHandlers } from './frame_handler.js';
import { dropMedia, mediaOfTarget, sendMeta } from './media.js';

/** Log entries and reading the log: send, edit, delete, react, history, sync. */
export const MESSAGING: FrameHandlers<'send' | 'edit' | 'delete' | 'react' | 'history' | 'sync'> = {
  send: {
    request: async (s, frame) => {
      const m = frame.send as chorus.v1.SendMessage;
      const meta = await sendMeta(s, m);
      return { ack: ackBody(await s.env.service.send(s, { conversationId: m.conversationId, clientId: m.clientId, text: m.text, resend: m.resend, ...(meta !== '' ? { meta } : {}) })) };
    },
  },
  edit: {
    request: async (s, frame) => {
      const e = frame.edit as chorus.v1.EditMessage;
      return { ack: ackBody(await s.env.service.edit(s, { conversationId: e.conversationId, seq: e.seq, text: e.text, clientId: e.clientId })) };
    },
  },
  delete: {
    request: async (s, frame) => {
      const d = frame.delete as chorus.v1.DeleteMessage;
      const media = await mediaOfTarget(s, d.conversationId, Number(d.seq));
      const ack = await s.env.service.delete(s, { conversationId: d.conversationId, seq: d.seq, clientId: d.clientId });
      dropMedia(s, d.conversationId, media);
      return { ack: ackBody(ack) };
    },
  },
  react: {
    request: async (s, frame) => {
      const r = frame.react as chorus.v1.React;
      const counts = await s.env.service.react(s, r.conversationId, r.seq, r.emoji, r.add);
      return { reactionAck: { conversationId: r.conversationId, seq: r.seq, reactions: counts } };
    },
  },
  history: {
    request: async (s, frame) => {
      const h = frame.history as chorus.v1.HistoryRequest;
      const page = await s.env.service.history(s, {
        conversationId: h.conversationId,
        limit: h.limit,
        ...(h.beforeSeq != null ? { beforeSeq: h.beforeSeq } : {}),
        ...(h.afterSeq != null ? { afterSeq: h.afterSeq } : {}),
      });
      return { history: { conversationId: page.conversationId, messages: withReactions(page), hasMore: page.hasMore, lastSeq: page.lastSeq } };
    },
  },
  sync: {
    request: async (s, frame) => {
      const q = frame.sync as chorus.v1.SyncRequest;
      const max = s.env.limits.maxSyncCursors;
      if (q.cursors.length > max) throw invalid(`at most ${max} cursors per sync`);
      const cursors = new Map<string, number>();
      for (const c of q.cursors as chorus.v1.Cursor[]) cursors.set(c.conversationId, c.seq);
      const page = await s.env.service.sync(s, { cursors, limit: q.limit, receiptsSince: q.receiptsSinceMs });
      const messages = page.messages.map((m) => toWire(m, page.reactions.get(m.conversationId)?.get(m.seq) ?? []));
      return { sync: { messages, conversations: page.conversations.map(toWireConversation), done: page.done } };
    },
  },
};

/** The ack of any logged entry: a message, edit, delete or group change. */
export function ackBody(a: SendResult): chorus.v1.ISendAck {
  return { conversationId: a.conversationId, seq: a.seq, sentAtMs: a.sentAt, clientId: a.clientId, duplicate: a.duplicate };
}

function withReactions(page: HistoryResult): chorus.v1.IMessage[] {
  const none: ReactionCount[] = [];
  return page.messages.map((m) => toWire(m, page.reactions.get(m.seq) ?? none));
}
