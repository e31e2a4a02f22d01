import { type ErrorCode, isRetryable } from '../protocol/codes.js';

/** An error frame from the server, as the SDK hands it to callers. */
export class ServerError extends Error {
  override readonly name = 'ServerError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly retryAfterMs: number,
  ) {
    super(message);
  }

  get retryable(): boolean {
    return isRetryable(this.code);
  }
}

/** The connection closed before the request got its answer; safe to retry. */
export class ConnectionLostError extends Error {
  override readonly name = 'ConnectionLostError';
  readonly retryable = true;
}

/** The request got no answer before its deadline. */
export class RequestTimeoutError extends Error {
  override readonly name = 'RequestTimeoutError';
  readonly retryable = true;
}

/** The client was closed by the application. */
export class ClientClosedError extends Error {
  override readonly name = 'ClientClosedError';
  readonly retryable = false;
}
