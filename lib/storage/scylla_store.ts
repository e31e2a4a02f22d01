import { type Clock, systemClock } from '../time/mod.js';
import { DelegatingStore } from './delegating_store.js';
import { ConflictError, InvalidRecordError, SeqConflictError } from './errors.js';
import { deleteTargets, effectBytes, planAppend, targetSeqs, type TargetRow } from './scylla_effects.js';
import { ScyllaFence } from './scylla_fence.js';
import { RegionLease, type RegionLeaseOptions, RegionLeaseTable } from './scylla_region_lease.js';
import { RegionAdmin } from './scylla_region_admin.js';
import { ScyllaInbox } from './scylla_inbox.js';
import { ScyllaLog } from './scylla_log.js';
import { ScyllaReactions } from './scylla_reactions.js';
import { ScyllaReceipts } from './scylla_receipts.js';
import {
  BUCKET_SIZE,
  bucketOf,
  checkKeyspace,
  SCHEMA_VERSION,
  ScyllaSchemaError,
  storeStatements,
  type StoreStatements,
} from './scylla_schema.js';
import { clientIdBytes, messageBytes, num, numOr0, toConversation, toMember } from './scylla_rows.js';
import { eachLimited, isMissingTableError, ScyllaSession, type ResultSet, type ScyllaConnectionOptions, type ScyllaConsistency, type ScyllaSerialConsistency, UNSET } from './scylla_session.js';
import {
  type ActivityPosition,
  type ConversationRecord,
  type CreateResult,
  type MemberRecord,
  type MessageRecord,
  type MessageStore,
  type OwnerRecord,
  type RangeQuery,
  StoreLimits,
} from './store.js';
import { checkBatch, checkConversation, checkEpoch, checkKey, checkRange } from './validate.js';

export interface ScyllaStoreOptions extends ScyllaConnectionOptions {
  /** Keyspace made by migrate(); an unquoted lower-case CQL identifier. */
  keyspace: string;
  /**
   * Largest append() batch (and conversation creation), estimated as text and id bytes plus ~200
   * bytes per row; a larger one is refused before writing (InvalidRecordError), so callers split
   * batches at this size. Default 256 KiB: a quarter of ScyllaDB's batch_size_fail_threshold_in_kb
   * (1 MiB), which a batch crossing a bucket boundary (a multi-partition logged batch) must pass and
   * which the server counts in its own, larger, in-memory units. One 64 KiB message always fits.
   */
  maxBatchBytes?: number;
  /** Single-partition writes one call keeps in flight (client-id rows, per-user index rows). */
  writeFanout?: number;
  /** Wall time for write timestamps (effects rows); default the system clock. */
  clock?: Clock;
  /**
   * Paxos level of createConversation only; default serialConsistency. Several regions set SERIAL
   * (docs/regions.md): a direct conversation created at once in two regions must get one home, and
   * LOCAL_SERIAL would let each DC's create win in its own DC.
   */
  createSerialConsistency?: ScyllaSerialConsistency;
}

export const ScyllaStoreDefaults = {
  maxBatchBytes: 256 * 1024,
  writeFanout: 32,
} as const;

/** Conversations whose bucket marker this process has written; bounded, cleared when full. */
const MAX_MARKED = 100_000;

/**
 * Production store on ScyllaDB (tested against Apache Cassandra, same CQL). docs/storage.md has the
 * schema, the consistency levels and the failure behaviour; the short version:
 *
 * - append(): validates, then in parallel checks that no seq of the batch is stored (one
 *   single-partition read per bucket touched), writes the client-id rows, raises the conversation's
 *   bucket marker when the batch enters a new bucket and reads the stored targets of EDIT/DELETE
 *   entries; then writes the entries, their effects and the activity marker as one batch
 *   (scylla_effects.ts; logged only across a bucket boundary or with effects on other partitions).
 *   No lightweight transaction per message. The check is a read, so two writers racing on the same
 *   seq can both pass it; that is for a single process.
 * - append(messages, { epoch }) (cluster nodes, after claimOwner): no lightweight transaction; the
 *   entries with plain writes keyed by (seq, epoch), then a read of the current owner epoch before
 *   acknowledging (scylla_fence.ts). Every read keeps per seq only the row of the epoch that owns
 *   it (scylla_log.ts).
 * - Failures of reachability or time surface as StoreUnavailableError (retryable).
 */
