/**
 * Errors of the node-to-node transport. gRPC status codes and wire statuses are translated into
 * these here, and nowhere else. `retryable` says whether the same call may succeed if sent again
 * (to the same peer after a pause, or to the key's owner after re-routing); only idempotent calls
 * (chat sends carry client ids) may be retried after a PeerUnavailableError or RemoteTimeoutError,
 * because the peer may have acted on the first attempt.
 */
export abstract class RemoteError extends Error {
  abstract readonly code: string;
  abstract readonly retryable: boolean;
  /** The peer's node id ('' when the error is local). */
  readonly peer: string;

  constructor(peer: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.peer = peer;
  }
}

/** The peer cannot be reached, the stream broke before the reply, or the peer is draining. */
export class PeerUnavailableError extends RemoteError {
  override readonly name = 'PeerUnavailableError';
  readonly code = 'PEER_UNAVAILABLE';
  readonly retryable = true;
}

/** No reply before the request's deadline. The peer may still act on it. */
export class RemoteTimeoutError extends RemoteError {
  override readonly name = 'RemoteTimeoutError';
  readonly code = 'REMOTE_TIMEOUT';
  readonly retryable = true;
  constructor(peer: string, readonly timeoutMs: number, what: string) {
    super(peer, `${what} on ${peer} got no reply within ${timeoutMs} ms`);
  }
}

/** The outgoing queue to the peer is full (it reads too slowly), or the peer sheds load. */
export class PeerOverloadedError extends RemoteError {
  override readonly name = 'PeerOverloadedError';
  readonly code = 'PEER_OVERLOADED';
  readonly retryable = true;
}

/**
 * The peer does not own the key (any more): re-route with a ring at least as new as `generation`.
 * `ownerHint` is the owner in the peer's ring ('' if none).
 */
export class NotOwnerError extends RemoteError {
  override readonly name = 'NotOwnerError';
  readonly code = 'NOT_OWNER';
  readonly retryable = true;
  constructor(
    peer: string,
    readonly kind: string,
    readonly key: string,
    readonly ownerHint: string,
    readonly generation: number,
    detail = '',
  ) {
    super(peer, `${peer} does not own ${kind}/${key}${ownerHint ? ` (its ring, generation ${generation}, says ${ownerHint})` : ''}${detail ? `: ${detail}` : ''}`);
  }
}

/** The peer speaks another version of the cluster protocol; nothing is sent to it until it changes. */
export class UnsupportedVersionError extends RemoteError {
  override readonly name = 'UnsupportedVersionError';
  readonly code = 'UNSUPPORTED_VERSION';
  readonly retryable = false;
}

/**
 * The peer refused this node's stream: its certificate is missing, from another CA, expired, or
 * names another node than the one the stream claims (docs/security.md). Asked again much later.
 */
export class PeerRefusedError extends RemoteError {
  override readonly name = 'PeerRefusedError';
  readonly code = 'PEER_REFUSED';
  readonly retryable = false;
}

/** The peer refused an envelope as malformed: a bug in the sender. */
export class MalformedEnvelopeError extends RemoteError {
  override readonly name = 'MalformedEnvelopeError';
  readonly code = 'MALFORMED_ENVELOPE';
  readonly retryable = false;
}

/** The peer has no handler for the target kind (or not for this flow). */
export class UnknownTargetError extends RemoteError {
  override readonly name = 'UnknownTargetError';
  readonly code = 'UNKNOWN_TARGET';
  readonly retryable = false;
}

/** The peer's handler failed. `appCode` is its numeric error code (e.g. a client ErrorCode), 0 if none. */
export class RemoteHandlerError extends RemoteError {
  override readonly name = 'RemoteHandlerError';
  readonly code = 'REMOTE_HANDLER_FAILED';
  readonly retryable = false;
  constructor(peer: string, message: string, readonly appCode: number) {
    super(peer, message);
  }
}

/** A payload above the transport's per-envelope limit; never sent. */
export class PayloadTooLargeError extends RemoteError {
  override readonly name = 'PayloadTooLargeError';
  readonly code = 'PAYLOAD_TOO_LARGE';
  readonly retryable = false;
}

/** The local transport (or the link to this peer) was closed. */
export class TransportClosedError extends RemoteError {
  override readonly name = 'TransportClosedError';
  readonly code = 'TRANSPORT_CLOSED';
  readonly retryable = false;
}
