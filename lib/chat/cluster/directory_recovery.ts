import { ChorusError, ErrorCode, invalid } from '../../protocol/mod.js';
import { backoffMs, type Clock, delay } from '../../time/mod.js';
import type { ClusterLog } from '../../cluster/log.js';
import type { Member, MembershipHealth } from '../../cluster/membership.js';
import type { InboundMessage, Transport } from '../../cluster/transport.js';
import { DIRECTORY_KIND, GATEWAY_KIND, MANY_USERS } from './fanout.js';

/** Message type of a directory node's "I forgot my shard" to the other nodes. */
export const RESET_TYPE = 'reset';
/** How long a reset waits for each node's answer before trusting its shard anyway. */
const RESET_TIMEOUT_MS = 1_000;
const RESET_ATTEMPTS = 3;

export interface DirectoryRecoveryDeps {
  selfId: string;
  remote: Transport;
  members(): readonly Member[];
  clock: Clock;
  /** After a reset, users without an entry count as unknown this long (their gateways re-register meanwhile). */
  settleMs: number;
  /** This conversation host's route cache (null on gateway-only nodes). */
  routes: { clear(): void } | null;
  /** This node's gateway side (null on conversation-only nodes): registers users again. */
  gatewaySessions(): { reregisterAt(nodeId: string): void } | null;
  log: ClusterLog;
}

/**
 * A directory node that lost its lease steps down and empties its shard (cluster_chat.ts). When it
 * registers again before etcd expired the old lease, the other nodes never saw it leave: their
 * rings did not change, so no gateway registers its sessions there again, and conversation hosts
 * keep routes the shard no longer knows they hold. The shard would then answer "no session" for
 * users who have sessions (and hosts would cache that), and a user's new gateway would never reach
 * hosts' caches: live messages lost without a trace until the user reconnects.
 *
 * So from the loss on, the shard is not trusted: registrations are refused (gateways retry) and a
 * delivery for a user placed here without an entry goes to every gateway, as while an entry moves.
 * Once registered again, the node tells every other node to forget the routes it learned from
 * here and to register its sessions of users placed here again (RESET_TYPE), takes registrations
 * once they answered, and answers "no session" again only `settleMs` later.
 */
export class DirectoryRecovery {
  /** Registrations are taken (false from a loss until the other nodes took the reset). */
  private accepting = true;
  /** Until then a user without an entry is unknown, not sessionless. */
  private widenUntil = 0;
  /** Bumped on each loss: a reset overtaken by a newer loss does not open the shard. */
  private epoch = 0;

  constructor(private readonly d: DirectoryRecoveryDeps) {}

  /** Whether registrations and watches may be taken now. */
  get acceptingRegistrations(): boolean {
    return this.accepting;
  }

  /** Whether "no entry" means "no session" for users placed here (false: deliver to every gateway). */
  authoritative(): boolean {
    return this.accepting && this.d.clock.now() >= this.widenUntil;
  }

  /** Refuses a registration while the shard is not taking them (the gateway tries again). */
  checkAccepting(): void {
    if (!this.accepting) throw new ChorusError(ErrorCode.UNAVAILABLE, 'the session directory here is recovering from a lost lease, retry', { retryAfterMs: 100 });
  }

  /** Follows the membership's health: a loss distrusts the shard, the registration after it resets the others. */
  health(health: MembershipHealth): void {
    if (health === 'lost') this.lost();
    else if (health === 'healthy' && !this.accepting) void this.regained();
  }

  /** The lease is lost: the shard was emptied and is not trusted until the reset after the next registration. */
  lost(): void {
    this.epoch++;
    this.accepting = false;
  }

  /** A reset from a directory node (a peer's request): answered once its routes are forgotten and its users' registrations started. */
  answer(m: InboundMessage): Uint8Array {
    if (m.type !== RESET_TYPE) throw invalid(`unknown request ${m.type}`);
    this.resetFrom(m.from);
    return new Uint8Array(0);
  }

  /** Forgets the routes learned from `from` (all: misses refill them) and registers the users placed there again. */
  resetFrom(from: string): void {
    this.d.routes?.clear();
    this.d.gatewaySessions()?.reregisterAt(from);
  }

  /** Registered again after a loss: reset the other nodes, then take registrations. */
  async regained(): Promise<void> {
    const epoch = this.epoch;
    const others = this.d.members().filter((m) => m.id !== this.d.selfId);
    await Promise.all(others.map((m) => this.reset(m)));
    if (epoch !== this.epoch) return;
    this.widenUntil = this.d.clock.now() + this.d.settleMs;
    this.accepting = true;
    this.resetFrom(this.d.selfId);
    this.d.log.info({ nodes: others.length }, 'directory shard reset after the lease was regained: taking registrations again');
  }

  private async reset(m: Member): Promise<void> {
    // Conversation hosts (which also take it for their gateway) hear it as directory traffic; gateway-only nodes as gateway traffic.
    const target = m.roles.includes('conversation') ? { kind: DIRECTORY_KIND, key: MANY_USERS } : { kind: GATEWAY_KIND, key: m.id };
    for (let attempt = 1; ; attempt++) {
      try {
        await this.d.remote.request(m, target, RESET_TYPE, new Uint8Array(0), { timeoutMs: RESET_TIMEOUT_MS });
        return;
      } catch (err) {
        if (attempt < RESET_ATTEMPTS) {
          // Refused fast (it may not list this node yet) or timed out: a pause, then again.
          await delay(backoffMs(attempt, 100, 1_000), undefined, this.d.clock);
          continue;
        }
        // Unreachable (paused, or leaving): its routes of users placed here may stay stale until its next ring change.
        this.d.log.warn({ err, peer: m.id }, 'directory reset not taken by a node');
        return;
      }
    }
  }
}
