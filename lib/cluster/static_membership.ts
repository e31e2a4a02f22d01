import { MembershipStateError } from './errors.js';
import { Listeners } from './listeners.js';
import { type ClusterLog, silentLog } from './log.js';
import { type Member, type Membership, type MembershipHealth, checkMember, memberList, sameMembers } from './membership.js';

export interface StaticMembershipOptions {
  self: Member;
  /** Everyone, `self` included (it is added when missing). Default: only `self`. */
  members?: readonly Member[];
  log?: ClusterLog;
}

/**
 * A fixed member list: the embedded default (one process, every role) and unit tests. There is no
 * lease, so the node is never fenced by membership: `leaseValidUntil()` is Infinity.
 * `update()` replaces the list (a configuration reload, or a test driving placement); `expire()`
 * and `renew()` play a lost and regained lease for tests (the embedded default never calls them).
 */
export class StaticMembership implements Membership {
  readonly self: Member;
  private snapshot: readonly Member[];
  private state: MembershipHealth = 'idle';
  private readonly changes: Listeners<[readonly Member[]]>;
  private readonly healths: Listeners<[MembershipHealth]>;

  constructor(options: StaticMembershipOptions) {
    this.self = checkMember(options.self);
    this.snapshot = this.withSelf(options.members ?? []);
    const log = options.log ?? silentLog;
    this.changes = new Listeners('membership change', log);
    this.healths = new Listeners('membership health', log);
  }

  start(options: { signal?: AbortSignal } = {}): Promise<void> {
    if (this.state !== 'idle') return Promise.reject(new MembershipStateError(`cannot start a membership that is ${this.state}`));
    if (options.signal?.aborted) return Promise.reject(options.signal.reason instanceof Error ? options.signal.reason : new Error('aborted'));
    this.setHealth('healthy');
    return Promise.resolve();
  }

  stop(): Promise<void> {
    if (this.state !== 'stopped') this.setHealth('stopped');
    return Promise.resolve();
  }

  members(): readonly Member[] {
    return this.snapshot;
  }

  health(): MembershipHealth {
    return this.state;
  }

  leaseValidUntil(): number {
    return this.state === 'healthy' ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
  }

  on(event: 'change', listener: (members: readonly Member[]) => void): () => void;
  on(event: 'health', listener: (health: MembershipHealth) => void): () => void;
  on(event: 'change' | 'health', listener: ((members: readonly Member[]) => void) | ((health: MembershipHealth) => void)): () => void {
    if (event === 'change') return this.changes.add(listener as (members: readonly Member[]) => void);
    return this.healths.add(listener as (health: MembershipHealth) => void);
  }

  /** Replaces the member list (`self` is kept); emits 'change' when it differs. */
  update(members: readonly Member[]): void {
    if (this.state === 'stopped') throw new MembershipStateError('cannot update a stopped membership');
    const next = this.withSelf(members);
    if (sameMembers(next, this.snapshot)) return;
    this.snapshot = next;
    this.changes.emit(next);
  }

  /**
   * Plays a lease that ran out (a node cut off from etcd): health turns 'lost', so the node steps
   * down as an owner. `members()` keeps the last list, stale, as the contract says.
   */
  expire(): void {
    if (this.state !== 'healthy') throw new MembershipStateError(`cannot expire a membership that is ${this.state}`);
    this.setHealth('lost');
  }

  /** Plays the registration made again after `expire()`: health turns 'healthy'. */
  renew(): void {
    if (this.state !== 'lost') throw new MembershipStateError(`cannot renew a membership that is ${this.state}`);
    this.setHealth('healthy');
  }

  private withSelf(members: readonly Member[]): readonly Member[] {
    const checked = members.map(checkMember).filter((m) => m.id !== this.self.id);
    return memberList([this.self, ...checked]);
  }

  private setHealth(health: MembershipHealth): void {
    this.state = health;
    this.healths.emit(health);
  }
}
