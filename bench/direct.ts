import { Options } from './lib/options.js';
import { runSteady } from './lib/steady.js';
import { directWorkload } from './lib/workload.js';

/**
 * One-on-one chat at a fixed offered rate: P direct conversations between 2P users (paired at
 * random, spread over the client workers), each message sent by one member and delivered to both
 * members' sessions (the sender's own session gets the push too). Measures send→deliver latency
 * (HDR), send→ack latency, delivered messages/s, server and client CPU.
 *
 *   npm run bench -- direct [--pairs=1000] [--rate=4000] [--seconds=20] [--size=100] [--warmup=2]
 *                           [--sqlite-sync=FULL|NORMAL] [--workers=N] [--target=ws://...] [--out=DIR]
 */
export async function run(args: string[], scenario = 'direct'): Promise<void> {
  const opts = new Options(args);
  const pairs = opts.num('pairs', [1000, 200, 4]);
  await runSteady(opts, {
    scenario,
    title: `one-on-one chat (${scenario})`,
    measures:
      'One-on-one conversations at a fixed offered rate (open loop). Latency is send→deliver: from the sender worker writing the Send frame to a receiver worker decoding the pushed Message (both members, including the sender\'s own session); every message is persisted (SQLite) and acknowledged before it is delivered.',
    workload: directWorkload(pairs),
    rate: opts.num('rate', [4000, 1000, 100]),
    seconds: opts.num('seconds', [20, 5, 1]),
    warmup: opts.num('warmup', [2, 1, 0]),
    textBytes: opts.num('size', 100),
    receiptRatio: opts.num('receipts', 0),
    config: { pairs, sqlite_sync: opts.str('sqlite-sync', 'FULL') },
  });
}
