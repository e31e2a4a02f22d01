import WebSocket from 'ws';
import { type IClientFrame, PROTOCOL_VERSION, type ServerFrame, decodeServerFrame, encodeClientFrame } from '../../lib/protocol/mod.js';

/** A lean protocol session for load generation: no SDK bookkeeping, just frames. */
export class WireSession {
  private nextId = 1;
  private readonly waiting = new Map<number, (f: ServerFrame) => void>();
  onPush: (f: ServerFrame) => void = () => undefined;

  private constructor(readonly ws: WebSocket) {
    ws.on('message', (data: Buffer) => {
      const f = decodeServerFrame(data);
      if (f.id === 0) {
        this.onPush(f);
        return;
      }
      const w = this.waiting.get(f.id);
      if (w) {
        this.waiting.delete(f.id);
        w(f);
      }
    });
  }

  static async open(url: string, token: string, deviceId: string): Promise<WireSession> {
    const ws = new WebSocket(url, { perMessageDeflate: false });
    await new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
    });
    const s = new WireSession(ws);
    const w = await s.call({ hello: { protocolVersion: PROTOCOL_VERSION, token, deviceId } });
    if (w.body !== 'welcome') throw new Error('login failed');
    return s;
  }

  call(frame: IClientFrame): Promise<ServerFrame> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.waiting.set(id, resolve);
      this.ws.send(encodeClientFrame({ ...frame, id }));
    });
  }

  close(): void {
    this.ws.terminate();
  }
}
