/**
 * Owner-epoch fencing on ScyllaDB: claimOwner() and the conditional writes of a fenced append.
 * docs/storage.md ("Owner epochs") has the design and the argument why it is safe; in short:
 *
 * - conversation_owners holds each conversation's epoch, advanced by compare-and-set per claim;
 * - every log partition (conversation, bucket) has a static owner_epoch, only ever raised, always by
 *   a lightweight transaction. A fenced append writes each partition it touches with one conditional
 *   batch `IF owner_epoch = <its epoch>`, each entry `IF NOT EXISTS`;
 * - a claim raises the partition of the log's next seq and the one after it, then reads the end
 *   again (repeating if it moved to another bucket). An owner raises bucket n+2 before its first
 *   write into bucket n+1, so the partition after the end is always at the current epoch.
 *
 * A stale owner can only succeed at the log's end (every other seq is taken), and the end's partition
 * carries a newer epoch by then.
 */
import type { Clock } from '../time/mod.js';
import { FencedError, SeqConflictError, StoreUnavailableError } from './errors.js';
import { planFencedAppend, targetSeqs, type FencedPlan, type TargetRow } from './scylla_effects.js';
import { num } from './scylla_rows.js';
import { bucketOf, type StoreStatements } from './scylla_schema.js';
import { type ResultSet, type ScyllaSession, UNSET } from './scylla_session.js';
import type { MessageRecord, OwnerRecord, RangeQuery } from './store.js';

/** What the fence does through the store. */
export interface FenceLog {
  lastSeq(conversationId: string): Promise<number>;
  range(conversationId: string, query: RangeQuery): Promise<MessageRecord[]>;
  readTargets(conversationId: string, seqs: readonly number[], into: Map<number, TargetRow>): Promise<void>;
  writeClientIds(messages: readonly MessageRecord[]): Promise<unknown>;
  /** Raises conversation_state.last_bucket (a no-op for a bucket this process has recorded). */
  markBucket(conversationId: string, bucket: number): Promise<void>;
}

/** Compare-and-set attempts before a claim or raise gives up (each failure means another writer won). */
const MAX_CAS = 32;
/** Times a claim re-reads the log's end because an owner crossed into a new bucket meanwhile. */
const MAX_CLAIM_ROUNDS = 16;
/** Conversations whose prepared partitions this process remembers; bounded, cleared when full. */
const MAX_READY = 100_000;

export class ScyllaFence {
  /** conversation -> an epoch and the buckets this process knows are raised to at least it. */
  private readonly ready = new Map<string, { epoch: number; buckets: Set<number> }>();
  private lastMicros = 0;

  constructor(
    private readonly session: ScyllaSession,
    private readonly s: StoreStatements,
    private readonly log: FenceLog,
    private readonly clock: Clock,
  ) {}

  async claim(cid: string, ownerId: string): Promise<number> {
    const epoch = await this.nextEpoch(cid, ownerId);
    let end = await this.log.lastSeq(cid);
    for (let round = 0; ; round++) {
      const r = bucketOf(end + 1);
      // Usually the previous claim raised these partitions: expect its epoch.
      await Promise.all([this.raise(cid, r, epoch, epoch - 1), this.raise(cid, r + 1, epoch, epoch - 1)]);
      // Appends at `end` that were under way have landed (a Paxos round on a partition finishes any
      // earlier one) or will be refused; if one crossed into the next bucket, cover that one too.
      const again = await this.log.lastSeq(cid);
      if (bucketOf(again + 1) === r) {
        end = again;
        this.remember(cid, epoch, [r, r + 1]);
        break;
      }
      if (round >= MAX_CLAIM_ROUNDS) throw new StoreUnavailableError(`claim of ${cid}: the log kept moving to new buckets`);
      end = again;
    }
    if (end > 0) await this.replayEffects(cid, end);
    return epoch;
  }

  async currentOwner(cid: string): Promise<OwnerRecord | undefined> {
    const row = (await this.session.execute(this.s.owner, [cid], { idempotent: true })).first();
    return row && row['epoch'] != null ? { epoch: num(row['epoch']), ownerId: (row['owner_id'] as string | null) ?? '' } : undefined;
  }

