import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ChorusClient, Message } from '../../lib/client/mod.js';
import { CloseCode, PROTOCOL_VERSION } from '../../lib/protocol/mod.js';
import { startTestNode, type TestNode, until } from '../../testing/node.js';
import { TcpWebSocket } from '../../testing/tcp_ws.js';
import { gatewayOf } from './support/node.js';

const HARD = 256 * 1024;
const SOFT = 64 * 1024;
const TEXT = 'x'.repeat(16_000);
/** One message frame: the text plus its envelope. */
const FRAME = TEXT.length + 512;

/** Resolves when `client` has emitted a message with this seq (now or later). */
function received(seen: Message[], client: ChorusClient, seq: number): Promise<void> {
  if (seen.some((m) => m.seq === seq)) return Promise.resolve();
  return new Promise((resolve) => {
    const off = client.on('message', (m) => {
      if (m.seq === seq) {
        off();
        resolve();
      }
    });
  });
}

describe('slow consumers', () => {
  let t: TestNode;
  before(async () => {
    t = await startTestNode([
      '--max-backpressure-bytes', String(HARD),
      '--soft-backpressure-bytes', String(SOFT),
      '--frame-rate', '100000', '--frame-burst', '100000',
      '--typing-interval-ms', '0',
    ]);
  });
  after(() => t.stop());

  it('a socket that stops reading loses typing first, then is closed with 4100 at its limit; the others keep getting everything in order', async () => {
    const alice = await t.client('alice');
    const bob = await t.client('bob');
    const group = await alice.createGroup('busy', ['bob', 'slow']);
    const bobMessages: Message[] = [];
    let bobTyping = 0;
    bob.on('message', (m) => {
      if (m.conversationId === group.id) bobMessages.push(m);
    });
    bob.on('typing', () => bobTyping++);

    // The slow member logs in over a bare TCP socket, then stops reading it.
    const slow = await TcpWebSocket.open(t.node.port);
    const hello = slow.send({ hello: { protocolVersion: PROTOCOL_VERSION, token: await t.token('slow'), deviceId: 'tcp' } });
    assert.equal((await slow.next((f) => f.id === hello)).body, 'welcome');
    slow.pause();

    const acked: number[] = [];
    let typingSent = 0;
    let firstDropAfter = -1;
    let maxBuffered = 0;
    const stats = gatewayOf(t).stats;
    // Chat at full speed until the server gives up on the slow socket (bounded, in case it never does).
    for (let i = 0; i < 5000 && stats.slowConsumerCloses === 0; i++) {
      await alice.typing(group.id);
      typingSent++;
      const ack = await alice.send(group.id, TEXT);
      acked.push(ack.seq);
      // Bob is not held up: each message reaches him before the next one is sent.
      await received(bobMessages, bob, ack.seq);
      maxBuffered = Math.max(maxBuffered, gatewayOf(t).bufferedBytes());
      if (firstDropAfter === -1 && stats.ephemeralDropped > 0) firstDropAfter = ack.seq;
    }
    assert.equal(stats.slowConsumerCloses, 1, 'the slow socket was closed');
    assert.ok(firstDropAfter > 0, 'typing to the slow socket was skipped before it was closed');
    assert.ok(acked.at(-1)! > firstDropAfter, 'messages kept going to it after typing stopped');
    // Memory: what the server buffers never passes the hard limit by more than one frame.
    assert.ok(maxBuffered < HARD + FRAME, `buffered ${maxBuffered} bytes`);

    // Bob got every message, in order, and every typing event: nothing of his was dropped.
    assert.deepEqual(bobMessages.map((m) => m.seq), acked);
    await until(() => bobTyping === typingSent, 'bob to see every typing event');

    // The slow client reads again: a gapless run of messages, fewer typing events, then 4100.
    slow.resume();
    assert.equal((await slow.waitClosed()).code, CloseCode.SLOW_CONSUMER);
    const seqs = slow.frames.filter((f) => f.body === 'message').map((f) => f.message!.seq);
    assert.deepEqual(seqs, acked.slice(0, seqs.length), 'messages arrive gapless, none skipped');
    assert.ok(seqs.length > 0 && seqs.at(-1)! >= firstDropAfter);
    const kinds = slow.frames.map((f) => f.body);
    const typingSeen = kinds.filter((k) => k === 'typing').length;
    assert.ok(typingSeen < typingSent, `typing skipped (${typingSeen} of ${typingSent} arrived)`);
    assert.ok(kinds.lastIndexOf('typing') < kinds.lastIndexOf('message'), 'typing stopped before messages did');

    // Nothing durable was lost: reconnecting from its cursor, the device syncs the rest.
    const back = await t.client('slow', 'tcp', { autoSync: false, cursors: [[group.id, seqs.at(-1)!]] });
    const caughtUp: number[] = [];
    back.on('message', (m) => caughtUp.push(m.seq));
    await back.sync();
    assert.deepEqual(caughtUp, acked.slice(seqs.length));
    console.log(`# slow consumer: ${acked.length} messages sent, ${seqs.length} reached the stuck socket before 4100, ${typingSeen} of ${typingSent} typing events; at most ${maxBuffered} bytes buffered`);
  });
});

describe('a slow consumer that reads again long after it was closed', () => {
  let t: TestNode;
  before(async () => {
    // At this idle timeout uWS gives up on a socket 4–8 s after its close frame was queued.
    t = await startTestNode(['--max-backpressure-bytes', String(HARD), '--soft-backpressure-bytes', String(SOFT), '--frame-rate', '100000', '--frame-burst', '100000', '--idle-timeout-sec', '4']);
  });
  after(() => t.stop());

  it('still gets 4100, behind what was queued before it, when it reads again 10 s after the close (alive meanwhile)', async () => {
    const alice = await t.client('alice');
    const group = await alice.createGroup('busy', ['stuck']);
    const stuck = await TcpWebSocket.open(t.node.port);
    const hello = stuck.send({ hello: { protocolVersion: PROTOCOL_VERSION, token: await t.token('stuck'), deviceId: 'tcp' } });
    assert.equal((await stuck.next((f) => f.id === hello)).body, 'welcome');
    stuck.pause();
    const stats = gatewayOf(t).stats;
    const acked: number[] = [];
    for (let i = 0; i < 5000 && stats.slowConsumerCloses === 0; i++) {
      if (i % 16 === 0) stuck.ping(); // not reading, it cannot answer the server's pings
      acked.push((await alice.send(group.id, TEXT)).seq);
    }
    assert.equal(stats.slowConsumerCloses, 1, 'the stuck socket was closed');
    // The scenario, not a synchronisation: a client alive (it pings) that reads nothing for 10 s.
    for (let i = 0; i < 20; i++) {
      stuck.ping();
      await new Promise((r) => setTimeout(r, 500));
    }
    stuck.resume();
    assert.equal((await stuck.waitClosed()).code, CloseCode.SLOW_CONSUMER, 'the client learns why it was closed');
    const seqs = stuck.frames.filter((f) => f.body === 'message').map((f) => f.message!.seq);
    assert.ok(seqs.length > 0, 'what was queued before the close arrives first');
    assert.deepEqual(seqs, acked.slice(0, seqs.length), 'gapless');
  });
});
