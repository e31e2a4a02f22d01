/**
 * History and sync from the local DC (docs/regions.md, "Reads from the local DC"), with real
 * servers: region a (dc1) homes a conversation, bob reads it from region b (dc2), one node per
 * region so the node that receives the deliveries is bob's gateway. Served locally (no forwarded
 * call) once dc2 has what b1 heard of; sent home after a reaction (the effect window) and when dc2
 * is behind (the links made faster than the storage replication); every page gapless and never
 * behind what bob already has, checked against the log read at QUORUM. Prints the latency of a
 * history page served locally and forwarded. Skipped unless the two-DC pair runs:
 *
 *   source /work/wt/services.env && node --test dist/test/region/local_reads.test.js
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { after, describe, it, test } from 'node:test';
import type { ChorusClient, HistoryPage, Message } from '../../lib/client/mod.js';
import { ScyllaStore } from '../../lib/storage/scylla_store.js';
import { TWO_DC, TwoRegions } from '../../testing/cluster/regions.js';

const ETCD = process.env['CHORUS_ETCD'] ?? '';
const DELAY_MS = Number(process.env['TWO_DC_DELAY_MS'] ?? '60') || 60;

function p(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * q) / 100))]!;
}

async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v !== undefined) return v;
    assert.ok(Date.now() < deadline, `timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

if (TWO_DC.length !== 2 || ETCD === '') {
  test.skip('reads from the local DC (set CHORUS_ETCD and CHORUS_CASSANDRA_TWO_DC; see scripts/cassandra/start_two_dc.sh)');
} else {
  describe('reads from the local DC', { timeout: 300_000 }, () => {
    let regions: TwoRegions;
    let dc2: ScyllaStore | undefined;
    const clients: ChorusClient[] = [];
    after(async () => {
      for (const c of clients) c.close();
      await dc2?.close();
      await regions?.close();
    });

    it('serves history and sync in b when dc2 is current, from a otherwise, never with a gap or behind', async () => {
      regions = await TwoRegions.create(ETCD, DELAY_MS);
      await Promise.all([regions.start('a1', 'a'), regions.start('b1', 'b')]);
      await regions.ringSize(1);
      dc2 = await ScyllaStore.open({ contactPoints: [TWO_DC[1]!], localDataCenter: 'dc2', keyspace: regions.keyspace, consistency: 'LOCAL_QUORUM', requestTimeoutMs: 30_000 });
      const ann = await regions.client('ann', 'a1');
      const bob = await regions.client('bob', 'b1');
      clients.push(ann, bob);
      const received = new Map<number, Message>();
      bob.on('message', (m: Message) => received.set(Number(m.seq), m));
      const id = (await ann.createDirect('bob')).id;
      await until('the conversation in dc2', async () => (await dc2!.getConversation(id)) ?? undefined);
      const reads = async (result: string): Promise<number> => regions.metric('b1', `chorus_region_local_reads_total{call="history",result="${result}"}`);
      const forwarded = async (): Promise<number> => regions.metric('b1', 'chorus_region_forwarded_calls_total{peer="a",result="ok"}');

      /** A page is a gapless slice of the log as QUORUM reads it, and its head is not behind what bob has. */
      const check = async (page: HistoryPage, has: number, what: string): Promise<void> => {
        const log = new Map((await regions.log(id)).map((m) => [m.seq, m]));
        const seqs = page.messages.map((m) => Number(m.seq));
        for (let i = 1; i < seqs.length; i++) assert.equal(seqs[i], seqs[i - 1]! + 1, `${what}: gapless page ${seqs.join(',')}`);
        for (const m of page.messages) assert.equal(m.text, log.get(Number(m.seq))?.text, `${what}: seq ${m.seq} as stored`);
        assert.ok(Number(page.lastSeq) >= has, `${what}: last_seq ${page.lastSeq} behind what bob has (${has})`);
      };

      // 30 messages from a; bob has them live, b1 heard the head; dc2 gets them by replication.
      for (let i = 1; i <= 30; i++) await ann.send(id, `m${i}`, `c${i}`);
      await until('bob has 30 messages', async () => (received.size >= 30 ? true : undefined));
      await until('dc2 has 30 messages', async () => ((await dc2!.lastSeq(id)) >= 30 ? true : undefined));

      // Current: every page and a sync are served in b, nothing forwarded.
      const [f0, l0] = [await forwarded(), await reads('local')];
      const localMs: number[] = [];
      for (let i = 0; i < 60; i++) {
        const q = [{ limit: 10 }, { beforeSeq: 15, limit: 10 }, { afterSeq: 5, limit: 10 }][i % 3]!;
        const t0 = performance.now();
        const page = await bob.history(id, q);
        localMs.push(performance.now() - t0);
        await check(page, 30, `local ${JSON.stringify(q)}`);
      }
      const sync = (await bob.call({ sync: { cursors: [{ conversationId: id, seq: 20 }], limit: 100 } })).sync!;
      assert.deepEqual((sync.messages ?? []).map((m) => Number(m.seq)), [21, 22, 23, 24, 25, 26, 27, 28, 29, 30]);
      assert.equal(await forwarded(), f0, 'no call was forwarded while dc2 was current');
      assert.equal((await reads('local')) - l0, 60);

      // A reaction: b1 sends reads home for the effect window; the page shows the reaction at once.
      const forwardedMs: number[] = [];
      for (let round = 0; round < 5; round++) {
        const e0 = await reads('effect');
        await ann.react(id, 29, ['👍', '🎉', '🙂', '🚀', '👀'][round]!);
        // Once the reaction's delivery reached b1, its reads of the conversation go home for a while.
        await until('b1 heard of the reaction', async () => {
          await bob.history(id, { limit: 2 });
          return (await reads('effect')) > e0 ? true : undefined;
        }, 10_000);
        const pages: HistoryPage[] = [];
        for (let i = 0; i < 6; i++) {
          const before = await forwarded();
          const t0 = performance.now();
          pages.push(await bob.history(id, { beforeSeq: 31, limit: 10 }));
          const ms = performance.now() - t0;
          if ((await forwarded()) > before) forwardedMs.push(ms);
        }
        for (const page of pages) {
          await check(page, 30, 'after a reaction');
          assert.equal(page.messages.find((m) => Number(m.seq) === 29)?.reactions?.length, round + 1, 'the page shows every reaction so far');
        }
      }
      assert.ok(forwardedMs.length >= 15, `only ${forwardedMs.length} of 30 reads within the effect windows went home`);

      // dc2 behind: the links without delay, the storage replication still 60 ms one way.
      for (const r of regions.regions.values()) r.distance.setDelay(0);
      const [b0, f1] = [await reads('behind'), await forwarded()];
      for (let i = 31; i <= 40; i++) {
        const acked = Number((await ann.send(id, `m${i}`, `c${i}`)).seq);
        await until(`bob has ${acked}`, async () => (received.has(acked) ? true : undefined), 10_000);
        await check(await bob.history(id, { limit: 5 }), acked, `newest page right after ${acked} arrived`);
        const s = (await bob.call({ sync: { cursors: [{ conversationId: id, seq: acked - 1 }], limit: 100 } })).sync!;
        assert.deepEqual((s.messages ?? []).map((m) => Number(m.seq)), [acked], `a sync right after ${acked} arrived has it`);
      }
      const behind = (await reads('behind')) - b0;
      console.log(`# local reads: ${behind} of 10 newest pages found dc2 behind and went home (${(await forwarded()) - f1} calls forwarded, including syncs' fills)`);
      assert.ok(behind > 0, 'no read found dc2 behind although the links were faster than the replication');
      assert.ok((await forwarded()) - f1 >= behind);

      const log = await regions.log(id);
      assert.deepEqual(log.map((m) => m.seq), Array.from({ length: log.length }, (_, i) => i + 1), 'the log is gapless');
      const [ls, fs] = [localMs.sort((x, y) => x - y), forwardedMs.sort((x, y) => x - y)];
      const load = execFileSync('uptime', { encoding: 'utf8' }).trim();
      console.log(`# history page (10 entries) from b, conversation homed in a, ${DELAY_MS} ms one way: local n=${ls.length} p50 ${p(ls, 50).toFixed(1)} ms p99 ${p(ls, 99).toFixed(1)} ms; forwarded n=${fs.length} p50 ${p(fs, 50).toFixed(1)} ms p99 ${p(fs, 99).toFixed(1)} ms (${load})`);
      assert.ok(p(fs, 50) >= 2 * DELAY_MS, 'a forwarded page pays the round trip');
      assert.ok(p(ls, 50) < p(fs, 50), 'a local page is faster than a forwarded one');
    });
  });
}
