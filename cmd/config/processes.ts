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
  return given === 0 ? availableParallelism() : given;
}
