import { MEDIA_OPTIONS } from './media_options.js';
import { ScyllaConnectionDefaults, type ScyllaConsistency } from '../../lib/storage/scylla_session.js';

type Kind = 'int' | 'string' | 'bool' | 'enum';
/** `serve` runs the server (the default command); `migrate` prepares the ScyllaDB keyspace; `region` fails over. */
export type Command = 'serve' | 'migrate' | 'region';
export interface Option {
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

const BOTH = ['serve', 'migrate', 'region'] as const;
const MIGRATE = ['migrate'] as const;
const REGION = ['region'] as const;
const CONSISTENCIES = ['LOCAL_QUORUM', 'LOCAL_ONE', 'QUORUM', 'EACH_QUORUM', 'ONE', 'TWO', 'THREE', 'ALL'] as const satisfies readonly ScyllaConsistency[];
const SD = ScyllaConnectionDefaults;

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
  { flag: 'max-sessions-per-user', env: 'CHORUS_MAX_SESSIONS_PER_USER', kind: 'int', def: '32', min: 0, max: 1000000, help: 'sessions one user may hold open over all gateways together; a Hello beyond it is refused (RATE_LIMITED, close 4102; 0: no cap)' },
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
  { flag: 'gateway-processes', env: 'CHORUS_GATEWAY_PROCESSES', kind: 'int', def: '0', min: 0, max: 256, help: 'gateway processes sharing --port on this machine (0: one per core on its own, 1 on a cluster node, where each is a node of its own: docs/operations.md)' },
  { flag: 'node-id', env: 'CHORUS_NODE_ID', kind: 'string', def: '', help: 'this node’s id in the cluster, stable across restarts (the pod name); default: the hostname' },
  { flag: 'region', env: 'CHORUS_REGION', kind: 'string', def: '', help: 'this node’s region (docs/regions.md): lower-case name, e.g. eu-west; none: a single-region deployment' },
  { flag: 'durability', env: 'CHORUS_DURABILITY', kind: 'enum', def: 'default', values: ['default', 'zero-loss'], help: 'several regions: default (appends at LOCAL_QUORUM; a lost region loses what it had not replicated) or zero-loss (appends at EACH_QUORUM; one cross-region round trip each)' },
  { flag: 'region-lease-ms', env: 'CHORUS_REGION_LEASE_MS', kind: 'int', def: '10000', min: 300, max: 600000, commands: ['serve', 'region'], help: 'several regions: a region whose nodes cannot renew its lease across regions stops hosting after this (docs/regions.md)' },
  { flag: 'region-lease-margin-ms', env: 'CHORUS_REGION_LEASE_MARGIN_MS', kind: 'int', def: '2000', min: 0, max: 600000, commands: REGION, help: 'failover: clock drift and scheduling allowance added to the lease period before re-homing' },
  { flag: 'from', env: 'CHORUS_REGION_FROM', kind: 'string', def: '', commands: REGION, help: 'failover: the lost region' },
  { flag: 'to', env: 'CHORUS_REGION_TO', kind: 'string', def: '', commands: REGION, help: 'failover: the region taking its conversations (run with its data centre as --scylla-local-dc)' },
  { flag: 'force', env: 'CHORUS_REGION_FORCE', kind: 'bool', def: 'false', commands: REGION, help: 'failover: fence the region even though it renewed its lease recently (it stops within one lease period)' },
  { flag: 'regions', env: 'CHORUS_REGIONS', kind: 'string', def: '', help: 'the other regions’ cross-region entry points, NAME=HOST:PORT,... (needs --region and --store scylla)' },
  { flag: 'zone', env: 'CHORUS_ZONE', kind: 'string', def: '', help: 'failure domain (availability zone) published with the membership' },
  { flag: 'etcd-endpoints', env: 'CHORUS_ETCD_ENDPOINTS', kind: 'string', def: '', help: 'comma-separated etcd URLs: join a cluster (needs --store scylla); none = one process on its own' },
  { flag: 'etcd-prefix', env: 'CHORUS_ETCD_PREFIX', kind: 'string', def: '/chorus/members/', help: 'etcd key prefix of the member records (one cluster per prefix)' },
  { flag: 'membership-ttl-sec', env: 'CHORUS_MEMBERSHIP_TTL_SEC', kind: 'int', def: '5', min: 2, max: 300, help: 'lease TTL: a node that stops renewing is out of the cluster this long after its last renewal' },
  { flag: 'grpc-port', env: 'CHORUS_GRPC_PORT', kind: 'int', def: '7070', min: 0, max: 65535, help: 'node-to-node gRPC port (0 picks one)' },
  { flag: 'grpc-advertise', env: 'CHORUS_GRPC_ADVERTISE', kind: 'string', def: '', help: 'host:port other nodes dial; default: --host (the hostname when --host is a wildcard) and the gRPC port' },
  { flag: 'cluster-ca-file', env: 'CHORUS_CLUSTER_CA_FILE', kind: 'string', def: '', help: 'PEM bundle of the CA(s) that sign node certificates (mTLS between nodes); required in a cluster unless --cluster-insecure' },
  { flag: 'cluster-cert-file', env: 'CHORUS_CLUSTER_CERT_FILE', kind: 'string', def: '', help: 'PEM certificate of this node, with the SAN URI chorus://node/<node id>; {node} in the name stands for the node id (one per gateway process)' },
  { flag: 'cluster-key-file', env: 'CHORUS_CLUSTER_KEY_FILE', kind: 'string', def: '', help: 'PEM private key of --cluster-cert-file' },
  { flag: 'cluster-tls-check-sec', env: 'CHORUS_CLUSTER_TLS_CHECK_SEC', kind: 'int', def: '30', min: 1, max: 86400, help: 'how often the three cluster TLS files are read again (rotation without a restart; new connections use them)' },
  { flag: 'cluster-insecure', env: 'CHORUS_CLUSTER_INSECURE', kind: 'bool', def: 'false', help: 'plaintext, unauthenticated node-to-node traffic: local development only (anything that reaches the gRPC port can act as any node)' },
  { flag: 'drain-grace-ms', env: 'CHORUS_DRAIN_GRACE_MS', kind: 'int', def: '20000', min: 0, max: 600000, help: 'on SIGTERM: how long hand-off may take before the node exits anyway' },
  { flag: 'cluster-tells-back', env: 'CHORUS_CLUSTER_TELLS_BACK', kind: 'bool', def: 'false', help: "tells back: conversation hosts send their deliveries to a gateway on the gateway's own stream to them, beside the replies (fewer gRPC messages; set on every node; off until measured on a quiet machine: docs/cluster.md)" },
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
  { flag: 'scylla-replication', env: 'CHORUS_SCYLLA_REPLICATION', kind: 'string', def: '', commands: MIGRATE, help: 'keyspace replication: NetworkTopologyStrategy:dc1=3[,dc2=3] (short: dc1=3,dc2=3; one entry per region) or SimpleStrategy:N (tests); required' },
  { flag: 'opensearch-url', env: 'CHORUS_OPENSEARCH_URL', kind: 'string', def: '', help: 'message search on this OpenSearch 2.x (http(s)://host:port); default: the embedded index with --store sqlite, no search with ScyllaDB' },
  { flag: 'opensearch-index-prefix', env: 'CHORUS_OPENSEARCH_INDEX_PREFIX', kind: 'string', def: 'chorus', help: 'names of the search indices: <prefix>-messages, -joins, -positions' },
  { flag: 'opensearch-username', env: 'CHORUS_OPENSEARCH_USERNAME', kind: 'string', def: '', help: 'user for HTTP basic authentication to OpenSearch (with a password)' },
  { flag: 'opensearch-password', env: 'CHORUS_OPENSEARCH_PASSWORD', kind: 'string', def: '', help: 'its password; prefer the environment variable, or --opensearch-password-file, over the flag' },
  { flag: 'opensearch-password-file', env: 'CHORUS_OPENSEARCH_PASSWORD_FILE', kind: 'string', def: '', help: 'file holding the password (read at start; trailing whitespace dropped)' },
  { flag: 'opensearch-ca-file', env: 'CHORUS_OPENSEARCH_CA_FILE', kind: 'string', def: '', help: 'PEM CA bundle to trust for an https:// --opensearch-url (besides the system CAs; read at start)' },
  { flag: 'push-payload', env: 'CHORUS_PUSH_PAYLOAD', kind: 'enum', def: 'full', values: ['full', 'minimal'], help: 'full: sender and text in the push; minimal: only conversation and seq (E2E-ready)' },
  { flag: 'push-collapse-window-ms', env: 'CHORUS_PUSH_COLLAPSE_WINDOW_MS', kind: 'int', def: '1500', min: 0, max: 60000, help: 'a push waits this long so a burst in one conversation becomes one notification' },
  { flag: 'push-ttl-sec', env: 'CHORUS_PUSH_TTL_SEC', kind: 'int', def: '86400', min: 0, max: 2419200, help: 'pushes not delivered within this are dropped' },
  { flag: 'push-allow-insecure', env: 'CHORUS_PUSH_ALLOW_INSECURE', kind: 'bool', def: 'false', help: 'accept http:// push endpoints (tests and in-cluster gateways only)' },
  { flag: 'push-webhook-url', env: 'CHORUS_PUSH_WEBHOOK_URL', kind: 'string', def: '', help: 'enables the signed webhook provider' },
  { flag: 'push-webhook-secret-file', env: 'CHORUS_PUSH_WEBHOOK_SECRET_FILE', kind: 'string', def: '', help: 'file holding the webhook HMAC key (at least 32 bytes)' },
  { flag: 'push-fcm-service-account-file', env: 'CHORUS_PUSH_FCM_SERVICE_ACCOUNT_FILE', kind: 'string', def: '', help: 'enables FCM HTTP v1 with this service-account key (JSON)' },
  { flag: 'push-fcm-endpoint', env: 'CHORUS_PUSH_FCM_ENDPOINT', kind: 'string', def: '', help: 'FCM API base URL; default: Google’s' },
  { flag: 'push-apns-key-file', env: 'CHORUS_PUSH_APNS_KEY_FILE', kind: 'string', def: '', help: 'enables APNs with this .p8 signing key' },
  { flag: 'push-apns-key-id', env: 'CHORUS_PUSH_APNS_KEY_ID', kind: 'string', def: '', help: 'APNs key id' },
  { flag: 'push-apns-team-id', env: 'CHORUS_PUSH_APNS_TEAM_ID', kind: 'string', def: '', help: 'APNs team id' },
  { flag: 'push-apns-topic', env: 'CHORUS_PUSH_APNS_TOPIC', kind: 'string', def: '', help: 'the app’s bundle id' },
  { flag: 'push-apns-endpoint', env: 'CHORUS_PUSH_APNS_ENDPOINT', kind: 'string', def: '', help: 'APNs base URL; default: production' },
  { flag: 'push-webpush-public-key', env: 'CHORUS_PUSH_WEBPUSH_PUBLIC_KEY', kind: 'string', def: '', help: 'enables Web Push with this VAPID public key (base64url)' },
  { flag: 'push-webpush-private-key-file', env: 'CHORUS_PUSH_WEBPUSH_PRIVATE_KEY_FILE', kind: 'string', def: '', help: 'file holding the VAPID private key (base64url)' },
  { flag: 'push-webpush-subject', env: 'CHORUS_PUSH_WEBPUSH_SUBJECT', kind: 'string', def: '', help: 'VAPID contact (mailto: or https:)' },
  { flag: 'push-webpush-hosts', env: 'CHORUS_PUSH_WEBPUSH_HOSTS', kind: 'string', def: '', help: 'more push service hosts subscriptions may use, comma-separated (self-hosted services); the browsers’ own are always allowed' },
  ...MEDIA_OPTIONS,
] as const satisfies readonly Option[];

export type Flag = (typeof OPTIONS)[number]['flag'];

export function takes(o: Option, command: Command): boolean {
  return (o.commands ?? ['serve']).includes(command);
}
