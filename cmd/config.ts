import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type JwtAlgorithm, type KeySetSpec, KeySetError, isJwtAlgorithm, isSymmetric, parseKeyFile } from '../lib/auth/keys.js';
import { defaultAlgorithms } from '../lib/auth/tokens.js';
import type { Replication } from '../lib/storage/scylla_migrate.js';
import { ScyllaConnectionDefaults, type ScyllaConnectionOptions, type ScyllaConsistency } from '../lib/storage/scylla_session.js';
import type { ScyllaStoreOptions } from '../lib/storage/scylla_store.js';

/** Everything a Chorus process needs to know, validated, with named defaults. */
export interface ChorusConfig {
  dev: boolean;
  host: string;
  port: number;
  adminPort: number;
  dataDir: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  sqlite: { synchronous: 'FULL' | 'NORMAL' };
  /** Which MessageStore the node runs on; docs/storage.md. */
  store: StoreConfig;
  jwt: JwtConfig;
  limits: {
    maxFrameBytes: number;
    maxTextBytes: number;
    maxPendingRequests: number;
    maxPage: number;
    maxGroupMembers: number;
    maxConversationsPerUser: number;
    maxBadFrames: number;
    maxSyncCursors: number;
    dedupWindow: number;
    requestTimeoutMs: number;
    maxPresenceUsers: number;
    frameRate: number;
    frameBurst: number;
    userFrameRate: number;
    userFrameBurst: number;
    editWindowMs: number;
    deleteWindowMs: number;
    typingIntervalMs: number;
    typingTtlMs: number;
  };
  gateway: { idleTimeoutSec: number; maxBackpressureBytes: number; softBackpressureBytes: number; presenceGraceMs: number; connectRate: number };
  actors: { passivateAfterMs: number; mailboxCapacity: number };
  push: PushConfig;
  /** Cluster settings; `etcd` null means the embedded single-process default. */
  cluster: ClusterConfig;
  webDir: string;
}

export type NodeRole = 'gateway' | 'conversation';

export interface ClusterConfig {
  roles: NodeRole[];
  nodeId: string;
  zone: string;
  etcd: { endpoints: string[]; prefix: string; ttlSec: number } | null;
  grpcPort: number;
  /** host:port other nodes dial; '' = derived from --host (or the hostname) and the bound port. */
  grpcAdvertise: string;
  drainGraceMs: number;
  settleMs: number;
}

/** Token verification: the shared secret and/or public keys, and how sessions follow token expiry. */
export interface JwtConfig {
  /** HS* secret; null when only public keys (a JWKS) are trusted. */
  secret: Uint8Array | null;
  issuer: string;
  audience: string;
  clockToleranceSec: number;
  devTokenTtlSec: number;
  algorithms: JwtAlgorithm[];
  /** Where the public keys for RS/PS/ES/EdDSA tokens come from; null: none. */
  jwks: KeySetSpec | null;
  /** Sessions are sent token_expiring this long before their token expires. */
  refreshNoticeSec: number;
  /** Sessions whose token expired are closed (4004) this long after it unless refreshed. */
  expiryGraceSec: number;
}

export type StoreConfig = { kind: 'sqlite' } | { kind: 'scylla'; scylla: ScyllaStoreOptions };

/** What `chorus migrate` needs: where the cluster is, which keyspace, and its replication. */
export interface MigrateConfig {
  connection: ScyllaConnectionOptions;
  keyspace: string;
  replication: Replication;
}

export interface PushConfig {
  payload: 'full' | 'minimal';
  collapseWindowMs: number;
  ttlSec: number;
  allowInsecure: boolean;
  webhook?: { url: string; secret: string };
  fcm?: { serviceAccount: string; endpoint?: string };
  apns?: { signingKey: string; keyId: string; teamId: string; topic: string; endpoint?: string };
  webpush?: { publicKey: string; privateKey: string; subject: string };
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  readonly code = 'BAD_CONFIG';
}

type Kind = 'int' | 'string' | 'bool' | 'enum';
/** `serve` runs the server (the default command); `migrate` prepares the ScyllaDB keyspace. */
export type Command = 'serve' | 'migrate';
interface Option {
  flag: string;
  env: string;
  kind: Kind;
  def: string;
  min?: number;
  max?: number;
  values?: readonly string[];
  /** Commands that take the option; serve only when absent. */
  commands?: readonly Command[];
  help: string;
}

