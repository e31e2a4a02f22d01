import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { type AddressInfo, type Server, type Socket, createServer } from 'node:net';
import { after, describe, it } from 'node:test';
import fc from 'fast-check';
import { FrameReader, LeanWebSocket } from '../../testing/lean_ws.js';
import { PROTOCOL_VERSION, decodeServerFrame, encodeClientFrame } from '../../lib/protocol/mod.js';
import { startTestNode, until } from '../../testing/node.js';

const GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';

/** A server frame (unmasked) with the given opcode, FIN bit and payload, in the length form n needs. */
function serverFrame(op: number, payload: Buffer, fin = true): Buffer {
  const n = payload.length;
  const head = n < 126 ? Buffer.from([0, n]) : n < 65_536 ? Buffer.alloc(4) : Buffer.alloc(10);
  head[0] = (fin ? 0x80 : 0) | op;
  if (n >= 126 && n < 65_536) {
    head[1] = 126;
    head.writeUInt16BE(n, 2);
  } else if (n >= 65_536) {
    head[1] = 127;
    head.writeBigUInt64BE(BigInt(n), 2);
  }
  return Buffer.concat([head, payload]);
}

/** The client frames in bytes: [opcode, unmasked payload], checking that every one is masked. */
function clientFrames(bytes: Buffer): [number, Buffer][] {
  const out: [number, Buffer][] = [];
  let at = 0;
  while (at < bytes.length) {
    assert.equal(bytes[at + 1]! & 0x80, 0x80, 'a client frame is masked');
    let len = bytes[at + 1]! & 0x7f;
    let off = at + 2;
    if (len === 126) {
      len = bytes.readUInt16BE(off);
      off += 2;
    }
    const mask = bytes.subarray(off, off + 4);
    off += 4;
    const payload = Buffer.from(bytes.subarray(off, off + len).map((b, i) => b ^ mask[i & 3]!));
    out.push([bytes[at]! & 0x0f, payload]);
    at = off + len;
  }
  return out;
}

