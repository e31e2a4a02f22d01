/**
 * The local index in memory: documents and, per term, the documents that hold it (terms as the
 * server's engines index them, lib/text indexTerms). A phrase matches adjacent terms, a prefix group
 * any term starting with it, as FTS5 does on the server.
 */
import { type QueryGroup, indexTerms } from '../../text/mod.js';

export interface LocalDoc {
  conversationId: string;
  seq: number;
  senderId: string;
  sentAtMs: number;
  /** The current (decrypted) text. */
  text: string;
}

interface Entry {
  doc: LocalDoc;
  terms: string[];
}

export function docKey(conversationId: string, seq: number): string {
  return `${conversationId}\u0000${seq}`;
}

export class LocalPostings {
  private readonly docs = new Map<string, Entry>();
  private readonly postings = new Map<string, Set<string>>();
  private readonly byConversation = new Map<string, Set<string>>();

  size(): number {
    return this.docs.size;
  }

  get(conversationId: string, seq: number): LocalDoc | undefined {
    return this.docs.get(docKey(conversationId, seq))?.doc;
  }

  put(doc: LocalDoc): void {
    const key = docKey(doc.conversationId, doc.seq);
    this.delete(key);
    const terms = indexTerms(doc.text).split(' ').filter((t) => t !== '');
    this.docs.set(key, { doc, terms });
    for (const t of new Set(terms)) {
      let set = this.postings.get(t);
      if (set === undefined) this.postings.set(t, (set = new Set()));
      set.add(key);
    }
    let conv = this.byConversation.get(doc.conversationId);
    if (conv === undefined) this.byConversation.set(doc.conversationId, (conv = new Set()));
    conv.add(key);
  }

  delete(key: string): void {
    const e = this.docs.get(key);
    if (e === undefined) return;
    this.docs.delete(key);
    for (const t of new Set(e.terms)) {
      const set = this.postings.get(t)!;
      set.delete(key);
      if (set.size === 0) this.postings.delete(t);
    }
    const conv = this.byConversation.get(e.doc.conversationId)!;
    conv.delete(key);
    if (conv.size === 0) this.byConversation.delete(e.doc.conversationId);
  }

  all(): LocalDoc[] {
    return [...this.docs.values()].map((e) => e.doc);
  }

  conversation(conversationId: string): LocalDoc[] {
    return [...(this.byConversation.get(conversationId) ?? [])].map((k) => this.docs.get(k)!.doc);
  }

  /** Drops the `n` oldest documents (by sentAtMs) and returns them. */
  evictOldest(n: number): LocalDoc[] {
    const oldest = [...this.docs.values()].map((e) => e.doc).sort((a, b) => a.sentAtMs - b.sentAtMs || a.seq - b.seq).slice(0, n);
    for (const d of oldest) this.delete(docKey(d.conversationId, d.seq));
    return oldest;
  }

  /**
   * The first `n` documents (in `order`) matching every group and `keep`, and whether more match.
   * Only the best n are kept while scanning (no sort of every match: a common word matches many).
   */
  top(groups: readonly QueryGroup[], conversationId: string | undefined, keep: (d: LocalDoc) => boolean, order: (a: LocalDoc, b: LocalDoc) => number, n: number): { docs: LocalDoc[]; more: boolean } {
    const sets = groups.map((g) => this.candidates(g));
    if (conversationId !== undefined) sets.push(this.byConversation.get(conversationId) ?? new Set());
    sets.sort((a, b) => a.size - b.size);
    const best: LocalDoc[] = [];
    let more = false;
    for (const key of sets[0] ?? []) {
      if (!sets.every((s) => s.has(key))) continue;
      const e = this.docs.get(key)!;
      if (!keep(e.doc) || !groups.every((g) => 'prefix' in g || g.phrase.length === 1 || hasPhrase(e.terms, g.phrase))) continue;
      if (best.length === n && order(e.doc, best[n - 1]!) >= 0) {
        more = true;
        continue;
      }
      let i = best.length;
      while (i > 0 && order(e.doc, best[i - 1]!) < 0) i--;
      best.splice(i, 0, e.doc);
      if (best.length > n) {
        best.pop();
        more = true;
      }
    }
    return { docs: best, more };
  }

  /** Documents holding every term of the group (a prefix: some term starting with it). */
  private candidates(g: QueryGroup): ReadonlySet<string> {
    if ('prefix' in g) {
      const out = new Set<string>();
      for (const [term, keys] of this.postings) if (term.startsWith(g.prefix)) for (const k of keys) out.add(k);
      return out;
    }
    const sets = g.phrase.map((t) => this.postings.get(t) ?? new Set<string>());
    sets.sort((a, b) => a.size - b.size);
    const out = new Set<string>();
    for (const k of sets[0]!) if (sets.every((s) => s.has(k))) out.add(k);
    return out;
  }
}

function hasPhrase(terms: readonly string[], phrase: readonly string[]): boolean {
  for (let i = 0; i + phrase.length <= terms.length; i++) {
    if (phrase.every((p, k) => terms[i + k] === p)) return true;
  }
  return false;
}
