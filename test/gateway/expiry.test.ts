import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ManualClock } from '../../lib/time/clock.js';
import { type Expiring, ExpiryWheel } from '../../lib/gateway/expiry.js';

class Holder implements Expiring {
  wheelSlot = -1;
  readonly calls: number[] = [];
  constructor(private readonly then?: (now: number) => void) {}
  due(now: number): void {
    this.calls.push(now);
    this.then?.(now);
  }
}

describe('the expiry wheel', () => {
  it('fires each deadline once, in order, at most two steps late, with one timer', () => {
    const clock = new ManualClock(0);
    const wheel = new ExpiryWheel<Holder>(clock, 100);
    const a = new Holder();
    const b = new Holder();
    const c = new Holder();
    wheel.schedule(b, 450);
    wheel.schedule(a, 120);
    wheel.schedule(c, 10_000);
    assert.equal(wheel.size, 3);
    clock.advance(119);
    assert.deepEqual(a.calls, []);
    clock.advance(200);
    assert.equal(a.calls.length, 1);
    assert.ok(a.calls[0]! >= 120 && a.calls[0]! <= 320);
    assert.deepEqual(b.calls, []);
    clock.advance(300);
    assert.equal(b.calls.length, 1);
    assert.ok(b.calls[0]! >= 450 && b.calls[0]! <= 650);
    assert.equal(wheel.size, 1);
    clock.advance(20_000);
    assert.equal(c.calls.length, 1);
    assert.equal(a.calls.length + b.calls.length, 2, 'nothing fires twice');
    assert.equal(wheel.size, 0);
  });

  it('reschedules and cancels in place, and lets a holder schedule its next deadline from due()', () => {
    const clock = new ManualClock(0);
    const wheel = new ExpiryWheel<Holder>(clock, 100);
    const moved = new Holder();
    const cancelled = new Holder();
    const chained: Holder = new Holder((now) => {
      if (chained.calls.length === 1) wheel.schedule(chained, now + 500);
    });
    wheel.schedule(moved, 200);
    wheel.schedule(moved, 1000);
    wheel.schedule(cancelled, 200);
    wheel.cancel(cancelled);
    wheel.schedule(chained, 300);
    assert.equal(wheel.size, 2);
    clock.advance(600);
    assert.deepEqual(moved.calls, []);
    assert.deepEqual(cancelled.calls, []);
    assert.equal(chained.calls.length, 1);
    clock.advance(1000);
    assert.equal(moved.calls.length, 1);
    assert.ok(moved.calls[0]! >= 1000);
    assert.equal(chained.calls.length, 2);
    assert.ok(chained.calls[1]! >= chained.calls[0]! + 500);
    assert.equal(wheel.size, 0);
  });

  it('fires a deadline that is already past at the next tick, and stop() drops everything', () => {
    const clock = new ManualClock(5_000);
    const wheel = new ExpiryWheel<Holder>(clock, 100);
    const late = new Holder();
    wheel.schedule(late, 1_000);
    clock.advance(200);
    assert.equal(late.calls.length, 1);
    const dropped = new Holder();
    wheel.schedule(dropped, 6_000);
    wheel.stop();
    clock.advance(10_000);
    assert.deepEqual(dropped.calls, []);
    assert.equal(dropped.wheelSlot, -1);
  });
});
