import type { Reply } from './actor.js';
import type { ActorContext, ActorKind } from './actor.js';
import type { Fanout, HistoryResult, SendResult } from '../chat/types.js';
import { ChorusError, ErrorCode, encodeServerFrame } from '../protocol/mod.js';
import type { ConversationRecord, MessageRecord, MessageStore, RangeQuery } from '../storage/mod.js';

export const CONVERSATION = 'conversation';

/** Group-commit limits: one append carries at most this many sends and (worst-case UTF-8) text bytes. */
const MAX_BATCH_MESSAGES = 256;
const MAX_BATCH_TEXT_BYTES = 192 * 1024;

export type ConversationMessage =
  | {
      t: 'send';
      sender: string;
      device: string;
      clientId: string;
      text: string;
      resend: boolean;
      reply: Reply<SendResult>;
    }
  | { t: 'history'; userId: string; query: RangeQuery; reply: Reply<HistoryResult> }
  | { t: 'flush' };

export interface ConversationDeps {
  store: MessageStore;
  fanout: Fanout;
  now(): number;
  dedupWindow: number;
  passivateAfterMs: number;
  mailboxCapacity: number;
  onFailure?(key: string, err: unknown, restarts: number): void;
}

interface Stored {
  seq: number;
  sentAt: number;
}

/** A send waiting for its batch to be stored; resends of the same client id join its waiters. */
interface Pending {
  record: MessageRecord;
  waiters: Reply<SendResult>[];
}

/**
 * Owns one conversation: the single writer of its log. Sends are grouped into one append per
 * mailbox turn (group commit); a message is acknowledged only after its batch is stored, then
 * fanned out to every member's sessions in seq order.
 */
export class ConversationActor {
  private record: ConversationRecord | undefined;
  private members = new Set<string>();
  private nextSeq = 1;
  /** sender \n clientId → the stored send or the pending one. Insertion-ordered, trimmed to dedupWindow. */
  private readonly recent = new Map<string, Stored | Pending>();
  private batch: Pending[] = [];
  private flushQueued = false;

  constructor(
    private readonly id: string,
    private readonly deps: ConversationDeps,
  ) {}

  async preStart(): Promise<void> {
    const store = this.deps.store;
    const [record, members, last] = await Promise.all([
      store.getConversation(this.id),
      store.members(this.id),
      store.lastSeq(this.id),
    ]);
    this.record = record;
    this.members = new Set(members.map((m) => m.userId));
    this.nextSeq = last + 1;
  }

  receive(m: ConversationMessage, ctx: ActorContext<ConversationMessage>): void | Promise<void> {
    if (m.t === 'flush') return this.flush(ctx);
    if (this.record === undefined) {
      // Not created (yet): answer and go away so that a later creation is seen on reactivation.
      m.reply.fail(new ChorusError(ErrorCode.NOT_FOUND, 'no such conversation'));
      ctx.stop();
      return;
    }
    if (m.t === 'send') return this.send(m, ctx);
    this.history(m);
  }

  private send(m: Extract<ConversationMessage, { t: 'send' }>, ctx: ActorContext<ConversationMessage>): void | Promise<void> {
    if (!this.members.has(m.sender)) {
      m.reply.fail(new ChorusError(ErrorCode.FORBIDDEN, 'not a member of this conversation'));
      return;
    }
    const key = `${m.sender}\n${m.clientId}`;
    const known = this.recent.get(key);
    if (known !== undefined) {
      if ('waiters' in known) known.waiters.push(m.reply);
      else m.reply.ok({ conversationId: this.id, seq: known.seq, sentAt: known.sentAt, clientId: m.clientId, duplicate: true });
      return;
    }
    if (m.resend) {
      // Only a retransmission can already be in the log beyond our window: look it up.
      return this.deps.store.byClientId(this.id, m.sender, m.clientId).then(
        (stored) => {
          if (stored !== undefined) {
            this.remember(key, stored.seq, stored.sentAt);
            m.reply.ok({ conversationId: this.id, seq: stored.seq, sentAt: stored.sentAt, clientId: m.clientId, duplicate: true });
          } else {
            this.enqueue(m, key, ctx);
          }
        },
        (err: unknown) => m.reply.fail(unavailable(err)),
      );
    }
    this.enqueue(m, key, ctx);
  }