export class ScyllaStore extends DelegatingStore implements MessageStore {
  private readonly session: ScyllaSession;
  private readonly s: StoreStatements;
  private readonly maxBatchBytes: number;
  private readonly fanout: number;
  /** conversation id -> highest bucket this process has recorded in conversation_state. */
  private readonly marked = new Map<string, number>();

  protected readonly receipts: ScyllaReceipts;
  protected readonly reactionParts: ScyllaReactions;
  protected readonly inbox: ScyllaInbox;
  private readonly fence: ScyllaFence;
  /** Write-then-verify: a refused fenced append may leave entries stored (docs/storage.md). */
  readonly fencedAppendsMayStore = true;
  private readonly log: ScyllaLog;
  private readonly createSerial: ScyllaSerialConsistency | undefined;
  private readonly keyspace: string;

  constructor(options: ScyllaStoreOptions) {
    super();
    this.keyspace = options.keyspace;
    this.createSerial = options.createSerialConsistency;
    checkKeyspace(options.keyspace);
    this.maxBatchBytes = options.maxBatchBytes ?? ScyllaStoreDefaults.maxBatchBytes;
    this.fanout = options.writeFanout ?? ScyllaStoreDefaults.writeFanout;
    if (!Number.isSafeInteger(this.maxBatchBytes) || this.maxBatchBytes <= 0) throw new RangeError('maxBatchBytes must be a positive integer');
    if (!Number.isSafeInteger(this.fanout) || this.fanout <= 0) throw new RangeError('writeFanout must be a positive integer');
    this.session = new ScyllaSession(options);
    this.s = storeStatements(options.keyspace);
    this.receipts = new ScyllaReceipts(this.session, this.s);
    this.reactionParts = new ScyllaReactions(this.session, this.s);
    this.inbox = new ScyllaInbox(this.session, this.s, this);
    this.log = new ScyllaLog(this.session, this.s);
    const log = this.log;
    this.fence = new ScyllaFence(this.session, this.s, {
      tail: async (cid) => (await log.backward(cid, undefined, 1))[0],
      range: (cid, q) => this.range(cid, q),
      readTargets: (cid, seqs, deleted, into) => log.readTargets(cid, seqs, deleted, into),
      writeClientIds: (messages, consistency) => this.writeClientIds(messages, consistency),
      markBucket: (cid, bucket, consistency) => this.markBucket(cid, bucket, consistency),
      claims: (cid) => log.claims(cid),
    }, options.clock ?? systemClock);
  }

  /** Connects and checks that the keyspace has exactly the schema this build was written for. */
  static async open(options: ScyllaStoreOptions): Promise<ScyllaStore> {
    const store = new ScyllaStore(options);
    try {
      await store.session.connect();
      await store.checkSchema(options.keyspace);
      return store;
    } catch (err) {
      await store.close();
      throw err;
    }
  }

  private async checkSchema(keyspace: string): Promise<void> {
    let versions: number[];
    try {
      versions = (await this.session.all(this.s.schemaVersions, [], { idempotent: true })).map((r) => Number(r['version']));
    } catch (err) {
      if (!isMissingTableError(err)) throw err;
      throw new ScyllaSchemaError(`keyspace ${keyspace} is not migrated (no schema_migrations table)`, 0, SCHEMA_VERSION, {
        cause: err,
      });
    }
    const current = versions.length === 0 ? 0 : Math.max(...versions);
    if (current < SCHEMA_VERSION) {
      throw new ScyllaSchemaError(`keyspace ${keyspace} is at schema ${current}, this build needs ${SCHEMA_VERSION}`, current, SCHEMA_VERSION);
    }
    if (current > SCHEMA_VERSION) {
      throw new ScyllaSchemaError(`keyspace ${keyspace} is at schema ${current}, newer than this build's ${SCHEMA_VERSION}; run a newer build`, current, SCHEMA_VERSION);
    }
  }

