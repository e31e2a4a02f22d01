import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type Actor, ActorSystem, AskTimeoutError, MailboxFullError, type Reply } from '../../lib/actors/mod.js';
import { ManualClock } from '../../lib/time/mod.js';
import { until } from '../../testing/node.js';

type Msg = { n: number; reply?: Reply<number> } | { boom: true } | { slow: Promise<void> };

class Counter implements Actor<Msg> {
  static starts = 0;
  total = 0;
  constructor(private readonly seen: number[]) {}
  preStart(): void {
    Counter.starts++;
  }
  receive(m: Msg): void | Promise<void> {
    if ('boom' in m) throw new Error('boom');
    if ('slow' in m) return m.slow;
    this.seen.push(m.n);
    this.total += m.n;
    m.reply?.ok(this.total);
  }
}

describe('actor runtime', () => {
  it('handles one message at a time, in order, even across awaits', async () => {
    const system = new ActorSystem({ passivationSweepMs: 0 });
    const seen: number[] = [];
    system.register<Msg>({ name: 'c', create: () => new Counter(seen) });
    const ref = system.ref<Msg>('c', 'a');
    let release!: () => void;
    ref.tell({ n: 1 });
    ref.tell({ slow: new Promise<void>((r) => (release = r)) });
    ref.tell({ n: 2 });
    ref.tell({ n: 3 });
    await until(() => seen.length === 1, 'first message');
    await new Promise((r) => setImmediate(r));
    assert.deepEqual(seen, [1], 'the mailbox waits for the pending turn');
    release();
    await until(() => seen.length === 3, 'the rest');
    assert.deepEqual(seen, [1, 2, 3]);
    system.shutdown();
  });

  it('answers ask() and fails it at the deadline', async () => {
    const clock = new ManualClock();
    const system = new ActorSystem({ clock, passivationSweepMs: 0 });
    system.register<Msg>({ name: 'c', create: () => new Counter([]) });
    const ref = system.ref<Msg>('c', 'k');
    assert.equal(await system.ask<Msg, number>(ref, (reply) => ({ n: 5, reply }), 1000), 5);
    assert.equal(await system.ask<Msg, number>(ref, (reply) => ({ n: 2, reply }), 1000), 7);
    const never = system.ask<Msg, number>(ref, () => ({ n: 1 }), 1000);
    clock.advance(1000);
    await assert.rejects(never, AskTimeoutError);
    system.shutdown();
  });

  it('restarts a failing actor with back-off and leaves its siblings untouched', async () => {
    const clock = new ManualClock();
    const system = new ActorSystem({ clock, passivationSweepMs: 0 });
    const seen: Record<string, number[]> = { bad: [], good: [] };
    const failures: number[] = [];
    system.register<Msg>({
      name: 'c',
      create: (key) => new Counter(seen[key]!),
      minBackoffMs: 100,
      onFailure: (_k, _e, restarts) => failures.push(restarts),
    });
    const bad = system.ref<Msg>('c', 'bad');
    const good = system.ref<Msg>('c', 'good');
    good.tell({ n: 10 });
    bad.tell({ n: 1 });
    bad.tell({ boom: true });
    bad.tell({ n: 2 });
    good.tell({ n: 20 });
    await until(() => failures.length === 1 && seen.good!.length === 2, 'the failure and the sibling’s messages');
    assert.deepEqual(seen.bad, [1], 'the queued message waits for the restart');
    assert.equal(await system.ask<Msg, number>(good, (reply) => ({ n: 0, reply }), 1000), 30, 'sibling kept its state');
    clock.advance(99);
    await new Promise((r) => setImmediate(r));
    assert.deepEqual(seen.bad, [1], 'still backing off');
    clock.advance(1);
    await until(() => seen.bad!.length === 2, 'the restarted incarnation');
    assert.deepEqual(seen.bad, [1, 2]);
    assert.equal(await system.ask<Msg, number>(bad, (reply) => ({ n: 0, reply }), 1000), 2, 'a new incarnation starts from fresh state');
    assert.equal(system.snapshot()[0]!.restarts, 1);
    system.shutdown();
  });

  it('stops an actor that keeps failing and sends its mail to dead letters', async () => {
    const clock = new ManualClock();
    const system = new ActorSystem({ clock, passivationSweepMs: 0 });
    const dead: Msg[] = [];
    system.register<Msg>({
      name: 'c',
      create: () => new Counter([]),
      maxRestarts: 2,
      minBackoffMs: 1,
      deadLetter: (m) => dead.push(m),
    });
    const ref = system.ref<Msg>('c', 'x');
    for (let i = 0; i < 3; i++) {
      ref.tell({ boom: true });
      ref.tell({ n: i });
      await until(() => !system.isActive('c', 'x') || system.snapshot()[0]!.restarts >= i, `failure ${i}`);
      clock.advance(10);
    }
    await until(() => !system.isActive('c', 'x'), 'the actor to be stopped');
    assert.ok(dead.length >= 1, 'queued mail went to dead letters');
    system.shutdown();
  });

  it('passivates idle actors and reactivates them on the next message', async () => {
    const clock = new ManualClock();
    const system = new ActorSystem({ clock, passivationSweepMs: 0 });
    const seen: number[] = [];
    Counter.starts = 0;
    system.register<Msg>({ name: 'c', create: () => new Counter(seen), passivateAfterMs: 60_000 });
    const ref = system.ref<Msg>('c', 'p');
    ref.tell({ n: 1 });
    await until(() => seen.length === 1, 'first message');
    clock.advance(59_999);
    assert.equal(system.passivateIdle(), 0);
    clock.advance(1);
    assert.equal(system.passivateIdle(), 1);
    assert.equal(system.isActive('c', 'p'), false);
    assert.equal(await system.ask<Msg, number>(ref, (reply) => ({ n: 2, reply }), 1000), 2, 'state was dropped with the incarnation');
    assert.equal(Counter.starts, 2);
    const stats = system.snapshot()[0]!;
    assert.equal(stats.passivations, 1);
    assert.equal(stats.activations, 2);
    system.shutdown();
  });

  it('bounds mailboxes: reject throws, drop-oldest drops the head to dead letters', async () => {
    const system = new ActorSystem({ passivationSweepMs: 0 });
    const dropped: Msg[] = [];
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    system.register<Msg>({ name: 'r', create: () => new Counter([]), mailboxCapacity: 2, overflow: 'reject' });
    system.register<Msg>({ name: 'd', create: () => new Counter([]), mailboxCapacity: 2, overflow: 'drop-oldest', deadLetter: (m) => dropped.push(m) });
    const r = system.ref<Msg>('r', '1');
    r.tell({ slow: gate });
    await new Promise((res) => setImmediate(res));
    r.tell({ n: 1 });
    r.tell({ n: 2 });
    assert.throws(() => r.tell({ n: 3 }), MailboxFullError);
    const d = system.ref<Msg>('d', '1');
    d.tell({ slow: gate });
    await new Promise((res) => setImmediate(res));
    d.tell({ n: 1 });
    d.tell({ n: 2 });
    d.tell({ n: 3 });
    assert.deepEqual(dropped, [{ n: 1 }]);
    release();
    system.shutdown();
  });
});
