import type { TokenVerifier } from '../auth/tokens.js';
import type { PushRegistry } from '../chat/push_registry.js';
import type { ChatService, SessionPresence } from '../chat/types.js';
import type { MediaService } from '../media/mod.js';
import type { Metrics } from '../metrics/metrics.js';
import type { KeyPackageDirectory } from '../storage/mod.js';
import type { Expiring } from './expiry.js';
import type { OutputBatch } from './output_batch.js';

/**
 * What a user actor (user_actor.ts) needs from its gateway: the socket it writes to, and the
 * environment every session of a gateway shares. Kept apart so the actor file holds behaviour.
 */

/** The part of a uWS WebSocket a session uses (a fake in unit tests). */
export interface Wire {
  send(message: Uint8Array, isBinary: boolean): number;
  /** A WebSocket ping control frame. */
  ping(): number;
  end(code?: number, reason?: string): void;
  getBufferedAmount(): number;
  /** Runs `cb` with the socket corked: what it sends leaves in one write. */
  cork(cb: () => void): unknown;
}

/** Ends a closed session's socket with its close code (socket_close.ts; a fake in unit tests). */
export interface SocketCloser {
  end(ws: Wire, code: number, reason: string): void;
}

/** What the gateway's session index and expiry wheel hold of a session (a UserActor). */
export interface SessionHandle extends Expiring {
  readonly userId: string;
  deliver(frame: Uint8Array, ephemeral: boolean): void;
}

/** Frames a user may send across all of their sessions on this gateway (a token bucket). */
export interface FrameBudget {
  take(now: number): boolean;
}

/** The gateway's index of ready sessions (lib/gateway/sessions.ts). */
export interface SessionDirectory {
  /** Indexes a session that became ready; returns the frame budget its user's sessions share. */
  join(session: SessionHandle): FrameBudget;
  leave(session: SessionHandle): void;
  /** Replaces the users whose presence changes the session receives. */
  watch(session: SessionHandle, users: readonly string[], previous: readonly string[]): void;
}

/** One deadline per session (its token's warning, then its expiry); lib/gateway/expiry.ts. */
export interface ExpirySchedule {
  schedule(session: SessionHandle, at: number): void;
  cancel(session: SessionHandle): void;
}

/** What sessions report for metrics. */
export interface SessionObserver {
  ephemeralDropped(): void;
  closed(reason: 'slow_consumer' | 'token_expired' | 'idle'): void;
  rateLimited(scope: 'connection' | 'user'): void;
  /** A session became ready, a ready session's socket closed, a request was refused (error code name). */
  opened(user: string, device: string): void;
  ended(user: string, device: string, code: number): void;
  refused(user: string, frame: string, code: string): void;
}

export interface SessionLimits {
  maxFrameBytes: number;
  maxTextBytes: number;
  maxPendingRequests: number;
  maxPage: number;
  maxGroupMembers: number;
  /** Undecodable frames tolerated on one connection before it is closed. */
  maxBadFrames: number;
  /** Cursors accepted in one SyncRequest. */
  maxSyncCursors: number;
  /** Users one session may watch the presence of. */
  maxPresenceUsers: number;
  /** Sustained frames per second one connection may send (token bucket), and the burst above it. */
  frameRate: number;
  frameBurst: number;
  /** The same for all of one user's sessions on this gateway together. */
  userFrameRate: number;
  userFrameBurst: number;
}

/** When a session's own output counts as backed up. */
export interface Backpressure {
  /** Buffered bytes beyond which ephemeral frames (typing, presence, receipt updates) are skipped. */
  softBytes: number;
  /** Buffered bytes at which the session is closed with 4100 (the client resyncs). */
  hardBytes: number;
}

/** How a session's token is watched. */
export interface TokenTiming {
  /** token_expiring is sent this long before the token's expiry. */
  noticeMs: number;
  /** Without a refresh, the session is closed with 4004 this long after the expiry. */
  graceMs: number;
}

/** Shared by every session of a gateway: one pointer per connection instead of many. */
export interface SessionEnv {
  readonly service: ChatService;
  readonly verifier: TokenVerifier;
  readonly limits: SessionLimits;
  now(): number;
  nextSessionId(): number;
  readonly directory: SessionDirectory;
  readonly expiry: ExpirySchedule;
  readonly tokens: TokenTiming;
  /** A client silent this long (no frame, no pong to our ping at half of it) is closed with 4103. */
  readonly idleTimeoutMs: number;
  readonly backpressure: Backpressure;
  readonly observe: SessionObserver;
  readonly presence: SessionPresence;
  /** Device push registration; null when this server sends no pushes. */
  readonly push: PushRegistry | null;
  /** Media uploads and downloads; null when this server takes no media. */
  readonly media: MediaService | null;
  readonly metrics: Metrics;
  /** Coalesces each session's frames of one event-loop turn into one corked write; absent: every frame is written at once. */
  readonly output?: OutputBatch;
  /** The MLS key-package directory; null when this server offers no end-to-end encryption. */
  readonly keyPackages: KeyPackageDirectory | null;
  /** Ends a closed session's socket, its close frame behind what it buffered (socket_close.ts). */
  readonly closes: SocketCloser;
}