  private enqueue(m: Extract<ConversationMessage, { t: 'send' }>, key: string, ctx: ActorContext<ConversationMessage>): void {
    const pending: Pending = {
      record: {
        conversationId: this.id,
        seq: 0,
        senderId: m.sender,
        senderDevice: m.device,
        clientId: m.clientId,
        sentAt: 0,
        text: m.text,
      },
      waiters: [m.reply],
    };
    this.recent.set(key, pending);
    this.batch.push(pending);
    if (!this.flushQueued) {
      this.flushQueued = true;
      ctx.self.tell({ t: 'flush' });
    }
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
    try {
      await this.deps.store.append(records);
    } catch (err) {
      for (const p of batch) {
        this.recent.delete(`${p.record.senderId}\n${p.record.clientId}`);
        for (const w of p.waiters) w.fail(unavailable(err));
      }
      // Whether the write landed is unknown (a timeout may still apply it): restart and reload the
      // log's true end rather than guess. Resends find a landed message by client id.
      throw err;
    }
    this.nextSeq += batch.length;
    for (const p of batch) {
      const r = p.record;
      this.remember(`${r.senderId}\n${r.clientId}`, r.seq, sentAt);
      const ack: SendResult = { conversationId: this.id, seq: r.seq, sentAt, clientId: r.clientId, duplicate: false };
      p.waiters[0]!.ok(ack);
      for (let i = 1; i < p.waiters.length; i++) p.waiters[i]!.ok({ ...ack, duplicate: true });
      this.deps.fanout.toUsers(this.members, encodeServerFrame({ message: toWire(r) }));
    }
  }

  /** Takes queued sends up to the batch limits (count and text bytes); always at least one. */
  private takeBatch(): Pending[] {
    let bytes = 0;
    let n = 0;
    while (n < this.batch.length && n < MAX_BATCH_MESSAGES) {
      bytes += this.batch[n]!.record.text.length * 3;
      if (n > 0 && bytes > MAX_BATCH_TEXT_BYTES) break;
      n++;
    }
    return n === this.batch.length ? this.batch.splice(0) : this.batch.splice(0, n);
  }

  private history(m: Extract<ConversationMessage, { t: 'history' }>): void {
    if (!this.members.has(m.userId)) {
      m.reply.fail(new ChorusError(ErrorCode.FORBIDDEN, 'not a member of this conversation'));
      return;
    }
    const lastSeq = this.nextSeq - 1;
    // One more than asked tells whether there is more; the read runs outside the mailbox turn.
    const query: RangeQuery = { ...m.query, limit: m.query.limit + 1 };
    this.deps.store.range(this.id, query).then(
      (rows) => {
        const hasMore = rows.length > m.query.limit;
        if (hasMore) {
          if (m.query.afterSeq !== undefined) rows.pop();
          else rows.shift();
        }
        m.reply.ok({ conversationId: this.id, messages: rows, hasMore, lastSeq });
      },
      (err: unknown) => m.reply.fail(unavailable(err)),
    );
  }

  private remember(key: string, seq: number, sentAt: number): void {
    this.recent.delete(key);
    this.recent.set(key, { seq, sentAt });
    if (this.recent.size > this.deps.dedupWindow) {
      for (const [k, v] of this.recent) {
        if (this.recent.size <= this.deps.dedupWindow) break;
        if (!('waiters' in v)) this.recent.delete(k);
      }
    }
  }
}

export function toWire(r: MessageRecord): {
  conversationId: string;
  seq: number;
  senderId: string;
  senderDevice: string;
  clientId: string;
  sentAtMs: number;
  text: string;
} {
  return {
    conversationId: r.conversationId,
    seq: r.seq,
    senderId: r.senderId,
    senderDevice: r.senderDevice,
    clientId: r.clientId,
    sentAtMs: r.sentAt,
    text: r.text,
  };
}

function unavailable(err: unknown): ChorusError {
  if (err instanceof ChorusError) return err;
  return new ChorusError(ErrorCode.UNAVAILABLE, 'message store unavailable, retry', { cause: err, retryAfterMs: 200 });
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
      if (m.t !== 'flush') m.reply.fail(new ChorusError(ErrorCode.UNAVAILABLE, 'conversation unavailable, retry', { cause: reason }));
    },
    ...(deps.onFailure ? { onFailure: deps.onFailure } : {}),
  };
}
