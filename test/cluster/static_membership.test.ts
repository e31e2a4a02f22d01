import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { InvalidMemberError, MembershipStateError } from '../../lib/cluster/errors.js';
import { type Member, checkMember } from '../../lib/cluster/membership.js';
import { Placement } from '../../lib/cluster/placement.js';
import { StaticMembership } from '../../lib/cluster/static_membership.js';
import { membershipContract } from './membership_contract.js';

membershipContract('StaticMembership', {
  create: (self, all) => new StaticMembership({ self, members: all }),
  dynamic: false,
  settleMs: 1000,
});

const m = (id: string, extra: Partial<Member> = {}): Member => ({ id, grpcAddress: `127.0.0.1:${7000 + id.length}`, roles: ['conversation'], zone: '', weight: 1, ...extra });

describe('StaticMembership', () => {
  it('is never fenced by a lease', async () => {
    const s = new StaticMembership({ self: m('a') });
    assert.equal(s.leaseValidUntil(), Number.NEGATIVE_INFINITY);
    await s.start();
    assert.equal(s.leaseValidUntil(), Number.POSITIVE_INFINITY);
    await s.stop();
  });

  it('update() replaces the list, keeps self, and emits only real changes', async () => {
    const s = new StaticMembership({ self: m('b'), members: [m('a')] });
    await s.start();
    const seen: string[][] = [];
    s.on('change', (list) => seen.push(list.map((x) => x.id)));
    s.update([m('a'), m('c')]);
    s.update([m('c'), m('a')]);
    s.update([m('b', { weight: 50 })]);
    assert.deepEqual(seen, [['a', 'b', 'c'], ['b']]);
    assert.equal(s.members()[0]!.weight, 1, 'self is what it was configured with');
    await s.stop();
    assert.throws(() => s.update([]), MembershipStateError);
  });

  it('expire() and renew() play a lost and regained lease: health events, lease, stale list kept', async () => {
    const s = new StaticMembership({ self: m('a'), members: [m('b')] });
    assert.throws(() => s.expire(), MembershipStateError, 'an idle membership has no lease to lose');
    await s.start();
    const healths: string[] = [];
    s.on('health', (h) => healths.push(h));
    s.expire();
    assert.equal(s.health(), 'lost');
    assert.equal(s.leaseValidUntil(), Number.NEGATIVE_INFINITY);
    assert.deepEqual(s.members().map((x) => x.id), ['a', 'b'], 'the last list stays while lost');
    assert.throws(() => s.expire(), MembershipStateError);
    s.renew();
    assert.equal(s.leaseValidUntil(), Number.POSITIVE_INFINITY);
    assert.throws(() => s.renew(), MembershipStateError);
    await s.stop();
    assert.deepEqual(healths, ['lost', 'healthy', 'stopped']);
  });

  it('refuses invalid members and duplicate ids', () => {
    assert.throws(() => new StaticMembership({ self: m('bad id') }), InvalidMemberError);
    assert.throws(() => new StaticMembership({ self: m('a', { grpcAddress: 'nowhere' }) }), InvalidMemberError);
    assert.throws(() => new StaticMembership({ self: m('a', { roles: [] }) }), InvalidMemberError);
    assert.throws(() => new StaticMembership({ self: m('a', { weight: -1 }) }), InvalidMemberError);
    assert.throws(() => new StaticMembership({ self: m('a'), members: [m('b'), m('b')] }), InvalidMemberError);
    assert.deepEqual(checkMember({ id: 'x', grpcAddress: '[::1]:7000', roles: ['conversation', 'gateway'] }).roles, ['gateway', 'conversation']);
  });
});

describe('Placement over a membership', () => {
  it('publishes a new ring generation per change and answers ownership locally', async () => {
    const s = new StaticMembership({ self: m('a'), members: [m('b'), m('gw', { roles: ['gateway'] })] });
    await s.start();
    const placement = new Placement(s, { roles: ['conversation', 'gateway'] });
    assert.equal(placement.ring('conversation').generation, 1);
    assert.deepEqual(placement.ring('conversation').members.map((x) => x.id), ['a', 'b']);
    assert.deepEqual(placement.ring('gateway').members.map((x) => x.id), ['gw']);
    const generations: string[] = [];
    placement.on('change', (ring) => generations.push(`${ring.role}:${ring.generation}`));
    s.update([m('b'), m('c'), m('gw', { roles: ['gateway'] })]);
    assert.deepEqual(generations, ['conversation:2'], 'the gateway ring did not change');
    const ring = placement.ring('conversation');
    const keys = Array.from({ length: 300 }, (_, i) => `conv-${i}`);
    const local = keys.filter((k) => placement.isLocal('conversation', k));
    assert.ok(local.length > 0 && local.length < keys.length);
    for (const k of local) assert.equal(ring.ownerId(k), 'a');
    const moving = keys.filter((k) => ring.isMoving(k));
    assert.ok(moving.length > 0 && moving.every((k) => ring.ownerId(k) === 'c'));
    placement.settle('conversation', ring.generation);
    assert.equal(placement.ring('conversation').previous, undefined);
    placement.close();
    s.update([m('b')]);
    assert.deepEqual(generations, ['conversation:2'], 'a closed placement no longer follows the membership');
    await s.stop();
  });
});
