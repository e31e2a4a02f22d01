/**
 * Reactions on ScyllaDB: one row per (message, emoji, user) in a partition per message bucket, so
 * a page of history is one slice per bucket and a DELETE drops a message's rows with one range
 * delete (scylla_effects.ts). Counts are computed on read.
 */
import { checkKey, checkReaction } from './validate.js';
import { bucketOf, type StoreStatements } from './scylla_schema.js';
import { num } from './scylla_rows.js';
import type { Row, ScyllaSession } from './scylla_session.js';
import type { ReactionCount, ReactionRecord, ReactionStore } from './store.js';

export class ScyllaReactions implements ReactionStore {
  constructor(
    private readonly session: ScyllaSession,
    private readonly s: StoreStatements,
  ) {}

  async react(r: ReactionRecord, add: boolean): Promise<ReactionCount[]> {
    checkReaction(r);
    const b = bucketOf(r.seq);
    const params = [r.conversationId, b, r.seq, r.emoji, r.userId];
    await this.session.execute(add ? this.s.addReaction : this.s.removeReaction, params, { idempotent: true });
    return (await this.read(r.conversationId, [r.seq], '')).get(r.seq) ?? [];
  }

  reactions(conversationId: string, seqs: readonly number[], reader: string): Promise<Map<number, ReactionCount[]>> {
    checkKey('conversation id', conversationId);
    return this.read(conversationId, seqs, reader);
  }

  /** Counts per message and emoji, most used first and ties by emoji (code units); `mine` for reader. */
  private async read(cid: string, seqs: readonly number[], reader: string): Promise<Map<number, ReactionCount[]>> {
    const byBucket = new Map<number, number[]>();
    for (const seq of new Set(seqs)) {
      if (!Number.isSafeInteger(seq) || seq < 1) continue;
      const b = bucketOf(seq);
      byBucket.set(b, [...(byBucket.get(b) ?? []), seq]);
    }
    const rows: Row[] = [];
    await Promise.all(
      [...byBucket].map(async ([b, list]) => {
        for (const r of await this.session.all(this.s.reactionsIn, [cid, b, list], { idempotent: true })) rows.push(r);
      }),
    );
    const counts = new Map<number, Map<string, ReactionCount>>();
    for (const r of rows) {
      const seq = num(r['seq']);
      const emoji = r['emoji'] as string;
      let perSeq = counts.get(seq);
      if (perSeq === undefined) counts.set(seq, (perSeq = new Map()));
      let c = perSeq.get(emoji);
      if (c === undefined) perSeq.set(emoji, (c = { emoji, count: 0, mine: false }));
      c.count++;
      if (r['user_id'] === reader) c.mine = true;
    }
    const out = new Map<number, ReactionCount[]>();
    for (const seq of [...counts.keys()].sort((a, b) => a - b)) {
      const list = [...counts.get(seq)!.values()].sort((a, b) => b.count - a.count || (a.emoji < b.emoji ? -1 : a.emoji > b.emoji ? 1 : 0));
      out.set(seq, list);
    }
    return out;
  }
}
