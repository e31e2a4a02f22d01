import { InvalidMemberError } from './errors.js';

/**
 * Who is in the cluster. Contract (every implementation passes test/cluster/membership_contract.ts):
 *
 * - `start()` resolves once this node is registered and a first member list is known; that list
 *   contains `self`. It rejects (MembershipUnavailableError, DuplicateMemberError) when that cannot
 *   happen before its deadline or signal, and then holds no resources.
 * - `members()` is a snapshot: a frozen array of frozen members sorted by id, the same object until
 *   the next change. A lookup is a local call, never I/O.
 * - `on('change')` listeners receive every new snapshot in the order they were taken, only when it
 *   differs from the previous one, and after `members()` already returns it.
 * - `health()` is 'healthy' while the registration is known to exist. When this node cannot prove
 *   that any more (its lease may have expired, e.g. cut off from etcd), it turns 'lost' and
 *   `on('health')` fires BEFORE any other node can have seen this node leave: the node must stop
 *   acting as an owner at once (self-fencing, docs/cluster.md). While lost, `members()` keeps the
 *   last snapshot, which may be stale. The implementation registers again by itself and turns
 *   'healthy' when it has.
 * - `leaseValidUntil()` is the monotonic time (performance.now() scale, ms) until which the
 *   registration certainly exists: a cheap guard before an irrevocable action. -Infinity when not
 *   registered, Infinity for memberships without leases.
 * - `stop()` deregisters (others see this node leave without waiting for a TTL), releases every
 *   resource and turns 'stopped'. It never rejects; it is safe to call twice or before start.
 *
 * Data flows one way: a Membership is read by placement (lib/cluster/placement.ts) and never
 * gets a handle to the rest of the cluster.
 */
export interface Membership {
  readonly self: Member;
  start(options?: { signal?: AbortSignal }): Promise<void>;
  stop(): Promise<void>;
  members(): readonly Member[];
  health(): MembershipHealth;
  leaseValidUntil(): number;
  /** Adds a listener; the returned function removes it. */
  on(event: 'change', listener: (members: readonly Member[]) => void): () => void;
  on(event: 'health', listener: (health: MembershipHealth) => void): () => void;
}

export type MembershipHealth = 'idle' | 'starting' | 'healthy' | 'lost' | 'stopped';

export type Role = 'gateway' | 'conversation';
export const ROLES: readonly Role[] = ['gateway', 'conversation'];

/** One node as the cluster sees it. Published as JSON by EtcdMembership. */
export interface Member {
  /** Unique and stable across restarts (e.g. the StatefulSet pod name): [A-Za-z0-9._-]{1,64}. */
  readonly id: string;
  /** host:port of the node's cluster transport (gRPC), reachable by every other node. */
  readonly grpcAddress: string;
  /** What the node hosts: 'gateway' (client sockets), 'conversation' (keyed actors). */
  readonly roles: readonly Role[];
  /** Failure domain (availability zone, rack); may be empty. */
  readonly zone: string;
  /** Relative share of keys for its roles; 0 places nothing on it (e.g. while draining). */
  readonly weight: number;
}

/** A member (node) id: the one definition, used by membership, the transport and config. */
export const MEMBER_ID = /^[A-Za-z0-9._-]{1,64}$/;

export function isMemberId(id: string): boolean {
  return MEMBER_ID.test(id);
}
/** unix:/absolute/path, as grpc-js dials it. */
const UNIX_SOCKET = /^unix:\/[^\s]{1,200}$/;
const HOST = /^(?:[A-Za-z0-9.-]{1,253}|\[[0-9A-Fa-f:.]{2,45}\])$/;
const MAX_ZONE = 64;
const MAX_WEIGHT = 100;

/** Checks a member and returns a frozen, normalised copy (roles in canonical order). */
export function checkMember(input: unknown): Member {
  if (typeof input !== 'object' || input === null) throw new InvalidMemberError('a member must be an object');
  const m = input as Record<string, unknown>;
  const id = m['id'];
  if (typeof id !== 'string' || !MEMBER_ID.test(id)) throw new InvalidMemberError(`member id ${JSON.stringify(id)} must match ${MEMBER_ID.source}`);
  const address = m['grpcAddress'];
  if (typeof address !== 'string' || !isHostPort(address)) {
    throw new InvalidMemberError(`member ${id}: grpcAddress ${JSON.stringify(address)} must be host:port`);
  }
  const roles = m['roles'];
  if (!Array.isArray(roles) || roles.length === 0 || roles.some((r) => !ROLES.includes(r as Role))) {
    throw new InvalidMemberError(`member ${id}: roles must be a non-empty list of ${ROLES.join(', ')}`);
  }
  const zone = m['zone'] ?? '';
  if (typeof zone !== 'string' || zone.length > MAX_ZONE) throw new InvalidMemberError(`member ${id}: zone must be a string of at most ${MAX_ZONE} characters`);
  const weight = m['weight'] ?? 1;
  if (typeof weight !== 'number' || !Number.isFinite(weight) || weight < 0 || weight > MAX_WEIGHT) {
    throw new InvalidMemberError(`member ${id}: weight must be a number from 0 to ${MAX_WEIGHT}`);
  }
  return Object.freeze({
    id,
    grpcAddress: address,
    roles: Object.freeze(ROLES.filter((r) => roles.includes(r))),
    zone,
    weight,
  });
}

function isHostPort(address: string): boolean {
  // The processes of one machine dial each other on Unix sockets (cmd/gateway_processes.ts).
  if (UNIX_SOCKET.test(address)) return true;
  const i = address.lastIndexOf(':');
  if (i <= 0) return false;
  const port = Number(address.slice(i + 1));
  return HOST.test(address.slice(0, i)) && Number.isInteger(port) && port > 0 && port < 65536;
}

/** Sorted by id, frozen; throws InvalidMemberError on a duplicate id. */
export function memberList(members: Iterable<Member>): readonly Member[] {
  const list = Array.from(members).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (let i = 1; i < list.length; i++) {
    if (list[i]!.id === list[i - 1]!.id) throw new InvalidMemberError(`member id ${list[i]!.id} appears twice`);
  }
  return Object.freeze(list);
}

export function sameMember(a: Member, b: Member): boolean {
  return (
    a.id === b.id &&
    a.grpcAddress === b.grpcAddress &&
    a.zone === b.zone &&
    a.weight === b.weight &&
    a.roles.length === b.roles.length &&
    a.roles.every((r, i) => b.roles[i] === r)
  );
}

/** Both sorted by id (as memberList makes them). */
export function sameMembers(a: readonly Member[], b: readonly Member[]): boolean {
  return a.length === b.length && a.every((m, i) => sameMember(m, b[i]!));
}
