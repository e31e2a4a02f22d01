/**
 * Per-socket write coalescing. Every frame a session sends during one turn of the event loop is
 * queued on the session, and at the end of the turn (setImmediate: after the I/O callbacks of this
 * turn, before the loop waits again) each session with output writes all of it inside one uWS
 * `cork`: one syscall and as few TCP segments as the bytes need, instead of one per frame. At a low
 * rate a turn holds one frame and nothing waits longer than the rest of its turn; under load the
 * turns grow and so do the batches, which is when the syscalls matter.
 */

/** A session with queued output (UserActor). */
export interface BatchedOutput {
  flushOutput(): void;
}

export class OutputBatch {
  private dirty: BatchedOutput[] = [];
  private scheduled = false;
  /** Flushes so far and sessions written by them: writes per flush show how much coalescing happens. */
  flushes = 0;
  writes = 0;

  constructor(private readonly defer: (fn: () => void) => void = (fn) => void setImmediate(fn)) {}

  /** The session has just queued its first frame of this turn. */
  mark(session: BatchedOutput): void {
    this.dirty.push(session);
    if (!this.scheduled) {
      this.scheduled = true;
      this.defer(this.flush);
    }
  }

  /** Writes every marked session's queued output (each corked); frames queued meanwhile wait for the next turn. */
  readonly flush = (): void => {
    this.scheduled = false;
    const dirty = this.dirty;
    this.dirty = [];
    this.flushes++;
    this.writes += dirty.length;
    for (const s of dirty) s.flushOutput();
  };
}