  // ---- conversations ------------------------------------------------------------------------

  async createConversation(conversation: ConversationRecord, members: readonly MemberRecord[]): Promise<CreateResult> {
    checkConversation(conversation, members);
    const c = conversation;
    const bytes = members.reduce((n, m) => n + m.userId.length + 32, c.id.length + c.title.length + 64);
    if (bytes > this.maxBatchBytes) throw new InvalidRecordError(`conversation with ${members.length} members is too large to create at once`);
    // The one lightweight transaction outside activation: it happens once per conversation, and it is
    // what makes "create unless it exists" exact. Attributes and members share the partition, so the
    // conditional batch writes them together or not at all.
    const rs = await this.session.batch(
      [
        { query: this.s.createConversation, params: [c.id, c.kind, c.title, c.createdBy, c.createdAt, c.homeRegion ?? UNSET] },
        ...members.map((m) => ({ query: this.s.insertMember, params: [c.id, m.userId, m.role, m.joinedAt] })),
      ],
      { logged: false, idempotent: false, ...(this.createSerial ? { serialConsistency: this.createSerial } : {}) },
    );
    if (rs.wasApplied()) {
      await Promise.all([
        this.indexMembers(c.id, members.map((m) => m.userId)),
        this.session.execute(this.s.touch, [c.createdAt, c.createdAt, c.id], { idempotent: true }),
      ]);
      return { created: true, conversation: { ...c, lastActivity: c.createdAt } };
    }
    // At SERIAL the winner may be another DC's create, not yet replicated here: take the row the
    // refused batch answers with (its activity then reads as its creation; callers read views anew).
    const won = this.createSerial === 'SERIAL' ? rs.first() : null;
    const existing = won && typeof won['kind'] === 'string' ? toConversation(c.id, won, 0) : await this.getConversation(c.id);
    if (existing === undefined) throw new ConflictError(`conversation ${c.id} exists without attributes`);
    // A create that failed after its conditional batch left the per-user index incomplete; any later
    // create of the same id completes it from the stored members.
    await this.indexMembers(c.id, (await this.members(c.id)).map((m) => m.userId));
    if (c.kind === 'group' || existing.kind !== c.kind) {
      throw new ConflictError(`conversation ${c.id} already exists`);
    }
    return { created: false, conversation: existing };
  }

  private indexMembers(conversationId: string, userIds: readonly string[]): Promise<void> {
    return eachLimited(userIds, this.fanout, (userId) =>
      this.session.execute(this.s.insertUserConversation, [userId, conversationId], { idempotent: true }),
    );
  }

  async getConversation(id: string): Promise<ConversationRecord | undefined> {
    checkKey('conversation id', id);
    const [attrs, state] = await Promise.all([
      this.session.execute(this.s.getConversation, [id], { idempotent: true }),
      this.session.execute(this.s.lastActivity, [id], { idempotent: true }),
    ]);
    const row = attrs.first();
    return row && typeof row['kind'] === 'string' ? toConversation(id, row, numOr0(state.first()?.['last_activity'])) : undefined;
  }

  async members(conversationId: string): Promise<MemberRecord[]> {
    checkKey('conversation id', conversationId);
    const rows = await this.session.all(this.s.members, [conversationId], { idempotent: true, fetchSize: 500 });
    return rows.filter((r) => typeof r['user_id'] === 'string' && typeof r['role'] === 'string').map(toMember);
  }

  async member(conversationId: string, userId: string): Promise<MemberRecord | undefined> {
    checkKey('conversation id', conversationId);
    checkKey('user id', userId);
    const row = (await this.session.execute(this.s.member, [conversationId, userId], { idempotent: true })).first();
    return row && typeof row['role'] === 'string' ? toMember(row) : undefined;
  }

