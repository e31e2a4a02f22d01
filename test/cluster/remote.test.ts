/**
 * The node-to-node transport with real gRPC servers on 127.0.0.1, two or three transports in this
 * process: request/reply, batching, per-target order, deadlines, typed errors, refusals (wrong
 * owner, unknown kind, unknown protocol version, malformed input), re-routing, and tells back.
 * remote_process.test.ts covers peers in other processes (restart, a stopped reader).
 */
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import * as grpc from '@grpc/grpc-js';
import {
  type InboundMessage,
  type KindHandler,
  MalformedEnvelopeError,
  NotOwnerError,
  PayloadTooLargeError,
  PeerOverloadedError,
  PeerUnavailableError,
  Remote,
  RemoteHandlerError,
  type RemoteOptions,
  RemoteTimeoutError,
  type ReturnedTell,
  TransportClosedError,
  UnknownTargetError,
  UnsupportedVersionError,
} from '../../lib/cluster/remote/mod.js';
import { Flow, MD_NODE, MD_VERSION, PEER_STREAM_PATH, Status, decodeBatch, encodeBatch, peerServiceDefinition } from '../../lib/cluster/remote/wire.js';
import { recordingLog } from '../../testing/cluster/log.js';
import { nextEvent, until } from '../../testing/cluster/wait.js';

const enc = new TextEncoder();
const dec = new TextDecoder();
const running: Remote[] = [];
after(async () => {
  for (const r of running) await r.stop();
});

async function node(id: string, options: Partial<RemoteOptions> = {}): Promise<Remote> {
  const r = new Remote({ nodeId: id, listen: '127.0.0.1:0', ...options });
  running.push(r);
  await r.start();
  return r;
}

function peer(r: Remote): { id: string; grpcAddress: string } {
  return { id: r.nodeId, grpcAddress: r.address };
}

/** A handler that records what it sees and answers requests with "<type>:<payload>". */
function recorder(): KindHandler & { seen: InboundMessage[] } {
  const seen: InboundMessage[] = [];
  return {
    seen,
    request(m) {
      seen.push(m);
      return enc.encode(`${m.type}:${dec.decode(m.payload)}`);
    },
    tell(m) {
      seen.push(m);
    },
  };
}

describe('Remote: requests, tells, batching, order', () => {
  it('answers a request across nodes, with the sender’s id and the target', async () => {
    const a = await node('req-a');
    const b = await node('req-b');
    const h = recorder();
    b.handle('conversation', h);
    const reply = await a.request(peer(b), { kind: 'conversation', key: 'c.1' }, 'send', enc.encode('hello'));
    assert.equal(dec.decode(reply), 'send:hello');
    assert.equal(h.seen.length, 1);
    const m = h.seen[0]!;
    assert.deepEqual([m.from, m.kind, m.key, m.type, dec.decode(m.payload)], ['req-a', 'conversation', 'c.1', 'send', 'hello']);
    const empty = await a.request(peer(b), { kind: 'conversation', key: 'c.1' }, 'empty', new Uint8Array(0));
    assert.equal(dec.decode(empty), 'empty:');
  });

  it('batches what is sent in one turn, and cuts batches at the size limit', async () => {
    const a = await node('batch-a', { limits: { maxBatchEnvelopes: 100 } });
    const b = await node('batch-b');
    const h = recorder();
    b.handle('t', h);
    const link = a.link(peer(b));
    await until(() => link.state === 'ready', 'the link to be ready');
    const before = link.stats();
    for (let i = 0; i < 1000; i++) a.tell(peer(b), { kind: 't', key: `k${i % 7}` }, 'n', enc.encode(String(i)));
    await until(() => h.seen.length === 1000, 'all tells to arrive');
    const s = link.stats();
    const batches = s.batchesSent - before.batchesSent;
    assert.equal(s.envelopesSent - before.envelopesSent, 1000);
    assert.ok(batches >= 10 && batches <= 12, `1000 tells went in ${batches} batches of at most 100`);

    const c = await node('batch-c');
    const hc = recorder();
    c.handle('t', hc);
    const one = a.link(peer(c));
    await until(() => one.state === 'ready', 'the second link to be ready');
    const replies = await Promise.all(Array.from({ length: 50 }, (_, i) => a.request(peer(c), { kind: 't', key: 'k' }, 'r', enc.encode(String(i)))));
    assert.equal(replies.length, 50);
    assert.equal(one.stats().batchesSent, 1, 'fifty requests made in one turn travel in one batch');
  });

  it('keeps the order of envelopes per target, requests and tells mixed', async () => {
    const a = await node('order-a', { limits: { maxBatchEnvelopes: 37 } });
    const b = await node('order-b');
    const h = recorder();
    b.handle('conversation', h);
    const pending: Promise<Uint8Array>[] = [];
    for (let i = 0; i < 3000; i++) {
      const target = { kind: 'conversation', key: `c.${i % 11}` };
      const payload = enc.encode(String(i));
      if (i % 3 === 0) pending.push(a.request(peer(b), target, 'r', payload));
      else a.tell(peer(b), target, 't', payload);
      if (i % 500 === 0) await new Promise((r) => setImmediate(r));
    }
    await Promise.all(pending);
    await until(() => h.seen.length === 3000, 'everything to arrive');
    const last = new Map<string, number>();
    for (const m of h.seen) {
      const n = Number(dec.decode(m.payload));
      assert.ok(n > (last.get(m.key) ?? -1), `${m.key}: ${n} arrived after ${last.get(m.key)}`);
      last.set(m.key, n);
    }
  });
});

