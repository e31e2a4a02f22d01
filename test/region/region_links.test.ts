/**
 * The region link watch (lib/chat/cluster/region_links.ts) and what the bridge does with it, in
 * process: pings measure the link's round trip; a region whose link is down past the bound has its
 * presence forgotten here (its users count as offline, so push reaches them); when it answers again
 * it is asked to publish its presence, and a region asked so publishes every directory shard's users.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SessionDirectory } from '../../lib/chat/cluster/directory.js';
import { decodeUsers } from '../../lib/chat/cluster/codec.js';
import { RegionBridge, type RegionLink, type RegionParts } from '../../lib/chat/cluster/region_bridge.js';
import { REGION_PRESENCE_FORGET_MS, RegionLinkWatch } from '../../lib/chat/cluster/region_links.js';
import { regionSettings } from '../../lib/cluster/regions.js';
import { silentLog } from '../../lib/cluster/log.js';
import type { InboundMessage, KindHandler } from '../../lib/cluster/remote/inbound.js';
import { ManualClock } from '../../lib/time/mod.js';

const turn = (): Promise<void> => new Promise((r) => setImmediate(r));

/** A ping answered (true), refused (false) or left waiting (undefined) until the test says. */
class Pinger {
  answer: boolean | undefined = true;
  sent = 0;
  private waiting: ((ok: boolean) => void)[] = [];
  ping = (): Promise<unknown> => {
    this.sent++;
    if (this.answer === undefined) return new Promise((resolve, reject) => this.waiting.push((ok) => (ok ? resolve(undefined) : reject(new Error('timeout')))));
    return this.answer ? Promise.resolve() : Promise.reject(new Error('PEER_UNAVAILABLE'));
  };
  settle(ok: boolean): void {
    for (const w of this.waiting.splice(0)) w(ok);
  }
}

describe('RegionLinkWatch', () => {
  it('measures each answered ping on the clock, one ping in flight per region', async () => {
    const clock = new ManualClock();
    const p = new Pinger();
    p.answer = undefined;
    const rtts: [string, number][] = [];
    const w = new RegionLinkWatch({ peers: ['b'], ping: p.ping, clock, log: silentLog, pingMs: 1000, rtt: (peer, s) => rtts.push([peer, s]), down: () => assert.fail(), up: () => assert.fail() });
    w.start();
    clock.advance(1000);
    assert.equal(p.sent, 1, 'no second ping while one waits');
    clock.advance(60);
    p.settle(true);
    await turn();
    assert.deepEqual(rtts, [['b', 1.06]]);
    w.stop();
  });

  it('reports a region down once after the bound without an answer, and up once when it answers again', async () => {
    const clock = new ManualClock();
    const p = new Pinger();
    p.answer = false;
    const events: string[] = [];
    const w = new RegionLinkWatch({ peers: ['b'], ping: p.ping, clock, log: silentLog, pingMs: 5000, down: (r) => events.push(`down ${r}`), up: (r) => events.push(`up ${r}`) > 0 });
    w.start();
    for (let t = 0; t < REGION_PRESENCE_FORGET_MS - 5000; t += 5000) {
      clock.advance(5000);
      await turn();
    }
    assert.deepEqual(events, [], 'not before the bound');
    clock.advance(5000);
    await turn();
    clock.advance(5000);
    await turn();
    assert.deepEqual(events, ['down b'], 'once');
    assert.ok(w.isDown('b'));
    p.answer = true;
    clock.advance(5000);
    await turn();
    clock.advance(5000);
    await turn();
    assert.deepEqual(events, ['down b', 'up b'], 'once');
    assert.ok(!w.isDown('b'));
    w.stop();
  });

  it('asks a returning region again after the next answered ping when the ask could not be sent', async () => {
    const clock = new ManualClock();
    const p = new Pinger();
    p.answer = false;
    let sendable = false;
    const asks: string[] = [];
    const w = new RegionLinkWatch({ peers: ['b'], ping: p.ping, clock, log: silentLog, pingMs: 5000, down: () => undefined, up: (r) => (asks.push(r), sendable) });
    w.start();
    for (let t = 0; t <= REGION_PRESENCE_FORGET_MS; t += 5000) {
      clock.advance(5000);
      await turn();
    }
    assert.ok(w.isDown('b'));
    p.answer = true;
    clock.advance(5000);
    await turn();
    assert.deepEqual(asks, ['b']);
    assert.ok(w.isDown('b'), 'still forgotten: the ask did not go out');
    sendable = true;
    clock.advance(5000);
    await turn();
    assert.deepEqual(asks, ['b', 'b'], 'asked again');
    assert.ok(!w.isDown('b'));
    w.stop();
  });
});

class FakeLink implements RegionLink {
  tells: { type: string; payload: Uint8Array }[] = [];
  constructor(private readonly pinger: Pinger) {}
  request(): Promise<Uint8Array> {
    return this.pinger.ping().then(() => new Uint8Array(0));
  }
  tell(_kind: string, _key: string, type: string, payload: Uint8Array): void {
    this.tells.push({ type, payload });
  }
}

