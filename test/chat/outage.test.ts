import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ActorSystem } from '../../lib/actors/mod.js';
import { LocalChatService } from '../../lib/chat/local_service.js';
import type { Fanout } from '../../lib/chat/types.js';
import { ChorusError, ErrorCode, decodeServerFrame, isRetryable } from '../../lib/protocol/mod.js';
import { type MessageRecord, type MessageStore, SqliteStore, StoreUnavailableError } from '../../lib/storage/mod.js';

/** A real store behind a switch that makes every call fail as an unreachable database would. */
function switchable(inner: MessageStore): { store: MessageStore; down: { value: boolean } } {
  const down = { value: false };
  const store = new Proxy(inner, {
    get(target, prop, receiver) {
      const v = Reflect.get(target, prop, receiver) as unknown;
      if (typeof v !== 'function') return v;
      return (...args: unknown[]) => {
        if (down.value && prop !== 'close') return Promise.reject(new StoreUnavailableError('database is down'));
        return (v as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { store, down };
}

describe('chat core when the store fails', () => {
  it('refuses sends with a retryable error during an outage, acknowledges only what is stored, and recovers', async () => {
    const sqlite = new SqliteStore({ path: ':memory:' });
    const { store, down } = switchable(sqlite);
    const delivered: number[] = [];
    const fanout: Fanout = {
      toUsers(_ids, frame) {
        const m = decodeServerFrame(frame).message;
        if (m) delivered.push(m.seq as number);
      },
    };
    const system = new ActorSystem({ passivationSweepMs: 0 });
    const service = new LocalChatService({
      system,
      store,
      fanout,
      limits: { maxTextBytes: 1000, maxGroupMembers: 10, maxConversationsPerUser: 100, maxPage: 100, dedupWindow: 64, requestTimeoutMs: 2000, editWindowMs: 60_000, deleteWindowMs: 60_000, typingIntervalMs: 1000, typingTtlMs: 5000 },
      passivateAfterMs: 0,
      mailboxCapacity: 1000,
    });
    const alice = { userId: 'alice', deviceId: 'd' };
    const conv = await service.createConversation(alice, { kind: 'direct', members: ['bob'], title: '' });
    const acked = new Map<string, number>();
    let refused = 0;
    let n = 0;
    const sendOne = async (resend = false, id = `c${n++}`): Promise<void> => {
      try {
        const a = await service.send(alice, { conversationId: conv.id, clientId: id, text: id, resend });
        acked.set(id, a.seq);
      } catch (err) {
        assert.ok(err instanceof ChorusError);
        assert.ok(isRetryable(err.code), `error ${err.code} is retryable`);
        refused++;
      }
    };
    for (let i = 0; i < 20; i++) await sendOne();
    down.value = true;
    const during = [];
    for (let i = 0; i < 20; i++) during.push(sendOne());
    await Promise.all(during);
    assert.equal(acked.size, 20, 'nothing acknowledged while the store is down');
    assert.equal(refused, 20);
    down.value = false;
    // Recovery: the actor restarts by itself; clients resend what was refused (same ids).
    for (let i = 20; i < 40; i++) {
      for (;;) {
        const before: number = refused;
        await sendOne(true, `c${i}`);
        if (refused === before) break;
        await new Promise((r) => setTimeout(r, 20));
      }
    }
    const rows: MessageRecord[] = await sqlite.range(conv.id, { afterSeq: 0, limit: 100 });
    assert.deepEqual(rows.map((r) => r.seq), Array.from({ length: 40 }, (_, i) => i + 1), 'gapless, no seq reused');
    assert.equal(new Set(rows.map((r) => r.clientId)).size, 40, 'each message stored once');
    for (const [id, seq] of acked) assert.equal(rows[seq - 1]!.clientId, id);
    assert.deepEqual(delivered, rows.map((r) => r.seq), 'only stored messages were delivered, in order');
    assert.equal(ErrorCode.UNAVAILABLE, 2000);
    system.shutdown();
    await sqlite.close();
  });
});
