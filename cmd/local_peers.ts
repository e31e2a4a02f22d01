import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from 'pino';
import { type Member, type Ownership, Remote, StaticMembership } from '../lib/cluster/mod.js';
import type { ChorusConfig, LocalPeers } from './config.js';

/**
 * The transport and membership of one process among the gateway processes of a machine
 * (cmd/gateway_processes.ts): gRPC on a Unix socket in a directory only this OS user may enter, so
 * no other user of the machine can reach it (a loopback TCP port would let any local process act as
 * any node), and a static member list of the machine's processes.
 */
export async function localPeers(config: ChorusConfig, peers: LocalPeers, ownership: Ownership, log: Logger): Promise<{ membership: StaticMembership; transport: Remote }> {
  const id = config.cluster.nodeId;
  // A process that died left its socket file behind; the directory is ours alone.
  rmSync(socketPath(peers, id), { force: true });
  const transport = new Remote({ nodeId: id, listen: `unix:${socketPath(peers, id)}`, ownership, log });
  await transport.start();
  const membership = new StaticMembership({ self: localMember(config, peers, id), members: peers.members.map((m) => localMember(config, peers, m.id)), log });
  return { membership, transport };
}

/** RunningNode.setLocalPeers: the member list is the processes that are up (this one always). */
export function localPeersUpdater(config: ChorusConfig, peers: LocalPeers, membership: StaticMembership): (up: ReadonlySet<string>) => void {
  return (up) => membership.update(peers.members.filter((m) => m.id === config.cluster.nodeId || up.has(m.id)).map((m) => localMember(config, peers, m.id)));
}

/** By position, not node id: a Unix socket path has to fit in 107 bytes. */
export function socketPath(peers: LocalPeers, id: string): string {
  const i = peers.members.findIndex((m) => m.id === id);
  if (i < 0) throw new Error(`${id} is not one of this machine's processes`);
  return join(peers.dir, `${i}.sock`);
}

function localMember(config: ChorusConfig, peers: LocalPeers, id: string): Member {
  const m = peers.members.find((p) => p.id === id);
  if (m === undefined) throw new Error(`${id} is not one of this machine's processes`);
  return { id, grpcAddress: `unix:${socketPath(peers, id)}`, roles: m.roles, zone: config.cluster.zone, weight: 1 };
}
