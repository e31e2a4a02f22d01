/**
 * A lean WebSocket client (RFC 6455) for the load harness's client workers. At 150k received frames
 * a second the `ws` package cost the two client workers more of this machine's 2 cores than the
 * servers they measure: a fresh Buffer per read, a Writable stream per socket, an event per frame.
 * This one reads a plain socket into one shared buffer (`net.connect`'s `onread`), walks every frame
 * in that read in one loop and hands each payload to the callback as a view, valid only during the
 * call. It speaks what the bench needs: no extensions, no subprotocols, client frames masked as the
 * RFC requires, pings answered, fragments joined, close answered. `wss:` reads through TLS's 'data'
 * events, with the same parser.
 */
import { createHash, randomBytes } from 'node:crypto';
import { type Socket, connect as netConnect } from 'node:net';
import { connect as tlsConnect } from 'node:tls';

const GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';
const MAX_MESSAGE = 64 * 1024 * 1024;
const OP_CONT = 0x0;
const OP_TEXT = 0x1;
const OP_BINARY = 0x2;
const OP_CLOSE = 0x8;
const OP_PING = 0x9;
const OP_PONG = 0xa;

/** One read buffer for every socket of the process: onread fills it, the parser walks it at once. */
const SHARED_READ = Buffer.allocUnsafe(256 * 1024);

export type MessageHandler = (payload: Buffer, binary: boolean) => void;

/** What a FrameReader reports: whole messages, control frames and protocol errors. */
export interface FrameSink {
  message(payload: Buffer, binary: boolean): void;
  control(op: number, payload: Buffer): void;
  error(why: string): void;
}

/**
 * Server frames from a byte stream cut anywhere: whole frames go to the sink as views of the bytes
 * read (a frame cut by the end of a read is copied and completed by the next), fragments are joined.
 */
export class FrameReader {
  private carry: Buffer | null = null;
  private parts: Buffer[] | null = null;
  private partsBinary = false;
  private failed = false;

  constructor(private readonly sink: FrameSink) {}

  read(buf: Buffer, start: number, end: number): void {
    let data = buf;
    let at = start;
    if (this.carry !== null) {
      data = Buffer.concat([this.carry, buf.subarray(start, end)]);
      at = 0;
      end = data.length;
      this.carry = null;
    }
    at = this.frames(data, at, end);
    if (at < end && !this.failed) this.carry = Buffer.from(data.subarray(at, end));
  }

  private fail(why: string): void {
    this.failed = true;
    this.sink.error(why);
  }

  /** Handles every whole frame in data[at..end); returns where the first cut one starts. */
  private frames(data: Buffer, at: number, end: number): number {
    while (at + 2 <= end && !this.failed) {
      const b0 = data[at]!;
      const b1 = data[at + 1]!;
      if ((b1 & 0x80) !== 0 || (b0 & 0x70) !== 0) {
        this.fail('the server sent a masked frame or one with reserved bits');
        return end;
      }
      let len = b1 & 0x7f;
      let off = at + 2;
      if (len === 126) {
        if (off + 2 > end) return at;
        len = data.readUInt16BE(off);
        off += 2;
      } else if (len === 127) {
        if (off + 8 > end) return at;
        len = data.readUInt32BE(off) * 2 ** 32 + data.readUInt32BE(off + 4);
        off += 8;
      }
      if (len > MAX_MESSAGE) {
        this.fail(`a frame of ${len} bytes`);
        return end;
      }
      if (off + len > end) return at;
      this.frame(b0 & 0x0f, (b0 & 0x80) !== 0, data.subarray(off, off + len));
      at = off + len;
    }
    return at;
  }

  private frame(op: number, fin: boolean, payload: Buffer): void {
    if (op === OP_TEXT || op === OP_BINARY) {
      if (this.parts !== null) return this.fail('a new message inside a fragmented one');
      if (fin) this.sink.message(payload, op === OP_BINARY);
      else {
        this.parts = [Buffer.from(payload)];
        this.partsBinary = op === OP_BINARY;
      }
    } else if (op === OP_CONT) {
      if (this.parts === null) return this.fail('a continuation frame with no message to continue');
      this.parts.push(Buffer.from(payload));
      if (fin) {
        const whole = Buffer.concat(this.parts);
        this.parts = null;
        this.sink.message(whole, this.partsBinary);
      }
    } else if (op === OP_PING || op === OP_PONG || op === OP_CLOSE) {
      if (!fin || payload.length > 125) return this.fail('a fragmented or oversized control frame');
      this.sink.control(op, payload);
    } else this.fail(`an unknown opcode ${op}`);
  }
}

export class LeanWebSocket {
  private sock: Socket | null = null;
  private onMessage: MessageHandler = () => undefined;
  private onClose: () => void = () => undefined;
  private handshaken = false;
  /** The upgrade answer so far, when a read cut it. */
  private head: Buffer | null = null;
  private closed = false;
  private readonly reader = new FrameReader({
    message: (payload, binary) => this.onMessage(payload, binary),
    control: (op, payload) => this.control(op, payload),
    error: (why) => this.refuse(why),
  });

  private constructor(
    private readonly key: string,
    private readonly onOpen: () => void,
    private readonly onError: (err: Error) => void,
  ) {}

