/**
 * Owner-epoch fencing on ScyllaDB with no lightweight transaction per append. docs/storage.md
 * ("Owner epochs") has the design and the argument why it is safe; in short:
 *
 * - conversation_claims holds each conversation's current epoch, advanced by compare-and-set per
 *   claim, and for each claim that completes the seq its epoch starts at, recorded by compare-and-set
 *   on the current epoch after the claim has read the log's end: recorded claims are sequential;
 * - an append writes its entries and their client-id rows with plain writes (one batch per log
 *   bucket), keyed by (seq, epoch) so that nothing of another epoch is overwritten, then reads the
 *   current epoch (write-then-verify) and is acknowledged only if that is still its own; its effects
 *   on stored rows and other partitions follow only then;
 * - a claim writes again the client-id rows and effects of the log's last append, the only one
 *   that may have entries stored without them;
 * - readers keep per seq only the row of the newest recorded claim that starts at or below it
 *   (scylla_log.ts), which hides every row an owner of an older epoch wrote past that start.
 */
import type { Clock } from '../time/mod.js';
import { FencedError, InvalidRecordError, SeqConflictError, StoreUnavailableError } from './errors.js';
import { deleteTargets, planFencedAppend, targetSeqs, type TargetRow } from './scylla_effects.js';
import type { Claims, LogEntry } from './scylla_log.js';
import { num } from './scylla_rows.js';
import { bucketOf, type StoreStatements } from './scylla_schema.js';
import type { RegionPolicy } from './scylla_region_lease.js';
import type { ScyllaConsistency, ScyllaSession } from './scylla_session.js';
import type { MessageRecord, OwnerRecord, RangeQuery } from './store.js';

/** What the fence does through the store. */
export interface FenceLog {
  /** The newest visible entry. */
  tail(conversationId: string): Promise<LogEntry | undefined>;
  range(conversationId: string, query: RangeQuery): Promise<MessageRecord[]>;
  readTargets(conversationId: string, seqs: readonly number[], deleted: ReadonlySet<number>, into: Map<number, TargetRow>): Promise<void>;
  /** Writes the entries' client-id rows (idempotent). */
  writeClientIds(messages: readonly MessageRecord[], consistency?: ScyllaConsistency): Promise<unknown>;
  /** Raises conversation_state.last_bucket (a no-op for a bucket this process has recorded). */
  markBucket(conversationId: string, bucket: number, consistency?: ScyllaConsistency): Promise<void>;
  claims(conversationId: string): Claims;
}

/** An epoch this process appends with: where it starts, and the next seq (undefined: not known here). */
interface Owned {
  epoch: number;
  start: number;
  next: number | undefined;
}

/** Compare-and-set attempts before a claim gives up (each failure means another claim won). */
const MAX_CAS = 32;
/** Claims whose start a concurrent claim kept from being recorded, before a claim gives up. */
const MAX_CLAIM_ROUNDS = 16;
/** Conversations whose epoch this process remembers; bounded, cleared when full. */
const MAX_OWNED = 100_000;

export class ScyllaFence {
  private readonly owned = new Map<string, Owned>();
  private lastMicros = 0;
  /** The region's epoch floor and write level (multi-region; docs/regions.md), else none. */
  policy: RegionPolicy | undefined;

  constructor(
    private readonly session: ScyllaSession,
    private readonly s: StoreStatements,
    private readonly log: FenceLog,
    private readonly clock: Clock,
  ) {}

  /**
   * Takes the next epoch, reads the log's end, records where the epoch starts. Every append of an
   * older epoch verified before the epoch was taken is in that read; every later one fails its verify.
   */
  async claim(cid: string, ownerId: string): Promise<number> {
    for (let round = 0; round < MAX_CLAIM_ROUNDS; round++) {
      const epoch = await this.nextEpoch(cid, ownerId);
      const tail = await this.log.tail(cid);
      const start = (tail?.m.seq ?? 0) + 1;
      const rs = await this.session.execute(this.s.recordStart, [start, cid, epoch, epoch], { idempotent: false, ...this.level() });
      // Refused: another claim took a newer epoch meanwhile; this one never gets a start (its appends
      // would be fenced). Claim again: an epoch is returned only once it is recorded.
      if (!rs.wasApplied()) continue;
      this.remember(cid, { epoch, start, next: start });
      if (tail !== undefined) await this.completeTail(cid, tail);
      return epoch;
    }
    throw new StoreUnavailableError(`claim of ${cid}: lost ${MAX_CLAIM_ROUNDS} rounds to other claims`);
  }

