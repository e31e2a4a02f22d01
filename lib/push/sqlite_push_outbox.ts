import type Database from 'better-sqlite3';
import type {
  AmbiguousPolicy,
  ClaimRequest,
  ClaimResult,
  ClaimedJob,
  Completion,
  DroppedEntry,
  EnqueueResult,
  OutboxEntry,
  PushJob,
  PushJobState,
  PushOutbox,
  RecoverResult,
} from './outbox.js';
import { PUSH_JOB_STATES } from './outbox.js';
import { targetAddress, type PushNotification, type PushPlatform, type PushTarget } from './provider.js';
import type { SqliteSchema, SqliteSource } from '../storage/sqlite_open.js';
import { SqlitePushStore } from './sqlite_push_store.js';
import { checkJob } from './validate.js';

/** Files written before schema_versions kept this version in push_schema. */
const SCHEMA: SqliteSchema = {
  component: 'push_outbox',
  legacy: 'push_schema',
  migrations: [
    `CREATE TABLE push_outbox (
       key TEXT PRIMARY KEY,
       user_id TEXT NOT NULL, device_id TEXT NOT NULL,
       conversation_id TEXT NOT NULL, seq INTEGER NOT NULL, collapse_key TEXT,
       platform TEXT NOT NULL, address TEXT NOT NULL,
       target TEXT NOT NULL, notification TEXT NOT NULL,
       state TEXT NOT NULL, attempts INTEGER NOT NULL,
       not_before INTEGER NOT NULL, expires_at INTEGER NOT NULL,
       lease_owner TEXT, lease_until INTEGER,
       reason TEXT, provider_id TEXT,
       created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL
     ) WITHOUT ROWID;
     CREATE INDEX push_outbox_due ON push_outbox (not_before) WHERE state = 'pending';
     CREATE INDEX push_outbox_leases ON push_outbox (lease_until) WHERE state IN ('claimed', 'sending');
     CREATE INDEX push_outbox_collapse ON push_outbox (user_id, device_id, conversation_id, collapse_key, seq);
     CREATE INDEX push_outbox_finished ON push_outbox (updated_at) WHERE state IN ('sent', 'dropped');`,
  ],
};

interface Row {
  key: string;
  user_id: string;
  device_id: string;
  conversation_id: string;
  seq: number;
  collapse_key: string | null;
  platform: PushPlatform;
  address: string;
  target: string;
  notification: string;
  state: PushJobState;
  attempts: number;
  not_before: number;
  expires_at: number;
  lease_owner: string | null;
  lease_until: number | null;
  reason: string | null;
  provider_id: string | null;
  created_at: number;
  updated_at: number;
}

/**
 * The outbox on SQLite (its own tables; the file may be shared with the message store). Claims
 * run in IMMEDIATE transactions, so several processes may dispatch from one file. better-sqlite3
 * is synchronous: every call has completed, durably, when its promise resolves.
 */
export class SqlitePushOutbox extends SqlitePushStore implements PushOutbox {
  private readonly stmt: ReturnType<typeof statements>;
  private readonly enqueueTx;
  private readonly claimTx;
  private readonly recoverTx;
  private readonly restoreTx;

  constructor(source: SqliteSource) {
    super(source, SCHEMA, 'push outbox');
    const db = this.db;
    this.stmt = statements(db);
    this.enqueueTx = db.transaction((jobs: readonly PushJob[], now: number) => this.enqueueRows(jobs, now));
    this.claimTx = db.transaction((req: ClaimRequest) => this.claimRows(req));
    this.recoverTx = db.transaction((owner: string, ambiguous: AmbiguousPolicy, now: number) => this.recoverRows(owner, ambiguous, now));
    this.restoreTx = db.transaction((entries: readonly OutboxEntry[], leaseOwner: string) => this.restoreRows(entries, leaseOwner));
  }