  /** Opens `url` (ws: or wss:); resolves once the server accepted the upgrade. */
  static open(url: string): Promise<LeanWebSocket> {
    const u = new URL(url);
    if (u.protocol !== 'ws:' && u.protocol !== 'wss:') return Promise.reject(new Error(`not a WebSocket URL: ${url}`));
    const tls = u.protocol === 'wss:';
    const port = Number(u.port || (tls ? 443 : 80));
    const host = u.hostname.replace(/^\[|\]$/g, '');
    return new Promise((resolve, reject) => {
      const key = randomBytes(16).toString('base64');
      let settled = false;
      const ws: LeanWebSocket = new LeanWebSocket(
        key,
        () => {
          settled = true;
          resolve(ws);
        },
        (err) => {
          if (!settled) {
            settled = true;
            reject(err);
          }
        },
      );
      const request =
        `GET ${u.pathname}${u.search} HTTP/1.1\r\nHost: ${u.host}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
        `Sec-WebSocket-Key: ${key}\r\nSec-WebSocket-Version: 13\r\n\r\n`;
      // The bench's wss: targets are the operator's own test servers, often with a self-signed certificate.
      const sock = tls
        ? tlsConnect({ host, port, servername: host, rejectUnauthorized: false })
        : netConnect({ host, port, onread: { buffer: SHARED_READ, callback: (n: number, buf: Uint8Array) => ws.read(buf as Buffer, n) } });
      sock.setNoDelay(true);
      if (tls) sock.on('data', (chunk: Buffer) => ws.read(chunk, chunk.length));
      sock.once(tls ? 'secureConnect' : 'connect', () => sock.write(request));
      sock.on('error', (err) => ws.onError(err));
      sock.on('close', () => {
        ws.closed = true;
        ws.onError(new Error('connection closed before the upgrade'));
        if (ws.handshaken) ws.onClose();
      });
      ws.sock = sock;
    });
  }

  /** Where received messages go; the payload is a view valid only during the call. */
  onmessage(handler: MessageHandler): void {
    this.onMessage = handler;
  }

  /** Called once when the connection is gone, after the upgrade. */
  onclose(handler: () => void): void {
    this.onClose = handler;
  }

  send(data: string | Uint8Array): void {
    if (this.closed || this.sock === null) return;
    const binary = typeof data !== 'string';
    const payload = binary ? data : Buffer.from(data, 'utf8');
    this.sock.write(frame(binary ? OP_BINARY : OP_TEXT, payload));
  }

  /** Drops the connection without a closing handshake (the bench's end, like ws.terminate()). */
  terminate(): void {
    this.closed = true;
    this.sock?.destroy();
  }

  /** onread's callback: returning false would pause the socket, which the bench never wants. */
  private read(buf: Buffer, n: number): boolean {
    if (this.closed) return true;
    if (this.handshaken) {
      this.reader.read(buf, 0, n);
      return true;
    }
    const data = this.head === null ? buf.subarray(0, n) : Buffer.concat([this.head, buf.subarray(0, n)]);
    this.head = null;
    const at = this.handshake(data);
    if (at >= 0) this.reader.read(data, at, data.length);
    return true;
  }

  /** Where the frames start after the 101 answer, or -1 (waiting for more, or failed). */
  private handshake(data: Buffer): number {
    const end = data.indexOf('\r\n\r\n', 0, 'latin1');
    if (end < 0) {
      if (data.length > 16 * 1024) this.refuse('the upgrade answer is too long');
      else this.head = Buffer.from(data);
      return -1;
    }
    const lines = data.toString('latin1', 0, end).split('\r\n');
    const status = lines[0] ?? '';
    if (!status.startsWith('HTTP/1.1 101 ')) {
      this.refuse(`upgrade refused: ${status}`);
      return -1;
    }
    const accept = lines.find((l) => l.toLowerCase().startsWith('sec-websocket-accept:'))?.slice(21).trim();
    if (accept !== createHash('sha1').update(this.key + GUID).digest('base64')) {
      this.refuse('the upgrade answer has a wrong Sec-WebSocket-Accept');
      return -1;
    }
    this.handshaken = true;
    this.onOpen();
    return end + 4;
  }

  private control(op: number, payload: Buffer): void {
    if (op === OP_PING) this.sock?.write(frame(OP_PONG, payload));
    else if (op === OP_CLOSE) {
      // Answer with the same status, then let the server close the TCP connection.
      this.sock?.write(frame(OP_CLOSE, payload.subarray(0, 2)));
      this.closed = true;
      this.sock?.end();
    }
  }

  private refuse(why: string): void {
    this.onError(new Error(why));
    this.terminate();
  }
}

/** A client frame: FIN set, masked with a fresh key as RFC 6455 5.3 requires. */
function frame(op: number, payload: Uint8Array): Buffer {
  const n = payload.length;
  const head = n < 126 ? 2 : n < 65_536 ? 4 : 10;
  const out = Buffer.allocUnsafe(head + 4 + n);
  out[0] = 0x80 | op;
  if (n < 126) out[1] = 0x80 | n;
  else if (n < 65_536) {
    out[1] = 0x80 | 126;
    out.writeUInt16BE(n, 2);
  } else {
    out[1] = 0x80 | 127;
    out.writeUInt32BE(Math.floor(n / 2 ** 32), 2);
    out.writeUInt32BE(n >>> 0, 6);
  }
  const mask = randomBytes(4);
  mask.copy(out, head);
  const body = head + 4;
  for (let i = 0; i < n; i++) out[body + i] = payload[i]! ^ mask[i & 3]!;
  return out;
}
