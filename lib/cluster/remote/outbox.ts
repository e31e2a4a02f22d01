import type { EnvelopeInit } from '../gen/cluster.js';
import { BatchBuilder } from './wire.js';

/** One envelope waiting to be written. Names (kind, type) are turned into indexes per batch. */
export interface Outgoing {
  envelope: EnvelopeInit;
  kind: string;
  type: string;
  /** Bytes this envelope adds to a batch (payload + key + a fixed overhead); for batching only. */
  size: number;
  /** Monotonic ms after which a request is not worth sending; 0 for none. Written as deadline_ms. */
  deadlineAt: number;
  /** Set by the sender when the request gave up before it was written: skipped, not sent. */
  cancelled?: boolean;
  /** Called once the envelope is handed to the stream. */
  onWritten?: () => void;
}

/** Where batches go: a gRPC stream (client or server side). */
export interface BatchSink {
  write(chunk: Buffer): boolean;
  once(event: 'drain', listener: () => void): unknown;
}

export interface OutboxLimits {
  /** A batch is written as soon as it holds this many envelopes... */
  maxBatchEnvelopes: number;
  /** ...or this many bytes; otherwise at the end of the current event-loop turn (setImmediate). */
  maxBatchBytes: number;
}

/** Fixed per-envelope overhead used in size estimates (tags, ids, lengths). */
export const ENVELOPE_OVERHEAD = 24;

/**
 * The queue of one stream's outgoing envelopes, in order. Envelopes pushed in the same event-loop
 * turn go out together (batching); a batch is cut at the size limits. Flow control: when the stream's
 * write() returns false nothing more is written until 'drain', and the queue grows instead; its
 * owner bounds it (`length`) and refuses new envelopes when it is full.
 */
export class Outbox {
  private queue: Outgoing[] = [];
  private head = 0;
  private queuedBytes = 0;
  private sink: BatchSink | undefined;
  private blocked = false;
  private scheduled = false;
  private readonly builder = new BatchBuilder();
  batches = 0;
  envelopes = 0;
  bytes = 0;

  /**
   * `onFlushed`: called after each flush, when the queue may have shrunk (an owner that stopped
   * reading because the queue was long looks again).
   */
  constructor(
    private readonly limits: OutboxLimits,
    private readonly now: () => number,
    private readonly onFlushed?: () => void,
  ) {}

  /** Envelopes queued and not yet written. */
  get length(): number {
    return this.queue.length - this.head;
  }

  push(item: Outgoing): void {
    this.queue.push(item);
    this.queuedBytes += item.size;
    if (this.sink === undefined || this.blocked) return;
    if (this.full()) this.flush(true);
    if (this.length > 0) this.schedule();
  }

  /** Starts writing to a (new) stream. */
  attach(sink: BatchSink): void {
    this.sink = sink;
    this.blocked = false;
    this.schedule();
  }

  /** Stops writing (the stream broke); the queue is kept for the next stream. */
  detach(): void {
    this.sink = undefined;
    this.blocked = false;
  }

  /** Removes and returns everything still queued. */
  takeAll(): Outgoing[] {
    const rest = this.queue.slice(this.head);
    this.queue = [];
    this.head = 0;
    this.queuedBytes = 0;
    return rest;
  }

  /**
   * Writes queued envelopes now, batch by batch, until the queue is empty (or, with `onlyFull`,
   * holds less than a full batch) or the stream pushes back.
   */
  flush(onlyFull = false): void {
    if (!onlyFull) this.scheduled = false;
    const sink = this.sink;
    while (sink !== undefined && this.sink === sink && !this.blocked && this.length > 0 && (!onlyFull || this.full())) {
      const written = this.takeBatch();
      if (this.builder.count === 0) continue;
      const chunk = this.builder.take();
      this.batches++;
      this.envelopes += written.length;
      this.bytes += chunk.length;
      for (const item of written) item.onWritten?.();
      if (!sink.write(chunk)) {
        this.blocked = true;
        sink.once('drain', () => {
          if (this.sink !== sink) return;
          this.blocked = false;
          this.flush();
        });
      }
    }
    this.compact();
    this.onFlushed?.();
  }

  private full(): boolean {
    return this.length >= this.limits.maxBatchEnvelopes || this.queuedBytes >= this.limits.maxBatchBytes;
  }

  private takeBatch(): Outgoing[] {
    const taken: Outgoing[] = [];
    let bytes = 0;
    const now = this.now();
    while (this.head < this.queue.length && taken.length < this.limits.maxBatchEnvelopes) {
      const item = this.queue[this.head]!;
      if (taken.length > 0 && bytes + item.size > this.limits.maxBatchBytes) break;
      this.head++;
      this.queuedBytes -= item.size;
      if (item.cancelled) continue;
      const e = item.envelope;
      if (item.deadlineAt > 0) {
        const left = Math.ceil(item.deadlineAt - now);
        if (left <= 0) continue; // its sender has given up already
        e.deadlineMs = left;
      }
      if (item.kind !== '') e.kind = this.builder.name(item.kind);
      if (item.type !== '') e.type = this.builder.name(item.type);
      this.builder.add(e);
      taken.push(item);
      bytes += item.size;
    }
    return taken;
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => this.flush());
  }

  private compact(): void {
    if (this.head === this.queue.length) {
      this.queue = [];
      this.head = 0;
    } else if (this.head > 1024 && this.head * 2 > this.queue.length) {
      this.queue = this.queue.slice(this.head);
      this.head = 0;
    }
  }
}
