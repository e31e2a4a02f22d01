import { randomBytes } from 'node:crypto';
import { type Socket, connect } from 'node:net';
import { type IClientFrame, type ServerFrame, decodeServerFrame, encodeClientFrame } from '../lib/protocol/mod.js';

/**
 * A WebSocket client written straight on a TCP socket, so a test can stop reading it
 * (`pause()`): the kernel buffers fill, then the server's. `ws` hides its socket; this one does not.
 * Binary frames only, no extensions, no fragmentation (the server sends none).
 */
export class TcpWebSocket {
  readonly frames: ServerFrame[] = [];
  /** Bytes of WebSocket payload read so far. */
  bytesRead = 0;
  closed: { code: number; reason: string } | null = null;
  private buf: Buffer = Buffer.alloc(0);
  private waiters: (() => void)[] = [];
  private nextId = 1;

  private constructor(private readonly socket: Socket) {}

  static open(port: number, path = '/v1/ws'): Promise<TcpWebSocket> {
    return new Promise((resolve, reject) => {
      const socket = connect(port, '127.0.0.1');
      const key = randomBytes(16).toString('base64');
      let head = Buffer.alloc(0);
      const onData = (chunk: Buffer): void => {
        head = Buffer.concat([head, chunk]);
        const end = head.indexOf('\r\n\r\n');
        if (end === -1) return;
        socket.off('data', onData);
        const status = head.subarray(0, head.indexOf('\r\n')).toString();
        if (!status.includes(' 101 ')) {
          socket.destroy();
          reject(new Error(`upgrade refused: ${status}`));
          return;
        }
        const ws = new TcpWebSocket(socket);
        socket.on('data', (d: Buffer) => ws.onData(d));
        socket.on('close', () => {
          ws.closed ??= { code: 1006, reason: '' };
          ws.wake();
        });
        ws.onData(head.subarray(end + 4));
        resolve(ws);
      };
      socket.on('data', onData);
      socket.once('error', reject);
      socket.once('connect', () => {
        socket.write(
          `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
            `Sec-WebSocket-Key: ${key}\r\nSec-WebSocket-Version: 13\r\n\r\n`,
        );
      });
    });
  }

  /** Stops reading from the socket: nothing is taken from the kernel until resume(). */
  pause(): void {
    this.socket.pause();
  }

  resume(): void {
    this.socket.resume();
  }

  /** A WebSocket ping: proof of life that needs no reading (keeps a paused client from the idle timeout). */
  ping(): void {
    this.write(0x9, new Uint8Array(0));
  }

  send(frame: IClientFrame): number {
    const id = frame.id ?? this.nextId++;
    this.write(0x2, encodeClientFrame({ ...frame, id }));
    return id;
  }

  /** Waits for (and removes) the first frame matching pred. */
  async next(pred: (f: ServerFrame) => boolean, timeoutMs = 5000): Promise<ServerFrame> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const i = this.frames.findIndex(pred);
      if (i !== -1) return this.frames.splice(i, 1)[0]!;
      if (this.closed !== null) throw new Error(`closed (${this.closed.code}) while waiting`);
      await this.wait(deadline, 'a frame');
    }
  }

  async waitClosed(timeoutMs = 10_000): Promise<{ code: number; reason: string }> {
    const deadline = Date.now() + timeoutMs;
    while (this.closed === null) await this.wait(deadline, 'the close');
    return this.closed;
  }

  destroy(): void {
    this.socket.destroy();
  }

  private wait(deadline: number, what: string): Promise<void> {
    const left = deadline - Date.now();
    if (left <= 0) return Promise.reject(new Error(`timed out waiting for ${what}`));
    return new Promise((resolve) => {
      const t = setTimeout(resolve, left);
      this.waiters.push(() => {
        clearTimeout(t);
        resolve();
      });
    });
  }

  private wake(): void {
    const w = this.waiters;
    this.waiters = [];
    for (const f of w) f();
  }

  private write(opcode: number, payload: Uint8Array): void {
    const len = payload.length;
    const header = len < 126 ? Buffer.from([0x80 | opcode, 0x80 | len]) : len < 65536 ? Buffer.alloc(4) : Buffer.alloc(10);
    if (len >= 126 && len < 65536) {
      header[0] = 0x80 | opcode;
      header[1] = 0x80 | 126;
      header.writeUInt16BE(len, 2);
    } else if (len >= 65536) {
      header[0] = 0x80 | opcode;
      header[1] = 0x80 | 127;
      header.writeBigUInt64BE(BigInt(len), 2);
    }
    const mask = randomBytes(4);
    const body = Buffer.alloc(len);
    for (let i = 0; i < len; i++) body[i] = payload[i]! ^ mask[i & 3]!;
    this.socket.write(Buffer.concat([header, mask, body]));
  }

  private onData(chunk: Buffer): void {
    this.buf = this.buf.length === 0 ? chunk : Buffer.concat([this.buf, chunk]);
    for (;;) {
      if (this.buf.length < 2) break;
      const opcode = this.buf[0]! & 0x0f;
      let len = this.buf[1]! & 0x7f;
      let at = 2;
      if (len === 126) {
        if (this.buf.length < 4) break;
        len = this.buf.readUInt16BE(2);
        at = 4;
      } else if (len === 127) {
        if (this.buf.length < 10) break;
        len = Number(this.buf.readBigUInt64BE(2));
        at = 10;
      }
      if (this.buf.length < at + len) break;
      const payload = this.buf.subarray(at, at + len);
      this.buf = this.buf.subarray(at + len);
      this.bytesRead += len;
      if (opcode === 0x2) this.frames.push(decodeServerFrame(payload));
      else if (opcode === 0x9) this.write(0xa, payload);
      else if (opcode === 0x8) {
        this.closed = { code: len >= 2 ? payload.readUInt16BE(0) : 1005, reason: payload.subarray(2).toString() };
        this.socket.end();
      }
    }
    this.wake();
  }
}
