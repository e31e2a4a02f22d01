/**
 * The device's own index of end-to-end encrypted messages (docs/e2ee.md, docs/search.md): the server
 * cannot read them, so a device indexes the plaintext it decrypted (or sent) and searches it
 * itself. Queries take the server search's options and follow its tokenisation (lib/text), so one
 * search box covers both (client.search merges them, search_merge.ts).
 *
 * LocalSearch is the one implementation of the index; where it keeps its documents is a
 * LocalSearchStorage: a file on Node (file_search_storage.ts), IndexedDB in the page
 * (web/idb_search.ts). Both pass test/client/local_search_contract.ts.
 */
import { SEARCH_BOUNDS, SearchQueryError, parseQuery, snippet } from '../../text/mod.js';
import type { SearchHit } from '../types.js';
import { LocalPostings, type LocalDoc, docKey } from './postings.js';

export type { LocalDoc } from './postings.js';

export interface LocalSearchQuery {
  text: string;
  conversationId?: string;
  senderId?: string;
  /** sentAtMs >= sinceMs and < untilMs when given. */
  sinceMs?: number;
  untilMs?: number;
  /** Default 20, at most 100. */
  limit?: number;
  /** nextCursor of the previous page; '' or absent for the first. */
  cursor?: string;
}

export interface LocalSearchPage {
  /** Newest first: sentAtMs descending, then conversation id, then seq descending. */
  hits: SearchHit[];
  /** '' when there is nothing more. */
  nextCursor: string;
}

export interface LocalSearchIndex {
  /** Indexes a message's text (replaces what the same conversation and seq had). */
  add(doc: LocalDoc): Promise<void>;
  /** The message's new text, if it is indexed and `senderId` sent it (others cannot edit it); false otherwise. */
  edit(conversationId: string, seq: number, senderId: string, text: string): Promise<boolean>;
  /** A deleted message: never found again (with `senderId`, only if that user sent it); false if it was not indexed. */
  remove(conversationId: string, seq: number, senderId?: string): Promise<boolean>;
  /** Everything of a conversation (the user chose to forget it on this device). */
  forget(conversationId: string): Promise<void>;
  search(q: LocalSearchQuery): Promise<LocalSearchPage>;
  /** Messages indexed. */
  size(): number;
  close(): Promise<void>;
}

/** Where a LocalSearch keeps its documents; it loads them all once and then only writes. */
export interface LocalSearchStorage {
  load(): Promise<LocalDoc[]>;
  /**
   * Writes (or replaces) these documents and deletes those, in order. `live` tells how many
   * documents there are now and gives them all, for a storage that compacts (a log file).
   */
  write(put: readonly LocalDoc[], del: readonly LocalDoc[], live: LiveDocs): Promise<void>;
  close(): Promise<void>;
}

export interface LiveDocs {
  count: number;
  all(): LocalDoc[];
}

export interface LocalSearchOptions {
  /** Messages kept (default 100,000: about 100 MB of memory); beyond it the oldest tenth goes (docs/search.md). */
  maxDocs?: number;
}

const DEFAULT_LIMIT = 20;

export class LocalSearch implements LocalSearchIndex {
  private constructor(
    private readonly storage: LocalSearchStorage,
    private readonly postings: LocalPostings,
    private readonly maxDocs: number,
  ) {}

  static async open(storage: LocalSearchStorage, o: LocalSearchOptions = {}): Promise<LocalSearch> {
    const postings = new LocalPostings();
    for (const d of await storage.load()) postings.put(d);
    return new LocalSearch(storage, postings, o.maxDocs ?? 100_000);
  }

  async add(doc: LocalDoc): Promise<void> {
    const d: LocalDoc = { conversationId: doc.conversationId, seq: doc.seq, senderId: doc.senderId, sentAtMs: doc.sentAtMs, text: doc.text };
    this.postings.put(d);
    const evicted = this.postings.size() > this.maxDocs ? this.postings.evictOldest(Math.max(1, Math.ceil(this.maxDocs / 10))) : [];
    await this.storage.write([d], evicted, this.live());
  }

  async edit(conversationId: string, seq: number, senderId: string, text: string): Promise<boolean> {
    const d = this.postings.get(conversationId, seq);
    if (d === undefined || d.senderId !== senderId) return false;
    const next = { ...d, text };
    this.postings.put(next);
    await this.storage.write([next], [], this.live());
    return true;
  }

