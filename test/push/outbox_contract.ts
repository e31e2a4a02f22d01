import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { InvalidPushJob, type PushJob, type PushNotification, type PushOutbox, pushKey } from '../../lib/push/mod.js';

/**
 * The behaviour every PushOutbox must have (outbox.ts). Run it from a test file with a factory
 * that opens a fresh outbox; `reopen` opens a second handle on the same data (another process,
 * or the same one after a crash).
 */
export interface OutboxFactory {
  /** `now`: the test's time, for outboxes that read their journal up to it. */
  open(now: number): Promise<PushOutbox>;
  reopen(now: number): Promise<PushOutbox>;
  cleanup?(): Promise<void>;
}

const T0 = 1_700_000_000_000;
let unique = 0;

export function job(over: Partial<PushNotification> = {}, device = 'phone', at = T0): PushJob {
  unique++;
  const notification: PushNotification = { conversationId: `g.c${unique}`, seq: 1, title: 't', body: 'b', ...over };
  return {
    key: pushKey(notification.conversationId, notification.seq, device),
    userId: 'bob',
    deviceId: device,
    target: { platform: 'webhook', token: `tok-${device}` },
    notification,
    notBefore: at,
    expiresAt: at + 3600_000,
  };
}

const claimAt = (now: number, owner = 'a', limit = 10, leaseMs = 30_000) => ({ owner, now, leaseMs, limit, ambiguous: 'drop' as const });

