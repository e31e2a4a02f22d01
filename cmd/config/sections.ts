import { hostname } from 'node:os';
import type { KeySetSpec } from '../../lib/auth/keys.js';
import type { ScyllaConnectionOptions, ScyllaConsistency } from '../../lib/storage/scylla_session.js';
import { devJwtSecret, readJwksFile, readSecretFile } from './files.js';
import type { Flag } from './options.js';
import type { Reader } from './reader.js';
import { type ChorusConfig, type ClusterConfig, type ClusterTlsConfig, ConfigError, type JwtConfig, type PushConfig, type StoreConfig } from './types.js';
import {
  checkEtcdPrefix,
  checkGrpcAdvertise,
  checkHttpUrl,
  checkJwksUrl,
  checkJwtSecret,
  checkLocalDc,
  checkNodeId,
  checkScyllaKeyspace,
  parseContactPoints,
  parseEtcdEndpoints,
  parseJwtAlgorithms,
  parseRoles,
} from './validate.js';

export function storeConfig(r: Reader): StoreConfig {
  const kind = r.oneOf<'sqlite' | 'scylla'>('store');
  // Checked whichever store runs: a bad value is a mistake even where it is not used yet.
  const connection = scyllaConnection(r);
  const keyspace = checkScyllaKeyspace(r.get('scylla-keyspace'));
  if (kind === 'sqlite') return { kind };
  requireScylla(r, '--store scylla');
  return {
    kind,
    scylla: {
      ...connection,
      keyspace,
      maxConcurrentRequests: r.int('scylla-max-concurrent'),
      maxQueuedRequests: r.int('scylla-max-queued'),
    },
  };
}

export function requireScylla(r: Reader, what: string): void {
  if (r.get('scylla-contact-points') === '') {
    throw new ConfigError(`${what} needs --scylla-contact-points (CHORUS_SCYLLA_CONTACT_POINTS), e.g. 10.0.0.1:9042,10.0.0.2:9042`);
  }
  if (r.get('scylla-local-dc') === '') throw new ConfigError(`${what} needs --scylla-local-dc (CHORUS_SCYLLA_LOCAL_DC), e.g. dc1`);
}

export function scyllaConnection(r: Reader): ScyllaConnectionOptions {
  const user = r.get('scylla-username');
  const password = r.get('scylla-password');
  if ((user === '') !== (password === '')) {
    throw new ConfigError('--scylla-username (CHORUS_SCYLLA_USERNAME) and --scylla-password (CHORUS_SCYLLA_PASSWORD) go together');
  }
  const dc = checkLocalDc(r.get('scylla-local-dc'));
  return {
    contactPoints: parseContactPoints(r.get('scylla-contact-points')),
    localDataCenter: dc,
    consistency: r.oneOf<ScyllaConsistency>('scylla-consistency'),
    serialConsistency: r.oneOf<'SERIAL' | 'LOCAL_SERIAL'>('scylla-serial-consistency'),
    requestTimeoutMs: r.int('scylla-request-timeout-ms'),
    connectTimeoutMs: r.int('scylla-connect-timeout-ms'),
    reconnectMaxDelayMs: r.int('scylla-reconnect-max-ms'),
    ...(user === '' ? {} : { credentials: { username: user, password } }),
  };
}

export function jwtConfig(r: Reader, dev: boolean, dataDir: string): JwtConfig {
  const jwks = jwksSpec(r);
  const secret = jwtSecret(r.get('jwt-secret'), dev, dataDir, jwks !== null);
  return {
    secret,
    issuer: r.get('jwt-issuer'),
    audience: r.get('jwt-audience'),
    clockToleranceSec: r.int('jwt-clock-tolerance-sec'),
    devTokenTtlSec: r.int('dev-token-ttl-sec'),
    algorithms: parseJwtAlgorithms(r.get('jwt-algorithms'), secret !== null, jwks !== null),
    jwks,
    refreshNoticeSec: r.int('jwt-refresh-notice-sec'),
    expiryGraceSec: r.int('jwt-expiry-grace-sec'),
  };
}

