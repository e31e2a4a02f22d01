import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CLOSE_LINGER_MS, LingeringCloses } from '../../lib/gateway/socket_close.js';
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

describe('a closed session\'s socket waits for its backlog to go out before the close frame', () => {
  it('ends at once with nothing buffered; behind a backlog, once it drained, or at the deadline', () => {
    const clock = new ManualClock();
    const closes = new LingeringCloses(clock);
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

    const stuck = new FakeWire(70_000);
    closes.end(stuck, 4100, 'slow');
    clock.advance(CLOSE_LINGER_MS - 1);
    assert.deepEqual(stuck.ended, []);
    clock.advance(1);
    assert.deepEqual(stuck.ended, [[4100, 'slow']], 'a client that never reads is ended at the deadline');
  });

  it('forgets a socket that closed by itself; ends the rest when the gateway shuts down', () => {
    const clock = new ManualClock();
    const closes = new LingeringCloses(clock);
    const gone = new FakeWire(1);
    const waiting = new FakeWire(1);
    closes.end(gone, 4100, 'slow');
    closes.end(waiting, 4101, 'draining');
    closes.forget(gone);
    clock.advance(CLOSE_LINGER_MS);
    assert.deepEqual(gone.ended, [], 'a socket uWS already closed is never touched');
    const later = new FakeWire(1);
    closes.end(later, 4100, 'slow');
    closes.endAll();
    assert.deepEqual(later.ended, [[4100, 'slow']]);
    assert.equal(closes.size, 0);
  });
});