  private enqueueRows(jobs: readonly PushJob[], now: number): EnqueueResult {
    let inserted = 0;
    let superseded = 0;
    for (const job of jobs) {
      if (this.stmt.exists.get(job.key)) continue;
      const n = job.notification;
      let state: PushJobState = 'pending';
      let reason: string | null = null;
      let notBefore = job.notBefore;
      if (n.collapseKey !== undefined) {
        const scope = [job.userId, job.deviceId, n.conversationId, n.collapseKey, n.seq] as const;
        if (this.stmt.newer.get(...scope)) {
          state = 'dropped';
          reason = 'superseded';
          superseded++;
        } else {
          // The newest push of a burst keeps the burst's earliest send time, so a steady stream
          // of messages cannot postpone the push forever.
          for (const older of this.stmt.olderPending.all(...scope)) {
            notBefore = Math.min(notBefore, older.not_before);
            this.stmt.drop.run('superseded', now, older.key);
            superseded++;
          }
        }
      }
      this.stmt.insert.run({
        key: job.key,
        user_id: job.userId,
        device_id: job.deviceId,
        conversation_id: n.conversationId,
        seq: n.seq,
        collapse_key: n.collapseKey ?? null,
        platform: job.target.platform,
        address: targetAddress(job.target),
        target: JSON.stringify(job.target),
        notification: JSON.stringify(n),
        state,
        not_before: notBefore,
        expires_at: job.expiresAt,
        reason,
        now,
      });
      inserted++;
    }
    return { inserted, superseded };
  }

  private claimRows(req: ClaimRequest): ClaimResult {
    const jobs: ClaimedJob[] = [];
    const dropped: DroppedEntry[] = [];
    const drop = (r: Row, reason: string): void => {
      this.stmt.drop.run(reason, req.now, r.key);
      dropped.push({ key: r.key, platform: r.platform, reason });
    };
    const candidates: Row[] = [];
    for (const r of this.stmt.stale.all(req.now, req.limit)) {
      if (r.state === 'sending' && req.ambiguous === 'drop') drop(r, 'ambiguous');
      else candidates.push(r);
    }
    candidates.push(...this.stmt.due.all(req.now, req.limit));
    for (const r of candidates) {
      if (jobs.length >= req.limit) break;
      if (r.expires_at <= req.now) {
        drop(r, 'expired');
        continue;
      }
      this.stmt.lease.run(req.owner, req.now + req.leaseMs, req.now, r.key);
      jobs.push({ ...toJob(r), owner: req.owner, attempt: r.attempts + 1, createdAt: r.created_at });
    }
    return { jobs, dropped };
  }

  private recoverRows(owner: string, ambiguous: AmbiguousPolicy, now: number): RecoverResult {
    const result: RecoverResult = { released: 0, resent: 0, dropped: [] };
    for (const r of this.stmt.owned.all(owner)) {
      if (r.state === 'claimed') {
        this.stmt.release.run(now, r.key);
        result.released++;
      } else if (ambiguous === 'resend') {
        this.stmt.resend.run(now, r.key);
        result.resent++;
      } else {
        this.stmt.drop.run('ambiguous', now, r.key);
        result.dropped.push({ key: r.key, platform: r.platform, reason: 'ambiguous' });
      }
    }
    return result;
  }

  async enqueue(jobs: readonly PushJob[], now: number): Promise<EnqueueResult> {
    for (const job of jobs) checkJob(job);
    return this.run(() => this.enqueueTx.immediate(jobs, now));
  }

  async claim(request: ClaimRequest): Promise<ClaimResult> {
    if (request.limit <= 0) return { jobs: [], dropped: [] };
    return this.run(() => this.claimTx.immediate(request));
  }

  async begin(job: ClaimedJob, now: number): Promise<boolean> {
    return this.run(() => this.stmt.begin.run(now, job.key, job.owner, job.attempt, now).changes === 1);
  }

  async complete(job: ClaimedJob, c: Completion, now: number): Promise<boolean> {
    const fence = [job.key, job.owner, job.attempt] as const;
    return this.run(() => {
      switch (c.state) {
        case 'sent':
          return this.stmt.sent.run(c.providerId ?? null, now, ...fence).changes === 1;
        case 'retry':
          if (c.notBefore >= job.expiresAt) return this.stmt.dropLeased.run('expired', now, ...fence).changes === 1;
          return this.stmt.retry.run(c.notBefore, c.reason, now, ...fence).changes === 1;
        case 'dropped':
          return this.stmt.dropLeased.run(c.reason, now, ...fence).changes === 1;
      }
    });
  }

  async dropTarget(userId: string, deviceId: string, address: string, reason: string, now: number): Promise<number> {
    return this.run(() => this.stmt.dropTarget.run(reason, now, userId, deviceId, address).changes);
  }

  async recover(owner: string, ambiguous: AmbiguousPolicy, now: number): Promise<RecoverResult> {
    return this.run(() => this.recoverTx.immediate(owner, ambiguous, now));
  }

  async nextDue(): Promise<number | undefined> {
    return this.run(() => {
      const times = [this.stmt.nextPending.get()?.t, this.stmt.nextLease.get()?.t].filter((t): t is number => typeof t === 'number');
      return times.length === 0 ? undefined : Math.min(...times);
    });
  }