export function outboxContract(name: string, factory: OutboxFactory): void {
  describe(`PushOutbox contract: ${name}`, () => {
    let outbox: PushOutbox;
    let now = T0;
    before(async () => {
      outbox = await factory.open(now);
    });
    after(async () => {
      await outbox.close();
      await factory.cleanup?.();
    });

    /** Claims everything due and leaves the outbox empty of due work (each test starts later in time). */
    async function drain(): Promise<void> {
      now += 24 * 3600_000;
      for (;;) {
        const { jobs } = await outbox.claim(claimAt(now, 'drain', 100));
        if (jobs.length === 0) break;
        for (const j of jobs) await outbox.complete(j, { state: 'dropped', reason: 'test' }, now);
      }
    }

    it('enqueue is idempotent per key and claim hands an entry to one owner only', async () => {
      await drain();
      const j = job({}, 'phone', now);
      assert.deepEqual(await outbox.enqueue([j, j], now), { inserted: 1, superseded: 0 });
      assert.deepEqual(await outbox.enqueue([j], now), { inserted: 0, superseded: 0 });
      const [a, b] = await Promise.all([outbox.claim(claimAt(now, 'a')), outbox.claim(claimAt(now, 'b'))]);
      assert.equal(a.jobs.length + b.jobs.length, 1);
      const claimed = [...a.jobs, ...b.jobs][0]!;
      assert.equal(claimed.key, j.key);
      assert.equal(claimed.attempt, 1);
      assert.deepEqual(claimed.target, j.target);
      assert.deepEqual(claimed.notification, j.notification);
      assert.equal((await outbox.get(j.key))?.state, 'claimed');
    });

    it('begin and complete are fenced by owner and attempt', async () => {
      await drain();
      const j = job({}, 'phone', now);
      await outbox.enqueue([j], now);
      const [c] = (await outbox.claim(claimAt(now))).jobs;
      assert.ok(c);
      assert.equal(await outbox.begin({ ...c, owner: 'other' }, now), false);
      assert.equal(await outbox.begin({ ...c, attempt: 2 }, now), false);
      assert.equal(await outbox.begin(c, now), true);
      assert.equal(await outbox.begin(c, now), false, 'only from claimed');
      assert.equal(await outbox.complete({ ...c, owner: 'other' }, { state: 'sent' }, now), false);
      assert.equal(await outbox.complete(c, { state: 'sent', providerId: 'm1' }, now), true);
      assert.equal(await outbox.complete(c, { state: 'sent' }, now), false, 'once');
      const e = await outbox.get(j.key);
      assert.equal(e?.state, 'sent');
      assert.equal(e?.providerId, 'm1');
      assert.equal((await outbox.claim(claimAt(now + 3600_000))).jobs.length, 0, 'sent entries are never claimed again');
    });

    it('a retry goes back to pending until not_before; then the next attempt is claimed', async () => {
      await drain();
      const j = job({}, 'phone', now);
      await outbox.enqueue([j], now);
      const [c] = (await outbox.claim(claimAt(now))).jobs;
      await outbox.begin(c!, now);
      assert.equal(await outbox.complete(c!, { state: 'retry', notBefore: now + 5000, reason: 'http-503' }, now), true);
      const e = await outbox.get(j.key);
      assert.equal(e?.state, 'pending');
      assert.equal(e?.reason, 'http-503');
      assert.equal(await outbox.nextDue(), now + 5000);
      assert.equal((await outbox.claim(claimAt(now + 4999))).jobs.length, 0);
      const [again] = (await outbox.claim(claimAt(now + 5000))).jobs;
      assert.equal(again?.attempt, 2);
    });

    it('a retry past the entry’s expiry drops it; expired pending entries are dropped, not claimed', async () => {
      await drain();
      const j = job({}, 'phone', now);
      await outbox.enqueue([j], now);
      const [c] = (await outbox.claim(claimAt(now))).jobs;
      await outbox.complete(c!, { state: 'retry', notBefore: j.expiresAt, reason: 'http-429' }, now);
      assert.equal((await outbox.get(j.key))?.reason, 'expired');
      const k = job({}, 'phone', now);
      await outbox.enqueue([k], now);
      const result = await outbox.claim(claimAt(k.expiresAt));
      assert.deepEqual(result.jobs, []);
      assert.deepEqual(result.dropped, [{ key: k.key, platform: 'webhook', reason: 'expired' }]);
    });

    it('an expired lease is claimed again when nothing was sent, and dropped under `drop` when it was sending', async () => {
      await drain();
      const claimedOnly = job({}, 'phone', now);
      const sending = job({}, 'phone', now);
      await outbox.enqueue([claimedOnly, sending], now);
      const { jobs } = await outbox.claim(claimAt(now, 'dead', 10, 1000));
      assert.equal(jobs.length, 2);
      await outbox.begin(jobs.find((x) => x.key === sending.key)!, now);
      assert.equal((await outbox.claim(claimAt(now + 999, 'live'))).jobs.length, 0, 'leases hold until they end');
      const later = await outbox.claim(claimAt(now + 1000, 'live'));
      assert.deepEqual(later.jobs.map((x) => [x.key, x.owner, x.attempt]), [[claimedOnly.key, 'live', 2]]);
      assert.deepEqual(later.dropped, [{ key: sending.key, platform: 'webhook', reason: 'ambiguous' }]);
      const stale = jobs.find((x) => x.key === claimedOnly.key)!;
      assert.equal(await outbox.complete(stale, { state: 'sent' }, now + 1001), false, 'the old holder is fenced off');
    });

    it('under `resend` an expired sending lease is claimed again', async () => {
      await drain();
      const j = job({}, 'phone', now);
      await outbox.enqueue([j], now);
      const [c] = (await outbox.claim(claimAt(now, 'dead', 10, 1000))).jobs;
      await outbox.begin(c!, now);
      const { jobs } = await outbox.claim({ ...claimAt(now + 1000, 'live'), ambiguous: 'resend' });
      assert.deepEqual(jobs.map((x) => [x.key, x.attempt]), [[j.key, 2]]);
    });

    it('recover() releases an owner’s claims at once and applies the policy to its sending entries', async () => {
      await drain();
      const a = job({}, 'phone', now);
      const b = job({}, 'phone', now);
      const c = job({}, 'phone', now);
      await outbox.enqueue([a, b, c], now);
      const { jobs } = await outbox.claim(claimAt(now, 'node-1'));
      await outbox.begin(jobs.find((x) => x.key === b.key)!, now);
      await outbox.begin(jobs.find((x) => x.key === c.key)!, now);
      assert.deepEqual(await outbox.recover('node-2', 'drop', now), { released: 0, resent: 0, dropped: [] });
      const r = await outbox.recover('node-1', 'drop', now);
      assert.equal(r.released, 1);
      assert.equal(r.dropped.length, 2);
      assert.equal((await outbox.get(a.key))?.state, 'pending');
      assert.equal((await outbox.get(a.key))?.attempts, 0, 'a claim that sent nothing is not an attempt');
      assert.equal((await outbox.get(b.key))?.reason, 'ambiguous');
    });

    it('a newer push of a conversation supersedes the device’s pending older ones and keeps the burst’s start time', async () => {
      await drain();
      const cid = job().notification.conversationId;
      const at = (seq: number, device: string, notBefore: number): PushJob => {
        const notification: PushNotification = { conversationId: cid, seq, body: `m${seq}`, collapseKey: `c:${cid}`, badge: seq };
        return { ...job({}, device, notBefore), key: pushKey(cid, seq, device), notification };
      };
      assert.deepEqual(await outbox.enqueue([at(1, 'phone', now + 2000)], now), { inserted: 1, superseded: 0 });
      assert.deepEqual(await outbox.enqueue([at(2, 'phone', now + 2500)], now + 500), { inserted: 1, superseded: 1 });
      assert.deepEqual(await outbox.enqueue([at(3, 'phone', now + 3000), at(3, 'laptop', now + 3000)], now + 1000), { inserted: 2, superseded: 1 });
      assert.equal((await outbox.get(pushKey(cid, 1, 'phone')))?.reason, 'superseded');
      assert.equal((await outbox.get(pushKey(cid, 2, 'phone')))?.state, 'dropped');
      assert.equal((await outbox.get(pushKey(cid, 3, 'phone')))?.notBefore, now + 2000, 'the burst goes out when its first push was due');
      assert.deepEqual(await outbox.enqueue([at(1, 'laptop', now)], now), { inserted: 1, superseded: 1 });
      assert.equal((await outbox.get(pushKey(cid, 1, 'laptop')))?.reason, 'superseded', 'an older push arriving late is stored as superseded');
      assert.deepEqual(await outbox.enqueue([at(2, 'phone', now)], now), { inserted: 0, superseded: 0 }, 'an existing key is never rewritten');
      assert.equal((await outbox.claim(claimAt(now + 1999, 'a', 100))).jobs.length, 0);
      const { jobs } = await outbox.claim(claimAt(now + 3000, 'a', 100));
      assert.deepEqual(jobs.map((j) => [j.key, j.notification.badge]).sort(), [[pushKey(cid, 3, 'laptop'), 3], [pushKey(cid, 3, 'phone'), 3]]);
    });

    it('dropTarget drops the device’s pending entries for that address only', async () => {
      await drain();
      const a = job({}, 'phone', now);
      const b = job({}, 'phone', now);
      const other = { ...job({}, 'phone', now), target: { platform: 'webhook' as const, token: 'new-token' } };
      await outbox.enqueue([a, b, other], now);
      assert.equal(await outbox.dropTarget('bob', 'phone', 'webhook:tok-phone', 'unregistered:http-410', now), 2);
      assert.equal((await outbox.get(a.key))?.reason, 'unregistered:http-410');
      assert.equal((await outbox.get(other.key))?.state, 'pending');
    });

    it('refuses malformed jobs before writing anything', async () => {
      await drain();
      const good = job({}, 'phone', now);
      const bad: PushJob[] = [
        { ...good, key: 'wrong' },
        { ...good, userId: 'has space' },
        { ...good, expiresAt: good.notBefore },
        { ...good, notification: { ...good.notification, seq: 0 }, key: pushKey(good.notification.conversationId, 0, 'phone') },
        { ...good, notification: { ...good.notification, data: { chorus_seq: '1' } } },
        { ...good, notification: { ...good.notification, badge: -1 } },
        { ...good, target: { platform: 'sms' } as unknown as PushJob['target'] },
      ];
      for (const b of bad) await assert.rejects(outbox.enqueue([good, b], now), InvalidPushJob);
      assert.equal(await outbox.get(good.key), undefined, 'all or nothing');
    });

    it('after a reopen, a push whose request may have been written is ambiguous, never silently pending', async () => {
      await drain();
      const j = job({}, 'phone', now);
      await outbox.enqueue([j], now);
      const [c] = (await outbox.claim(claimAt(now))).jobs;
      assert.equal(await outbox.begin(c!, now), true);
      await outbox.close();
      outbox = await factory.reopen(now);
      assert.equal((await outbox.get(j.key))?.state, 'sending');
      const { jobs } = await outbox.claim({ ...claimAt(now + 30_000, 'b'), ambiguous: 'resend' });
      assert.deepEqual(jobs.map((x) => x.key), [j.key], 'at least once: sent again, with the same key');
      await outbox.complete(jobs[0]!, { state: 'sent' }, now + 30_000);
    });

    it('survives a reopen (a crash, or another node taking the outbox over) and purges finished entries', async () => {
      await drain();
      const j = job({}, 'phone', now);
      const k = job({}, 'phone', now);
      await outbox.enqueue([j, k], now);
      await outbox.close();
      outbox = await factory.reopen(now);
      assert.equal((await outbox.get(j.key))?.state, 'pending');
      const { jobs } = await outbox.claim(claimAt(now));
      assert.deepEqual(jobs.map((x) => x.key).sort(), [j.key, k.key].sort());
      await outbox.complete(jobs.find((x) => x.key === j.key)!, { state: 'sent', providerId: 'p1' }, now);
      await outbox.complete(jobs.find((x) => x.key === k.key)!, { state: 'dropped', reason: 'rejected:http-400' }, now);
      await outbox.close();
      outbox = await factory.reopen(now);
      assert.equal((await outbox.get(j.key))?.providerId, 'p1');
      assert.equal((await outbox.get(k.key))?.reason, 'rejected:http-400');
      assert.equal((await outbox.claim(claimAt(now + 3600_000))).jobs.length, 0, 'finished entries stay finished');
      const counts = await outbox.counts();
      assert.ok(counts.sent >= 1 && counts.dropped >= 1);
      const purged = await outbox.purge(now + 1, 1_000_000);
      assert.ok(purged >= 2);
      assert.equal(await outbox.get(j.key), undefined);
      assert.equal((await outbox.counts()).sent, 0);
    });
  });
}
