import type { Clock, Timer } from '../time/mod.js';
import type { ScyllaSession } from '../storage/scylla_session.js';
import type { PushDispatcher } from './dispatcher.js';
import type { PushOutbox } from './outbox.js';
import { type OutboxOwnerRow, ScyllaOutboxOwners } from './outbox_owners.js';
import { ScyllaPushOutbox, outboxBucket } from './scylla_push_outbox.js';
import type { PushStatements } from './scylla_push_statements.js';
import type { OutboxStats } from './sqlite_push_outbox.js';

export interface ClusterOutboxesOptions {
  session: ScyllaSession;
  statements: PushStatements;
  /** This node's id: its own outbox, and the holder it writes when it drains another's. */
  self: string;
  /** Node ids whose membership lease is alive now (etcd). */
  alive(): ReadonlySet<string>;
  /** A dispatcher for an outbox this node holds; `owner` is whose pushes they are. */
  dispatcher(outbox: PushOutbox, owner: string): PushDispatcher;
  clock: Clock;
  /** How often the owner rows are read (and leases looked at). */
  pollMs: number;
  /** A node must be gone this long before its outbox is taken (a membership blip is not a death). */
  graceMs: number;
  /** Finished entries are forgotten from memory after this (their journal rows expire on their own). */
  keepFinishedMs: number;
  onError(err: unknown, context: string): void;
  onEvent?(event: 'claimed' | 'drained' | 'released', owner: string, depth: number): void;
}

interface Held {
  row: OutboxOwnerRow;
  outbox: ScyllaPushOutbox;
  dispatcher: PushDispatcher;
  low: number;
}

/**
 * The outboxes of a cluster on ScyllaDB, from one node's side. The node holds its own outbox (the
 * planner writes there); when another node's membership lease has been gone for graceMs and its
 * outbox row is still open, the first node to claim the row (compare-and-set on its epoch) replays
 * that outbox's journal and drains it with a dispatcher of its own, then closes the row. A node
 * that comes back claims its row again, and the drainer, seeing the epoch move or the owner alive,
 * stops. Delivery is at least once: the window for a duplicate is a push whose request was written
 * (journalled `sending`) but whose outcome was not, and a drainer still running when its owner
 * returns; the provider's collapse key and the stable delivery id absorb both.
 */
export class ClusterOutboxes {
  private readonly owners: ScyllaOutboxOwners;
  private readonly held = new Map<string, Held>();
  private readonly goneSince = new Map<string, number>();
  private timer: Timer | undefined;
  private ticking: Promise<void> | null = null;
  private stopped = false;

  constructor(private readonly o: ClusterOutboxesOptions) {
    this.owners = new ScyllaOutboxOwners(o.session, o.statements);
  }

  /** Claims and replays this node's own outbox, starts its dispatcher, then watches the others. */
  async start(): Promise<PushOutbox> {
    // A survivor may be claiming this node's outbox at the same moment (it thought us dead): the
    // compare-and-set then fails for one of us, and we read the new epoch and claim again.
    let row: OutboxOwnerRow | undefined;
    for (let attempt = 0; row === undefined && attempt < 5; attempt++) row = await this.owners.claim(this.o.self, this.o.self, outboxBucket(this.o.clock.now()));
    if (row === undefined) throw new Error(`could not claim the outbox of ${this.o.self}: other nodes keep claiming it`);
    const own = await this.hold(row);
    this.schedule();
    return own.outbox;
  }

  /** Depth and oldest entry of every outbox this node holds, by owner. */
  async stats(): Promise<Map<string, OutboxStats>> {
    const out = new Map<string, OutboxStats>();
    for (const [owner, h] of this.held) out.set(owner, await h.outbox.stats());
    return out;
  }

  /**
   * Stops dispatching (sends in flight finish) and records where each replay must start. The own
   * outbox stays open for pushes planned while the node drains: they are journalled, and the node
   * that takes the outbox over sends them.
   */
  async stopDispatch(): Promise<void> {
    this.stopped = true;
    if (this.timer !== undefined) this.o.clock.clearTimeout(this.timer);
    await this.ticking;
    for (const owner of Array.from(this.held.keys())) await this.release(owner, true);
  }

