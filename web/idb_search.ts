// The local search index's documents in IndexedDB (one database per user and device on this
// browser): the page's LocalSearchStorage. Keyed by [conversation, seq]; loaded whole when the page
// opens. Protected only as the origin's storage is (docs/e2ee.md).
import { LocalSearch, type LocalSearchOptions, type LocalSearchStorage } from '../lib/client/search/local_search.js';
import type { LocalDoc } from '../lib/client/search/postings.js';

const STORE = 'docs';

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
  });
}

export class IndexedDbSearchStorage implements LocalSearchStorage {
  private db: IDBDatabase | null = null;

  constructor(private readonly name: string) {}

  async load(): Promise<LocalDoc[]> {
    this.db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open(this.name, 1);
      open.onupgradeneeded = () => open.result.createObjectStore(STORE);
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error ?? new Error('cannot open IndexedDB'));
    });
    const tx = this.db.transaction(STORE, 'readonly');
    const all = tx.objectStore(STORE).getAll();
    await done(tx);
    return all.result as LocalDoc[];
  }

  async write(put: readonly LocalDoc[], del: readonly LocalDoc[]): Promise<void> {
    // IndexedDB replaces and deletes in place: nothing to compact.
    if (this.db === null) throw new Error('the local search database is closed');
    const tx = this.db.transaction(STORE, 'readwrite');
    const store = tx.objectStore(STORE);
    for (const d of put) store.put(d, [d.conversationId, d.seq]);
    for (const d of del) store.delete([d.conversationId, d.seq]);
    await done(tx);
  }

  async close(): Promise<void> {
    this.db?.close();
    this.db = null;
  }
}

export function openIndexedDbSearch(name: string, o: LocalSearchOptions = {}): Promise<LocalSearch> {
  return LocalSearch.open(new IndexedDbSearchStorage(name), o);
}
