import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type JwtAlgorithm, type KeySetSpec, KeySetError, isJwtAlgorithm, isSymmetric, parseKeyFile } from '../lib/auth/keys.js';
import { defaultAlgorithms } from '../lib/auth/tokens.js';
import type { Replication } from '../lib/storage/scylla_migrate.js';
import type { ScyllaConnectionOptions, ScyllaConsistency } from '../lib/storage/scylla_session.js';
import type { Flag } from './config/options.js';
import { read, type Reader } from './config/reader.js';
import { type ChorusConfig, type ClusterConfig, ConfigError, type JwtConfig, type MigrateConfig, type NodeRole, type PushConfig, type StoreConfig } from './config/types.js';

export { type ChorusConfig, type ClusterConfig, ConfigError, type JwtConfig, type MigrateConfig, type NodeRole, type PushConfig, type StoreConfig } from './config/types.js';
export { type Command, OPTIONS } from './config/options.js';
export { usage } from './config/usage.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The server's configuration (`chorus` / `chorus serve`). */
export function loadConfig(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): ChorusConfig {
  const r = read(argv, env, 'serve');
  const { get, int, bool, oneOf } = r;
  const dev = bool('dev');
  const dataDir = resolve(get('data-dir'));
  const limits = {
    maxFrameBytes: int('max-frame-bytes'),
    maxTextBytes: int('max-text-bytes'),
    maxPendingRequests: int('max-pending'),
    maxPage: int('max-page'),
    maxGroupMembers: int('max-group-members'),
    maxConversationsPerUser: int('max-conversations-per-user'),
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
  return {
    dev,
    host: get('host'),
    port: int('port'),
    adminPort: int('admin-port'),
    dataDir,
    logLevel: oneOf('log-level'),
    sqlite: { synchronous: oneOf('sqlite-sync') },
    store: storeConfig(r),
    jwt: jwtConfig(r, dev, dataDir),
    limits,
    gateway: { idleTimeoutSec: int('idle-timeout-sec'), ...backpressure(r), presenceGraceMs: int('presence-grace-ms'), connectRate: int('connect-rate') },
    actors: { passivateAfterMs: int('passivate-after-ms'), mailboxCapacity: int('mailbox-capacity') },
    push: pushConfig(r),
    cluster: clusterConfig(r),
    webDir: join(ROOT, 'dist/web'),
  };
}

const NODE_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** Roles, identity and membership of this node; a cluster needs a store every node shares. */
function clusterConfig(r: Reader): ClusterConfig {
  const roles = [...new Set(r.get('roles').split(',').map((x) => x.trim()).filter((x) => x !== ''))];
  if (roles.length === 0 || roles.some((x) => x !== 'gateway' && x !== 'conversation')) {
    throw new ConfigError(`--roles (CHORUS_ROLES) must name gateway, conversation or both, got "${r.get('roles')}"`);
  }
  const endpoints = r.get('etcd-endpoints').split(',').map((x) => x.trim()).filter((x) => x !== '');
  for (const e of endpoints) {
    if (!/^https?:\/\/[^\s/]+$/.test(e)) throw new ConfigError(`--etcd-endpoints (CHORUS_ETCD_ENDPOINTS) must be http(s)://host:port URLs, got "${e}"`);
  }
  const cluster = endpoints.length > 0;
  if (!cluster && roles.length < 2) {
    throw new ConfigError('--roles other than "gateway,conversation" need a cluster: set --etcd-endpoints (CHORUS_ETCD_ENDPOINTS)');
  }
  if (cluster && r.get('store') !== 'scylla') {
    throw new ConfigError('a cluster (--etcd-endpoints) needs a store every node shares: set --store scylla');
  }
  const nodeId = r.get('node-id') || hostname();
  if (!NODE_ID.test(nodeId)) throw new ConfigError(`--node-id (CHORUS_NODE_ID) must match [A-Za-z0-9._-]{1,64}, got "${nodeId}"`);
  const prefix = r.get('etcd-prefix');
  if (!prefix.startsWith('/') || !prefix.endsWith('/')) throw new ConfigError(`--etcd-prefix must start and end with "/", got "${prefix}"`);
  const advertise = r.get('grpc-advertise');
  if (advertise !== '' && !/^[A-Za-z0-9.-]+:\d{1,5}$|^\[[0-9A-Fa-f:.]+\]:\d{1,5}$/.test(advertise)) {
    throw new ConfigError(`--grpc-advertise (CHORUS_GRPC_ADVERTISE) must be host:port, got "${advertise}"`);
  }
  return {
    roles: roles as NodeRole[],
    nodeId,
    zone: r.get('zone'),
    etcd: cluster ? { endpoints, prefix, ttlSec: r.int('membership-ttl-sec') } : null,
    grpcPort: r.int('grpc-port'),
    grpcAdvertise: advertise,
    drainGraceMs: r.int('drain-grace-ms'),
    settleMs: r.int('ring-settle-ms'),
  };
}

/** Push providers are enabled by their settings; secrets come from files, read here. */
function pushConfig(r: Reader): PushConfig {
  const file = (flag: Flag, what: string): string => {
    const path = r.get(flag);
    if (path === '') throw new ConfigError(`--${flag} is required for ${what}`);
    try {
      return readFileSync(path, 'utf8').trim();
    } catch {
      throw new ConfigError(`--${flag}: cannot read ${path}`);
    }
  };
  const need = (flag: Flag, what: string): string => {
    const v = r.get(flag);
    if (v === '') throw new ConfigError(`--${flag} is required for ${what}`);
    return v;
  };
  const url = (flag: Flag): string => {
    const v = r.get(flag);
    if (v !== '' && !/^https?:\/\/[^\s]+$/.test(v)) throw new ConfigError(`--${flag} must be an http(s) URL, got "${v}"`);
    return v;
  };
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
    };
  }
  return out;
}

