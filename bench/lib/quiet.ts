import { sleep } from './load.js';
import type { Options } from './options.js';
import { loadAverage, machineSeconds } from './procstat.js';

/**
 * --wait-quiet=SECONDS: before a scenario starts, wait (at most that long) until the machine has been
 * quiet — under a quarter of a core busy — for five seconds in a row. On a machine shared with other
 * users this keeps their load out of the figures; the run's own flags still say when it was disturbed.
 */
export async function waitQuiet(opts: Options, log: (s: string) => void): Promise<void> {
  const limit = opts.num('wait-quiet', 0);
  if (limit <= 0) return;
  const deadline = Date.now() + limit * 1000;
  let quiet = 0;
  let said = false;
  let prev = machineSeconds().busy;
  const own = (): number => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1e6;
  };
  let prevOwn = own();
  while (Date.now() < deadline) {
    await sleep(1000);
    const now = machineSeconds().busy;
    const nowOwn = own();
    const others = now - prev - (nowOwn - prevOwn);
    prev = now;
    prevOwn = nowOwn;
    quiet = others < 0.25 ? quiet + 1 : 0;
    if (quiet >= 5) {
      if (said) log(`the machine is quiet (load average ${loadAverage().toFixed(2)}); starting`);
      return;
    }
    if (!said) {
      log(`waiting up to ${limit} s for the machine to be quiet (others use ${(others * 100).toFixed(0)}% CPU now)`);
      said = true;
    }
  }
  log(`the machine did not get quiet within ${limit} s (load average ${loadAverage().toFixed(2)}); running anyway`);
}