describe('Remote: deadlines and typed errors', () => {
  it('fails a request at its deadline and passes the deadline to the receiver', async () => {
    const a = await node('dl-a');
    const b = await node('dl-b');
    let deadlineAt = 0;
    b.handle('slow', {
      request: (_m, ctx) => {
        deadlineAt = ctx.deadlineAt;
        return new Promise<Uint8Array>(() => undefined);
      },
    });
    const t0 = performance.now();
    await assert.rejects(a.request(peer(b), { kind: 'slow', key: 'k' }, 'x', enc.encode('x'), { timeoutMs: 150 }), (err: unknown) => {
      assert.ok(err instanceof RemoteTimeoutError);
      assert.equal(err.peer, 'dl-b');
      assert.equal(err.retryable, true);
      return true;
    });
    const took = performance.now() - t0;
    assert.ok(took >= 140 && took < 1000, `timed out after ${Math.round(took)} ms`);
    assert.ok(Number.isFinite(deadlineAt) && deadlineAt - t0 <= 160, 'the receiver knows when the sender stops waiting');
  });

  it('stops a request when its signal aborts', async () => {
    const a = await node('abort-a');
    const b = await node('abort-b');
    b.handle('slow', { request: () => new Promise<Uint8Array>(() => undefined) });
    const ac = new AbortController();
    const p = a.request(peer(b), { kind: 'slow', key: 'k' }, 'x', enc.encode('x'), { signal: ac.signal });
    ac.abort(new Error('caller gave up'));
    await assert.rejects(p, /caller gave up/);
  });

  it('carries handler failures as RemoteHandlerError with the numeric code, NotOwnerError as is', async () => {
    const a = await node('err-a');
    const b = await node('err-b');
    b.handle('conversation', {
      request(m) {
        if (m.type === 'forbidden') throw Object.assign(new Error('not a member of this conversation'), { code: 3001 });
        if (m.type === 'moved') throw new NotOwnerError('err-b', m.kind, m.key, 'err-c', 9, 'handed off');
        return Promise.reject(new Error('disk on fire'));
      },
    });
    const target = { kind: 'conversation', key: 'c.9' };
    await assert.rejects(a.request(peer(b), target, 'forbidden', new Uint8Array(0)), (err: unknown) => {
      assert.ok(err instanceof RemoteHandlerError);
      assert.equal(err.appCode, 3001);
      assert.equal(err.message, 'not a member of this conversation');
      return true;
    });
    await assert.rejects(a.request(peer(b), target, 'moved', new Uint8Array(0)), (err: unknown) => {
      assert.ok(err instanceof NotOwnerError);
      assert.deepEqual([err.kind, err.key, err.ownerHint, err.generation], ['conversation', 'c.9', 'err-c', 9]);
      return true;
    });
    await assert.rejects(a.request(peer(b), target, 'other', new Uint8Array(0)), (err: unknown) => err instanceof RemoteHandlerError && err.appCode === 0 && /disk on fire/.test(err.message));
  });

  it('refuses payloads above the limit before sending, and sends nothing after close', async () => {
    const a = await node('big-a', { limits: { maxPayloadBytes: 1024 } });
    const b = await node('big-b');
    b.handle('t', recorder());
    await assert.rejects(a.request(peer(b), { kind: 't', key: 'k' }, 'x', new Uint8Array(1025)), PayloadTooLargeError);
    assert.throws(() => a.tell(peer(b), { kind: 't', key: 'k' }, 'x', new Uint8Array(2048)), PayloadTooLargeError);
    const waiting = a.request(peer(b), { kind: 't', key: 'k' }, 'x', new Uint8Array(10));
    a.disconnect('big-b');
    await assert.rejects(waiting, PeerUnavailableError);
    await a.stop();
    await assert.rejects(a.request(peer(b), { kind: 't', key: 'k' }, 'x', new Uint8Array(1)), TransportClosedError);
  });
});