const BOTH = ['serve', 'migrate'] as const;
const MIGRATE = ['migrate'] as const;
const CONSISTENCIES = ['LOCAL_QUORUM', 'LOCAL_ONE', 'QUORUM', 'EACH_QUORUM', 'ONE', 'TWO', 'THREE', 'ALL'] as const satisfies readonly ScyllaConsistency[];
const SD = ScyllaConnectionDefaults;

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The one table of settings: flag, environment variable, default and bounds. */
export const OPTIONS = [
  { flag: 'dev', env: 'CHORUS_DEV', kind: 'bool', def: 'false', help: 'dev mode: /dev/token hands out tokens, a JWT secret is generated' },
  { flag: 'host', env: 'CHORUS_HOST', kind: 'string', def: '127.0.0.1', help: 'address to listen on' },
  { flag: 'port', env: 'CHORUS_PORT', kind: 'int', def: '8080', min: 0, max: 65535, help: 'client port (WebSocket and web page); 0 picks one' },
  { flag: 'admin-port', env: 'CHORUS_ADMIN_PORT', kind: 'int', def: '9090', min: 0, max: 65535, help: 'admin HTTP port: /metrics, /healthz, /readyz (0 picks one)' },
  { flag: 'data-dir', env: 'CHORUS_DATA_DIR', kind: 'string', def: 'data', help: 'where the embedded store keeps its files' },
  { flag: 'log-level', env: 'CHORUS_LOG_LEVEL', kind: 'enum', def: 'info', values: ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], help: 'log level' },
  { flag: 'sqlite-sync', env: 'CHORUS_SQLITE_SYNC', kind: 'enum', def: 'FULL', values: ['FULL', 'NORMAL'], help: 'FULL survives power loss, NORMAL only a crash' },
  { flag: 'jwt-secret', env: 'CHORUS_JWT_SECRET', kind: 'string', def: '', help: 'HS256 secret (at least 32 bytes); required unless --dev or a JWKS (--jwt-jwks-url, --jwt-jwks-file) is given' },
  { flag: 'jwt-issuer', env: 'CHORUS_JWT_ISSUER', kind: 'string', def: 'chorus', help: 'expected iss claim' },
  { flag: 'jwt-audience', env: 'CHORUS_JWT_AUDIENCE', kind: 'string', def: 'chorus', help: 'expected aud claim' },
  { flag: 'jwt-clock-tolerance-sec', env: 'CHORUS_JWT_CLOCK_TOLERANCE_SEC', kind: 'int', def: '30', min: 0, max: 600, help: 'allowed clock skew' },
  { flag: 'jwt-algorithms', env: 'CHORUS_JWT_ALGORITHMS', kind: 'string', def: '', help: 'accepted JWT algorithms, comma-separated (HS256/384/512, RS*, PS*, ES256/384/512, EdDSA); none given: HS256 with a secret, plus RS256,ES256,EdDSA with a JWKS' },
  { flag: 'jwt-jwks-url', env: 'CHORUS_JWT_JWKS_URL', kind: 'string', def: '', help: 'https URL of a JWKS (an identity provider’s jwks_uri) for asymmetric tokens; fetched again when a token names an unknown kid' },
  { flag: 'jwt-jwks-file', env: 'CHORUS_JWT_JWKS_FILE', kind: 'string', def: '', help: 'file with a JWKS or PEM public keys for asymmetric tokens; read again when a token names an unknown kid (rotate by replacing it)' },
  { flag: 'jwt-jwks-allow-insecure', env: 'CHORUS_JWT_JWKS_ALLOW_INSECURE', kind: 'bool', def: 'false', help: 'accept an http:// --jwt-jwks-url (tests only)' },
  { flag: 'jwt-jwks-cooldown-sec', env: 'CHORUS_JWT_JWKS_COOLDOWN_SEC', kind: 'int', def: '30', min: 0, max: 3600, help: 'after a token with an unknown kid, fetch or read the keys again at most this often' },
  { flag: 'jwt-jwks-max-age-sec', env: 'CHORUS_JWT_JWKS_MAX_AGE_SEC', kind: 'int', def: '600', min: 1, max: 86400, help: 'fetch or read the keys again when the copy in memory is older than this (drops removed keys)' },
  { flag: 'jwt-refresh-notice-sec', env: 'CHORUS_JWT_REFRESH_NOTICE_SEC', kind: 'int', def: '60', min: 1, max: 86400, help: 'send a session token_expiring this long before its token expires' },
  { flag: 'jwt-expiry-grace-sec', env: 'CHORUS_JWT_EXPIRY_GRACE_SEC', kind: 'int', def: '30', min: 0, max: 3600, help: 'close a session (4004) this long after its token expired unless it sent refresh_token' },
  { flag: 'dev-token-ttl-sec', env: 'CHORUS_DEV_TOKEN_TTL_SEC', kind: 'int', def: '86400', min: 1, max: 30 * 86400, help: 'lifetime of dev tokens' },
  { flag: 'max-frame-bytes', env: 'CHORUS_MAX_FRAME_BYTES', kind: 'int', def: String(128 * 1024), min: 1024, max: 16 * 1024 * 1024, help: 'largest accepted WebSocket frame' },
  { flag: 'max-text-bytes', env: 'CHORUS_MAX_TEXT_BYTES', kind: 'int', def: String(16 * 1024), min: 1, max: 64 * 1024, help: 'largest message text (UTF-8 bytes)' },
  { flag: 'max-pending', env: 'CHORUS_MAX_PENDING', kind: 'int', def: '256', min: 1, max: 65536, help: 'requests in flight per connection' },
  { flag: 'max-page', env: 'CHORUS_MAX_PAGE', kind: 'int', def: '500', min: 1, max: 1000, help: 'largest history/sync page' },
  { flag: 'max-group-members', env: 'CHORUS_MAX_GROUP_MEMBERS', kind: 'int', def: '1000', min: 2, max: 100000, help: 'largest group' },
  { flag: 'max-conversations-per-user', env: 'CHORUS_MAX_CONVERSATIONS_PER_USER', kind: 'int', def: '10000', min: 1, max: 1000000, help: 'conversations a user may belong to; creating one beyond it is refused (TOO_LARGE)' },
  { flag: 'max-bad-frames', env: 'CHORUS_MAX_BAD_FRAMES', kind: 'int', def: '16', min: 0, max: 1000000, help: 'undecodable frames before a connection is closed' },
  { flag: 'max-sync-cursors', env: 'CHORUS_MAX_SYNC_CURSORS', kind: 'int', def: '10000', min: 1, max: 1000000, help: 'cursors in one SyncRequest' },
  { flag: 'dedup-window', env: 'CHORUS_DEDUP_WINDOW', kind: 'int', def: '1024', min: 16, max: 1000000, help: 'recent client ids each conversation remembers' },
  { flag: 'request-timeout-ms', env: 'CHORUS_REQUEST_TIMEOUT_MS', kind: 'int', def: '10000', min: 10, max: 600000, help: 'deadline of one request inside the server' },
  { flag: 'max-presence-users', env: 'CHORUS_MAX_PRESENCE_USERS', kind: 'int', def: '1000', min: 0, max: 100000, help: 'users one session may watch the presence of' },
  { flag: 'frame-rate', env: 'CHORUS_FRAME_RATE', kind: 'int', def: '100', min: 1, max: 1000000, help: 'sustained frames per second one connection may send (beyond: RATE_LIMITED)' },
  { flag: 'frame-burst', env: 'CHORUS_FRAME_BURST', kind: 'int', def: '200', min: 1, max: 1000000, help: 'frames one connection may send in a burst above the rate' },
  { flag: 'user-frame-rate', env: 'CHORUS_USER_FRAME_RATE', kind: 'int', def: '0', min: 0, max: 1000000, help: 'sustained frames per second of all of one user’s connections on this node together (0: 4 × --frame-rate)' },
  { flag: 'user-frame-burst', env: 'CHORUS_USER_FRAME_BURST', kind: 'int', def: '0', min: 0, max: 1000000, help: 'frames one user’s connections may send together in a burst above the rate (0: 4 × --frame-burst)' },
  { flag: 'connect-rate', env: 'CHORUS_CONNECT_RATE', kind: 'int', def: '50', min: 1, max: 1000000, help: 'new connections per second from one remote address (beyond: HTTP 429)' },
  { flag: 'edit-window-ms', env: 'CHORUS_EDIT_WINDOW_MS', kind: 'int', def: String(24 * 3600 * 1000), min: 0, max: 365 * 24 * 3600 * 1000, help: 'how long after sending the author may edit' },
  { flag: 'delete-window-ms', env: 'CHORUS_DELETE_WINDOW_MS', kind: 'int', def: String(48 * 3600 * 1000), min: 0, max: 365 * 24 * 3600 * 1000, help: 'how long after sending a message may be deleted for everyone' },
  { flag: 'typing-interval-ms', env: 'CHORUS_TYPING_INTERVAL_MS', kind: 'int', def: '1000', min: 0, max: 60000, help: 'a member’s typing events are forwarded at most once per this interval' },
  { flag: 'typing-ttl-ms', env: 'CHORUS_TYPING_TTL_MS', kind: 'int', def: '6000', min: 1000, max: 60000, help: 'how long a typing indicator shows without a new event' },
  { flag: 'presence-grace-ms', env: 'CHORUS_PRESENCE_GRACE_MS', kind: 'int', def: '3000', min: 0, max: 600000, help: 'a user is shown offline only after being gone this long (debounces flapping)' },
  { flag: 'idle-timeout-sec', env: 'CHORUS_IDLE_TIMEOUT_SEC', kind: 'int', def: '60', min: 2, max: 480, help: 'close silent sockets (4103) after this long; they are pinged at half of it, and pongs keep live ones open' },
  { flag: 'max-backpressure-bytes', env: 'CHORUS_MAX_BACKPRESSURE_BYTES', kind: 'int', def: String(1024 * 1024), min: 4096, max: 256 * 1024 * 1024, help: 'output buffered per socket before it is closed as a slow consumer' },
  { flag: 'soft-backpressure-bytes', env: 'CHORUS_SOFT_BACKPRESSURE_BYTES', kind: 'int', def: '0', min: 0, max: 256 * 1024 * 1024, help: 'output buffered per socket beyond which typing, presence and receipt updates to it are skipped (0: a quarter of --max-backpressure-bytes)' },
  { flag: 'passivate-after-ms', env: 'CHORUS_PASSIVATE_AFTER_MS', kind: 'int', def: '300000', min: 0, max: 86400000, help: 'stop idle conversation actors after this long (0 = never)' },
  { flag: 'mailbox-capacity', env: 'CHORUS_MAILBOX_CAPACITY', kind: 'int', def: '10000', min: 1, max: 10000000, help: 'messages queued per actor before senders get OVERLOADED' },
  { flag: 'roles', env: 'CHORUS_ROLES', kind: 'string', def: 'gateway,conversation', help: 'what this node runs: gateway (client sockets), conversation (conversation actors, session directory) or both' },
  { flag: 'node-id', env: 'CHORUS_NODE_ID', kind: 'string', def: '', help: 'this node’s id in the cluster, stable across restarts (the pod name); default: the hostname' },
  { flag: 'zone', env: 'CHORUS_ZONE', kind: 'string', def: '', help: 'failure domain (availability zone) published with the membership' },
  { flag: 'etcd-endpoints', env: 'CHORUS_ETCD_ENDPOINTS', kind: 'string', def: '', help: 'comma-separated etcd URLs: join a cluster (needs --store scylla); none = one process on its own' },
  { flag: 'etcd-prefix', env: 'CHORUS_ETCD_PREFIX', kind: 'string', def: '/chorus/members/', help: 'etcd key prefix of the member records (one cluster per prefix)' },
  { flag: 'membership-ttl-sec', env: 'CHORUS_MEMBERSHIP_TTL_SEC', kind: 'int', def: '5', min: 2, max: 300, help: 'lease TTL: a node that stops renewing is out of the cluster this long after its last renewal' },
  { flag: 'grpc-port', env: 'CHORUS_GRPC_PORT', kind: 'int', def: '7070', min: 0, max: 65535, help: 'node-to-node gRPC port (0 picks one)' },
  { flag: 'grpc-advertise', env: 'CHORUS_GRPC_ADVERTISE', kind: 'string', def: '', help: 'host:port other nodes dial; default: --host (the hostname when --host is a wildcard) and the gRPC port' },
  { flag: 'drain-grace-ms', env: 'CHORUS_DRAIN_GRACE_MS', kind: 'int', def: '20000', min: 0, max: 600000, help: 'on SIGTERM: how long hand-off may take before the node exits anyway' },
  { flag: 'ring-settle-ms', env: 'CHORUS_RING_SETTLE_MS', kind: 'int', def: '3000', min: 0, max: 600000, help: 'after a ring change, keys count as moving this long (deliveries to moving users are widened)' },
  { flag: 'store', env: 'CHORUS_STORE', kind: 'enum', def: 'sqlite', values: ['sqlite', 'scylla'], help: 'message store: embedded SQLite in --data-dir, or ScyllaDB (run `chorus migrate` first)' },
  { flag: 'scylla-contact-points', env: 'CHORUS_SCYLLA_CONTACT_POINTS', kind: 'string', def: '', commands: BOTH, help: 'comma-separated host or host:port (default port 9042) of a few local ScyllaDB nodes; required with --store scylla' },
  { flag: 'scylla-local-dc', env: 'CHORUS_SCYLLA_LOCAL_DC', kind: 'string', def: '', commands: BOTH, help: 'data centre this process talks to (LOCAL_* levels count there); required with --store scylla' },
  { flag: 'scylla-keyspace', env: 'CHORUS_SCYLLA_KEYSPACE', kind: 'string', def: 'chorus', commands: BOTH, help: 'keyspace holding the Chorus tables' },
  { flag: 'scylla-consistency', env: 'CHORUS_SCYLLA_CONSISTENCY', kind: 'enum', def: SD.consistency, values: CONSISTENCIES, commands: BOTH, help: 'consistency of reads and writes (LOCAL_ONE only for a single test node)' },
  { flag: 'scylla-serial-consistency', env: 'CHORUS_SCYLLA_SERIAL_CONSISTENCY', kind: 'enum', def: SD.serialConsistency, values: ['LOCAL_SERIAL', 'SERIAL'], commands: BOTH, help: 'Paxos level of the conditional write that creates a conversation' },
  { flag: 'scylla-request-timeout-ms', env: 'CHORUS_SCYLLA_REQUEST_TIMEOUT_MS', kind: 'int', def: String(SD.requestTimeoutMs), min: 100, max: 600000, commands: BOTH, help: 'client-side limit of one database request; after it the store answers "unavailable, retry"' },
  { flag: 'scylla-connect-timeout-ms', env: 'CHORUS_SCYLLA_CONNECT_TIMEOUT_MS', kind: 'int', def: String(SD.connectTimeoutMs), min: 100, max: 600000, commands: BOTH, help: 'limit of opening one connection to a node' },
  { flag: 'scylla-reconnect-max-ms', env: 'CHORUS_SCYLLA_RECONNECT_MAX_MS', kind: 'int', def: String(SD.reconnectMaxDelayMs), min: 100, max: 600000, commands: BOTH, help: 'longest wait between reconnection attempts to a node that is down (exponential from 500 ms)' },
  { flag: 'scylla-max-concurrent', env: 'CHORUS_SCYLLA_MAX_CONCURRENT', kind: 'int', def: String(SD.maxConcurrentRequests), min: 1, max: 1000000, help: 'database requests this process keeps in flight' },
  { flag: 'scylla-max-queued', env: 'CHORUS_SCYLLA_MAX_QUEUED', kind: 'int', def: String(SD.maxQueuedRequests), min: 0, max: 10000000, help: 'database requests allowed to wait for a slot; beyond that calls fail at once (retryable)' },
  { flag: 'scylla-username', env: 'CHORUS_SCYLLA_USERNAME', kind: 'string', def: '', commands: BOTH, help: 'user for password authentication (with --scylla-password)' },
  { flag: 'scylla-password', env: 'CHORUS_SCYLLA_PASSWORD', kind: 'string', def: '', commands: BOTH, help: 'password; prefer the environment variable over the flag' },
  { flag: 'scylla-replication', env: 'CHORUS_SCYLLA_REPLICATION', kind: 'string', def: '', commands: MIGRATE, help: 'keyspace replication: NetworkTopologyStrategy:dc1=3[,dc2=3] or SimpleStrategy:N (tests); required' },
  { flag: 'push-payload', env: 'CHORUS_PUSH_PAYLOAD', kind: 'enum', def: 'full', values: ['full', 'minimal'], help: 'full: sender and text in the push; minimal: only conversation and seq (E2E-ready)' },
  { flag: 'push-collapse-window-ms', env: 'CHORUS_PUSH_COLLAPSE_WINDOW_MS', kind: 'int', def: '1500', min: 0, max: 60000, help: 'a push waits this long so a burst in one conversation becomes one notification' },
  { flag: 'push-ttl-sec', env: 'CHORUS_PUSH_TTL_SEC', kind: 'int', def: '86400', min: 0, max: 2419200, help: 'pushes not delivered within this are dropped' },
  { flag: 'push-allow-insecure', env: 'CHORUS_PUSH_ALLOW_INSECURE', kind: 'bool', def: 'false', help: 'accept http:// push endpoints (tests and in-cluster gateways only)' },
  { flag: 'push-webhook-url', env: 'CHORUS_PUSH_WEBHOOK_URL', kind: 'string', def: '', help: 'enables the signed webhook provider' },
  { flag: 'push-webhook-secret-file', env: 'CHORUS_PUSH_WEBHOOK_SECRET_FILE', kind: 'string', def: '', help: 'file holding the webhook HMAC key (at least 32 bytes)' },
  { flag: 'push-fcm-service-account-file', env: 'CHORUS_PUSH_FCM_SERVICE_ACCOUNT_FILE', kind: 'string', def: '', help: 'enables FCM HTTP v1 with this service-account key (JSON)' },
  { flag: 'push-fcm-endpoint', env: 'CHORUS_PUSH_FCM_ENDPOINT', kind: 'string', def: '', help: 'FCM API base URL (default Google’s)' },
  { flag: 'push-apns-key-file', env: 'CHORUS_PUSH_APNS_KEY_FILE', kind: 'string', def: '', help: 'enables APNs with this .p8 signing key' },
  { flag: 'push-apns-key-id', env: 'CHORUS_PUSH_APNS_KEY_ID', kind: 'string', def: '', help: 'APNs key id' },
  { flag: 'push-apns-team-id', env: 'CHORUS_PUSH_APNS_TEAM_ID', kind: 'string', def: '', help: 'APNs team id' },
  { flag: 'push-apns-topic', env: 'CHORUS_PUSH_APNS_TOPIC', kind: 'string', def: '', help: 'the app’s bundle id' },
  { flag: 'push-apns-endpoint', env: 'CHORUS_PUSH_APNS_ENDPOINT', kind: 'string', def: '', help: 'APNs base URL (default production)' },
  { flag: 'push-webpush-public-key', env: 'CHORUS_PUSH_WEBPUSH_PUBLIC_KEY', kind: 'string', def: '', help: 'enables Web Push with this VAPID public key (base64url)' },
  { flag: 'push-webpush-private-key-file', env: 'CHORUS_PUSH_WEBPUSH_PRIVATE_KEY_FILE', kind: 'string', def: '', help: 'file holding the VAPID private key (base64url)' },
  { flag: 'push-webpush-subject', env: 'CHORUS_PUSH_WEBPUSH_SUBJECT', kind: 'string', def: '', help: 'VAPID contact (mailto: or https:)' },
] as const satisfies readonly Option[];

