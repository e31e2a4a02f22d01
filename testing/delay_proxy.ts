import { type Server, type Socket, connect, createServer } from 'node:net';
import { performance } from 'node:perf_hooks';

/**
 * A TCP proxy that adds a one-way delay to every byte, standing in for the distance between two
 * regions on one machine (this kernel has no netem qdisc). Each accepted connection gets its own
 * upstream connection; each direction holds the chunks it read until `delayMs` after they arrived,
 * then writes them in the order read. Order is kept even when the delay is changed while bytes wait.
 *
 * Backpressure: a direction stops reading its source while the bytes it holds plus those its
 * destination has not flushed pass `highWaterBytes`, and resumes once its destination drains and it
 * holds less again; a slow reader slows the writer as a direct TCP connection would, and the proxy
 * never buffers without bound. A half-close (FIN) is passed on after the bytes before it; a reset
 * or error on either side destroys both.
 *
 * Bandwidth is not limited: only latency is added.
 */
export interface DelayProxyOptions {
  /** Where to forward each connection. */
  targetHost: string;
  targetPort: number;
  /** One-way delay added in each direction, milliseconds (0: none). */
  delayMs: number;
  /** Address to listen on; default 127.0.0.1, port default 0 (ephemeral). */
  listenHost?: string;
  listenPort?: number;
  /** Bytes a direction may hold before it pauses its source; default 1 MiB. */
  highWaterBytes?: number;
}

export interface DelayProxyStats {
  /** Connections accepted since start, and currently open. */
  accepted: number;
  open: number;
  /** Bytes written to destinations, both directions. */
  forwardedBytes: number;
  /** Bytes held in delay queues right now, both directions, every connection. */
  heldBytes: number;
  /** The largest `heldBytes` of one direction seen so far (backpressure bound check). */
  maxHeldBytes: number;
}

const DEFAULT_HIGH_WATER = 1024 * 1024;

/** One direction of one connection: reads `from`, writes `to` after the delay. */
class DelayedPipe {
  private readonly queue: { due: number; chunk: Buffer }[] = [];
  private held = 0;
  private lastDue = 0;
  private timer: NodeJS.Timeout | undefined;
  private ended = false;
  private paused = false;

  constructor(
    private readonly from: Socket,
    private readonly to: Socket,
    private readonly proxy: DelayProxy,
  ) {
    from.on('data', (chunk: Buffer) => this.onData(chunk));
    from.on('end', () => {
      this.ended = true;
      this.flush();
    });
    to.on('drain', () => this.maybeResume());
  }

  get heldBytes(): number {
    return this.held;
  }

  stop(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    this.proxy.noteHeld(-this.held);
    this.held = 0;
    this.queue.length = 0;
  }

  private onData(chunk: Buffer): void {
    // Never earlier than the chunk before: a lowered delay must not reorder bytes.
    const due = Math.max(performance.now() + this.proxy.delayMs, this.lastDue);
    this.lastDue = due;
    this.queue.push({ due, chunk });
    this.held += chunk.length;
    this.proxy.noteHeld(chunk.length, this.held);
    if (this.held + this.to.writableLength >= this.proxy.highWaterBytes && !this.paused) {
      this.paused = true;
      this.from.pause();
    }
    this.flush();
  }

  /** Writes every chunk that is due, then sets one timer for the next. */
  private flush(): void {
    if (this.timer !== undefined) return;
    const now = performance.now();
    while (this.queue.length > 0 && this.queue[0]!.due <= now) {
      const { chunk } = this.queue.shift()!;
      this.held -= chunk.length;
      this.proxy.noteHeld(-chunk.length);
      this.proxy.noteForwarded(chunk.length);
      if (!this.to.destroyed) this.to.write(chunk);
    }
    if (this.queue.length > 0) {
      this.timer = setTimeout(() => {
        this.timer = undefined;
        this.flush();
      }, Math.max(0, Math.ceil(this.queue[0]!.due - now)));
      return;
    }
    if (this.ended && !this.to.destroyed) this.to.end();
    this.maybeResume();
  }

