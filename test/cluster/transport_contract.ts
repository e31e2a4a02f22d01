import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import {
  type InboundMessage,
  type KindHandler,
  NotOwnerError,
  type Ownership,
  PeerUnavailableError,
  RemoteHandlerError,
  RemoteTimeoutError,
  type ReturnedTell,
  TransportClosedError,
  UnknownTargetError,
} from '../../lib/cluster/remote/mod.js';
import type { PeerAddress, Transport } from '../../lib/cluster/transport.js';
import { ChorusError, ErrorCode } from '../../lib/protocol/mod.js';
import { nextEvent, until } from '../../testing/cluster/wait.js';

/**
 * The behaviour every Transport must have (lib/cluster/transport.ts), with `Remote` as the
 * reference. Call it from a test file with a factory for the implementation.
 */
export interface TransportFactory {
  /** A started transport for a new node with a unique id, and the address its peers use. */
  node(options?: { ownership?: Ownership }): Promise<{ transport: Transport; address: PeerAddress }>;
  cleanup(): Promise<void>;
}

const enc = new TextEncoder();
const dec = new TextDecoder();

/** A handler that records what it sees and answers requests with "<type>:<payload>". */
function recorder(): KindHandler & { seen: InboundMessage[] } {
  const seen: InboundMessage[] = [];
  return {
    seen,
    request(m) {
      seen.push({ ...m, payload: m.payload.slice() });
      return enc.encode(`${m.type}:${dec.decode(m.payload)}`);
    },
    tell(m) {
      seen.push({ ...m, payload: m.payload.slice() });
    },
  };
}

function returned(t: Transport, what: string): Promise<ReturnedTell> {
  return nextEvent<ReturnedTell>((fn) => t.on('returned', fn), () => true, what, 5_000);
}

/** A handler that records requests and never answers them. */
function parking(): KindHandler & { seen: InboundMessage[] } {
  const seen: InboundMessage[] = [];
  return {
    seen,
    request(m) {
      seen.push(m);
      return new Promise<Uint8Array>(() => undefined);
    },
  };
}

