import type { Clock } from '../../time/mod.js';
import type { CallArgs, CallName } from '../calls.js';
import type { Caller, HistoryResult, SendResult } from '../types.js';
import { decodeServerFrame, pb } from '../../protocol/mod.js';
import { pageLimit } from '../checks.js';
import type { MemberRecord, MessageRecord, RangeQuery, ReactionCount } from '../../storage/mod.js';

/**
 * History pages of conversations homed in another region, served from this region's DC when it is
 * current enough for the client (docs/regions.md, "Reads from the local DC"). The rules, in short:
 * a page is served here only when the rows read here are gapless and reach what the client already
 * has (the seq its request names) and, for pages that end at the newest entry, what this node knows
 * of the home's log (its head, learned from the deliveries and forwarded answers that pass here).
 * An effect (edit, delete, membership, rename, reaction) this node heard of recently sends the
 * conversation's reads to the home until it has had time to replicate. Anything else goes home.
 */

/** Why a read went to the home region (or 'local': it did not). */
export type ReadResult = 'local' | 'behind' | 'unknown' | 'effect' | 'member';

/** What the local reads are measured by (metrics: chorus_region_local_reads_total, chorus_region_read_lag_*). */
export interface RegionReadObserver {
  /** One read of a conversation homed elsewhere (a history page, or a conversation in a sync page): where it was served, and when behind by how much. */
  read(call: 'history' | 'sync', result: ReadResult, lag?: { entries: number; seconds: number }): void;
}

/** What this node knows of one conversation's log in its home region. */
export interface KnownHead {
  /** The highest seq the home has stored, as far as this node heard. */
  head: number;
  /** When (this node's clock, ms) the head last moved. */
  at: number;
  /** When this node last heard of an effect (edit, delete, membership, rename, reaction); 0: never. */
  effectAt: number;
}

export interface ReadTimings {
  /** After an effect, reads go home for this long (ms): a few replication lags. */
  settleMs: number;
  /**
   * A head not moved for this long (ms) is not trusted for pages that end at the newest entry: the
   * node has stopped hearing of the conversation (its clients left it), so what it knows says little.
   */
  freshMs: number;
}

export const DEFAULT_READ_TIMINGS: ReadTimings = { settleMs: 2000, freshMs: 600_000 };
/** Conversations whose head a node remembers before it forgets the oldest (about 100 bytes each). */
const MAX_HEADS = 100_000;

/**
 * The heads of conversations homed elsewhere, per node, bounded: the oldest entry goes first when
 * full (a forgotten head only sends that conversation's newest pages home until it is heard again).
 */
export class RegionHeads {
  private readonly known = new Map<string, KnownHead>();

  constructor(
    private readonly clock: Clock,
    private readonly max = MAX_HEADS,
  ) {}

  /** The home has stored `seq` (a delivery or an acknowledgement passed here). */
  seen(id: string, seq: number): void {
    const k = this.entry(id);
    if (seq > k.head) {
      k.head = seq;
      k.at = this.clock.now();
    }
  }

  /** An effect on the conversation's rows passed here (an edit, delete, membership change, rename or reaction). */
  effect(id: string): void {
    this.entry(id).effectAt = this.clock.now();
  }

  get(id: string): KnownHead | undefined {
    return this.known.get(id);
  }

  get size(): number {
    return this.known.size;
  }

  private entry(id: string): KnownHead {
    let k = this.known.get(id);
    if (k !== undefined) return k;
    if (this.known.size >= this.max) this.known.delete(this.known.keys().next().value!);
    k = { head: 0, at: this.clock.now(), effectAt: 0 };
    this.known.set(id, k);
    return k;
  }
}

type HistoryArgs = CallArgs['history'];

/** The verdict on a page read here: served (its rows, whether more exist, the head to report) or sent home. */
export type PageVerdict =
  | { result: 'local'; rows: MessageRecord[]; hasMore: boolean; lastSeq: number }
  | { result: Exclude<ReadResult, 'local'>; behindEntries?: number };

/**
 * Whether a page read here (`found`: ascending, one row more than the limit when there is more) is
 * current enough. Pure: `known` is this node's knowledge of the home's log, `now` its clock.
 */
