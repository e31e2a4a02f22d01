import WebSocket from 'ws';
import { DevTokenIssuer } from '../lib/auth/tokens.js';
import { ChorusClient, type WebSocketConstructor } from '../lib/client/mod.js';
import { TEST_SECRET } from './node.js';
import type { ServerProcess } from './process.js';

export { childPids } from './process.js';

/**
 * Looking into a server started with --gateway-processes=N (cmd/gateway_processes.ts): its child
 * processes from /proc, each process's admin port from the log, and which process a client's
 * socket landed on (read from the processes' chorus_connections gauges, one connect at a time).
 */
export const issuer = new DevTokenIssuer({ secret: new TextEncoder().encode(TEST_SECRET), issuer: 'chorus', audience: 'chorus', clockToleranceSec: 30 }, 3600);

export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The latest admin port each child logged ("gateway process serving", at log level info), by child node id. */
export function childAdminPorts(server: ServerProcess): Map<string, { pid: number; adminPort: number }> {
  const out = new Map<string, { pid: number; adminPort: number }>();
  for (const line of server.logs().split('\n')) {
    if (!line.includes('"gateway process serving"')) continue;
    const m = JSON.parse(line) as { node: string; adminPort: number; pid: number };
    // pino keeps the first "pid" key (the primary's); the child's is the later one in the text.
    const pids = [...line.matchAll(/"pid":(\d+)/g)].map((x) => Number(x[1]));
    out.set(m.node, { pid: pids[pids.length - 1] ?? m.pid, adminPort: m.adminPort });
  }
  return out;
}

/** A gauge or counter of a process's /metrics (sum over its label sets); 0 when absent. */
export async function metric(adminPort: number, name: string): Promise<number> {
  const text = await (await fetch(`http://127.0.0.1:${adminPort}/metrics`)).text();
  let sum = 0;
  for (const line of text.split('\n')) {
    if (line.startsWith(`${name} `) || line.startsWith(`${name}{`)) sum += Number(line.slice(line.lastIndexOf(' ') + 1));
  }
  return sum;
}

/** Polls an async condition until it holds; fails with `what` after the deadline. */
export async function eventually(cond: () => Promise<boolean> | boolean, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await cond())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

export interface Placed {
  client: ChorusClient;
  /** Index into the admin ports it was placed by. */
  process: number;
  /** That process's chorus_connections right after this client connected. */
  count: number;
}

/**
 * Connects a device of `user` and tells on which process its socket landed: the one whose
 * chorus_connections went up. Connects run one at a time, so the answer is exact.
 */
export async function connectPlaced(url: string, adminPorts: readonly number[], user: string, deviceId: string, reconnect = true): Promise<Placed> {
  const before = await Promise.all(adminPorts.map((p) => metric(p, 'chorus_connections')));
  const client = new ChorusClient({ url, token: await issuer.issue(user), deviceId, WebSocket: WebSocket as unknown as WebSocketConstructor, reconnect: reconnect ? { minDelayMs: 20, maxDelayMs: 200 } : false });
  await client.connect();
  let landed = -1;
  let count = 0;
  await eventually(async () => {
    const now = await Promise.all(adminPorts.map((p) => metric(p, 'chorus_connections')));
    landed = now.findIndex((n, i) => n > before[i]!);
    count = now[landed] ?? 0;
    return landed >= 0;
  }, `${user}/${deviceId} to show up in a process's chorus_connections`);
  return { client, process: landed, count };
}

/**
 * A device of `user` on process `want`: connects devices until one lands there (the kernel spreads
 * connections by a hash of their addresses, so a few tries do). The misplaced ones are closed.
 */
export async function deviceOn(url: string, adminPorts: readonly number[], user: string, want: number, tag: string, reconnect = true): Promise<ChorusClient> {
  for (let i = 0; i < 64; i++) {
    const placed = await connectPlaced(url, adminPorts, user, `${tag}-${i}`, reconnect);
    if (placed.process === want) return placed.client;
    placed.client.close();
    const p = adminPorts[placed.process]!;
    await eventually(async () => (await metric(p, 'chorus_connections')) < placed.count, 'a closed socket to leave the gauge');
  }
  throw new Error(`no connection of ${user} landed on process ${want} in 64 tries`);
}
