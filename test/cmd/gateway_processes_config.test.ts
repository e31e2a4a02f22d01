import assert from 'node:assert/strict';
import { availableParallelism } from 'node:os';
import { describe, it } from 'node:test';
import { ConfigError, loadConfig } from '../../cmd/config.js';
import { nodeTlsFiles, usableCores } from '../../cmd/config/processes.js';

describe('--gateway-processes', () => {
  const base = ['--jwt-secret', 'k'.repeat(32)];
  const cluster = ['--etcd-endpoints', 'http://127.0.0.1:2379', '--store', 'scylla', '--scylla-contact-points', '127.0.0.1', '--scylla-local-dc', 'dc1', '--cluster-insecure'];

  it('defaults to one per usable core on its own, and is taken as given', () => {
    assert.equal(loadConfig(base, {}).gatewayProcesses, usableCores());
    assert.equal(loadConfig([...base, '--gateway-processes', '3'], {}).gatewayProcesses, 3);
    assert.equal(loadConfig(base, { CHORUS_GATEWAY_PROCESSES: '1' }).gatewayProcesses, 1);
  });

  it('is 1 on a cluster node unless asked; more make every process a node with its own certificate and gRPC port', () => {
    assert.equal(loadConfig([...base, ...cluster], {}).gatewayProcesses, 1);
    assert.equal(loadConfig([...base, ...cluster, '--gateway-processes', '2'], {}).gatewayProcesses, 2);
    const tls = ['--cluster-ca-file', '/certs/ca.crt', '--cluster-cert-file', '/certs/n1.crt', '--cluster-key-file', '/certs/n1.key'];
    const secure = [...base, ...cluster.filter((a) => a !== '--cluster-insecure'), '--gateway-processes', '2'];
    assert.throws(() => loadConfig([...secure, ...tls], {}), (e: unknown) => e instanceof ConfigError && /put \{node\} in --cluster-cert-file and --cluster-key-file/.test(e.message));
    const perNode = ['--cluster-ca-file', '/certs/ca.crt', '--cluster-cert-file', '/certs/{node}.crt', '--cluster-key-file', '/certs/{node}.key'];
    assert.equal(loadConfig([...secure, ...perNode], {}).cluster.tls?.certFile, '/certs/{node}.crt');
    assert.equal(nodeTlsFiles(loadConfig([...secure, ...perNode], {}).cluster.tls!, 'n1-g1').keyFile, '/certs/n1-g1.key');
    assert.throws(() => loadConfig([...base, ...cluster, '--gateway-processes', '2', '--grpc-advertise', 'n1:7070'], {}), /leave --grpc-advertise empty/);
    assert.throws(() => loadConfig([...base, ...cluster, '--gateway-processes', '2', '--roles', 'conversation'], {}), /needs the gateway role/);
  });

  it('counts a cgroup CPU quota (a container limit) as the cores, rounded up', () => {
    const cpus = availableParallelism();
    assert.equal(usableCores('max 100000'), cpus);
    assert.equal(usableCores('100000 100000'), 1);
    assert.equal(usableCores('150000 100000'), Math.min(cpus, 2));
    assert.equal(usableCores('50000 100000'), 1);
    assert.equal(usableCores(`${(cpus + 8) * 100000} 100000`), cpus);
    assert.equal(usableCores('garbage'), cpus);
  });
});
