/**
 * RingSnapshot: golden vectors (fixed members and keys → owner, written out literally here so that
 * any change of placement, e.g. a hashring upgrade or other vnode arithmetic, fails loudly: every
 * process of a cluster must place keys alike), an independent ketama reference, and fast-check
 * properties for minimal movement on join/leave and for balance.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import * as fc from 'fast-check';
import { ClusterConfigError } from '../../lib/cluster/errors.js';
import type { Member, Role } from '../../lib/cluster/membership.js';
import { RING_DEFAULTS, RingSnapshot, movedKeys, virtualNodes } from '../../lib/cluster/ring.js';

function member(id: string, weight = 1, roles: Role[] = ['conversation']): Member {
  return { id, grpcAddress: `${id}.chorus:7100`, roles, zone: 'z1', weight };
}

const CONV = { role: 'conversation' } as const;

describe('RingSnapshot golden vectors', () => {
  it('places fixed keys on three equal members exactly as recorded', () => {
    const ring = RingSnapshot.of([member('node-a'), member('node-b'), member('node-c')], CONV);
    const golden: Record<string, string> = {
      'c.1': 'node-c',
      'c.2': 'node-c',
      'c.3': 'node-a',
      'c.4': 'node-a',
      'd.alice.bob': 'node-b',
      'd.bob.carol': 'node-a',
      'g.team-42': 'node-b',
      'g.ops': 'node-b',
      'conv-0000': 'node-a',
      'conv-0001': 'node-c',
      'conv-0002': 'node-b',
      'conv-0003': 'node-b',
      'conv-0004': 'node-a',
      'conv-0005': 'node-b',
      x: 'node-b',
      'zz-top': 'node-b',
    };
    for (const [key, owner] of Object.entries(golden)) assert.equal(ring.ownerId(key), owner, `owner of ${key}`);
  });

  it('places fixed keys on weighted members exactly as recorded', () => {
    const ring = RingSnapshot.of([member('node-a'), member('node-b', 2), member('node-c'), member('node-d', 0.5)], CONV);
    const golden: Record<string, string> = {
      'c.1': 'node-c',
      'c.2': 'node-c',
      'c.3': 'node-a',
      'c.4': 'node-a',
      'd.alice.bob': 'node-b',
      'd.bob.carol': 'node-a',
      'g.team-42': 'node-b',
      'g.ops': 'node-b',
      'conv-0000': 'node-a',
      'conv-0001': 'node-b',
      'conv-0002': 'node-b',
      'conv-0003': 'node-b',
      'conv-0004': 'node-a',
      'conv-0005': 'node-b',
      x: 'node-b',
      'zz-top': 'node-b',
    };
    for (const [key, owner] of Object.entries(golden)) assert.equal(ring.ownerId(key), owner, `owner of ${key}`);
  });

  it('places keys named like Object.prototype properties like any other key, without touching the prototype', () => {
    const ring = RingSnapshot.of([member('alpha'), member('beta', 3), member('gamma', 0.25), member('delta-7')], CONV);
    const other = RingSnapshot.of([member('alpha')], CONV);
    const reference = ketama([['alpha', 160], ['beta', 480], ['gamma', 40], ['delta-7', 160]]);
    for (const key of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf']) {
      for (let i = 0; i < 3; i++) {
        assert.equal(ring.ownerId(key), reference(key), `owner of ${key}`);
        assert.equal(other.ownerId(key), 'alpha');
      }
    }
    assert.equal((Object as unknown as { value?: unknown }).value, undefined, 'nothing was written to Object');
  });

  it('agrees with an independent ketama implementation (md5, 4 points per virtual node)', () => {
    const members = [member('alpha'), member('beta', 3), member('gamma', 0.25), member('delta-7')];
    const ring = RingSnapshot.of(members, CONV);
    const reference = ketama(members.map((m) => [m.id, virtualNodes(m.weight, RING_DEFAULTS.vnodes)]));
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 40 }), (key) => {
        assert.equal(ring.ownerId(key), reference(key), `owner of ${JSON.stringify(key)}`);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('RingSnapshot generations', () => {
  it('starts empty at generation 0 and owns nothing', () => {
    const ring = RingSnapshot.empty(CONV);
    assert.equal(ring.generation, 0);
    assert.equal(ring.owner('c.1'), undefined);
    assert.equal(ring.previousOwner('c.1'), undefined);
    assert.equal(ring.isMoving('c.1'), false);
  });

  it('places only members with the role and a positive weight', () => {
    const ring = RingSnapshot.of([member('gw', 1, ['gateway']), member('drain', 0), member('host', 1, ['gateway', 'conversation'])], CONV);
    assert.deepEqual(ring.members.map((m) => m.id), ['host']);
    for (let i = 0; i < 100; i++) assert.equal(ring.ownerId(`k${i}`), 'host');
    assert.equal(RingSnapshot.of([member('gw', 1, ['gateway'])], CONV).owner('k'), undefined);
  });

  it('keeps the snapshot when the placed members do not change, and moves to generation + 1 when they do', () => {
    const g1 = RingSnapshot.of([member('a'), member('b')], CONV);
    assert.equal(g1.generation, 1);
    assert.equal(g1.next([member('b'), member('a'), member('gw', 1, ['gateway'])]), g1, 'same placed members: same snapshot');
    const g2 = g1.next([member('a'), member('b'), member('c')]);
    assert.equal(g2.generation, 2);
    assert.equal(g2.previous, g1.settled());
    const g3 = g2.next([member('a'), member('c')]);
    assert.equal(g3.generation, 3);
    assert.equal(g3.previous?.generation, 2);
    assert.equal(g3.previous?.previous, undefined, 'only one previous generation is kept');
    assert.ok(Object.isFrozen(g3) && Object.isFrozen(g3.members));
  });

  it('answers previousOwner for keys that moved and settles', () => {
    const before = RingSnapshot.of([member('a'), member('b'), member('c')], CONV);
    const after = before.next([member('a'), member('b'), member('c'), member('d')]);
    const keys = Array.from({ length: 2000 }, (_, i) => `conv-${i}`);
    const moved = movedKeys(before, after, keys);
    assert.ok(moved.length > 0);
    for (const { key, from, to } of moved) {
      assert.equal(to, 'd');
      assert.equal(after.previousOwner(key)?.id, from);
      assert.equal(after.owner(key)?.id, to);
      assert.ok(after.isMoving(key));
    }
    const settled = after.settled();
    assert.equal(settled.generation, after.generation);
    assert.equal(settled.previous, undefined);
    assert.equal(settled.isMoving(moved[0]!.key), false);
    assert.equal(settled.ownerId(moved[0]!.key), 'd');
  });

  it('refuses impossible options', () => {
    assert.throws(() => RingSnapshot.empty({ role: 'conversation', vnodes: 0 }), ClusterConfigError);
    assert.throws(() => RingSnapshot.empty({ role: 'conversation', cacheSize: 0 }), ClusterConfigError);
  });
});

// --- Properties ---------------------------------------------------------------------------------

const memberId = fc.stringMatching(/^[a-z][a-z0-9-]{2,12}$/);
const memberIds = (min: number, max: number): fc.Arbitrary<string[]> => fc.uniqueArray(memberId, { minLength: min, maxLength: max });
const KEYS = Array.from({ length: 4000 }, (_, i) => `conv-${i.toString(36)}-${(i * 2654435761) % 1000003}`);

describe('RingSnapshot properties', () => {
  it('a join moves only keys to the new member, about 1/(N+1) of them', () => {
    fc.assert(
      fc.property(memberIds(3, 17), (ids) => {
        const [joiner, ...rest] = ids as [string, ...string[]];
        const before = RingSnapshot.of(rest.map((id) => member(id)), CONV);
        const after = before.next([...rest, joiner].map((id) => member(id)));
        const moved = movedKeys(before, after, KEYS);
        for (const m of moved) assert.equal(m.to, joiner, `key ${m.key} moved between old members (${m.from} → ${m.to})`);
        const share = moved.length / KEYS.length;
        const fair = 1 / (rest.length + 1);
        assert.ok(share <= 1.45 * fair + 0.01, `join moved ${share.toFixed(3)} of the keys; fair share is ${fair.toFixed(3)}`);
        assert.ok(share >= 0.55 * fair - 0.01, `join moved only ${share.toFixed(3)} of the keys; fair share is ${fair.toFixed(3)}`);
      }),
      { numRuns: 40 },
    );
  });

  it('a leave moves only the leaver’s keys, about 1/N of them', () => {
    fc.assert(
      fc.property(memberIds(3, 17), fc.nat(), (ids, pick) => {
        const leaver = ids[pick % ids.length]!;
        const before = RingSnapshot.of(ids.map((id) => member(id)), CONV);
        const after = before.next(ids.filter((id) => id !== leaver).map((id) => member(id)));
        const moved = movedKeys(before, after, KEYS);
        for (const m of moved) assert.equal(m.from, leaver, `key ${m.key} moved away from ${m.from}, which stayed`);
        const owned = KEYS.filter((k) => before.ownerId(k) === leaver).length;
        assert.equal(moved.length, owned, 'every key of the leaver moves, and no other');
        const share = moved.length / KEYS.length;
        const fair = 1 / ids.length;
        assert.ok(share <= 1.45 * fair + 0.01 && share >= 0.55 * fair - 0.01, `leave moved ${share.toFixed(3)}; fair share is ${fair.toFixed(3)}`);
      }),
      { numRuns: 40 },
    );
  });

  it('load stays balanced: the busiest member holds at most 1.35 × the mean', () => {
    fc.assert(
      fc.property(memberIds(2, 16), (ids) => {
        const ring = RingSnapshot.of(ids.map((id) => member(id)), CONV);
        const counts = new Map<string, number>();
        const keys = KEYS.concat(KEYS.map((k) => `${k}/b`));
        for (const k of keys) counts.set(ring.ownerId(k)!, (counts.get(ring.ownerId(k)!) ?? 0) + 1);
        assert.equal(counts.size, ids.length, 'every member owns some keys');
        const max = Math.max(...counts.values());
        const mean = keys.length / ids.length;
        assert.ok(max / mean <= 1.35, `max/mean ${(max / mean).toFixed(3)} with ${ids.length} members`);
      }),
      { numRuns: 40 },
    );
  });

  it('shares follow weights', () => {
    fc.assert(
      fc.property(memberIds(3, 8), fc.array(fc.constantFrom(0.5, 1, 2, 3), { minLength: 8, maxLength: 8 }), (ids, weights) => {
        const members = ids.map((id, i) => member(id, weights[i]!));
        const ring = RingSnapshot.of(members, CONV);
        const total = members.reduce((s, m) => s + m.weight, 0);
        const keys = KEYS.concat(KEYS.map((k) => `${k}/w`));
        const counts = new Map<string, number>();
        for (const k of keys) counts.set(ring.ownerId(k)!, (counts.get(ring.ownerId(k)!) ?? 0) + 1);
        for (const m of members) {
          const share = (counts.get(m.id) ?? 0) / keys.length;
          const expected = m.weight / total;
          assert.ok(Math.abs(share - expected) <= 0.4 * expected + 0.015, `${m.id} (weight ${m.weight}) has ${share.toFixed(3)}, expected ${expected.toFixed(3)}`);
        }
      }),
      { numRuns: 25 },
    );
  });

  it('placement depends on the member set only, not on the order it is given in', () => {
    fc.assert(
      fc.property(
        memberIds(1, 10).chain((ids) => fc.tuple(fc.constant(ids), fc.shuffledSubarray(ids, { minLength: ids.length, maxLength: ids.length }))),
        fc.array(fc.string({ minLength: 1 }), { minLength: 1, maxLength: 50 }),
        ([ids, shuffled], keys) => {
          const a = RingSnapshot.of(ids.map((id) => member(id)), CONV);
          const b = RingSnapshot.of(shuffled.map((id) => member(id)), CONV);
          for (const k of keys) assert.equal(a.ownerId(k), b.ownerId(k));
        },
      ),
      { numRuns: 100 },
    );
  });
});

/** Ketama as documented (libketama): md5 of "id-i", four little-endian 32-bit points per digest. */
function ketama(members: [string, number][]): (key: string) => string {
  const points: { value: number; id: string }[] = [];
  const word = (d: Buffer, j: number): number => ((d[3 + j * 4]! << 24) | (d[2 + j * 4]! << 16) | (d[1 + j * 4]! << 8) | d[j * 4]!) >>> 0;
  for (const [id, vnodes] of members) {
    for (let i = 0; i < vnodes; i++) {
      const d = createHash('md5').update(`${id}-${i}`).digest();
      for (let j = 0; j < 4; j++) points.push({ value: word(d, j), id });
    }
  }
  points.sort((a, b) => a.value - b.value);
  return (key) => {
    const h = word(createHash('md5').update(key).digest(), 0);
    const p = points.find((x) => x.value >= h) ?? points[0]!;
    return p.id;
  };
}
