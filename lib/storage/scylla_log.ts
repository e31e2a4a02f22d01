/**
 * Reading the log on ScyllaDB (schema 4). `entries` holds one row per (seq, epoch) and a seq may
 * have rows of several epochs: a stale owner's plain writes land beside the newer owner's rows, never
 * over them. Of the rows of a seq only the one of the epoch that owns the seq is visible: the newest
 * recorded claim whose start is at or below the seq (epoch 0, rows written without a fence, before
 * any claim). docs/storage.md ("Owner epochs") has the argument why that hides exactly the rows no
 * owner could have acknowledged.
 */
import type { TargetRow } from './scylla_effects.js';
import { num, numOr0, toMessage } from './scylla_rows.js';
import { BUCKET_SIZE, bucketOf, type StoreStatements } from './scylla_schema.js';
import { eachLimited, type Row, type ScyllaSession } from './scylla_session.js';
import type { EntryKind, MessageRecord } from './store.js';

/** A visible row: the entry, its epoch, and the marker a claim completes its append by (0: none; scylla_fence.ts). */
export interface LogEntry {
  m: MessageRecord;
  epoch: number;
  editSeqs: number[];
  effectsFrom: number;
  effectsAt: number;
}

/** Recorded claims read per request: the newest few decide every seq near the log's end. */
const CLAIMS_PAGE = 16;
/** Extra rows a backward read asks for, so that a page cut inside one seq's rows rarely costs a read. */
const SLACK = 4;
/** Single-row reads one call keeps in flight. */
const FANOUT = 32;

/**
 * The recorded claims of one conversation, newest epoch first, read lazily and only as far back as
 * the seqs asked about need. Recorded claims are sequential (docs/storage.md), so their starts never
 * decrease; ownerOf() does not rely on it and scans for the newest claim at or below the seq.
 */
export class Claims {
  private readonly list: Array<{ epoch: number; start: number }> = [];
  private lowest: number | undefined;
  private done = false;
  private loading: Promise<void> | undefined;

  constructor(
    private readonly session: ScyllaSession,
    private readonly s: StoreStatements,
    private readonly cid: string,
  ) {}

  /** Starts reading the newest claims, to run beside the first log read. */
  prefetch(): this {
    if (this.lowest === undefined && !this.done) void this.more().catch(() => {});
    return this;
  }

  /** Reads claims until one starts at or below `seq`, or none are left. */
  async cover(seq: number): Promise<void> {
    while (!this.done && !this.list.some((c) => c.start <= seq)) await this.more();
  }

  /** A claim of a newer epoch than `epoch` has recorded its start (among those read). */
  recordedAfter(epoch: number): boolean {
    return this.list.some((c) => c.epoch > epoch);
  }

  /** The epoch whose row is visible at `seq`; call cover(seq) first. */
  ownerOf(seq: number): number {
    for (const c of this.list) if (c.start <= seq) return c.epoch;
    return 0;
  }

  private more(): Promise<void> {
    this.loading ??= this.page().finally(() => {
      this.loading = undefined;
    });
    return this.loading;
  }

  private async page(): Promise<void> {
    const below = this.lowest;
    const rs =
      below === undefined
        ? await this.session.execute(this.s.claims, [this.cid, CLAIMS_PAGE], { idempotent: true })
        : await this.session.execute(this.s.claimsBelow, [this.cid, below, CLAIMS_PAGE], { idempotent: true });
    let rows = 0;
    for (const r of rs.rows) {
      // A partition with only the static current epoch answers one row without a clustering key.
      if (r['epoch'] == null) continue;
      rows++;
      this.lowest = num(r['epoch']);
      if (r['start'] != null) this.list.push({ epoch: this.lowest, start: num(r['start']) });
    }
    if (rows < CLAIMS_PAGE) this.done = true;
  }
}

export function toEntry(r: Row): LogEntry {
  return {
    m: toMessage(r),
    epoch: numOr0(r['epoch']),
    editSeqs: ((r['edit_seqs'] as unknown[] | null) ?? []).map(num),
    effectsFrom: numOr0(r['effects_from']),
    effectsAt: numOr0(r['effects_at']),
  };
}

/** The visible entry of each seq among `rows` (every row of each seq), in the order the seqs first appear. */
export async function visible(rows: readonly Row[], claims: Claims): Promise<LogEntry[]> {
  if (rows.length === 0) return [];
  const best = new Map<number, Row>();
  let low = Number.MAX_SAFE_INTEGER;
  for (const r of rows) {
    const seq = num(r['seq']);
    low = Math.min(low, seq);
    const seen = best.get(seq);
    if (seen === undefined || numOr0(r['epoch']) > numOr0(seen['epoch'])) best.set(seq, r);
  }
  await claims.cover(low);
  const out: LogEntry[] = [];
  // Only the newest epoch's row of a seq can be visible: no owner writes below its own start.
  for (const [seq, r] of best) if (numOr0(r['epoch']) === claims.ownerOf(seq)) out.push(toEntry(r));
  return out;
}

