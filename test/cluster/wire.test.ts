/** The cluster wire format and the outgoing queue, without sockets. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { type Outgoing, Outbox } from '../../lib/cluster/remote/outbox.js';
import { BatchBuilder, Flow, Status, decodeBatch, encodeBatch, readEnvelope } from '../../lib/cluster/remote/wire.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

describe('cluster wire format', () => {
  it('the generated code matches proto/chorus/cluster/v1/ (cluster.proto and chat.proto)', () => {
    const r = spawnSync(process.execPath, ['scripts/gen-cluster-proto.mjs', '--check'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr || r.stdout);
  });

  it('lists each name once per batch and round-trips envelopes', () => {
    const b = new BatchBuilder();
    for (let i = 0; i < 3; i++) {
      b.add({ flow: Flow.FLOW_TELL, kind: b.name('conversation'), type: b.name('typing'), key: `c.${i}`, payload: new Uint8Array([i]) });
    }
    const batch = decodeBatch(b.take());
    assert.deepEqual(batch.names, ['conversation', 'typing']);
    assert.equal(batch.envelopes.length, 3);
    const r = readEnvelope(batch.names, batch.envelopes[2]!);
    assert.ok(r.flow === 'tell');
    assert.deepEqual([r.kind, r.key, r.type, [...r.payload]], ['conversation', 'c.2', 'typing', [2]]);
    assert.equal(b.count, 0, 'take() resets the builder');
  });

  it('checks every envelope against the rules of cluster.proto', () => {
    const names = ['k', 't'];
    const read = (e: Parameters<typeof encodeBatch>[1][number]): ReturnType<typeof readEnvelope> => readEnvelope(names, decodeBatch(encodeBatch(names, [e])).envelopes[0]!);
    const ok = { kind: 0, type: 1, key: 'x' };
    assert.equal(read({ ...ok, flow: Flow.FLOW_REQUEST, correlationId: 3 }).flow, 'request');
    assert.deepEqual(read({ ...ok, flow: Flow.FLOW_REQUEST }), { flow: 'malformed', reason: 'a request needs a correlation id', answerId: 0 });
    assert.equal(read({ ...ok, flow: Flow.FLOW_TELL, correlationId: 3 }).flow, 'malformed');
    assert.deepEqual(read({ ...ok, flow: Flow.FLOW_REQUEST, correlationId: 4, kind: 2 }), { flow: 'malformed', reason: 'kind index 2 is not a valid name (batch has 2)', answerId: 4 });
    assert.equal(read({ ...ok, flow: Flow.FLOW_REQUEST, correlationId: 4, key: 'x'.repeat(513) }).flow, 'malformed');
    assert.equal(read({ ...ok, flow: Flow.FLOW_UNSPECIFIED }).flow, 'malformed');
    assert.equal(read({ flow: Flow.FLOW_REPLY }).flow, 'malformed');
    const reply = read({ flow: Flow.FLOW_REPLY, correlationId: 9, status: Status.STATUS_NOT_OWNER, ownerHint: 'n2', generation: 4 });
    assert.ok(reply.flow === 'reply');
    assert.deepEqual([reply.id, reply.status, reply.detail, reply.appCode, reply.ownerHint, reply.generation, reply.payload.length], [9, Status.STATUS_NOT_OWNER, '', 0, 'n2', 4, 0]);
    assert.equal(read({ flow: Flow.FLOW_REPLY, correlationId: 9, status: 99 as Status }).flow, 'reply', 'an unknown status still settles its request');
    assert.equal(read({ ...ok, flow: Flow.FLOW_RETURNED, status: Status.STATUS_OK }).flow, 'malformed');
    assert.equal(read({ ...ok, flow: Flow.FLOW_RETURNED, status: Status.STATUS_OVERLOADED }).flow, 'returned');
  });
});

/** A stream stand-in: accepts `room` writes, then returns false until drain(). */
class FakeSink extends EventEmitter {
  chunks: Buffer[] = [];
  constructor(public room = Number.POSITIVE_INFINITY) {
    super();
  }
  write(chunk: Buffer): boolean {
    this.chunks.push(chunk);
    return this.chunks.length < this.room;
  }
  drain(more: number): void {
    this.room = this.chunks.length + more;
    this.emit('drain');
  }
  get envelopes(): number {
    return this.chunks.reduce((n, c) => n + decodeBatch(c).envelopes.length, 0);
  }
}