function jwksSpec(r: Reader): KeySetSpec | null {
  const url = r.get('jwt-jwks-url');
  const file = r.get('jwt-jwks-file');
  const timing = { cooldownMs: r.int('jwt-jwks-cooldown-sec') * 1000, maxAgeMs: r.int('jwt-jwks-max-age-sec') * 1000 };
  const insecure = r.bool('jwt-jwks-allow-insecure');
  if (url !== '' && file !== '') throw new ConfigError('give --jwt-jwks-url (CHORUS_JWT_JWKS_URL) or --jwt-jwks-file (CHORUS_JWT_JWKS_FILE), not both');
  if (url !== '') {
    checkJwksUrl(url, insecure);
    return { kind: 'url', url, allowInsecure: insecure, ...timing };
  }
  if (file !== '') return { kind: 'file', path: file, initial: readJwksFile(file), ...timing };
  return null;
}

function jwtSecret(given: string, dev: boolean, dataDir: string, hasKeys: boolean): Uint8Array | null {
  if (given !== '') return checkJwtSecret(given);
  if (!dev && hasKeys) return null;
  if (!dev) throw new ConfigError('--jwt-secret (CHORUS_JWT_SECRET) is required unless --dev is set or --jwt-jwks-url / --jwt-jwks-file give public keys');
  return devJwtSecret(dataDir);
}

export function limitsConfig(r: Reader): ChorusConfig['limits'] {
  const { int } = r;
  const limits = {
    maxFrameBytes: int('max-frame-bytes'),
    maxTextBytes: int('max-text-bytes'),
    maxPendingRequests: int('max-pending'),
    maxPage: int('max-page'),
    maxGroupMembers: int('max-group-members'),
    maxConversationsPerUser: int('max-conversations-per-user'),
    maxSessionsPerUser: int('max-sessions-per-user'),
    maxBadFrames: int('max-bad-frames'),
    maxSyncCursors: int('max-sync-cursors'),
    dedupWindow: int('dedup-window'),
    requestTimeoutMs: int('request-timeout-ms'),
    maxPresenceUsers: int('max-presence-users'),
    frameRate: int('frame-rate'),
    frameBurst: int('frame-burst'),
    userFrameRate: int('user-frame-rate') || 4 * int('frame-rate'),
    userFrameBurst: int('user-frame-burst') || 4 * int('frame-burst'),
    editWindowMs: int('edit-window-ms'),
    deleteWindowMs: int('delete-window-ms'),
    typingIntervalMs: int('typing-interval-ms'),
    typingTtlMs: int('typing-ttl-ms'),
  };
  if (limits.maxTextBytes + 1024 > limits.maxFrameBytes) {
    throw new ConfigError('--max-frame-bytes must exceed --max-text-bytes by at least 1024 bytes');
  }
  return limits;
}

export function gatewayConfig(r: Reader): ChorusConfig['gateway'] {
  return { idleTimeoutSec: r.int('idle-timeout-sec'), ...backpressure(r), presenceGraceMs: r.int('presence-grace-ms'), connectRate: r.int('connect-rate') };
}

export function actorsConfig(r: Reader): ChorusConfig['actors'] {
  return { passivateAfterMs: r.int('passivate-after-ms'), mailboxCapacity: r.int('mailbox-capacity') };
}

function backpressure(r: Reader): { maxBackpressureBytes: number; softBackpressureBytes: number } {
  const hard = r.int('max-backpressure-bytes');
  const soft = r.int('soft-backpressure-bytes') || Math.floor(hard / 4);
  if (soft >= hard) {
    throw new ConfigError(`--soft-backpressure-bytes (CHORUS_SOFT_BACKPRESSURE_BYTES) must be below --max-backpressure-bytes (${hard}), got ${soft}`);
  }
  return { maxBackpressureBytes: hard, softBackpressureBytes: soft };
}

