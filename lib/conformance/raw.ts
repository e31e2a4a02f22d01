import WebSocket from 'ws';
import { type IClientFrame, type ServerFrame, decodeServerFrame, encodeClientFrame, PROTOCOL_VERSION } from '../protocol/mod.js';

export interface RawOptions {
  /** Extra upgrade headers (e.g. Authorization). */
  headers?: Record<string, string>;
  /** Answer the server's WebSocket pings (default true, as browsers do). */
  autoPong?: boolean;
}

/**
 * A bare protobuf-over-WebSocket connection: the wire protocol without the SDK. Used by the tests
 * and by the conformance kit, which must judge any server from the protocol alone.
 */
export class RawConnection {
  private readonly frames: ServerFrame[] = [];
  private waiters: (() => void)[] = [];
  closed: { code: number; reason: string } | null = null;
  /** WebSocket pings received from the server. */
  pings = 0;
  /** The Welcome, once login() got it (its Limits tell the server's values). */
  welcome: ServerFrame['welcome'] = null;
  private nextId = 1;

  private constructor(readonly ws: WebSocket) {
    ws.binaryType = 'arraybuffer';
    ws.on('message', (data: ArrayBuffer, isBinary: boolean) => {
      if (isBinary) this.frames.push(decodeServerFrame(new Uint8Array(data)));
      this.wake();
    });
    ws.on('ping', () => {
      this.pings++;
      this.wake();
    });
    ws.on('close', (code: number, reason: Buffer) => {
      this.closed = { code, reason: reason.toString() };
      this.wake();
    });
  }

  static open(url: string, options: RawOptions = {}): Promise<RawConnection> {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(url, { ...(options.headers ? { headers: options.headers } : {}), autoPong: options.autoPong ?? true });
      const conn = new RawConnection(ws);
      ws.once('open', () => resolve(conn));
      ws.once('error', reject);
      ws.once('unexpected-response', (req, res) => {
        req.destroy();
        reject(new UpgradeRefused(res.statusCode ?? 0, res.headers['retry-after']));
      });
    });
  }

  /** Opens and authenticates with Hello. */
  static async login(url: string, token: string, deviceId = 'raw', options: RawOptions = {}): Promise<RawConnection> {
    const c = await RawConnection.open(url, options);
    const w = await c.call({ hello: { protocolVersion: PROTOCOL_VERSION, token, deviceId } });
    if (w.body !== 'welcome') {
      c.close();
      throw new Error(`login failed: ${JSON.stringify(w.toJSON())}`);
    }
    c.welcome = w.welcome;
    return c;
  }

  sendBytes(bytes: Uint8Array | string): void {
    this.ws.send(bytes);
  }

  send(frame: IClientFrame): number {
    const id = frame.id ?? this.nextId++;
    this.ws.send(encodeClientFrame({ ...frame, id }));
    return id;
  }

  /** Sends a request and waits for the frame that answers it. */
  async call(frame: IClientFrame, timeoutMs = 5000): Promise<ServerFrame> {
    const id = this.send(frame);
    return this.next((f) => f.id === id, timeoutMs);
  }

  /** Waits for (and removes) the first frame matching pred. */
  async next(pred: (f: ServerFrame) => boolean = () => true, timeoutMs = 5000): Promise<ServerFrame> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const i = this.frames.findIndex(pred);
      if (i !== -1) return this.frames.splice(i, 1)[0]!;
      if (this.closed) throw new Error(`connection closed (${this.closed.code} ${this.closed.reason}) while waiting`);
      if (!(await this.sleepUntil(deadline))) throw new Error('timed out waiting for a frame');
    }
  }

  async waitClosed(timeoutMs = 5000): Promise<{ code: number; reason: string }> {
    const deadline = Date.now() + timeoutMs;
    while (this.closed === null) {
      if (!(await this.sleepUntil(deadline))) throw new Error('timed out waiting for close');
    }
    return this.closed;
  }

  /** Resolves when cond() holds after some event on this connection; false at the deadline. */
  async until(cond: () => boolean, timeoutMs = 5000): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    while (!cond()) {
      if (!(await this.sleepUntil(deadline))) return cond();
    }
    return true;
  }

  pushed(): ServerFrame[] {
    return this.frames.filter((f) => f.id === 0);
  }

  /** Frames received and not yet taken by next(). */
  buffered(): readonly ServerFrame[] {
    return this.frames;
  }

  close(code?: number): void {
    this.ws.close(code);
  }

  /** Stops reading from the socket (a stuck client): the server's output to it piles up. */
  pause(): void {
    this.ws.pause();
  }

  resume(): void {
    this.ws.resume();
  }

  /** A WebSocket ping to the server: proof of life that needs no reading (see the idle timeout). */
  ping(): void {
    this.ws.ping();
  }

  /** Waits for the next event on this connection; false when the deadline passed first. */
  private sleepUntil(deadline: number): Promise<boolean> {
    const left = deadline - Date.now();
    if (left <= 0) return Promise.resolve(false);
    return new Promise<boolean>((resolve) => {
      const t = setTimeout(() => resolve(false), left);
      this.waiters.push(() => {
        clearTimeout(t);
        resolve(true);
      });
    });
  }

  private wake(): void {
    const w = this.waiters;
    this.waiters = [];
    for (const f of w) f();
  }
}

/** The server answered the upgrade with an HTTP status instead of a WebSocket. */
export class UpgradeRefused extends Error {
  override readonly name = 'UpgradeRefused';
  constructor(
    readonly status: number,
    /** The Retry-After header, if any. */
    readonly retryAfter?: string,
  ) {
    super(`upgrade refused: ${status}`);
  }
}
