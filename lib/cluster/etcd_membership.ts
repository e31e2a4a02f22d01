import type { IKeyValue, Watcher } from 'etcd3';
import { backoffMs, type Clock, delay, monotonicClock, type Timer, withDeadline } from '../time/mod.js';
import { EtcdClient, type EtcdMembershipOptions, type ResolvedEtcdOptions, resolveEtcdOptions } from './etcd_client.js';
import { ClusterConfigError, DuplicateMemberError, InvalidMemberError, MembershipStateError, MembershipUnavailableError } from './errors.js';
import { Listeners } from './listeners.js';
import { type ClusterLog, silentLog } from './log.js';
import { type Member, type Membership, type MembershipHealth, checkMember, memberList, sameMembers } from './membership.js';

export { ETCD_MEMBERSHIP_DEFAULTS, type EtcdMembershipOptions } from './etcd_client.js';

/** Member record format written under the prefix (JSON); readers skip formats they do not know. */
const RECORD_FORMAT = 1;

/** One connection to etcd: a client, the lease it registered with, the watch on the prefix. */
interface Session {
  readonly client: EtcdClient;
  leaseId: string;
  /** Lease end proven by the grant, minus the safety margin (monotonic ms). */
  validUntil: number;
  watcher: Watcher | undefined;
  byKey: Map<string, Member>;
  closed: boolean;
}

/**
 * Membership in etcd (`etcd3`). Each node puts its member record (JSON) at `prefix + id` under a
 * lease with a short TTL, renews the lease, and watches the prefix to know the others.
 *
 * Lease arithmetic (why "lost" comes before anyone else can see this node leave): a renewal sent
 * at local time s that etcd answers with TTL t proves the lease lives until at least s + t on
 * etcd's clock, because etcd restarted the countdown after s. The node counts itself registered
 * until s + t - safetyMargin, and turns 'lost' at that instant without waiting for an error. The
 * key is deleted (what the other nodes watch for) only when etcd expires the lease, at s + t or
 * later. See docs/cluster.md for how this and the store's owner epoch fence conversation owners.
 *
 * After "lost" it keeps trying to register again (a new lease; the key taken over from the old
 * lease if that one still exists) and turns 'healthy' when it has. Every etcd call has a deadline.
 */
export class EtcdMembership implements Membership {
  readonly self: Member;
  private readonly o: ResolvedEtcdOptions;
  private readonly endpoints: readonly string[];
  private readonly log: ClusterLog;
  private readonly clock: Clock;
  private readonly key: string;
  private readonly record: string;
  private state: MembershipHealth = 'idle';
  private session: Session | undefined;
  /** The lease of the last lost session, which may still exist and hold our key. */
  private lostLease: string | undefined;
  private validUntil = Number.NEGATIVE_INFINITY;
  private snapshot: readonly Member[] = Object.freeze([]);
  private renewTimer: Timer | undefined;
  private fenceTimer: Timer | undefined;
  private renewFailures = 0;
  private stopping = new AbortController();
  private readonly changes: Listeners<[readonly Member[]]>;
  private readonly healths: Listeners<[MembershipHealth]>;

  constructor(options: EtcdMembershipOptions) {
    this.self = checkMember(options.self);
    this.o = resolveEtcdOptions(options);
    if (options.endpoints.length === 0) throw new ClusterConfigError('EtcdMembership needs at least one etcd endpoint');
    this.endpoints = [...options.endpoints];
    this.log = options.log ?? silentLog;
    this.clock = options.clock ?? monotonicClock;
    this.key = this.o.prefix + this.self.id;
    this.record = JSON.stringify({ format: RECORD_FORMAT, ...this.self });
    this.changes = new Listeners('membership change', this.log);
    this.healths = new Listeners('membership health', this.log);
  }

