/**
 * The sync after a Welcome fails while the socket stays open (here: a relay between the SDK and a
 * real node swallows the first sync request, so it times out, as under a loaded server). The SDK
 * must sync again on the same socket and then send what was queued; before, it stayed "ready"
 * without ever catching up, and a send waited until some later send pumped the queue.
 */
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, it } from 'node:test';
import WebSocket, { WebSocketServer } from 'ws';
import { ChorusClient, type WebSocketConstructor } from '../../lib/client/mod.js';
import { decodeClientFrame } from '../../lib/protocol/codec.js';
import { startTestNode, type TestNode } from '../../testing/node.js';

let t: TestNode;
let relay: WebSocketServer;
let swallowed = 0;
const clients: ChorusClient[] = [];

before(async () => {
  t = await startTestNode();
  relay = new WebSocketServer({ port: 0, host: '127.0.0.1' });
  relay.on('connection', (down) => {
    const up = new WebSocket(t.url);
    const early: Buffer[] = [];
    up.on('open', () => {
      for (const b of early.splice(0)) up.send(b);
    });
    up.on('message', (data: Buffer) => down.send(data));
    up.on('close', () => down.close());
    down.on('close', () => up.close());
    down.on('message', (data: Buffer) => {
      if (swallowed === 0 && decodeClientFrame(new Uint8Array(data)).body === 'sync') {
        swallowed++;
        return;
      }
      if (up.readyState === WebSocket.OPEN) up.send(data);
      else early.push(data);
    });
  });
  await new Promise<void>((resolve) => relay.once('listening', resolve));
});

after(async () => {
  for (const c of clients) c.close();
  await new Promise<void>((resolve) => relay.close(() => resolve()));
  await t.stop();
});

it('syncs again on the same socket after its first sync timed out, then sends what was queued', async () => {
  const url = `ws://127.0.0.1:${(relay.address() as AddressInfo).port}/v1/ws`;
  const bob = await t.client('bob');
  clients.push(bob);
  const conv = await bob.createDirect('ann');
  const ann = new ChorusClient({ url, token: await t.token('ann'), deviceId: 'phone', WebSocket: WebSocket as unknown as WebSocketConstructor, requestTimeoutMs: 500, reconnect: { minDelayMs: 50, maxDelayMs: 200 } });
  clients.push(ann);
  let disconnects = 0;
  ann.on('disconnected', () => disconnects++);
  const errors: Error[] = [];
  ann.on('error', (e) => errors.push(e));
  const connected = ann.connect();
  // Queued while the first sync is lost: it must go out once a sync succeeds, with no later send.
  const got = new Promise<string>((resolve) => bob.on('message', (m) => resolve(m.text)));
  const ack = ann.send(conv.id, 'queued before the sync');
  const deadline = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('never synced: connect() and the queued send are still waiting')), 15_000).unref());
  const [, acked] = await Promise.race([Promise.all([connected, ack]), deadline]);
  assert.ok(acked.seq >= 1);
  assert.equal(await got, 'queued before the sync');
  assert.equal(swallowed, 1, 'the relay swallowed the first sync');
  assert.equal(disconnects, 0, 'the same socket');
  assert.equal(errors.length, 1, 'the failed sync is reported once');
});
