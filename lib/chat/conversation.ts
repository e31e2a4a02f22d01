import { monotonicClock } from '../time/mod.js';
import type { ActorContext, Reply } from '../actors/actor.js';
import type { SendResult } from './types.js';
import { toClientError } from './errors.js';
import { toWire } from './wire.js';
import { everyMember } from './receipts.js';
import { ChorusError, ErrorCode, encodeServerFrame, encryptedSuite, invalid } from '../protocol/mod.js';
import { FencedError } from '../storage/mod.js';
import type { ConversationRecord, EntryKind, MembersChange, MessageRecord } from '../storage/mod.js';
import { type ConversationDeps, type ConversationMessage, type Entry, movedError } from './conversation_types.js';
import { type GroupMember, planGroupChange } from './group_change.js';
import { RecentEntries } from './recent_entries.js';
import { SentTimes, isPending, notMember, pageQuery, pageRows } from './conversation_parts.js';
import { E2eeGroup, e2eeRefusal } from './e2ee_rules.js';

/** Group-commit limits: one append carries at most this many entries and (worst-case UTF-8) text bytes. */
const MAX_BATCH_MESSAGES = 256;
const MAX_BATCH_TEXT_BYTES = 192 * 1024;

/** An entry waiting for its batch to be stored; resends of the same client id join its waiters. */
interface Pending {
  record: MessageRecord;
  waiters: Reply<SendResult>[];
  /** Applied to the actor's member table once stored. */
  change: MembersChange | null;
}

/**
 * Owns one conversation: the single writer of its log. Entries (messages, edits, deletes,
 * membership changes) are grouped into one append per mailbox turn (group commit); an entry is
 * acknowledged only after its batch is stored, then fanned out to the members' sessions in seq order.
 */
export class ConversationActor {
  private record: ConversationRecord | undefined;
  private readonly members = new Map<string, GroupMember>();
  /** Current members, the fan-out set. */
  private active = new Set<string>();
  private nextSeq = 1;
  private readonly recent: RecentEntries<Pending>;
  private batch: Pending[] = [];
  private flushQueued = false;
  private readonly typingAt = new Map<string, number>();
  /** Accept times of recent seqs, for delivery latency (only when observed). */
  private sentTimes: SentTimes | null = null;
  /** The owner epoch claimed at activation (cluster nodes); appends carry it. */
  private epoch: number | undefined;
  /** Activated on a node that does not own the conversation: answer "moved" and stop. */
  private stray = false;
  /** End-to-end encrypted conversations: the MLS epoch and the delivery-service rules (e2ee_rules.ts). */
  private readonly e2ee: E2eeGroup | null;

  constructor(
    private readonly id: string,
    private readonly deps: ConversationDeps,
  ) {
    this.recent = new RecentEntries<Pending>(deps.limits.dedupWindow);
    this.e2ee = encryptedSuite(id) === 0 ? null : new E2eeGroup(id, () => this.record!.kind, deps.limits.maxGroupMembers);
  }

  async preStart(): Promise<void> {
    const store = this.deps.store;
    const own = this.deps.ownership;
    if (own !== undefined) {
      if (!own.mayOwn(this.id)) {
        this.stray = true;
        return;
      }
      // Claim, then take the log's end: earlier owners' appends landed before it or are refused.
      this.epoch = await store.claimOwner(this.id, own.nodeId);
    }
    const start = this.epoch === undefined ? undefined : store.claimedStart?.(this.id, this.epoch); // the end the claim read, + 1
    const [record, members, last] = await Promise.all([store.getConversation(this.id), store.members(this.id), start !== undefined ? start - 1 : store.lastSeq(this.id)]);
    this.record = record;
    for (const m of members) this.members.set(m.userId, { role: m.role, leftSeq: m.leftSeq });
    this.active = new Set(members.filter((m) => m.leftSeq === 0).map((m) => m.userId));
    this.nextSeq = last + 1;
    await this.e2ee?.load(store);
  }

