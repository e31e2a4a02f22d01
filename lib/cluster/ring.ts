import * as nodeCrypto from 'node:crypto';
import HashRing from 'hashring';
import { ClusterConfigError } from './errors.js';
import { type Member, type Role, checkMember, memberList, sameMembers } from './membership.js';

export interface RingOptions {
  /** Only members with this role (and a weight above 0) own keys on this ring. */
  role: Role;
  /**
   * Virtual nodes per unit of weight; each is 4 points on the circle (ketama). More points: better
   * balance, slower build. 160 keeps max/mean load near 1.1 (bench/ring.ts).
   */
  vnodes?: number;
  /** Lookups remembered per snapshot (hashring's LRU, at least 1: hashring breaks on 0). */
  cacheSize?: number;
}

export const RING_DEFAULTS = { vnodes: 160, cacheSize: 5000 } as const;

/**
 * An immutable placement of keys on members: a consistent-hash ring (`hashring`, md5 ketama, with
 * virtual nodes and weights) over the members that have the ring's role. Pure: no I/O, no clock.
 *
 * A member's points depend only on its own id and weight, so a join or leave moves only the keys
 * that the joining (leaving) member gains (loses): about 1/N of them, and none between the others.
 *
 * Generations: every change of the placed members gives a new snapshot with `generation + 1`,
 * which keeps the snapshot before it as `previous` (one level: the previous one's own previous is
 * dropped), so that during a move the old owner of a key can still be found (`previousOwner`).
 * The same members always place every key the same way, in every process: placement is a function
 * of (member ids, weights, vnodes) only.
 */
export class RingSnapshot {
  readonly role: Role;
  readonly generation: number;
  /** The placed members: with the role, weight > 0, sorted by id, frozen. */
  readonly members: readonly Member[];
  readonly previous: RingSnapshot | undefined;
  private readonly vnodes: number;
  private readonly cacheSize: number;
  private readonly ring: HashRing | undefined;
  private readonly byId: ReadonlyMap<string, Member>;
  /** The only member, when there is one (a single process): every key is its, no hashing needed. */
  private readonly sole: string | undefined;

  private constructor(role: Role, generation: number, members: readonly Member[], previous: RingSnapshot | undefined, vnodes: number, cacheSize: number, ring?: HashRing) {
    this.role = role;
    this.generation = generation;
    this.members = members;
    this.previous = previous;
    this.vnodes = vnodes;
    this.cacheSize = cacheSize;
    this.byId = new Map(members.map((m) => [m.id, m]));
    this.sole = members.length === 1 ? members[0]!.id : undefined;
    this.ring = ring ?? build(members, vnodes, cacheSize);
    Object.freeze(this);
  }

  /** Generation 0: nobody owns anything yet. */
  static empty(options: RingOptions): RingSnapshot {
    const { vnodes, cacheSize } = resolve(options);
    return new RingSnapshot(options.role, 0, Object.freeze([]), undefined, vnodes, cacheSize);
  }

  /** A first snapshot (generation 1, no previous) of the given members. */
  static of(members: readonly Member[], options: RingOptions): RingSnapshot {
    return RingSnapshot.empty(options).next(members);
  }

  /**
   * The snapshot for a new member list: this one when the placed members (role, weight > 0) did not
   * change, otherwise generation + 1 with this one as `previous` (none after generation 0).
   */
  next(members: readonly Member[]): RingSnapshot {
    const placed = memberList(members.map(checkMember).filter((m) => m.weight > 0 && m.roles.includes(this.role)));
    if (this.generation > 0 && sameMembers(placed, this.members)) return this;
    const previous = this.generation === 0 ? undefined : this.settled();
    return new RingSnapshot(this.role, this.generation + 1, placed, previous, this.vnodes, this.cacheSize);
  }

  /** The same generation without its previous one: once every move it caused has finished. */
  settled(): RingSnapshot {
    if (this.previous === undefined) return this;
    return new RingSnapshot(this.role, this.generation, this.members, undefined, this.vnodes, this.cacheSize, this.ring);
  }