describe('Remote: shutdown', () => {
  it('stop() answers the requests in progress before it ends the streams', async () => {
    const a = await node('stop-a', { limits: { reconnectMinMs: 20, reconnectMaxMs: 100 } });
    const b = await node('stop-b');
    let release: (() => void) | undefined;
    b.handle('t', { request: () => new Promise<Uint8Array>((resolve) => (release = () => resolve(enc.encode('done')))) });
    const inProgress = a.request(peer(b), { kind: 't', key: 'k' }, 'x', new Uint8Array(0));
    await until(() => release !== undefined, 'the handler to start');
    const stopping = b.stop();
    release!();
    assert.equal(dec.decode(await inProgress), 'done');
    await stopping;
    await assert.rejects(a.request(peer(b), { kind: 't', key: 'k' }, 'x', new Uint8Array(0), { timeoutMs: 300 }), (err: unknown) => err instanceof PeerUnavailableError || err instanceof RemoteTimeoutError);
  });
});

describe('Remote: refusals and re-routing', () => {
  it('refuses a key it does not own: the request fails with NotOwnerError, the tell comes back, and both re-route', async () => {
    const rec = recordingLog();
    const a = await node('own-a');
    const c = await node('own-c');
    const hc = recorder();
    c.handle('conversation', hc);
    const b = await node('own-b', {
      log: rec.log,
      ownership: (_kind, key) => (key.startsWith('mine.') ? { owned: true } : { owned: false, ownerHint: 'own-c', generation: 7 }),
    });
    const hb = recorder();
    b.handle('conversation', hb);
    const byId = new Map([b, c].map((r) => [r.nodeId, peer(r)]));

    assert.equal(dec.decode(await a.request(peer(b), { kind: 'conversation', key: 'mine.1' }, 'send', enc.encode('x'))), 'send:x');
    const target = { kind: 'conversation', key: 'theirs.1' };
    const err = await a.request(peer(b), target, 'send', enc.encode('y')).then(
      () => assert.fail('expected a refusal'),
      (e: unknown) => e,
    );
    assert.ok(err instanceof NotOwnerError);
    assert.deepEqual([err.peer, err.kind, err.key, err.ownerHint, err.generation], ['own-b', 'conversation', 'theirs.1', 'own-c', 7]);
    // The sender re-routes to the owner it was told about.
    assert.equal(dec.decode(await a.request(byId.get(err.ownerHint)!, target, 'send', enc.encode('y'))), 'send:y');

    const returned = nextEvent<ReturnedTell>((fn) => a.on('returned', fn), () => true, 'the tell to come back');
    a.tell(peer(b), target, 'typing', enc.encode('z'));
    const back = await returned;
    assert.ok(back.error instanceof NotOwnerError);
    assert.deepEqual([back.peer, back.kind, back.key, back.type, dec.decode(back.payload), back.error.ownerHint], ['own-b', 'conversation', 'theirs.1', 'typing', 'z', 'own-c']);
    a.tell(byId.get(back.error.ownerHint)!, { kind: back.kind, key: back.key }, back.type, back.payload);
    await until(() => hc.seen.some((m) => m.type === 'typing'), 'the re-routed tell to arrive at its owner');
    assert.deepEqual(hb.seen.map((m) => m.key), ['mine.1'], 'the non-owner handed nothing for theirs.1 to its handler');
    assert.ok(rec.has('info', 'does not own'), 'the refusal is logged');
  });

  it('refuses kinds it has no handler for', async () => {
    const a = await node('kind-a');
    const b = await node('kind-b');
    b.handle('conversation', { request: () => new Uint8Array(0) });
    await assert.rejects(a.request(peer(b), { kind: 'presence', key: 'u1' }, 'x', new Uint8Array(0)), UnknownTargetError);
    const back = nextEvent<ReturnedTell>((fn) => a.on('returned', fn), () => true, 'the tell to come back');
    a.tell(peer(b), { kind: 'conversation', key: 'c' }, 'x', new Uint8Array(0));
    assert.ok((await back).error instanceof UnknownTargetError, 'a kind with requests only refuses tells');
  });

  it('refuses a peer speaking another protocol version, logs it, and fails the sender’s calls with UnsupportedVersionError', async () => {
    const rec = recordingLog();
    const b = await node('ver-b', { log: rec.log });
    b.handle('t', recorder());
    const future = await node('ver-future', { protocolVersion: 2 });
    await assert.rejects(future.request(peer(b), { kind: 't', key: 'k' }, 'x', new Uint8Array(0)), (err: unknown) => {
      assert.ok(err instanceof UnsupportedVersionError);
      assert.match(err.message, /version "2".*speaks 1/);
      assert.equal(err.retryable, false);
      return true;
    });
    assert.ok(rec.has('warn', 'another protocol version'));
    assert.equal(future.link(peer(b)).state, 'refused');
    assert.throws(() => future.tell(peer(b), { kind: 't', key: 'k' }, 'x', new Uint8Array(0)), UnsupportedVersionError);

    // The other direction: a v1 caller at a v2 server refuses it from the server's metadata.
    const old = await node('ver-old');
    await assert.rejects(old.request(peer(future), { kind: 't', key: 'k' }, 'x', new Uint8Array(0)), UnsupportedVersionError);
  });

  it('answers raw gRPC callers with a clear status: unknown version, missing node id, malformed batch', async () => {
    const rec = recordingLog();
    const b = await node('raw-b', { log: rec.log });
    b.handle('t', recorder());

    const v99 = await rawCall(b.address, { [MD_VERSION]: '99', [MD_NODE]: 'raw' }, []);
    assert.equal(v99.status.code, grpc.status.FAILED_PRECONDITION);
    assert.match(v99.status.details, /unsupported chorus cluster protocol version "99": this node speaks 1/);

    const anonymous = await rawCall(b.address, { [MD_VERSION]: '1' }, []);
    assert.equal(anonymous.status.code, grpc.status.INVALID_ARGUMENT);
    assert.match(anonymous.status.details, /chorus-node-id/);

    const garbage = await rawCall(b.address, { [MD_VERSION]: '1', [MD_NODE]: 'raw' }, [Buffer.from([0x12, 0xff, 0xff, 0xff, 0x0f, 0x01])]);
    assert.equal(garbage.status.code, grpc.status.INVALID_ARGUMENT);
    assert.match(garbage.status.details, /malformed batch/);
    assert.ok(rec.has('warn', 'malformed batch'));
    assert.ok(rec.has('warn', 'another protocol version'));
  });

  it('refuses malformed envelopes one by one, answering those it can, and keeps the stream', async () => {
    const rec = recordingLog();
    const b = await node('env-b', { log: rec.log });
    const h = recorder();
    b.handle('t', h);
    const batch = encodeBatch(
      ['t', 'x'],
      [
        { flow: Flow.FLOW_REQUEST, correlationId: 1, kind: 5, key: 'k', type: 1 }, // kind index out of range
        { flow: Flow.FLOW_REQUEST, correlationId: 2, kind: 0, key: '', type: 1 }, // empty key
        { flow: Flow.FLOW_REQUEST, correlationId: 0, kind: 0, key: 'k', type: 1 }, // request without id
        { flow: Flow.FLOW_TELL, correlationId: 3, kind: 0, key: 'k', type: 1 }, // tell with an id
        { flow: 9 as Flow, correlationId: 4, kind: 0, key: 'k', type: 1 }, // unknown flow
        { flow: Flow.FLOW_REQUEST, correlationId: 5, kind: 0, key: 'k', type: 1, payload: enc.encode('fine') }, // valid
      ],
    );
    const res = await rawCall(b.address, { [MD_VERSION]: '1', [MD_NODE]: 'raw' }, [batch], 2);
    const replies = res.batches.flatMap((x) => x.envelopes);
    const byId = new Map(replies.map((e) => [e.correlationId, e]));
    assert.equal(byId.get(1)?.status, Status.STATUS_MALFORMED);
    assert.match(byId.get(1)!.detail, /kind index 5/);
    assert.equal(byId.get(2)?.status, Status.STATUS_MALFORMED);
    assert.equal(byId.get(4)?.status, Status.STATUS_MALFORMED);
    assert.equal(byId.get(5)?.status, Status.STATUS_OK);
    assert.equal(dec.decode(byId.get(5)!.payload), 'x:fine');
    assert.equal(h.seen.length, 1, 'only the valid envelope reached the handler');
    assert.ok(rec.entries.filter((e) => e.message.includes('malformed envelope')).length >= 4);
  });

  it('a link refuses what a broken server sends back: garbage breaks the stream, an unknown status fails the request', async () => {
    const rec = recordingLog();
    const a = await node('fake-a', { log: rec.log, limits: { reconnectMinMs: 20, reconnectMaxMs: 100 } });
    let answer: 'garbage' | 'bad-status' = 'garbage';
    const fake = await fakeServer('fake-b', (call, chunk) => {
      const id = decodeBatch(chunk).envelopes[0]!.correlationId;
      if (answer === 'garbage') call.write(Buffer.from([0x0a, 0xff, 0xff]));
      else call.write(encodeBatch([], [{ flow: Flow.FLOW_REPLY, correlationId: id, status: 42 as Status }]));
    });
    try {
      const target = { kind: 't', key: 'k' };
      const b = { id: 'fake-b', grpcAddress: fake.address };
      await assert.rejects(a.request(b, target, 'x', enc.encode('1'), { timeoutMs: 2000 }), PeerUnavailableError);
      assert.ok(rec.has('warn', 'malformed batch from cluster peer'));
      answer = 'bad-status';
      await until(() => a.link(b).state === 'ready', 'the link to reconnect');
      await assert.rejects(a.request(b, target, 'x', enc.encode('2'), { timeoutMs: 2000 }), (err: unknown) => err instanceof MalformedEnvelopeError && /unknown status 42/.test(err.message));
    } finally {
      await a.stop();
      fake.server.forceShutdown();
    }
  });
});