  async close(): Promise<void> {
    await this.stopDispatch();
    const own = this.held.get(this.o.self);
    this.held.delete(this.o.self);
    await own?.outbox.close();
  }

  private async hold(row: OutboxOwnerRow): Promise<Held> {
    const outbox = await ScyllaPushOutbox.open({ session: this.o.session, statements: this.o.statements, owner: row.owner, fromBucket: row.lowBucket, now: this.o.clock.now() });
    const dispatcher = this.o.dispatcher(outbox, row.owner);
    await dispatcher.start();
    const h: Held = { row, outbox, dispatcher, low: row.lowBucket };
    this.held.set(row.owner, h);
    return h;
  }

  /** Stops dispatching an outbox; closes its row when nothing in it waits, or records the replay start. */
  private async release(owner: string, finalLow: boolean): Promise<void> {
    const h = this.held.get(owner);
    if (h === undefined) return;
    const mine = owner === this.o.self;
    await h.dispatcher.stop();
    const now = this.o.clock.now();
    const { depth } = await h.outbox.stats();
    if (depth === 0 && !mine) {
      if (await this.owners.close(owner, h.row.epoch, outboxBucket(now))) this.o.onEvent?.('drained', owner, 0);
    } else if (finalLow) {
      await this.owners.setLow(owner, h.row.epoch, await h.outbox.lowBucket(now));
      this.o.onEvent?.('released', owner, depth);
    }
    if (mine) return;
    this.held.delete(owner);
    await h.outbox.close();
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = this.o.clock.setTimeout(() => {
      this.ticking = this.tick()
        .catch((err: unknown) => this.o.onError(err, 'outbox takeover'))
        .finally(() => {
          this.ticking = null;
          this.schedule();
        });
    }, this.o.pollMs);
    this.timer.unref?.();
  }

  private async tick(): Promise<void> {
    const now = this.o.clock.now();
    const alive = this.o.alive();
    for (const row of await this.owners.list()) {
      if (this.stopped) return;
      const h = this.held.get(row.owner);
      if (h !== undefined) {
        await this.keep(h, row, alive, now);
        continue;
      }
      if (!row.open || alive.has(row.owner) || (row.holder !== row.owner && row.holder !== '' && alive.has(row.holder))) {
        this.goneSince.delete(row.owner);
        continue;
      }
      const since = this.goneSince.get(row.owner) ?? now;
      this.goneSince.set(row.owner, since);
      if (now - since < this.o.graceMs) continue;
      const claimed = await this.owners.claim(row.owner, this.o.self, row.lowBucket, row.epoch);
      if (claimed === undefined) continue;
      this.goneSince.delete(row.owner);
      const taken = await this.hold(claimed);
      this.o.onEvent?.('claimed', row.owner, (await taken.outbox.stats()).depth);
    }
  }

  /** An outbox this node holds: still ours? drained? Keeps the replay start and memory bounded. */
  private async keep(h: Held, row: OutboxOwnerRow, alive: ReadonlySet<string>, now: number): Promise<void> {
    const mine = row.owner === this.o.self;
    if (row.epoch !== h.row.epoch || (!mine && alive.has(row.owner))) {
      // Claimed by someone else (the owner back from the dead): let go without touching the row.
      this.held.delete(row.owner);
      await h.dispatcher.stop();
      await h.outbox.close();
      this.o.onEvent?.('released', row.owner, -1);
      return;
    }
    await h.outbox.purge(now - this.o.keepFinishedMs, 10_000);
    if (!mine && (await h.outbox.stats()).depth === 0) {
      await this.release(row.owner, false);
      return;
    }
    const low = await h.outbox.lowBucket(now);
    if (low !== h.low && (await this.owners.setLow(row.owner, h.row.epoch, low))) h.low = low;
  }
}
