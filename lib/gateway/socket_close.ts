import type { Clock, Timer } from '../time/mod.js';
import type { SocketCloser, Wire } from './session_env.js';

/**
 * How long a closed session's socket waits for its client to read the output queued before the
 * close frame. uWS sends the close frame behind that backlog, and drops the socket without it
 * 4–16 s after `end()` (its idle timeout's margin); a client stuck longer would see the connection
 * cut (1006) instead of the code telling it why (4100 for a slow reader) and that nothing durable
 * was lost. So the frame is written only once uWS has drained the backlog, or at this deadline.
 */
export const CLOSE_LINGER_MS = 30_000;

/**
 * The gateway's sockets whose session is closed but whose close frame waits behind buffered
 * output (docs/architecture.md, "User actors and the gateway"). The session itself ended at once:
 * nothing more is written to the socket, its user's registration is gone. What it holds meanwhile
 * is what it buffered, under the hard backpressure limit plus one frame.
 */
export class LingeringCloses implements SocketCloser {
  private readonly waiting = new Map<Wire, { code: number; reason: string; timer: Timer }>();

  constructor(
    private readonly clock: Clock,
    private readonly lingerMs = CLOSE_LINGER_MS,
  ) {}

  /** Ends the socket now when nothing is buffered; otherwise once uWS drained it (drained()) or at the deadline. */
  end(ws: Wire, code: number, reason: string): void {
    if (this.waiting.has(ws)) return;
    if (ws.getBufferedAmount() === 0) {
      ws.end(code, reason);
      return;
    }
    const timer = this.clock.setTimeout(() => this.endNow(ws), this.lingerMs);
    timer.unref?.();
    this.waiting.set(ws, { code, reason, timer });
  }

  /** uWS wrote some of the socket's backlog (the client reads again): once all of it is out, the close frame follows. */
  drained(ws: Wire): void {
    if (this.waiting.has(ws) && ws.getBufferedAmount() === 0) this.endNow(ws);
  }

  /** The socket closed by itself (the client went away): nothing left to end. */
  forget(ws: Wire): void {
    const w = this.waiting.get(ws);
    if (w === undefined) return;
    this.clock.clearTimeout(w.timer);
    this.waiting.delete(ws);
  }

  /** Ends every waiting socket now (the gateway shuts down). */
  endAll(): void {
    for (const ws of this.waiting.keys()) this.endNow(ws);
  }

  /** Sockets waiting to be ended. */
  get size(): number {
    return this.waiting.size;
  }

  private endNow(ws: Wire): void {
    const w = this.waiting.get(ws);
    if (w === undefined) return;
    this.forget(ws);
    ws.end(w.code, w.reason);
  }
}
