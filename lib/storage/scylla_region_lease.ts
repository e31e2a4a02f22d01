/**
 * The region lease and the failover fence (docs/regions.md, "Losing a region"; docs/storage.md,
 * "The region fence"). One row per region in `region_leases` (schema 8):
 *
 * - renewal cells (`renewed_at`, `period_ms`, `holder`), written by the region's own nodes;
 * - fence cells (`generation`, `fenced_by`, `solo`), written only by `chorus region failover` and
 *   `unfence`. Separate cells, so a late renewal can never overwrite a fence (last write wins per cell).
 *
 * A node may host conversations only while its lease is valid. A renewal that starts at monotonic
 * time t0 reads its region's row, and unless the row says the region is fenced, writes the renewal
 * cells; once written the lease is valid until t0 + period by the node's own clock. Outside solo
 * mode both the read and the write are EACH_QUORUM: a region that cannot reach the other DCs, or
 * whose row carries a fence written in any of them, cannot renew and stops at expiry.
 */
import type { Clock, Timer } from '../time/mod.js';
import { numOr0 } from './scylla_rows.js';
import { checkKeyspace } from './scylla_schema.js';
import type { ScyllaConsistency, ScyllaSession } from './scylla_session.js';

/** Epochs carry the fence generation above this: a generation-g claim takes at least g * 2^32. */
export const GENERATION_SPAN = 2 ** 32;
/** Highest generation whose epochs stay safe integers. */
export const MAX_GENERATION = 2 ** 20;

export type Durability = 'default' | 'zero-loss';

export interface RegionLeaseRow {
  region: string;
  /** Wall-clock ms at the start of the last renewal, by the renewing node's clock (0: never). */
  renewedAt: number;
  periodMs: number;
  holder: string;
  /** The epoch floor of this region's claims is generation * GENERATION_SPAN. */
  generation: number;
  /** '' unless failed over: the region that took this one's conversations. */
  fencedBy: string;
  /** The other regions are fenced: renew and write within this region's DC only. */
  solo: boolean;
}

export function regionLeaseStatements(ks: string) {
  checkKeyspace(ks);
  return {
    row: `SELECT region, renewed_at, period_ms, holder, generation, fenced_by, solo FROM ${ks}.region_leases WHERE region = ?`,
    rows: `SELECT region, renewed_at, period_ms, holder, generation, fenced_by, solo FROM ${ks}.region_leases`,
    renew: `UPDATE ${ks}.region_leases SET renewed_at = ?, period_ms = ?, holder = ? WHERE region = ?`,
    fence: `UPDATE ${ks}.region_leases SET generation = ?, fenced_by = ?, solo = ? WHERE region = ?`,
  };
}

function toRow(r: Record<string, unknown>): RegionLeaseRow {
  return {
    region: r['region'] as string,
    renewedAt: numOr0(r['renewed_at']),
    periodMs: numOr0(r['period_ms']),
    holder: (r['holder'] as string | null) ?? '',
    generation: numOr0(r['generation']),
    fencedBy: (r['fenced_by'] as string | null) ?? '',
    solo: (r['solo'] as boolean | null) ?? false,
  };
}

/** The rows of region_leases: reads and writes at the levels the callers name. */
export class RegionLeaseTable {
  private readonly s: ReturnType<typeof regionLeaseStatements>;

  constructor(
    private readonly session: ScyllaSession,
    keyspace: string,
  ) {
    this.s = regionLeaseStatements(keyspace);
  }

  async read(region: string, consistency: ScyllaConsistency): Promise<RegionLeaseRow> {
    const r = (await this.session.execute(this.s.row, [region], { idempotent: true, consistency })).first();
    return r ? toRow(r) : { region, renewedAt: 0, periodMs: 0, holder: '', generation: 0, fencedBy: '', solo: false };
  }

  async all(consistency: ScyllaConsistency): Promise<RegionLeaseRow[]> {
    const rs = await this.session.execute(this.s.rows, [], { idempotent: true, consistency, fetchSize: 1000 });
    return rs.rows.map(toRow).sort((a, b) => (a.region < b.region ? -1 : 1));
  }

  async renew(region: string, at: number, periodMs: number, holder: string, consistency: ScyllaConsistency): Promise<void> {
    await this.session.execute(this.s.renew, [at, periodMs, holder, region], { idempotent: true, consistency });
  }

