/** What happens when a message arrives at a full mailbox. */
export type OverflowPolicy = 'reject' | 'drop-oldest';

/**
 * FIFO queue with a hard capacity. Storage is allocated on first use and released when
 * the queue empties, so an idle actor costs nothing here.
 */
export class Mailbox<M> {
  private items: M[] | null = null;
  private head = 0;

  get size(): number {
    return this.items === null ? 0 : this.items.length - this.head;
  }

  push(message: M): void {
    (this.items ??= []).push(message);
  }

  shift(): M | undefined {
    const items = this.items;
    if (items === null) return undefined;
    const message = items[this.head];
    this.head++;
    if (this.head === items.length) {
      this.items = null;
      this.head = 0;
    } else if (this.head >= 1024 && this.head * 2 >= items.length) {
      this.items = items.slice(this.head);
      this.head = 0;
    }
    return message;
  }

  /** Removes and returns everything queued. */
  drain(): M[] {
    const rest = this.items === null ? [] : this.items.slice(this.head);
    this.items = null;
    this.head = 0;
    return rest;
  }
}