  async get(key: string): Promise<OutboxEntry | undefined> {
    const r = this.run(() => this.stmt.get.get(key));
    if (r === undefined) return undefined;
    const entry: OutboxEntry = { ...toJob(r), state: r.state, attempts: r.attempts, createdAt: r.created_at, updatedAt: r.updated_at };
    if (r.reason !== null) entry.reason = r.reason;
    if (r.provider_id !== null) entry.providerId = r.provider_id;
    return entry;
  }

  async counts(): Promise<Record<PushJobState, number>> {
    const out = Object.fromEntries(PUSH_JOB_STATES.map((s) => [s, 0])) as Record<PushJobState, number>;
    for (const r of this.run(() => this.stmt.counts.all())) out[r.state] = r.n;
    return out;
  }

  async purge(before: number, limit: number): Promise<number> {
    return this.run(() => this.stmt.purge.run(before, limit).changes);
  }

  /** What waits to be sent: entries not yet sent or dropped, and the creation time of the oldest. */
  async stats(): Promise<OutboxStats> {
    const r = this.run(() => this.stmt.open.get());
    return { depth: r?.n ?? 0, oldestCreatedAt: r?.t ?? undefined };
  }

  /**
   * Writes entries as they were recorded elsewhere (a journal being replayed), skipping keys that
   * exist. A `sending` entry gets an expired lease of `leaseOwner`, so the next claim applies the
   * ambiguous policy to it; other states are written as they are, without a lease.
   */
  restore(entries: readonly OutboxEntry[], leaseOwner: string): number {
    return this.run(() => this.restoreTx.immediate(entries, leaseOwner));
  }

  private restoreRows(entries: readonly OutboxEntry[], leaseOwner: string): number {
    let n = 0;
    for (const e of entries) {
      if (this.stmt.exists.get(e.key)) continue;
      const n0 = e.notification;
      const sending = e.state === 'sending';
      this.stmt.restore.run({
        key: e.key, user_id: e.userId, device_id: e.deviceId, conversation_id: n0.conversationId, seq: n0.seq, collapse_key: n0.collapseKey ?? null,
        platform: e.target.platform, address: targetAddress(e.target), target: JSON.stringify(e.target), notification: JSON.stringify(n0),
        state: e.state === 'claimed' ? 'pending' : e.state, attempts: e.attempts, not_before: e.notBefore, expires_at: e.expiresAt,
        lease_owner: sending ? leaseOwner : null, lease_until: sending ? 0 : null, reason: e.reason ?? null, provider_id: e.providerId ?? null,
        created_at: e.createdAt, updated_at: e.updatedAt,
      });
      n++;
    }
    return n;
  }
}

export interface OutboxStats {
  /** Entries pending, claimed or sending. */
  depth: number;
  /** ms; undefined when nothing waits. */
  oldestCreatedAt: number | undefined;
}

function toJob(r: Row): PushJob {
  return {
    key: r.key,
    userId: r.user_id,
    deviceId: r.device_id,
    target: JSON.parse(r.target) as PushTarget,
    notification: JSON.parse(r.notification) as PushNotification,
    notBefore: r.not_before,
    expiresAt: r.expires_at,
  };
}

