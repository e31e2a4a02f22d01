import type { MembershipHealth } from '../../cluster/membership.js';
import type { RingSnapshot } from '../../cluster/ring.js';

/** Measurements of the cluster layer (metrics). */
export interface ClusterObserver {
  ringChanged(ring: RingSnapshot, movedAway: number): void;
  health(health: MembershipHealth): void;
  retried(reason: string): void;
  dropped(reason: string, users: number): void;
  peerError(peer: string, code: string): void;
  /** CPU seconds spent in directory work (handlers and the directory step of fan-out): the bench's per-role split. */
  directoryCpu?(seconds: number): void;
  /** A delivery for users whose directory node did not take it, sent again (fan-out.ts, ask). */
  resent?(reason: string, users: number): void;
  /** Recipients a conversation host found in its route cache (one hop), and those it sent through their directory node. */
  routed?(hits: number, misses: number): void;
}