function storeConfig(r: Reader): StoreConfig {
  const kind = r.oneOf<'sqlite' | 'scylla'>('store');
  // Checked whichever store runs: a bad value is a mistake even where it is not used yet.
  const connection = scyllaConnection(r);
  const keyspace = scyllaKeyspace(r);
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

/** `chorus migrate`'s configuration. */
export function loadMigrateConfig(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): MigrateConfig {
  const r = read(argv, env, 'migrate');
  const connection = scyllaConnection(r);
  const keyspace = scyllaKeyspace(r);
  requireScylla(r, 'migrate');
  if (r.get('scylla-replication') === '') {
    throw new ConfigError(
      'migrate needs --scylla-replication (CHORUS_SCYLLA_REPLICATION), e.g. NetworkTopologyStrategy:dc1=3 or SimpleStrategy:1',
    );
  }
  return { connection, keyspace, replication: parseReplication(r.get('scylla-replication')) };
}

function requireScylla(r: Reader, what: string): void {
  if (r.get('scylla-contact-points') === '') {
    throw new ConfigError(`${what} needs --scylla-contact-points (CHORUS_SCYLLA_CONTACT_POINTS), e.g. 10.0.0.1:9042,10.0.0.2:9042`);
  }
  if (r.get('scylla-local-dc') === '') throw new ConfigError(`${what} needs --scylla-local-dc (CHORUS_SCYLLA_LOCAL_DC), e.g. dc1`);
}

function scyllaConnection(r: Reader): ScyllaConnectionOptions {
  const user = r.get('scylla-username');
  const password = r.get('scylla-password');
  if ((user === '') !== (password === '')) {
    throw new ConfigError('--scylla-username (CHORUS_SCYLLA_USERNAME) and --scylla-password (CHORUS_SCYLLA_PASSWORD) go together');
  }
  const dc = r.get('scylla-local-dc');
  if (dc !== '' && !DC_NAME.test(dc)) throw new ConfigError(`--scylla-local-dc (CHORUS_SCYLLA_LOCAL_DC) is not a data centre name: "${dc}"`);
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

/** An unquoted CQL identifier, as scylla_schema.ts's checkKeyspace wants it. */
const KEYSPACE = /^[a-z][a-z0-9_]{0,47}$/;
const DC_NAME = /^[A-Za-z0-9_.-]+$/;

function scyllaKeyspace(r: Reader): string {
  const ks = r.get('scylla-keyspace');
  if (!KEYSPACE.test(ks)) {
    throw new ConfigError(`--scylla-keyspace (CHORUS_SCYLLA_KEYSPACE) must be lower-case letters, digits and _ (at most 48, starting with a letter), got "${ks}"`);
  }
  return ks;
}

/** "a:9042, b" -> ["a:9042", "b"]; hosts are names, IPv4 or [IPv6], ports 1-65535. */
export function parseContactPoints(text: string): string[] {
  if (text.trim() === '') return [];
  return text.split(',').map((part) => {
    const p = part.trim();
    const m = /^(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9][A-Za-z0-9.-]*)(?::(\d{1,5}))?$/.exec(p);
    const port = m?.[2] === undefined ? 9042 : Number(m[2]);
    if (m === null || port < 1 || port > 65535) {
      throw new ConfigError(`--scylla-contact-points (CHORUS_SCYLLA_CONTACT_POINTS) wants host or host:port entries separated by commas, got "${p}"`);
    }
    return p;
  });
}

/** "NetworkTopologyStrategy:dc1=3,dc2=3" or "SimpleStrategy:1". */
export function parseReplication(text: string): Replication {
  const bad = (why: string): ConfigError =>
    new ConfigError(`--scylla-replication (CHORUS_SCYLLA_REPLICATION) ${why}, e.g. NetworkTopologyStrategy:dc1=3,dc2=3 or SimpleStrategy:1; got "${text}"`);
  const colon = text.indexOf(':');
  const cls = (colon === -1 ? text : text.slice(0, colon)).trim();
  const rest = colon === -1 ? '' : text.slice(colon + 1).trim();
  const factor = (v: string): number => {
    if (!/^\d{1,3}$/.test(v.trim()) || Number(v) < 1) throw bad('needs replication factors that are positive integers');
    return Number(v);
  };
  if (cls === 'SimpleStrategy') return { class: 'SimpleStrategy', replicationFactor: factor(rest) };
  if (cls !== 'NetworkTopologyStrategy') throw bad('must start with NetworkTopologyStrategy: or SimpleStrategy:');
  if (rest === '') throw bad('needs at least one data centre');
  const dcs: Record<string, number> = {};
  for (const entry of rest.split(',')) {
    const [dc = '', rf = '', ...extra] = entry.split('=').map((x) => x.trim());
    if (!DC_NAME.test(dc) || extra.length > 0) throw bad(`has a bad data centre entry "${entry.trim()}"`);
    if (Object.hasOwn(dcs, dc)) throw bad(`names ${dc} twice`);
    dcs[dc] = factor(rf);
  }
  return { class: 'NetworkTopologyStrategy', dcs };
}

function backpressure(r: Reader): { maxBackpressureBytes: number; softBackpressureBytes: number } {
  const hard = r.int('max-backpressure-bytes');
  const soft = r.int('soft-backpressure-bytes') || Math.floor(hard / 4);
  if (soft >= hard) {
    throw new ConfigError(`--soft-backpressure-bytes (CHORUS_SOFT_BACKPRESSURE_BYTES) must be below --max-backpressure-bytes (${hard}), got ${soft}`);
  }
  return { maxBackpressureBytes: hard, softBackpressureBytes: soft };
}

function jwtConfig(r: Reader, dev: boolean, dataDir: string): JwtConfig {
  const jwks = jwksSpec(r);
  const secret = jwtSecret(r.get('jwt-secret'), dev, dataDir, jwks !== null);
  return {
    secret,
    issuer: r.get('jwt-issuer'),
    audience: r.get('jwt-audience'),
    clockToleranceSec: r.int('jwt-clock-tolerance-sec'),
    devTokenTtlSec: r.int('dev-token-ttl-sec'),
    algorithms: jwtAlgorithms(r.get('jwt-algorithms'), secret !== null, jwks !== null),
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
    let parsed: URL | null = null;
    try {
      parsed = new URL(url);
    } catch {
      parsed = null;
    }
    if (parsed === null || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')) {
      throw new ConfigError(`--jwt-jwks-url (CHORUS_JWT_JWKS_URL) must be an https:// URL, got "${url}"`);
    }
    if (parsed.protocol === 'http:' && !insecure) {
      throw new ConfigError(`--jwt-jwks-url (CHORUS_JWT_JWKS_URL) must be https:// (keys fetched over plain http can be swapped in transit); --jwt-jwks-allow-insecure is for tests, got "${url}"`);
    }
    return { kind: 'url', url, allowInsecure: insecure, ...timing };
  }
  if (file !== '') {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      throw new ConfigError(`--jwt-jwks-file (CHORUS_JWT_JWKS_FILE): cannot read ${file}`);
    }
    try {
      return { kind: 'file', path: file, initial: parseKeyFile(text), ...timing };
    } catch (err) {
      if (err instanceof KeySetError) throw new ConfigError(`--jwt-jwks-file (CHORUS_JWT_JWKS_FILE): ${file} ${err.message}`);
      throw err;
    }
  }
  return null;
}