/** The reads of the log: range pages, the end, single entries. Every read filters by visibility. */
export class ScyllaLog {
  constructor(
    private readonly session: ScyllaSession,
    private readonly s: StoreStatements,
  ) {}

  claims(cid: string): Claims {
    return new Claims(this.session, this.s, cid);
  }

  /** Upper bound of the conversation's highest message bucket (0 when it has none beyond bucket 0). */
  async lastBucket(cid: string): Promise<number> {
    const row = (await this.session.execute(this.s.lastBucket, [cid], { idempotent: true })).first();
    return row && row['last_bucket'] != null ? num(row['last_bucket']) : 0;
  }

  /** The first `limit` visible entries with seq > afterSeq, bucket by bucket upwards, ascending. */
  async forward(cid: string, afterSeq: number, limit: number): Promise<LogEntry[]> {
    const claims = this.claims(cid).prefetch();
    const out: LogEntry[] = [];
    let ceiling: number | undefined;
    let cursor = afterSeq;
    for (let b = bucketOf(afterSeq + 1); ; ) {
      const want = limit - out.length;
      const rows = await this.session.all(this.s.after, [cid, b, cursor, want], { idempotent: true, fetchSize: want });
      // Rows come seq ascending, epoch descending: a seq's candidate is its first row, so a page
      // cut inside a seq's rows has already seen it.
      out.push(...(await visible(rows, claims)));
      if (out.length >= limit) return out.slice(0, limit);
      if (rows.length === want) {
        // Hidden rows made the page short: more of this bucket.
        cursor = num(rows[rows.length - 1]!['seq']);
        continue;
      }
      // Short page: more only if a higher bucket can hold messages (read once, only when needed).
      ceiling ??= await this.lastBucket(cid);
      if (b >= ceiling) return out;
      b++;
    }
  }

  /** The last `limit` visible entries with seq < beforeSeq (or the newest), bucket by bucket downwards, descending. */
  async backward(cid: string, beforeSeq: number | undefined, limit: number): Promise<LogEntry[]> {
    if (beforeSeq !== undefined && beforeSeq <= 1) return [];
    const claims = this.claims(cid).prefetch();
    let ceiling: number | undefined;
    let b: number;
    if (beforeSeq === undefined) {
      ceiling = await this.lastBucket(cid);
      b = ceiling;
    } else {
      b = bucketOf(beforeSeq - 1);
    }
    const out: LogEntry[] = [];
    let within: number | undefined;
    while (b >= 0 && out.length < limit) {
      const bound = within ?? Math.min(beforeSeq ?? Number.MAX_SAFE_INTEGER, (b + 1) * BUCKET_SIZE);
      within = undefined;
      const want = limit - out.length + SLACK;
      const rows = await this.session.all(this.s.before, [cid, b, bound, want], { idempotent: true, fetchSize: want });
      if (rows.length === want) {
        // Rows come seq descending, epoch ascending: the lowest seq of a full page may lack its
        // newest rows. Leave it for the next read, or read it whole if it fills the page.
        const low = num(rows[rows.length - 1]!['seq']);
        let page = rows.filter((r) => num(r['seq']) !== low);
        within = low + 1;
        if (page.length === 0) {
          page = await this.session.all(this.s.rowsAt, [cid, b, low], { idempotent: true });
          within = low;
        }
        out.push(...(await visible(page, claims)));
        continue;
      }
      out.push(...(await visible(rows, claims)));
      if (rows.length === 0 && b > 0 && ceiling === undefined) {
        // Empty: beforeSeq may lie past the end of the log; skip straight to the highest bucket in use.
        ceiling = await this.lastBucket(cid);
        if (b > ceiling) {
          b = ceiling;
          continue;
        }
      }
      b--;
    }
    return out.slice(0, limit);
  }

  /** The visible entries at the given seqs (absent: none visible). */
  async at(cid: string, seqs: readonly number[]): Promise<Map<number, LogEntry>> {
    const claims = this.claims(cid).prefetch();
    const rows: Row[] = [];
    await eachLimited(seqs, FANOUT, async (seq) => {
      rows.push(...(await this.session.all(this.s.rowsAt, [cid, bucketOf(seq), seq], { idempotent: true })));
    });
    return new Map((await visible(rows, claims)).map((e) => [e.m.seq, e]));
  }

  /**
   * The stored rows EDIT/DELETE entries refer to, and for the targets of DELETE entries also the
   * EDIT entries made to them (a delete erases those too, and updating a row needs its epoch).
   */
  async readTargets(cid: string, seqs: readonly number[], deleted: ReadonlySet<number>, into: Map<number, TargetRow>): Promise<void> {
    const found = await this.at(cid, seqs);
    const edits = [...found.values()].filter((e) => deleted.has(e.m.seq)).flatMap((e) => e.editSeqs);
    const more = edits.length > 0 ? await this.at(cid, edits.filter((x) => !found.has(x))) : new Map<number, LogEntry>();
    for (const e of [...found.values(), ...more.values()]) {
      into.set(e.m.seq, { epoch: e.epoch, kind: e.m.kind as EntryKind, deleted: e.m.deleted, editSeqs: e.editSeqs });
    }
  }
}
