import assert from 'node:assert/strict';
import { CloseCode, ErrorCode, pb } from '../protocol/mod.js';
import { ask, describe, direct, error, group, paced, pushed, seqs } from './expect.js';
import { type Check, type KitContext, NotApplicable } from './kit.js';
import type { RawConnection } from './raw.js';

/** Limits that protect the server from one connection: too many requests in flight, a stuck reader. */

const MiB = 1024 * 1024;
/** A stuck client is never sent more than this before the check gives up. */
const MAX_FLOOD = 64 * MiB;
/** Send-and-read chains of a flood round running at once, each with its own reader. */
const LANES = 4;

interface Reader {
  conn: RawConnection;
  id: string;
}

interface Flooded {
  /** The connection the server closed. */
  stuck: RawConnection;
  /** How the round went (for failure messages). */
  round: string;
  /** Each message's seq → the next one its chain sent, once its receipt update had reached the chain's reader. */
  sentAfter: ReadonlyMap<number, number>;
}

/** Sends `text` to the conversation and has `reader` read it; resolves once the reader saw its own receipt update. */
async function sendAndRead(sender: RawConnection, reader: RawConnection, readerId: string, conversationId: string, text: string): Promise<number> {
  const ack = await paced(sender, { send: { conversationId, clientId: `s${Math.random().toString(36).slice(2)}`, text } });
  const seq = Number(ack.ack?.seq ?? Number.NaN);
  assert.ok(ack.body === 'ack', describe(ack));
  const r = await paced(reader, { receipt: { conversationId, seq, kind: pb.ReceiptKind.READ } });
  assert.ok(r.body === 'receipt', describe(r));
  await pushed(reader, 'receiptUpdate', conversationId, (f) => f.receiptUpdate!.userId === readerId && Number(f.receiptUpdate!.seq) === seq);
  return seq;
}

/**
 * Floods a client that stopped reading, in rounds (a fresh connection, paused; n messages; read
 * again) with n doubling until the server closes it: the kernel's socket buffers, which the server
 * cannot see, take an unknown share first. Fresh connections, because one that has read a lot has
 * kernel buffers grown to match. Returns the connection that was closed, and how the round went.
 *
 * The client cannot see the close while paused, so it reads again only when the round is over,
 * up to about half a round after the close (tens of seconds on a busy cluster). What it relies on,
 * and what is checked: while the client shows it is alive (its pings), the server keeps a closed
 * connection open for it to read the close frame behind its backlog (Chorus: up to 5 min,
 * docs/protocol.md; uWS alone drops it 4–16 s after the close, and the check then saw 1006).
 * Messages go out in LANES chains at once to keep rounds short.
 */
async function floodUntilClosed(ctx: KitContext, stuckUser: string, sender: RawConnection, readers: readonly Reader[], conversationId: string): Promise<Flooded> {
  const hard = ctx.server.maxBackpressureBytes;
  // At most an eighth of the hard limit per message, so several fall between the soft and hard limits.
  const size = Math.max(256, Math.min(sender.welcome?.limits?.maxTextBytes ?? 16_384, Math.floor(hard / 8)));
  const text = 'x'.repeat(size);
  for (let n = Math.ceil((2 * hard) / size); ; n *= 2) {
    assert.ok(n * size <= MAX_FLOOD, `not closed after ${MAX_FLOOD} bytes (is --max-backpressure-bytes ${hard}?)`);
    const stuck = await ctx.login(stuckUser, `stuck${n}`);
    stuck.pause();
    const pausedAt = Date.now();
    let last = 0;
    let sent = 0;
    const sentAfter = new Map<number, number>();
    // Each chain has its own reader: a read receipt only moves forward, so one reader's receipts
    // must follow its own sends' order.
    const lane = async ({ conn, id }: Reader): Promise<void> => {
      let previous = 0;
      while (sent++ < n) {
        const seq = await sendAndRead(sender, conn, id, conversationId, text);
        if (previous > 0) sentAfter.set(previous, seq);
        previous = seq;
        last = Math.max(last, seq);
      }
    };
    // Not reading, it cannot answer the server's pings: its own show it is alive (the idle timeout).
    const pinger = setInterval(() => stuck.ping(), 250);
    try {
      await Promise.all(readers.map(lane));
    } finally {
      clearInterval(pinger);
    }
    const pausedMs = Date.now() - pausedAt;
    stuck.resume();
    const has = (): boolean => stuck.buffered().some((f) => f.body === 'message' && Number(f.message!.seq) === last);
    await stuck.until(() => stuck.closed !== null || has(), 30_000);
    if (stuck.closed !== null) return { stuck, round: `${n} messages of ${size} bytes, paused ${pausedMs} ms`, sentAfter };
    assert.ok(has(), `message ${last} never reached the client after it read again`);
    stuck.close();
  }
}

