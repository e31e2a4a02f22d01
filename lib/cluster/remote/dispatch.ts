import type { EnvelopeInit } from '../gen/cluster.js';
import { ENVELOPE_OVERHEAD, type Outgoing } from './outbox.js';
import { errorStatus } from './status.js';
import { Flow, Status } from './wire.js';

/** A message that arrived from another node. `payload` may be a view into the received batch. */
export interface InboundMessage {
  /** The sender's node id (from the stream's metadata). */
  from: string;
  kind: string;
  key: string;
  type: string;
  payload: Uint8Array;
}

export interface RequestContext {
  /** This node's monotonic time (ms) at which the sender stops waiting; Infinity when it set none. */
  deadlineAt: number;
}

/**
 * Handles the messages for one target kind. Both methods are called in the order the envelopes
 * arrived on a stream, one at a time and synchronously for one batch: to keep per-target order,
 * hand the message to the target's mailbox before the first await.
 *
 * A request's answer is its resolved payload. Throwing NotOwnerError answers NOT_OWNER (the sender
 * re-routes), MailboxFullError or PeerOverloadedError answer OVERLOADED, PeerUnavailableError
 * answers UNAVAILABLE, and anything else HANDLER_FAILED with its message and, when it has a numeric
 * `code` (e.g. a client-visible ErrorCode), that code. A tell whose handler throws is returned.
 */
export interface KindHandler {
  request?(message: InboundMessage, context: RequestContext): Uint8Array | Promise<Uint8Array>;
  tell?(message: InboundMessage): void;
}

/** Whether this node owns a key now; asked before any handler sees the message. */
export type OwnershipAnswer = { owned: true } | { owned: false; ownerHint: string; generation: number; detail?: string };
export type Ownership = (kind: string, key: string) => OwnershipAnswer;

/** Logs a refusal (rate-limited by its owner, per reason). */
export type Warn = (reason: string, fields: object, message: string, level?: 'warn' | 'info') => void;

/**
 * Hands an inbound tell to its kind's handler after the ownership check, on whichever side of a
 * stream it arrived (a peer's stream to us, or our link's stream on which the peer tells back).
 * Answers the status to return it with when it was refused, undefined when it was taken.
 */
export function dispatchTell(handlers: ReadonlyMap<string, KindHandler>, ownership: Ownership, m: InboundMessage, warn: Warn): EnvelopeInit | undefined {
  const handler = handlers.get(m.kind);
  if (handler?.tell === undefined) {
    warn('target', { peer: m.from, kind: m.kind, type: m.type }, 'tell for a kind this node does not handle: returned');
    return { status: Status.STATUS_UNKNOWN_TARGET, detail: `no tell handler for kind ${JSON.stringify(m.kind)}` };
  }
  const owner = ownership(m.kind, m.key);
  if (!owner.owned) {
    warn('owner', { peer: m.from, kind: m.kind, key: m.key, ownerHint: owner.ownerHint, generation: owner.generation }, 'tell for a key this node does not own: returned', 'info');
    return { status: Status.STATUS_NOT_OWNER, detail: owner.detail ?? '', ownerHint: owner.ownerHint, generation: owner.generation };
  }
  try {
    handler.tell(m);
    return undefined;
  } catch (err) {
    return errorStatus(err);
  }
}

/** The envelope that sends a refused tell back whole, with why. */
export function returnedTell(m: InboundMessage, fields: EnvelopeInit): Outgoing {
  return {
    envelope: { ...fields, flow: Flow.FLOW_RETURNED, key: m.key, payload: m.payload },
    kind: m.kind,
    type: m.type,
    size: m.payload.length + m.key.length + ENVELOPE_OVERHEAD,
    deadlineAt: 0,
  };
}

/** A tell to write on a stream: the peer's stream to us (told back) or our link's. */
export function tellEnvelope(kind: string, key: string, type: string, payload: Uint8Array): Outgoing {
  return { envelope: { flow: Flow.FLOW_TELL, key, payload }, kind, type, size: payload.length + key.length + ENVELOPE_OVERHEAD, deadlineAt: 0 };
}