  async conversationsOf(userId: string, afterId: string, limit: number): Promise<string[]> {
    checkKey('user id', userId);
    if (afterId !== '') checkKey('afterId', afterId);
    checkLimit(limit);
    const rows = await this.session.all(this.s.conversationsOf, [userId, afterId, limit], { idempotent: true, fetchSize: limit });
    return rows.map((r) => r['conversation_id'] as string);
  }

  // ---- the log --------------------------------------------------------------------------------

  async append(messages: readonly MessageRecord[], fence?: { epoch: number }): Promise<void> {
    checkBatch(messages);
    if (fence !== undefined) checkEpoch(fence.epoch);
    // A fenced append's batches also carry the entries' client-id rows.
    const bytes = messages.reduce((n, m) => n + messageBytes(m) + (fence === undefined ? 0 : clientIdBytes(m)), effectBytes(messages));
    if (bytes > this.maxBatchBytes) {
      throw new InvalidRecordError(`batch of ${bytes} bytes exceeds maxBatchBytes ${this.maxBatchBytes}; split it`);
    }
    if (fence !== undefined) return this.fence.append(messages, fence.epoch);
    const first = messages[0]!;
    const last = messages[messages.length - 1]!;
    const cid = first.conversationId;
    const firstBucket = bucketOf(first.seq);
    const lastBucket = bucketOf(last.seq);

    // Phase 1, in parallel: is any seq of the batch stored (one read per bucket touched); the
    // client-id rows (before the messages: a hint may outlive a failed append, never the reverse);
    // the bucket marker when the batch reaches a new bucket; the stored rows EDIT and DELETE
    // entries refer to (rare; their effects depend on them).
    const work: Promise<unknown>[] = [];
    for (let b = firstBucket; b <= lastBucket; b++) {
      const lo = Math.max(first.seq, b * BUCKET_SIZE);
      const hi = Math.min(last.seq, b * BUCKET_SIZE + BUCKET_SIZE - 1);
      work.push(this.session.execute(this.s.seqTaken, [cid, b, lo, hi], { idempotent: true }));
    }
    const checks = work.length;
    const targets = new Map<number, TargetRow>();
    const refs = targetSeqs(messages);
    if (refs.length > 0) work.push(this.log.readTargets(cid, refs, deleteTargets(messages), targets));
    work.push(this.writeClientIds(messages));
    if (lastBucket > 0) work.push(this.markBucket(cid, lastBucket));
    const done = await Promise.all(work);
    for (let i = 0; i < checks; i++) {
      const row = (done[i] as ResultSet).first();
      if (row) throw new SeqConflictError(cid, num(row['seq']));
    }

    // Phase 2: one batch. Messages of one bucket (and the activity marker beside them) need no
    // batch log: the message partition is applied atomically, the marker is best effort. Across a
    // bucket boundary, or with effects on other partitions (edits of older buckets, deletes,
    // membership, renames), the batch log makes the whole append all-or-nothing.
    const plan = planAppend(this.s, messages, targets);
    await this.session.batch(plan.statements, { logged: plan.logged, idempotent: true });
  }

  /**
   * Client-id rows of an append without fence go before the messages: a hint may outlive a failed
   * append, never the reverse. A fenced append writes them beside its entries (scylla_fence.ts).
   */
  private writeClientIds(messages: readonly MessageRecord[], consistency?: ScyllaConsistency): Promise<unknown> {
    const level = consistency ? { consistency } : {};
    const write = (m: MessageRecord) => this.session.execute(this.s.insertClientId, [m.conversationId, m.senderId, m.clientId, m.seq], { idempotent: true, ...level });
    return messages.length === 1 ? write(messages[0]!) : eachLimited(messages, this.fanout, write);
  }

  /**
   * This node's region lease (multi-region deployments): from now on claims take epochs at or above
   * its fence generation and, in the zero-loss mode, the writes an acknowledgement depends on go out
   * at its write level. Call start() on it before hosting.
   */
  regionLease(options: Omit<RegionLeaseOptions, 'table'>): RegionLease {
    const lease = new RegionLease({ ...options, table: new RegionLeaseTable(this.session, this.keyspace) });
    this.fence.policy = lease;
    return lease;
  }

