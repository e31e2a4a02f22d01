/**
 * Feeds OpenSearch from the message log, asynchronously and at least once. The conversation host
 * tells it what was stored (`stored(conversationId, seq)`); it reads each dirty conversation's log
 * from its indexed position and writes the entries' current state with idempotent ids
 * (conversation:seq), then records the new position in OpenSearch itself (<prefix>-positions),
 * only after the entries' writes all succeeded. A replay after a failure or a restart rewrites the
 * same documents. While OpenSearch is down, conversations stay dirty and the indexer retries with
 * back-off; `lag()` shows what waits.
 */
import { encryptedSuite } from '../protocol/mod.js';
import type { MembersChange, MessageLog, MessageRecord } from '../storage/mod.js';
import { type Clock, backoffMs, delay } from '../time/mod.js';
import { type BulkOp, type OpenSearchHttp, joinId, messageId } from './opensearch_http.js';
import { indexTerms } from '../text/mod.js';

export interface IndexerLag {
  /** Entries stored and not yet indexed (as far as the indexer was told). */
  entries: number;
  /** Age of the oldest of them, seconds; 0 when none. */
  seconds: number;
  /** Conversations waiting. */
  conversations: number;
}

interface Dirty {
  /** Highest seq known stored. */
  through: number;
  /** When the first entry not yet indexed was reported (ms). */
  since: number;
}

/** Entries read from the log per conversation per round. */
const PAGE = 500;
/** Conversations the start-up sweep looks at, at most (a bound on its work; docs/search.md). */
export const SWEEP_MAX = 200_000;
/** Conversations indexed at once in a round. */
const ROUND = 16;

export class OpenSearchIndexer {
  private readonly dirty = new Map<string, Dirty>();
  private readonly positions = new Map<string, number>();
  private wake: (() => void) | null = null;
  private idle: (() => void)[] = [];
  private running = false;
  private ready = false;
  private stopped = false;
  private failures = 0;
  private loop: Promise<void> | null = null;
  private sweeping: Promise<number> | null = null;
  private sweptDone: (n: number) => void = () => {};
  private readonly sweepResult = new Promise<number>((r) => (this.sweptDone = r));
  private readonly abort = new AbortController();

  constructor(
    private readonly http: OpenSearchHttp,
    private readonly log: Pick<MessageLog, 'range'>,
    private readonly clock: Clock,
    private readonly onError: (err: unknown) => void = () => {},
  ) {}

  /** Starts the loop, which first creates the indices (retrying while OpenSearch does not answer). */
  start(): void {
    this.loop = this.run();
  }

  /**
   * An entry of the conversation was stored (the conversation host's hook), or with seq 0: look
   * for entries past the indexed position (catch-up when a conversation's actor starts here).
   */
  stored(conversationId: string, seq: number): void {
    const d = this.dirty.get(conversationId);
    if (d === undefined) this.dirty.set(conversationId, { through: seq, since: this.clock.now() });
    else d.through = Math.max(d.through, seq);
    this.wake?.();
  }

  lag(): IndexerLag {
    let entries = 0;
    let oldest = Infinity;
    for (const [id, d] of this.dirty) {
      const waiting = Math.max(0, d.through - (this.positions.get(id) ?? 0));
      entries += waiting;
      if (waiting > 0) oldest = Math.min(oldest, d.since);
    }
    return { entries, seconds: oldest === Infinity ? 0 : (this.clock.now() - oldest) / 1000, conversations: this.dirty.size };
  }

  /** Resolves when nothing is waiting, and what was written is searchable (refreshed). */
  async settled(): Promise<void> {
    if (!this.ready || this.dirty.size > 0 || this.running) await new Promise<void>((r) => this.idle.push(r));
    await this.http.refresh();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.abort.abort();
    this.wake?.();
    await this.loop?.catch(() => {});
    await this.sweeping;
  }

  private async run(): Promise<void> {
    while (!this.stopped) {
      if (this.ready && this.dirty.size === 0) {
        for (const r of this.idle.splice(0)) r();
        await new Promise<void>((r) => (this.wake = r));
        this.wake = null;
        continue;
      }
      this.running = true;
      try {
        if (!this.ready) {
          await this.http.ensureIndices();
          this.ready = true;
          this.sweeping ??= this.sweep().then(
            (n) => (this.sweptDone(n), n),
            (err: unknown) => (this.onError(err), this.sweptDone(-1), -1),
          );
        }
        // Conversations in parallel, each one by one task (its entries stay in order).
        const ids = [...this.dirty.keys()].slice(0, ROUND);
        const failed = (await Promise.allSettled(ids.map((id) => this.index(id)))).find((r) => r.status === 'rejected');
        if (failed !== undefined) throw failed.reason;
        this.failures = 0;
      } catch (err) {
        this.onError(err);
        this.failures++;
        await delay(backoffMs(this.failures, 100, 5_000), this.abort.signal, this.clock).catch(() => {});
      } finally {
        this.running = false;
      }
    }
  }

