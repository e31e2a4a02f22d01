import type { chorus } from '../protocol/gen/chorus.js';
import type { EntryKind, MembersChange, MessageRecord, ReactionCount } from '../storage/mod.js';
import type { ConversationView } from './types.js';
import { attachmentToWire, attachmentsOf } from '../media/mod.js';
import { toWireMls } from './e2ee_rules.js';
import { encryptedSuite } from '../protocol/mod.js';

const KIND: Record<EntryKind, number> = { text: 0, edit: 1, delete: 2, members: 3, rename: 4 };

/** A stored entry as the protocol's Message (current state; reactions when given). */
export function toWire(r: MessageRecord, reactions?: ReactionCount[]): chorus.v1.IMessage {
  const m: chorus.v1.IMessage = {
    conversationId: r.conversationId,
    seq: r.seq,
    senderId: r.senderId,
    senderDevice: r.senderDevice,
    clientId: r.clientId,
    sentAtMs: r.sentAt,
    text: r.text,
    kind: KIND[r.kind],
    refSeq: r.refSeq,
    editedAtMs: r.editedAt,
    deleted: r.deleted,
  };
  if (reactions !== undefined) m.reactions = reactions;
  const mls = toWireMls(r);
  if (mls !== undefined) {
    m.mls = mls;
    m.text = '';
  }
  if (r.kind === 'members') {
    const c = JSON.parse(r.meta) as MembersChange;
    m.system = { added: c.added.map((a) => a.userId), removed: c.removed, roles: c.roles.map((x) => `${x.userId}=${x.role}`) };
  } else if (r.kind === 'rename') {
    m.system = { title: (JSON.parse(r.meta) as { title: string }).title };
  } else if (r.kind === 'text' && r.meta !== '' && !r.deleted) {
    m.attachments = attachmentsOf(r.meta).map(attachmentToWire);
  }
  return m;
}

export function toWireConversation(v: ConversationView): chorus.v1.IConversation {
  return {
    id: v.id,
    kind: v.kind === 'direct' ? 1 : 2,
    title: v.title,
    members: v.members.map((m) => m.userId),
    lastSeq: v.lastSeq,
    createdAtMs: v.createdAt,
    createdBy: v.createdBy,
    roles: v.kind === 'group' ? v.members.map((m) => `${m.userId}=${m.role}`) : [],
    receipts: v.receipts?.map((c) => ({ userId: c.userId, deliveredSeq: c.delivered, readSeq: c.read })) ?? [],
    lastActivityMs: v.lastActivity,
    e2eeSuite: encryptedSuite(v.id),
    homeRegion: v.homeRegion ?? '',
  };
}
