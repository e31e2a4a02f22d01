/**
 * `chorus region status | failover | unfence` on the region_leases rows (scylla_region_lease.ts).
 * docs/regions.md ("Losing a region") has the procedure and the argument; the steps of a failover
 * from A to B, run with a client of B's data centre:
 *
 * 1. refuse unless A is known, not fenced already, and (without --force) has not renewed its lease
 *    for a whole period plus the margin: a live region is not failed over by mistake;
 * 2. write the fence at LOCAL_QUORUM in B: A fenced by B, B solo, both at generation G = the highest
 *    generation + 1 (every later claim in B takes epochs >= G * 2^32, above all A could have used);
 * 3. wait one lease period plus the margin, measured from the moment the fence write completed: a
 *    renewal of A that started before could not have seen it and is valid at most one period; every
 *    later one reads it (EACH_QUORUM) and fences A;
 * 4. re-home A's conversations to B (home_region); B's nodes claim each on its next activation.
 */
import type { Clock } from '../time/mod.js';
import { MAX_GENERATION, type RegionLeaseRow, type RegionLeaseTable } from './scylla_region_lease.js';
import type { ScyllaSession } from './scylla_session.js';

export class RegionAdminError extends Error {
  override readonly name = 'RegionAdminError';
}

export interface FailoverOptions {
  from: string;
  to: string;
  /** Fence A even if it renewed recently (a planned evacuation of a live region). */
  force?: boolean;
  /** Lease period the nodes use, if longer than the one A's last renewal recorded. */
  periodMs?: number;
  /** Bound on how much the two regions' clocks may run apart over one period, plus scheduling slack. */
  marginMs: number;
  /** Progress lines for the operator. */
  say?: (line: string) => void;
}

export interface FailoverResult {
  generation: number;
  rehomed: number;
  waitedMs: number;
  /** Wall-clock ms when the fence write completed. */
  fencedAt: number;
}

export class RegionAdmin {
  constructor(
    private readonly session: ScyllaSession,
    private readonly keyspace: string,
    private readonly table: RegionLeaseTable,
    private readonly clock: Clock,
  ) {}

  /** The rows, read in this DC (a lost region's last state as this DC last saw it). */
  status(): Promise<RegionLeaseRow[]> {
    return this.table.all('LOCAL_QUORUM');
  }

  async failover(o: FailoverOptions): Promise<FailoverResult> {
    const say = o.say ?? (() => {});
    const rows = await this.status();
    const a = this.known(rows, o.from);
    const b = this.known(rows, o.to);
    if (o.from === o.to) throw new RegionAdminError(`cannot fail region ${o.from} over to itself`);
    if (a.fencedBy) throw new RegionAdminError(`region ${o.from} is already fenced (failed over to ${a.fencedBy}); see \`chorus region status\``);
    if (b.fencedBy) throw new RegionAdminError(`region ${o.to} is fenced itself (failed over to ${b.fencedBy}); it cannot take over`);
    const periodMs = Math.max(a.periodMs, o.periodMs ?? 0);
    const age = this.clock.now() - a.renewedAt;
    if (!o.force && age < periodMs + o.marginMs) {
      throw new RegionAdminError(
        `region ${o.from} renewed its lease ${age} ms ago (period ${periodMs} ms): it looks alive. Fail over only a lost region; --force fences a live one (it stops within one period)`,
      );
    }
    const generation = Math.max(...rows.map((r) => r.generation)) + 1;
    if (generation > MAX_GENERATION) throw new RegionAdminError(`fence generation ${generation} is beyond ${MAX_GENERATION}`);
    await this.table.fence(o.from, generation, o.to, false, 'LOCAL_QUORUM');
    await this.table.fence(o.to, generation, '', true, 'LOCAL_QUORUM');
    const fencedAt = this.clock.now();
    const waitMs = periodMs + o.marginMs;
    say(`fenced region ${o.from} at generation ${generation}; waiting ${waitMs} ms (one lease period + margin) before re-homing`);
    await new Promise<void>((resolve) => this.clock.setTimeout(resolve, waitMs));
    const rehomed = await this.rehome(o.from, o.to);
    say(`re-homed ${rehomed} conversations from ${o.from} to ${o.to}`);
    return { generation, rehomed, waitedMs: waitMs, fencedAt };
  }

  /**
   * The return procedure, once the fenced region's DC is back and repaired: lifts its fence and the
   * survivors' solo mode, at EACH_QUORUM (so it needs every DC up). Its conversations stay re-homed.
   */
  async unfence(region: string): Promise<void> {
    const rows = await this.status();
    const r = this.known(rows, region);
    if (!r.fencedBy) throw new RegionAdminError(`region ${region} is not fenced`);
    for (const other of rows) if (other.solo) await this.table.fence(other.region, other.generation, other.fencedBy, false, 'EACH_QUORUM');
    await this.table.fence(region, r.generation, '', false, 'EACH_QUORUM');
  }

  /** Sets home_region = to on every conversation homed in `from`; a full scan of the conversations. */
  private async rehome(from: string, to: string): Promise<number> {
    const ks = this.keyspace;
    const rows = await this.session.all(`SELECT DISTINCT id, home_region FROM ${ks}.conversations`, [], { idempotent: true, fetchSize: 1000 });
    let n = 0;
    for (const row of rows) {
      if (row['home_region'] !== from) continue;
      await this.session.execute(`UPDATE ${ks}.conversations SET home_region = ? WHERE id = ?`, [to, row['id'] as string], { idempotent: true });
      n++;
    }
    return n;
  }

  private known(rows: readonly RegionLeaseRow[], region: string): RegionLeaseRow {
    const r = rows.find((x) => x.region === region);
    if (r === undefined) {
      const names = rows.map((x) => x.region).join(', ') || 'none';
      throw new RegionAdminError(`unknown region ${region}: no node of it has held a lease (regions known: ${names})`);
    }
    return r;
  }
}
