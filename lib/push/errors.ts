/**
 * Why a device registration was refused. The protocol layer maps `TOO_LARGE` to the client error
 * TOO_LARGE and every other code to INVALID_ARGUMENT (both in the "do not retry unchanged" range).
 */
export type InvalidPushTargetCode =
  | 'MALFORMED_TARGET'
  | 'UNKNOWN_PLATFORM'
  | 'PLATFORM_DISABLED'
  | 'MALFORMED_TOKEN'
  | 'MALFORMED_ENDPOINT'
  | 'ENDPOINT_NOT_ALLOWED'
  | 'MALFORMED_KEYS'
  | 'TOO_LARGE';

/** A push target (token or subscription) that must not be stored or sent to. */
export class InvalidPushTarget extends Error {
  override readonly name = 'InvalidPushTarget';
  constructor(
    readonly code: InvalidPushTargetCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** A notification or outbox job the outbox refuses before writing anything. */
export class InvalidPushJob extends Error {
  override readonly name = 'InvalidPushJob';
  readonly code = 'INVALID_PUSH_JOB';
}

/** Provider configuration that cannot work: a key that does not parse, an endpoint that is not allowed. */
export class PushConfigError extends Error {
  override readonly name = 'PushConfigError';
  readonly code = 'PUSH_CONFIG';
}

/** The outbox or token store backend failed; the operation may be retried. */
export class PushStoreUnavailable extends Error {
  override readonly name = 'PushStoreUnavailable';
  readonly code = 'PUSH_STORE_UNAVAILABLE';
}

/**
 * A request that got no HTTP answer: connection failure, cancelled, or an oversized response.
 * `sent` is true when the whole request had been written, so the service may have acted on it.
 */
export class PushTransportError extends Error {
  override readonly name = 'PushTransportError';
  constructor(
    readonly code: 'NETWORK' | 'TIMEOUT' | 'RESPONSE_TOO_LARGE',
    message: string,
    readonly sent: boolean,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** The OAuth2 token endpoint refused the service account's assertion, or gave no usable answer. */
export class AccessTokenError extends Error {
  override readonly name = 'AccessTokenError';
  constructor(
    readonly code: 'ACCESS_TOKEN_REFUSED' | 'ACCESS_TOKEN_UNAVAILABLE',
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
