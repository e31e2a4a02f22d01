import type { PushNotification, PushPlatform, PushTarget } from './provider.js';

/**
 * The durable outbox: every push is written here before any provider sees it, and a dispatcher
 * (dispatcher.ts) moves it through these states:
 *
 *   pending ──claim──▶ claimed ──begin──▶ sending ──complete──▶ sent | dropped
 *      ▲                  │                  │   └──complete(retry)──▶ pending (not_before later)
 *      └── lease expiry ──┘                  └── lease expiry: AmbiguousPolicy decides
 *
 * Exactly one entry exists per idempotency key `conversationId:seq:deviceId` (pushKey()), so an
 * enqueue repeated after a producer's restart is a no-op while the entry is retained.
 *
 * Guarantees an implementation must give (test/push/outbox_contract.ts checks them):
 * - enqueue() is atomic per call and idempotent per key.
 * - claim() hands an entry to at most one owner at a time: it moves due `pending` entries and
 *   entries whose lease has expired to `claimed` with a lease (owner, attempt, lease_until).
 * - begin(), complete() are fenced by (owner, attempt): a holder whose lease was taken over
 *   changes nothing and is told so (false).
 * - `claimed` means "not sent yet": nothing has left the process, so re-claiming it after a
 *   crash cannot duplicate. `sending` means "a request may have reached the service".
 */
export interface PushOutbox {
  /**
   * Writes new entries (state `pending`). Keys that exist already are skipped. An entry with a
   * collapse key supersedes the same device's pending entries of the same conversation and
   * collapse key with a lower seq (they become `dropped`/superseded), and is itself written as
   * superseded when a newer one exists.
   */
  enqueue(jobs: readonly PushJob[], now: number): Promise<EnqueueResult>;
  /** Leases up to `limit` due entries to `owner` (see ClaimRequest). */
  claim(request: ClaimRequest): Promise<ClaimResult>;
  /** claimed → sending, right before the request is written. False when the lease is gone. */
  begin(job: ClaimedJob, now: number): Promise<boolean>;
  /** Records the end of an attempt. False when the lease was taken over meanwhile. */
  complete(job: ClaimedJob, completion: Completion, now: number): Promise<boolean>;
  /** Drops the pending entries addressed to a target the service called unregistered. */
  dropTarget(userId: string, deviceId: string, address: string, reason: string, now: number): Promise<number>;
  /**
   * After a restart under the same owner id: its `claimed` entries go back to `pending` at once,
   * its `sending` entries are handled per `ambiguous`. Without this, leases simply expire.
   */
  recover(owner: string, ambiguous: AmbiguousPolicy, now: number): Promise<RecoverResult>;
  /** The earliest time something becomes claimable (a pending entry's not_before or a lease end). */
  nextDue(): Promise<number | undefined>;
  get(key: string): Promise<OutboxEntry | undefined>;
  counts(): Promise<Record<PushJobState, number>>;
  /** Deletes `sent` and `dropped` entries last changed before `before`; returns how many. */
  purge(before: number, limit: number): Promise<number>;
  close(): Promise<void>;
}

/**
 * What to do with an entry whose fate is unknown: its request was written (state `sending`, or a
 * timeout after the request left) but no answer was recorded.
 * - `drop` (at most once, the default): never send it again; the user may miss this push.
 * - `resend` (at least once): send it again with the same ids; the user may get it twice, which
 *   the collapse key turns into a replacement of the notification rather than a second one.
 */
export type AmbiguousPolicy = 'drop' | 'resend';

export type PushJobState = 'pending' | 'claimed' | 'sending' | 'sent' | 'dropped';
export const PUSH_JOB_STATES: readonly PushJobState[] = ['pending', 'claimed', 'sending', 'sent', 'dropped'];

/** The idempotency key of one push: one message to one device. */
export function pushKey(conversationId: string, seq: number, deviceId: string): string {
  return `${conversationId}:${seq}:${deviceId}`;
}

export interface PushJob {
  /** pushKey(notification.conversationId, notification.seq, deviceId). */
  key: string;
  userId: string;
  deviceId: string;
  /** The device's target when the push was decided; a later re-registration does not change it. */
  target: PushTarget;
  notification: PushNotification;
  /** Not sent before this time (ms): a short delay lets a burst collapse into one push. */
  notBefore: number;
  /** Dropped as `expired` when not delivered by this time (ms). */
  expiresAt: number;
}

export interface ClaimedJob extends PushJob {
  owner: string;
  /** 1 for the first attempt. */
  attempt: number;
  createdAt: number;
}

export interface OutboxEntry extends PushJob {
  state: PushJobState;
  attempts: number;
  createdAt: number;
  updatedAt: number;
  /** Why it was dropped or last retried. */
  reason?: string;
  /** The service's id of the delivered push. */
  providerId?: string;
}

export interface EnqueueResult {
  inserted: number;
  superseded: number;
}

export interface ClaimRequest {
  owner: string;
  now: number;
  /** How long the claim is exclusive. Must exceed the send deadline by a wide margin. */
  leaseMs: number;
  limit: number;
  /** What to do with `sending` entries whose lease expired (their holder crashed mid-request). */
  ambiguous: AmbiguousPolicy;
}

export interface ClaimResult {
  jobs: ClaimedJob[];
  /** Entries the claim dropped instead (expired, or ambiguous under `drop`), for metrics. */
  dropped: DroppedEntry[];
}

export interface DroppedEntry {
  key: string;
  platform: PushPlatform;
  reason: string;
}

export interface RecoverResult {
  released: number;
  resent: number;
  dropped: DroppedEntry[];
}

export type Completion =
  | { state: 'sent'; providerId?: string }
  | { state: 'retry'; notBefore: number; reason: string }
  | { state: 'dropped'; reason: string };
