import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { read } from './config/reader.js';
import { actorsConfig, clusterConfig, gatewayConfig, jwtConfig, limitsConfig, pushConfig, requireScylla, scyllaConnection, storeConfig } from './config/sections.js';
import { mediaConfig } from './config/media.js';
import { checkGatewayProcesses, gatewayProcesses } from './config/processes.js';
import { searchConfig } from './config/search.js';
import { regionConfig, regionLeaseConfig, regionStore } from './config/regions.js';
import { type ChorusConfig, ConfigError, type MigrateConfig, type RegionCommandConfig } from './config/types.js';
import { checkScyllaKeyspace, parseEtcdEndpoints, parseReplication } from './config/validate.js';

export { type ChorusConfig, type RegionCommandConfig, type LocalPeers, type ClusterConfig, type ClusterTlsConfig, ConfigError, type JwtConfig, type MigrateConfig, type NodeRole, type PushConfig, type StoreConfig } from './config/types.js';
export { type Command, OPTIONS } from './config/options.js';
export { usage } from './config/usage.js';
export { parseContactPoints, parseReplication } from './config/validate.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** `chorus --version`: the version in package.json. */
export function version(): string {
  return (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
}

/** The server's configuration (`chorus` / `chorus serve`). */
export function loadConfig(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): ChorusConfig {
  const r = read(argv, env, 'serve');
  const dev = r.bool('dev');
  const dataDir = resolve(r.get('data-dir'));
  // Sections are built in this order so that, of several bad settings, the same one is reported first.
  const limits = limitsConfig(r);
  const config: ChorusConfig = {
    dev,
    host: r.get('host'),
    port: r.int('port'),
    adminPort: r.int('admin-port'),
    dataDir,
    logLevel: r.oneOf('log-level'),
    sqlite: { synchronous: r.oneOf('sqlite-sync') },
    store: storeConfig(r),
    search: searchConfig(r),
    jwt: jwtConfig(r, dev, dataDir),
    limits,
    gateway: gatewayConfig(r),
    actors: actorsConfig(r),
    push: pushConfig(r),
    media: mediaConfig(r),
    cluster: clusterConfig(r),
    region: regionConfig(r),
    webDir: join(ROOT, 'dist/web'),
    gatewayProcesses: gatewayProcesses(r.int('gateway-processes'), parseEtcdEndpoints(r.get('etcd-endpoints')).length > 0),
  };
  checkGatewayProcesses(config);
  const lease = regionLeaseConfig(r, config.region);
  return { ...config, store: regionStore(config.store, config.region), ...(lease ? { regionLease: lease } : {}) };
}

/** `chorus migrate`'s configuration. */
export function loadMigrateConfig(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): MigrateConfig {
  const r = read(argv, env, 'migrate');
  const connection = scyllaConnection(r);
  const keyspace = checkScyllaKeyspace(r.get('scylla-keyspace'));
  requireScylla(r, 'migrate');
  if (r.get('scylla-replication') === '') {
    throw new ConfigError(
      'migrate needs --scylla-replication (CHORUS_SCYLLA_REPLICATION), e.g. NetworkTopologyStrategy:dc1=3 or SimpleStrategy:1',
    );
  }
  return { connection, keyspace, replication: parseReplication(r.get('scylla-replication')) };
}

/** `chorus region ACTION`'s configuration (the action is the first argument). */
export function loadRegionCommandConfig(action: string, argv: readonly string[], env: Readonly<Record<string, string | undefined>>): RegionCommandConfig {
  if (action !== 'status' && action !== 'failover' && action !== 'unfence') throw new ConfigError(`expected status, failover or unfence after \`chorus region\`, got "${action}"`);
  const r = read(argv, env, 'region');
  requireScylla(r, `region ${action}`);
  const from = r.get('from');
  const to = r.get('to');
  if (action !== 'status' && from === '') throw new ConfigError(`region ${action} needs --from REGION`);
  if (action === 'failover' && to === '') throw new ConfigError('region failover needs --to REGION (the region whose data centre --scylla-local-dc names)');
  return {
    action,
    connection: scyllaConnection(r),
    keyspace: checkScyllaKeyspace(r.get('scylla-keyspace')),
    from,
    to,
    force: r.bool('force'),
    periodMs: r.int('region-lease-ms'),
    marginMs: r.int('region-lease-margin-ms'),
  };
}