  async start(options: { signal?: AbortSignal } = {}): Promise<void> {
    if (this.state !== 'idle') throw new MembershipStateError(`cannot start a membership that is ${this.state}`);
    this.stopping = new AbortController();
    this.setHealth('starting');
    const signal = options.signal ? AbortSignal.any([options.signal, this.stopping.signal]) : this.stopping.signal;
    const deadlineAt = this.clock.now() + this.o.startTimeoutMs;
    for (let attempt = 1; ; attempt++) {
      try {
        const session = await this.establish(deadlineAt, signal);
        if (this.health() !== 'starting') {
          await this.closeSession(session, true);
          throw new MembershipStateError('stopped while starting');
        }
        this.activate(session);
        this.log.info({ member: this.self.id, key: this.key, ttlSeconds: this.o.ttlSeconds }, 'registered in etcd');
        return;
      } catch (err) {
        const wait = backoffMs(attempt, this.o.retryMinMs, this.o.retryMaxMs);
        if (signal.aborted || this.health() !== 'starting' || this.clock.now() + wait >= deadlineAt) {
          if (this.health() === 'starting') this.setHealth('idle');
          if (err instanceof DuplicateMemberError || err instanceof MembershipStateError || signal.aborted) throw err;
          throw new MembershipUnavailableError(
            `could not register ${this.self.id} in etcd (${this.endpoints.join(', ')}) within ${this.o.startTimeoutMs} ms: ${errorText(err)}`,
            { cause: err },
          );
        }
        this.log.debug({ err, attempt, member: this.self.id }, 'etcd registration failed; retrying');
        await delay(wait, signal).catch(() => undefined);
      }
    }
  }

  async stop(): Promise<void> {
    if (this.state === 'stopped') return;
    this.state = 'stopped';
    this.stopping.abort(new MembershipStateError('membership stopped'));
    this.clearTimers();
    this.validUntil = Number.NEGATIVE_INFINITY;
    const session = this.session;
    this.session = undefined;
    if (session !== undefined) await this.closeSession(session, true);
    this.healths.emit('stopped');
  }

  members(): readonly Member[] {
    return this.snapshot;
  }

  health(): MembershipHealth {
    return this.state;
  }

  leaseValidUntil(): number {
    return this.state === 'healthy' ? this.validUntil : Number.NEGATIVE_INFINITY;
  }

  on(event: 'change', listener: (members: readonly Member[]) => void): () => void;
  on(event: 'health', listener: (health: MembershipHealth) => void): () => void;
  on(event: 'change' | 'health', listener: ((members: readonly Member[]) => void) | ((health: MembershipHealth) => void)): () => void {
    if (event === 'change') return this.changes.add(listener as (members: readonly Member[]) => void);
    return this.healths.add(listener as (health: MembershipHealth) => void);
  }

  // --- Registration ----------------------------------------------------------------------------

  /** Connects, registers under a fresh lease and loads + watches the members. */
  private async establish(deadlineAt: number, signal: AbortSignal): Promise<Session> {
    const session: Session = { client: new EtcdClient(this.endpoints, this.o, this.clock), leaseId: '', validUntil: Number.NEGATIVE_INFINITY, watcher: undefined, byKey: new Map(), closed: false };
    try {
      await this.register(session, deadlineAt, signal);
      await this.watch(session, deadlineAt, signal);
      return session;
    } catch (err) {
      await this.closeSession(session, true);
      throw err;
    }
  }

  private async register(session: Session, deadlineAt: number, signal: AbortSignal): Promise<void> {
    const { client } = session;
    const etcd = client.etcd;
    const sentAt = this.clock.now();
    const grant = await client.call('lease grant', deadlineAt, signal, (opts) => etcd.leaseClient.leaseGrant({ TTL: this.o.ttlSeconds, ID: 0 }, opts));
    const ttl = Number(grant.TTL);
    if (!(ttl > 0)) throw new MembershipUnavailableError(`etcd granted no lease: ${grant.error || 'TTL 0'}`);
    session.leaseId = grant.ID;
    session.validUntil = sentAt + ttl * 1000 - this.o.safetyMarginMs;

    const current = await client.call('member read', deadlineAt, signal, (opts) => etcd.get(this.key).options(opts).exec());
    const existing = current.kvs[0];
    const put = etcd.put(this.key).value(this.record).lease(session.leaseId);
    let claim;
    if (existing === undefined) {
      claim = etcd.if(this.key, 'Create', '==', 0).then(put);
    } else if (this.lostLease !== undefined && existing.lease === this.lostLease) {
      // Our previous registration, whose lease may still be alive: move the key to the new lease.
      claim = etcd.if(this.key, 'Mod', '==', existing.mod_revision).then(put);
    } else {
      throw new DuplicateMemberError(this.self.id, `${describeRecord(existing)}, lease ${existing.lease}`);
    }
    const txn = await client.call('member claim', deadlineAt, signal, (opts) => claim.options(opts).commit());
    if (!txn.succeeded) throw new MembershipUnavailableError(`the key ${this.key} changed while registering`);
    const old = this.lostLease;
    this.lostLease = undefined;
    if (old !== undefined && old !== session.leaseId) {
      // The key has moved; the old lease holds nothing any more. Best effort.
      await client.call('old lease revoke', deadlineAt, signal, (opts) => etcd.leaseClient.leaseRevoke({ ID: old }, opts)).catch((err: unknown) =>
        this.log.debug({ err, lease: old }, 'could not revoke the previous lease; it will expire'),
      );
    }
  }

