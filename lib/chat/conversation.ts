import { monotonicClock } from '../time/mod.js';
import type { ActorContext, ActorKind, Reply } from '../actors/actor.js';
import type { Fanout, HistoryResult, SendResult } from './types.js';
import { toClientError } from './errors.js';
import { toWire } from './wire.js';
import { everyMember } from './receipts.js';
import { ChorusError, ErrorCode, encodeServerFrame, invalid } from '../protocol/mod.js';
import { FencedError } from '../storage/mod.js';
import type {
  ConversationIndex,
  ConversationRecord,
  CursorKind,
  CursorStore,
  EntryKind,
  MemberCursor,
  MemberRole,
  MembersChange,
  MessageLog,
  MessageRecord,
  OwnerFence,
  RangeQuery,
  ReactionCount,
  ReactionStore,
} from '../storage/mod.js';

export const CONVERSATION = 'conversation';

/** Group-commit limits: one append carries at most this many entries and (worst-case UTF-8) text bytes. */
const MAX_BATCH_MESSAGES = 256;
const MAX_BATCH_TEXT_BYTES = 192 * 1024;

type Entry = { sender: string; device: string; clientId: string; resend: boolean; reply: Reply<SendResult> };

export type ConversationMessage =
  | ({ t: 'send'; text: string } & Entry)
  | ({ t: 'edit'; refSeq: number; text: string } & Entry)
  | ({ t: 'delete'; refSeq: number } & Entry)
  | ({ t: 'group'; title: string | null; add: string[]; remove: string[]; roles: { userId: string; role: MemberRole }[] } & Entry)
  | { t: 'history'; userId: string; query: RangeQuery; reply: Reply<HistoryResult> }
  | { t: 'react'; userId: string; seq: number; emoji: string; add: boolean; reply: Reply<ReactionCount[]> }
  | { t: 'typing'; userId: string; reply: Reply<void> }
  | { t: 'receipt'; userId: string; deviceId: string; kind: CursorKind; seq: number; reply: Reply<number> }
  | { t: 'receipts'; userId: string; reply: Reply<MemberCursor[]> }
  | { t: 'members'; userId: string; reply: Reply<string[]> }
  | { t: 'flush' }
  /** Placement moved the conversation away: store what is pending, then stop. */
  | { t: 'release' };

export interface ConversationLimits {
  dedupWindow: number;
  maxGroupMembers: number;
  /** How long after sending the author may edit (ms). */
  editWindowMs: number;
  /** How long after sending a message may be deleted for everyone (ms). */
  deleteWindowMs: number;
  /** A member's typing events are forwarded at most once per this interval. */
  typingIntervalMs: number;
  /** How long receivers show a typing indicator without a new event. */
  typingTtlMs: number;
}

export interface ConversationDeps {
  store: ConversationIndex & MessageLog & OwnerFence & CursorStore & ReactionStore;
  fanout: Fanout;
  limits: ConversationLimits;
  now(): number;
  passivateAfterMs: number;
  mailboxCapacity: number;
  /**
   * Before users are added to a group: throws (TOO_LARGE) when one of them already belongs to the
   * most conversations allowed. Asked inside the actor's turn, so the caller's order holds.
   */
  checkCanJoin?(userIds: readonly string[], caller: string): Promise<void>;
  /** The user was added (true) or removed (false): tell their sessions. */
  membershipChanged(conversationId: string, userId: string, added: boolean, seq: number): void;
  /** Measurements (metrics); all optional. */
  observe?: ConversationObserver;
  /** After an entry is stored and fanned out (push notifications for offline members). */
  stored?(conversation: ConversationRecord, entry: MessageRecord, members: ReadonlySet<string>): void;
  onFailure?(key: string, err: unknown, restarts: number): void;
  /**
   * Set on cluster nodes: the actor claims the conversation's owner epoch when it activates and
   * every append carries it, so a node that lost the conversation can never append to it again.
   */
  ownership?: ConversationOwnership;
}

export interface ConversationOwnership {
  readonly nodeId: string;
  /** Whether this node may host the conversation now (its ring says so and its lease is valid). */
  mayOwn(conversationId: string): boolean;
  /** The actor stopped because another node claimed the conversation. */
  fenced?(conversationId: string): void;
}

/** Answered to requests that reach a conversation this node no longer owns: the router retries elsewhere. */
export function movedError(): ChorusError {
  return new ChorusError(ErrorCode.UNAVAILABLE, 'conversation moved to another node, retry');
}

export interface ConversationObserver {
  persisted(seconds: number, entries: number): void;
  /** An append failed: 'fenced' (another node owns the conversation now), else the error's name. */
  persistFailed?(reason: string): void;
  acked(duplicate: boolean): void;
  /** A device acknowledged delivery of a message this long after the server accepted it. */
  delivered(seconds: number): void;
}