  /** The member that owns `key` in this generation; undefined when no member has the role. */
  owner(key: string): Member | undefined {
    const id = this.ownerId(key);
    return id === undefined ? undefined : this.byId.get(id);
  }

  ownerId(key: string): string | undefined {
    if (this.sole !== undefined) return this.sole;
    const ring = this.ring;
    if (ring === undefined) return undefined;
    // hashring's LRU cache is a plain object: a key such as "constructor" or "__proto__" would read
    // Object.prototype through it (and write to it), so such keys skip the cache.
    if (key in Object.prototype) return uncached(ring, key);
    return ring.get(key);
  }

  /** The owner of `key` in the previous generation; undefined when there is none (or no previous). */
  previousOwner(key: string): Member | undefined {
    return this.previous?.owner(key);
  }

  /** True while the key's owner differs from the previous generation's (it is being moved). */
  isMoving(key: string): boolean {
    return this.previous !== undefined && this.previous.ownerId(key) !== this.ownerId(key);
  }

  has(memberId: string): boolean {
    return this.byId.has(memberId);
  }

  member(memberId: string): Member | undefined {
    return this.byId.get(memberId);
  }
}

export interface MovedKey {
  key: string;
  /** Owner before; undefined when nobody owned it. */
  from: string | undefined;
  /** Owner after; undefined when nobody owns it now. */
  to: string | undefined;
}

/** The keys whose owner differs between two snapshots (of the same role), in the order given. */
export function movedKeys(before: RingSnapshot, after: RingSnapshot, keys: Iterable<string>): MovedKey[] {
  const moved: MovedKey[] = [];
  for (const key of keys) {
    const from = before.ownerId(key);
    const to = after.ownerId(key);
    if (from !== to) moved.push({ key, from, to });
  }
  return moved;
}

function resolve(options: RingOptions): { vnodes: number; cacheSize: number } {
  const vnodes = options.vnodes ?? RING_DEFAULTS.vnodes;
  const cacheSize = options.cacheSize ?? RING_DEFAULTS.cacheSize;
  if (!Number.isInteger(vnodes) || vnodes < 1 || vnodes > 10_000) throw new ClusterConfigError('ring vnodes must be an integer from 1 to 10000');
  if (!Number.isInteger(cacheSize) || cacheSize < 1) throw new ClusterConfigError('ring cacheSize must be an integer of at least 1');
  return { vnodes, cacheSize };
}

function build(members: readonly Member[], vnodes: number, cacheSize: number): HashRing | undefined {
  if (members.length === 0) return undefined;
  // Each member's virtual nodes depend on its own weight only (hashring's weight option would
  // scale them by the total weight, so a join would also move keys between the other members).
  // 'vnode count' 0 makes hashring take the explicit count as is.
  const servers: Record<string, { vnodes: number }> = {};
  for (const m of members) servers[m.id] = { vnodes: virtualNodes(m.weight, vnodes) };
  return new HashRing(servers, md5, { 'vnode count': 0, 'max cache size': cacheSize });
}

/**
 * md5 digest bytes, as hashring's own 'md5' computes them, with Node's one-shot hash when the
 * runtime has it (20.12+): about 40% less time per build and per cold lookup.
 */
const oneShot = (nodeCrypto as { hash?: (algorithm: string, data: string, encoding: 'buffer') => Buffer }).hash;
const md5: (key: string) => Buffer = oneShot !== undefined ? (key) => oneShot('md5', key, 'buffer') : (key) => nodeCrypto.createHash('md5').update(key).digest();

/** hashring's lookup without its cache: the same binary search over the same continuum. */
function uncached(ring: HashRing, key: string): string | undefined {
  const r = ring as unknown as { ring: { server: string }[]; find(hash: number): number; hashValue(key: string): number };
  return r.ring[r.find(r.hashValue(key))]?.server;
}

/** Virtual nodes of a member: proportional to its weight, at least one. */
export function virtualNodes(weight: number, vnodesPerWeight: number): number {
  return Math.max(1, Math.round(weight * vnodesPerWeight));
}
