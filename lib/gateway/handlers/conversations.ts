import type { chorus } from '../../protocol/gen/chorus.js';
import type { ConversationView } from '../../chat/types.js';
import { toWire, toWireConversation } from '../../chat/wire.js';
import { invalid } from '../../protocol/mod.js';
import type { MemberRole } from '../../storage/mod.js';
import type { FrameHandlers } from './frame_handler.js';
import { ackBody } from './messaging.js';

/** Conversations and groups: create, list, inbox, group changes, leave. */
export const CONVERSATIONS: FrameHandlers<'createConversation' | 'listConversations' | 'inbox' | 'updateGroup' | 'leave'> = {
  createConversation: {
    request: async (s, frame) => {
      const c = frame.createConversation as chorus.v1.CreateConversation;
      if (c.kind !== 1 && c.kind !== 2) throw invalid('kind must be DIRECT or GROUP');
      const view = await s.env.service.createConversation(s, { kind: c.kind === 1 ? 'direct' : 'group', members: c.members, title: c.title, e2eeSuite: c.e2eeSuite });
      return { conversation: toWireConversation(view) };
    },
  },
  listConversations: {
    request: async (s, frame) => {
      const l = frame.listConversations as chorus.v1.ListConversations;
      const page = await s.env.service.listConversations(s, { afterId: l.afterId, limit: l.limit });
      return { conversations: { conversations: page.conversations.map((v: ConversationView) => toWireConversation(v)), hasMore: page.hasMore } };
    },
  },
  inbox: {
    request: async (s, frame) => {
      const q = frame.inbox as chorus.v1.InboxRequest;
      const before = q.beforeActivityMs > 0 ? { lastActivity: q.beforeActivityMs, conversationId: q.beforeId } : null;
      const page = await s.env.service.inbox(s, { before, limit: q.limit });
      return {
        inbox: {
          entries: page.entries.map((e) => ({
            conversation: toWireConversation(e.conversation),
            ...(e.lastMessage !== undefined ? { lastMessage: toWire(e.lastMessage) } : {}),
            unread: e.unread,
            lastActivityMs: e.conversation.lastActivity,
            readSeq: e.readSeq,
          })),
          hasMore: page.hasMore,
        },
      };
    },
  },
  updateGroup: {
    request: async (s, frame, id) => {
      const g = frame.updateGroup as chorus.v1.UpdateGroup;
      const roles = g.roles.map(parseRole);
      const ack = await s.env.service.updateGroup(s, {
        conversationId: g.conversationId,
        clientId: groupClientId(g.clientId, 'g', id, s.env.now()),
        title: g.title ?? null,
        add: g.add,
        remove: g.remove,
        roles,
      });
      return { ack: ackBody(ack) };
    },
  },
  leave: {
    request: async (s, frame, id) => {
      const l = frame.leave as chorus.v1.LeaveConversation;
      const ack = await s.env.service.updateGroup(s, { conversationId: l.conversationId, clientId: groupClientId(l.clientId, 'l', id, s.env.now()), title: null, add: [], remove: [s.userId], roles: [] });
      return { ack: ackBody(ack) };
    },
  },
};

/**
 * The client's id for a group change or leave (checked by the chat service like a send's). Clients
 * older than the field send none: they get an id made here, so their retries are not deduplicated.
 */
function groupClientId(given: string, prefix: 'g' | 'l', frameId: number, now: number): string {
  return given !== '' ? given : `${prefix}${frameId}x${now.toString(36)}`;
}

function parseRole(text: string): { userId: string; role: MemberRole } {
  const [userId, role] = text.split('=');
  if (userId === undefined || (role !== 'admin' && role !== 'member')) throw invalid('roles are "user=admin" or "user=member"');
  return { userId, role };
}