  /**
   * append(messages, { epoch }), validated. No seq read. Phase 1, in parallel: the partitions' epochs
   * (an LWT only when the batch reaches a bucket this process has not prepared), the client-id rows,
   * the bucket marker, the stored targets of EDIT/DELETE entries. Phase 2: one conditional batch per
   * bucket; phase 3: the effects on other partitions and the activity marker.
   */
  async append(messages: readonly MessageRecord[], epoch: number): Promise<void> {
    const cid = messages[0]!.conversationId;
    const buckets = [...new Set(messages.map((m) => bucketOf(m.seq)))];
    const lastBucket = buckets[buckets.length - 1]!;
    const targets = new Map<number, TargetRow>();
    const refs = targetSeqs(messages);
    await Promise.all([
      this.prepare(cid, epoch, buckets),
      this.log.writeClientIds(messages),
      lastBucket > 0 ? this.log.markBucket(cid, lastBucket) : undefined,
      refs.length > 0 ? this.log.readTargets(cid, refs, targets) : undefined,
    ]);
    // Taken before the entries are written: see FencedPlan.remote.
    const at = this.effectsTimestamp();
    await this.write(cid, epoch, messages[0]!.seq, planFencedAppend(this.s, messages, targets, at), at);
  }

  /**
   * Makes sure every bucket the append writes, and the one after each, is raised to `epoch` before
   * any entry is written. Known buckets cost nothing; a new one (once per 1000 messages) one LWT.
   */
  private async prepare(cid: string, epoch: number, buckets: readonly number[]): Promise<void> {
    const known = this.ready.get(cid);
    const mine = known?.epoch === epoch ? known.buckets : undefined;
    const missing = [...new Set(buckets.flatMap((b) => [b, b + 1]))].filter((b) => !mine?.has(b));
    if (missing.length === 0) return;
    if (mine === undefined) {
      // Not claimed through this process (or forgotten): raise only for the current epoch, never for
      // one nobody has claimed, which would lock the real owner out.
      const current = await this.currentOwner(cid);
      if (current?.epoch !== epoch) throw new FencedError(cid, epoch);
    }
    const seen = await Promise.all(missing.map((b) => this.raise(cid, b, epoch, null)));
    if (seen.some((e) => e > epoch)) {
      this.forget(cid, epoch);
      throw new FencedError(cid, epoch);
    }
    this.remember(cid, epoch, missing);
  }

  /** A write timestamp (µs), increasing within the process. */
  private effectsTimestamp(): number {
    this.lastMicros = Math.max(this.clock.now() * 1000, this.lastMicros + 1);
    return this.lastMicros;
  }

  /**
   * Phase 2 and 3 of a fenced append: one conditional batch per bucket, ascending, stopping at the
   * first refused; then the effects on other partitions and the activity marker.
   */
  private async write(cid: string, epoch: number, first: number, plan: FencedPlan, at: number): Promise<void> {
    const effects = plan.remote.length > 0;
    let stored: number | undefined;
    for (const part of plan.parts) {
      // With effects elsewhere, the partition records them so that the next claim can re-apply them
      // should this process stop before writing them.
      const head = {
        query: this.s.fence,
        params: [epoch, effects ? first : UNSET, effects ? part.last : UNSET, effects ? at : UNSET, cid, part.bucket, epoch],
      };
      const rs = await this.session.batch([head, ...part.statements], { logged: false, idempotent: false });
      if (!rs.wasApplied()) this.refused(rs, cid, epoch, part, stored);
      stored = part.last;
    }
    if (effects) await this.session.batch([...plan.remote, plan.activity], { logged: plan.remoteLogged, idempotent: true });
    else await this.session.execute(plan.activity.query, plan.activity.params, { idempotent: true });
  }

  /** Why a conditional batch was not applied: another epoch (FencedError) or a taken seq. */
  private refused(rs: ResultSet, cid: string, epoch: number, part: FencedPlan['parts'][number], stored: number | undefined): never {
    // Cassandra returns the rows the conditions read in clustering order, ScyllaDB one per conditional
    // statement; in both, every row carries the static owner_epoch when the partition has one.
    const seen = rs.rows.map((r) => r['owner_epoch']).find((v) => v != null);
    if (seen == null || num(seen) !== epoch) {
      this.forget(cid, epoch);
      throw new FencedError(cid, epoch, stored === undefined ? {} : { storedThrough: stored });
    }
    const taken = rs.rows
      .filter((r) => r['sender_id'] != null && r['seq'] != null)
      .map((r) => num(r['seq']))
      .filter((seq) => seq >= part.first && seq <= part.last);
    if (taken.length > 0) throw new SeqConflictError(cid, Math.min(...taken));
    throw new Error(`conditional append to ${cid} bucket ${part.bucket} was not applied, and neither the epoch nor a seq explains why`);
  }