  /** Where `epoch` starts, if this process claimed it and has not appended with it yet. */
  claimedStart(cid: string, epoch: number): number | undefined {
    const own = this.owned.get(cid);
    return own?.epoch === epoch && own.next === own.start ? own.start : undefined;
  }

  async currentOwner(cid: string): Promise<OwnerRecord | undefined> {
    const row = (await this.session.execute(this.s.owner, [cid], { idempotent: true })).first();
    return row && row['current_epoch'] != null ? { epoch: num(row['current_epoch']), ownerId: (row['owner_id'] as string | null) ?? '' } : undefined;
  }

  /**
   * append(messages, { epoch }), validated. Phase 1, in parallel and only when needed: the bucket
   * marker, the stored targets of EDIT/DELETE entries. Phase 2: the entries with their client-id
   * rows, one plain batch per bucket, ascending. Phase 3: the verify read. Phase 4, only once
   * verified: the effects. A text message is two requests: the batch and the verify.
   */
  async append(messages: readonly MessageRecord[], epoch: number): Promise<void> {
    const cid = messages[0]!.conversationId;
    const first = messages[0]!.seq;
    const last = messages[messages.length - 1]!.seq;
    const own = await this.ownership(cid, epoch);
    // An owner writes only from its start on, each seq once and without gaps (docs/storage.md, W1):
    // the safety argument needs it, and here it costs no I/O.
    if (first < own.start || (own.next !== undefined && first < own.next)) throw new SeqConflictError(cid, first);
    if (own.next !== undefined && first > own.next) throw new InvalidRecordError(`append to ${cid} at seq ${first} would leave a gap: epoch ${epoch} is at ${own.next}`);
    const lastBucket = bucketOf(last);
    const targets = new Map<number, TargetRow>();
    const refs = targetSeqs(messages);
    // Zero-loss: everything an acknowledged message needs in another DC is written at its level.
    const level = this.level();
    await Promise.all([
      lastBucket > 0 ? this.log.markBucket(cid, lastBucket, level.consistency) : undefined,
      refs.length > 0 ? this.log.readTargets(cid, refs, deleteTargets(messages), targets) : undefined,
    ]);
    // Taken before the entries are written: see FencedPlan.remote.
    const at = this.effectsTimestamp();
    const plan = planFencedAppend(this.s, messages, targets, epoch, at);
    // One bucket at a time, ascending: what lands after a claim has read the log's end is a suffix.
    for (const part of plan.parts) await this.session.batch(part.statements, { logged: false, idempotent: true, ...level });
    await this.verify(cid, epoch, first, last);
    own.next = last + 1;
    if (plan.remote.length > 0) await this.session.batch(plan.remote, { logged: plan.remoteLogged, idempotent: true, ...level });
  }

  /** The epoch's start and next seq: known after claiming here, else read (and it must be current). */
  private async ownership(cid: string, epoch: number): Promise<Owned> {
    const known = this.owned.get(cid);
    if (known?.epoch === epoch) return known;
    const row = (await this.session.execute(this.s.claimOf, [cid, epoch], { idempotent: true })).first();
    if (!row || row['current_epoch'] == null || num(row['current_epoch']) !== epoch || row['start'] == null) throw new FencedError(cid, epoch);
    const own = { epoch, start: num(row['start']), next: undefined };
    this.remember(cid, own);
    return own;
  }

  /** Acknowledges the append only if its epoch is still the current one, read after its entries landed. */
  private async verify(cid: string, epoch: number, first: number, last: number): Promise<void> {
    const current = (await this.currentOwner(cid))?.epoch;
    if (current === epoch) return;
    this.forget(cid, epoch);
    const stored = await this.storedThrough(cid, epoch, first, last);
    throw new FencedError(cid, epoch, stored === undefined ? {} : { storedThrough: stored });
  }

