import { StoreUnavailableError } from './errors.js';
import type { EntryKind, MessageRecord } from './store.js';

export interface MessageRow {
  conversation_id: string;
  seq: number;
  sender_id: string;
  sender_device: string;
  client_id: string;
  sent_at: number;
  text: string;
  kind: EntryKind;
  ref_seq: number;
  edited_at: number;
  deleted: number;
  meta: string;
}

export function toMessage(r: MessageRow): MessageRecord {
  return {
    conversationId: r.conversation_id,
    seq: r.seq,
    senderId: r.sender_id,
    senderDevice: r.sender_device,
    clientId: r.client_id,
    sentAt: r.sent_at,
    text: r.text,
    kind: r.kind,
    refSeq: r.ref_seq,
    editedAt: r.edited_at,
    deleted: r.deleted === 1,
    meta: r.meta,
  };
}

/** Runs a SQLite call, mapping SQLite's own failures (disk full, I/O error, busy) to the retryable store error. */
export function sqliteCall<T>(fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    throw new StoreUnavailableError('sqlite operation failed', { cause: err });
  }
}
