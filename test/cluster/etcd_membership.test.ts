/**
 * EtcdMembership against a real etcd (scripts/etcd/start.sh; `npm test` starts one and sets
 * CHORUS_ETCD=http://127.0.0.1:<port>). Without CHORUS_ETCD these tests fail, they do not skip.
 * Every run works under its own key prefix and deletes it at the end.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it, test } from 'node:test';
import etcd3 from 'etcd3';
import type { Etcd3 } from 'etcd3';
import { ClusterConfigError, DuplicateMemberError, MembershipUnavailableError } from '../../lib/cluster/errors.js';
import { EtcdMembership, type EtcdMembershipOptions } from '../../lib/cluster/etcd_membership.js';
import type { ClusterLog } from '../../lib/cluster/log.js';
import type { Member, MembershipHealth } from '../../lib/cluster/membership.js';
import { membershipContract } from './membership_contract.js';
import { TcpProxy } from '../../testing/cluster/tcp_proxy.js';
import { nextEvent, until } from '../../testing/cluster/wait.js';

const endpoint = process.env['CHORUS_ETCD'] ?? '';
const ROOT = `/chorus-test/${Date.now().toString(36)}-${process.pid}/`;
const TTL = 2;

if (!endpoint) {
  test('EtcdMembership needs an etcd', () => {
    assert.fail('CHORUS_ETCD is not set. Start one with `eval "$(scripts/etcd/start.sh)"` and run the tests with CHORUS_ETCD=$ETCD_ENDPOINT (npm test does both).');
  });
} else {
  const made: EtcdMembership[] = [];
  const create = (self: Member, cluster: string, over: Partial<EtcdMembershipOptions> = {}): EtcdMembership => {
    const m = new EtcdMembership({ self, endpoints: [endpoint], prefix: `${ROOT}${cluster}/`, ttlSeconds: TTL, ...over });
    made.push(m);
    return m;
  };
  let admin: Etcd3;
  before(() => {
    admin = new etcd3.Etcd3({ hosts: endpoint });
  });
  after(async () => {
    for (const m of made) await m.stop();
    await admin.delete().prefix(ROOT).exec();
    admin.close();
  });

  membershipContract('EtcdMembership', {
    create: (self, _all, cluster) => create(self, cluster),
    dynamic: true,
    settleMs: 5000,
  });

  const member = (id: string): Member => ({ id, grpcAddress: `127.0.0.1:${7000 + id.length}`, roles: ['conversation'], zone: 'z', weight: 1 });

  describe('EtcdMembership with a real etcd', () => {
    it('publishes the member as JSON under prefix + id, bound to a lease with the TTL', async () => {
      const m = create(member('json-1'), 'json');
      await m.start();
      const kv = (await admin.get(`${ROOT}json/json-1`).exec()).kvs[0]!;
      assert.deepEqual(JSON.parse(kv.value.toString()), { format: 1, id: 'json-1', grpcAddress: '127.0.0.1:7006', roles: ['conversation'], zone: 'z', weight: 1 });
      assert.notEqual(kv.lease, '0');
      const ttl = await admin.leaseClient.leaseTimeToLive({ ID: kv.lease, keys: false });
      assert.ok(Number(ttl.grantedTTL) === TTL && Number(ttl.TTL) > 0);
      await m.stop();
      assert.equal((await admin.get(`${ROOT}json/json-1`).exec()).kvs.length, 0, 'stop() revokes the lease, which deletes the key');
    });

    it('keeps the lease alive well past its TTL', async () => {
      const m = create(member('alive-1'), 'alive');
      await m.start();
      const lost: MembershipHealth[] = [];
      m.on('health', (h) => lost.push(h));
      const until3Ttl = Date.now() + 3 * TTL * 1000;
      // Watch it for three TTLs: it must stay registered (and healthy) the whole time.
      await until(() => Date.now() > until3Ttl, 'three TTLs to pass', 4 * TTL * 1000);
      assert.deepEqual(lost, []);
      assert.equal((await admin.get(`${ROOT}alive/alive-1`).exec()).kvs.length, 1);
      await m.stop();
    });

    it('ignores member records that are not valid, and logs them', async () => {
      const warnings: string[] = [];
      const log: ClusterLog = { debug() {}, info() {}, warn: (_f, msg) => warnings.push(msg), error() {} };
      await admin.put(`${ROOT}junk/not-json`).value('{oops').exec();
      await admin.put(`${ROOT}junk/wrong-id`).value(JSON.stringify({ format: 1, ...member('other') })).exec();
      await admin.put(`${ROOT}junk/future`).value(JSON.stringify({ format: 2, ...member('future') })).exec();
      const m = create(member('junk-1'), 'junk', { log });
      await m.start();
      assert.deepEqual(m.members().map((x) => x.id), ['junk-1']);
      assert.equal(warnings.filter((w) => w.includes('not valid')).length, 3);
      await m.stop();
    });

    it('refuses a second live registration of the same id until the first is gone', async () => {
      const first = create(member('dup-1'), 'dup');
      await first.start();
      const second = create(member('dup-1'), 'dup', { startTimeoutMs: 800 });
      await assert.rejects(second.start(), DuplicateMemberError);
      assert.equal(second.health(), 'idle');
      await first.stop();
      await second.start();
      assert.equal(second.health(), 'healthy');
      await second.stop();
    });

    it('a restarted node waits until the lease of its dead predecessor has expired', async () => {
      // The predecessor is cut off (as if killed): its lease is neither renewed nor revoked.
      const proxy = await TcpProxy.start('127.0.0.1', etcdPort());
      const dead = create(member('phoenix'), 'restart', { endpoints: [`http://${proxy.endpoint}`] });
      await dead.start();
      proxy.cut();
      const started = Date.now();
      const reborn = create(member('phoenix'), 'restart', { startTimeoutMs: 4 * TTL * 1000 });
      await reborn.start();
      const waited = Date.now() - started;
      assert.equal(reborn.health(), 'healthy');
      assert.ok(waited >= 500, `registered after ${waited} ms: it must wait for the old lease`);
      // etcd revokes an expired lease on its own rounds, later still on a busy machine (4.1 s seen in
      // CI); well under the start timeout (4 TTL) is what tells "waited for the lease" from "gave up".
      assert.ok(waited < (2 * TTL + 2) * 1000, `registered after ${waited} ms: the old lease expires after ${TTL} s`);
      await dead.stop();
      await reborn.stop();
      await proxy.close();
    });

    for (const how of ['blackhole', 'cut'] as const) {
      it(`cut off from etcd (${how}): turns lost before any other node sees it leave, and registers again after`, async (t) => {
        const proxy = await TcpProxy.start('127.0.0.1', etcdPort());
        const node = create(member(`fenced-${how}`), `fence-${how}`, { endpoints: [`http://${proxy.endpoint}`] });
        const observer = create(member('observer'), `fence-${how}`);
        await node.start();
        await observer.start();
        await until(() => observer.members().length === 2, 'the observer to see the node');

        let lostAt = 0;
        let goneAt = 0;
        node.on('health', (h) => {
          if (h === 'lost' && lostAt === 0) lostAt = performance.now();
        });
        observer.on('change', (list) => {
          if (goneAt === 0 && !list.some((x) => x.id === node.self.id)) goneAt = performance.now();
        });
        const cutAt = performance.now();
        if (how === 'blackhole') proxy.blackhole();
        else proxy.cut();
        await until(() => lostAt > 0, 'the node to turn lost', 3 * TTL * 1000);
        assert.equal(node.leaseValidUntil(), Number.NEGATIVE_INFINITY);
        assert.ok(lostAt - cutAt <= TTL * 1000, `lost ${Math.round(lostAt - cutAt)} ms after the cut; the TTL is ${TTL} s`);
        await until(() => goneAt > 0, 'the observer to see the node leave', 4 * TTL * 1000);
        assert.ok(lostAt < goneAt, `the node fenced itself at +${Math.round(lostAt - cutAt)} ms, the others saw it leave at +${Math.round(goneAt - cutAt)} ms`);
        t.diagnostic(`TTL ${TTL} s: fenced itself ${Math.round(lostAt - cutAt)} ms after the cut, the others saw it leave after ${Math.round(goneAt - cutAt)} ms`);

        proxy.restore();
        await nextEvent<MembershipHealth>((fn) => node.on('health', fn), (h) => h === 'healthy', 'the node to register again', 5 * TTL * 1000);
        assert.ok(node.leaseValidUntil() > performance.now());
        await until(() => observer.members().some((x) => x.id === node.self.id), 'the observer to see the node back');
        await until(() => node.members().length === 2, 'the node to see the observer again');
        await node.stop();
        await observer.stop();
        await proxy.close();
      });
    }

    it('start() gives up with MembershipUnavailableError when etcd cannot be reached', async () => {
      const proxy = await TcpProxy.start('127.0.0.1', etcdPort());
      proxy.blackhole();
      const m = create(member('unreachable'), 'none', { endpoints: [`http://${proxy.endpoint}`], startTimeoutMs: 1500 });
      const t0 = Date.now();
      await assert.rejects(m.start(), MembershipUnavailableError);
      assert.ok(Date.now() - t0 < 4000, 'start() kept its deadline');
      assert.equal(m.health(), 'idle');
      await proxy.close();
    });

    it('refuses options under which a renewal cannot fit in the lease', () => {
      const self = member('opts');
      assert.throws(() => new EtcdMembership({ self, endpoints: [endpoint], ttlSeconds: 1 }), ClusterConfigError);
      assert.throws(() => new EtcdMembership({ self, endpoints: [endpoint], ttlSeconds: 2, renewEveryMs: 1900 }), ClusterConfigError);
      assert.throws(() => new EtcdMembership({ self, endpoints: [] }), ClusterConfigError);
      assert.throws(() => new EtcdMembership({ self, endpoints: [endpoint], prefix: '/no-slash' }), ClusterConfigError);
    });
  });
}

function etcdPort(): number {
  return Number(new URL(endpoint).port);
}
