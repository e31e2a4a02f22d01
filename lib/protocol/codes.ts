import { chorus } from './gen/chorus.js';

/** Client-visible error codes; the ranges are documented in proto/ and docs/protocol.md. */
export const ErrorCode = chorus.v1.ErrorCode;
export type ErrorCode = chorus.v1.ErrorCode;

/** 2000-2999: the same request may succeed later. */
export function isRetryable(code: ErrorCode): boolean {
  return code >= 2000 && code < 3000;
}

/** 3000-3999: the client needs a new token before it reconnects. */
export function needsAuth(code: ErrorCode): boolean {
  return code >= 3000 && code < 4000;
}

/**
 * WebSocket close codes. 1xxx are RFC 6455's; 4xxx are ours. The second digit says what the
 * client should do: 40xx do not reconnect until something changes, 41xx reconnect and resume.
 */
export const CloseCode = {
  NORMAL: 1000,
  /** Server is going away (drain or shutdown): reconnect, possibly to another gateway. */
  GOING_AWAY: 1001,
  /** A text frame: only binary frames are accepted. */
  UNSUPPORTED_DATA: 1003,
  /** Never sent: what a client's stack reports when the socket ends without a close frame (network, or a frame far over the limit). */
  ABNORMAL: 1006,
  /** A frame larger than the advertised maximum. */
  MESSAGE_TOO_BIG: 1009,
  /** A frame other than Hello arrived before the session was authenticated. */
  AUTH_REQUIRED: 4001,
  /** The token was missing, forged, expired or for another audience: get a new one first. */
  AUTH_FAILED: 4003,
  /**
   * The session's token expired and no refresh_token came within the grace period: get a new
   * token, then reconnect (a client that can get one reconnects at once).
   */
  TOKEN_EXPIRED: 4004,
  /** The client speaks a protocol version this server does not. */
  UNSUPPORTED_VERSION: 4005,
  /** Too many bad frames in a row: the client is broken. */
  PROTOCOL_VIOLATION: 4008,
  /** The client did not read fast enough; reconnect and resume (sync) — nothing durable is lost. */
  SLOW_CONSUMER: 4100,
  /** The gateway is draining: reconnect now, to any gateway. */
  SERVER_DRAINING: 4101,
  /** The server could not set the session up (the session directory did not answer): reconnect with back-off. */
  TRY_AGAIN_LATER: 4102,
  /**
   * Nothing (no frame, no pong to the server's ping) arrived for the idle timeout: the network or
   * the client stalled. Reconnect with back-off and resume.
   */
  IDLE_TIMEOUT: 4103,
} as const;
export type CloseCode = (typeof CloseCode)[keyof typeof CloseCode];

/** Typed error carrying a client-visible code. */
export class ChorusError extends Error {
  override readonly name: string = 'ChorusError';
  readonly code: ErrorCode;
  readonly retryAfterMs: number;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown; retryAfterMs?: number }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.retryAfterMs = options?.retryAfterMs ?? 0;
  }
}

export function invalid(message: string): ChorusError {
  return new ChorusError(ErrorCode.INVALID_ARGUMENT, message);
}
