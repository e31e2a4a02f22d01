import type { Member } from '../lib/cluster/membership.js';
import { RING_DEFAULTS, RingSnapshot, movedKeys } from '../lib/cluster/ring.js';
import { report } from './lib/report.js';

/**
 * Placement micro-benchmark (lib/cluster/ring.ts). Measures (1) the time to build a ring snapshot
 * for 1..2000 members (what every process pays on each membership change), (2) the time of one
 * owner lookup, cold (keys never asked before: md5 + binary search) and hot (hashring's LRU cache),
 * and (3) how even the load is (max/mean keys per member) and how many keys a join moves.
 * It does not measure anything that crosses a process: placement is a local call.
 *
 *   npm run bench -- ring [--quick]
 */
export async function run(args: string[]): Promise<void> {
  const quick = args.includes('--quick');
  const sizes = [1, 10, 100, 500, 1000, 2000];
  const figures: Record<string, number> = { vnodes_per_member: RING_DEFAULTS.vnodes };
  for (const n of sizes) figures[`build_ms_${n}`] = buildMs(members(n), quick ? 3 : 7);
  const lookups = quick ? 100_000 : 1_000_000;
  for (const n of [10, 2000]) {
    const ring = RingSnapshot.of(members(n), { role: 'conversation' });
    figures[`lookup_ns_cold_${n}`] = lookupNs(ring, lookups, false);
    figures[`lookup_ns_hot_${n}`] = lookupNs(ring, lookups, true);
  }
  const keys = Array.from({ length: quick ? 50_000 : 200_000 }, (_, i) => `conv-${i}`);
  for (const n of [10, 100]) {
    const ring = RingSnapshot.of(members(n), { role: 'conversation' });
    figures[`max_over_mean_${n}`] = maxOverMean(ring, keys, n);
    const joined = ring.next([...ring.members, member(`joiner-${n}`)]);
    figures[`join_moved_fraction_${n}`] = movedKeys(ring, joined, keys).length / keys.length;
  }
  report('ring', figures, [
    `build: median of ${quick ? 3 : 7} builds; lookup: mean over ${lookups} keys, cold = every key new (md5 + binary search), hot = one key repeated (LRU hit)`,
    'join_moved_fraction_N: share of keys that move when member N+1 joins (ideal 1/(N+1)); one core, no I/O',
  ]);
  await Promise.resolve();
}

function member(id: string): Member {
  return { id, grpcAddress: `${id}.chorus.svc:7100`, roles: ['conversation'], zone: 'z', weight: 1 };
}

function members(n: number): Member[] {
  return Array.from({ length: n }, (_, i) => member(`chorus-${i}`));
}

function buildMs(list: Member[], rounds: number): number {
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = process.hrtime.bigint();
    RingSnapshot.of(list, { role: 'conversation' });
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

function lookupNs(ring: RingSnapshot, count: number, hot: boolean): number {
  let sink = 0;
  const keys = hot ? ['conv-hot'] : Array.from({ length: count }, (_, i) => `conv-${i}-${count}`);
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < count; i++) sink += ring.ownerId(keys[hot ? 0 : i]!)!.length;
  const ns = Number(process.hrtime.bigint() - t0) / count;
  if (sink === 0) throw new Error('no owners');
  return ns;
}

function maxOverMean(ring: RingSnapshot, keys: string[], n: number): number {
  const counts = new Map<string, number>();
  for (const k of keys) {
    const o = ring.ownerId(k)!;
    counts.set(o, (counts.get(o) ?? 0) + 1);
  }
  return Math.max(...counts.values()) / (keys.length / n);
}