/** Recent seq → accept time, for delivery latency: a ring indexed by seq. */
const SENT_RING = 512;

interface Stored {
  seq: number;
  sentAt: number;
}

/** An entry waiting for its batch to be stored; resends of the same client id join its waiters. */
interface Pending {
  record: MessageRecord;
  waiters: Reply<SendResult>[];
  /** Applied to the actor's member table once stored. */
  change: MembersChange | null;
}

interface Member {
  role: MemberRole;
  leftSeq: number;
}

/**
 * Owns one conversation: the single writer of its log. Entries (messages, edits, deletes,
 * membership changes) are grouped into one append per mailbox turn (group commit); an entry is
 * acknowledged only after its batch is stored, then fanned out to the members' sessions in seq order.
 */
export class ConversationActor {
  private record: ConversationRecord | undefined;
  private readonly members = new Map<string, Member>();
  /** Current members, the fan-out set. */
  private active = new Set<string>();
  private nextSeq = 1;
  /** sender \n clientId → the stored entry or the pending one. Insertion-ordered, trimmed to dedupWindow. */
  private readonly recent = new Map<string, Stored | Pending>();
  private batch: Pending[] = [];
  private flushQueued = false;
  private readonly typingAt = new Map<string, number>();
  private sentRing: Float64Array | null = null;
  /** The owner epoch claimed at activation (cluster nodes); appends carry it. */
  private epoch: number | undefined;
  /** Activated on a node that does not own the conversation: answer "moved" and stop. */
  private stray = false;

  constructor(
    private readonly id: string,
    private readonly deps: ConversationDeps,
  ) {}