  /**
   * Of an append that failed its verify, the entries visible anyway: those below the start of the
   * claim that fenced it (they landed before that claim read the log's end). Undefined when none
   * are, or when that claim has not recorded its start yet and cannot be known.
   */
  private async storedThrough(cid: string, epoch: number, first: number, last: number): Promise<number | undefined> {
    const claims = this.log.claims(cid);
    await claims.cover(first);
    if (!claims.recordedAfter(epoch)) return undefined;
    let seq = first - 1;
    while (seq < last && claims.ownerOf(seq + 1) === epoch) seq++;
    return seq >= first ? seq : undefined;
  }

  /** A write timestamp (µs), increasing within the process. */
  private effectsTimestamp(): number {
    this.lastMicros = Math.max(this.clock.now() * 1000, this.lastMicros + 1);
    return this.lastMicros;
  }

  /** The write level the region asks for (zero-loss: EACH_QUORUM), as request options. */
  private level(): { consistency?: ScyllaConsistency } {
    const c = this.policy?.writeConsistency();
    return c ? { consistency: c } : {};
  }

  /**
   * Takes the next epoch from conversation_claims by compare-and-set: one above the current one, and
   * at least the region's floor (a failed-over region's epochs are below every later one).
   */
  private async nextEpoch(cid: string, ownerId: string): Promise<number> {
    let current = (await this.currentOwner(cid))?.epoch;
    const options = { idempotent: false, ...this.level() };
    for (let i = 0; i < MAX_CAS; i++) {
      const next = Math.max((current ?? 0) + 1, this.policy?.epochFloor() ?? 0);
      const rs =
        current === undefined
          ? await this.session.execute(this.s.claimFirst, [cid, next, ownerId], options)
          : await this.session.execute(this.s.claimNext, [next, ownerId, cid, current], options);
      if (rs.wasApplied()) return next;
      const seen = rs.first()?.['current_epoch'];
      current = seen == null ? (await this.currentOwner(cid))?.epoch : num(seen);
    }
    throw new StoreUnavailableError(`claim of ${cid}: lost ${MAX_CAS} compare-and-set rounds to other claims`);
  }

  /**
   * What the log's last append may lack, written again before the claim returns (docs/storage.md,
   * "Owner epochs"). Its client-id rows: they went in the entries' batches, and a batch that failed
   * half-way may have stored entries without them; every earlier append of its owner was verified,
   * so its batches were complete. Its effects, which follow verification: the writer may have
   * stopped in between; written with their original timestamp, they cannot override anything newer.
   */
  private async completeTail(cid: string, tail: LogEntry): Promise<void> {
    const entries = tail.effectsFrom > 0 && tail.effectsFrom < tail.m.seq ? await this.appendOf(cid, tail) : [tail.m];
    if (entries.length === 0) return;
    const level = this.level();
    if (tail.epoch > 0) await this.log.writeClientIds(entries, level.consistency);
    if (tail.effectsAt === 0) return;
    const targets = new Map<number, TargetRow>();
    const refs = targetSeqs(entries);
    if (refs.length > 0) await this.log.readTargets(cid, refs, deleteTargets(entries), targets);
    const plan = planFencedAppend(this.s, entries, targets, tail.epoch, tail.effectsAt);
    if (plan.remote.length > 0) await this.session.batch(plan.remote, { logged: plan.remoteLogged, idempotent: true, ...level });
  }

  /** The entries of the append that ends at `tail`, from its first seq (the row's marker). */
  private async appendOf(cid: string, tail: LogEntry): Promise<MessageRecord[]> {
    const from = tail.effectsFrom;
    const end = tail.m.seq;
    const entries: MessageRecord[] = [];
    while (entries.length < end - from + 1) {
      const page = await this.log.range(cid, { afterSeq: from - 1 + entries.length, limit: Math.min(1000, end - from + 1 - entries.length) });
      if (page.length === 0) break;
      entries.push(...page);
    }
    return entries;
  }

  private remember(cid: string, own: Owned): void {
    if (this.owned.size >= MAX_OWNED && !this.owned.has(cid)) this.owned.clear();
    this.owned.set(cid, own);
  }

  private forget(cid: string, epoch: number): void {
    if (this.owned.get(cid)?.epoch === epoch) this.owned.delete(cid);
  }
}
