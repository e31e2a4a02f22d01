import { type Actor, ActorSystem, type Reply } from '../lib/actors/mod.js';
import { report } from './lib/report.js';

/**
 * Actor runtime micro-benchmark. Measures (1) memory per idle activated actor, (2) messages per
 * second through tell() between actors on one core, (3) ask() round trips per second.
 * It does not measure any I/O: the actors only count.
 */
type Msg = { n: number } | { reply: Reply<number> };

class Idle implements Actor<Msg> {
  count = 0;
  receive(m: Msg): void {
    if ('reply' in m) m.reply.ok(this.count);
    else this.count += m.n;
  }
}

async function idleMemory(count: number): Promise<number> {
  const system = new ActorSystem({ passivationSweepMs: 0 });
  system.register<Msg>({ name: 'idle', create: () => new Idle() });
  global.gc?.();
  const before = process.memoryUsage().heapUsed;
  for (let i = 0; i < count; i++) system.ref<Msg>('idle', `actor-${i}`).tell({ n: 1 });
  await new Promise((r) => setImmediate(r));
  await new Promise((r) => setImmediate(r));
  global.gc?.();
  const after = process.memoryUsage().heapUsed;
  system.shutdown();
  return (after - before) / count;
}

async function throughput(actors: number, messages: number): Promise<number> {
  const system = new ActorSystem({ passivationSweepMs: 0 });
  system.register<Msg>({ name: 't', create: () => new Idle(), mailboxCapacity: 1_000_000 });
  const refs = Array.from({ length: actors }, (_, i) => system.ref<Msg>('t', `k${i}`));
  const one = { n: 1 };
  const start = process.hrtime.bigint();
  const batch = 10_000;
  for (let sent = 0; sent < messages; sent += batch) {
    for (let i = 0; i < batch; i++) refs[(sent + i) % actors]!.tell(one);
    await new Promise((r) => setImmediate(r));
  }
  let total = 0;
  for (const ref of refs) total += await system.ask<Msg, number>(ref, (reply) => ({ reply }), 60_000);
  const secs = Number(process.hrtime.bigint() - start) / 1e9;
  if (total !== messages) throw new Error(`lost messages: ${total} of ${messages}`);
  system.shutdown();
  return messages / secs;
}

async function askRate(rounds: number): Promise<number> {
  const system = new ActorSystem({ passivationSweepMs: 0 });
  system.register<Msg>({ name: 'a', create: () => new Idle() });
  const ref = system.ref<Msg>('a', 'x');
  const start = process.hrtime.bigint();
  const window = 100;
  for (let i = 0; i < rounds; i += window) {
    await Promise.all(Array.from({ length: window }, () => system.ask<Msg, number>(ref, (reply) => ({ reply }), 10_000)));
  }
  const secs = Number(process.hrtime.bigint() - start) / 1e9;
  system.shutdown();
  return rounds / secs;
}

export async function run(args: string[]): Promise<void> {
  const quick = args.includes('--quick');
  const idle = quick ? 20_000 : 200_000;
  const bytes = await idleMemory(idle);
  const tell = await throughput(1000, quick ? 200_000 : 5_000_000);
  const asks = await askRate(quick ? 10_000 : 200_000);
  report(
    'actors',
    { idle_actors: idle, bytes_per_idle_actor: bytes, tell_msgs_per_sec_per_core: tell, ask_roundtrips_per_sec: asks },
    [global.gc ? 'heap measured after forced GC' : 'run with --expose-gc for exact memory figures', 'one core: the runtime is single-threaded on the event loop'],
  );
}
