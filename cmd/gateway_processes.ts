import { type ChildProcess, fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Logger } from 'pino';
import { Counter, Gauge, type Registry } from 'prom-client';
import { isMemberId } from '../lib/cluster/membership.js';
import { backoffMs } from '../lib/time/mod.js';
import { type ChorusConfig, ConfigError, type LocalPeers } from './config.js';

const ENTRY = new URL('./gateway_process.js', import.meta.url);

/** What the primary sends a child once: its argv (it loads the same config itself) and what differs. */
export interface ChildStart {
  type: 'start';
  argv: string[];
  nodeId: string;
  port: number;
  adminPort: number;
  /** The machine's processes on Unix sockets; null on a cluster node (each child joins etcd). */
  peers: LocalPeers | null;
}

/** What a child says first, once it listens for the start message. */
export interface ChildHello {
  type: 'hello';
}

/** What a child answers once it serves. */
export interface ChildReady {
  type: 'ready';
  port: number;
  adminPort: number;
}

/** Restart back-off of a child that died: from 200 ms, doubling to 5 s (a crash loop costs little). */
const RESTART_MIN_MS = 200;
const RESTART_MAX_MS = 5_000;
/** A child that served this long before dying restarts without back-off history. */
const STABLE_MS = 30_000;
/** SIGTERM, then this long (beyond a cluster node's drain) for a child to close its sockets, then SIGKILL. */
const STOP_GRACE_MS = 10_000;

/**
 * The processes for --gateway-processes=N (N > 1): the primary (its roles) and N-1 gateway-only
 * children `<node>-g<k>` on the primary's client port. On its own (no etcd) they form a static
 * cluster on one Unix socket directory (cmd/node.ts then talks gRPC over the sockets); on a
 * cluster node each child joins etcd as a gateway node of its own.
 */
export async function planGatewayProcesses(config: ChorusConfig): Promise<ChorusConfig> {
  const id = config.cluster.nodeId;
  const children = childIds(config);
  const bad = children.find((c) => !isMemberId(c));
  if (bad !== undefined) throw new ConfigError(`--node-id ${id} is too long for its gateway processes' ids (${bad}); use a shorter one`);
  // uWS sets SO_REUSEPORT only on a given port, not on port 0: pick the port first. A given port
  // is bound once without SO_REUSEPORT, which fails if another server already listens on it (the
  // processes' shared listen would otherwise join that server's port group).
  const port = await probePort(config.host, config.port);
  if (config.cluster.etcd !== null) return { ...config, port };
  // mkdtemp makes the directory 0700: only this OS user reaches the sockets in it.
  const dir = mkdtempSync(join(tmpdir(), 'chorus-'));
  return { ...config, port, localPeers: { dir, members: [{ id, roles: config.cluster.roles }, ...children.map((c) => ({ id: c, roles: ['gateway' as const] }))] } };
}

function childIds(config: ChorusConfig): string[] {
  return Array.from({ length: config.gatewayProcesses - 1 }, (_, i) => `${config.cluster.nodeId}-g${i + 1}`);
}

interface Child {
  id: string;
  index: number;
  process: ChildProcess | null;
  adminPort: number;
  readyAt: number;
  restarts: number;
  timer: NodeJS.Timeout | null;
}

export interface GatewayProcessesDeps {
  log: Logger;
  registry: Registry;
  /** RunningNode.setLocalPeers of the primary. */
  setUp(up: ReadonlySet<string>): void;
}

/**
 * Supervises the gateway-only children of the primary: starts them on the primary's client port
 * (uWS listens with SO_REUSEPORT, so the kernel spreads new connections over every process), restarts
 * one that dies (with back-off; logged; chorus_gateway_process_restarts_total), stops them on
 * stop(). A child exits by itself when the primary dies (its IPC channel closes).
 */
export class GatewayProcesses {
  private readonly children: Child[];
  private readonly up = new Set<string>();
  private readonly restarts: Counter<'node'>;
  /** Read at scrape time; kept so its registration is visible. */
  readonly serving: Gauge;
  private stopping = false;