type Flag = (typeof OPTIONS)[number]['flag'];

function takes(o: Option, command: Command): boolean {
  return (o.commands ?? ['serve']).includes(command);
}

type Raw = Map<string, string>;

/** Typed, validated access to the raw settings of one command. */
interface Reader {
  get(flag: Flag): string;
  given(flag: Flag): boolean;
  int(flag: Flag): number;
  bool(flag: Flag): boolean;
  oneOf<T extends string>(flag: Flag): T;
}

/**
 * Reads --flag=value / --flag value / --flag (bool) from argv and CHORUS_* from env; flags win.
 * Environment variables of options the command does not take are ignored (one environment often
 * serves both commands); such a flag is an error.
 */
function read(argv: readonly string[], env: Readonly<Record<string, string | undefined>>, command: Command): Reader {
  const raw: Raw = new Map();
  for (const o of OPTIONS as readonly Option[]) {
    const v = env[o.env];
    if (v !== undefined && v !== '' && takes(o, command)) raw.set(o.flag, v);
  }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) throw new ConfigError(`unexpected argument "${arg}"`);
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq === -1 ? undefined : eq);
    const opt: Option | undefined = (OPTIONS as readonly Option[]).find((o) => o.flag === name);
    if (opt === undefined) throw new ConfigError(`unknown option --${name} (see --help)`);
    if (!takes(opt, command)) {
      throw new ConfigError(`--${name} is an option of \`chorus ${opt.commands?.[0] ?? 'serve'}\`, not of \`chorus ${command}\``);
    }
    if (eq !== -1) raw.set(name, arg.slice(eq + 1));
    else if (opt.kind === 'bool' && (argv[i + 1] === undefined || argv[i + 1]!.startsWith('--'))) raw.set(name, 'true');
    else if (argv[i + 1] === undefined) throw new ConfigError(`--${name} needs a value`);
    else raw.set(name, argv[++i]!);
  }
  const opt = (flag: Flag): Option => (OPTIONS as readonly Option[]).find((x) => x.flag === flag)!;
  const get = (flag: Flag): string => raw.get(flag) ?? opt(flag).def;
  return {
    get,
    given: (flag) => raw.has(flag),
    int(flag) {
      const o = opt(flag);
      const text = get(flag);
      const n = /^-?\d+$/.test(text.trim()) ? Number(text) : NaN;
      if (!Number.isSafeInteger(n)) throw new ConfigError(`--${flag} (${o.env}) must be an integer, got "${text}"`);
      if ((o.min !== undefined && n < o.min) || (o.max !== undefined && n > o.max)) {
        throw new ConfigError(`--${flag} (${o.env}) must be between ${o.min} and ${o.max}, got ${n}`);
      }
      return n;
    },
    bool(flag) {
      const v = get(flag).toLowerCase();
      if (['1', 'true', 'yes', 'on'].includes(v)) return true;
      if (['0', 'false', 'no', 'off'].includes(v)) return false;
      throw new ConfigError(`--${flag} must be true or false, got "${v}"`);
    },
    oneOf<T extends string>(flag: Flag): T {
      const o = opt(flag);
      const v = get(flag);
      if (!o.values!.includes(v)) throw new ConfigError(`--${flag} must be one of ${o.values!.join(', ')}, got "${v}"`);
      return v as T;
    },
  };
}

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