export function judgePage(q: HistoryArgs, found: readonly MessageRecord[], known: KnownHead | undefined, now: number, t: ReadTimings): PageVerdict {
  if (known !== undefined && known.effectAt > 0 && now - known.effectAt < t.settleMs) return { result: 'effect' };
  const fresh = known !== undefined && known.head > 0 && now - known.at < t.freshMs ? known.head : undefined;
  for (let i = 1; i < found.length; i++) {
    // The log is gapless at the home: a hole here is an entry this DC has not received yet.
    if (found[i]!.seq !== found[i - 1]!.seq + 1) return behind(fresh, found[found.length - 1]!.seq, found[i]!.seq - found[i - 1]!.seq - 1);
  }
  const top = found.length > 0 ? found[found.length - 1]!.seq : 0;
  const full = found.length > q.limit;
  if (q.afterSeq !== undefined) {
    const after = q.afterSeq;
    if (found.length === 0) return behind(fresh, after);
    if (found[0]!.seq !== after + 1) return behind(fresh, top, found[0]!.seq - after - 1);
    const rows = full ? found.slice(0, q.limit) : [...found];
    // A full page is older entries, complete without any head; a short one must reach the head.
    if (!full && (fresh === undefined || fresh > top)) return behind(fresh, top);
    return { result: 'local', rows, hasMore: full, lastSeq: Math.max(top, fresh ?? 0) };
  }
  // Before a seq, or the newest page: rows end at beforeSeq - 1 (the client has it) or at the head.
  if (!full && found.length > 0 && found[0]!.seq !== 1) return behind(fresh, top, found[0]!.seq - 1);
  const rows = full ? found.slice(1) : [...found];
  const wanted = q.beforeSeq !== undefined ? q.beforeSeq - 1 : undefined;
  if (wanted !== undefined) {
    if (wanted < 1) return { result: 'unknown' }; // nothing before seq 1: the home says what last_seq is
    if (top === wanted) return { result: 'local', rows, hasMore: full, lastSeq: Math.max(top, fresh ?? 0) };
    // The client has beforeSeq - 1 and this DC has not: serving would go backwards. Behind by what
    // the node heard; a before_seq past anything it heard (a client's "newest") is only unknown.
    return fresh !== undefined && fresh >= wanted ? behind(fresh, top) : { result: 'unknown' };
  }
  if (fresh === undefined || fresh > top) return behind(fresh, top);
  return { result: 'local', rows, hasMore: full, lastSeq: top };
}

/** Sent home: 'behind' (by the entries missing inside the page and past its top) when anything is known missing, else 'unknown'. */
function behind(fresh: number | undefined, top: number, missing = 0): PageVerdict {
  const entries = Math.max(0, missing) + (fresh !== undefined && fresh > top ? fresh - top : 0);
  return entries > 0 ? { result: 'behind', behindEntries: entries } : { result: 'unknown' };
}

/** A MEMBERS entry among the rows that removes the user: the page goes home (the local member row may lag). */
export function removesUser(rows: readonly MessageRecord[], userId: string): boolean {
  for (const r of rows) {
    if (r.kind !== 'members' || r.meta === '') continue;
    try {
      const change = JSON.parse(r.meta) as { removed?: unknown };
      if (Array.isArray(change.removed) && change.removed.includes(userId)) return true;
    } catch {
      return true; // unreadable: let the home decide
    }
  }
  return false;
}

/** What a local history read needs of this region's store (LOCAL_QUORUM reads in its DC). */
export interface RegionReadStore {
  member(conversationId: string, userId: string): Promise<MemberRecord | undefined>;
  range(conversationId: string, query: RangeQuery): Promise<MessageRecord[]>;
  reactions(conversationId: string, seqs: readonly number[], userId: string): Promise<Map<number, ReactionCount[]>>;
}

export interface RegionReadsDeps {
  store: RegionReadStore;
  clock: Clock;
  heads: RegionHeads;
  observer?: RegionReadObserver;
  timings?: ReadTimings;
  /** The largest page the chat core serves (--max-page); pages are cut to it as the home would. */
  maxPage?: number;
}

const DEFAULT_MAX_PAGE = 100;

/** History pages served from this region's DC when current enough (see judgePage); undefined: ask the home. */
export class RegionReads {
  private readonly t: ReadTimings;

  constructor(private readonly d: RegionReadsDeps) {
    this.t = d.timings ?? DEFAULT_READ_TIMINGS;
  }