/** Push providers are enabled by their settings; secrets come from files, read at start-up. */
export function pushConfig(r: Reader): PushConfig {
  const need = (flag: Flag, what: string): string => {
    const v = r.get(flag);
    if (v === '') throw new ConfigError(`--${flag} is required for ${what}`);
    return v;
  };
  const file = (flag: Flag, what: string): string => readSecretFile(flag, need(flag, what));
  const url = (flag: Flag): string => checkHttpUrl(flag, r.get(flag));
  const out: PushConfig = {
    payload: r.oneOf('push-payload'),
    collapseWindowMs: r.int('push-collapse-window-ms'),
    ttlSec: r.int('push-ttl-sec'),
    allowInsecure: r.bool('push-allow-insecure'),
  };
  if (r.get('push-webhook-url') !== '') out.webhook = { url: url('push-webhook-url'), secret: file('push-webhook-secret-file', 'the webhook') };
  if (r.get('push-fcm-service-account-file') !== '') {
    out.fcm = { serviceAccount: file('push-fcm-service-account-file', 'FCM'), ...(r.get('push-fcm-endpoint') !== '' ? { endpoint: url('push-fcm-endpoint') } : {}) };
  }
  if (r.get('push-apns-key-file') !== '') {
    out.apns = {
      signingKey: file('push-apns-key-file', 'APNs'),
      keyId: need('push-apns-key-id', 'APNs'),
      teamId: need('push-apns-team-id', 'APNs'),
      topic: need('push-apns-topic', 'APNs'),
      ...(r.get('push-apns-endpoint') !== '' ? { endpoint: url('push-apns-endpoint') } : {}),
    };
  }
  if (r.get('push-webpush-public-key') !== '') {
    out.webpush = {
      publicKey: r.get('push-webpush-public-key'),
      privateKey: file('push-webpush-private-key-file', 'Web Push'),
      subject: need('push-webpush-subject', 'Web Push'),
      hosts: webPushHosts(r.get('push-webpush-hosts')),
    };
  }
  return out;
}

/** Host names only: they are matched against subscription endpoints (the SSRF guard in lib/push/validate.ts). */
function webPushHosts(value: string): string[] {
  const hosts = value.split(',').map((h) => h.trim().toLowerCase()).filter((h) => h !== '');
  for (const h of hosts) {
    if (!/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/.test(h)) throw new ConfigError(`--push-webpush-hosts: ${JSON.stringify(h)} is not a host name`);
  }
  return hosts;
}

/** Roles, identity and membership of this node; a cluster needs a store every node shares. */
export function clusterConfig(r: Reader): ClusterConfig {
  const roles = parseRoles(r.get('roles'));
  const endpoints = parseEtcdEndpoints(r.get('etcd-endpoints'));
  const cluster = endpoints.length > 0;
  if (!cluster && roles.length < 2) {
    throw new ConfigError('--roles other than "gateway,conversation" need a cluster: set --etcd-endpoints (CHORUS_ETCD_ENDPOINTS)');
  }
  if (cluster && r.get('store') !== 'scylla') {
    throw new ConfigError('a cluster (--etcd-endpoints) needs a store every node shares: set --store scylla');
  }
  const nodeId = checkNodeId(r.get('node-id') || hostname());
  const prefix = checkEtcdPrefix(r.get('etcd-prefix'));
  const advertise = checkGrpcAdvertise(r.get('grpc-advertise'));
  return {
    roles,
    nodeId,
    zone: r.get('zone'),
    etcd: cluster ? { endpoints, prefix, ttlSec: r.int('membership-ttl-sec') } : null,
    grpcPort: r.int('grpc-port'),
    tls: clusterTls(r, cluster),
    grpcAdvertise: advertise,
    drainGraceMs: r.int('drain-grace-ms'),
    settleMs: r.int('ring-settle-ms'),
    tellsBack: r.bool('cluster-tells-back'),
  };
}

/** A cluster's transport is mTLS unless plaintext is asked for by name; the files are checked by the node. */
function clusterTls(r: Reader, cluster: boolean): ClusterTlsConfig | null {
  const files = { caFile: r.get('cluster-ca-file'), certFile: r.get('cluster-cert-file'), keyFile: r.get('cluster-key-file') };
  const given = Object.values(files).filter((f) => f !== '').length;
  const insecure = r.bool('cluster-insecure');
  if (given > 0 && given < 3) throw new ConfigError('--cluster-ca-file, --cluster-cert-file and --cluster-key-file (CHORUS_CLUSTER_*_FILE) go together');
  if (given === 3 && insecure) throw new ConfigError('--cluster-insecure and the --cluster-*-file options exclude each other');
  if (given === 0) {
    if (cluster && !insecure) {
      throw new ConfigError(
        'a cluster (--etcd-endpoints) needs mTLS between its nodes: set --cluster-ca-file, --cluster-cert-file and --cluster-key-file ' +
          '(docs/security.md), or --cluster-insecure for local development',
      );
    }
    return null;
  }
  return { ...files, checkEveryMs: r.int('cluster-tls-check-sec') * 1000 };
}
