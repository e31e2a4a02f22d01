import { type JwtAlgorithm, isJwtAlgorithm, isSymmetric } from '../../lib/auth/keys.js';
import { defaultAlgorithms } from '../../lib/auth/tokens.js';
import { MEMBER_ID, isMemberId } from '../../lib/cluster/membership.js';
import type { Replication } from '../../lib/storage/scylla_migrate.js';
import { ConfigError, type NodeRole } from './types.js';

/** An unquoted CQL identifier, as scylla_schema.ts's checkKeyspace wants it. */
const KEYSPACE = /^[a-z][a-z0-9_]{0,47}$/;
const DC_NAME = /^[A-Za-z0-9_.-]+$/;

export function parseRoles(text: string): NodeRole[] {
  const roles = [...new Set(text.split(',').map((x) => x.trim()).filter((x) => x !== ''))];
  if (roles.length === 0 || roles.some((x) => x !== 'gateway' && x !== 'conversation')) {
    throw new ConfigError(`--roles (CHORUS_ROLES) must name gateway, conversation or both, got "${text}"`);
  }
  return roles as NodeRole[];
}

export function parseEtcdEndpoints(text: string): string[] {
  const endpoints = text.split(',').map((x) => x.trim()).filter((x) => x !== '');
  for (const e of endpoints) {
    if (!/^https?:\/\/[^\s/]+$/.test(e)) throw new ConfigError(`--etcd-endpoints (CHORUS_ETCD_ENDPOINTS) must be http(s)://host:port URLs, got "${e}"`);
  }
  return endpoints;
}

export function checkNodeId(nodeId: string): string {
  if (!isMemberId(nodeId)) throw new ConfigError(`--node-id (CHORUS_NODE_ID) must match ${MEMBER_ID.source.slice(1, -1)}, got "${nodeId}"`);
  return nodeId;
}

export function checkEtcdPrefix(prefix: string): string {
  if (!prefix.startsWith('/') || !prefix.endsWith('/')) throw new ConfigError(`--etcd-prefix must start and end with "/", got "${prefix}"`);
  return prefix;
}

export function checkGrpcAdvertise(advertise: string): string {
  if (advertise !== '' && !/^[A-Za-z0-9.-]+:\d{1,5}$|^\[[0-9A-Fa-f:.]+\]:\d{1,5}$/.test(advertise)) {
    throw new ConfigError(`--grpc-advertise (CHORUS_GRPC_ADVERTISE) must be host:port, got "${advertise}"`);
  }
  return advertise;
}

/** '' (not set) passes. */
export function checkHttpUrl(flag: string, v: string): string {
  if (v !== '' && !/^https?:\/\/[^\s]+$/.test(v)) throw new ConfigError(`--${flag} must be an http(s) URL, got "${v}"`);
  return v;
}

export function checkScyllaKeyspace(ks: string): string {
  if (!KEYSPACE.test(ks)) {
    throw new ConfigError(`--scylla-keyspace (CHORUS_SCYLLA_KEYSPACE) must be lower-case letters, digits and _ (at most 48, starting with a letter), got "${ks}"`);
  }
  return ks;
}

export function checkLocalDc(dc: string): string {
  if (dc !== '' && !DC_NAME.test(dc)) throw new ConfigError(`--scylla-local-dc (CHORUS_SCYLLA_LOCAL_DC) is not a data centre name: "${dc}"`);
  return dc;
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

/**
 * A data-centre map alone, "dc1=3,dc2=3": NetworkTopologyStrategy (the form docs/regions.md uses).
 * Not "dc1:3": "Everywhere:3" would then be a DC map instead of an unknown strategy.
 */
const DC_MAP = /^[^:]*=/;

/** "NetworkTopologyStrategy:dc1=3,dc2=3", its short form "dc1=3,dc2=3", or "SimpleStrategy:1". */
export function parseReplication(text: string): Replication {
  const bad = (why: string): ConfigError =>
    new ConfigError(`--scylla-replication (CHORUS_SCYLLA_REPLICATION) ${why}, e.g. NetworkTopologyStrategy:dc1=3,dc2=3 (or dc1=3,dc2=3) or SimpleStrategy:1; got "${text}"`);
  if (DC_MAP.test(text)) return parseReplication(`NetworkTopologyStrategy:${text}`);
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

export function checkJwksUrl(url: string, insecure: boolean): void {
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
}

export function parseJwtAlgorithms(text: string, hasSecret: boolean, hasKeys: boolean): JwtAlgorithm[] {
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

/** A given --jwt-secret as bytes; HS256 wants at least 32. */
export function checkJwtSecret(given: string): Uint8Array {
  const bytes = new TextEncoder().encode(given);
  if (bytes.length < 32) throw new ConfigError('--jwt-secret (CHORUS_JWT_SECRET) must be at least 32 bytes');
  return bytes;
}