  async history(id: string, caller: Caller, args: HistoryArgs): Promise<HistoryResult | undefined> {
    // Both bounds: the home refuses it with the chat core's error. The page size as the home cuts it.
    if (args.afterSeq !== undefined && args.beforeSeq !== undefined) return undefined;
    const q = { ...args, limit: pageLimit(args.limit, { maxPage: this.d.maxPage ?? DEFAULT_MAX_PAGE }) };
    const known = this.d.heads.get(id);
    const now = this.d.clock.now();
    // Nothing to read when the answer is "home" anyway: the newest page of a conversation not heard of.
    if (q.afterSeq === undefined && q.beforeSeq === undefined && (known === undefined || known.head === 0 || now - known.at >= this.t.freshMs)) return this.home('unknown');
    if (known !== undefined && known.effectAt > 0 && now - known.effectAt < this.t.settleMs) return this.home('effect');
    // After a cursor, the row at the cursor too (see below).
    const withCursor = q.afterSeq !== undefined && q.afterSeq >= 1;
    const query: RangeQuery =
      q.afterSeq !== undefined ? { afterSeq: withCursor ? q.afterSeq - 1 : q.afterSeq, limit: q.limit + (withCursor ? 2 : 1) } : q.beforeSeq !== undefined ? { beforeSeq: q.beforeSeq, limit: q.limit + 1 } : { limit: q.limit + 1 };
    let member: MemberRecord | undefined;
    let found: MessageRecord[];
    try {
      [member, found] = await Promise.all([this.d.store.member(id, caller.userId), this.d.store.range(id, query)]);
    } catch {
      return this.home('unknown'); // the local DC cannot answer: the home can
    }
    // Not a member here (not yet replicated, never, or a former member's bound): the home decides.
    if (member === undefined || member.leftSeq > 0) return this.home('member');
    if (withCursor) {
      // The client's cursor may be its own removal (it was sent that entry) while the local member
      // row still lags: the rows after it are not the caller's. Without the cursor's row here, the DC is behind.
      if (found[0]?.seq !== q.afterSeq) return this.home('unknown');
      if (removesUser(found.slice(0, 1), caller.userId)) return this.home('member');
      found = found.slice(1);
    }
    const v = judgePage(q, found, known, this.d.clock.now(), this.t);
    if (v.result !== 'local') return this.home(v.result, v.behindEntries, known);
    if (removesUser(v.rows, caller.userId)) return this.home('member');
    const texts = v.rows.filter((r) => r.kind === 'text' && !r.deleted).map((r) => r.seq);
    let reactions: Map<number, ReactionCount[]>;
    try {
      reactions = texts.length > 0 ? await this.d.store.reactions(id, texts, caller.userId) : new Map();
    } catch {
      return this.home('unknown');
    }
    this.d.observer?.read('history', 'local');
    return { conversationId: id, messages: v.rows, hasMore: v.hasMore, lastSeq: v.lastSeq, reactions };
  }

  private home(result: Exclude<ReadResult, 'local'>, entries?: number, known?: KnownHead): undefined {
    if (result === 'behind' && entries !== undefined) {
      // How long ago this node heard of the head the DC has not reached: a lower bound of the lag.
      const seconds = known !== undefined && known.head > 0 ? Math.max(0, this.d.clock.now() - known.at) / 1000 : 0;
      this.d.observer?.read('history', result, { entries, seconds });
    } else this.d.observer?.read('history', result);
    return undefined;
  }
}

/**
 * What a delivery from another region says of its conversation's log: a new entry (its seq is now
 * the home's head; an edit, delete, membership change or rename is an effect too) or a reaction (an
 * effect). Other frames say nothing. Decoded once per delivery on the node that receives it from
 * the other region, and once per frame a gateway sends its clients (`wanted`: conversations homed elsewhere).
 */
export function learnFromFrame(heads: RegionHeads, frame: Uint8Array, wanted: (conversationId: string) => boolean = () => true): void {
  let f;
  try {
    f = decodeServerFrame(frame);
  } catch {
    return; // the fan-out passes it on as it is; nothing to learn
  }
  if (f.body === 'message' && f.message?.conversationId) {
    const id = f.message.conversationId;
    if (!wanted(id)) return;
    heads.seen(id, Number(f.message.seq ?? 0));
    if ((f.message.kind ?? pb.MessageKind.TEXT) !== pb.MessageKind.TEXT) heads.effect(id);
  } else if (f.body === 'reaction' && f.reaction?.conversationId && wanted(f.reaction.conversationId)) heads.effect(f.reaction.conversationId);
}

/** What a forwarded call's answer says of the home's log: an acknowledged entry's seq, a page's head, an effect. */
export function learnFromResult(heads: RegionHeads, id: string, name: CallName, result: unknown): void {
  if (name === 'history') heads.seen(id, (result as HistoryResult).lastSeq);
  else if (name === 'send' || name === 'mls') heads.seen(id, (result as SendResult).seq);
  else if (name === 'edit' || name === 'delete' || name === 'group') {
    heads.seen(id, (result as SendResult).seq);
    heads.effect(id);
  } else if (name === 'react') heads.effect(id);
}