/** A TCP server that accepts one upgrade (or answers `answer`) and hands the test the socket. */
async function rawServer(answer?: (key: string) => string): Promise<{ url: string; next: () => Promise<{ sock: Socket; received: () => Buffer }>; server: Server }> {
  const waiting: ((v: { sock: Socket; received: () => Buffer }) => void)[] = [];
  const server = createServer((sock) => {
    let buf = Buffer.alloc(0);
    let upgraded = false;
    sock.on('data', (d: Buffer) => {
      buf = Buffer.concat([buf, d]);
      if (upgraded) return;
      const end = buf.indexOf('\r\n\r\n');
      if (end < 0) return;
      const key = /sec-websocket-key: (\S+)/i.exec(buf.toString('latin1', 0, end))![1]!;
      buf = buf.subarray(end + 4);
      upgraded = true;
      const accept = createHash('sha1').update(key + GUID).digest('base64');
      sock.write(answer?.(key) ?? `HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`);
      waiting.shift()?.({ sock, received: () => buf });
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `ws://127.0.0.1:${(server.address() as AddressInfo).port}/x`;
  return { url, server, next: () => new Promise((r) => waiting.push(r)) };
}

describe('the load harness WebSocket client (testing/lean_ws.ts)', () => {
  const servers: Server[] = [];
  after(() => servers.forEach((s) => s.close()));

  const stream = (): Buffer =>
    Buffer.concat([
      serverFrame(2, Buffer.from('one')),
      serverFrame(1, Buffer.alloc(300, 0x62)),
      serverFrame(9, Buffer.from('pi')),
      serverFrame(2, Buffer.alloc(70_000, 0x61)),
      serverFrame(1, Buffer.from('fr'), false),
      serverFrame(9, Buffer.from('in')),
      serverFrame(0, Buffer.from('ag'), false),
      serverFrame(0, Buffer.from('ment')),
      serverFrame(2, Buffer.alloc(0)),
    ]);
  const expected = ['b:3:one', 't:300:bbbb', 'ping:pi', 'b:70000:aaaa', 'ping:in', 't:8:frag', 'b:0:'];

  it('reads the same frames however the reads cut the bytes, and joins fragments around a ping', () => {
    const bytes = stream();
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: bytes.length - 1 }), { maxLength: 40 }), (cuts) => {
        const got: string[] = [];
        const reader = new FrameReader({
          message: (p, binary) => got.push(`${binary ? 'b' : 't'}:${p.length}:${p.subarray(0, 4).toString('latin1')}`),
          control: (op, p) => got.push(`${op === 9 ? 'ping' : op}:${p.toString('latin1')}`),
          error: (why) => got.push(`error:${why}`),
        });
        const at = [0, ...cuts.sort((x, y) => x - y), bytes.length];
        // Each read lands at an offset inside a larger buffer, as onread's shared buffer does.
        for (let i = 1; i < at.length; i++) reader.read(Buffer.concat([Buffer.alloc(7), bytes.subarray(at[i - 1], at[i]), Buffer.alloc(5)]), 7, 7 + at[i]! - at[i - 1]!);
        assert.deepEqual(got, expected);
      }),
      { seed: 14, numRuns: 300 },
    );
  });

  it('refuses masked server frames, reserved bits, stray continuations and unknown opcodes', () => {
    for (const [bytes, why] of [
      [Buffer.from([0x82, 0x81, 1, 2, 3, 4, 5]), /masked/],
      [Buffer.from([0xc2, 0x00]), /reserved bits/],
      [serverFrame(0, Buffer.from('x')), /continuation/],
      [serverFrame(3, Buffer.from('x')), /unknown opcode 3/],
      [serverFrame(9, Buffer.alloc(126)), /oversized control/],
    ] as const) {
      const errors: string[] = [];
      const got: Buffer[] = [];
      const reader = new FrameReader({ message: (p) => got.push(p), control: () => undefined, error: (w) => errors.push(w) });
      reader.read(Buffer.concat([bytes, serverFrame(2, Buffer.from('after'))]), 0, bytes.length + 7);
      assert.equal(errors.length, 1);
      assert.match(errors[0]!, why);
      assert.equal(got.length, 0, 'nothing is read after an error');
    }
  });

  it('answers a ping with a masked pong, sends masked frames, and answers a close', async () => {
    const raw = await rawServer();
    servers.push(raw.server);
    const accepted = raw.next();
    const ws = await LeanWebSocket.open(raw.url);
    const { sock, received } = await accepted;
    const got: string[] = [];
    ws.onmessage((p, binary) => got.push(`${binary ? 'b' : 't'}:${p.toString('latin1')}`));
    sock.write(Buffer.concat([serverFrame(9, Buffer.from('pi')), serverFrame(2, Buffer.from('x'))]));
    await until(() => got.length === 1 && clientFrames(received()).length === 1, 'the pong');
    assert.deepEqual(got, ['b:x']);
    assert.deepEqual(clientFrames(received()), [[0xa, Buffer.from('pi')]]);

    ws.send(Buffer.from([1, 2, 3]));
    ws.send('hello'.repeat(40));
    await until(() => clientFrames(received()).length === 3, 'two sends');
    assert.deepEqual(clientFrames(received()).slice(1), [
      [0x2, Buffer.from([1, 2, 3])],
      [0x1, Buffer.from('hello'.repeat(40))],
    ]);

    let closed = false;
    ws.onclose(() => (closed = true));
    sock.write(serverFrame(8, Buffer.from([0x03, 0xe8])));
    await until(() => clientFrames(received()).length === 4, 'the close answer');
    assert.deepEqual(clientFrames(received())[3], [0x8, Buffer.from([0x03, 0xe8])]);
    sock.end();
    await until(() => closed, 'the close callback');
  });

  it('refuses an upgrade with a wrong accept key, a refused upgrade, and drops on a masked server frame', async () => {
    const wrong = await rawServer(() => 'HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: bm90IGl0\r\n\r\n');
    const refused = await rawServer(() => 'HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n');
    servers.push(wrong.server, refused.server);
    await assert.rejects(LeanWebSocket.open(wrong.url), /wrong Sec-WebSocket-Accept/);
    await assert.rejects(LeanWebSocket.open(refused.url), /upgrade refused: HTTP\/1.1 403/);
    await assert.rejects(LeanWebSocket.open('http://127.0.0.1:1/'), /not a WebSocket URL/);

    const raw = await rawServer();
    servers.push(raw.server);
    const accepted = raw.next();
    const ws = await LeanWebSocket.open(raw.url);
    const { sock } = await accepted;
    let closed = false;
    const got: Buffer[] = [];
    ws.onmessage((p) => got.push(p));
    ws.onclose(() => (closed = true));
    sock.write(Buffer.from([0x82, 0x81, 1, 2, 3, 4, 5]));
    await until(() => closed, 'the connection dropped');
    assert.equal(got.length, 0);
  });

  it('talks to a real Chorus server: hello, welcome, a message sent and delivered', async () => {
    const node = await startTestNode();
    try {
      const ws = await LeanWebSocket.open(node.url);
      const frames: ReturnType<typeof decodeServerFrame>[] = [];
      ws.onmessage((p) => frames.push(decodeServerFrame(p)));
      ws.send(encodeClientFrame({ id: 1, hello: { protocolVersion: PROTOCOL_VERSION, token: await node.token('ann'), deviceId: 'd1' } }));
      await until(() => frames.length === 1, 'the welcome');
      assert.equal(frames[0]!.body, 'welcome');
      ws.send(encodeClientFrame({ id: 2, createConversation: { kind: 2, members: ['bob'], title: 'lean' } }));
      await until(() => frames.some((f) => f.id === 2), 'the conversation');
      const conv = frames.find((f) => f.id === 2)!;
      assert.equal(conv.body, 'conversation');
      ws.send(encodeClientFrame({ id: 3, send: { conversationId: conv.conversation!.id, clientId: 'c1', text: 'hi' } }));
      await until(() => frames.some((f) => f.body === 'message' && f.message!.text === 'hi') && frames.some((f) => f.id === 3), 'the ack and the delivery');
      assert.equal(frames.find((f) => f.id === 3)!.body, 'ack');
      ws.terminate();
    } finally {
      await node.stop();
    }
  });
});
