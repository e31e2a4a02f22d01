/**
 * Read positions and presence on ScyllaDB: device cursors, member cursors (the highest over a
 * member's devices), when a conversation's receipts last moved, and when users were last seen.
 *
 * Everything here is "keep the highest value": each cell is written USING TIMESTAMP <its value>
 * (a seq, or a time in ms), so last-write-wins keeps the highest whatever order writes arrive in,
 * with no read before the write and no lightweight transaction. These cells must never be written
 * with a server timestamp (microseconds since 1970 would pin them forever).
 */
import { checkCursor, checkKey } from './validate.js';
import type { StoreStatements } from './scylla_schema.js';
import { num, numOr0 } from './scylla_rows.js';
import type { ScyllaSession } from './scylla_session.js';
import type { CursorAdvance, CursorKind, CursorRecord, CursorStore, LastSeenStore, MemberCursor } from './store.js';

/** Ids per IN query. */
const IN_CHUNK = 100;

export class ScyllaReceipts implements CursorStore, LastSeenStore {
  constructor(
    private readonly session: ScyllaSession,
    private readonly s: StoreStatements,
  ) {}

  /**
   * Moves the device cursor, then the member cursor to the device's value. `memberMoved` compares
   * with the member cursor read before the write: two devices of one member advancing at the same
   * moment may both report a move (a receipt sent twice), never a move that did not happen.
   */
  async advanceCursor(c: CursorRecord, at: number): Promise<CursorAdvance> {
    checkCursor(c);
    const idem = { idempotent: true };
    const [, before] = await Promise.all([
      this.session.execute(this.s.advanceCursor, [c.seq, c.seq, c.userId, c.deviceId, c.conversationId, c.kind], idem),
      this.session.execute(this.s.memberCursor, [c.conversationId, c.userId, c.kind], idem),
    ]);
    const deviceRow = (await this.session.execute(this.s.getCursor, [c.userId, c.deviceId, c.conversationId, c.kind], idem)).first();
    const device = deviceRow ? num(deviceRow['seq']) : c.seq;
    const previous = before.first() ? num(before.first()['seq']) : -1;
    const memberMoved = device > previous;
    if (memberMoved) {
      await Promise.all([
        this.session.execute(this.s.advanceMemberCursor, [device, device, c.conversationId, c.userId, c.kind], idem),
        this.session.execute(this.s.markReceipts, [at, at, c.conversationId], idem),
      ]);
    }
    return { device, member: Math.max(device, previous), memberMoved };
  }

  async cursors(userId: string, deviceId: string): Promise<CursorRecord[]> {
    checkKey('user id', userId);
    checkKey('device id', deviceId);
    const rows = await this.session.all(this.s.cursors, [userId, deviceId], { idempotent: true });
    return rows.map((r) => ({
      userId,
      deviceId,
      conversationId: r['conversation_id'] as string,
      kind: r['kind'] as CursorKind,
      seq: num(r['seq']),
    }));
  }

  async memberCursors(conversationId: string): Promise<MemberCursor[]> {
    checkKey('conversation id', conversationId);
    const byUser = new Map<string, MemberCursor>();
    for (const r of await this.session.all(this.s.memberCursors, [conversationId], { idempotent: true })) {
      const userId = r['user_id'] as string;
      let c = byUser.get(userId);
      if (c === undefined) byUser.set(userId, (c = { userId, delivered: 0, read: 0 }));
      if (r['kind'] === 'read') c.read = num(r['seq']);
      else c.delivered = num(r['seq']);
    }
    // Reading implies delivery.
    for (const c of byUser.values()) c.delivered = Math.max(c.delivered, c.read);
    return [...byUser.values()].sort((a, b) => (a.userId < b.userId ? -1 : 1));
  }

  async receiptsUpdatedAt(conversationId: string): Promise<number> {
    checkKey('conversation id', conversationId);
    const row = (await this.session.execute(this.s.receiptsAt, [conversationId], { idempotent: true })).first();
    return row ? numOr0(row['receipts_at']) : 0;
  }

  async setLastSeen(userId: string, at: number): Promise<void> {
    checkKey('user id', userId);
    await this.session.execute(this.s.setLastSeen, [at, at, userId], { idempotent: true });
  }

  async lastSeen(userIds: readonly string[]): Promise<Map<string, number>> {
    for (const u of userIds) checkKey('user id', u);
    const out = new Map<string, number>();
    const ids = [...new Set(userIds)];
    for (let i = 0; i < ids.length; i += IN_CHUNK) {
      const rows = await this.session.all(this.s.lastSeen, [ids.slice(i, i + IN_CHUNK)], { idempotent: true });
      for (const r of rows) if (r['at'] != null) out.set(r['user_id'] as string, num(r['at']));
    }
    return out;
  }
}