  receive(m: ConversationMessage, ctx: ActorContext<ConversationMessage>): void | Promise<void> {
    if (m.t === 'flush') return this.flush(ctx);
    if (m.t === 'release') return this.release(ctx);
    if (this.stray) {
      m.reply.fail(movedError());
      ctx.stop();
      return;
    }
    if (this.record === undefined) {
      // Not created (yet): answer and go away so that a later creation is seen on reactivation.
      m.reply.fail(new ChorusError(ErrorCode.NOT_FOUND, 'no such conversation'));
      ctx.stop();
      return;
    }
    const refused = e2eeRefusal(this.id, m);
    if (refused !== null) return m.reply.fail(refused);
    switch (m.t) {
      case 'send':
        return this.admit(m, ctx, () => this.entry(m, 'text', m.text, 0, m.meta ?? ''));
      case 'edit':
        return this.admit(m, ctx, () => this.edit(m, ctx));
      case 'delete':
        return this.admit(m, ctx, () => this.remove(m, ctx));
      case 'group':
        return this.admit(m, ctx, () => this.group(m));
      case 'mls':
        return this.admit(m, ctx, () => ((p) => this.entry(m, p.kind, p.text, 0, p.meta, p.change))(this.e2ee!.admit(m, this.active)));
      case 'history':
        return this.history(m);
      case 'react':
        return this.react(m);
      case 'typing':
        return this.typing(m);
      case 'receipt':
        return this.receipt(m);
      case 'receipts':
        if (!this.isMember(m.userId, m.reply)) return;
        this.deps.store.memberCursors(this.id).then(
          (cursors) => m.reply.ok(everyMember(this.active, cursors)),
          (err: unknown) => m.reply.fail(toClientError(err)),
        );
        return;
      case 'members':
        if (!this.isMember(m.userId, m.reply)) return;
        m.reply.ok([...this.active]);
        return;
    }
  }

  /**
   * Common path of every logged entry: membership, dedup by client id (a resend is also looked up
   * in the store), then `build` makes the record (or refuses) and it joins the batch.
   */
  private admit(
    m: Extract<ConversationMessage, Entry>,
    ctx: ActorContext<ConversationMessage>,
    build: () => Pending | Promise<Pending>,
  ): void | Promise<void> {
    // A retried leave (or a change that removed its sender) comes from a former member: it is
    // answered from the window or the log like any retry, and refused only if it is new.
    const former = m.t === 'group' && !this.active.has(m.sender) && this.members.has(m.sender);
    if (!former && !this.isMember(m.sender, m.reply)) return;
    const key = RecentEntries.key(m.sender, m.clientId);
    const known = this.recent.get(key);
    if (known !== undefined) {
      if (isPending(known)) known.waiters.push(m.reply);
      else {
        m.reply.ok({ conversationId: this.id, seq: known.seq, sentAt: known.sentAt, clientId: m.clientId, duplicate: true });
        this.deps.observe?.acked(true);
      }
      return;
    }
    const enqueue = (p: Pending): void => {
      this.recent.pending(key, p);
      this.batch.push(p);
      if (!this.flushQueued) {
        this.flushQueued = true;
        ctx.self.tell({ t: 'flush' });
      }
    };
    const run = async (): Promise<void> => {
      if (m.resend) {
        const stored = await this.deps.store.byClientId(this.id, m.sender, m.clientId);
        if (stored !== undefined) {
          this.recent.stored(key, stored.seq, stored.sentAt, isPending);
          m.reply.ok({ conversationId: this.id, seq: stored.seq, sentAt: stored.sentAt, clientId: m.clientId, duplicate: true });
          return this.deps.store.fencedAppendsMayStore === true ? this.deps.fanout.toUsers(this.active, encodeServerFrame({ message: toWire(stored) })) : undefined; // maybe stored by a refused append, undelivered
        }
      }
      if (former) throw notMember();
      enqueue(await build());
    };
    if (!m.resend && m.t === 'send') {
      // The hot path stays synchronous: no store read, no promise.
      enqueue(this.entry(m, 'text', m.text, 0, m.meta ?? ''));
      return;
    }
    return run().catch((err: unknown) => {
      m.reply.fail(toClientError(err));
      // A store failure leaves the log's end uncertain: let the supervisor restart and reload.
      if (!(err instanceof ChorusError)) throw err;
    });
  }

