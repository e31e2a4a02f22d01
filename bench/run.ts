/**
 * `npm run bench -- <scenario> [--quick|--smoke] [--key=value ...]`: runs one benchmark (or `all`),
 * prints `BENCH <name> key=value ...` lines and writes bench/results/<name>.json (the load-harness
 * scenarios also write <name>.md and <name>.svg). Every scenario module exports `run(args)`.
 */
const SCENARIOS: Record<string, () => Promise<{ run(args: string[]): Promise<void> }>> = {
  actors: () => import('./actors.js'),
  idle: () => import('./idle.js'),
  latency: () => import('./latency.js'),
  scylla: () => import('./scylla_append.js'),
  direct: () => import('./direct.js'),
  group: () => import('./group.js'),
  mixed: () => import('./mixed.js'),
  saturate: () => import('./saturate.js'),
  capacity: () => import('./capacity.js'),
  features: () => import('./features.js'),
  ring: () => import('./ring.js'),
  grpc: () => import('./grpc_stream.js'),
  failover: () => import('./failover.js'),
  cluster: () => import('./cluster.js'),
  slow_consumer: () => import('./slow_consumer.js'),
  fanout_path: () => import('./fanout_path.js'),
  media: () => import('./media.js'),
  peers: () => import('./peers.js'),
  push_badge: () => import('./push_badge.js'),
  e2ee: () => import('./e2ee.js'),
  search: () => import('./search.js'),
  local_search: () => import('./local_search.js'),
};

async function main(): Promise<void> {
  const [name, ...args] = process.argv.slice(2);
  if (name === undefined || (name !== 'all' && !(name in SCENARIOS))) {
    console.error(`usage: npm run bench -- <${[...Object.keys(SCENARIOS), 'all'].join('|')}> [--quick|--smoke] [--key=value ...]`);
    process.exit(2);
  }
  // `all` leaves out `peers`: it builds and runs another server (Centrifugo), outside the usual path.
  const names = name === 'all' ? Object.keys(SCENARIOS).filter((n) => n !== 'peers') : [name];
  for (const n of names) await (await SCENARIOS[n]!()).run(args);
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
