import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DevTokenIssuer } from '../../lib/auth/tokens.js';
import { startServerProcess, type ServerProcess } from '../../testing/process.js';
import type { ProbeReading } from './probe.js';

export const BENCH_SECRET = 'bench-secret-bench-secret-bench-secret-0123';

const PROBE = new URL('./probe.js', import.meta.url).href;

export interface BenchServer extends ServerProcess {
  pid: number;
  issuer: DevTokenIssuer;
  /** The latest heap / event-loop reading of the preloaded probe (bench/lib/probe.ts), if any yet. */
  probe(): ProbeReading | null;
  /** Asks the probe for a reading after a forced GC and waits for it (at most ~5 s). */
  probeAfterGc(): Promise<ProbeReading | null>;
  stop(): Promise<void>;
}

/**
 * A real `chorus` process on a fresh data dir, for benchmarks, with the heap probe preloaded through
 * NODE_OPTIONS (so nothing in lib/ or cmd/ knows about benchmarks).
 */
export async function startBenchServer(extra: string[] = []): Promise<BenchServer> {
  const dir = mkdtempSync(join(tmpdir(), 'chorus-bench-'));
  const probeFile = join(dir, 'probe.json');
  const server = await startServerProcess(
    ['--port', '0', '--admin-port', '0', '--data-dir', join(dir, 'data'), '--jwt-secret', BENCH_SECRET, '--idle-timeout-sec', '240', '--frame-rate', '1000000', '--frame-burst', '1000000', '--connect-rate', '1000000', ...extra],
    { CHORUS_LOG_LEVEL: 'error', CHORUS_BENCH_PROBE: probeFile, NODE_OPTIONS: `--expose-gc --import=${PROBE}` },
    30_000,
  );
  const issuer = new DevTokenIssuer({ secret: new TextEncoder().encode(BENCH_SECRET), issuer: 'chorus', audience: 'chorus', clockToleranceSec: 30 }, 86_400);
  const pid = server.child.pid!;
  const readProbe = (file: string): ProbeReading | null => {
    try {
      return JSON.parse(readFileSync(file, 'utf8')) as ProbeReading;
    } catch {
      return null;
    }
  };
  // With gateway processes each writes probe.json.<pid> beside it: heap and RSS add up, the
  // event loop is the busiest one's.
  const probe = (): ProbeReading | null => {
    const main = readProbe(probeFile);
    if (main === null) return null;
    const others = readdirSync(dir)
      .filter((f) => f.startsWith('probe.json.') && !f.endsWith('.tmp'))
      .map((f) => readProbe(join(dir, f)))
      .filter((r): r is ProbeReading => r !== null);
    return others.reduce(
      (a, r) => ({ ...a, rss: a.rss + r.rss, heapUsed: a.heapUsed + r.heapUsed, heapTotal: a.heapTotal + r.heapTotal, elu: Math.max(a.elu, r.elu), delayP99Ms: Math.max(a.delayP99Ms, r.delayP99Ms), delayMaxMs: Math.max(a.delayMaxMs, r.delayMaxMs) }),
      main,
    );
  };
  return {
    ...server,
    pid,
    issuer,
    probe,
    async probeAfterGc() {
      const asked = Date.now();
      server.child.kill('SIGUSR2');
      const deadline = asked + 5000;
      while (Date.now() < deadline) {
        const r = probe();
        if (r !== null && r.afterGc && r.at >= asked) return r;
        await new Promise((res) => setTimeout(res, 20));
      }
      return null;
    },
    async stop() {
      server.child.kill('SIGTERM');
      const killer = setTimeout(() => server.child.kill('SIGKILL'), 10_000);
      await server.exited;
      clearTimeout(killer);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
