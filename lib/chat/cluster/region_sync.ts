import { ChorusError, ErrorCode } from '../../protocol/mod.js';
import type { Clock } from '../../time/mod.js';
import type { CallArgs } from '../calls.js';
import type { Caller, ConversationView, HistoryResult, SyncRequest, SyncResult } from '../types.js';
import type { MessageRecord } from '../../storage/mod.js';
import { DEFAULT_READ_TIMINGS, type ReadTimings, type RegionHeads, type RegionReadObserver, removesUser } from './region_reads.js';

/** A sync page is at most this many entries once completed (the default page). */
const MAX_FILL = 100;
/** Conversations completed per sync page; the others come with the next page. */
const MAX_FILLS = 16;

export interface SyncCompletionDeps {
  heads: RegionHeads;
  clock: Clock;
  /** A history call as a gateway makes it (served here when current enough, by the home otherwise). */
  history(caller: Caller, conversationId: string, args: CallArgs['history']): Promise<HistoryResult>;
  observer?: RegionReadObserver;
  timings?: ReadTimings;
}

/** One conversation's part of a sync page, and where it must continue from. */
interface Part {
  rows: MessageRecord[];
  /** The highest seq the client will have of it after this page (its cursor when the page has none). */
  top: number;
  /** The page cut it at a hole, or this node knows the home has more: fetch the rest. */
  fill: boolean;
}

/**
 * A sync page read from this region's DC, made safe and complete (docs/regions.md): each
 * conversation's entries are cut at the first hole (an entry the DC has not received yet: the client
 * would see a gap), and a conversation this node knows to be further on in its home region (or cut)
 * gets the rest by a history call, which the home answers when this DC is behind. Conversations
 * this node knows nothing of stay as the DC has them: gapless, never behind the client's cursor.
 */
export async function completeSync(d: SyncCompletionDeps, caller: Caller, req: SyncRequest, page: SyncResult): Promise<SyncResult> {
  const t = d.timings ?? DEFAULT_READ_TIMINGS;
  const parts = splitByConversation(page.messages, req.cursors);
  const now = d.clock.now();
  const freshHead = (id: string): number => {
    const k = d.heads.get(id);
    return k !== undefined && now - k.at < t.freshMs ? k.head : 0;
  };
  // Conversations with a cursor but nothing in the page may be behind too (this DC has not reached the cursor's successors).
  for (const [id, cursor] of req.cursors) if (!parts.has(id) && freshHead(id) > cursor) parts.set(id, { rows: [], top: cursor, fill: true });
  const reactions = new Map(page.reactions);
  for (const [id, part] of parts) {
    // Nothing after the caller's own removal (the local member row may lag behind the entry).
    const removal = part.rows.findIndex((r) => removesUser([r], caller.userId));
    if (removal >= 0) {
      part.rows = part.rows.slice(0, removal + 1);
      part.top = part.rows[removal]!.seq;
      part.fill = false;
      continue;
    }
    if (freshHead(id) > part.top) part.fill = true;
    if (part.rows.length > 0 && recentEffect(d.heads, id, now, t)) {
      // Rows read here may lack an edit or reaction the client was sent: the home gives them all.
      part.rows = [];
      part.top = req.cursors.get(id) ?? 0;
      part.fill = true;
      reactions.delete(id);
      d.observer?.read('sync', 'effect');
    }
  }
  // The fills stay within a default page (a sync page's frame must not grow without bound). The
  // budget counts the rows kept, not those read: a page whose rows were all cut still makes progress.
  const kept = [...parts.values()].reduce((n, p) => n + p.rows.length, 0);
  let budget = Math.max(0, Math.min(req.limit > 0 ? req.limit : MAX_FILL, MAX_FILL) - kept);
  let done = page.done;
  const fills: { id: string; part: Part; limit: number }[] = [];
  for (const [id, part] of parts) {
    const head = freshHead(id);
    if (!part.fill) {
      if (head > 0) d.observer?.read('sync', 'local');
      continue;
    }
    if (budget === 0 || fills.length === MAX_FILLS) {
      done = false; // the next sync continues from this page's end
      continue;
    }
    const limit = head > part.top ? Math.min(budget, head - part.top) : budget;
    budget -= limit;
    fills.push({ id, part, limit });
  }
  // In parallel: each is a local read or one round trip to a home region.
  const answers = await Promise.all(fills.map((f) => fetchRest(d, caller, f.id, f.part.top, f.limit)));
  fills.forEach(({ id, part }, i) => {
    const more = answers[i];
    // The answer may come from a DC with a hole too (a conversation homed here): keep its gapless start only.
    const rows = more === undefined ? [] : gapless(more.messages, part.top);
    if (more === undefined || more.hasMore || rows.length < more.messages.filter((m) => m.seq > part.top).length) done = false;
    if (more === undefined || rows.length === 0) return;
    part.rows.push(...rows);
    part.top = rows[rows.length - 1]!.seq;
    const counts = new Map([...more.reactions].filter(([seq]) => seq <= part.top));
    if (counts.size > 0) reactions.set(id, new Map([...(reactions.get(id) ?? []), ...counts]));
  });
  const messages: MessageRecord[] = [];
  // Ordered by (conversation id, seq), as the protocol says: a filled conversation may be new to the page.
  for (const id of [...parts.keys()].sort()) messages.push(...parts.get(id)!.rows);
  // A view never shows a head behind what this node knows the home has stored.
  const conversations = page.conversations.map((v): ConversationView => (freshHead(v.id) > v.lastSeq ? { ...v, lastSeq: freshHead(v.id) } : v));
  return { messages, reactions, conversations, done };
}