  async preStart(): Promise<void> {
    const store = this.deps.store;
    const own = this.deps.ownership;
    if (own !== undefined) {
      if (!own.mayOwn(this.id)) {
        this.stray = true;
        return;
      }
      // Claim before reading the log's end: appends of any earlier owner either landed before
      // this claim (and are read below) or are refused by the store.
      this.epoch = await store.claimOwner(this.id, own.nodeId);
    }
    const [record, members, last] = await Promise.all([store.getConversation(this.id), store.members(this.id), store.lastSeq(this.id)]);
    this.record = record;
    for (const m of members) this.members.set(m.userId, { role: m.role, leftSeq: m.leftSeq });
    this.active = new Set(members.filter((m) => m.leftSeq === 0).map((m) => m.userId));
    this.nextSeq = last + 1;
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
    switch (m.t) {
      case 'send':
        return this.admit(m, ctx, () => this.entry(m, 'text', m.text, 0, ''));
      case 'edit':
        return this.admit(m, ctx, () => this.edit(m, ctx));
      case 'delete':
        return this.admit(m, ctx, () => this.remove(m, ctx));
      case 'group':
        return this.admit(m, ctx, () => this.group(m));
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
    const key = `${m.sender}\n${m.clientId}`;
    const known = this.recent.get(key);
    if (known !== undefined) {
      if ('waiters' in known) known.waiters.push(m.reply);
      else {
        m.reply.ok({ conversationId: this.id, seq: known.seq, sentAt: known.sentAt, clientId: m.clientId, duplicate: true });
        this.deps.observe?.acked(true);
      }
      return;
    }
    const enqueue = (p: Pending): void => {
      this.recent.set(key, p);
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
          this.remember(key, stored.seq, stored.sentAt);
          m.reply.ok({ conversationId: this.id, seq: stored.seq, sentAt: stored.sentAt, clientId: m.clientId, duplicate: true });
          return;
        }
      }
      if (former) throw notMember();
      enqueue(await build());
    };
    if (!m.resend && m.t === 'send') {
      // The hot path stays synchronous: no store read, no promise.
      enqueue(this.entry(m, 'text', m.text, 0, ''));
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
    if (this.record!.kind !== 'group') throw new ChorusError(ErrorCode.FORBIDDEN, 'a direct conversation has fixed members');
    const role = this.members.get(m.sender)!.role;
    const leaving = m.remove.length === 1 && m.remove[0] === m.sender && m.add.length === 0 && m.roles.length === 0 && m.title === null;
    const admin = role === 'owner' || role === 'admin';
    if (!leaving && !admin) throw new ChorusError(ErrorCode.FORBIDDEN, 'only the owner or an admin may change the group');
    if (m.title !== null) {
      if (m.add.length + m.remove.length + m.roles.length > 0) throw invalid('rename separately from member changes');
      return this.entry(m, 'rename', '', 0, JSON.stringify({ title: m.title }));
    }
    const change: MembersChange = { added: [], removed: [], roles: [] };
    for (const u of new Set(m.add)) if (!this.active.has(u)) change.added.push({ userId: u, role: 'member' });
    for (const u of new Set(m.remove)) {
      if (!this.active.has(u)) continue;
      const theirs = this.members.get(u)!.role;
      if (u !== m.sender && (theirs === 'owner' || (theirs === 'admin' && role !== 'owner'))) {
        throw new ChorusError(ErrorCode.FORBIDDEN, `cannot remove ${u}`);
      }
      change.removed.push(u);
    }
    for (const r of m.roles) {
      if (role !== 'owner') throw new ChorusError(ErrorCode.FORBIDDEN, 'only the owner changes roles');
      if (r.role === 'owner' || !this.active.has(r.userId) || r.userId === m.sender) throw invalid(`cannot make ${r.userId} ${r.role}`);
      change.roles.push(r);
    }
    if (change.removed.includes(m.sender) && role === 'owner') {
      // The owner leaves: the longest-standing admin, else member, takes over.
      const heir = [...this.active].filter((u) => !change.removed.includes(u)).sort((a, b) => rank(this.members.get(a)!.role) - rank(this.members.get(b)!.role))[0];
      if (heir !== undefined) change.roles.push({ userId: heir, role: 'owner' });
    }
    const size = this.active.size + change.added.length - change.removed.length;
    if (size > this.deps.limits.maxGroupMembers) throw new ChorusError(ErrorCode.TOO_LARGE, `a group has at most ${this.deps.limits.maxGroupMembers} members`);
    if (change.added.length + change.removed.length + change.roles.length === 0) throw invalid('nothing to change');
    const check = change.added.length > 0 ? this.deps.checkCanJoin : undefined;
    if (check === undefined) return this.entry(m, 'members', '', 0, JSON.stringify(change), change);
    return check(change.added.map((a) => a.userId), m.sender).then(() => this.entry(m, 'members', '', 0, JSON.stringify(change), change));
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
        this.recent.delete(`${p.record.senderId}\n${p.record.clientId}`);
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
      this.remember(`${r.senderId}\n${r.clientId}`, r.seq, sentAt);
      const ack: SendResult = { conversationId: this.id, seq: r.seq, sentAt, clientId: r.clientId, duplicate: false };
      p.waiters[0]!.ok(ack);
      for (let i = 1; i < p.waiters.length; i++) p.waiters[i]!.ok({ ...ack, duplicate: true });
      this.deps.observe?.acked(false);
      if (this.deps.observe !== undefined) {
        const ring = (this.sentRing ??= new Float64Array(SENT_RING * 2));
        const at = (r.seq % SENT_RING) * 2;
        ring[at] = r.seq;
        ring[at + 1] = sentAt;
      }
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
    const q = m.query;
    const query: RangeQuery =
      q.afterSeq !== undefined
        ? { afterSeq: q.afterSeq, limit: q.limit + 1 }
        : { beforeSeq: Math.min(q.beforeSeq ?? upper + 1, upper + 1), limit: q.limit + 1 };
    const store = this.deps.store;
    store
      .range(this.id, query)
      .then(async (rows) => {
        if (q.afterSeq !== undefined) rows = rows.filter((r) => r.seq <= upper);
        const hasMore = rows.length > q.limit;
        if (hasMore) {
          if (q.afterSeq !== undefined) rows.pop();
          else rows.shift();
        }
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
        const ring = this.sentRing;
        const at = (m.seq % SENT_RING) * 2;
        if (m.kind === 'delivered' && ring !== null && ring[at] === m.seq) this.deps.observe?.delivered((this.deps.now() - ring[at + 1]!) / 1000);
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

  private remember(key: string, seq: number, sentAt: number): void {
    this.recent.delete(key);
    this.recent.set(key, { seq, sentAt });
    if (this.recent.size > this.deps.limits.dedupWindow) {
      for (const [k, v] of this.recent) {
        if (this.recent.size <= this.deps.limits.dedupWindow) break;
        if (!('waiters' in v)) this.recent.delete(k);
      }
    }
  }
}

function notMember(): ChorusError {
  return new ChorusError(ErrorCode.FORBIDDEN, 'not a member of this conversation');
}

function rank(role: MemberRole): number {
  return role === 'owner' ? 0 : role === 'admin' ? 1 : 2;
}

export function conversationKind(deps: ConversationDeps): ActorKind<ConversationMessage> {
  return {
    name: CONVERSATION,
    create: (key) => new ConversationActor(key, deps),
    mailboxCapacity: deps.mailboxCapacity,
    overflow: 'reject',
    passivateAfterMs: deps.passivateAfterMs,
    minBackoffMs: 50,
    maxBackoffMs: 2_000,
    deadLetter: (m, reason) => {
      if (m.t !== 'flush' && m.t !== 'release') m.reply.fail(new ChorusError(ErrorCode.UNAVAILABLE, 'conversation unavailable, retry', { cause: reason }));
    },
    ...(deps.onFailure ? { onFailure: deps.onFailure } : {}),
  };
}
