/** An entry of the dedup window that is stored: its seq and accept time answer a retry at once. */
export interface StoredEntry {
  seq: number;
  sentAt: number;
}

/**
 * A conversation's dedup window: sender + client id → the stored entry, or the pending one that
 * a retry joins. Insertion-ordered and trimmed to `limit` stored entries (pending ones stay until
 * stored or failed); older retries are found in the store by client id.
 */
export class RecentEntries<P extends object> {
  private readonly entries = new Map<string, StoredEntry | P>();

  constructor(private readonly limit: number) {}

  static key(senderId: string, clientId: string): string {
    return `${senderId}\n${clientId}`;
  }

  get(key: string): StoredEntry | P | undefined {
    return this.entries.get(key);
  }

  pending(key: string, entry: P): void {
    this.entries.set(key, entry);
  }

  forget(key: string): void {
    this.entries.delete(key);
  }

  /** Records a stored entry (as the newest) and trims the oldest stored ones beyond the limit. */
  stored(key: string, seq: number, sentAt: number, isPending: (e: StoredEntry | P) => e is P): void {
    this.entries.delete(key);
    this.entries.set(key, { seq, sentAt });
    if (this.entries.size <= this.limit) return;
    for (const [k, v] of this.entries) {
      if (this.entries.size <= this.limit) break;
      if (!isPending(v)) this.entries.delete(k);
    }
  }
}
