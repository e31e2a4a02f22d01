/**
 * Per-socket write coalescing. Every frame a session sends during one turn of the event loop is
 * queued on the session, and at the end of the turn (setImmediate: after the I/O callbacks of this
 * turn, before the loop waits again) each session with output writes all of it inside one uWS
 * `cork`: one syscall and as few TCP segments as the bytes need, instead of one per frame. At a low
 * rate a turn holds one frame and nothing waits longer than the rest of its turn; under load the
 * turns grow and so do the batches, which is when the syscalls matter.
 *
 * The writes of one flush are cut into slices of about SLICE_MS. A message to a 1,000-member group
 * is 1,000 socket writes, 7-12 ms of kernel send on a small machine; written in one go, the next
 * send, a commit's reply and every ack would wait behind all of it. Between slices the loop reads
 * its sockets, so the next message is appended while this one is still going out, and its frames
 * join the queues of the sessions not yet written (one write for both).
 */

import { type Clock, monotonicClock } from '../time/mod.js';

/** A session with queued output (UserActor). */
export interface BatchedOutput {
  flushOutput(): void;
}

/** How long one slice of writes may hold the loop before it reads its sockets again. */
export const SLICE_MS = 1;
/** Sessions written between two looks at the clock. */
const CLOCK_EVERY = 16;

export class OutputBatch {
  /** Sessions being written, from `next` on; sessions marked meanwhile wait in `marked`, in order. */
  private writing: BatchedOutput[] = [];
  private next = 0;
  private marked: BatchedOutput[] = [];
  private scheduled = false;
  /** Slices so far and sessions written by them: writes per flush show how much coalescing happens. */
  flushes = 0;
  writes = 0;

  constructor(
    private readonly defer: (fn: () => void) => void = (fn) => void setImmediate(fn),
    private readonly sliceMs = SLICE_MS,
    private readonly clock: Pick<Clock, 'now'> = monotonicClock,
  ) {}

  /** The session has just queued its first frame since it was last written. */
  mark(session: BatchedOutput): void {
    this.marked.push(session);
    this.schedule();
  }

  private schedule(): void {
    if (!this.scheduled) {
      this.scheduled = true;
      this.defer(this.flush);
    }
  }

  /**
   * Writes marked sessions' queued output (each corked) until the slice is used up; the rest, and
   * sessions marked meanwhile, are written in the next turns, first come first written.
   */
  readonly flush = (): void => {
    this.scheduled = false;
    if (this.next >= this.writing.length) {
      this.writing = this.marked;
      this.marked = [];
      this.next = 0;
    }
    const writing = this.writing;
    const deadline = this.clock.now() + this.sliceMs;
    let i = this.next;
    while (i < writing.length) {
      writing[i++]!.flushOutput();
      if (i % CLOCK_EVERY === 0 && this.clock.now() >= deadline) break;
    }
    this.flushes++;
    this.writes += i - this.next;
    this.next = i;
    if (i < writing.length || this.marked.length > 0) this.schedule();
  };
}
