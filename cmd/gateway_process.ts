/**
 * A gateway-only child of a Chorus primary (cmd/gateway_processes.ts), started with an IPC channel.
 * It loads the primary's options itself (the same secrets files in the same data dir, nothing
 * secret over IPC), takes its id, port and peers from the primary, and serves client sockets on the
 * shared port. It exits when told to (SIGTERM) and when the primary is gone (the channel closes),
 * so a killed primary leaves no orphans.
 */
import { rmSync } from 'node:fs';
import { pino } from 'pino';
import { type ChorusConfig, loadConfig } from './config.js';
import type { ChildHello, ChildReady, ChildStart } from './gateway_processes.js';
import { type RunningNode, startNode } from './node.js';

let node: RunningNode | null = null;
let socketDir = '';
let stopping = false;

/** `orphaned`: the primary died without cleaning up; the last child out removes the socket directory. */
function stop(why: string, orphaned = false): void {
  if (stopping) return;
  stopping = true;
  const running = node;
  const done = (): never => {
    if (orphaned && socketDir !== '') rmSync(socketDir, { recursive: true, force: true });
    process.exit(0);
  };
  if (running === null) done();
  running!.stop().then(
    done,
    (err: unknown) => {
      console.error(`chorus gateway process: stop failed (${why}): ${String(err)}`);
      process.exit(1);
    },
  );
}

async function serve(start: ChildStart): Promise<void> {
  socketDir = start.peers?.dir ?? '';
  const base = loadConfig(start.argv, process.env);
  // A node of its own: its id, the gateway role, any free gRPC port (a cluster node advertises it);
  // it keeps the machine's process count, so it listens on the shared port.
  const config: ChorusConfig = {
    ...base,
    port: start.port,
    adminPort: start.adminPort,
    cluster: { ...base.cluster, nodeId: start.nodeId, roles: ['gateway'], grpcPort: 0 },
  };
  if (start.peers !== null) config.localPeers = start.peers;
  const log = pino({ level: config.logLevel, base: { pid: process.pid, node: start.nodeId } });
  node = await startNode(config, log);
  if (stopping) return stop('stopped while starting');
  const ready: ChildReady = { type: 'ready', port: node.port, adminPort: node.adminPort };
  process.send?.(ready);
}

if (process.send === undefined) {
  console.error('chorus gateway process: start me through `chorus --gateway-processes=N`, not directly');
  process.exit(2);
}
process.on('disconnect', () => stop('the primary is gone', true));
process.on('SIGTERM', () => stop('SIGTERM'));
// Ctrl-C reaches the whole process group: the primary stops us (SIGTERM), in its order.
process.on('SIGINT', () => {});
process.once('message', (m: ChildStart) => {
  serve(m).catch((err: unknown) => {
    console.error(`chorus gateway process ${m.nodeId}: cannot start: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  });
});
// Listening now: the primary sends the start message only after this (none is lost while loading).
const hello: ChildHello = { type: 'hello' };
process.send(hello);