  private entry(m: Entry, kind: EntryKind, text: string, refSeq: number, meta: string, change: MembersChange | null = null): Pending {
    return {
      record: { conversationId: this.id, seq: 0, senderId: m.sender, senderDevice: m.device, clientId: m.clientId, sentAt: 0, text, kind, refSeq, editedAt: 0, deleted: false, meta },
      waiters: [m.reply],
      change,
    };
  }

  /** The stored target of an edit, delete or reaction, after anything pending has been stored. */
  private async target(seq: number, ctx: ActorContext<ConversationMessage> | null): Promise<MessageRecord> {
    if (ctx !== null && this.batch.length > 0) await this.flush(ctx);
    if (!Number.isSafeInteger(seq) || seq < 1 || seq >= this.nextSeq) throw new ChorusError(ErrorCode.NOT_FOUND, `no message ${seq}`);
    const [row] = await this.deps.store.range(this.id, { afterSeq: seq - 1, limit: 1 });
    if (row === undefined || row.seq !== seq || row.kind !== 'text') throw new ChorusError(ErrorCode.NOT_FOUND, `no message ${seq}`);
    if (row.deleted) throw new ChorusError(ErrorCode.NOT_FOUND, `message ${seq} was deleted`);
    return row;
  }

  private async edit(m: Extract<ConversationMessage, { t: 'edit' }>, ctx: ActorContext<ConversationMessage>): Promise<Pending> {
    const target = await this.target(m.refSeq, ctx);
    if (target.senderId !== m.sender) throw new ChorusError(ErrorCode.FORBIDDEN, 'only the author may edit a message');
    if (this.deps.now() - target.sentAt > this.deps.limits.editWindowMs) throw new ChorusError(ErrorCode.FORBIDDEN, 'too late to edit this message');
    return this.entry(m, 'edit', m.text, m.refSeq, '');
  }

  private async remove(m: Extract<ConversationMessage, { t: 'delete' }>, ctx: ActorContext<ConversationMessage>): Promise<Pending> {
    const target = await this.target(m.refSeq, ctx);
    const role = this.members.get(m.sender)?.role;
    const moderator = this.record!.kind === 'group' && (role === 'owner' || role === 'admin');
    if (target.senderId !== m.sender && !moderator) throw new ChorusError(ErrorCode.FORBIDDEN, 'only the author or a group admin may delete a message');
    if (this.deps.now() - target.sentAt > this.deps.limits.deleteWindowMs) throw new ChorusError(ErrorCode.FORBIDDEN, 'too late to delete this message');
    return this.entry(m, 'delete', '', m.refSeq, '');
  }

  /** Rename, add, remove, re-role or leave: checked against roles, logged as MEMBERS/RENAME entries. */
  private group(m: Extract<ConversationMessage, { t: 'group' }>): Pending | Promise<Pending> {
    const plan = planGroupChange(this.record!.kind, this.members, this.active, m, this.deps.limits.maxGroupMembers);
    if (plan.change === null) return this.entry(m, 'rename', '', 0, plan.meta);
    const change = plan.change;
    const check = change.added.length > 0 ? this.deps.checkCanJoin : undefined;
    if (check === undefined) return this.entry(m, 'members', '', 0, plan.meta, change);
    return check(change.added.map((a) => a.userId), m.sender).then(() => this.entry(m, 'members', '', 0, plan.meta, change));
  }

  private async release(ctx: ActorContext<ConversationMessage>): Promise<void> {
    while (this.batch.length > 0) await this.flush(ctx);
    ctx.stop();
  }

