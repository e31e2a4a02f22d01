import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { ConfigError } from './types.js';

/**
 * --gateway-processes: 0 means one per core of this machine. A cluster node is one process (its
 * mTLS certificate names one node; Kubernetes scales by pods), so there only 0 and 1 are taken.
 */
export function gatewayProcesses(given: number, cluster: boolean): number {
  if (cluster) {
    if (given > 1) throw new ConfigError('--gateway-processes above 1 needs the embedded mode: a cluster node is one process (run more gateway pods; docs/operations.md, "Gateway processes")');
    return 1;
  }
  return given === 0 ? usableCores() : given;
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
