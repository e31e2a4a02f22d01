import { Options } from './lib/options.js';
import type { Figures } from './lib/report.js';
import { runSteady } from './lib/steady.js';
import { groupWorkload } from './lib/workload.js';

/**
 * Group fan-out: N groups of G members drawn from U users; each message is stored once and
 * delivered to all G members' sessions (uWS publishes one frame per member topic, in C++). Reports
 * delivered frames/s and delivered frames/s per server core (delivered/s divided by the CPU the
 * server actually used), the figure a gateway is sized by.
 *
 *   npm run bench -- group [--users=2000] [--groups=40] [--group-size=100] [--rate=1000] [--seconds=20]
 *                          [--size=100] [--warmup=2] [--workers=N] [--target=ws://...] [--out=DIR]
 *                          [--gateway-processes=1]  (gateway processes sharing the server's port)
 */
export async function run(args: string[]): Promise<void> {
  const opts = new Options(args);
  const users = opts.num('users', [2000, 500, 12]);
  const groups = opts.num('groups', [40, 10, 2]);
  const size = opts.num('group-size', [100, 50, 5]);
  await runSteady(opts, {
    scenario: 'group',
    title: `group fan-out (G=${size})`,
    measures:
      'Groups with fan-out at a fixed offered rate of messages; each message is delivered to every member\'s session. delivered_per_sec counts delivered frames; delivered_per_server_core divides it by the CPU the server used (gateway, conversation actors and SQLite together, its gateway processes included: a conservative gateway figure).',
    workload: groupWorkload(users, groups, size),
    rate: opts.num('rate', [1000, 300, 50]),
    seconds: opts.num('seconds', [20, 5, 1]),
    warmup: opts.num('warmup', [2, 1, 0]),
    textBytes: opts.num('size', 100),
    receiptRatio: opts.num('receipts', 0),
    config: { users, groups, group_size: size, sqlite_sync: opts.str('sqlite-sync', 'FULL'), gateway_processes: opts.num('gateway-processes', 1) },
    derive: (f: Figures) => ({
      delivered_per_server_core: typeof f['server_cpu_pct'] === 'number' && f['server_cpu_pct'] > 0 ? (f['delivered_per_sec'] as number) / (f['server_cpu_pct'] / 100) : 'n/a',
    }),
  });
}