/** The outbox's prepared statements. */
function statements(db: Database.Database) {
  return {
    exists: db.prepare<[string], { n: number }>('SELECT 1 AS n FROM push_outbox WHERE key = ?'),
    newer: db.prepare<[string, string, string, string, number], { n: number }>(
      `SELECT 1 AS n FROM push_outbox WHERE user_id = ? AND device_id = ? AND conversation_id = ? AND collapse_key = ?
         AND seq > ? AND state <> 'dropped' LIMIT 1`,
    ),
    olderPending: db.prepare<[string, string, string, string, number], { key: string; not_before: number }>(
      `SELECT key, not_before FROM push_outbox WHERE user_id = ? AND device_id = ? AND conversation_id = ? AND collapse_key = ?
         AND seq < ? AND state = 'pending'`,
    ),
    insert: db.prepare(
      `INSERT INTO push_outbox (key, user_id, device_id, conversation_id, seq, collapse_key, platform, address, target, notification,
         state, attempts, not_before, expires_at, reason, created_at, updated_at)
       VALUES (@key, @user_id, @device_id, @conversation_id, @seq, @collapse_key, @platform, @address, @target, @notification,
         @state, 0, @not_before, @expires_at, @reason, @now, @now)`,
    ),
    drop: db.prepare<[string, number, string]>(
      `UPDATE push_outbox SET state = 'dropped', reason = ?, updated_at = ?, lease_owner = NULL, lease_until = NULL WHERE key = ?`,
    ),
    stale: db.prepare<[number, number], Row>(
      `SELECT * FROM push_outbox WHERE state IN ('claimed', 'sending') AND lease_until <= ? ORDER BY lease_until LIMIT ?`,
    ),
    due: db.prepare<[number, number], Row>(
      `SELECT * FROM push_outbox WHERE state = 'pending' AND not_before <= ? ORDER BY not_before, key LIMIT ?`,
    ),
    lease: db.prepare<[string, number, number, string]>(
      `UPDATE push_outbox SET state = 'claimed', lease_owner = ?, lease_until = ?, attempts = attempts + 1, updated_at = ? WHERE key = ?`,
    ),
    begin: db.prepare<[number, string, string, number, number]>(
      `UPDATE push_outbox SET state = 'sending', updated_at = ?
       WHERE key = ? AND state = 'claimed' AND lease_owner = ? AND attempts = ? AND lease_until > ?`,
    ),
    sent: db.prepare<[string | null, number, string, string, number]>(
      `UPDATE push_outbox SET state = 'sent', provider_id = ?, reason = NULL, lease_owner = NULL, lease_until = NULL, updated_at = ?
       WHERE key = ? AND state IN ('claimed', 'sending') AND lease_owner = ? AND attempts = ?`,
    ),
    retry: db.prepare<[number, string, number, string, string, number]>(
      `UPDATE push_outbox SET state = 'pending', not_before = ?, reason = ?, lease_owner = NULL, lease_until = NULL, updated_at = ?
       WHERE key = ? AND state IN ('claimed', 'sending') AND lease_owner = ? AND attempts = ?`,
    ),
    dropLeased: db.prepare<[string, number, string, string, number]>(
      `UPDATE push_outbox SET state = 'dropped', reason = ?, lease_owner = NULL, lease_until = NULL, updated_at = ?
       WHERE key = ? AND state IN ('claimed', 'sending') AND lease_owner = ? AND attempts = ?`,
    ),
    dropTarget: db.prepare<[string, number, string, string, string]>(
      `UPDATE push_outbox SET state = 'dropped', reason = ?, updated_at = ?
       WHERE user_id = ? AND device_id = ? AND address = ? AND state = 'pending'`,
    ),
    owned: db.prepare<[string], Row>(`SELECT * FROM push_outbox WHERE state IN ('claimed', 'sending') AND lease_owner = ?`),
    release: db.prepare<[number, string]>(
      `UPDATE push_outbox SET state = 'pending', attempts = MAX(attempts - 1, 0), lease_owner = NULL, lease_until = NULL, updated_at = ?
       WHERE key = ?`,
    ),
    resend: db.prepare<[number, string]>(
      `UPDATE push_outbox SET state = 'pending', lease_owner = NULL, lease_until = NULL, updated_at = ? WHERE key = ?`,
    ),
    nextPending: db.prepare<[], { t: number | null }>(`SELECT MIN(not_before) AS t FROM push_outbox WHERE state = 'pending'`),
    nextLease: db.prepare<[], { t: number | null }>(`SELECT MIN(lease_until) AS t FROM push_outbox WHERE state IN ('claimed', 'sending')`),
    get: db.prepare<[string], Row>('SELECT * FROM push_outbox WHERE key = ?'),
    counts: db.prepare<[], { state: PushJobState; n: number }>('SELECT state, COUNT(*) AS n FROM push_outbox GROUP BY state'),
    open: db.prepare<[], { n: number; t: number | null }>(
      `SELECT COUNT(*) AS n, MIN(created_at) AS t FROM push_outbox WHERE state IN ('pending', 'claimed', 'sending')`,
    ),
    restore: db.prepare(
      `INSERT INTO push_outbox (key, user_id, device_id, conversation_id, seq, collapse_key, platform, address, target, notification,
         state, attempts, not_before, expires_at, lease_owner, lease_until, reason, provider_id, created_at, updated_at)
       VALUES (@key, @user_id, @device_id, @conversation_id, @seq, @collapse_key, @platform, @address, @target, @notification,
         @state, @attempts, @not_before, @expires_at, @lease_owner, @lease_until, @reason, @provider_id, @created_at, @updated_at)`,
    ),
    purge: db.prepare<[number, number]>(
      `DELETE FROM push_outbox WHERE key IN
         (SELECT key FROM push_outbox WHERE state IN ('sent', 'dropped') AND updated_at < ? ORDER BY updated_at LIMIT ?)`,
    ),
  };
}
