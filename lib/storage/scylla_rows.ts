/** Conversion between the store's records and the CQL rows of scylla_schema.ts. */
import type { Row } from './scylla_session.js';
import type { ConversationRecord, EntryKind, MemberRecord, MessageRecord } from './store.js';

/** bigint columns arrive as driver Long values. */
export function num(v: unknown): number {
  if (typeof v === 'number') return v;
  if (v !== null && typeof v === 'object' && 'toNumber' in v && typeof v.toNumber === 'function') return v.toNumber() as number;
  throw new TypeError(`expected a number column, got ${String(v)}`);
}

/** A bigint column that may be null (a row written before the column existed): 0 then. */
export function numOr0(v: unknown): number {
  return v === null || v === undefined ? 0 : num(v);
}

/** Rows of schema 1 have no kind: they are text messages. */
export function toMessage(r: Row): MessageRecord {
  return {
    conversationId: r['conversation_id'] as string,
    seq: num(r['seq']),
    senderId: r['sender_id'] as string,
    senderDevice: (r['sender_device'] as string | null) ?? '',
    clientId: r['client_id'] as string,
    sentAt: num(r['sent_at']),
    text: (r['text'] as string | null) ?? '',
    kind: ((r['kind'] as string | null) ?? 'text') as EntryKind,
    refSeq: numOr0(r['ref_seq']),
    editedAt: numOr0(r['edited_at']),
    deleted: (r['deleted'] as boolean | null) ?? false,
    meta: (r['meta'] as string | null) ?? '',
  };
}

export function toConversation(id: string, r: Row, lastActivity: number): ConversationRecord {
  const createdAt = num(r['created_at']);
  return {
    id,
    kind: r['kind'] as ConversationRecord['kind'],
    title: (r['title'] as string | null) ?? '',
    createdBy: r['created_by'] as string,
    createdAt,
    // Conversations created before schema 2 have no activity until their next entry.
    lastActivity: lastActivity > 0 ? lastActivity : createdAt,
    ...(typeof r['home_region'] === 'string' && r['home_region'] !== '' ? { homeRegion: r['home_region'] } : {}),
  };
}

export function toMember(r: Row): MemberRecord {
  return {
    userId: r['user_id'] as string,
    role: r['role'] as MemberRecord['role'],
    joinedAt: num(r['joined_at']),
    leftSeq: numOr0(r['left_seq']),
  };
}

/**
 * What a message adds to a batch, estimated from above the way the server counts it: the values
 * plus ~20 bytes of timestamp and flags for each of its 7 cells and the clustering key. A TEXT entry
 * writes no cells for the columns of other kinds; other kinds add up to five small cells and meta.
 */
/** Estimated bytes of the client-id row of one entry in a batch. */
export function clientIdBytes(m: MessageRecord): number {
  return m.conversationId.length + m.senderId.length + m.clientId.length + 64;
}

export function messageBytes(m: MessageRecord): number {
  const base = Buffer.byteLength(m.text, 'utf8') + m.conversationId.length + m.senderId.length + m.senderDevice.length + m.clientId.length + 184;
  return m.kind === 'text' ? base : base + Buffer.byteLength(m.meta, 'utf8') + 140;
}