export function usage(command: Command = 'serve'): string {
  const lines = (OPTIONS as readonly Option[])
    .filter((o) => takes(o, command))
    .map((o) => `  --${o.flag.padEnd(26)} ${o.env.padEnd(34)} ${o.help} (default: ${o.def === '' ? 'none' : o.def})`);
  const head =
    command === 'serve'
      ? [
          'Usage: chorus [serve] [options]     runs the server',
          '       chorus migrate [options]     creates or upgrades the ScyllaDB keyspace (see chorus migrate --help)',
          '',
          'Every option can also be set by its environment variable; flags win.',
        ]
      : [
          'Usage: chorus migrate --scylla-contact-points HOST[:PORT],... --scylla-local-dc DC --scylla-replication REPLICATION [options]',
          '',
          'Creates the keyspace, or alters its replication to REPLICATION, and applies the schema migrations',
          'it lacks. Idempotent: run it once per rollout, before servers of a new version start. Prints what',
          'it did; exit 0 on success, 2 on bad options, 1 when the cluster refuses or cannot be reached.',
          'REPLICATION: NetworkTopologyStrategy:dc1=3[,dc2=3] (production) or SimpleStrategy:N (tests).',
          '',
          'Every option can also be set by its environment variable; flags win.',
        ];
  return [...head, ...lines].join('\n');
}
