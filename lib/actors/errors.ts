/** The actor's mailbox is at capacity and its overflow policy is "reject". */
export class MailboxFullError extends Error {
  override readonly name = 'MailboxFullError';
  readonly code = 'MAILBOX_FULL';
  constructor(readonly kind: string, readonly key: string) {
    super(`mailbox of ${kind}/${key} is full`);
  }
}

/** An ask() got no reply before its deadline. */
export class AskTimeoutError extends Error {
  override readonly name = 'AskTimeoutError';
  readonly code = 'ASK_TIMEOUT';
  constructor(readonly kind: string, readonly key: string, readonly timeoutMs: number) {
    super(`${kind}/${key} did not reply within ${timeoutMs} ms`);
  }
}

/** The actor was stopped (gave up after restarts, or the system shut down) before handling the message. */
export class ActorStoppedError extends Error {
  override readonly name = 'ActorStoppedError';
  readonly code = 'ACTOR_STOPPED';
  constructor(readonly kind: string, readonly key: string, options?: { cause?: unknown }) {
    super(`${kind}/${key} is stopped`, options);
  }
}
