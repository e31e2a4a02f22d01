/** The backend could not be reached or did not answer in time; the operation may be retried. */
export class StoreUnavailableError extends Error {
  override readonly name = 'StoreUnavailableError';
  readonly code = 'STORE_UNAVAILABLE';
}

/** A seq that is already taken: another writer owns the conversation, or a bug assigned it twice. */
export class SeqConflictError extends Error {
  override readonly name = 'SeqConflictError';
  readonly code = 'SEQ_CONFLICT';
  constructor(
    readonly conversationId: string,
    readonly seq: number,
    options?: { cause?: unknown },
  ) {
    super(`seq ${seq} of ${conversationId} is already stored`, options);
  }
}

/** A record that already exists where a new one was required. */
export class ConflictError extends Error {
  override readonly name = 'ConflictError';
  readonly code = 'CONFLICT';
}

/** Input the store refuses before writing: bad ids, oversized text, non-consecutive batches. */
export class InvalidRecordError extends Error {
  override readonly name = 'InvalidRecordError';
  readonly code = 'INVALID_RECORD';
}

/**
 * The conversation's owner epoch is no longer the one an append carried: another node claimed the
 * conversation (or the epoch was never claimed). The append is not acknowledged. On SQLite it wrote
 * nothing; on ScyllaDB (write-then-verify) the entries that landed before the claim read the log's
 * end are stored anyway, and `storedThrough` names the last of them when that claim has recorded
 * its start by then; docs/storage.md ("Owner epochs") explains why.
 */
export class FencedError extends Error {
  override readonly name = 'FencedError';
  readonly code = 'FENCED';
  /** Last seq of this append that is stored anyway; undefined: none, or not known yet. */
  readonly storedThrough: number | undefined;
  constructor(
    readonly conversationId: string,
    readonly epoch: number,
    options?: { cause?: unknown; storedThrough?: number },
  ) {
    super(`owner epoch ${epoch} of ${conversationId} is no longer current`, options);
    this.storedThrough = options?.storedThrough;
  }
}