  /** The failover, status and unfence operations (`chorus region`). */
  regionAdmin(clock: Clock): RegionAdmin {
    return new RegionAdmin(this.session, this.keyspace, new RegionLeaseTable(this.session, this.keyspace), clock);
  }

  async claimOwner(conversationId: string, ownerId: string): Promise<number> {
    checkKey('conversation id', conversationId);
    checkKey('owner id', ownerId);
    return this.fence.claim(conversationId, ownerId);
  }

  claimedStart(conversationId: string, epoch: number): number | undefined {
    return this.fence.claimedStart(conversationId, epoch);
  }

  async currentOwner(conversationId: string): Promise<OwnerRecord | undefined> {
    checkKey('conversation id', conversationId);
    return this.fence.currentOwner(conversationId);
  }

  /**
   * Keeps conversation_state.last_bucket >= the bucket of every stored message: written (and
   * awaited) before the messages of a batch that reaches a bucket this process has not recorded.
   * USING TIMESTAMP <bucket> makes the highest bucket win, whatever order writes land in.
   */
  private async markBucket(cid: string, bucket: number, consistency?: ScyllaConsistency): Promise<void> {
    if (bucket === 0 || (this.marked.get(cid) ?? 0) >= bucket) return;
    await this.session.execute(this.s.markBucket, [bucket, bucket, cid], { idempotent: true, ...(consistency ? { consistency } : {}) });
    if (this.marked.size >= MAX_MARKED) this.marked.clear();
    this.marked.set(cid, bucket);
  }

  async lastSeq(conversationId: string): Promise<number> {
    checkKey('conversation id', conversationId);
    const newest = await this.log.backward(conversationId, undefined, 1);
    return newest[0]?.m.seq ?? 0;
  }

  async range(conversationId: string, query: RangeQuery): Promise<MessageRecord[]> {
    checkRange(conversationId, query);
    if (query.afterSeq !== undefined) return (await this.log.forward(conversationId, query.afterSeq, query.limit)).map((e) => e.m);
    return (await this.log.backward(conversationId, query.beforeSeq, query.limit)).map((e) => e.m).reverse();
  }

  async byClientId(conversationId: string, senderId: string, clientId: string): Promise<MessageRecord | undefined> {
    checkKey('conversation id', conversationId);
    checkKey('sender id', senderId);
    checkKey('client id', clientId);
    const candidates = await this.session.all(this.s.clientIdSeqs, [conversationId, senderId, clientId], { idempotent: true });
    if (candidates.length === 0) return undefined;
    // A candidate is only a hint: its append may have failed, lost the seq to another writer, or been
    // written by a fenced owner past a newer owner's start (not visible).
    const rows = await this.log.at(conversationId, candidates.map((c) => num(c['seq'])));
    for (const e of rows.values()) if (e.m.senderId === senderId && e.m.clientId === clientId) return e.m;
    return undefined;
  }

  // ---- inbox, cursors, reactions, presence: DelegatingStore answers them from scylla_inbox.ts,
  // scylla_receipts.ts and scylla_reactions.ts; the page limit is checked here.

  override conversationsByActivity(userId: string, before: ActivityPosition | null, limit: number): Promise<ActivityPosition[]> {
    checkLimit(limit);
    return super.conversationsByActivity(userId, before, limit);
  }

  async ping(): Promise<void> {
    await this.session.execute(this.s.ping, [], { idempotent: true });
  }

  async close(): Promise<void> {
    await this.session.close();
  }
}

function checkLimit(limit: number): void {
  if (!Number.isSafeInteger(limit) || limit < 1 || limit > StoreLimits.maxRangeLimit) {
    throw new InvalidRecordError(`limit must be an integer from 1 to ${StoreLimits.maxRangeLimit}`);
  }
}
