import type { Clock, Timer } from '../../time/mod.js';
import type { ClusterLog } from '../../cluster/log.js';
import type { Placement } from '../../cluster/placement.js';
import type { Transport } from '../../cluster/transport.js';
import { MAX_DELIVERY_USERS } from './codec.js';
import type { SessionDirectory } from './directory.js';
import { DIRECTORY_KIND, MANY_USERS } from './fanout.js';

/** How often a node pings each other region's entry point (the link RTT and its liveness). */
export const REGION_PING_MS = 5_000;
/**
 * How long the pings to a region may fail before this node forgets what that region said about
 * presence (its users then count as offline here: push sends to them). Long enough that a link
 * reconnect or a slow entry point does not flap presence; short enough that a dead region's users
 * get pushes within a minute.
 */
export const REGION_PRESENCE_FORGET_MS = 30_000;

export interface RegionLinkWatchDeps {
  /** The other regions. */
  peers: readonly string[];
  /** Sends one ping on the link to a region (opened on first use) and resolves when it is answered. */
  ping(peer: string, timeoutMs: number): Promise<unknown>;
  /** Monotonic clock (ms): timers and round-trip times. */
  clock: Clock;
  log: ClusterLog;
  pingMs?: number;
  forgetAfterMs?: number;
  /** A ping's round trip (seconds). */
  rtt?(peer: string, seconds: number): void;
  /** The pings to `peer` have failed for forgetAfterMs: forget its presence. */
  down(peer: string): void;
  /** `peer` answers again after down(): it is asked to publish its presence again; false when the ask was not sent (asked again after the next answered ping). */
  up(peer: string): boolean;
}

interface PeerState {
  /** When a ping was last answered (or the watch started). */
  lastOk: number;
  forgotten: boolean;
  inFlight: boolean;
}

/**
 * Pings every other region's entry point over its link (docs/regions.md, "Operations"): measures
 * the link's round-trip time, and tells the bridge when a region has not answered for the forget
 * bound (down) and when it answers again (up). One ping in flight per region; a ping times out
 * after one interval.
 */
export class RegionLinkWatch {
  private readonly peers = new Map<string, PeerState>();
  private timer: Timer | undefined;
  private stopped = false;
  private readonly pingMs: number;
  private readonly forgetAfterMs: number;

  constructor(private readonly d: RegionLinkWatchDeps) {
    this.pingMs = d.pingMs ?? REGION_PING_MS;
    this.forgetAfterMs = d.forgetAfterMs ?? REGION_PRESENCE_FORGET_MS;
    const now = d.clock.now();
    for (const p of d.peers) this.peers.set(p, { lastOk: now, forgotten: false, inFlight: false });
  }

  start(): void {
    this.tick();
  }

  stop(): void {
    this.stopped = true;
    if (this.timer !== undefined) this.d.clock.clearTimeout(this.timer);
  }

  /** Whether this node currently counts `peer` as gone (its presence forgotten). */
  isDown(peer: string): boolean {
    return this.peers.get(peer)?.forgotten ?? false;
  }

  private tick(): void {
    if (this.stopped) return;
    for (const [peer, s] of this.peers) {
      if (!s.forgotten && this.d.clock.now() - s.lastOk >= this.forgetAfterMs) {
        s.forgotten = true;
        this.d.log.warn({ region: peer, silentMs: this.d.clock.now() - s.lastOk }, 'region does not answer: forgetting its presence');
        this.d.down(peer);
      }
      if (!s.inFlight) this.pingOne(peer, s);
    }
    this.timer = this.d.clock.setTimeout(() => this.tick(), this.pingMs);
    this.timer.unref?.();
  }

  private pingOne(peer: string, s: PeerState): void {
    s.inFlight = true;
    const t0 = this.d.clock.now();
    let answer: Promise<unknown>;
    try {
      answer = this.d.ping(peer, this.pingMs);
    } catch (err) {
      answer = Promise.reject(err); // no link (the transport is stopping)
    }
    answer.then(
      () => {
        s.inFlight = false;
        if (this.stopped) return;
        const now = this.d.clock.now();
        s.lastOk = now;
        this.d.rtt?.(peer, (now - t0) / 1000);
        if (s.forgotten) {
          this.d.log.info({ region: peer }, 'region answers again: asking it to publish its presence');
          s.forgotten = !this.d.up(peer);
        }
      },
      () => {
        s.inFlight = false;
      },
    );
  }
}

/** Directory tell inside a region (key MANY_USERS, payload = the asking region): publish this shard's users to it again. */
export const REPUBLISH = 'remote_republish';

/** This shard's users with sessions in this region, in chunks, to `publish` (the bridge's `online` tell to the asking region). */
export function republishPresence(directory: SessionDirectory | null, publish: (users: string[]) => boolean): void {
  const users = directory?.localUsers() ?? [];
  for (let i = 0; i < users.length; i += MAX_DELIVERY_USERS) publish(users.slice(i, i + MAX_DELIVERY_USERS));
}

/** Another region asked for this region's presence again: every directory node here (this one through `self`) publishes its shard. */
export function askShardsToRepublish(region: string, parts: { placement: Placement; remote: Transport }, self: () => void, log: ClusterLog): void {
  const payload = new TextEncoder().encode(region);
  for (const member of parts.placement.ring('conversation').members) {
    if (member.id === parts.placement.selfId) self();
    else {
      try {
        parts.remote.tell(member, { kind: DIRECTORY_KIND, key: MANY_USERS }, REPUBLISH, payload);
      } catch (err) {
        log.debug({ err, region, peer: member.id }, 'presence resync not passed on');
      }
    }
  }
}
