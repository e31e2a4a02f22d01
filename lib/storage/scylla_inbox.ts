/**
 * The inbox queries on ScyllaDB: a user's conversations by last activity, unread counts and the
 * newest text of a conversation. docs/storage.md ("The inbox") explains why activity is sorted on
 * read rather than kept in a per-user index.
 */
import { checkKey } from './validate.js';
import type { StoreStatements } from './scylla_schema.js';
import { numOr0 } from './scylla_rows.js';
import type { ScyllaSession } from './scylla_session.js';
import type { ActivityPosition, Inbox, MessageRecord, RangeQuery } from './store.js';

/** Conversation ids per IN query. */
const IN_CHUNK = 100;
/** Log rows per read when counting unread messages and looking for the last text. */
const UNREAD_PAGE = 500;
const LAST_TEXT_PAGE = 20;

/** The log reads the inbox builds on (ScyllaStore.range). */
export interface LogReader {
  range(conversationId: string, query: RangeQuery): Promise<MessageRecord[]>;
}

export class ScyllaInbox implements Inbox {
  constructor(
    private readonly session: ScyllaSession,
    private readonly s: StoreStatements,
    private readonly log: LogReader,
  ) {}

  /**
   * Reads the user's memberships (one partition) and the last activity of the active ones (IN
   * queries of up to 100 conversations), sorts them newest first and returns the page after
   * `before`. The cost grows with the user's conversations, not with the traffic.
   */
  async conversationsByActivity(userId: string, before: ActivityPosition | null, limit: number): Promise<ActivityPosition[]> {
    checkKey('user id', userId);
    const rows = await this.session.all(this.s.memberships, [userId], { idempotent: true });
    const active = rows.filter((r) => numOr0(r['left_seq']) === 0).map((r) => r['conversation_id'] as string);
    const all: ActivityPosition[] = [];
    for (let i = 0; i < active.length; i += IN_CHUNK) {
      const chunk = active.slice(i, i + IN_CHUNK);
      const found = new Map<string, number>();
      for (const r of await this.session.all(this.s.activity, [chunk], { idempotent: true })) {
        found.set(r['conversation_id'] as string, numOr0(r['last_activity']));
      }
      for (const id of chunk) all.push({ conversationId: id, lastActivity: found.get(id) ?? 0 });
    }
    all.sort(newestFirst);
    const from = before === null ? 0 : all.findIndex((p) => newestFirst(before, p) < 0);
    return from === -1 ? [] : all.slice(from, from + limit);
  }

  /** TEXT entries after `afterSeq` from others and not deleted, counted up to `cap`. */
  async unreadCount(conversationId: string, userId: string, afterSeq: number, cap: number): Promise<number> {
    checkKey('conversation id', conversationId);
    checkKey('user id', userId);
    let n = 0;
    for (let after = afterSeq; n < cap; ) {
      const page = await this.log.range(conversationId, { afterSeq: after, limit: UNREAD_PAGE });
      for (const m of page) if (m.kind === 'text' && !m.deleted && m.senderId !== userId && n < cap) n++;
      if (page.length < UNREAD_PAGE) break;
      after = page[page.length - 1]!.seq;
    }
    return n;
  }

  /** The newest TEXT entry (possibly deleted), reading backwards a few rows at a time. */
  async lastText(conversationId: string): Promise<MessageRecord | undefined> {
    checkKey('conversation id', conversationId);
    for (let before: number | undefined; ; ) {
      const page = await this.log.range(conversationId, before === undefined ? { limit: LAST_TEXT_PAGE } : { beforeSeq: before, limit: LAST_TEXT_PAGE });
      const found = page.findLast((m) => m.kind === 'text');
      if (found !== undefined || page.length < LAST_TEXT_PAGE) return found;
      before = page[0]!.seq;
    }
  }
}

/** Newest activity first; ties by conversation id, descending, as the embedded store orders them. */
function newestFirst(a: ActivityPosition, b: ActivityPosition): number {
  return b.lastActivity - a.lastActivity || (a.conversationId < b.conversationId ? 1 : a.conversationId > b.conversationId ? -1 : 0);
}
