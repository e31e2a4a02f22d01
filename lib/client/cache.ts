import type { chorus } from '../protocol/gen/chorus.js';
import type { Typers } from './typing.js';
import type { ClientOptions, Conversation, Emit, HistoryPage, Message, Request, Welcome } from './types.js';

/** What the cache needs from the rest of the client. */
export interface CacheLink {
  request: Request;
  history(conversationId: string, q: { afterSeq: number; limit: number }): Promise<HistoryPage>;
  /** The session is welcomed: gap filling may go on. */
  ready(): boolean;
  welcome(): Welcome | null;
  emit: Emit;
  typers: Pick<Typers, 'stopped'>;
}

/**
 * What the client has seen: per conversation the highest contiguous seq emitted, the conversations
 * it knows and the messages held until the ones before them arrive. Sync and gap filling fetch what
 * is missing, so every message is emitted once and in order.
 */
export class ClientCache {
  private readonly cursorMap = new Map<string, number>();
  private readonly early = new Map<string, Map<number, Message>>();
  private readonly knownConversations = new Set<string>();
  private readonly filling = new Set<string>();
  private syncingNow = false;
  /** Server time of the last completed sync: receipts that moved since then come with the next one. */
  private syncedAt = 0;

  constructor(
    private readonly link: CacheLink,
    restored: Pick<ClientOptions, 'cursors' | 'syncPoint'>,
  ) {
    for (const [c, s] of restored.cursors ?? []) this.cursorMap.set(c, s);
    this.syncedAt = restored.syncPoint ?? 0;
  }

  get cursors(): ReadonlyMap<string, number> {
    return this.cursorMap;
  }

  get syncPoint(): number {
    return this.syncedAt;
  }

  /** A sync is under way: sends wait for it, gaps are left to it. */
  get syncing(): boolean {
    return this.syncingNow;
  }

  /** Fetches everything missed since the cursors, over all conversations. */
  async sync(): Promise<void> {
    this.syncingNow = true;
    const startedAt = this.link.welcome()?.serverTimeMs ?? 0;
    try {
      for (;;) {
        const cursors = [...this.cursorMap].map(([conversationId, seq]) => ({ conversationId, seq }));
        const page = (await this.link.request({ sync: { cursors, limit: 500, receiptsSinceMs: this.syncedAt } })).sync as chorus.v1.SyncPage;
        for (const c of page.conversations as Conversation[]) {
          this.learn(c);
          this.link.emit('conversationUpdate', c);
        }
        for (const m of page.messages as Message[]) this.ingest(m);
        if (page.done) break;
      }
      this.syncedAt = startedAt;
    } finally {
      this.syncingNow = false;
    }
    for (const conversationId of this.early.keys()) void this.fillGap(conversationId);
  }

  learn(c: Conversation): Conversation {
    if (!this.knownConversations.has(c.id)) {
      this.knownConversations.add(c.id);
      if (!this.cursorMap.has(c.id)) this.cursorMap.set(c.id, 0);
      this.link.emit('conversation', c);
    }
    return c;
  }

  /** Emits m if it is the next one of its conversation; holds it if earlier ones are missing. */
  ingest(m: Message): void {
    const conv = m.conversationId;
    let cursor = this.cursorMap.get(conv) ?? 0;
    if (m.seq <= cursor) return;
    if (m.seq > cursor + 1) {
      let held = this.early.get(conv);
      if (held === undefined) this.early.set(conv, (held = new Map()));
      held.set(m.seq, m);
      if (!this.syncingNow) void this.fillGap(conv);
      return;
    }
    this.cursorMap.set(conv, ++cursor);
    this.link.typers.stopped(conv, m.senderId);
    this.link.emit('message', m);
    const held = this.early.get(conv);
    if (held === undefined) return;
    for (let next = held.get(cursor + 1); next !== undefined; next = held.get(cursor + 1)) {
      held.delete(cursor + 1);
      this.cursorMap.set(conv, ++cursor);
      this.link.emit('message', next);
    }
    for (const seq of held.keys()) if (seq <= cursor) held.delete(seq);
    if (held.size === 0) this.early.delete(conv);
  }

  /** Fetches what lies between the cursor and the held messages of a conversation. */
  private async fillGap(conv: string): Promise<void> {
    if (this.filling.has(conv)) return;
    this.filling.add(conv);
    try {
      while (this.early.has(conv) && this.link.ready()) {
        const page = await this.link.history(conv, { afterSeq: this.cursorMap.get(conv) ?? 0, limit: 500 });
        if (page.messages.length === 0) break;
        for (const m of page.messages) this.ingest(m);
      }
    } catch {
      // Disconnected or refused: the next sync fills it.
    } finally {
      this.filling.delete(conv);
    }
  }
}
