import { Options } from './lib/options.js';
import type { Figures } from './lib/report.js';
import { runSteady } from './lib/steady.js';
import { mixedWorkload } from './lib/workload.js';

/**
 * A mixed workload: direct conversations and groups of 3..G members, each message sent into a
 * conversation chosen with a Zipf(s) skew (a few hot conversations, a long quiet tail), and a share
 * of deliveries answered with READ receipts (each moves a cursor in the store).
 *
 *   npm run bench -- mixed [--users=5000] [--direct=4000] [--groups=400] [--max-group=50] [--zipf=1.0]
 *                          [--rate=1000] [--receipts=0.1] [--seconds=20] [--size=100] [--target=ws://...]
 */
export async function run(args: string[]): Promise<void> {
  const opts = new Options(args);
  const users = opts.num('users', [5000, 1000, 20]);
  const direct = opts.num('direct', [4000, 800, 10]);
  const groups = opts.num('groups', [400, 80, 3]);
  const maxGroup = opts.num('max-group', [50, 30, 6]);
  const s = opts.num('zipf', 1.0);
  await runSteady(opts, {
    scenario: 'mixed',
    title: 'mixed workload, Zipf-skewed conversations',
    measures:
      'Direct conversations and groups mixed, the conversation of each message chosen with a Zipf skew over a random ranking; receivers answer a share of deliveries with READ receipts. Latency is send→deliver over all deliveries.',
    workload: mixedWorkload(users, direct, groups, maxGroup, s),
    rate: opts.num('rate', [1000, 500, 100]),
    seconds: opts.num('seconds', [20, 5, 1]),
    warmup: opts.num('warmup', [2, 1, 0]),
    textBytes: opts.num('size', 100),
    receiptRatio: opts.num('receipts', 0.1),
    config: { users, direct, groups, max_group: maxGroup, zipf_s: s, sqlite_sync: opts.str('sqlite-sync', 'FULL') },
    derive: (f: Figures) => ({
      delivered_per_server_core: typeof f['server_cpu_pct'] === 'number' && f['server_cpu_pct'] > 0 ? (f['delivered_per_sec'] as number) / (f['server_cpu_pct'] / 100) : 'n/a',
    }),
  });
}
