import { run as direct } from './direct.js';

/**
 * End-to-end latency in one Chorus process at a moderate rate (the earlier `latency` benchmark,
 * now on the load harness): 50 one-on-one pairs, 2,000 messages/s for 15 s, SQLite synchronous=FULL.
 * Same options as `direct`.
 */
export async function run(args: string[]): Promise<void> {
  const given = new Set(args.map((a) => a.replace(/^--/, '').split('=')[0]));
  const defaults = [
    ['pairs', '50'],
    ['rate', args.includes('--smoke') ? '100' : args.includes('--quick') ? '500' : '2000'],
    ['seconds', args.includes('--smoke') ? '1' : args.includes('--quick') ? '3' : '15'],
  ].filter(([k]) => !given.has(k!));
  await direct([...args, ...defaults.map(([k, v]) => `--${k}=${v}`)], 'latency');
}
