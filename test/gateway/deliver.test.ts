import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type SessionEnv, type SessionObserver, UserActor, type Wire } from '../../lib/gateway/user_actor.js';
import { CloseCode } from '../../lib/protocol/mod.js';
import { OutputBatch } from '../../lib/gateway/output_batch.js';

/** A socket whose peer reads only when told to: what it is sent stays buffered until drain(). */
class FakeWire implements Wire {
  buffered = 0;
  readonly sent: Uint8Array[] = [];
  closedWith: number | null = null;
  /** Sends made inside cork(), one entry per cork. */
  readonly corks: number[] = [];
  private corked = false;

  send(message: Uint8Array): number {
    if (this.closedWith !== null) throw new Error('send after end');
    if (this.corked) this.corks[this.corks.length - 1]!++;
    this.sent.push(message);
    this.buffered += message.length;
    return 0; // uWS: sent, but some of it is buffered
  }

  /** uWS would shut the socket before the cork's buffer (with the close frame) is written: never end inside a cork. */
  endedInsideCork = false;

  end(code?: number): void {
    this.closedWith = code ?? 1000;
    this.endedInsideCork ||= this.corked;
  }

  ping(): number {
    return 1;
  }

  getBufferedAmount(): number {
    return this.buffered;
  }

  cork(cb: () => void): this {
    this.corks.push(0);
    this.corked = true;
    cb();
    this.corked = false;
    return this;
  }

  drain(): void {
    this.buffered = 0;
  }
}

function session(soft: number, hard: number, output?: OutputBatch): { actor: UserActor; wire: FakeWire; counts: { dropped: number; slow: number } } {
  const counts = { dropped: 0, slow: 0 };
  const observe: SessionObserver = {
    ephemeralDropped: () => counts.dropped++,
    closed: (reason) => {
      if (reason === 'slow_consumer') counts.slow++;
    },
    rateLimited: () => undefined,
    opened: () => undefined,
    ended: () => undefined,
    refused: () => undefined,
  };
  // The constructor, deliver(), close() and detach() read only these parts of the environment.
  const env = { backpressure: { softBytes: soft, hardBytes: hard }, observe, limits: { frameBurst: 10 }, now: () => 0, output, expiry: { cancel: () => undefined }, closes: { end: (ws: Wire, code: number, reason: string) => ws.end(code, reason) } } as unknown as SessionEnv;
  const actor = new UserActor(env, null);
  const wire = new FakeWire();
  actor.attach(wire);
  return { actor, wire, counts };
}

const durable = new Uint8Array(100);
const ephemeral = new Uint8Array(10);

describe('a session’s output under backpressure', () => {
  it('sends everything while the peer keeps up', () => {
    const { actor, wire, counts } = session(1000, 4000);
    for (let i = 0; i < 50; i++) {
      actor.deliver(durable, false);
      actor.deliver(ephemeral, true);
      wire.drain();
    }
    assert.equal(wire.sent.length, 100);
    assert.equal(counts.dropped, 0);
    assert.equal(wire.closedWith, null);
  });

  it('skips ephemeral frames past the soft limit, never durable ones, and closes with 4100 at the hard limit', () => {
    const { actor, wire, counts } = session(1000, 4000);
    const ephemeralSentAt: number[] = [];
    let durableSkipped = 0;
    for (let i = 0; i < 100 && wire.closedWith === null; i++) {
      const bufferedBefore = wire.buffered;
      let n = wire.sent.length;
      actor.deliver(ephemeral, true);
      if (wire.sent.length > n) ephemeralSentAt.push(bufferedBefore);
      n = wire.sent.length;
      actor.deliver(durable, false);
      // A durable frame is either sent or the session is closed instead.
      if (wire.sent.length === n && wire.closedWith === null) durableSkipped++;
    }
    assert.equal(wire.closedWith, CloseCode.SLOW_CONSUMER);
    assert.equal(counts.slow, 1);
    assert.equal(durableSkipped, 0);
    assert.ok(counts.dropped > 0, 'ephemeral frames were skipped before the close');
    for (const at of ephemeralSentAt) assert.ok(at < 1000, `an ephemeral frame went out with ${at} bytes buffered`);
    // The buffer reached the hard limit and passed it by less than one frame.
    assert.ok(wire.buffered >= 4000 && wire.buffered < 4000 + durable.length, String(wire.buffered));
    // Nothing more after the close.
    const n = wire.sent.length;
    actor.deliver(durable, false);
    assert.equal(wire.sent.length, n);
  });

  it('sends ephemeral frames again once the peer has caught up', () => {
    const { actor, wire, counts } = session(1000, 4000);
    for (let i = 0; i < 12; i++) actor.deliver(durable, false);
    actor.deliver(ephemeral, true);
    assert.equal(counts.dropped, 1);
    wire.drain();
    actor.deliver(ephemeral, true);
    assert.equal(counts.dropped, 1);
    assert.equal(wire.sent.at(-1), ephemeral);
  });
});