function jwtAlgorithms(text: string, hasSecret: boolean, hasKeys: boolean): JwtAlgorithm[] {
  if (text.trim() === '') return defaultAlgorithms(hasSecret, hasKeys);
  const flag = '--jwt-algorithms (CHORUS_JWT_ALGORITHMS)';
  const out: JwtAlgorithm[] = [];
  for (const part of text.split(',')) {
    const alg = part.trim();
    if (alg.toLowerCase() === 'none') throw new ConfigError(`${flag}: "none" (unsigned tokens) is never accepted`);
    if (!isJwtAlgorithm(alg)) throw new ConfigError(`${flag}: unknown algorithm "${alg}" (HS256, HS384, HS512, RS256, RS384, RS512, PS256, PS384, PS512, ES256, ES384, ES512, EdDSA)`);
    if (isSymmetric(alg) && !hasSecret) throw new ConfigError(`${flag}: ${alg} needs --jwt-secret (CHORUS_JWT_SECRET)`);
    if (!isSymmetric(alg) && !hasKeys) throw new ConfigError(`${flag}: ${alg} needs --jwt-jwks-url or --jwt-jwks-file`);
    if (!out.includes(alg)) out.push(alg);
  }
  return out;
}

function jwtSecret(given: string, dev: boolean, dataDir: string, hasKeys: boolean): Uint8Array | null {
  if (given !== '') {
    const bytes = new TextEncoder().encode(given);
    if (bytes.length < 32) throw new ConfigError('--jwt-secret (CHORUS_JWT_SECRET) must be at least 32 bytes');
    return bytes;
  }
  if (!dev && hasKeys) return null;
  if (!dev) throw new ConfigError('--jwt-secret (CHORUS_JWT_SECRET) is required unless --dev is set or --jwt-jwks-url / --jwt-jwks-file give public keys');
  // Dev mode: one generated secret per data dir, so tokens survive restarts.
  const file = join(dataDir, 'dev-jwt-secret');
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600 });
  }
  return new TextEncoder().encode(readFileSync(file, 'utf8').trim());
}
