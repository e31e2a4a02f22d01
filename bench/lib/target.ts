import type { Options } from './options.js';
import type { ProbeReading } from './probe.js';
import { BENCH_SECRET, type BenchServer, startBenchServer } from './server.js';

/** How client workers get tokens: sign them with the servers' secret, or ask a dev-mode server. */
export type AuthSpec = { kind: 'secret'; secret: string } | { kind: 'dev-endpoint' };

export interface TargetServer {
  /** WebSocket URL, ws://host:port/v1/ws. */
  url: string;
  /** Local process id to sample from /proc, when the server runs on this machine. */
  pid: number | null;
  probe(): ProbeReading | null;
  probeAfterGc(): Promise<ProbeReading | null>;
}

/**
 * What a scenario loads: one or more servers, given as URLs or started by the harness. Client users
 * are spread over the servers round-robin (user i talks to servers[i % n]), so a cluster of gateways
 * behind their own addresses is loaded evenly. The harness starts one single-process `chorus` when no
 * --target is given; a `cluster` scenario will start N nodes the same way and hand over their URLs.
 */
export interface Target {
  servers: TargetServer[];
  auth: AuthSpec;
  /** True when the harness started the servers (and so owns their data and their lifetime). */
  started: boolean;
  describe: string;
  stop(): Promise<void>;
}

const NO_PROBE = { probe: () => null, probeAfterGc: async () => null };

/**
 * --target=ws://127.0.0.1:8080/v1/ws[,ws://...]  load running servers instead of starting one;
 * --server-pids=PID[,PID]                         their local process ids, for CPU and RSS from /proc;
 * --jwt-secret=SECRET                             sign tokens with it (else POST /dev/token: --dev);
 * --allow-remote                                  allow non-loopback targets (never on shared CI hosts).
 * Without --target: one local `chorus` process with `serverArgs`.
 */
export async function openTarget(opts: Options, serverArgs: string[] = []): Promise<Target> {
  const urls = opts.list('target');
  if (urls.length === 0) {
    const server: BenchServer = await startBenchServer([...serverArgs, ...opts.list('server-args')]);
    return {
      servers: [{ url: server.url, pid: server.pid, probe: server.probe, probeAfterGc: server.probeAfterGc }],
      auth: { kind: 'secret', secret: BENCH_SECRET },
      started: true,
      describe: `1 local chorus process (pid ${server.pid})${serverArgs.length ? ` ${serverArgs.join(' ')}` : ''}`,
      stop: () => server.stop(),
    };
  }
  for (const u of urls) {
    const host = new URL(u).hostname;
    const loopback = host === 'localhost' || host.startsWith('127.') || host === '[::1]';
    if (!loopback && !opts.has('allow-remote')) throw new Error(`--target ${u} is not a loopback address; pass --allow-remote to load it`);
  }
  const pids = opts.list('server-pids').map(Number);
  const secret = opts.str('jwt-secret', '');
  return {
    servers: urls.map((url, i) => ({ url, pid: pids[i] ?? null, ...NO_PROBE })),
    auth: secret === '' ? { kind: 'dev-endpoint' } : { kind: 'secret', secret },
    started: false,
    describe: `${urls.length} given server(s): ${urls.join(', ')}`,
    stop: async () => undefined,
  };
}