export function transportContract(name: string, factory: TransportFactory): void {
  describe(`Transport contract: ${name}`, () => {
    after(() => factory.cleanup());

    it('answers a request with the handler’s reply; the handler sees sender, target, type and payload', async () => {
      const a = await factory.node();
      const b = await factory.node();
      const h = recorder();
      b.transport.handle('conversation', h);
      const reply = await a.transport.request(b.address, { kind: 'conversation', key: 'c.1' }, 'send', enc.encode('hello'));
      assert.equal(dec.decode(reply), 'send:hello');
      const m = h.seen[0]!;
      assert.deepEqual([m.from, m.kind, m.key, m.type, dec.decode(m.payload)], [a.address.id, 'conversation', 'c.1', 'send', 'hello']);
      assert.equal(dec.decode(await a.transport.request(b.address, { kind: 'conversation', key: 'c.1' }, 'empty', new Uint8Array(0))), 'empty:');
      assert.ok(a.transport.peers().includes(b.address.id));
    });

    it('keeps the order of tells and requests between two nodes, across targets', async () => {
      const a = await factory.node();
      const b = await factory.node();
      const h = recorder();
      b.transport.handle('t', h);
      const replies: Promise<Uint8Array>[] = [];
      for (let i = 0; i < 600; i++) {
        const target = { kind: 't', key: `k${i % 7}` };
        if (i % 3 === 0) replies.push(a.transport.request(b.address, target, 'r', enc.encode(String(i))));
        else a.transport.tell(b.address, target, 't', enc.encode(String(i)));
        if (i % 100 === 0) await new Promise((r) => setImmediate(r));
      }
      const answers = await Promise.all(replies);
      assert.deepEqual(answers.map((x) => dec.decode(x)), Array.from({ length: 200 }, (_, i) => `r:${i * 3}`));
      await until(() => h.seen.length === 600, 'every message to arrive', 5_000);
      assert.deepEqual(h.seen.map((m) => Number(dec.decode(m.payload))), Array.from({ length: 600 }, (_, i) => i));
    });

    it('a failing handler answers RemoteHandlerError with its numeric code; a NotOwnerError thrown by it stays one', async () => {
      const a = await factory.node();
      const b = await factory.node();
      b.transport.handle('chat', {
        request: (m) => {
          if (m.type === 'sync') throw new ChorusError(ErrorCode.FORBIDDEN, 'not a member');
          if (m.type === 'moved') throw new NotOwnerError(b.address.id, m.kind, m.key, 'n9', 7);
          return Promise.reject(new Error('plain failure'));
        },
      });
      const to = { kind: 'chat', key: 'k' };
      await assert.rejects(a.transport.request(b.address, to, 'sync', new Uint8Array(0)), (err: unknown) => {
        assert.ok(err instanceof RemoteHandlerError, String(err));
        assert.equal(err.appCode, ErrorCode.FORBIDDEN);
        assert.match(err.message, /not a member/);
        assert.equal(err.peer, b.address.id);
        return true;
      });
      await assert.rejects(a.transport.request(b.address, to, 'async', new Uint8Array(0)), (err: unknown) => err instanceof RemoteHandlerError && err.appCode === 0 && /plain failure/.test(err.message));
      await assert.rejects(a.transport.request(b.address, to, 'moved', new Uint8Array(0)), (err: unknown) => err instanceof NotOwnerError && err.ownerHint === 'n9' && err.generation === 7);
    });

    it('asks ownership before any handler: NotOwnerError for a request, the tell returned', async () => {
      const a = await factory.node();
      const b = await factory.node({ ownership: (kind, key) => (key === 'mine' ? { owned: true } : { owned: false, ownerHint: 'n7', generation: 4, detail: `not ${kind}` }) });
      const h = recorder();
      b.transport.handle('conversation', h);
      await assert.rejects(a.transport.request(b.address, { kind: 'conversation', key: 'theirs' }, 'send', enc.encode('x')), (err: unknown) => {
        assert.ok(err instanceof NotOwnerError, String(err));
        assert.deepEqual([err.peer, err.kind, err.key, err.ownerHint, err.generation], [b.address.id, 'conversation', 'theirs', 'n7', 4]);
        return true;
      });
      const back = returned(a.transport, 'the tell to come back');
      a.transport.tell(b.address, { kind: 'conversation', key: 'theirs' }, 'deliver', enc.encode('payload'));
      const t = await back;
      assert.ok(t.error instanceof NotOwnerError);
      assert.deepEqual([t.peer, t.kind, t.key, t.type, dec.decode(t.payload)], [b.address.id, 'conversation', 'theirs', 'deliver', 'payload']);
      assert.equal(dec.decode(await a.transport.request(b.address, { kind: 'conversation', key: 'mine' }, 'send', enc.encode('y'))), 'send:y');
      assert.deepEqual(h.seen.map((m) => m.key), ['mine'], 'the handler saw only the owned key');
    });

    it('refuses a kind without a handler: UnknownTargetError for a request, the tell returned; a throwing tell handler returns it', async () => {
      const a = await factory.node();
      const b = await factory.node();
      b.transport.handle('only-requests', { request: () => new Uint8Array(0) });
      b.transport.handle('bad-tells', {
        tell: () => {
          throw new ChorusError(ErrorCode.INVALID_ARGUMENT, 'malformed delivery');
        },
      });
      await assert.rejects(a.transport.request(b.address, { kind: 'nobody', key: 'k' }, 'x', new Uint8Array(0)), UnknownTargetError);
      let back = returned(a.transport, 'the tell to an unknown kind to come back');
      a.transport.tell(b.address, { kind: 'only-requests', key: 'k' }, 'x', enc.encode('1'));
      assert.ok((await back).error instanceof UnknownTargetError);
      back = returned(a.transport, 'the refused tell to come back');
      a.transport.tell(b.address, { kind: 'bad-tells', key: 'k' }, 'deliver', enc.encode('2'));
      const t = await back;
      assert.ok(t.error instanceof RemoteHandlerError, String(t.error));
      assert.match(t.error.message, /malformed delivery/);
      assert.equal(dec.decode(t.payload), '2');
    });

    it('fails a request at its deadline with RemoteTimeoutError; the handler is told the deadline', async () => {
      const a = await factory.node();
      const b = await factory.node();
      let deadlineAt = 0;
      b.transport.handle('slow', {
        request: (_m, ctx) => {
          deadlineAt = ctx.deadlineAt;
          return new Promise<Uint8Array>(() => undefined);
        },
      });
      await assert.rejects(a.transport.request(b.address, { kind: 'slow', key: 'k' }, 'x', new Uint8Array(0), { timeoutMs: 80 }), (err: unknown) => {
        assert.ok(err instanceof RemoteTimeoutError, String(err));
        assert.equal(err.timeoutMs, 80);
        assert.equal(err.peer, b.address.id);
        return true;
      });
      assert.ok(Number.isFinite(deadlineAt) && deadlineAt > 0, `deadlineAt ${deadlineAt}`);
    });

    it('an aborted request rejects with the signal’s reason', async () => {
      const a = await factory.node();
      const b = await factory.node();
      b.transport.handle('slow', parking());
      const ac = new AbortController();
      const pending = a.transport.request(b.address, { kind: 'slow', key: 'k' }, 'x', new Uint8Array(0), { signal: ac.signal });
      const reason = new Error('caller gave up');
      ac.abort(reason);
      await assert.rejects(pending, (err: unknown) => err === reason);
    });

    it('disconnect() fails the requests waiting on that peer with PeerUnavailableError; later ones reach it again', async () => {
      const a = await factory.node();
      const b = await factory.node();
      const h = parking();
      b.transport.handle('slow', h);
      b.transport.handle('echo', recorder());
      const waiting = a.transport.request(b.address, { kind: 'slow', key: 'k' }, 'x', new Uint8Array(0), { timeoutMs: 5_000 });
      await until(() => h.seen.length === 1, 'the request to reach the peer', 5_000);
      a.transport.disconnect(b.address.id);
      await assert.rejects(waiting, (err: unknown) => err instanceof PeerUnavailableError && err.peer === b.address.id);
      assert.ok(!a.transport.peers().includes(b.address.id));
      assert.equal(dec.decode(await a.transport.request(b.address, { kind: 'echo', key: 'k' }, 'again', enc.encode('1'))), 'again:1');
    });

    it('a peer that stops fails the requests waiting at it with PeerUnavailableError, not a timeout', async () => {
      const a = await factory.node();
      const b = await factory.node();
      const h = parking();
      b.transport.handle('slow', h);
      const waiting = a.transport.request(b.address, { kind: 'slow', key: 'k' }, 'x', new Uint8Array(0), { timeoutMs: 10_000 });
      await until(() => h.seen.length === 1, 'the request to reach the peer', 5_000);
      const started = performance.now();
      await Promise.all([b.transport.stop(), assert.rejects(waiting, (err: unknown) => err instanceof PeerUnavailableError && err.retryable)]);
      assert.ok(performance.now() - started < 5_000);
    });

    it('stop() fails waiting requests with TransportClosedError and refuses every later send', async () => {
      const a = await factory.node();
      const b = await factory.node();
      b.transport.handle('slow', parking());
      const waiting = a.transport.request(b.address, { kind: 'slow', key: 'k' }, 'x', new Uint8Array(0), { timeoutMs: 5_000 });
      await a.transport.stop();
      await assert.rejects(waiting, TransportClosedError);
      await assert.rejects(a.transport.request(b.address, { kind: 'slow', key: 'k' }, 'x', new Uint8Array(0)), TransportClosedError);
      assert.throws(() => a.transport.tell(b.address, { kind: 'slow', key: 'k' }, 'x', new Uint8Array(0)), TransportClosedError);
      await a.transport.stop();
    });
  });
}
