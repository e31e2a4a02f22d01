import type { Logger } from 'pino';
import { takeToken, type TokenBucket } from '../time/mod.js';

/** Info lines a gateway writes per second at most (a burst of as many); the rest are counted, not written. */
export const SESSION_LOG_PER_SECOND = 20;

/**
 * The operator's view of sessions at info level: a session opened (user, device), closed (with its
 * WebSocket close code), a request refused (frame and error code). Sampled so that a storm of
 * reconnects or refusals cannot flood the log: at most SESSION_LOG_PER_SECOND lines a second; the
 * next line written carries `skipped`, how many were left out since the last one.
 */
export class SessionLog implements TokenBucket {
  tokens: number;
  at: number;
  private skipped = 0;

  constructor(
    private readonly log: Logger,
    private readonly now: () => number,
    private readonly perSecond = SESSION_LOG_PER_SECOND,
  ) {
    this.tokens = perSecond;
    this.at = now();
  }

  opened(user: string, device: string): void {
    this.write({ user, device }, 'session opened');
  }

  closed(user: string, device: string, code: number): void {
    this.write({ user, device, code }, 'session closed');
  }

  /** `code` is the error code's name (RATE_LIMITED, NOT_MEMBER…). */
  refused(user: string, frame: string, code: string): void {
    this.write({ user, frame, code }, 'request refused');
  }

  private write(fields: Record<string, unknown>, message: string): void {
    if (!this.log.isLevelEnabled('info')) return;
    if (!takeToken(this, this.now(), this.perSecond, this.perSecond)) {
      this.skipped++;
      return;
    }
    if (this.skipped > 0) {
      fields['skipped'] = this.skipped;
      this.skipped = 0;
    }
    this.log.info(fields, message);
  }
}
