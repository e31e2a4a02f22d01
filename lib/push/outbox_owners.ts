import type { ScyllaSession } from '../storage/scylla_session.js';
import type { PushStatements } from './scylla_push_statements.js';

/** Who holds one node's outbox (push_outbox_owners). */
export interface OutboxOwnerRow {
  /** The node whose pushes these are. */
  owner: string;
  /** Raised by one on every claim: a holder that finds a higher one has been replaced. */
  epoch: number;
  /** The node draining it now ('' once closed). */
  holder: string;
  /** Some of its pushes may still be unsent. */
  open: boolean;
  lowBucket: number;
}

const W = { idempotent: true } as const;

/**
 * The claims on per-node outboxes: one small partition with a row per node id that ever queued
 * a push. Every change is a lightweight transaction on the row's epoch, so two nodes that try to
 * take the same dead node's outbox at once cannot both get it.
 */
export class ScyllaOutboxOwners {
  constructor(
    private readonly session: ScyllaSession,
    private readonly s: PushStatements,
  ) {}

  async list(): Promise<OutboxOwnerRow[]> {
    return (await this.session.all(this.s.owners, [], W)).map((r) => row(r));
  }

  async get(owner: string): Promise<OutboxOwnerRow | undefined> {
    const r = (await this.session.execute(this.s.ownerRow, [owner], W)).first();
    return r ? row(r) : undefined;
  }

  /**
   * Takes `owner`'s outbox for `holder` (the owner itself after a restart, or a node draining a
   * dead one's): the row with its epoch raised, or undefined when another claim won the race.
   * `seenEpoch` is the epoch the claimer judged dead: a row claimed since (by another survivor)
   * is left alone, not taken over from that survivor.
   */
  async claim(owner: string, holder: string, lowBucket: number, seenEpoch?: number): Promise<OutboxOwnerRow | undefined> {
    const current = await this.get(owner);
    if (seenEpoch !== undefined && current?.epoch !== seenEpoch) return undefined;
    if (current === undefined) {
      const rs = await this.session.execute(this.s.claimFirst, [owner, holder, lowBucket], { idempotent: false });
      return rs.wasApplied() ? { owner, epoch: 1, holder, open: true, lowBucket } : undefined;
    }
    const rs = await this.session.execute(this.s.claimNext, [current.epoch + 1, holder, owner, current.epoch], { idempotent: false });
    return rs.wasApplied() ? { ...current, epoch: current.epoch + 1, holder, open: true } : undefined;
  }

  /** Records where a replay must start. False when the outbox was claimed by someone else meanwhile. */
  async setLow(owner: string, epoch: number, lowBucket: number): Promise<boolean> {
    return (await this.session.execute(this.s.setLow, [lowBucket, owner, epoch], { idempotent: false })).wasApplied();
  }

  /** Everything in it was sent or dropped: nobody needs to drain it. False when it was claimed meanwhile. */
  async close(owner: string, epoch: number, lowBucket: number): Promise<boolean> {
    return (await this.session.execute(this.s.close, [lowBucket, owner, epoch], { idempotent: false })).wasApplied();
  }
}

function row(r: Record<string, unknown>): OutboxOwnerRow {
  return { owner: String(r['owner']), epoch: Number(r['epoch']), holder: String(r['holder'] ?? ''), open: r['open'] === true, lowBucket: Number(r['low_bucket'] ?? 0) };
}

