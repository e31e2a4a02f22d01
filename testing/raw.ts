import WebSocket from 'ws';
import { type IClientFrame, type ServerFrame, decodeServerFrame, encodeClientFrame, PROTOCOL_VERSION } from '../lib/protocol/mod.js';

/** A bare protobuf-over-WebSocket connection, for testing the wire protocol without the SDK. */
export class RawConnection {
  private readonly frames: ServerFrame[] = [];
  private waiters: (() => void)[] = [];
  closed: { code: number; reason: string } | null = null;
  private nextId = 1;

  private constructor(readonly ws: WebSocket) {
    ws.binaryType = 'arraybuffer';
    ws.on('message', (data: ArrayBuffer, isBinary: boolean) => {
      if (isBinary) this.frames.push(decodeServerFrame(new Uint8Array(data)));
      this.wake();
    });
    ws.on('close', (code: number, reason: Buffer) => {
      this.closed = { code, reason: reason.toString() };
      this.wake();
    });
  }

  static open(url: string): Promise<RawConnection> {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(url);
      const conn = new RawConnection(ws);
      ws.once('open', () => resolve(conn));
      ws.once('error', reject);
      ws.once('unexpected-response', (req, res) => {
        req.destroy();
        reject(new Error(`upgrade refused: ${res.statusCode}`));
      });
    });
  }

  /** Opens and authenticates with Hello. */
  static async login(url: string, token: string, deviceId = 'raw'): Promise<RawConnection> {
    const c = await RawConnection.open(url);
    const w = await c.call({ hello: { protocolVersion: PROTOCOL_VERSION, token, deviceId } });
    if (w.body !== 'welcome') throw new Error(`login failed: ${JSON.stringify(w.toJSON())}`);
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
      const left = deadline - Date.now();
      if (left <= 0) throw new Error('timed out waiting for a frame');
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
  }

  async waitClosed(timeoutMs = 5000): Promise<{ code: number; reason: string }> {
    const deadline = Date.now() + timeoutMs;
    while (this.closed === null) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error('timed out waiting for close');
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
    return this.closed;
  }

  pushed(): ServerFrame[] {
    return this.frames.filter((f) => f.id === 0);
  }

  close(): void {
    this.ws.close();
  }

  private wake(): void {
    const w = this.waiters;
    this.waiters = [];
    for (const f of w) f();
  }
}
