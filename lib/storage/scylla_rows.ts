/** Conversion between the store's records and the CQL rows of scylla_schema.ts. */
import type { Row } from './scylla_session.js';
import type { ConversationRecord, MessageRecord } from './store.js';

/** bigint columns arrive as driver Long values. */
export function num(v: unknown): number {
  if (typeof v === 'number') return v;
  if (v !== null && typeof v === 'object' && 'toNumber' in v && typeof v.toNumber === 'function') return v.toNumber() as number;
  throw new TypeError(`expected a number column, got ${String(v)}`);
}

export function toMessage(r: Row): MessageRecord {
  return {
    conversationId: r['conversation_id'] as string,
    seq: num(r['seq']),
    senderId: r['sender_id'] as string,
    senderDevice: (r['sender_device'] as string | null) ?? '',
    clientId: r['client_id'] as string,
    sentAt: num(r['sent_at']),
    text: (r['text'] as string | null) ?? '',
  };
}

export function toConversation(id: string, r: Row): ConversationRecord {
  return {
    id,
    kind: r['kind'] as ConversationRecord['kind'],
    title: (r['title'] as string | null) ?? '',
    createdBy: r['created_by'] as string,
    createdAt: num(r['created_at']),
  };
}

/**
 * What a message adds to a batch, estimated from above the way the server counts it: the values
 * plus ~20 bytes of timestamp and flags for each of its 7 cells and the clustering key.
 */
export function messageBytes(m: MessageRecord): number {
  return Buffer.byteLength(m.text, 'utf8') + m.conversationId.length + m.senderId.length + m.senderDevice.length + m.clientId.length + 184;
}
