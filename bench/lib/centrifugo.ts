import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from './services.js';
import type { Target } from './target.js';

/** The pinned Centrifugo version the `peers` bench compares with (scripts/centrifugo/build.sh). */
export const CENTRIFUGO_VERSION = 'v6.9.1';
const BUILD = fileURLToPath(new URL('../../../scripts/centrifugo/build.sh', import.meta.url));

/** Builds Centrifugo once (cached in $CHORUS_CACHE) and returns the binary's path. */
export function centrifugoBinary(): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('nice', ['-n', '10', 'bash', BUILD], { env: { ...process.env, CENTRIFUGO_VERSION }, maxBuffer: 1 << 20 }, (err, stdout, stderr) => {
      const bin = /^CENTRIFUGO_BIN=(.+)$/m.exec(stdout)?.[1];
      if (err !== null || bin === undefined) reject(new Error(`scripts/centrifugo/build.sh failed: ${stderr.trim().split('\n').slice(-5).join('\n')}`, { cause: err }));
      else resolve(bin);
    });
  });
}

/**
 * The bench's Centrifugo configuration: 127.0.0.1 only, anonymous clients may connect, subscribe
 * and publish to channels without a namespace (nothing else is reachable: no API key, no admin),
 * the memory engine, no history and no presence, so it persists nothing; usage stats off.
 */
function config(port: number): object {
  return {
    http_server: { address: '127.0.0.1', port },
    log: { level: 'error' },
    engine: { type: 'memory' },
    client: { allow_anonymous_connect_without_token: true, allowed_origins: ['*'] },
    channel: {
      without_namespace: {
        allow_subscribe_for_anonymous: true,
        allow_subscribe_for_client: true,
        allow_publish_for_anonymous: true,
        allow_publish_for_subscriber: true,
        allow_publish_for_client: true,
      },
    },
    health: { enabled: true },
    usage_stats: { disabled: true },
  };
}

/** Starts Centrifugo on a free loopback port and waits for its health endpoint. */
export async function startCentrifugo(): Promise<Target> {
  const bin = await centrifugoBinary();
  const dir = mkdtempSync(join(tmpdir(), 'chorus-centrifugo-'));
  const port = await freePort();
  const file = join(dir, 'config.json');
  writeFileSync(file, JSON.stringify(config(port)));
  const child: ChildProcess = spawn(bin, ['-c', file], { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  const deadline = Date.now() + 15_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`centrifugo exited (${child.exitCode}): ${err}`);
    const ok = await fetch(`http://127.0.0.1:${port}/health`).then((r) => r.ok, () => false);
    if (ok) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`centrifugo did not answer /health within 15 s: ${err}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    servers: [{ url: `ws://127.0.0.1:${port}/connection/websocket`, pid: child.pid!, probe: () => null, probeAfterGc: async () => null }],
    auth: { kind: 'dev-endpoint' },
    started: true,
    describe: `1 local Centrifugo ${CENTRIFUGO_VERSION} process (pid ${child.pid}, memory engine, no history)`,
    async stop() {
      child.kill('SIGTERM');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
