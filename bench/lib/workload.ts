/**
 * Who talks to whom: users, conversations and how often each conversation is chosen. Pure and
 * seeded, so a scenario with the same options builds the same workload every time.
 */
export interface PlannedConv {
  kind: 'direct' | 'group';
  /** User indexes; members[0] creates the conversation and sends into it. */
  members: number[];
  /** Relative share of all sends (1 for a uniform choice, Zipf weights for a skewed one). */
  weight: number;
}

export interface Workload {
  users: number;
  convs: PlannedConv[];
  describe: string;
}

/** mulberry32: a small, fast, seeded PRNG. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(xs: T[], rand: () => number): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [xs[i], xs[j]] = [xs[j]!, xs[i]!];
  }
  return xs;
}

function sample(users: number, k: number, rand: () => number): number[] {
  const chosen = new Set<number>();
  while (chosen.size < Math.min(k, users)) chosen.add(Math.floor(rand() * users));
  return [...chosen];
}

/** `pairs` one-on-one conversations over 2·pairs users, paired at random (each user in exactly one). */
export function directWorkload(pairs: number, seed = 1): Workload {
  const users = shuffle(Array.from({ length: pairs * 2 }, (_, i) => i), rng(seed));
  const convs: PlannedConv[] = [];
  for (let i = 0; i < pairs; i++) convs.push({ kind: 'direct', members: [users[2 * i]!, users[2 * i + 1]!], weight: 1 });
  return { users: pairs * 2, convs, describe: `${pairs} direct conversations, ${pairs * 2} users, uniform choice` };
}

/** `groups` groups of `size` members drawn at random from `users` users; uniform choice. */
export function groupWorkload(users: number, groups: number, size: number, seed = 2): Workload {
  const rand = rng(seed);
  const convs: PlannedConv[] = [];
  for (let g = 0; g < groups; g++) convs.push({ kind: 'group', members: sample(users, size, rand), weight: 1 });
  return { users, convs, describe: `${groups} groups of ${size} over ${users} users, uniform choice` };
}

/**
 * A chat service's shape in small: `direct` one-on-one conversations between random users and
 * `groups` groups of 3..maxGroup members, all chosen with Zipf(s) weights over a random ranking, so a
 * few conversations are hot and most are quiet.
 */
export function mixedWorkload(users: number, direct: number, groups: number, maxGroup: number, s: number, seed = 3): Workload {
  const rand = rng(seed);
  const convs: PlannedConv[] = [];
  const pairs = new Set<string>();
  while (convs.length < direct) {
    const [a, b] = sample(users, 2, rand) as [number, number];
    const key = a < b ? `${a}.${b}` : `${b}.${a}`;
    if (pairs.has(key)) continue;
    pairs.add(key);
    convs.push({ kind: 'direct', members: [a, b], weight: 0 });
  }
  for (let g = 0; g < groups; g++) convs.push({ kind: 'group', members: sample(users, 3 + Math.floor(rand() * (maxGroup - 2)), rand), weight: 0 });
  const ranks = shuffle(Array.from({ length: convs.length }, (_, i) => i + 1), rand);
  convs.forEach((c, i) => (c.weight = 1 / ranks[i]! ** s));
  return { users, convs, describe: `${direct} direct + ${groups} groups (3..${maxGroup}) over ${users} users, Zipf s=${s}` };
}

/** Mean deliveries per message: the fan-out factor, weighted by how often each conversation is chosen. */
export function fanout(w: Workload): number {
  let sum = 0;
  let weights = 0;
  for (const c of w.convs) {
    sum += c.weight * c.members.length;
    weights += c.weight;
  }
  return weights === 0 ? 0 : sum / weights;
}

/** Share of all sends that go to the hottest conversation. */
export function hottestShare(w: Workload): number {
  let max = 0;
  let total = 0;
  for (const c of w.convs) {
    max = Math.max(max, c.weight);
    total += c.weight;
  }
  return total === 0 ? 0 : max / total;
}
