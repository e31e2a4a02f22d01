import type { HistoryResult, SendResult } from '../types.js';
import { invalid } from '../../protocol/mod.js';
import type { CursorKind, EntryKind, MemberCursor, MemberRole, MessageRecord, ReactionCount } from '../../storage/mod.js';
import {
  type Ack,
  type AckInit,
  CursorKind as WireCursorKind,
  type Entry,
  type EntryInit,
  EntryKind as WireEntryKind,
  type HistoryPage,
  type HistoryPageInit,
  type MemberCursor as WireMemberCursor,
  MemberRole as WireMemberRole,
  type ReactionCount as WireReactionCount,
} from './gen/chat.js';

/**
 * The chat core's values and their shapes in chat.proto, both ways. Decoding checks what the
 * types cannot (enum values, safe integers); anything off is INVALID_ARGUMENT.
 */

/** A string enum of the chat core and its chat.proto enum. */
function enumCodec<S extends string, W extends number>(what: string, pairs: readonly (readonly [S, W])[]): { encode(s: S): W; decode(n: number): S } {
  const toWire = new Map<S, W>(pairs);
  const fromWire = new Map<number, S>(pairs.map(([s, n]) => [n, s]));
  return {
    encode: (s) => {
      const n = toWire.get(s);
      if (n === undefined) throw new RangeError(`no ${what} ${s} in chat.proto`);
      return n;
    },
    decode: (n) => {
      const s = fromWire.get(n);
      if (s === undefined) throw invalid(`unknown ${what} ${n}`);
      return s;
    },
  };
}

export const roles = enumCodec<MemberRole, WireMemberRole>('member role', [
  ['owner', WireMemberRole.MEMBER_ROLE_OWNER],
  ['admin', WireMemberRole.MEMBER_ROLE_ADMIN],
  ['member', WireMemberRole.MEMBER_ROLE_MEMBER],
]);

export const cursorKinds = enumCodec<CursorKind, WireCursorKind>('cursor kind', [
  ['delivered', WireCursorKind.CURSOR_KIND_DELIVERED],
  ['read', WireCursorKind.CURSOR_KIND_READ],
]);

const entryKinds = enumCodec<EntryKind, WireEntryKind>('entry kind', [
  ['text', WireEntryKind.ENTRY_KIND_TEXT],
  ['edit', WireEntryKind.ENTRY_KIND_EDIT],
  ['delete', WireEntryKind.ENTRY_KIND_DELETE],
  ['members', WireEntryKind.ENTRY_KIND_MEMBERS],
  ['rename', WireEntryKind.ENTRY_KIND_RENAME],
]);

/** A uint64 as a number: beyond 2^53 it would have lost digits on the way. */
export function safe(what: string, n: number): number {
  if (!Number.isSafeInteger(n)) throw invalid(`${what} is not an integer below 2^53`);
  return n;
}

export function toAck(r: SendResult): AckInit {
  return { seq: r.seq, sentAt: r.sentAt, clientId: r.clientId, duplicate: r.duplicate };
}

export function fromAck(a: Ack, conversationId: string): SendResult {
  return { conversationId, seq: safe('seq', a.seq), sentAt: safe('sent_at', a.sentAt), clientId: a.clientId, duplicate: a.duplicate };
}

function toEntry(r: MessageRecord): EntryInit {
  const { conversationId: _c, kind, ...rest } = r;
  return { ...rest, kind: entryKinds.encode(kind) };
}

function fromEntry(e: Entry, conversationId: string): MessageRecord {
  return {
    conversationId,
    seq: safe('seq', e.seq),
    senderId: e.senderId,
    senderDevice: e.senderDevice,
    clientId: e.clientId,
    sentAt: safe('sent_at', e.sentAt),
    text: e.text,
    kind: entryKinds.decode(e.kind),
    refSeq: safe('ref_seq', e.refSeq),
    editedAt: safe('edited_at', e.editedAt),
    deleted: e.deleted,
    meta: e.meta,
  };
}

export function fromReactions(counts: readonly WireReactionCount[]): ReactionCount[] {
  return counts.map((c) => ({ emoji: c.emoji, count: c.count, mine: c.mine }));
}

export function toHistory(h: HistoryResult): HistoryPageInit {
  return {
    messages: h.messages.map(toEntry),
    hasMore: h.hasMore,
    lastSeq: h.lastSeq,
    reactions: Array.from(h.reactions, ([seq, counts]) => ({ seq, counts })),
  };
}

export function fromHistory(p: HistoryPage, conversationId: string): HistoryResult {
  return {
    conversationId,
    messages: p.messages.map((e) => fromEntry(e, conversationId)),
    hasMore: p.hasMore,
    lastSeq: safe('last_seq', p.lastSeq),
    reactions: new Map(p.reactions.map((r) => [safe('seq', r.seq), fromReactions(r.counts)])),
  };
}

export function fromCursors(cursors: readonly WireMemberCursor[]): MemberCursor[] {
  return cursors.map((c) => ({ userId: c.userId, delivered: safe('delivered', c.delivered), read: safe('read', c.read) }));
}
