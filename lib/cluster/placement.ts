import { Listeners } from './listeners.js';
import { type ClusterLog, silentLog } from './log.js';
import type { Member, Membership, Role } from './membership.js';
import { RingSnapshot } from './ring.js';

export interface PlacementOptions {
  /** The roles that place keys (one ring each), e.g. ['conversation']. */
  roles: readonly Role[];
  vnodes?: number;
  log?: ClusterLog;
}

/**
 * Turns membership changes into ring snapshots, one per role: data flows from the Membership into
 * here and from here to whoever asks "who owns this key". A lookup is a local call on the current
 * immutable snapshot. Listeners get every new generation, in order, after `ring()` returns it.
 */
export class Placement {
  readonly selfId: string;
  private readonly rings = new Map<Role, RingSnapshot>();
  private readonly changes: Listeners<[RingSnapshot]>;
  private readonly unsubscribe: () => void;
  private readonly membership: Pick<Membership, 'self' | 'members' | 'on'>;
  private left = false;

  constructor(membership: Pick<Membership, 'self' | 'members' | 'on'>, options: PlacementOptions) {
    this.selfId = membership.self.id;
    this.membership = membership;
    this.changes = new Listeners('placement change', options.log ?? silentLog);
    for (const role of options.roles) {
      const ring = RingSnapshot.empty({ role, ...(options.vnodes !== undefined ? { vnodes: options.vnodes } : {}) });
      this.rings.set(role, ring.next(membership.members()));
    }
    this.unsubscribe = membership.on('change', (members) => this.update(members));
  }

  /** The current snapshot for a role this placement was built with. */
  ring(role: Role): RingSnapshot {
    const ring = this.rings.get(role);
    if (ring === undefined) throw new Error(`placement has no ring for role ${role}`);
    return ring;
  }

  owner(role: Role, key: string): Member | undefined {
    return this.ring(role).owner(key);
  }

  /** True when this node owns the key in the current generation. */
  isLocal(role: Role, key: string): boolean {
    return this.ring(role).ownerId(key) === this.selfId;
  }

  /** Marks the moves of the current generation of `role` as finished (drops its previous). */
  settle(role: Role, generation: number): void {
    const ring = this.ring(role);
    if (ring.generation === generation) this.rings.set(role, ring.settled());
  }

  on(_event: 'change', listener: (ring: RingSnapshot) => void): () => void {
    return this.changes.add(listener);
  }

  /**
   * Drain: from now on this node places nothing on itself, whatever membership says (its own
   * registration may linger until etcd deletes it), so its keys move to the others at once.
   */
  leave(): void {
    if (this.left) return;
    this.left = true;
    this.update(this.membership.members());
  }

  close(): void {
    this.unsubscribe();
  }

  private update(all: readonly Member[]): void {
    const members = this.left ? all.filter((m) => m.id !== this.selfId) : all;
    for (const [role, ring] of this.rings) {
      const next = ring.next(members);
      if (next === ring) continue;
      this.rings.set(role, next);
      this.changes.emit(next);
    }
  }
}
