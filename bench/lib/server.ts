import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DevTokenIssuer } from '../../lib/auth/tokens.js';
import { startServerProcess, type ServerProcess } from '../../test/support/process.js';

export const BENCH_SECRET = 'bench-secret-bench-secret-bench-secret-0123';

export interface BenchServer extends ServerProcess {
  pid: number;
  issuer: DevTokenIssuer;
  stop(): Promise<void>;
}

/** A real `chorus` process on a fresh data dir, for benchmarks. */
export async function startBenchServer(extra: string[] = []): Promise<BenchServer> {
  const dir = mkdtempSync(join(tmpdir(), 'chorus-bench-'));
  const server = await startServerProcess(
    ['--port', '0', '--data-dir', dir, '--jwt-secret', BENCH_SECRET, '--idle-timeout-sec', '240', ...extra],
    { CHORUS_LOG_LEVEL: 'error' },
    30_000,
  );
  const issuer = new DevTokenIssuer({ secret: new TextEncoder().encode(BENCH_SECRET), issuer: 'chorus', audience: 'chorus', clockToleranceSec: 30 }, 86_400);
  return {
    ...server,
    pid: server.child.pid!,
    issuer,
    async stop() {
      server.child.kill('SIGTERM');
      await server.exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
