import type { ScyllaSession } from '../storage/scylla_session.js';
import { PUSH_OUTBOX_BUCKET_MS, PUSH_OUTBOX_RETENTION_SEC } from '../storage/scylla_push_schema.js';
import type {
  AmbiguousPolicy,
  ClaimRequest,
  ClaimResult,
  ClaimedJob,
  Completion,
  EnqueueResult,
  OutboxEntry,
  PushJob,
  PushJobState,
  PushOutbox,
  RecoverResult,
} from './outbox.js';
import type { PushStatements } from './scylla_push_statements.js';
import { type OutboxStats, SqlitePushOutbox } from './sqlite_push_outbox.js';
import { checkJob } from './validate.js';

const W = { idempotent: true } as const;
/** A push whose `sending` could not be journalled is tried again after this. */
const JOURNAL_RETRY_MS = 1000;

export function outboxBucket(at: number): number {
  return Math.floor(at / PUSH_OUTBOX_BUCKET_MS);
}

export interface ScyllaPushOutboxOptions {
  session: ScyllaSession;
  statements: PushStatements;
  /** Whose outbox: the node id that queued the pushes (not necessarily the one draining them). */
  owner: string;
  /** Replay starts at this bucket (the owner row's low_bucket). */
  fromBucket: number;
  now: number;
}

/**
 * One node's outbox on ScyllaDB: a journal of entry states in the node's own partitions
 * (owner, 10-minute bucket), written before each step takes effect, and an in-memory SQLite
 * outbox that answers claims, collapse and due times. Only the holder of the owner row
 * (ScyllaOutboxOwners) opens it, so claims never need a conditional write, and nothing scans
 * the table while it runs: the journal is read once, when a holder opens the outbox (at start, or
 * to drain a dead node's). Rows are never deleted; they expire (see scylla_push_schema.ts).
 *
 * Journalled: enqueue (pending), begin (sending) and complete (sent, dropped, retry). Claims, and
 * drops the outbox re-derives (supersede, expiry, dropTarget), are not: a replay recomputes them.
 */
export class ScyllaPushOutbox implements PushOutbox {
  private constructor(
    private readonly o: ScyllaPushOutboxOptions,
    private readonly local: SqlitePushOutbox,
  ) {}

  static async open(o: ScyllaPushOutboxOptions): Promise<ScyllaPushOutbox> {
    const outbox = new ScyllaPushOutbox(o, new SqlitePushOutbox({ path: ':memory:' }));
    await outbox.replay();
    return outbox;
  }

  get owner(): string {
    return this.o.owner;
  }

  /** Reads the owner's buckets from fromBucket to now; open entries become pending (sending keeps its ambiguity). */
  private async replay(): Promise<void> {
    const last = outboxBucket(this.o.now);
    const first = Math.max(this.o.fromBucket, last - Math.ceil((PUSH_OUTBOX_RETENTION_SEC * 1000) / PUSH_OUTBOX_BUCKET_MS));
    const entries: OutboxEntry[] = [];
    for (let b = first; b <= last; b++) {
      for (const r of await this.o.session.all(this.o.statements.journalBucket, [this.o.owner, b], W)) entries.push(JSON.parse(String(r['entry'])) as OutboxEntry);
    }
    // Finished and in-flight entries as they were; open ones re-enqueued in seq order, which
    // re-applies the collapse of bursts.
    this.local.restore(entries.filter((e) => e.state !== 'pending' && e.state !== 'claimed'), `replay:${this.o.owner}`);
    const open = entries.filter((e) => e.state === 'pending' || e.state === 'claimed').sort((a, b) => a.notification.seq - b.notification.seq);
    for (const e of open) await this.local.enqueue([toJob(e)], e.createdAt);
  }

  private async write(entry: OutboxEntry): Promise<void> {
    await this.o.session.execute(this.o.statements.journal, [this.o.owner, outboxBucket(entry.createdAt), entry.key, JSON.stringify(entry)], W);
  }

  private async journal(key: string): Promise<void> {
    const e = await this.local.get(key);
    if (e !== undefined) await this.write(e);
  }

  async enqueue(jobs: readonly PushJob[], now: number): Promise<EnqueueResult> {
    for (const job of jobs) checkJob(job);
    const fresh: PushJob[] = [];
    for (const j of jobs) if ((await this.local.get(j.key)) === undefined && !fresh.some((f) => f.key === j.key)) fresh.push(j);
    // Durable first: the entries exist in the journal before anything can claim them.
    await Promise.all(fresh.map((j) => this.write({ ...j, state: 'pending', attempts: 0, createdAt: now, updatedAt: now })));
    return this.local.enqueue(jobs, now);
  }

  claim(request: ClaimRequest): Promise<ClaimResult> {
    return this.local.claim(request);
  }

  async begin(job: ClaimedJob, now: number): Promise<boolean> {
    if (!(await this.local.begin(job, now))) return false;
    // `sending` is recorded before the request is written: after a crash it is ambiguous, never lost.
    try {
      await this.journal(job.key);
    } catch (err) {
      // Nothing was sent: try again shortly rather than leave an ambiguous entry.
      await this.local.complete(job, { state: 'retry', notBefore: now + JOURNAL_RETRY_MS, reason: 'journal-unavailable' }, now);
      throw err;
    }
    return true;
  }

  async complete(job: ClaimedJob, completion: Completion, now: number): Promise<boolean> {
    if (!(await this.local.complete(job, completion, now))) return false;
    await this.journal(job.key);
    return true;
  }

  dropTarget(userId: string, deviceId: string, address: string, reason: string, now: number): Promise<number> {
    return this.local.dropTarget(userId, deviceId, address, reason, now);
  }

  recover(owner: string, ambiguous: AmbiguousPolicy, now: number): Promise<RecoverResult> {
    return this.local.recover(owner, ambiguous, now);
  }

  nextDue(): Promise<number | undefined> {
    return this.local.nextDue();
  }

  get(key: string): Promise<OutboxEntry | undefined> {
    return this.local.get(key);
  }

  counts(): Promise<Record<PushJobState, number>> {
    return this.local.counts();
  }

  /** Forgets finished entries in memory; their journal rows expire on their own. */
  purge(before: number, limit: number): Promise<number> {
    return this.local.purge(before, limit);
  }

  stats(): Promise<OutboxStats> {
    return this.local.stats();
  }

  /** The bucket replay must start from next time: that of the oldest open entry, or now's. */
  async lowBucket(now: number): Promise<number> {
    const { oldestCreatedAt } = await this.local.stats();
    return outboxBucket(oldestCreatedAt ?? now);
  }

  close(): Promise<void> {
    return this.local.close();
  }
}

function toJob(e: OutboxEntry): PushJob {
  return { key: e.key, userId: e.userId, deviceId: e.deviceId, target: e.target, notification: e.notification, notBefore: e.notBefore, expiresAt: e.expiresAt };
}