export const pressureChecks: Check[] = [
  {
    group: 'slow-consumer',
    name: 'a client that stops reading loses receipt updates first, then is closed with 4100; what it got is a gapless prefix',
    timeoutMs: 120_000,
    produces: { closes: [CloseCode.SLOW_CONSUMER] },
    async run(ctx) {
      const [s, p] = [ctx.user('sender'), ctx.user('stuck')];
      const cs = await ctx.login(s);
      const ids = Array.from({ length: LANES }, (_, i) => ctx.user(`reader${i}`));
      const readers = await Promise.all(ids.map(async (id) => ({ conn: await ctx.login(id), id })));
      const g = await group(cs, [...ids, p], 'busy');
      const { stuck: cp, round, sentAfter } = await floodUntilClosed(ctx, p, cs, readers, g);
      const frames = cp.buffered().filter((f) => f.body === 'message').length;
      assert.equal(cp.closed?.code, CloseCode.SLOW_CONSUMER, `close code ${cp.closed?.code} (reason "${cp.closed?.reason}") after ${round}; ${frames} messages read`);
      const got = seqs(cp.buffered().filter((f) => f.body === 'message').map((f) => f.message!));
      assert.ok(got.length > 0, 'messages reach a client that reads');
      assert.deepEqual(got, got.map((_, i) => got[0]! + i), 'messages up to the close arrive gapless');
      const updates = new Set(cp.buffered().filter((f) => f.body === 'receiptUpdate' && ids.includes(f.receiptUpdate!.userId ?? '')).map((f) => Number(f.receiptUpdate!.seq)));
      assert.ok(updates.has(got[0]!), 'receipt updates reach a client that reads');
      // An update missing while the message its chain sent after it arrived was skipped, not cut by the close.
      const skipped = got.filter((seq) => !updates.has(seq) && got.includes(sentAfter.get(seq) ?? Number.NaN));
      assert.ok(skipped.length > 0, `no receipt update was skipped before the close (${got.length} messages, ${updates.size} updates)`);
    },
  },
  {
    group: 'limits',
    name: 'more requests in flight than max_pending_requests: OVERLOADED with retry_after_ms; exactly the acked sends are stored, the rest go through when resent',
    produces: { errors: [ErrorCode.OVERLOADED] },
    async run(ctx) {
      const c = await ctx.login(ctx.user('flood'));
      const maxPending = c.welcome?.limits?.maxPendingRequests ?? 256;
      // One connection can have more in flight than the limit only if the rate limit lets it send them.
      const n = Math.min(ctx.server.frameBurst - 10, maxPending * 4);
      if (n <= maxPending) throw new NotApplicable(`needs --max-pending (${maxPending}) well below --frame-burst (${ctx.server.frameBurst})`);
      const id = await direct(c, ctx.user('floodee'));
      const ids = Array.from({ length: n }, (_, i) => c.send({ send: { conversationId: id, clientId: `f${i}`, text: `flood ${i}` } }));
      const answers = await Promise.all(ids.map((req) => c.next((f) => f.id === req)));
      const refusedAt = answers.flatMap((f, i) => (f.body === 'ack' ? [] : [(error(f, ErrorCode.OVERLOADED), i)]));
      assert.ok(refusedAt.length > 0, `${n} sends at once, none refused OVERLOADED (max_pending_requests ${maxPending})`);
      assert.ok(answers.every((f) => f.body === 'ack' || (f.error!.retryAfterMs ?? 0) > 0), 'retry_after_ms is set');
      const stored = (await ask(c, { history: { conversationId: id, afterSeq: 0, limit: n } }, 'history')).history!;
      assert.equal((stored.messages ?? []).length, n - refusedAt.length, 'only the acked sends were stored');
      for (const i of refusedAt) {
        const f = await paced(c, { send: { conversationId: id, clientId: `f${i}`, text: `flood ${i}`, resend: true } });
        assert.ok(f.body === 'ack' && f.ack!.duplicate === false, describe(f));
      }
      assert.equal(Number((await ask(c, { history: { conversationId: id, limit: 1 } }, 'history')).history!.lastSeq), n, 'each stored once');
    },
  },
];
