import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ChorusClient, type Message, type WebSocketLike } from '../../lib/client/mod.js';
import { type IServerFrame, PROTOCOL_VERSION, decodeClientFrame, encodeServerFrame } from '../../lib/protocol/mod.js';
import { until } from '../../testing/node.js';

type Order = 'ack first' | 'message first';

/**
 * A scripted server behind the SDK's WebSocket seam: welcome, empty sync, and for each send its ack
 * and the sender's own copy of the message in the given order. The protocol leaves that order open
 * (a cluster routes them differently), so the SDK must not depend on it.
 */
function scriptedSocket(order: Order): new (url: string) => WebSocketLike {
  return class implements WebSocketLike {
    binaryType = 'arraybuffer';
    readyState = 1;
    onopen: ((ev: unknown) => void) | null = null;
    onmessage: ((ev: { data: unknown }) => void) | null = null;
    onclose: ((ev: { code: number; reason: string }) => void) | null = null;
    onerror: ((ev: unknown) => void) | null = null;
    private seq = 0;

    constructor() {
      queueMicrotask(() => this.onopen?.({}));
    }

    send(data: Uint8Array): void {
      const f = decodeClientFrame(data);
      const id = f.id;
      if (f.body === 'hello') this.reply({ id, welcome: { protocolVersion: PROTOCOL_VERSION, userId: 'me', sessionId: '1', serverTimeMs: Date.now(), limits: { maxPendingRequests: 16 } } });
      else if (f.body === 'sync') this.reply({ id, sync: { done: true } });
      else if (f.body === 'send') {
        const s = f.send!;
        const seq = ++this.seq;
        const ack: IServerFrame = { id, ack: { conversationId: s.conversationId, seq, sentAtMs: 1, clientId: s.clientId } };
        const echo: IServerFrame = { message: { conversationId: s.conversationId, seq, senderId: 'me', senderDevice: 'd', clientId: s.clientId, text: s.text, sentAtMs: 1 } };
        for (const frame of order === 'ack first' ? [ack, echo] : [echo, ack]) this.reply(frame);
      }
    }

    close(code = 1000, reason = ''): void {
      this.readyState = 3;
      queueMicrotask(() => this.onclose?.({ code, reason }));
    }

    private reply(frame: IServerFrame): void {
      const bytes = encodeServerFrame(frame);
      const data = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
      queueMicrotask(() => this.onmessage?.({ data }));
    }
  };
}

describe('the SDK and the order of an ack and its own message', () => {
  for (const order of ['ack first', 'message first'] as const) {
    it(`resolves every send and emits each message once, in order, with the ${order}`, async () => {
      const c = new ChorusClient({ url: 'ws://scripted', token: 't', deviceId: 'd', WebSocket: scriptedSocket(order), reconnect: false });
      const seen: Message[] = [];
      c.on('message', (m) => seen.push(m));
      await c.connect();
      const acks = await Promise.all(Array.from({ length: 10 }, (_, i) => c.send('d.me.you', `m${i + 1}`)));
      assert.deepEqual(acks.map((a) => Number(a.seq)), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
      await until(() => seen.length === 10, 'ten messages');
      assert.deepEqual(seen.map((m) => m.text), acks.map((_, i) => `m${i + 1}`));
      assert.deepEqual(seen.map((m) => m.clientId), acks.map((a) => a.clientId));
      assert.equal(c.unacknowledged, 0);
      c.close();
    });
  }
});
