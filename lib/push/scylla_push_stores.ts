import type { Clock } from '../time/mod.js';
import type { Row, ScyllaSession } from '../storage/scylla_session.js';
import { InvalidPushJob } from './errors.js';
import { ALL_CONVERSATIONS, type PushPrefsStore } from './prefs.js';
import { targetAddress, type PushTarget } from './provider.js';
import { pushStatements, type PushStatements } from './scylla_push_statements.js';
import type { PushRegistration, PushTokenStore } from './token_store.js';
import { FRESH_ROW, type UnreadCounter, type UnreadCounts } from './unread.js';

const ID = /^[A-Za-z0-9_-]{1,64}$/;
const W = { idempotent: true } as const;

/** Registrations partitioned by user; a second table maps each target to the one device holding it. */
export class ScyllaPushTokenStore implements PushTokenStore {
  constructor(
    private readonly session: ScyllaSession,
    private readonly s: PushStatements,
    private readonly clock: Clock,
  ) {}

  async register(r: PushRegistration): Promise<void> {
    if (!ID.test(r.userId) || !ID.test(r.deviceId)) throw new InvalidPushJob('userId and deviceId must match [A-Za-z0-9_-]{1,64}');
    if (!Number.isSafeInteger(r.registeredAt) || r.registeredAt < 0) throw new InvalidPushJob('registeredAt must be a time in ms');
    const address = targetAddress(r.target);
    const [previous, holder] = await Promise.all([this.device(r.userId, r.deviceId), this.session.execute(this.s.targetOwner, [address], W)]);
    const other = holder.first();
    // A phone that changed hands: the previous owner's registration of this target goes first.
    if (other && (other['user_id'] !== r.userId || other['device_id'] !== r.deviceId)) {
      const theirs = await this.device(String(other['user_id']), String(other['device_id']));
      if (theirs?.address === address) await this.session.execute(this.s.removeDevice, [micros(theirs.registeredAt), other['user_id'], other['device_id']], W);
    }
    if (previous && previous.address !== address) await this.session.execute(this.s.removeTarget, [micros(previous.registeredAt), previous.address], W);
    const at = micros(r.registeredAt);
    await Promise.all([
      this.session.execute(this.s.putDevice, [r.userId, r.deviceId, address, JSON.stringify(r.target), r.registeredAt, at], W),
      this.session.execute(this.s.putTarget, [address, r.userId, r.deviceId, at], W),
    ]);
  }

  async unregister(userId: string, deviceId: string): Promise<boolean> {
    const current = await this.device(userId, deviceId);
    if (!current) return false;
    const at = Math.max(micros(this.clock.now()), micros(current.registeredAt));
    await Promise.all([
      this.session.execute(this.s.removeDevice, [at, userId, deviceId], W),
      this.session.execute(this.s.removeTarget, [micros(current.registeredAt), current.address], W),
    ]);
    return true;
  }

  async devicesOf(userId: string): Promise<PushRegistration[]> {
    const rows = await this.session.all(this.s.devices, [userId], W);
    return rows.map((r: Row) => ({ userId, deviceId: String(r['device_id']), target: JSON.parse(String(r['target'])) as PushTarget, registeredAt: Number(r['registered_at']) }));
  }

  async deleteIfCurrent(userId: string, deviceId: string, target: PushTarget, since?: number): Promise<boolean> {
    const current = await this.device(userId, deviceId);
    if (!current || current.address !== targetAddress(target) || current.registeredAt > (since ?? Number.MAX_SAFE_INTEGER)) return false;
    // Written at the registration's own time: a registration made meanwhile survives it.
    await Promise.all([
      this.session.execute(this.s.removeDevice, [micros(current.registeredAt), userId, deviceId], W),
      this.session.execute(this.s.removeTarget, [micros(current.registeredAt), current.address], W),
    ]);
    return true;
  }

  async close(): Promise<void> {}

  private async device(userId: string, deviceId: string): Promise<{ address: string; registeredAt: number } | undefined> {
    const row = (await this.session.execute(this.s.device, [userId, deviceId], W)).first();
    return row ? { address: String(row['address']), registeredAt: Number(row['registered_at']) } : undefined;
  }
}

/** Mute deadlines partitioned by user; '*' is do-not-disturb. */
export class ScyllaPushPrefsStore implements PushPrefsStore {
  constructor(
    private readonly session: ScyllaSession,
    private readonly s: PushStatements,
  ) {}

  async mute(userId: string, conversationId: string, until: number): Promise<void> {
    if (until <= 0) await this.session.execute(this.s.unmute, [userId, conversationId], W);
    else await this.session.execute(this.s.mute, [userId, conversationId, until], W);
  }

  async isMuted(userId: string, conversationId: string, now: number): Promise<boolean> {
    const rows = await this.session.all(this.s.muted, [userId, conversationId, ALL_CONVERSATIONS], W);
    return rows.some((r) => Number(r['muted_until']) > now);
  }

  async close(): Promise<void> {}
}

/** Unread counts partitioned by user: the badge is one partition read. */
export class ScyllaUnreadCounter implements UnreadCounter {
  constructor(
    private readonly session: ScyllaSession,
    private readonly s: PushStatements,
  ) {}

  async set(userId: string, conversationId: string, unread: number): Promise<void> {
    await this.session.execute(this.s.setUnread, [userId, conversationId, Math.max(0, Math.trunc(unread))], W);
  }

  async read(userId: string): Promise<UnreadCounts> {
    const out: UnreadCounts = { fresh: false, byConversation: new Map() };
    for (const r of await this.session.all(this.s.unread, [userId], W)) {
      const c = String(r['conversation_id']);
      const n = Number(r['unread'] ?? 0);
      if (c === FRESH_ROW) out.fresh = n === 1;
      else out.byConversation.set(c, n);
    }
    return out;
  }

  async setFresh(userId: string, fresh: boolean): Promise<void> {
    await this.session.execute(this.s.setUnread, [userId, FRESH_ROW, fresh ? 1 : 0], W);
  }

  async close(): Promise<void> {}
}

function micros(ms: number): number {
  return ms * 1000;
}

export interface ScyllaPushOptions {
  session: ScyllaSession;
  keyspace: string;
  clock: Clock;
}

/** The push roles on one session (the caller opens and closes it). */
export function scyllaPushStores(o: ScyllaPushOptions): { tokens: ScyllaPushTokenStore; prefs: ScyllaPushPrefsStore; unread: ScyllaUnreadCounter; statements: PushStatements } {
  const s = pushStatements(o.keyspace);
  return { tokens: new ScyllaPushTokenStore(o.session, s, o.clock), prefs: new ScyllaPushPrefsStore(o.session, s), unread: new ScyllaUnreadCounter(o.session, s), statements: s };
}
