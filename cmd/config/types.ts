import type { MediaLimits } from '../../lib/media/mod.js';
import type { JwtAlgorithm, KeySetSpec } from '../../lib/auth/keys.js';
import type { RegionSettings } from '../../lib/cluster/regions.js';
import type { Replication } from '../../lib/storage/scylla_migrate.js';
import type { ScyllaConnectionOptions } from '../../lib/storage/scylla_session.js';
import type { ScyllaStoreOptions } from '../../lib/storage/scylla_store.js';

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
  /** Message search (docs/search.md): OpenSearch when a URL is given, else the embedded index (SQLite only). */
  search: {
    opensearchUrl: string;
    opensearchPrefix: string;
    /** Basic authentication: the password given, or read at start from passwordFile. */
    opensearchAuth: { username: string; password: string; passwordFile: string } | null;
    /** PEM CA bundle for an https URL ('' : the system's CAs). */
    opensearchCaFile: string;
  };
  jwt: JwtConfig;
  limits: {
    maxFrameBytes: number;
    maxTextBytes: number;
    maxPendingRequests: number;
    maxPage: number;
    maxGroupMembers: number;
    maxConversationsPerUser: number;
    maxSessionsPerUser: number;
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
  media: MediaConfig;
  /** Cluster settings; `etcd` null means the embedded single-process default. */
  cluster: ClusterConfig;
  /** This node's region and the other regions' entry points (docs/regions.md). */
  region: RegionSettings;
  /** Several regions: the durability mode and the region lease (docs/regions.md); absent otherwise. */
  regionLease?: { durability: 'default' | 'zero-loss'; periodMs: number };
  webDir: string;
  /** Gateway processes on this machine sharing the client port (cmd/gateway_processes.ts); 1 by default on a cluster node. */
  gatewayProcesses: number;
  /** Set by cmd/gateway_processes.ts only: this machine's processes, talking over Unix sockets. */
  localPeers?: LocalPeers;
}

/**
 * The processes of one machine (a primary with every role and gateway-only children): each listens
 * on `<dir>/<id>.sock`, a directory only this OS user may enter (docs/operations.md, "Gateway processes").
 */
export interface LocalPeers {
  dir: string;
  members: { id: string; roles: NodeRole[] }[];
}

export type NodeRole = 'gateway' | 'conversation';

export interface ClusterConfig {
  roles: NodeRole[];
  nodeId: string;
  zone: string;
  etcd: { endpoints: string[]; prefix: string; ttlSec: number } | null;
  grpcPort: number;
  /** mTLS between nodes (docs/security.md); null: plaintext, only with --cluster-insecure or without etcd. */
  tls: ClusterTlsConfig | null;
  /** host:port other nodes dial; '' = derived from --host (or the hostname) and the bound port. */
  grpcAdvertise: string;
  drainGraceMs: number;
  settleMs: number;
  /** Take the deliveries of conversation hosts on this node's own streams to them (tells back; issue 14, docs/cluster.md). */
  tellsBack: boolean;
}

export interface ClusterTlsConfig {
  caFile: string;
  certFile: string;
  keyFile: string;
  checkEveryMs: number;
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
  /** `hosts`: push services allowed besides DEFAULT_WEBPUSH_HOSTS. */
  webpush?: { publicKey: string; privateKey: string; subject: string; hosts: string[] };
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  readonly code = 'BAD_CONFIG';
}

/** Media (cmd/config/media.ts): the store and its limits. */
export type MediaConfig =
  | { kind: 'off' }
  | { kind: 'file'; limits: MediaLimits; publicUrl: string; secret: Uint8Array | null }
  | { kind: 's3'; limits: MediaLimits; s3: { endpoint: string; region: string; bucket: string; keyPrefix: string; accessKeyId: string; secretAccessKey: string; forcePathStyle: boolean } };


/** `chorus region`'s configuration. */
export interface RegionCommandConfig {
  action: 'status' | 'failover' | 'unfence';
  connection: ScyllaConnectionOptions;
  keyspace: string;
  from: string;
  to: string;
  force: boolean;
  periodMs: number;
  marginMs: number;
}