/** A bridge of region a on node n1 (a ring of n1 and n2), its link to b, and the parts it starts with. */
function started() {
  const clock = new ManualClock();
  const pinger = new Pinger();
  const link = new FakeLink(pinger);
  const presence: [string, boolean][] = [];
  const directory = new SessionDirectory({ clock, graceMs: 100, presenceChanged: (u, online) => presence.push([u, online]) });
  const forgotten: number[] = [];
  const rtts: number[] = [];
  const bridge = new RegionBridge({
    settings: regionSettings('a', [{ name: 'b', endpoint: 'b.example:9090' }]),
    link: () => link,
    store: { getConversation: () => Promise.resolve(undefined) },
    log: silentLog,
    observer: { forwarded: () => undefined, delivered: () => undefined, undelivered: () => undefined, presence: () => undefined, presenceForgotten: (_p, n) => void forgotten.push(n), linkRtt: (_p, s) => void rtts.push(s) },
    linkWatch: { clock, pingMs: 5000 },
  });
  const handlers = new Map<string, KindHandler>();
  const tellsInRegion: { to: string; type: string; payload: Uint8Array }[] = [];
  const members = [{ id: 'n1' }, { id: 'n2' }];
  const parts = {
    fanout: { toUsers: () => undefined },
    directory,
    routed: {},
    placement: { selfId: 'n1', ring: () => ({ members, ownerId: () => 'n1', member: (id: string) => members.find((m) => m.id === id) }) },
    remote: {
      handle: (kind: string, h: KindHandler) => void handlers.set(kind, h),
      on: () => () => undefined,
      tell: (to: { id: string }, _target: unknown, type: string, payload: Uint8Array) => void tellsInRegion.push({ to: to.id, type, payload }),
    },
  } as unknown as RegionParts;
  bridge.start(parts);
  const region = handlers.get('region')!;
  const fromRegion = (type: string, key: string, payload = new Uint8Array(0)): InboundMessage => ({ kind: 'region', key, type, payload, from: 'x1' });
  return { clock, pinger, link, directory, presence, forgotten, rtts, bridge, region, fromRegion, tellsInRegion };
}

async function advance(clock: ManualClock, ms: number, step = 5000): Promise<void> {
  for (let t = 0; t < ms; t += step) {
    clock.advance(step);
    await turn();
  }
}

describe('RegionBridge and a region link that goes down', () => {
  it('forgets the presence that region gave once its link is down past the bound (push then counts its users offline), and asks it to publish again when it answers', async () => {
    const s = started();
    await turn();
    assert.equal(s.rtts.length, 1, 'the first ping is measured at once');
    s.directory.setRemote('cat', 'b', true);
    s.directory.set('ann', 'g1', 1);
    s.directory.setRemote('ann', 'b', true);
    assert.ok(s.directory.hasSession('cat'));

    s.pinger.answer = false;
    await advance(s.clock, REGION_PRESENCE_FORGET_MS - 5000);
    assert.ok(s.directory.hasSession('cat'), 'kept within the bound (a reconnect does not flap presence)');
    await advance(s.clock, 10_000);
    assert.ok(!s.directory.hasSession('cat') && !s.directory.isOnline('cat'), "cat's only sessions were in b: offline now, push reaches cat");
    assert.ok(s.directory.isOnline('ann'), 'ann still has a session here');
    assert.deepEqual(s.presence.filter(([u]) => u === 'cat'), [['cat', true], ['cat', false]], "cat's watchers hear offline once");
    assert.deepEqual(s.forgotten, [2]);
    assert.equal(s.link.tells.length, 0);

    s.pinger.answer = true;
    await advance(s.clock, 10_000);
    assert.deepEqual(s.link.tells.map((t) => t.type), ['presence_resync'], 'asked b once to publish its presence again');
    s.bridge.stop();
  });

  it('answers a ping, and publishes every shard of its directory to a region that asks for its presence again', async () => {
    const s = started();
    assert.deepEqual(await s.region.request!(s.fromRegion('ping', 'b'), { deadlineAt: Number.POSITIVE_INFINITY } as never), new Uint8Array(0));
    s.directory.set('ann', 'g1', 1);
    s.directory.set('bob', 'g1', 1);
    s.directory.set('bob', 'g1', 0); // within the grace period: still online
    s.region.tell!(s.fromRegion('presence_resync', 'b'));
    assert.deepEqual(s.tellsInRegion.map((t) => [t.to, t.type, new TextDecoder().decode(t.payload)]), [['n2', 'remote_republish', 'b']], 'the other directory node of the region is asked');
    const online = s.link.tells.filter((t) => t.type === 'online').flatMap((t) => decodeUsers(t.payload));
    assert.deepEqual(online.sort(), ['ann', 'bob'], "this node's shard is published to b");
    assert.ok(s.bridge.directoryTell(s.fromRegion('remote_republish', 'a1', new TextEncoder().encode('b')), s.directory));
    assert.throws(() => s.region.tell!(s.fromRegion('presence_resync', 'zz')), /unknown region/);
    s.bridge.stop();
  });
});
