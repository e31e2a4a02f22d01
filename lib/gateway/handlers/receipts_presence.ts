import type { chorus } from '../../protocol/gen/chorus.js';
import type { MemberCursor } from '../../storage/mod.js';
import { invalid } from '../../protocol/mod.js';
import type { FrameHandlers } from './frame_handler.js';

/** What members see of each other: receipts, typing, presence. */
export const RECEIPTS_PRESENCE: FrameHandlers<'receipt' | 'receipts' | 'typing' | 'subscribePresence'> = {
  receipt: {
    request: async (s, frame) => {
      const r = frame.receipt as chorus.v1.Receipt;
      if (r.kind !== 1 && r.kind !== 2) throw invalid('kind must be DELIVERED or READ');
      const seq = await s.env.service.receipt(s, r.conversationId, r.kind === 1 ? 'delivered' : 'read', r.seq);
      return { receipt: { conversationId: r.conversationId, kind: r.kind, seq } };
    },
  },
  receipts: {
    request: async (s, frame) => {
      const r = frame.receipts as chorus.v1.ReceiptsRequest;
      return { receipts: { conversationId: r.conversationId, members: (await s.env.service.receipts(s, r.conversationId)).map(receiptBody) } };
    },
  },
  typing: {
    request: async (s, frame) => {
      await s.env.service.typing(s, (frame.typing as chorus.v1.Typing).conversationId);
      return { ok: {} };
    },
  },
  subscribePresence: {
    request: async (s, frame) => {
      const p = frame.subscribePresence as chorus.v1.SubscribePresence;
      const users = (await s.env.service.membersOf(s, p.conversationIds)).slice(0, s.env.limits.maxPresenceUsers);
      s.watch(users);
      const snapshot = await s.env.presence.snapshot(users);
      return { presenceSnapshot: { users: snapshot.map((u) => ({ userId: u.userId, online: u.online, lastSeenMs: u.lastSeen })) } };
    },
  },
};

function receiptBody(c: MemberCursor): chorus.v1.IMemberReceipt {
  return { userId: c.userId, deliveredSeq: c.delivered, readSeq: c.read };
}
