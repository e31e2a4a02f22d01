/**
 * The region lease and the failover fence on a real Cassandra (the suite's node, one DC; a keyspace
 * of its own with NetworkTopologyStrategy so that EACH_QUORUM is accepted): renewal and expiry on
 * the node's own clock, the refusals of `failover`, the fence generation in the epochs of later
 * claims, solo mode, re-homing, unfence. The two-DC behaviour (a region lost under traffic) is in
 * test/region/region_loss.test.ts.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { RegionAdminError } from '../../lib/storage/scylla_region_admin.js';
import { GENERATION_SPAN, type RegionLease } from '../../lib/storage/scylla_region_lease.js';
import { createScyllaClient, shutdownScyllaClient } from '../../lib/storage/scylla_session.js';
import { ScyllaStore } from '../../lib/storage/scylla_store.js';
import { ManualClock, systemClock } from '../../lib/time/mod.js';
import { runToExit } from '../../testing/process.js';

const CASSANDRA = process.env['CHORUS_CASSANDRA'] ?? '';
const DC = process.env['CHORUS_CASSANDRA_DC'] ?? 'dc1';

describe('region lease and failover fence (Cassandra)', { skip: CASSANDRA === '' ? 'CHORUS_CASSANDRA is not set' : false }, () => {
  const ks = `chorus_lease_${Date.now().toString(36)}_${process.pid}`;
  let store: ScyllaStore;
  const clock = new ManualClock(0);
  const leases: RegionLease[] = [];
  const lease = (region: string, durability: 'default' | 'zero-loss' = 'default'): RegionLease => {
    const l = store.regionLease({ region, holder: `${region}-node`, periodMs: 300, durability, clock, wall: systemClock });
    leases.push(l);
    return l;
  };

  before(async () => {
    const out = await runToExit(['migrate', '--scylla-contact-points', CASSANDRA, '--scylla-local-dc', DC, '--scylla-keyspace', ks, '--scylla-replication', `${DC}=1`]);
    assert.equal(out.code, 0, out.stderr);
    store = await ScyllaStore.open({ contactPoints: [CASSANDRA], localDataCenter: DC, keyspace: ks, consistency: 'LOCAL_QUORUM' });
  });

  after(async () => {
    for (const l of leases) l.stop();
    await store?.close();
    const c = createScyllaClient({ contactPoints: [CASSANDRA], localDataCenter: DC, consistency: 'LOCAL_ONE', requestTimeoutMs: 60_000 });
    await c.execute(`DROP KEYSPACE IF EXISTS ${ks}`).catch(() => undefined);
    await shutdownScyllaClient(c);
  });

  it('is valid for one period after a renewal, by the node clock, and says so on change', async () => {
    const a = lease('a', 'zero-loss');
    const seen: boolean[] = [];
    a.on('change', (v) => seen.push(v));
    await a.renew();
    assert.equal(a.valid(), true);
    assert.equal(a.epochFloor(), 0);
    assert.equal(a.writeConsistency(), 'EACH_QUORUM');
    clock.advance(299);
    assert.equal(a.valid(), true);
    clock.advance(2);
    assert.equal(a.valid(), false);
    assert.equal(a.state(), 'expired');
    assert.deepEqual(seen, [true, false]);
    await a.renew();
    assert.equal(a.valid(), true);
  });

  it('refuses to fail over an unknown region, a region to itself, or a live region without --force', async () => {
    const admin = store.regionAdmin(systemClock);
    const b = lease('b');
    await b.renew();
    await assert.rejects(admin.failover({ from: 'zz', to: 'b', marginMs: 0 }), (e: unknown) => e instanceof RegionAdminError && /unknown region zz: .*regions known: a, b/.test(e.message));
    await assert.rejects(admin.failover({ from: 'a', to: 'a', marginMs: 0 }), /to itself/);
    await assert.rejects(admin.failover({ from: 'a', to: 'b', marginMs: 60_000 }), /region a renewed its lease \d+ ms ago .*looks alive/);
  });

  it('fences the region, raises the epochs of later claims above it, re-homes, and unfences', async () => {
    const [a, b] = [leases[0]!, leases[1]!];
    const base = { kind: 'group' as const, title: 't', createdBy: 'u', createdAt: 1, lastActivity: 1 };
    await store.createConversation({ ...base, id: 'conv-a', homeRegion: 'a' }, [{ userId: 'u', role: 'owner', joinedAt: 1, leftSeq: 0 }]);
    await store.createConversation({ ...base, id: 'conv-b', homeRegion: 'b' }, [{ userId: 'u', role: 'owner', joinedAt: 1, leftSeq: 0 }]);
    assert.equal(await store.claimOwner('conv-a', 'a-node'), 1);

    const admin = store.regionAdmin(systemClock);
    const lines: string[] = [];
    const result = await admin.failover({ from: 'a', to: 'b', force: true, marginMs: 50, say: (l) => lines.push(l) });
    assert.deepEqual([result.generation, result.rehomed, result.waitedMs], [1, 1, 350]);
    assert.match(lines[0]!, /fenced region a at generation 1; waiting 350 ms/);
    assert.equal((await store.getConversation('conv-a'))?.homeRegion, 'b');
    assert.equal((await store.getConversation('conv-b'))?.homeRegion, 'b');

    await a.renew();
    assert.deepEqual([a.valid(), a.state()], [false, 'fenced']);
    await b.renew();
    assert.equal(b.valid(), true);
    // Solo: b writes in its own DC, even in the zero-loss mode; its claims start at the generation.
    assert.equal(b.writeConsistency(), undefined);
    assert.equal(b.epochFloor(), GENERATION_SPAN);
    assert.equal(await store.claimOwner('conv-a', 'b-node'), GENERATION_SPAN);
    assert.equal(await store.claimOwner('conv-a', 'b-node'), GENERATION_SPAN + 1);
    assert.equal(await store.claimOwner('conv-new', 'b-node'), GENERATION_SPAN);

    await assert.rejects(admin.failover({ from: 'a', to: 'b', force: true, marginMs: 0 }), /region a is already fenced \(failed over to b\)/);
    await assert.rejects(admin.failover({ from: 'b', to: 'a', force: true, marginMs: 0 }), /region a is fenced itself/);
    await assert.rejects(admin.unfence('b'), /region b is not fenced/);

    await admin.unfence('a');
    await a.renew();
    await b.renew();
    assert.deepEqual([a.valid(), a.state(), b.valid()], [true, 'valid', true]);
    const rows = await admin.status();
    assert.deepEqual(rows.map((r) => [r.region, r.fencedBy, r.solo, r.generation]), [['a', '', false, 1], ['b', '', false, 1]]);
  });
});