function tell(i: number, size = 10): Outgoing {
  return { envelope: { flow: Flow.FLOW_TELL, key: `k${i}`, payload: new Uint8Array(size) }, kind: 'k', type: 't', size: size + 24, deadlineAt: 0 };
}

const turn = (): Promise<void> => new Promise((r) => setImmediate(r));

describe('Outbox', () => {
  it('writes what was pushed in one turn as one batch, at the end of the turn', async () => {
    const sink = new FakeSink();
    const o = new Outbox({ maxBatchEnvelopes: 100, maxBatchBytes: 1 << 20 }, () => 0);
    o.attach(sink);
    for (let i = 0; i < 30; i++) o.push(tell(i));
    assert.equal(sink.chunks.length, 0, 'nothing is written before the turn ends');
    await turn();
    assert.equal(sink.chunks.length, 1);
    assert.deepEqual(decodeBatch(sink.chunks[0]!).envelopes.map((e) => e.key), Array.from({ length: 30 }, (_, i) => `k${i}`));
  });

  it('cuts batches at the envelope and byte limits', async () => {
    const sink = new FakeSink();
    const o = new Outbox({ maxBatchEnvelopes: 10, maxBatchBytes: 1000 }, () => 0);
    o.attach(sink);
    for (let i = 0; i < 25; i++) o.push(tell(i));
    assert.equal(sink.chunks.length, 2, 'full batches go out at once');
    await turn();
    assert.deepEqual(sink.chunks.map((c) => decodeBatch(c).envelopes.length), [10, 10, 5]);
    for (let i = 0; i < 5; i++) o.push(tell(i, 400));
    await turn();
    assert.deepEqual(sink.chunks.slice(3).map((c) => decodeBatch(c).envelopes.length), [2, 2, 1], 'at most 1000 bytes per batch');
  });

  it('stops at write() === false, queues, and resumes on drain, in order', async () => {
    const sink = new FakeSink(2);
    const o = new Outbox({ maxBatchEnvelopes: 5, maxBatchBytes: 1 << 20 }, () => 0);
    o.attach(sink);
    for (let i = 0; i < 40; i++) o.push(tell(i));
    await turn();
    assert.equal(sink.chunks.length, 2);
    assert.equal(o.length, 30, 'the rest waits in the queue');
    sink.drain(3);
    assert.equal(sink.chunks.length, 5);
    sink.drain(100);
    assert.equal(o.length, 0);
    const keys = sink.chunks.flatMap((c) => decodeBatch(c).envelopes.map((e) => e.key));
    assert.deepEqual(keys, Array.from({ length: 40 }, (_, i) => `k${i}`));
  });

  it('keeps the queue across detach/attach, skips cancelled and expired requests, and sends the time left', async () => {
    let now = 1000;
    const o = new Outbox({ maxBatchEnvelopes: 100, maxBatchBytes: 1 << 20 }, () => now);
    const written: number[] = [];
    const request = (id: number, deadlineAt: number): Outgoing => ({
      envelope: { flow: Flow.FLOW_REQUEST, correlationId: id, key: 'k' },
      kind: 'k',
      type: 't',
      size: 30,
      deadlineAt,
      onWritten: () => written.push(id),
    });
    const cancelled = request(2, 5000);
    o.push(request(1, 1500));
    o.push(cancelled);
    o.push(request(3, 1100));
    o.push(request(4, 0));
    cancelled.cancelled = true;
    now = 1200;
    const sink = new FakeSink();
    o.attach(sink);
    await turn();
    const sent = sink.chunks.flatMap((c) => decodeBatch(c).envelopes);
    assert.deepEqual(sent.map((e) => [e.correlationId, e.deadlineMs]), [[1, 300], [4, 0]]);
    assert.deepEqual(written, [1, 4]);
    o.detach();
    o.push(tell(9));
    await turn();
    assert.equal(sink.chunks.length, 1, 'nothing is written while detached');
    assert.equal(o.takeAll().length, 1);
  });
});
