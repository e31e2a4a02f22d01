import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { DevTokenIssuer } from '../../lib/auth/tokens.js';
import { ChorusError, ErrorCode, decodeClientFrame, encodeClientFrame } from '../../lib/protocol/mod.js';
import { startTestNode, type TestNode } from '../../testing/node.js';
import { RawConnection } from '../../testing/raw.js';

/** Every documented error code and close code; anything else from the server is a bug. */
const ERROR_CODES = new Set(Object.values(ErrorCode).filter((v): v is number => typeof v === 'number' && v !== 0));
const CLOSE_CODES = new Set([1000, 1001, 1003, 1006, 1009, 4001, 4003, 4004, 4005, 4008, 4100, 4101, 4102, 4103]);
const SEED = 20261128;
const RUNS = Number(process.env.CHORUS_FUZZ_RUNS ?? 300);

/**
 * Valid frames of every kind, with arbitrary field values. refresh_token carries forged strings
 * and, when given, the real `tokens`.
 */
function frames(conv: string, tokens: readonly string[] = []): fc.Arbitrary<Uint8Array> {
  const id = fc.oneof(fc.constant(conv), fc.string({ maxLength: 80 }), fc.constantFrom('', 'g.x', 'd.a.b', '../..'));
  const forged = fc.oneof(fc.string({ maxLength: 300 }), fc.constantFrom('', 'a.b.c', 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJmei11c2VyIn0.'));
  const token = tokens.length === 0 ? forged : fc.oneof(forged, fc.constantFrom(...tokens));
  const seq = fc.oneof(fc.nat(50), fc.integer({ min: -5, max: 2 ** 53 }));
  const text = fc.string({ maxLength: 300 });
  const body = fc.oneof(
    fc.record({ send: fc.record({ conversationId: id, clientId: fc.string({ maxLength: 70 }), text, resend: fc.boolean() }) }),
    fc.record({ history: fc.record({ conversationId: id, beforeSeq: seq, limit: fc.nat(5000) }) }),
    fc.record({ history: fc.record({ conversationId: id, afterSeq: seq, limit: fc.nat(5000) }) }),
    fc.record({ sync: fc.record({ cursors: fc.array(fc.record({ conversationId: id, seq }), { maxLength: 5 }), limit: fc.nat(2000) }) }),
    fc.record({ createConversation: fc.record({ kind: fc.integer({ min: -1, max: 4 }), members: fc.array(fc.string({ maxLength: 70 }), { maxLength: 5 }), title: text }) }),
    fc.record({ listConversations: fc.record({ afterId: fc.string({ maxLength: 20 }), limit: fc.nat(2000) }) }),
    fc.record({ receipt: fc.record({ conversationId: id, seq, kind: fc.integer({ min: -1, max: 4 }) }) }),
    fc.record({ edit: fc.record({ conversationId: id, seq, text, clientId: fc.string({ maxLength: 70 }) }) }),
    fc.record({ delete: fc.record({ conversationId: id, seq, clientId: fc.string({ maxLength: 70 }) }) }),
    fc.record({ react: fc.record({ conversationId: id, seq, emoji: fc.string({ maxLength: 40 }), add: fc.boolean() }) }),
    fc.record({ typing: fc.record({ conversationId: id }) }),
    fc.record({ subscribePresence: fc.record({ conversationIds: fc.array(id, { maxLength: 25 }) }) }),
    fc.record({ receipts: fc.record({ conversationId: id }) }),
    fc.record({ inbox: fc.record({ beforeActivityMs: seq, beforeId: fc.string({ maxLength: 20 }), limit: fc.nat(2000) }) }),
    fc.record({ updateGroup: fc.record({ conversationId: id, add: fc.array(fc.string({ maxLength: 70 }), { maxLength: 3 }), remove: fc.array(fc.string({ maxLength: 70 }), { maxLength: 3 }), roles: fc.array(fc.string({ maxLength: 20 }), { maxLength: 3 }), clientId: fc.string({ maxLength: 70 }) }) }),
    fc.record({ leave: fc.record({ conversationId: id, clientId: fc.string({ maxLength: 70 }) }) }),
    fc.record({ registerPush: fc.record({ webhook: fc.record({ token: fc.string({ maxLength: 100 }) }) }) }),
    fc.record({ setPushPrefs: fc.record({ conversationId: id, mutedUntilMs: seq }) }),
    fc.record({ ping: fc.record({ clientTimeMs: seq }) }),
    fc.record({ refreshToken: fc.record({ token }) }),
  );
  return fc.tuple(fc.integer({ min: 1, max: 2 ** 31 - 1 }), body).map(([frameId, b]) => encodeClientFrame({ id: frameId, ...(b as object) }));
}

/** Random bytes, truncated and bit-flipped valid frames, and varints claiming huge lengths. */
function garbage(conv: string, tokens: readonly string[] = []): fc.Arbitrary<Uint8Array> {
  const mutated = fc.tuple(frames(conv, tokens), fc.nat(), fc.nat(255)).map(([f, at, bits]) => {
    const out = Uint8Array.from(f);
    if (out.length > 0) out[at % out.length] = (out[at % out.length]! ^ (bits || 1)) & 0xff;
    return out;
  });
  const truncated = fc.tuple(frames(conv, tokens), fc.nat()).map(([f, n]) => f.subarray(0, f.length === 0 ? 0 : n % f.length));
  const hugeLength = fc.constantFrom(
    Uint8Array.from([0x52, 0xff, 0xff, 0xff, 0xff, 0x0f]),
    Uint8Array.from([0x0a, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01]),
    Uint8Array.from([0x52, 0x05, 0x52, 0x03, 0x52, 0x01]),
  );
  return fc.oneof(fc.uint8Array({ maxLength: 200 }), mutated, truncated, hugeLength);
}

describe('fuzzing frames (bounded, deterministic seed)', () => {
  let t: TestNode;
  let db: Database.Database;
  let conv: string;
  let tokens: string[];
  before(async () => {
    t = await startTestNode(['--max-bad-frames', '1000000', '--max-pending', '65536', '--frame-rate', '1000000', '--frame-burst', '1000000']);
    db = new Database(join(t.dataDir, 'chorus.db'), { readonly: true });
    const owner = await t.client('fz-owner');
    conv = (await owner.createGroup('fuzz', ['fz-user'])).id;
    await owner.send(conv, 'seed');
    owner.close();
    // refresh_token candidates: the session's user (valid; inside the 60-s notice, so token_expiring
    // is pushed at once; expired) and another user (error, then close 4003).
    const expired = await new DevTokenIssuer(t.config.jwt, 60).issue('fz-user', Date.now() - 3_600_000);
    tokens = [await t.token('fz-user'), await t.token('fz-user', 30), expired, await t.token('fz-owner')];
  });
  after(async () => {
    db.close();
    await t.stop();
  });

  it('the decoder either decodes or throws BAD_FRAME, never anything else', () => {
    fc.assert(
      fc.property(garbage('g.x'), (bytes) => {
        try {
          decodeClientFrame(bytes);
        } catch (err) {
          assert.ok(err instanceof ChorusError && err.code === ErrorCode.BAD_FRAME, String(err));
        }
      }),
      { seed: SEED, numRuns: RUNS * 10 },
    );
  });

  it('a real server answers every frame with a result or a documented error, or closes with a documented code, and keeps serving', async () => {
    const c = await RawConnection.login(t.url, await t.token('fz-user'));
    const cases = fc.sample(fc.oneof(frames(conv, tokens), garbage(conv, tokens)), { seed: SEED, numRuns: RUNS });
    let answered = 0;
    const closes = new Map<number, number>();
    let conn = c;
    for (const bytes of cases) {
      let decoded: number | null = null;
      try {
        decoded = decodeClientFrame(bytes).id;
      } catch {
        decoded = null;
      }
      conn.sendBytes(bytes);
      // A ping after each case: its pong proves the previous frame was handled and the server lives.
      const probe = conn.send({ ping: { clientTimeMs: 1 } });
      try {
        await conn.next((f) => f.id === probe, 5000);
      } catch (err) {
        assert.ok(conn.closed !== null, `no pong and no close: ${String(err)}`);
        assert.ok(CLOSE_CODES.has(conn.closed.code), `undocumented close ${conn.closed.code}`);
        closes.set(conn.closed.code, (closes.get(conn.closed.code) ?? 0) + 1);
        conn = await RawConnection.login(t.url, await t.token('fz-user'));
        continue;
      }
      if (decoded !== null && decoded !== 0) {
        const reply = await conn.next((f) => f.id === decoded, 5000).catch(() => null);
        if (reply?.body === 'error') assert.ok(ERROR_CODES.has(reply.error!.code as number), `undocumented error code ${reply.error!.code}`);
        if (reply !== null) answered++;
      }
    }
    assert.ok(answered > RUNS / 4, `most decodable frames were answered (${answered})`);
    const healthy = await RawConnection.login(t.url, await t.token('fz-owner'));
    assert.equal((await healthy.call({ send: { conversationId: conv, clientId: 'after-fuzz', text: 'still here' } })).body, 'ack');
    healthy.close();
    conn.close();
    const closed = [...closes].map(([code, n]) => `${n}× ${code}`).join(', ') || 'none';
    console.log(`# fuzz: ${cases.length} frames over a real socket, ${answered} answered, closes: ${closed}`);
  });

  it('stores nothing for rejected frames: the log holds only gapless entries from members', () => {
    const rows = db.prepare('SELECT seq, sender_id FROM messages WHERE conversation_id = ? ORDER BY seq').all(conv) as { seq: number; sender_id: string }[];
    assert.deepEqual(rows.map((r) => r.seq), rows.map((_, i) => i + 1), 'gapless');
    for (const r of rows) assert.ok(['fz-owner', 'fz-user'].includes(r.sender_id));
    const strangers = db.prepare("SELECT COUNT(*) AS n FROM members WHERE conversation_id = ? AND user_id NOT IN ('fz-owner', 'fz-user') AND left_seq = 0").get(conv) as { n: number };
    // Members may only be added by owners/admins, and fz-user is neither.
    assert.equal(strangers.n, 0);
  });
});
