/**
 * The zero-loss mode's append cost (docs/regions.md, "Durability modes"; docs/capacity.md): 60
 * single-message fenced appends from dc1 of the shared two-DC pair, one after another, in the
 * default mode and then in the zero-loss mode, which must pay the cross-DC round trip. Skipped
 * unless the pair runs (npm test starts it; or `source /work/wt/services.env`, or
 * `eval "$(scripts/cassandra/start_two_dc.sh)"`). Its own keyspace, dropped at the end.
 */
import assert from 'node:assert/strict';
import { loadavg } from 'node:os';
import { after, test } from 'node:test';
import { ScyllaStore } from '../../lib/storage/scylla_store.js';
import { createScyllaClient, shutdownScyllaClient } from '../../lib/storage/scylla_session.js';
import { systemClock } from '../../lib/time/mod.js';
import { runToExit } from '../../testing/process.js';

const pair = (process.env['CHORUS_CASSANDRA_TWO_DC'] ?? '').split(',').filter((s) => s !== '');
const a = { contact: pair[0] ?? '', dc: 'dc1' };
const dropped: string[] = [];

after(async () => {
  if (dropped.length === 0) return;
  const c = createScyllaClient({ contactPoints: [a.contact], localDataCenter: a.dc, consistency: 'LOCAL_QUORUM', requestTimeoutMs: 30_000 });
  for (const ks of dropped) await c.execute(`DROP KEYSPACE IF EXISTS ${ks}`).catch(() => undefined);
  await shutdownScyllaClient(c);
});

/** p50/p99 of single-message fenced appends from dc1, in the default and the zero-loss mode. */
async function appendCost(): Promise<void> {
  const ks = `chorus_cost_${Date.now().toString(36)}`;
  const mig = await runToExit(['migrate', '--scylla-contact-points', a.contact, '--scylla-local-dc', a.dc, '--scylla-keyspace', ks, '--scylla-replication', 'dc1=1,dc2=1']);
  assert.equal(mig.code, 0, mig.stderr);
  const store = await ScyllaStore.open({ contactPoints: [a.contact], localDataCenter: a.dc, keyspace: ks, requestTimeoutMs: 30_000 });
  try {
    const lease = store.regionLease({ region: 'a', holder: 'bench', periodMs: 60_000, durability: 'default', clock: systemClock, wall: systemClock });
    await lease.start();
    lease.stop();
    const run = async (cid: string, n: number): Promise<number[]> => {
      const epoch = await store.claimOwner(cid, 'bench');
      const times: number[] = [];
      for (let seq = 1; seq <= n; seq++) {
        const t0 = performance.now();
        await store.append([{ conversationId: cid, seq, senderId: 'u', senderDevice: 'd', clientId: `c${seq}`, sentAt: 1, text: 'hello', kind: 'text', refSeq: 0, editedAt: 0, deleted: false, meta: '' }], { epoch });
        times.push(performance.now() - t0);
      }
      return times.sort((x, y) => x - y);
    };
    const pct = (t: number[], p: number): string => t[Math.min(t.length - 1, Math.floor((t.length * p) / 100))]!.toFixed(1);
    const dflt = await run('cost-default', 60);
    const zero = store.regionLease({ region: 'a', holder: 'bench', periodMs: 60_000, durability: 'zero-loss', clock: systemClock, wall: systemClock });
    await zero.start();
    zero.stop();
    const zl = await run('cost-zero-loss', 60);
    console.log(`# append cost from dc1, 60 single-message appends each (${process.env['TWO_DC_DELAY_MS'] ?? '60'} ms one way): default p50 ${pct(dflt, 50)} ms p99 ${pct(dflt, 99)} ms; zero-loss p50 ${pct(zl, 50)} ms p99 ${pct(zl, 99)} ms; load ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
    assert.ok(Number(pct(zl, 50)) > Number(pct(dflt, 50)) + 60, 'a zero-loss append must pay the cross-DC round trip');
  } finally {
    await store.close();
  }
}

if (pair.length !== 2) {
  test.skip('zero-loss append cost (set CHORUS_CASSANDRA_TWO_DC; see scripts/cassandra/start_two_dc.sh)');
} else {
  test('zero-loss appends pay the cross-region round trip (append cost, default vs zero-loss)', async () => {
    await appendCost();
  });
}