  private maybeResume(): void {
    if (!this.paused || this.held + this.to.writableLength >= this.proxy.highWaterBytes / 2) return;
    this.paused = false;
    this.from.resume();
  }
}

export class DelayProxy {
  private readonly connections = new Set<{ client: Socket; upstream: Socket; pipes: DelayedPipe[] }>();
  private readonly counters: DelayProxyStats = { accepted: 0, open: 0, forwardedBytes: 0, heldBytes: 0, maxHeldBytes: 0 };
  delayMs: number;
  readonly highWaterBytes: number;

  private constructor(
    private readonly server: Server,
    readonly host: string,
    readonly port: number,
    private readonly options: DelayProxyOptions,
  ) {
    this.delayMs = options.delayMs;
    this.highWaterBytes = options.highWaterBytes ?? DEFAULT_HIGH_WATER;
  }

  static async start(options: DelayProxyOptions): Promise<DelayProxy> {
    if (!Number.isFinite(options.delayMs) || options.delayMs < 0) throw new RangeError(`delayMs must be >= 0, got ${options.delayMs}`);
    const host = options.listenHost ?? '127.0.0.1';
    let proxy: DelayProxy | undefined;
    const server = createServer({ noDelay: true, allowHalfOpen: true }, (client) => proxy!.accept(client));
    const port = await new Promise<number>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.listenPort ?? 0, host, () => {
        server.off('error', reject);
        resolve((server.address() as { port: number }).port);
      });
    });
    proxy = new DelayProxy(server, host, port, options);
    return proxy;
  }

  /** host:port clients connect to. */
  get endpoint(): string {
    return `${this.host}:${this.port}`;
  }

  stats(): DelayProxyStats {
    return { ...this.counters, open: this.connections.size };
  }

  /** Changes the delay for bytes read from now on; bytes already held keep their time. */
  setDelay(ms: number): void {
    if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`delay must be >= 0, got ${ms}`);
    this.delayMs = ms;
  }

  /** Stops accepting, resets every open connection, and resolves once the listener is closed. */
  async close(): Promise<void> {
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    for (const c of this.connections) this.drop(c);
    await closed;
  }

  /** @internal bookkeeping for the pipes. */
  noteHeld(delta: number, pipeHeld = 0): void {
    this.counters.heldBytes += delta;
    if (pipeHeld > this.counters.maxHeldBytes) this.counters.maxHeldBytes = pipeHeld;
  }

  /** @internal */
  noteForwarded(bytes: number): void {
    this.counters.forwardedBytes += bytes;
  }

  private accept(client: Socket): void {
    this.counters.accepted++;
    const upstream = connect({ host: this.options.targetHost, port: this.options.targetPort, noDelay: true, allowHalfOpen: true });
    // Nothing is read from the client until upstream is connected: its bytes wait in the kernel.
    client.pause();
    const c = { client, upstream, pipes: [] as DelayedPipe[] };
    this.connections.add(c);
    upstream.once('connect', () => {
      c.pipes.push(new DelayedPipe(client, upstream, this), new DelayedPipe(upstream, client, this));
      client.resume();
    });
    const drop = (): void => this.drop(c);
    client.on('error', drop);
    upstream.on('error', drop);
    // A side that closed cleanly has sent its FIN, which its pipe passes on after the bytes it
    // still holds; the pair goes once both sides are closed (or at once after an error).
    let closed = 0;
    const onClose = (hadError: boolean): void => {
      if (hadError || ++closed === 2) drop();
    };
    client.on('close', onClose);
    upstream.on('close', onClose);
  }

  private drop(c: { client: Socket; upstream: Socket; pipes: DelayedPipe[] }): void {
    if (!this.connections.delete(c)) return;
    for (const p of c.pipes) p.stop();
    c.client.destroy();
    c.upstream.destroy();
  }
}
