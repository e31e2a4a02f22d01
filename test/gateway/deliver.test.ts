import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type SessionEnv, type SessionObserver, UserActor, type Wire } from '../../lib/gateway/user_actor.js';
import { CloseCode } from '../../lib/protocol/mod.js';

/** A socket whose peer reads only when told to: what it is sent stays buffered until drain(). */
class FakeWire implements Wire {
  buffered = 0;
  readonly sent: Uint8Array[] = [];
  closedWith: number | null = null;

  send(message: Uint8Array): number {
    this.sent.push(message);
    this.buffered += message.length;
    return 0; // uWS: sent, but some of it is buffered
  }

  end(code?: number): void {
    this.closedWith = code ?? 1000;
  }

  ping(): number {
    return 1;
  }

  getBufferedAmount(): number {
    return this.buffered;
  }

  drain(): void {
    this.buffered = 0;
  }
}

function session(soft: number, hard: number): { actor: UserActor; wire: FakeWire; counts: { dropped: number; slow: number } } {
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
  // The constructor and deliver() read only these parts of the environment.
  const env = { backpressure: { softBytes: soft, hardBytes: hard }, observe, limits: { frameBurst: 10 }, now: () => 0 } as unknown as SessionEnv;
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
