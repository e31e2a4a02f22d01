import { type FileHandle, mkdir, open, readFile, rename } from 'node:fs/promises';
import { dirname } from 'node:path';
import { type LiveDocs, LocalSearch, type LocalSearchOptions, type LocalSearchStorage } from './local_search.js';
import type { LocalDoc } from './postings.js';

/**
 * The local search index's documents in one append-only file on Node: a line per change
 * (`["p", conversation, seq, sender, sentAtMs, text]` puts, `["d", conversation, seq]` deletes). On
 * open the file is replayed (a torn last line from a crash is skipped); at open and while it runs,
 * when it holds more than twice as many lines as live documents (plus 1,000), it is rewritten with
 * only those (to a temporary name, then renamed), so its size stays bounded by the index's. Keep it
 * beside the device's MLS state (FileDeviceStore): same private directory, mode 0600.
 * Not exported from lib/client/mod.ts: browsers use IndexedDB (web/idb_search.ts).
 */
export class FileSearchStorage implements LocalSearchStorage {
  private handle: FileHandle | null = null;
  private lines = 0;
  private chain: Promise<unknown> = Promise.resolve();

  constructor(private readonly path: string) {}

  async load(): Promise<LocalDoc[]> {
    let text = '';
    try {
      text = await readFile(this.path, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    }
    const docs = new Map<string, LocalDoc>();
    for (const line of text.split('\n')) {
      const op = parseLine(line);
      if (op === null) continue;
      this.lines++;
      const key = `${op[1]}\u0000${op[2]}`;
      if (op[0] === 'd') docs.delete(key);
      else docs.set(key, { conversationId: op[1], seq: op[2], senderId: op[3], sentAtMs: op[4], text: op[5] });
    }
    const all = [...docs.values()];
    await mkdir(dirname(this.path), { recursive: true, mode: 0o700 });
    if (this.lines > 2 * all.length + 1000 || (text !== '' && !text.endsWith('\n'))) await this.rewrite(all);
    this.handle = await open(this.path, 'a', 0o600);
    return all;
  }

  write(put: readonly LocalDoc[], del: readonly LocalDoc[], live: LiveDocs): Promise<void> {
    const text = [
      ...put.map((d) => JSON.stringify(['p', d.conversationId, d.seq, d.senderId, d.sentAtMs, d.text])),
      ...del.map((d) => JSON.stringify(['d', d.conversationId, d.seq])),
    ].join('\n');
    if (text === '') return Promise.resolve();
    // One write at a time, in call order (a FileHandle does not order concurrent writes).
    const next = this.chain.then(async () => {
      if (this.handle === null) throw new Error('the local search file is closed');
      await this.handle.write(text + '\n');
      this.lines += put.length + del.length;
      if (this.lines > 2 * live.count + 1000) {
        await this.handle.close();
        this.handle = null;
        try {
          await this.rewrite(live.all());
        } finally {
          this.handle = await open(this.path, 'a', 0o600);
        }
      }
    });
    this.chain = next.catch(() => undefined);
    return next;
  }

  async close(): Promise<void> {
    await this.chain;
    await this.handle?.close();
    this.handle = null;
  }

  /** The file with only the live documents. */
  private async rewrite(docs: readonly LocalDoc[]): Promise<void> {
    const tmp = `${this.path}.tmp`;
    const h = await open(tmp, 'w', 0o600);
    try {
      const batch = 2000;
      for (let i = 0; i < docs.length; i += batch) {
        const chunk = docs.slice(i, i + batch).map((d) => JSON.stringify(['p', d.conversationId, d.seq, d.senderId, d.sentAtMs, d.text]) + '\n');
        await h.write(chunk.join(''));
      }
      await h.sync();
    } finally {
      await h.close();
    }
    await rename(tmp, this.path);
    this.lines = docs.length;
  }
}

type Line = ['p', string, number, string, number, string] | ['d', string, number];

function parseLine(line: string): Line | null {
  if (line === '') return null;
  let v: unknown;
  try {
    v = JSON.parse(line);
  } catch {
    return null;
  }
  if (!Array.isArray(v) || typeof v[1] !== 'string' || !Number.isSafeInteger(v[2])) return null;
  if (v[0] === 'd' && v.length === 3) return v as Line;
  if (v[0] === 'p' && v.length === 6 && typeof v[3] === 'string' && Number.isFinite(v[4]) && typeof v[5] === 'string') return v as Line;
  return null;
}

/** A LocalSearch over a file (created if missing). */
export function openFileSearch(path: string, o: LocalSearchOptions = {}): Promise<LocalSearch> {
  return LocalSearch.open(new FileSearchStorage(path), o);
}