  private async flush(ctx: ActorContext<ConversationMessage>): Promise<void> {
    this.flushQueued = false;
    const batch = this.takeBatch();
    if (this.batch.length > 0) {
      // The rest goes in the next append, after this one.
      this.flushQueued = true;
      ctx.self.tell({ t: 'flush' });
    }
    if (batch.length === 0) return;
    const sentAt = this.deps.now();
    const records = batch.map((p, i) => {
      p.record.seq = this.nextSeq + i;
      p.record.sentAt = sentAt;
      return p.record;
    });
    const started = monotonicClock.now();
    try {
      await (this.epoch === undefined ? this.deps.store.append(records) : this.deps.store.append(records, { epoch: this.epoch }));
      this.deps.observe?.persisted((monotonicClock.now() - started) / 1000, records.length);
    } catch (err) {
      const fenced = err instanceof FencedError;
      this.deps.observe?.persistFailed?.(fenced ? 'fenced' : err instanceof Error ? err.name : 'unknown');
      for (const p of batch) {
        this.recent.forget(RecentEntries.key(p.record.senderId, p.record.clientId));
        for (const w of p.waiters) w.fail(fenced ? movedError() : toClientError(err));
      }
      if (fenced) {
        // Another node claimed the conversation. What of this batch was stored before the claim (a
        // cut cross-bucket append) is found by client id when the senders retry there. Stop for good;
        // what is still queued is answered "moved" and retried at the new owner.
        for (const p of this.batch) for (const w of p.waiters) w.fail(movedError());
        this.batch = [];
        this.stray = true;
        this.deps.ownership?.fenced?.(this.id);
        ctx.stop();
        return;
      }
      // Whether the write landed is unknown (a timeout may still apply it): restart and reload the
      // log's true end rather than guess. Resends find a landed entry by client id.
      throw err;
    }
    this.nextSeq += batch.length;
    for (const p of batch) {
      const r = p.record;
      this.recent.stored(RecentEntries.key(r.senderId, r.clientId), r.seq, sentAt, isPending);
      const ack: SendResult = { conversationId: this.id, seq: r.seq, sentAt, clientId: r.clientId, duplicate: false };
      p.waiters[0]!.ok(ack);
      for (let i = 1; i < p.waiters.length; i++) p.waiters[i]!.ok({ ...ack, duplicate: true });
      this.deps.observe?.acked(false);
      if (this.deps.observe !== undefined) (this.sentTimes ??= new SentTimes()).set(r.seq, sentAt);
      const frame = encodeServerFrame({ message: toWire(r) });
      if (p.change === null) {
        if (r.kind === 'rename') this.record!.title = (JSON.parse(r.meta) as { title: string }).title;
        this.deps.fanout.toUsers(this.active, frame);
        this.deps.stored?.(this.record!, r, this.active);
      } else {
        this.applyMembers(p.change, r.seq, r.sentAt, frame);
      }
    }
  }

  /** A stored MEMBERS entry: update the fan-out set at once, tell everyone involved. */
  private applyMembers(change: MembersChange, seq: number, at: number, frame: Uint8Array): void {
    const audience = new Set(this.active);
    for (const a of change.added) {
      this.members.set(a.userId, { role: a.role, leftSeq: 0 });
      this.active.add(a.userId);
      audience.add(a.userId);
    }
    for (const r of change.roles) this.members.get(r.userId)!.role = r.role;
    for (const u of change.removed) {
      this.members.get(u)!.leftSeq = seq;
      this.active.delete(u);
    }
    this.record!.lastActivity = at;
    this.deps.fanout.toUsers(audience, frame);
    for (const a of change.added) this.deps.membershipChanged(this.id, a.userId, true, seq);
    for (const u of change.removed) this.deps.membershipChanged(this.id, u, false, seq);
  }

  /** Takes queued entries up to the batch limits (count and text bytes); always at least one. */
  private takeBatch(): Pending[] {
    let bytes = 0;
    let n = 0;
    while (n < this.batch.length && n < MAX_BATCH_MESSAGES) {
      bytes += this.batch[n]!.record.text.length * 3 + this.batch[n]!.record.meta.length;
      if (n > 0 && bytes > MAX_BATCH_TEXT_BYTES) break;
      n++;
    }
    return this.batch.splice(0, n);
  }