  constructor(
    private readonly config: ChorusConfig,
    private readonly argv: readonly string[],
    private readonly port: number,
    private readonly d: GatewayProcessesDeps,
  ) {
    this.children = childIds(config).map((id, i) => ({ id, index: i + 1, process: null, adminPort: 0, readyAt: 0, restarts: 0, timer: null }));
    this.restarts = new Counter({ name: 'chorus_gateway_process_restarts_total', help: 'Gateway child processes restarted after they died, by child node id', labelNames: ['node'], registers: [d.registry] });
    const up = this.up;
    this.serving = new Gauge({
      name: 'chorus_gateway_processes_up',
      help: 'Gateway processes of this machine listed as serving, the primary included',
      registers: [d.registry],
      collect() {
        this.set(up.size + 1);
      },
    });
  }

  /** Starts every child; resolves once all serve, rejects when one dies before it does. */
  async start(): Promise<void> {
    await Promise.all(this.children.map((c) => this.spawn(c)));
  }

  /** Admin ports of the children (their own /metrics), in child order. */
  adminPorts(): number[] {
    return this.children.map((c) => c.adminPort);
  }

  /** SIGTERM to every child, SIGKILL after the grace period; resolves when all are gone. */
  async stop(): Promise<void> {
    this.stopping = true;
    await Promise.all(
      this.children.map(async (c) => {
        if (c.timer !== null) clearTimeout(c.timer);
        const p = c.process;
        if (p === null || p.exitCode !== null || p.signalCode !== null) return;
        const gone = new Promise<void>((resolve) => p.once('exit', () => resolve()));
        p.kill('SIGTERM');
        const killer = setTimeout(() => p.kill('SIGKILL'), STOP_GRACE_MS + (this.config.cluster.etcd !== null ? this.config.cluster.drainGraceMs : 0));
        await gone;
        clearTimeout(killer);
      }),
    );
    if (this.config.localPeers !== undefined) rmSync(this.config.localPeers.dir, { recursive: true, force: true });
  }

  private spawn(c: Child): Promise<void> {
    const adminPort = this.config.adminPort === 0 ? 0 : this.config.adminPort + c.index;
    const child = fork(ENTRY, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], serialization: 'advanced' });
    c.process = child;
    // Listed before it serves: its first session registrations must find it a member.
    this.up.add(c.id);
    this.d.setUp(this.up);
    const start: ChildStart = { type: 'start', argv: [...this.argv], nodeId: c.id, port: this.port, adminPort, peers: this.config.localPeers ?? null };
    return new Promise((resolve, reject) => {
      let ready = false;
      child.on('message', (m: ChildHello | ChildReady) => {
        if (m.type === 'hello') child.send(start);
        if (m.type !== 'ready' || ready) return;
        ready = true;
        c.adminPort = m.adminPort;
        c.readyAt = performance.now();
        this.d.log.info({ node: c.id, pid: child.pid, adminPort: m.adminPort }, 'gateway process serving');
        resolve();
      });
      child.once('exit', (code, signal) => {
        if (!ready) reject(new Error(`gateway process ${c.id} exited (${code ?? signal}) before serving`));
        this.exited(c, child, code, signal);
      });
    });
  }

  private exited(c: Child, child: ChildProcess, code: number | null, signal: NodeJS.Signals | null): void {
    if (c.process !== child) return;
    c.process = null;
    this.up.delete(c.id);
    if (this.stopping) return;
    // Its sessions are gone: the directory forgets them (their clients reconnect to the others).
    this.d.setUp(this.up);
    if (c.readyAt > 0 && performance.now() - c.readyAt > STABLE_MS) c.restarts = 0;
    c.restarts++;
    c.readyAt = 0;
    const wait = backoffMs(c.restarts, RESTART_MIN_MS, RESTART_MAX_MS);
    this.d.log.warn({ node: c.id, pid: child.pid, code, signal, restartInMs: Math.round(wait) }, 'gateway process died; restarting');
    this.restarts.inc({ node: c.id });
    c.timer = setTimeout(() => {
      c.timer = null;
      if (this.stopping) return;
      this.spawn(c).catch((err: unknown) => this.d.log.warn({ node: c.id, err }, 'gateway process failed to start'));
    }, wait);
  }
}

/** A port nobody listens on now (the kernel's pick for port 0, released at once). */
function probePort(host: string, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', (err: NodeJS.ErrnoException) =>
      reject(err.code === 'EADDRINUSE' ? new Error(`cannot listen on ${host}:${port}: another server listens there`, { cause: err }) : err),
    );
    server.listen(port, host, () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address !== null ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