  /** One round for one conversation: its next page of entries, then its position. */
  private async index(conversationId: string): Promise<void> {
    const from = await this.position(conversationId);
    const entries = await this.log.range(conversationId, { afterSeq: from, limit: PAGE });
    const ops: BulkOp[] = [];
    for (const e of entries) ops.push(...(await this.ops(e)));
    await this.http.bulk(ops);
    const through = entries.at(-1)?.seq ?? from;
    if (through > from) {
      await this.http.bulk([{ index: { _index: this.http.name('positions'), _id: conversationId }, doc: { through } }]);
      this.positions.set(conversationId, through);
    }
    const d = this.dirty.get(conversationId)!;
    if (entries.length < PAGE && through >= d.through) this.dirty.delete(conversationId);
  }

  /**
   * Resolves when the start-up sweep is over, with the number of conversations it found behind
   * (-1 if it failed: then they wait for their next activation or message, as before).
   */
  swept(): Promise<number> {
    return this.sweepResult;
  }

  /**
   * The start-up sweep: every conversation with a stored position (a scroll over <prefix>-positions,
   * at most SWEEP_MAX) whose log has an entry past it is marked dirty, so entries stored while no
   * indexer ran for it (a host down, a node without OpenSearch) are indexed without waiting for the
   * conversation to be used again. One log read of one entry per conversation, 16 at a time, beside
   * the indexing loop. Conversations never indexed at all have no position: activation finds them.
   */
  private async sweep(): Promise<number> {
    type Page = { _scroll_id?: string; hits: { hits: { _id: string; _source: { through: number } }[] } };
    // OpenSearch's own field names (_scroll_id, _id, _source), read by destructuring.
    const read = ({ _scroll_id: scroll, hits }: Page) => ({ scroll, hits: hits.hits.map(({ _id: id, _source: src }) => ({ id, through: src.through })) });
    // Searches see refreshed documents only: positions written just before this start count too.
    await this.http.request('POST', `/${this.http.name('positions')}/_refresh`);
    let page = read((await this.http.request<Page>('POST', `/${this.http.name('positions')}/_search?scroll=1m`, { size: 500, _source: ['through'] })).body);
    let seen = 0;
    let behind = 0;
    try {
      while (!this.stopped && page.hits.length > 0 && seen < SWEEP_MAX) {
        const hits = page.hits.slice(0, SWEEP_MAX - seen);
        seen += hits.length;
        for (let i = 0; i < hits.length && !this.stopped; i += ROUND) {
          const found = await Promise.all(
            hits.slice(i, i + ROUND).map(async ({ id, through }) => {
              if (!this.positions.has(id)) this.positions.set(id, through);
              const [next] = await this.log.range(id, { afterSeq: through, limit: 1 });
              if (next === undefined) return 0;
              this.stored(id, next.seq);
              return 1;
            }),
          );
          behind += found.reduce((a: number, b) => a + b, 0);
        }
        if (page.scroll === undefined) break;
        page = read((await this.http.request<Page>('POST', '/_search/scroll', { scroll: '1m', scroll_id: page.scroll })).body);
      }
    } finally {
      if (page.scroll !== undefined) await this.http.request('DELETE', '/_search/scroll', { scroll_id: page.scroll }).catch(() => {});
    }
    return behind;
  }

  private async position(conversationId: string): Promise<number> {
    const known = this.positions.get(conversationId);
    if (known !== undefined) return known;
    const stored = (await this.http.mget<{ through: number }>(this.http.name('positions'), [conversationId])).get(conversationId)?.through ?? 0;
    this.positions.set(conversationId, stored);
    return stored;
  }

  /** The writes that make the index hold an entry's effect, from the log's current state. */
  private async ops(e: MessageRecord): Promise<BulkOp[]> {
    const messages = this.http.name('messages');
    // End-to-end encrypted conversations hold ciphertext only: nothing of them is indexed.
    if (encryptedSuite(e.conversationId) !== 0) return [];
    if (e.kind === 'text') return [this.put(e)];
    if (e.kind === 'edit' || e.kind === 'delete') {
      const [target] = await this.log.range(e.conversationId, { afterSeq: e.refSeq - 1, limit: 1 });
      if (target !== undefined && target.seq === e.refSeq && target.kind === 'text') return [this.put(target)];
      return [{ delete: { _index: messages, _id: messageId(e.conversationId, e.refSeq), routing: e.conversationId } }];
    }
    if (e.kind === 'members') {
      const added = (JSON.parse(e.meta) as MembersChange).added;
      return added.map((a) => ({ index: { _index: this.http.name('joins'), _id: joinId(e.conversationId, a.userId) }, doc: { seq: e.seq } }));
    }
    return [];
  }

  /** A TEXT entry as it is now: indexed with its current text, or removed when deleted. */
  private put(m: MessageRecord): BulkOp {
    const target = { _index: this.http.name('messages'), _id: messageId(m.conversationId, m.seq), routing: m.conversationId };
    if (m.deleted || m.text === '') return { delete: target };
    return { index: target, doc: { conversation_id: m.conversationId, seq: m.seq, sender_id: m.senderId, sent_at: m.sentAt, text: m.text, terms: indexTerms(m.text) } };
  }
}
