import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { MembershipStateError } from '../../lib/cluster/errors.js';
import { type Member, type Membership, type MembershipHealth, checkMember } from '../../lib/cluster/membership.js';
import { until } from '../../testing/cluster/wait.js';

/**
 * The behaviour every Membership must have (lib/cluster/membership.ts). Call it from a test file
 * with a factory for the implementation.
 */
export interface MembershipFactory {
  /**
   * A membership (not started) for `self` in the cluster named `cluster` (implementations keep
   * clusters apart, e.g. by key prefix). `all` is every member the test will start in that cluster:
   * a static membership is configured with it; a dynamic one ignores it and learns the others.
   */
  create(self: Member, all: readonly Member[], cluster: string): Membership;
  /** True when members come and go (etcd); false for a fixed list (static). */
  dynamic: boolean;
  /** Deadline for convergence waits, ms. */
  settleMs: number;
  cleanup?(): Promise<void>;
}

let clusters = 0;

function member(id: string, roles: Member['roles'] = ['gateway', 'conversation'], weight = 1): Member {
  return { id, grpcAddress: `10.0.0.${id.length}:7${id.length}00`, roles, zone: `zone-${id.slice(-1)}`, weight };
}

export function membershipContract(name: string, factory: MembershipFactory): void {
  describe(`Membership contract: ${name}`, () => {
    const started: Membership[] = [];
    after(async () => {
      for (const m of started) await m.stop();
      await factory.cleanup?.();
    });

    /** A fresh cluster of the given members, all started. */
    async function cluster(members: Member[]): Promise<Membership[]> {
      const id = `c${++clusters}`;
      const ms = members.map((m) => factory.create(m, members, id));
      started.push(...ms);
      await Promise.all(ms.map((m) => m.start()));
      return ms;
    }

    it('start() registers self: healthy, listed, with every field intact', async () => {
      const self = member('solo-1', ['conversation'], 2);
      const [m] = await cluster([self]);
      assert.equal(m!.health(), 'healthy');
      assert.ok(m!.leaseValidUntil() > performance.now());
      assert.deepEqual(m!.members(), [checkMember(self)]);
      assert.deepEqual(m!.self, checkMember(self));
    });

    it('every node converges on the same sorted, frozen member list', async () => {
      const all = [member('node-c'), member('node-a', ['gateway']), member('node-b', ['conversation'], 0.5)];
      const ms = await cluster(all);
      const want = [...all].sort((a, b) => a.id.localeCompare(b.id)).map(checkMember);
      for (const m of ms) await until(() => m.members().length === 3, `${m.self.id} to see three members`, factory.settleMs);
      for (const m of ms) {
        const list = m.members();
        assert.deepEqual(list, want);
        assert.ok(Object.isFrozen(list) && list.every((x) => Object.isFrozen(x) && Object.isFrozen(x.roles)));
        assert.equal(m.members(), list, 'the same snapshot object until something changes');
      }
    });

    it('start() twice, and start() after stop(), are refused; stop() is idempotent', async () => {
      const [m] = await cluster([member('twice-1')]);
      await assert.rejects(m!.start(), MembershipStateError);
      const healths: MembershipHealth[] = [];
      m!.on('health', (h) => healths.push(h));
      await m!.stop();
      await m!.stop();
      assert.equal(m!.health(), 'stopped');
      assert.equal(m!.leaseValidUntil(), Number.NEGATIVE_INFINITY);
      assert.deepEqual(healths, ['stopped']);
      await assert.rejects(m!.start(), MembershipStateError);
    });

    it('an aborted signal stops start()', async () => {
      const m = factory.create(member('aborted-1'), [member('aborted-1')], `c${++clusters}`);
      started.push(m);
      const ac = new AbortController();
      ac.abort(new Error('test abort'));
      await assert.rejects(m.start({ signal: ac.signal }), /test abort/);
      assert.notEqual(m.health(), 'healthy');
    });

    it('listeners can be removed, and a throwing listener does not stop the others', async () => {
      const [m] = await cluster([member('listen-1')]);
      let calls = 0;
      const off = m!.on('health', () => calls++);
      off();
      m!.on('health', () => {
        throw new Error('listener bug');
      });
      let seen: MembershipHealth | undefined;
      m!.on('health', (h) => (seen = h));
      await m!.stop();
      assert.equal(calls, 0);
      assert.equal(seen, 'stopped');
    });

    if (factory.dynamic) {
      it('a joining node appears in every view, with a change event carrying the new snapshot', async () => {
        const first = await cluster([member('join-a'), member('join-b')]);
        for (const m of first) await until(() => m.members().length === 2, 'two members', factory.settleMs);
        const seen: (readonly Member[])[] = [];
        first[0]!.on('change', (list) => {
          assert.equal(first[0]!.members(), list, 'members() already returns the emitted snapshot');
          seen.push(list);
        });
        const joiner = factory.create(member('join-c'), [], `c${clusters}`);
        started.push(joiner);
        await joiner.start();
        for (const m of [...first, joiner]) await until(() => m.members().length === 3, `${m.self.id} to see the joiner`, factory.settleMs);
        assert.ok(seen.length >= 1);
        assert.deepEqual(seen.at(-1)!.map((x) => x.id), ['join-a', 'join-b', 'join-c']);
        for (let i = 1; i < seen.length; i++) assert.notDeepEqual(seen[i], seen[i - 1], 'no identical snapshot twice in a row');
      });

      it('a stopped node leaves every other view promptly (no TTL wait)', async () => {
        const ms = await cluster([member('leave-a'), member('leave-b'), member('leave-c')]);
        for (const m of ms) await until(() => m.members().length === 3, 'three members', factory.settleMs);
        const t0 = Date.now();
        await ms[1]!.stop();
        for (const m of [ms[0]!, ms[2]!]) await until(() => m.members().length === 2, `${m.self.id} to see leave-b go`, factory.settleMs);
        assert.deepEqual(ms[0]!.members().map((x) => x.id), ['leave-a', 'leave-c']);
        assert.ok(Date.now() - t0 < factory.settleMs);
      });
    } else {
      it('the member list is the configured one, whoever has started', async () => {
        const all = [member('fixed-a'), member('fixed-b')];
        const a = factory.create(all[0]!, all, `c${++clusters}`);
        started.push(a);
        await a.start();
        assert.deepEqual(a.members().map((x) => x.id), ['fixed-a', 'fixed-b']);
      });
    }
  });
}
