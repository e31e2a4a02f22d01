import type { Clock, Timer } from '../time/mod.js';
import type { SocketCloser, Wire } from './session_env.js';

/** However alive its client stays, a closed socket is ended this long after its close at the latest. */
export const MAX_CLOSE_LINGER_MS = 5 * 60_000;

/**
 * The gateway's sockets whose session is closed but whose close frame waits behind buffered
 * output (docs/protocol.md, "Backpressure"). uWS sends a close frame behind the socket's backlog
 * and drops the socket 4–16 s after `end()` (its idle timeout's margin): a client paused longer
 * (an app in the background, say) would see the connection cut (1006) instead of the code telling
 * it why (4100 for a slow reader) and that nothing durable was lost. So the frame is written only
 * once uWS drained the backlog, as long as the client shows it is alive: anything heard from it
 * (a frame, a ping, a pong) within the idle timeout, and at most MAX_CLOSE_LINGER_MS. A client
 * silent for the idle timeout is ended at once, as an idle session would be.
 *
 * The session itself ended at the close: nothing more is written to the socket and its user's
 * registration is gone. What the socket holds meanwhile is what it had buffered, under the hard
 * backpressure limit plus one frame, as it could hold before the close.
 */
export class LingeringCloses implements SocketCloser {
  private readonly waiting = new Map<Wire, { code: number; reason: string; heardAt: number; until: number; timer: Timer }>();

  constructor(
    private readonly clock: Clock,
    /** The gateway's idle timeout (--idle-timeout-sec). */
    private readonly idleMs: number,
    private readonly maxMs = MAX_CLOSE_LINGER_MS,
  ) {}

  /** Ends the socket now when nothing is buffered; otherwise once uWS drained it (drained()) or its client went quiet. */
  end(ws: Wire, code: number, reason: string): void {
    if (this.waiting.has(ws)) return;
    if (ws.getBufferedAmount() === 0) {
      ws.end(code, reason);
      return;
    }
    const now = this.clock.now();
    const w = { code, reason, heardAt: now, until: now + this.maxMs, timer: this.arm(ws, now + this.idleMs) };
    this.waiting.set(ws, w);
  }

  /** Something arrived from the socket's client: it is alive, so its close frame may wait longer. */
  heard(ws: Wire): void {
    const w = this.waiting.get(ws);
    if (w !== undefined) w.heardAt = this.clock.now();
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

  private arm(ws: Wire, at: number): Timer {
    const timer = this.clock.setTimeout(() => this.due(ws), Math.max(0, at - this.clock.now()));
    timer.unref?.();
    return timer;
  }

  /** The client has been silent for the idle timeout, or the last deadline passed: end it; else wait on. */
  private due(ws: Wire): void {
    const w = this.waiting.get(ws);
    if (w === undefined) return;
    const now = this.clock.now();
    const quietAt = w.heardAt + this.idleMs;
    if (now >= quietAt || now >= w.until) this.endNow(ws);
    else w.timer = this.arm(ws, Math.min(quietAt, w.until));
  }

  private endNow(ws: Wire): void {
    const w = this.waiting.get(ws);
    if (w === undefined) return;
    this.forget(ws);
    ws.end(w.code, w.reason);
  }
}