  async remove(conversationId: string, seq: number, senderId?: string): Promise<boolean> {
    const d = this.postings.get(conversationId, seq);
    if (d === undefined || (senderId !== undefined && d.senderId !== senderId)) return false;
    this.postings.delete(docKey(conversationId, seq));
    await this.storage.write([], [d], this.live());
    return true;
  }

  async forget(conversationId: string): Promise<void> {
    const gone = this.postings.conversation(conversationId);
    for (const d of gone) this.postings.delete(docKey(d.conversationId, d.seq));
    await this.storage.write([], gone, this.live());
  }

  async search(q: LocalSearchQuery): Promise<LocalSearchPage> {
    const groups = parseQuery(q.text);
    const limit = q.limit === undefined || q.limit === 0 ? DEFAULT_LIMIT : q.limit;
    if (!Number.isSafeInteger(limit) || limit < 1) throw new SearchQueryError('BAD_OPTIONS', 'the limit must be a positive integer');
    for (const t of [q.sinceMs, q.untilMs]) {
      if (t !== undefined && !Number.isFinite(t)) throw new SearchQueryError('BAD_OPTIONS', 'a time bound must be a number of milliseconds');
    }
    const after = decodeLocalCursor(q.cursor);
    const conversationId = q.conversationId === undefined || q.conversationId === '' ? undefined : q.conversationId;
    const keep = (d: LocalDoc): boolean =>
      (q.senderId === undefined || q.senderId === '' || d.senderId === q.senderId) &&
      (q.sinceMs === undefined || d.sentAtMs >= q.sinceMs) &&
      (q.untilMs === undefined || d.sentAtMs < q.untilMs) &&
      (after === null || newestFirst(d, after) > 0);
    const { docs, more } = this.postings.top(groups, conversationId, keep, newestFirst, Math.min(limit, SEARCH_BOUNDS.maxLimit));
    const last = docs.at(-1);
    return {
      hits: docs.map((d) => ({ conversationId: d.conversationId, seq: d.seq, senderId: d.senderId, sentAtMs: d.sentAtMs, ...snippet(d.text, groups) })),
      nextCursor: more && last !== undefined ? encodeLocalCursor(last) : '',
    };
  }

  size(): number {
    return this.postings.size();
  }

  private live(): LiveDocs {
    return { count: this.postings.size(), all: () => this.postings.all() };
  }

  close(): Promise<void> {
    return this.storage.close();
  }
}

type Position = Pick<LocalDoc, 'sentAtMs' | 'conversationId' | 'seq'>;

/** Newest first: negative when `a` comes before `b`. */
export function newestFirst(a: Position, b: Position): number {
  if (a.sentAtMs !== b.sentAtMs) return b.sentAtMs - a.sentAtMs;
  if (a.conversationId !== b.conversationId) return a.conversationId < b.conversationId ? -1 : 1;
  return b.seq - a.seq;
}

/** The cursor of the page after `p` (the merge in search_merge.ts cuts pages anywhere). */
export function encodeLocalCursor(p: Position): string {
  return btoa(encodeURIComponent(JSON.stringify([p.sentAtMs, p.conversationId, p.seq])));
}

function decodeLocalCursor(text: string | undefined): Position | null {
  if (text === undefined || text === '') return null;
  let v: unknown;
  try {
    v = JSON.parse(decodeURIComponent(atob(text)));
  } catch {
    v = null;
  }
  if (!Array.isArray(v) || v.length !== 3 || !Number.isFinite(v[0]) || typeof v[1] !== 'string' || !Number.isSafeInteger(v[2])) {
    throw new SearchQueryError('BAD_CURSOR', 'the search cursor is not one this device gave');
  }
  return { sentAtMs: v[0] as number, conversationId: v[1], seq: v[2] as number };
}

/**
 * An index that is still opening (IndexedDB opens asynchronously, the page's E2EE client starts at
 * once): every call waits for it, so nothing decrypted meanwhile is missed.
 */
export function whenOpen(opening: Promise<LocalSearchIndex>): LocalSearchIndex {
  let ready: LocalSearchIndex | null = null;
  const index = opening.then((i) => (ready = i));
  return {
    add: async (d) => (await index).add(d),
    edit: async (c, s, who, t) => (await index).edit(c, s, who, t),
    remove: async (c, s, who) => (await index).remove(c, s, who),
    forget: async (c) => (await index).forget(c),
    search: async (q) => (await index).search(q),
    size: () => ready?.size() ?? 0,
    close: async () => (await index).close(),
  };
}