  private async watch(session: Session, deadlineAt: number, signal: AbortSignal): Promise<void> {
    const { client } = session;
    const etcd = client.etcd;
    const listing = await client.call('member list', deadlineAt, signal, (opts) => etcd.getAll().prefix(this.o.prefix).options(opts).exec());
    session.byKey = new Map();
    for (const kv of listing.kvs) this.applyPut(session, kv);
    const from = (BigInt(listing.header.revision) + 1n).toString();
    const watcher = await client.call('member watch', deadlineAt, signal, () => etcd.watch().prefix(this.o.prefix).startRevision(from).create());
    if (session.closed) {
      await watcher.cancel().catch(() => undefined);
      return;
    }
    session.watcher = watcher;
    watcher.on('put', (kv) => {
      if (session.closed) return;
      this.applyPut(session, kv);
      this.publish(session);
    });
    watcher.on('delete', (kv) => {
      if (session.closed) return;
      const key = kv.key.toString();
      session.byKey.delete(key);
      this.publish(session);
      if (key === this.key && this.session === session) this.lose('our member key was deleted (lease expired or removed by hand)');
    });
    watcher.on('error', (err) => {
      if (session.closed) return;
      this.log.warn({ err }, 'etcd member watch failed; listing again');
      void this.rewatch(session);
    });
    this.publish(session);
  }

  /** After a watch error (e.g. its revision was compacted): list and watch again until it works. */
  private async rewatch(session: Session): Promise<void> {
    const old = session.watcher;
    session.watcher = undefined;
    await old?.cancel().catch(() => undefined);
    for (let attempt = 1; !session.closed; attempt++) {
      try {
        await this.watch(session, this.clock.now() + this.o.requestTimeoutMs * 2, this.stopping.signal);
        return;
      } catch (err) {
        this.log.debug({ err, attempt }, 'etcd member watch could not be restarted; retrying');
        await delay(backoffMs(attempt, this.o.retryMinMs, this.o.retryMaxMs), this.stopping.signal).catch(() => undefined);
      }
    }
  }

  private applyPut(session: Session, kv: IKeyValue): void {
    const key = kv.key.toString();
    const id = key.slice(this.o.prefix.length);
    try {
      const parsed = JSON.parse(kv.value.toString()) as { format?: unknown };
      if (parsed.format !== RECORD_FORMAT) throw new InvalidMemberError(`unknown record format ${String(parsed.format)}`);
      const member = checkMember(parsed);
      if (member.id !== id) throw new InvalidMemberError(`record id ${member.id} does not match its key`);
      session.byKey.set(key, member);
    } catch (err) {
      session.byKey.delete(key);
      this.log.warn({ err, key }, 'ignoring a member record that is not valid');
    }
  }

  private publish(session: Session): void {
    if (session.closed) return;
    const next = memberList(session.byKey.values());
    if (sameMembers(next, this.snapshot)) return;
    this.snapshot = next;
    this.changes.emit(next);
  }

  // --- Lease renewal and self-fencing -----------------------------------------------------------

  private activate(session: Session): void {
    this.session = session;
    this.validUntil = session.validUntil;
    this.renewFailures = 0;
    this.setHealth('healthy');
    this.publish(session);
    this.armFence();
    this.scheduleRenew(this.o.renewEveryMs);
  }

  private scheduleRenew(ms: number): void {
    if (this.renewTimer !== undefined) this.clock.clearTimeout(this.renewTimer);
    this.renewTimer = this.clock.setTimeout(() => void this.renew(), ms);
    this.renewTimer.unref?.();
  }