  /** Takes the next epoch from conversation_owners by compare-and-set. */
  private async nextEpoch(cid: string, ownerId: string): Promise<number> {
    let current = (await this.currentOwner(cid))?.epoch;
    for (let i = 0; i < MAX_CAS; i++) {
      const rs =
        current === undefined
          ? await this.session.execute(this.s.claimFirst, [cid, ownerId], { idempotent: false })
          : await this.session.execute(this.s.claimNext, [current + 1, ownerId, cid, current], { idempotent: false });
      if (rs.wasApplied()) return (current ?? 0) + 1;
      const seen = rs.first()?.['epoch'];
      current = seen == null ? (await this.currentOwner(cid))?.epoch : num(seen);
    }
    throw new StoreUnavailableError(`claim of ${cid}: lost ${MAX_CAS} compare-and-set rounds to other claims`);
  }

  /**
   * Raises a partition's owner_epoch to at least `epoch`, never lowering it, by compare-and-set from
   * `expected` (a guess; a refusal tells the real value). Returns the value it has afterwards.
   */
  private async raise(cid: string, bucket: number, epoch: number, expected: number | null): Promise<number> {
    let from = expected !== null && expected > 0 ? expected : null;
    for (let i = 0; i < MAX_CAS; i++) {
      const rs = await this.session.execute(this.s.raiseEpoch, [epoch, cid, bucket, from], { idempotent: false });
      if (rs.wasApplied()) return epoch;
      const seen = rs.first()?.['owner_epoch'];
      const current = seen == null ? null : num(seen);
      if (current !== null && current >= epoch) return current;
      from = current;
    }
    throw new StoreUnavailableError(`raising the owner epoch of ${cid} bucket ${bucket}: lost ${MAX_CAS} rounds`);
  }

  /**
   * A fenced append writes its effects on other partitions after its entries. If the log's last
   * append has such effects, they may be missing (the writer stopped in between): write them again,
   * with their original timestamp, so that they cannot override anything newer.
   */
  private async replayEffects(cid: string, end: number): Promise<void> {
    const row = (await this.session.execute(this.s.partitionState, [cid, bucketOf(end)], { idempotent: true })).first();
    if (!row || row['effects_to'] == null || num(row['effects_to']) !== end) return;
    const from = num(row['effects_from']);
    const at = num(row['effects_at']);
    const entries: MessageRecord[] = [];
    while (entries.length < end - from + 1) {
      const page = await this.log.range(cid, { afterSeq: from - 1 + entries.length, limit: Math.min(1000, end - from + 1 - entries.length) });
      if (page.length === 0) break;
      entries.push(...page);
    }
    if (entries.length === 0) return;
    const targets = new Map<number, TargetRow>();
    const refs = targetSeqs(entries);
    if (refs.length > 0) await this.log.readTargets(cid, refs, targets);
    const plan = planFencedAppend(this.s, entries, targets, at);
    if (plan.remote.length > 0) await this.session.batch(plan.remote, { logged: plan.remoteLogged, idempotent: true });
  }

  private remember(cid: string, epoch: number, buckets: readonly number[]): void {
    let entry = this.ready.get(cid);
    if (entry?.epoch !== epoch) {
      if (this.ready.size >= MAX_READY) this.ready.clear();
      this.ready.set(cid, (entry = { epoch, buckets: new Set() }));
    }
    for (const b of buckets) entry.buckets.add(b);
    if (entry.buckets.size > 8) {
      // Only the buckets near the end are written again.
      const keep = [...entry.buckets].sort((a, b) => b - a).slice(0, 4);
      entry.buckets = new Set(keep);
    }
  }

  private forget(cid: string, epoch: number): void {
    if (this.ready.get(cid)?.epoch === epoch) this.ready.delete(cid);
  }
}