  async fence(region: string, generation: number, fencedBy: string, solo: boolean, consistency: ScyllaConsistency): Promise<void> {
    await this.session.execute(this.s.fence, [generation, fencedBy, solo, region], { idempotent: true, consistency });
  }
}

/** What the fenced appends and claims ask of the region (scylla_fence.ts). */
export interface RegionPolicy {
  /** The lowest epoch a claim may take now. */
  epochFloor(): number;
  /** The level of the writes an acknowledged message depends on; undefined: the configured one. */
  writeConsistency(): ScyllaConsistency | undefined;
}

export interface RegionLeaseOptions {
  table: RegionLeaseTable;
  region: string;
  holder: string;
  /** How long a renewal keeps the lease valid; renewals run every third of it. */
  periodMs: number;
  durability: Durability;
  /** Monotonic: validity is measured on it, never on wall time. */
  clock: Clock;
  /** Wall time stored as renewed_at (for status and the failover's liveness check). */
  wall: Clock;
  /** A renewal failed (the lease stays valid until its expiry). */
  onError?: (err: unknown) => void;
}

export type RegionLeaseState = 'starting' | 'valid' | 'expired' | 'fenced';

/**
 * A node's view of its region's lease. valid() is ANDed into whether the node hosts conversations
 * (cmd/region_gate.ts); on('change') fires when it flips.
 */
export class RegionLease implements RegionPolicy {
  private validUntil = Number.NEGATIVE_INFINITY;
  private row: RegionLeaseRow | undefined;
  private fenced = false;
  private timer: Timer | null = null;
  private expiry: Timer | null = null;
  private stopped = false;
  private last = false;
  private readonly listeners = new Set<(valid: boolean) => void>();

  constructor(private readonly o: RegionLeaseOptions) {}

  /** Renews once (the first result decides the first state) and keeps renewing. */
  async start(): Promise<void> {
    await this.renew();
    this.schedule();
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) this.o.clock.clearTimeout(this.timer);
    if (this.expiry) this.o.clock.clearTimeout(this.expiry);
  }

  valid(): boolean {
    return !this.fenced && this.o.clock.now() < this.validUntil;
  }

  state(): RegionLeaseState {
    if (this.fenced) return 'fenced';
    if (this.valid()) return 'valid';
    return this.row === undefined ? 'starting' : 'expired';
  }

  /** Monotonic time until which the lease is valid (-Infinity: not valid). */
  validUntilMs(): number {
    return this.fenced ? Number.NEGATIVE_INFINITY : this.validUntil;
  }

  on(event: 'change', listener: (valid: boolean) => void): () => void {
    void event;
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  epochFloor(): number {
    return (this.row?.generation ?? 0) * GENERATION_SPAN;
  }

  writeConsistency(): ScyllaConsistency | undefined {
    return this.o.durability === 'zero-loss' && this.row?.solo !== true ? 'EACH_QUORUM' : undefined;
  }

  /** One renewal: local read (solo? fenced?), then, outside solo mode, the cross-DC read and write. */
  async renew(): Promise<void> {
    const t0 = this.o.clock.now();
    const at = this.o.wall.now();
    const { table, region } = this.o;
    try {
      let row = await table.read(region, 'LOCAL_QUORUM');
      if (!row.fencedBy && !row.solo) row = await table.read(region, 'EACH_QUORUM');
      this.row = row;
      if (row.fencedBy) {
        this.fenced = true;
      } else {
        await table.renew(region, at, this.o.periodMs, this.o.holder, row.solo ? 'LOCAL_QUORUM' : 'EACH_QUORUM');
        this.fenced = false;
        this.validUntil = Math.max(this.validUntil, t0 + this.o.periodMs);
      }
    } catch (err) {
      this.o.onError?.(err);
    }
    this.changed();
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = this.o.clock.setTimeout(() => {
      void this.renew().finally(() => this.schedule());
    }, Math.max(50, Math.floor(this.o.periodMs / 3)));
    this.timer.unref?.();
  }

  /** Fires listeners on a flip, and arms a timer for the moment the lease runs out. */
  private changed(): void {
    const now = this.valid();
    if (this.expiry) this.o.clock.clearTimeout(this.expiry);
    this.expiry = null;
    if (now && !this.stopped) {
      this.expiry = this.o.clock.setTimeout(() => this.changed(), Math.max(0, this.validUntil - this.o.clock.now()) + 1);
      this.expiry.unref?.();
    }
    if (now === this.last) return;
    this.last = now;
    for (const l of this.listeners) l(now);
  }
}
