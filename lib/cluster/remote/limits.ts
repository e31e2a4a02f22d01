import { ClusterConfigError } from '../errors.js';

/** Sizes, deadlines and back-off of the node-to-node transport; all have defaults. */
export interface RemoteLimits {
  /** A batch is written when it holds this many envelopes, or at the end of the event-loop turn. */
  maxBatchEnvelopes: number;
  /** ...or when it reaches this many bytes. */
  maxBatchBytes: number;
  /** Per peer: envelopes queued (not yet written) before sends fail with PeerOverloadedError. */
  maxQueuedEnvelopes: number;
  /** One envelope's payload; larger ones fail with PayloadTooLargeError before anything is sent. */
  maxPayloadBytes: number;
  /** Per inbound stream: requests being handled before the stream stops reading (HTTP/2 back-pressure). */
  maxInflightRequests: number;
  /** Deadline of a request that names none. */
  requestTimeoutMs: number;
  /** Reconnect back-off: from this... */
  reconnectMinMs: number;
  /** ...doubling up to this (and the pause before asking a peer that refused our version again). */
  reconnectMaxMs: number;
  /** HTTP/2 pings on idle connections, so that a dead peer is noticed without traffic. */
  keepaliveMs: number;
  keepaliveTimeoutMs: number;
  /** stop(): how long inbound streams may finish their replies before they are cut. */
  shutdownGraceMs: number;
}

export const REMOTE_DEFAULTS: RemoteLimits = {
  maxBatchEnvelopes: 512,
  maxBatchBytes: 256 * 1024,
  maxQueuedEnvelopes: 20_000,
  maxPayloadBytes: 1024 * 1024,
  maxInflightRequests: 4096,
  requestTimeoutMs: 5000,
  reconnectMinMs: 50,
  reconnectMaxMs: 5000,
  keepaliveMs: 10_000,
  keepaliveTimeoutMs: 5000,
  shutdownGraceMs: 2000,
};

export function resolveLimits(partial: Partial<RemoteLimits> = {}): RemoteLimits {
  const l: RemoteLimits = { ...REMOTE_DEFAULTS, ...partial };
  for (const [k, v] of Object.entries(l)) {
    if (!Number.isFinite(v) || v <= 0) throw new ClusterConfigError(`remote limit ${k} must be a positive number, got ${String(v)}`);
  }
  if (l.reconnectMaxMs < l.reconnectMinMs) throw new ClusterConfigError('reconnectMaxMs must be at least reconnectMinMs');
  if (l.maxQueuedEnvelopes < l.maxBatchEnvelopes) throw new ClusterConfigError('maxQueuedEnvelopes must be at least maxBatchEnvelopes');
  return l;
}