/** A gRPC server speaking just enough of the protocol to accept a stream; `onBatch` answers. */
async function fakeServer(nodeId: string, onBatch: (call: grpc.ServerDuplexStream<Buffer, Buffer>, chunk: Buffer) => void): Promise<{ server: grpc.Server; address: string }> {
  const server = new grpc.Server();
  server.addService(peerServiceDefinition, {
    Stream: (call: grpc.ServerDuplexStream<Buffer, Buffer>) => {
      const md = new grpc.Metadata();
      md.set(MD_VERSION, '1');
      md.set(MD_NODE, nodeId);
      call.sendMetadata(md);
      call.on('data', (chunk: Buffer) => onBatch(call, chunk));
      call.on('error', () => undefined);
      call.on('end', () => call.end());
    },
  });
  const port = await new Promise<number>((resolve, reject) => server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (err, p) => (err ? reject(err) : resolve(p))));
  return { server, address: `127.0.0.1:${port}` };
}

/**
 * Opens one Stream call with the given metadata, writes the chunks, half-closes after `expect`
 * answered batches (or at once), and resolves with what came back and the final status.
 */
function rawCall(
  address: string,
  metadata: Record<string, string>,
  chunks: Buffer[],
  expect = 0,
): Promise<{ status: { code: number; details: string }; batches: ReturnType<typeof decodeBatch>[] }> {
  const client = new grpc.Client(address, grpc.credentials.createInsecure());
  const md = new grpc.Metadata();
  for (const [k, v] of Object.entries(metadata)) md.set(k, v);
  const pass = (b: Buffer): Buffer => b;
  const call = client.makeBidiStreamRequest<Buffer, Buffer>(PEER_STREAM_PATH, pass, pass, md, { deadline: Date.now() + 5000 });
  const batches: ReturnType<typeof decodeBatch>[] = [];
  let answered = 0;
  return new Promise((resolve) => {
    call.on('data', (chunk: Buffer) => {
      const b = decodeBatch(chunk);
      batches.push(b);
      answered += b.envelopes.length;
      if (answered >= expect) call.end();
    });
    call.on('error', () => undefined);
    call.on('status', (s: grpc.StatusObject) => {
      client.close();
      resolve({ status: { code: s.code, details: s.details }, batches });
    });
    for (const c of chunks) call.write(c);
    if (expect === 0 && chunks.length === 0) call.end();
  });
}