describe('a session’s output coalesced per event-loop turn', () => {
  /** An OutputBatch whose turn ends when the test says so. */
  function manualBatch(): { batch: OutputBatch; endTurn: () => void } {
    let due: (() => void) | null = null;
    const batch = new OutputBatch((fn) => (due = fn));
    return { batch, endTurn: () => (due as (() => void) | null)?.() };
  }

  it('writes every frame of a turn in one corked write, in order, to each socket', () => {
    const { batch, endTurn } = manualBatch();
    const a = session(1000, 4000, batch);
    const b = session(1000, 4000, batch);
    const frames = Array.from({ length: 5 }, (_, i) => new Uint8Array([i]));
    for (const f of frames) {
      a.actor.deliver(f, false);
      b.actor.deliver(f, true);
    }
    a.actor.write(new Uint8Array([9]));
    assert.equal(a.wire.sent.length, 0, 'nothing leaves before the end of the turn');
    endTurn();
    assert.deepEqual(a.wire.sent.map((f) => f[0]), [0, 1, 2, 3, 4, 9]);
    assert.deepEqual(a.wire.corks, [6]);
    assert.deepEqual(b.wire.corks, [5]);
    assert.deepEqual([batch.flushes, batch.writes], [1, 2]);
    a.actor.deliver(frames[0]!, false);
    endTurn();
    assert.deepEqual(a.wire.corks, [6, 1], 'the next turn is the next write');
  });

  it('writes a big fan-out in slices, so the loop reads between them; later frames join the queues not yet written', () => {
    let due: (() => void) | null = null;
    let clock = 0;
    // Each session's write costs 0.1 ms of this clock: a 1-ms slice holds 10 (rounded up to the clock's look every 16).
    const batch = new OutputBatch((fn) => (due = fn), 1, { now: () => clock });
    const sessions = Array.from({ length: 40 }, () => session(1000, 4000, batch));
    for (const s of sessions) {
      const send = s.wire.send.bind(s.wire);
      s.wire.send = (m: Uint8Array): number => ((clock += 0.1), send(m));
    }
    const turn = (): void => {
      const fn = due;
      due = null;
      assert.ok(fn !== null, 'a turn is due');
      fn();
    };
    for (const s of sessions) s.actor.deliver(new Uint8Array([1]), false);
    turn();
    const written = sessions.filter((s) => s.wire.sent.length > 0).length;
    assert.equal(written, 16, 'the first slice stops at the first look at the clock past 1 ms');
    assert.ok(due !== null, 'the rest is due in a later turn');
    // The next message arrives between slices: it rides with the first one where that is still queued.
    for (const s of sessions) s.actor.deliver(new Uint8Array([2]), false);
    while (due !== null) turn();
    for (const [i, s] of sessions.entries()) {
      assert.deepEqual(s.wire.sent.map((f) => f[0]), [1, 2], `session ${i} in order`);
      assert.deepEqual(s.wire.corks, i < 16 ? [1, 1] : [2], `session ${i}'s writes`);
    }
    assert.equal(batch.writes, 40 + 16);
  });

  it('sends what was queued before a close ahead of the close, and nothing to a socket that is gone', () => {
    const { batch, endTurn } = manualBatch();
    const a = session(1000, 4000, batch);
    a.actor.deliver(durable, false);
    a.actor.close(CloseCode.TRY_AGAIN_LATER, 'bye');
    assert.equal(a.wire.sent.length, 1);
    assert.equal(a.wire.closedWith, CloseCode.TRY_AGAIN_LATER);
    const b = session(1000, 4000, batch);
    b.actor.deliver(durable, false);
    b.actor.detach();
    endTurn();
    assert.equal(b.wire.sent.length, 0);
  });

  it('keeps the backpressure rules inside a batch: ephemeral frames skipped past the soft limit, 4100 at the hard one', () => {
    const { batch, endTurn } = manualBatch();
    const { actor, wire, counts } = session(1000, 4000, batch);
    for (let i = 0; i < 120; i++) actor.deliver(i % 2 === 0 ? durable : ephemeral, i % 2 === 1);
    endTurn();
    assert.equal(wire.closedWith, CloseCode.SLOW_CONSUMER);
    assert.equal(wire.endedInsideCork, false, 'the 4100 close comes after the corked write');
    assert.ok(counts.dropped > 0);
    assert.ok(wire.buffered >= 4000 && wire.buffered < 4000 + durable.length, String(wire.buffered));
  });
});
