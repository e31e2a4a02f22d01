/**
 * The region parts that need no servers (docs/regions.md): presence as the OR over regions in the
 * session directory, only this region's transitions published; the bridge's home cache, its
 * fan-out (one delivery per other region, encoded once) and its count of what it could not send.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SessionDirectory } from '../../lib/chat/cluster/directory.js';
import { RegionBridge, type RegionLink } from '../../lib/chat/cluster/region_bridge.js';
import { decodeDelivery } from '../../lib/chat/cluster/codec.js';
import { regionSettings } from '../../lib/cluster/regions.js';
import { silentLog } from '../../lib/cluster/log.js';
import { ChorusError, ErrorCode } from '../../lib/protocol/mod.js';
import { ManualClock } from '../../lib/time/mod.js';

function directory(clock: ManualClock) {
  const frames: [string, boolean][] = [];
  const published: [string, boolean][] = [];
  const d = new SessionDirectory({
    clock,
    graceMs: 100,
    presenceChanged: (u, online) => frames.push([u, online]),
    localPresence: (u, online) => published.push([u, online]),
  });
  return { d, frames, published };
}

describe('presence across regions (SessionDirectory)', () => {
  it('is online while any region has a session; watchers hear the OR change once, other regions only this one', () => {
    const clock = new ManualClock();
    const { d, frames, published } = directory(clock);
    d.setRemote('cat', 'b', true);
    assert.ok(d.isOnline('cat') && d.hasSession('cat'), 'a session in region b counts here (push planning asks hasSession)');
    assert.deepEqual(frames, [['cat', true]]);
    assert.deepEqual(published, [], 'what another region said is not published back');

    d.set('cat', 'g1', 1);
    assert.deepEqual(published, [['cat', true]], 'a first session here is published to the other regions');
    assert.deepEqual(frames, [['cat', true]], 'already online: watchers hear nothing');

    d.set('cat', 'g1', 0);
    clock.advance(100);
    assert.deepEqual(published, [['cat', true], ['cat', false]], 'the last session here closing is published after the grace period');
    assert.deepEqual(frames, [['cat', true]], 'still online in b');

    d.setRemote('cat', 'b', false);
    assert.ok(!d.isOnline('cat') && !d.hasSession('cat'));
    assert.deepEqual(frames, [['cat', true], ['cat', false]]);
  });

  it('forgets the remote state of users whose directory entry moved away', () => {
    const { d } = directory(new ManualClock());
    d.setRemote('dan', 'b', true);
    d.keepUsers(() => false);
    assert.ok(!d.isOnline('dan'));
  });
});

class FakeLink implements RegionLink {
  tells: { kind: string; key: string; type: string; payload: Uint8Array }[] = [];
  requests: { key: string; type: string }[] = [];
  full = false;
  answer: () => Promise<Uint8Array> = () => Promise.resolve(new Uint8Array(0));
  request(_kind: string, key: string, type: string): Promise<Uint8Array> {
    this.requests.push({ key, type });
    return this.answer();
  }
  tell(kind: string, key: string, type: string, payload: Uint8Array): void {
    if (this.full) throw Object.assign(new Error('queue full'), { code: 'PEER_OVERLOADED' });
    this.tells.push({ kind, key, type, payload });
  }
}

function bridge(homes: Record<string, string | undefined>) {
  const links = new Map<string, FakeLink>();
  const counts = { reads: 0, undelivered: 0, delivered: 0 };
  const b = new RegionBridge({
    settings: regionSettings('a', [{ name: 'b', endpoint: 'b.example:9090' }, { name: 'c', endpoint: 'c.example:9090' }]),
    link: (region) => {
      const l = new FakeLink();
      links.set(region, l);
      return l;
    },
    store: {
      getConversation: (id) => {
        counts.reads++;
        return Promise.resolve(id in homes ? (homes[id] ? { homeRegion: homes[id] } : {}) : undefined);
      },
    },
    log: silentLog,
    observer: {
      forwarded: () => undefined,
      delivered: (_p, direction, n) => void (direction === 'out' && (counts.delivered += n)),
      undelivered: (_p, _r, n) => void (counts.undelivered += n),
      presence: () => undefined,
    },
  });
  return { b, links, counts };
}

describe('RegionBridge', () => {
  it('looks a home up once, answers "retry" for a conversation not replicated here yet, and looks again after forget', async () => {
    const { b, counts } = bridge({ 'g.x': 'b', 'g.old': undefined });
    assert.equal(await b.home('g.x'), 'b');
    assert.equal(await b.home('g.x'), 'b');
    assert.equal(counts.reads, 1);
    b.forget('g.x');
    assert.equal(await b.home('g.x'), 'b');
    assert.equal(counts.reads, 2);
    assert.equal(await b.home('g.old'), '', 'stored before regions: routed in this region');
    await assert.rejects(b.home('g.new'), (err: unknown) => err instanceof ChorusError && err.code === ErrorCode.UNAVAILABLE);
  });

  it('fans each delivery out here and once to every other region, and counts what a full link could not take', () => {
    const { b, links, counts } = bridge({});
    const local: string[][] = [];
    const fanout = b.wrapFanout({ toUsers: (users) => void local.push([...users]) });
    const frame = new Uint8Array([1, 2, 3]);
    fanout.toUsers(new Set(['ann', 'cat']), frame);
    assert.deepEqual(local, [['ann', 'cat']]);
    for (const region of ['b', 'c']) {
      const tells = links.get(region)!.tells;
      assert.equal(tells.length, 1);
      assert.equal(tells[0]!.key, 'a', 'deliveries name the sending region');
      assert.deepEqual(decodeDelivery(tells[0]!.payload).users, ['ann', 'cat']);
    }
    assert.equal(links.get('b')!.tells[0]!.payload, links.get('c')!.tells[0]!.payload, 'encoded once for all regions');
    assert.equal(counts.delivered, 4);
    links.get('c')!.full = true;
    fanout.toUsers(['ann'], frame);
    assert.equal(counts.undelivered, 1);
  });

  it('refuses to forward to a region it has no entry point for', async () => {
    const { b } = bridge({});
    await assert.rejects(b.forward('z', 'g.x', 'send', new Uint8Array(0), { timeoutMs: 100 }), /no entry point/);
  });
});
