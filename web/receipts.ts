// Delivered and read receipts the page sends, coalesced: per conversation and kind only the
// highest seq goes out, after a short pause, and never one the server already has from us.

export type ReceiptKind = 'delivered' | 'read';

export type SendReceipt = (conversationId: string, kind: ReceiptKind, seq: number) => Promise<number>;

export class ReceiptSender {
  /** kind \n conversation → the highest seq asked for. */
  private readonly wanted = new Map<string, number>();
  /** kind \n conversation → the cursor the server confirmed (or the request in flight). */
  private readonly sent = new Map<string, number>();
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly send: SendReceipt,
    private readonly delayMs: number,
    private readonly onError: (err: unknown) => void,
  ) {}

  mark(conversationId: string, kind: ReceiptKind, seq: number): void {
    if (seq < 1) return;
    const key = `${kind}\n${conversationId}`;
    if (seq <= (this.wanted.get(key) ?? 0)) return;
    this.wanted.set(key, seq);
    this.timer ??= setTimeout(() => this.flush(), this.delayMs);
  }

  /** Drops what is owed for a conversation the user is no longer a member of. */
  forget(conversationId: string): void {
    for (const kind of ['delivered', 'read'] as const) this.wanted.delete(`${kind}\n${conversationId}`);
  }

  /** Sends what is still owed (after a reconnect). */
  retry(): void {
    this.timer ??= setTimeout(() => this.flush(), this.delayMs);
  }

  stop(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private flush(): void {
    this.timer = null;
    for (const [key, seq] of this.wanted) {
      const before = this.sent.get(key) ?? 0;
      if (seq <= before) continue;
      const [kind, conversationId] = key.split('\n') as [ReceiptKind, string];
      this.sent.set(key, seq);
      this.send(conversationId, kind, seq).then(
        (cursor) => this.sent.set(key, Math.max(cursor, this.sent.get(key) ?? 0)),
        (err: unknown) => {
          // A transient failure leaves it owed: the next mark or retry() resends it. A refusal stays refused.
          const retryable = err instanceof Error && (err as Error & { retryable?: unknown }).retryable === true;
          if (retryable && this.sent.get(key) === seq) this.sent.set(key, before);
          this.onError(err);
        },
      );
    }
  }
}