  private history(m: Extract<ConversationMessage, { t: 'history' }>): void {
    const member = this.members.get(m.userId);
    if (member === undefined) {
      m.reply.fail(new ChorusError(ErrorCode.FORBIDDEN, 'not a member of this conversation'));
      return;
    }
    // Former members read up to the entry that removed them.
    const upper = member.leftSeq > 0 ? member.leftSeq : this.nextSeq - 1;
    const store = this.deps.store;
    store
      .range(this.id, pageQuery(m.query, upper))
      .then(async (found) => {
        const { rows, hasMore } = pageRows(found, m.query, upper);
        const texts = rows.filter((r) => r.kind === 'text' && !r.deleted).map((r) => r.seq);
        const reactions = await store.reactions(this.id, texts, m.userId);
        m.reply.ok({ conversationId: this.id, messages: rows, hasMore, lastSeq: upper, reactions });
      })
      .catch((err: unknown) => m.reply.fail(toClientError(err)));
  }

  private react(m: Extract<ConversationMessage, { t: 'react' }>): void {
    if (!this.isMember(m.userId, m.reply)) return;
    const store = this.deps.store;
    this.target(m.seq, null)
      .then(() => store.react({ conversationId: this.id, seq: m.seq, userId: m.userId, emoji: m.emoji }, m.add))
      .then(async (counts) => {
        this.deps.fanout.toUsers(
          this.active,
          encodeServerFrame({ reaction: { conversationId: this.id, seq: m.seq, userId: m.userId, emoji: m.emoji, add: m.add, reactions: counts } }),
        );
        m.reply.ok((await store.reactions(this.id, [m.seq], m.userId)).get(m.seq) ?? []);
      })
      .catch((err: unknown) => m.reply.fail(toClientError(err)));
  }

  private typing(m: Extract<ConversationMessage, { t: 'typing' }>): void {
    if (!this.isMember(m.userId, m.reply)) return;
    const now = this.deps.now();
    const last = this.typingAt.get(m.userId) ?? 0;
    // Floods are dropped here, quietly: typing is a hint, not a request.
    if (now - last >= this.deps.limits.typingIntervalMs) {
      this.typingAt.set(m.userId, now);
      const others = [...this.active].filter((u) => u !== m.userId);
      this.deps.fanout.toUsers(others, encodeServerFrame({ typing: { conversationId: this.id, userId: m.userId, expiresInMs: this.deps.limits.typingTtlMs } }));
    }
    m.reply.ok();
  }

  private receipt(m: Extract<ConversationMessage, { t: 'receipt' }>): void {
    if (!this.isMember(m.userId, m.reply)) return;
    const upper = this.nextSeq - 1;
    if (!Number.isSafeInteger(m.seq) || m.seq < 1 || m.seq > upper) {
      m.reply.fail(invalid(`seq must be between 1 and ${upper}`));
      return;
    }
    this.deps.store
      .advanceCursor({ userId: m.userId, deviceId: m.deviceId, conversationId: this.id, kind: m.kind, seq: m.seq }, this.deps.now())
      .then((c) => {
        const sentAt = m.kind === 'delivered' ? this.sentTimes?.get(m.seq) : undefined;
        if (sentAt !== undefined) this.deps.observe?.delivered((this.deps.now() - sentAt) / 1000);
        if (c.memberMoved) {
          const kind = m.kind === 'delivered' ? 1 : 2;
          this.deps.fanout.toUsers(this.active, encodeServerFrame({ receiptUpdate: { conversationId: this.id, userId: m.userId, kind, seq: c.member } }));
        }
        m.reply.ok(c.device);
      })
      .catch((err: unknown) => m.reply.fail(toClientError(err)));
  }

  private isMember(userId: string, reply: { fail(e: Error): void }): boolean {
    if (this.active.has(userId)) return true;
    reply.fail(notMember());
    return false;
  }
}
