import { ActorStoppedError, AskTimeoutError, MailboxFullError } from '../actors/mod.js';
import { ChorusError, ErrorCode } from '../protocol/mod.js';
import { ConflictError, InvalidRecordError, StoreUnavailableError } from '../storage/mod.js';

/** Translates internal failures into the client-visible error they mean. */
export function toClientError(err: unknown): ChorusError {
  if (err instanceof ChorusError) return err;
  if (err instanceof MailboxFullError) return new ChorusError(ErrorCode.OVERLOADED, 'conversation is busy, retry', { cause: err, retryAfterMs: 100 });
  if (err instanceof AskTimeoutError) return new ChorusError(ErrorCode.TIMEOUT, 'request timed out, retry', { cause: err });
  if (err instanceof ActorStoppedError || err instanceof StoreUnavailableError) {
    return new ChorusError(ErrorCode.UNAVAILABLE, 'temporarily unavailable, retry', { cause: err, retryAfterMs: 200 });
  }
  if (err instanceof InvalidRecordError) return new ChorusError(ErrorCode.INVALID_ARGUMENT, err.message, { cause: err });
  if (err instanceof ConflictError) return new ChorusError(ErrorCode.ALREADY_EXISTS, err.message, { cause: err });
  return new ChorusError(ErrorCode.UNAVAILABLE, 'internal error, retry', { cause: err });
}
