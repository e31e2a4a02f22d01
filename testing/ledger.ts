import type { ChorusClient, Message } from '../lib/client/mod.js';
import type { MessageRecord, MessageStore } from '../lib/storage/mod.js';

/** A conversation's whole log, page by page: what the ledger checks against. */
export async function wholeLog(store: Pick<MessageStore, 'range'>, conversationId: string): Promise<MessageRecord[]> {
  const rows: MessageRecord[] = [];
  for (;;) {
    const page = await store.range(conversationId, { afterSeq: rows.at(-1)?.seq ?? 0, limit: 500 });
    rows.push(...page);
    if (page.length < 500) return rows;
  }
}

/** Where the ledger reads the truth from: a conversation's whole log in the store. */
export interface LogSource {
  log(conversationId: string): Promise<MessageRecord[]>;
}

export interface Verdict {
  /** Messages read back from the store, acknowledged sends checked, deliveries compared. */
  stored: number;
  acked: number;
  deliveries: number;
  /** Acknowledged messages not in the store at their acknowledged seq. */
  lost: number;
  /** Client ids stored more than once, and seqs missing or repeated in a log. */
  duplicates: number;
  gaps: number;
  /** Receivers whose view of a conversation differs from its log (order, gap, duplicate). */
  misdelivered: number;
  /** The first few problems, as sentences. */
  problems: string[];
}

/**
 * What SDK clients saw, checked against the store as the cluster tests do
 * (testing/cluster/chat_cluster.ts, Ledger): every acknowledged message stored exactly once at
 * its acknowledged seq, every log gapless from 1, and every receiver saw its conversations' logs
 * whole and in order (after the SDK dropped duplicates). Problems are counted, not thrown, so a
 * benchmark can report them.
 */
export class AckLedger {
  /** conversation → clientId → acknowledged seq. */
  readonly acks = new Map<string, Map<string, number>>();
  /** receiver → conversation → seqs emitted. */
  readonly seen = new Map<string, Map<string, number[]>>();
  ackCount = 0;
  /** The same client id acknowledged with two different seqs. */
  private readonly conflicts: string[] = [];

  watch(name: string, client: ChorusClient): void {
    this.seen.set(name, new Map());
    client.on('message', (m: Message) => this.saw(name, m.conversationId, Number(m.seq)));
  }

  /** A receiver emitted a message to its app (after dropping duplicates and filling gaps). */
  saw(receiver: string, conversationId: string, seq: number): void {
    let mine = this.seen.get(receiver);
    if (mine === undefined) this.seen.set(receiver, (mine = new Map()));
    let list = mine.get(conversationId);
    if (list === undefined) mine.set(conversationId, (list = []));
    list.push(seq);
  }

  acked(conversationId: string, clientId: string, seq: number): void {
    let m = this.acks.get(conversationId);
    if (m === undefined) this.acks.set(conversationId, (m = new Map()));
    const before = m.get(clientId);
    if (before !== undefined && before !== seq) this.conflicts.push(`${conversationId}: client id ${clientId} acknowledged with seqs ${before} and ${seq}`);
    m.set(clientId, seq);
    this.ackCount++;
  }

  /** Waits until every receiver has seen each conversation's whole log, or the deadline passes. */
  async caughtUp(source: LogSource, members: Map<string, string[]>, timeoutMs: number): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    for (const [conversationId, receivers] of members) {
      const last = (await source.log(conversationId)).length;
      for (const r of receivers) {
        while ((this.seen.get(r)?.get(conversationId)?.length ?? 0) < last) {
          if (Date.now() > deadline) return false;
          await new Promise((res) => setTimeout(res, 20));
        }
      }
    }
    return true;
  }

  async verify(source: LogSource, members: Map<string, string[]>): Promise<Verdict> {
    const v: Verdict = { stored: 0, acked: this.ackCount, deliveries: 0, lost: 0, duplicates: 0, gaps: 0, misdelivered: 0, problems: [...this.conflicts] };
    v.duplicates += this.conflicts.length;
    const problem = (s: string): void => void (v.problems.length < 10 && v.problems.push(s));
    for (const [conversationId, receivers] of members) {
      const log = await source.log(conversationId);
      log.forEach((r, i) => {
        if (r.seq !== i + 1) {
          v.gaps++;
          problem(`${conversationId}: the log has a gap or a repeat at position ${i} (seq ${r.seq})`);
        }
      });
      const byClient = new Map<string, number>();
      for (const r of log) {
        const key = `${r.senderId}\n${r.clientId}`;
        if (byClient.has(key)) {
          v.duplicates++;
          problem(`${conversationId}: client id ${r.clientId} stored twice (seqs ${byClient.get(key)} and ${r.seq})`);
        }
        byClient.set(key, r.seq);
      }
      const bySeq = new Map(log.map((r) => [r.seq, r]));
      for (const [clientId, seq] of this.acks.get(conversationId) ?? []) {
        if (bySeq.get(seq)?.clientId !== clientId) {
          v.lost++;
          problem(`${conversationId}: acknowledged seq ${seq} (${clientId}) is not in the log as acknowledged`);
        }
      }
      const expected = log.map((r) => r.seq).join(',');
      for (const r of receivers) {
        const got = this.seen.get(r)?.get(conversationId) ?? [];
        if (got.join(',') !== expected) {
          v.misdelivered++;
          problem(`${r} saw ${conversationId} out of order, with gaps or duplicates (${got.length} of ${log.length} entries)`);
        }
        v.deliveries += got.length;
      }
      v.stored += log.length;
    }
    return v;
  }
}