  private async renew(): Promise<void> {
    this.renewTimer = undefined;
    const session = this.session;
    if (session === undefined || this.state !== 'healthy') return;
    const sentAt = this.clock.now();
    const budget = Math.min(this.o.requestTimeoutMs, this.validUntil - sentAt);
    try {
      if (budget <= 0) throw new MembershipUnavailableError('no time left to renew the lease');
      const ttl = await session.client.keepAlive(session.leaseId, sentAt + budget, this.stopping.signal);
      if (session !== this.session || this.state !== 'healthy') return;
      if (ttl <= 0) {
        this.lose('etcd says the lease has expired');
        return;
      }
      this.validUntil = Math.max(this.validUntil, sentAt + ttl * 1000 - this.o.safetyMarginMs);
      if (this.renewFailures > 0) this.log.info({ failures: this.renewFailures }, 'etcd lease renewed again');
      this.renewFailures = 0;
      this.armFence();
      this.scheduleRenew(this.o.renewEveryMs);
    } catch (err) {
      if (session !== this.session || this.state !== 'healthy') return;
      this.renewFailures++;
      if (this.renewFailures === 1) this.log.warn({ err, validForMs: Math.round(this.validUntil - this.clock.now()) }, 'etcd lease renewal failed; retrying');
      this.scheduleRenew(Math.min(this.o.renewEveryMs, backoffMs(this.renewFailures, this.o.retryMinMs, this.o.retryMaxMs)));
    }
  }

  private armFence(): void {
    if (this.fenceTimer !== undefined) this.clock.clearTimeout(this.fenceTimer);
    const left = this.validUntil - this.clock.now();
    this.fenceTimer = this.clock.setTimeout(() => {
      this.fenceTimer = undefined;
      if (this.state !== 'healthy') return;
      if (this.clock.now() >= this.validUntil) this.lose('the lease could not be renewed in time');
      else this.armFence();
    }, Math.max(0, left));
    this.fenceTimer.unref?.();
  }

  /** The registration can no longer be proven: fence, drop the session, register again. */
  private lose(reason: string): void {
    if (this.state !== 'healthy') return;
    const session = this.session;
    this.session = undefined;
    this.lostLease = session?.leaseId;
    this.validUntil = Number.NEGATIVE_INFINITY;
    this.clearTimers();
    this.setHealth('lost');
    this.log.warn({ member: this.self.id, reason }, 'etcd membership lost: fencing this node until it is registered again');
    // Not revoked: we may be cut off, and if not, the next registration takes the key over.
    if (session !== undefined) void this.closeSession(session, false);
    void this.recover();
  }

  private async recover(): Promise<void> {
    for (let attempt = 1; this.state === 'lost'; attempt++) {
      await delay(backoffMs(attempt, this.o.retryMinMs, this.o.retryMaxMs), this.stopping.signal).catch(() => undefined);
      if (this.state !== 'lost') return;
      try {
        const session = await this.establish(this.clock.now() + this.o.requestTimeoutMs * 3, this.stopping.signal);
        if (this.state !== 'lost') {
          await this.closeSession(session, true);
          return;
        }
        this.activate(session);
        this.log.info({ member: this.self.id, attempt }, 'registered in etcd again');
        return;
      } catch (err) {
        this.log.debug({ err, attempt }, 'etcd registration failed; retrying');
      }
    }
  }

  // --- Plumbing -------------------------------------------------------------------------------------

  private async closeSession(session: Session, revoke: boolean): Promise<void> {
    if (session.closed) return;
    session.closed = true;
    const watcher = session.watcher;
    session.watcher = undefined;
    if (watcher !== undefined) {
      await withDeadline(watcher.cancel(), this.o.requestTimeoutMs, () => new MembershipUnavailableError('watch cancel timed out')).catch((err: unknown) =>
        this.log.debug({ err }, 'etcd watch cancel failed'),
      );
    }
    if (revoke && session.leaseId !== '') await session.client.revoke(session.leaseId, this.log);
    session.client.close();
  }

  private clearTimers(): void {
    if (this.renewTimer !== undefined) this.clock.clearTimeout(this.renewTimer);
    if (this.fenceTimer !== undefined) this.clock.clearTimeout(this.fenceTimer);
    this.renewTimer = undefined;
    this.fenceTimer = undefined;
  }

  private setHealth(health: MembershipHealth): void {
    if (this.state === health) return;
    this.state = health;
    this.healths.emit(health);
  }
}

function describeRecord(kv: IKeyValue): string {
  try {
    const r = JSON.parse(kv.value.toString()) as { grpcAddress?: unknown };
    return `address ${String(r.grpcAddress)}`;
  } catch {
    return 'an unreadable record';
  }
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
