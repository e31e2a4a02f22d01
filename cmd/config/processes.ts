import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { type ChorusConfig, ConfigError } from './types.js';

/**
 * --gateway-processes: 0 means one per core of this machine on its own, and 1 on a cluster node
 * (Kubernetes scales by pods; more processes there are asked for by number).
 */
export function gatewayProcesses(given: number, cluster: boolean): number {
  if (given === 0) return cluster ? 1 : usableCores();
  return given;
}

/**
 * On a cluster node every gateway process is a node of its own (`<node>-g<k>`): it needs its own
 * certificate (the files named with `{node}`), its own gRPC port, and the gateway role.
 */
export function checkGatewayProcesses(config: ChorusConfig): void {
  const c = config.cluster;
  if (config.gatewayProcesses <= 1 || c.etcd === null) return;
  const why = '--gateway-processes above 1 on a cluster node makes every process a node of its own';
  if (!c.roles.includes('gateway')) throw new ConfigError(`${why}: it needs the gateway role (--roles)`);
  if (c.tls !== null && !(c.tls.certFile.includes(NODE_PLACEHOLDER) && c.tls.keyFile.includes(NODE_PLACEHOLDER))) {
    throw new ConfigError(`${why}, with its own certificate: put ${NODE_PLACEHOLDER} in --cluster-cert-file and --cluster-key-file (e.g. /certs/${NODE_PLACEHOLDER}.crt; docs/operations.md, "Gateway processes")`);
  }
  if (c.grpcAdvertise !== '') throw new ConfigError(`${why}, each on its own gRPC port: leave --grpc-advertise empty`);
}

/** In --cluster-cert-file and --cluster-key-file: replaced by the node id (each gateway process has its own). */
export const NODE_PLACEHOLDER = '{node}';

/** A node's own certificate files: {node} in their names replaced by its id. */
export function nodeTlsFiles<T extends { certFile: string; keyFile: string }>(tls: T, nodeId: string): T {
  return { ...tls, certFile: tls.certFile.replaceAll(NODE_PLACEHOLDER, nodeId), keyFile: tls.keyFile.replaceAll(NODE_PLACEHOLDER, nodeId) };
}

/**
 * The cores this process may use: the CPUs it may run on, capped by a cgroup v2 CPU quota (a
 * container's CPU limit, which the CPU count does not show: a pod limited to 2 cores on a 64-core
 * host would otherwise start 64 processes).
 */
export function usableCores(cpuMax = readCpuMax()): number {
  const cpus = availableParallelism();
  const [quota, period] = cpuMax.trim().split(/\s+/);
  const q = Number(quota);
  const p = Number(period);
  if (quota === 'max' || !Number.isFinite(q) || !Number.isFinite(p) || q <= 0 || p <= 0) return cpus;
  return Math.max(1, Math.min(cpus, Math.ceil(q / p)));
}

function readCpuMax(): string {
  try {
    return readFileSync('/sys/fs/cgroup/cpu.max', 'utf8');
  } catch {
    return 'max';
  }
}
