import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LingeringCloses, MAX_CLOSE_LINGER_MS } from '../../lib/gateway/socket_close.js';
import type { Wire } from '../../lib/gateway/session_env.js';
import { ManualClock } from '../../lib/time/mod.js';

/** A socket with `buffered` bytes waiting in uWS; records the end() it got. */
class FakeWire implements Wire {
  ended: [number | undefined, string | undefined][] = [];
  constructor(public buffered: number) {}
  send(): number {
    return 1;
  }
  ping(): number {
    return 1;
  }
  end(code?: number, reason?: string): void {
    this.ended.push([code, reason]);
  }
  getBufferedAmount(): number {
    return this.buffered;
  }
  cork(cb: () => void): unknown {
    cb();
    return this;
  }
}

const IDLE_MS = 4_000;

describe('a closed session\'s socket waits for its backlog to go out before the close frame', () => {
  it('ends at once with nothing buffered; behind a backlog once it drained, or when its client went quiet', () => {
    const clock = new ManualClock();
    const closes = new LingeringCloses(clock, IDLE_MS);
    const idle = new FakeWire(0);
    closes.end(idle, 4103, 'idle');
    assert.deepEqual(idle.ended, [[4103, 'idle']]);

    const slow = new FakeWire(70_000);
    closes.end(slow, 4100, 'slow');
    closes.end(slow, 4100, 'slow'); // a second close changes nothing
    assert.deepEqual(slow.ended, []);
    slow.buffered = 10_000;
    closes.drained(slow); // partly drained: still behind bytes
    assert.deepEqual(slow.ended, []);
    slow.buffered = 0;
    closes.drained(slow);
    assert.deepEqual(slow.ended, [[4100, 'slow']], 'the close frame goes right behind the backlog');
    assert.equal(closes.size, 0);

    const silent = new FakeWire(70_000);
    closes.end(silent, 4100, 'slow');
    clock.advance(IDLE_MS - 1);
    assert.deepEqual(silent.ended, []);
    clock.advance(1);
    assert.deepEqual(silent.ended, [[4100, 'slow']], 'a client silent for the idle timeout is ended');
  });

  it('waits for a client that pings but does not read, up to the cap', () => {
    const clock = new ManualClock();
    const closes = new LingeringCloses(clock, IDLE_MS);
    const paused = new FakeWire(70_000);
    closes.end(paused, 4100, 'slow');
    for (let t = 0; t < 60_000; t += 1_000) {
      closes.heard(paused); // its pings
      clock.advance(1_000);
    }
    assert.deepEqual(paused.ended, [], 'alive a minute after its close: still waiting to be read');
    paused.buffered = 0;
    closes.drained(paused);
    assert.deepEqual(paused.ended, [[4100, 'slow']]);

    const forever = new FakeWire(70_000);
    closes.end(forever, 4100, 'slow');
    for (let t = 0; t < MAX_CLOSE_LINGER_MS && forever.ended.length === 0; t += 1_000) {
      closes.heard(forever);
      clock.advance(1_000);
    }
    assert.deepEqual(forever.ended, [[4100, 'slow']], 'ended at the cap');
  });

  it('forgets a socket that closed by itself; ends the rest when the gateway shuts down', () => {
    const clock = new ManualClock();
    const closes = new LingeringCloses(clock, IDLE_MS);
    const gone = new FakeWire(1);
    const waiting = new FakeWire(1);
    closes.end(gone, 4100, 'slow');
    closes.end(waiting, 4101, 'draining');
    closes.forget(gone);
    clock.advance(MAX_CLOSE_LINGER_MS);
    assert.deepEqual(gone.ended, [], 'a socket uWS already closed is never touched');
    const later = new FakeWire(1);
    closes.end(later, 4100, 'slow');
    closes.endAll();
    assert.deepEqual(later.ended, [[4100, 'slow']]);
    assert.equal(closes.size, 0);
  });
});