/** The page's entries per conversation (in page order), each cut at its first hole after the cursor. */
function splitByConversation(messages: readonly MessageRecord[], cursors: ReadonlyMap<string, number>): Map<string, Part> {
  const parts = new Map<string, Part>();
  for (const m of messages) {
    let part = parts.get(m.conversationId);
    if (part === undefined) {
      part = { rows: [], top: cursors.get(m.conversationId) ?? 0, fill: false };
      parts.set(m.conversationId, part);
    }
    if (part.fill) continue; // after a hole: the rest comes from the fill
    if (m.seq !== part.top + 1) {
      part.fill = true;
      continue;
    }
    part.rows.push(m);
    part.top = m.seq;
  }
  return parts;
}

function recentEffect(heads: RegionHeads, id: string, now: number, t: ReadTimings): boolean {
  const k = heads.get(id);
  return k !== undefined && k.effectAt > 0 && now - k.effectAt < t.settleMs;
}

/** The rows that continue `after` without a hole (rows ascending). */
function gapless(rows: readonly MessageRecord[], after: number): MessageRecord[] {
  const out: MessageRecord[] = [];
  let next = after + 1;
  for (const r of rows) {
    if (r.seq < next) continue;
    if (r.seq !== next) break;
    out.push(r);
    next++;
  }
  return out;
}

/**
 * The entries after `after`, from wherever the routing serves them; undefined when the call fails
 * for a while (the next sync retries). A conversation the caller may not read (no longer a member,
 * or gone) has nothing to fill: answered as empty, so a stale cursor cannot keep a sync from ending.
 */
async function fetchRest(d: SyncCompletionDeps, caller: Caller, id: string, after: number, limit: number): Promise<HistoryResult | undefined> {
  try {
    return await d.history(caller, id, { afterSeq: after, limit });
  } catch (err) {
    if (err instanceof ChorusError && (err.code === ErrorCode.FORBIDDEN || err.code === ErrorCode.NOT_FOUND)) {
      return { conversationId: id, messages: [], hasMore: false, lastSeq: after, reactions: new Map() };
    }
    return undefined;
  }
}
