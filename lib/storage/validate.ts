import { InvalidRecordError } from './errors.js';
import { type ConversationRecord, type CursorRecord, type MemberRecord, type MessageRecord, type RangeQuery, type ReactionRecord, StoreLimits } from './store.js';

const KINDS = new Set(['text', 'edit', 'delete', 'members', 'rename']);

const KEY = /^[A-Za-z0-9_.:-]+$/;
const encoder = new TextEncoder();

function key(what: string, value: unknown): void {
  if (typeof value !== 'string' || value.length === 0 || value.length > StoreLimits.maxIdLength || !KEY.test(value)) {
    throw new InvalidRecordError(`${what} is not a valid id`);
  }
}

function seqNumber(what: string, value: unknown, min: number): void {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min) {
    throw new InvalidRecordError(`${what} must be an integer >= ${min}`);
  }
}

/** Checks a batch for append(): one conversation, consecutive seqs, bounded sizes. */
export function checkBatch(messages: readonly MessageRecord[]): void {
  if (messages.length === 0) throw new InvalidRecordError('empty batch');
  const first = messages[0]!;
  messages.forEach((m, i) => {
    key('conversationId', m.conversationId);
    key('senderId', m.senderId);
    key('clientId', m.clientId);
    if (m.senderDevice !== '') key('senderDevice', m.senderDevice);
    if (m.conversationId !== first.conversationId) throw new InvalidRecordError('a batch holds one conversation');
    seqNumber('seq', m.seq, 1);
    if (m.seq !== first.seq + i) throw new InvalidRecordError('seqs in a batch must be consecutive');
    seqNumber('sentAt', m.sentAt, 0);
    if (typeof m.text !== 'string' || encoder.encode(m.text).length > StoreLimits.maxTextBytes) {
      throw new InvalidRecordError(`text must be a string of at most ${StoreLimits.maxTextBytes} bytes`);
    }
    if (!KINDS.has(m.kind)) throw new InvalidRecordError('kind must be text, edit, delete, members or rename');
    const refers = m.kind === 'edit' || m.kind === 'delete';
    seqNumber('refSeq', m.refSeq, refers ? 1 : 0);
    if (refers && m.refSeq >= m.seq) throw new InvalidRecordError('an edit or delete refers to an earlier seq');
    if (!refers && m.refSeq !== 0) throw new InvalidRecordError('only edits and deletes refer to another seq');
    if (typeof m.meta !== 'string' || encoder.encode(m.meta).length > StoreLimits.maxMetaBytes) throw new InvalidRecordError('meta too large');
    // MEMBERS and RENAME say what changed in meta; a TEXT entry may carry its media attachments there.
    if ((m.kind === 'members' || m.kind === 'rename') && m.meta === '') throw new InvalidRecordError('members and rename entries need meta');
    if ((m.kind === 'edit' || m.kind === 'delete') && m.meta !== '') throw new InvalidRecordError('edit and delete entries carry no meta');
    if (m.editedAt !== 0 || m.deleted !== false) throw new InvalidRecordError('a new entry is neither edited nor deleted');
  });
}

export function checkConversation(c: ConversationRecord, members: readonly MemberRecord[]): void {
  key('conversation id', c.id);
  key('createdBy', c.createdBy);
  if (c.kind !== 'direct' && c.kind !== 'group') throw new InvalidRecordError('kind must be direct or group');
  if (typeof c.title !== 'string' || encoder.encode(c.title).length > StoreLimits.maxTitleBytes) {
    throw new InvalidRecordError(`title must be at most ${StoreLimits.maxTitleBytes} bytes`);
  }
  if (c.homeRegion !== undefined && !/^[a-z][a-z0-9-]{0,31}$/.test(c.homeRegion)) throw new InvalidRecordError('homeRegion must be a region name');
  if (members.length === 0) throw new InvalidRecordError('a conversation needs members');
  for (const m of members) {
    key('member', m.userId);
    if (m.role !== 'owner' && m.role !== 'admin' && m.role !== 'member') throw new InvalidRecordError('bad role');
  }
}

export function checkCursor(c: CursorRecord): void {
  key('userId', c.userId);
  key('deviceId', c.deviceId);
  key('conversationId', c.conversationId);
  if (c.kind !== 'delivered' && c.kind !== 'read') throw new InvalidRecordError('cursor kind must be delivered or read');
  seqNumber('seq', c.seq, 0);
}

export function checkRange(conversationId: string, q: RangeQuery): void {
  key('conversationId', conversationId);
  seqNumber('limit', q.limit, 1);
  if (q.limit > StoreLimits.maxRangeLimit) throw new InvalidRecordError(`limit must be at most ${StoreLimits.maxRangeLimit}`);
  if (q.afterSeq !== undefined && q.beforeSeq !== undefined) throw new InvalidRecordError('afterSeq and beforeSeq exclude each other');
  if (q.afterSeq !== undefined) seqNumber('afterSeq', q.afterSeq, 0);
  if (q.beforeSeq !== undefined) seqNumber('beforeSeq', q.beforeSeq, 1);
}

export function checkKey(what: string, value: string): void {
  key(what, value);
}

export function checkReaction(r: ReactionRecord): void {
  key('conversationId', r.conversationId);
  key('userId', r.userId);
  seqNumber('seq', r.seq, 1);
  const bytes = typeof r.emoji === 'string' ? encoder.encode(r.emoji).length : 0;
  if (bytes === 0 || bytes > StoreLimits.maxEmojiBytes || /[\p{Cc}\s]/u.test(r.emoji)) {
    throw new InvalidRecordError(`a reaction is 1 to ${StoreLimits.maxEmojiBytes} bytes without spaces or control characters`);
  }
}

/** An owner epoch as claimOwner returns it: a positive safe integer. */
export function checkEpoch(epoch: unknown): void {
  seqNumber('fence epoch', epoch, 1);
}