// Tells back (RemoteOptions.tellsBack): tells of the named kinds ride the peer’s own stream to this
// node, in one batch with the replies of the same turn, when the peer asked for them in its stream
// metadata; otherwise (an older peer, another kind, no such stream) they go on this node’s own link.

/** Envelopes `from` has written on its own link to `to`. */
const linkSent = (from: Remote, to: Remote): number => from.stats().links.find((l) => l.peer === to.nodeId)?.envelopesSent ?? 0;

/** A gateway `g` that sent `host` a request (so its stream to the host is open), and the host. */
async function pair(prefix: string, gOptions: Partial<RemoteOptions>, hostOptions: Partial<RemoteOptions>): Promise<{ g: Remote; host: Remote; toGateway: ReturnType<typeof recorder> }> {
  const g = await node(`${prefix}-g`, gOptions);
  const host = await node(`${prefix}-h`, hostOptions);
  const toGateway = recorder();
  g.handle('gateway', toGateway);
  host.handle('conversation', recorder());
  assert.equal(dec.decode(await g.request(peer(host), { kind: 'conversation', key: 'c.1' }, 'send', enc.encode('hi'))), 'send:hi');
  return { g, host, toGateway };
}

describe('Remote: tells back on the peer’s own stream', () => {
  it('sends the named kind on the peer’s stream, in order and in one batch with a reply; other kinds on the link', async () => {
    const { g, host, toGateway } = await pair('tb1', { tellsBack: ['gateway'] }, { tellsBack: ['gateway'] });
    host.handle('conversation2', {
      request: (m) => {
        // The reply and the tells of this turn: one batch on the gateway's stream.
        for (let i = 0; i < 3; i++) host.tell(peer(g), { kind: 'gateway', key: g.nodeId }, 'deliver', enc.encode(`${dec.decode(m.payload)}-${i}`));
        return enc.encode('acked');
      },
    });
    const before = linkSent(host, g);
    assert.equal(dec.decode(await g.request(peer(host), { kind: 'conversation2', key: 'c.2' }, 'send', enc.encode('m'))), 'acked');
    await until(() => toGateway.seen.length === 3, 'three deliveries');
    assert.deepEqual(
      toGateway.seen.map((m) => [m.from, m.kind, m.key, m.type, dec.decode(m.payload)]),
      [0, 1, 2].map((i) => [host.nodeId, 'gateway', g.nodeId, 'deliver', `m-${i}`]),
    );
    assert.equal(linkSent(host, g), before, 'nothing went on the host’s own link');
    // A kind not named goes on the link.
    const other = recorder();
    g.handle('presence', other);
    host.tell(peer(g), { kind: 'presence', key: 'u' }, 'p', enc.encode('x'));
    await until(() => other.seen.length === 1, 'the other kind');
    assert.equal(linkSent(host, g), before + 1);
  });

  it('a tell the peer refuses comes back to the sender through on("returned")', async () => {
    const { g, host } = await pair('tb2', { tellsBack: ['gateway'], ownership: () => ({ owned: false, ownerHint: 'elsewhere', generation: 7 }) }, { tellsBack: ['gateway'] });
    const returned = nextEvent<ReturnedTell>((cb) => host.on('returned', cb), () => true, 'the returned tell');
    host.tell(peer(g), { kind: 'gateway', key: 'someone-else' }, 'deliver', enc.encode('x'));
    const r = await returned;
    assert.ok(r.error instanceof NotOwnerError);
    assert.deepEqual([r.peer, r.kind, r.key, r.type, dec.decode(r.payload), r.error.ownerHint], [g.nodeId, 'gateway', 'someone-else', 'deliver', 'x', 'elsewhere']);
    assert.equal(linkSent(host, g), 0, 'the tell went on the gateway’s stream');
  });

  it('a peer that did not ask for tells back (an older node) gets them on the link', async () => {
    const { g, host, toGateway } = await pair('tb3', {}, { tellsBack: ['gateway'] });
    host.tell(peer(g), { kind: 'gateway', key: g.nodeId }, 'deliver', enc.encode('old'));
    await until(() => toGateway.seen.length === 1, 'the first delivery');
    assert.equal(dec.decode(toGateway.seen[0]!.payload), 'old');
    await until(() => linkSent(host, g) === 1, 'one envelope on the link');
  });

  it('under load, with small queues that push back, every request is answered and every delivery arrives in order or is counted', async () => {
    // Found with this test: the host stopped reading the gateway's stream while the stream's queue
    // (replies and tells back) was long, and nothing looked again once it had been written, so every
    // later request timed out. Many requests in flight, each answered with three tells back.
    // (Tells back are off in cmd/ by default: --cluster-tells-back.)
    const limits = { maxQueuedEnvelopes: 64, maxBatchEnvelopes: 8, maxInflightRequests: 16 };
    const { g, host, toGateway } = await pair('tb5', { tellsBack: ['gateway'], limits }, { tellsBack: ['gateway'], limits });
    let refused = 0;
    host.handle('conversation3', {
      request: async (m) => {
        await new Promise((r) => setImmediate(r));
        for (let i = 0; i < 3; i++) {
          try {
            host.tell(peer(g), { kind: 'gateway', key: g.nodeId }, 'deliver', enc.encode(`${dec.decode(m.payload)}/${i}`));
          } catch (err) {
            // A full queue refuses at once (as fan-out counts it), never goes around it on the link.
            assert.ok(err instanceof PeerOverloadedError);
            refused++;
          }
        }
        return enc.encode('acked');
      },
    });
    const n = 600;
    const sends: Promise<Uint8Array>[] = [];
    for (let i = 0; i < n; i++) {
      // A long deadline: on a loaded machine the slow are not the stalled (those never get an answer).
      sends.push(g.request(peer(host), { kind: 'conversation3', key: `c.${i % 20}` }, 'send', enc.encode(String(i)), { timeoutMs: 60_000 }));
      if (i % 100 === 99) await new Promise((r) => setImmediate(r));
    }
    const replies = await Promise.all(sends);
    assert.ok(replies.every((r) => dec.decode(r) === 'acked'));
    await until(() => toGateway.seen.length + refused === 3 * n, 'every delivery, or its refusal');
    // In the order they were told: by request as sent on the gateway's stream, and within one.
    const order = toGateway.seen.map((m) => dec.decode(m.payload).split('/').map(Number) as [number, number]);
    for (let k = 1; k < order.length; k++) {
      const [a, b] = [order[k - 1]!, order[k]!];
      assert.ok(a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]), `delivery ${b.join('/')} after ${a.join('/')}`);
    }
  });

  it('when the peer’s stream is gone, tells go on the link again', async () => {
    const { g, host, toGateway } = await pair('tb4', { tellsBack: ['gateway'] }, { tellsBack: ['gateway'] });
    host.tell(peer(g), { kind: 'gateway', key: g.nodeId }, 'deliver', enc.encode('1'));
    await until(() => toGateway.seen.length === 1, 'the first delivery');
    assert.equal(linkSent(host, g), 0);
    // The gateway forgets the host: its link (and so its stream to the host) closes.
    g.disconnect(host.nodeId);
    await until(() => host.stats().inboundStreams === 0, 'the gateway’s stream closed');
    host.tell(peer(g), { kind: 'gateway', key: g.nodeId }, 'deliver', enc.encode('2'));
    await until(() => toGateway.seen.length === 2, 'the second delivery');
    assert.equal(dec.decode(toGateway.seen[1]!.payload), '2');
    assert.equal(linkSent(host, g), 1);
  });
});
