import { ClientClosedError, RequestTimeoutError, ServerError } from './errors.js';
import type { Request, SendAck, Welcome } from './types.js';

interface Outgoing {
  conversationId: string;
  clientId: string;
  text: string;
  /** Transmitted at least once: later transmissions carry resend = true. */
  sent: boolean;
  inFlight: boolean;
  /** After a retryable refusal: not transmitted again before this time (ms, Date.now()). */
  notBefore: number;
  resolve(ack: SendAck): void;
  reject(err: Error): void;
}

/** What the outbox needs from the rest of the client. */
export interface OutboxLink {
  request: Request;
  /** Sends may go out: the session is ready and not syncing. */
  sendable(): boolean;
  /** The session's Welcome: its limits bound the sends in flight. */
  welcome(): Welcome | null;
}

/**
 * Messages accepted by send() and not acknowledged yet, in order. Retransmissions carry the same
 * client id, so the server stores each message once.
 */
export class Outbox {
  private readonly queue: Outgoing[] = [];
  private pumpTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly link: OutboxLink) {}

  get size(): number {
    return this.queue.length;
  }

  /** Queues a message; resolves with its ack, surviving reconnects. Rejects on non-retryable errors. */
  add(conversationId: string, text: string, clientId: string, resend = false): Promise<SendAck> {
    return new Promise((resolve, reject) => {
      this.queue.push({ conversationId, clientId, text, sent: resend, inFlight: false, notBefore: 0, resolve, reject });
      this.pump();
    });
  }

  /**
   * Transmits queued sends in order, at most the server's in-flight limit at a time (minus room for
   * other requests), so the server never refuses one for being over it: a refused send retried
   * after later ones were stored would land out of order. A send waiting to be retried holds back
   * the ones behind it for the same reason.
   */
  pump(): void {
    if (!this.link.sendable()) return;
    const max = this.link.welcome()?.limits?.maxPendingRequests ?? 256;
    const window = Math.max(1, max - Math.min(16, Math.floor(max / 4)));
    let inFlight = 0;
    for (const o of this.queue) if (o.inFlight) inFlight++;
    const now = Date.now();
    for (const o of this.queue) {
      if (inFlight >= window) return;
      if (o.inFlight) continue;
      if (o.notBefore > now) {
        if (this.pumpTimer === null) {
          this.pumpTimer = setTimeout(() => {
            this.pumpTimer = null;
            this.pump();
          }, o.notBefore - now);
        }
        return;
      }
      this.transmit(o);
      inFlight++;
    }
  }

  /** The connection is gone: every unacknowledged send goes out again after the next Welcome. */
  reset(): void {
    for (const o of this.queue) {
      o.inFlight = false;
      o.notBefore = 0;
    }
  }

  /** The client closed: every unacknowledged send rejects with ClientClosedError. */
  close(): void {
    if (this.pumpTimer !== null) clearTimeout(this.pumpTimer);
    this.pumpTimer = null;
    for (const o of this.queue.splice(0)) o.reject(new ClientClosedError('client is closed'));
  }

  private transmit(o: Outgoing): void {
    o.inFlight = true;
    const resend = o.sent;
    o.sent = true;
    this.link.request({ send: { conversationId: o.conversationId, clientId: o.clientId, text: o.text, resend } }).then(
      (f) => {
        this.drop(o);
        o.resolve(f.ack as SendAck);
        this.pump();
      },
      (err: Error) => {
        o.inFlight = false;
        if (err instanceof ServerError && !err.retryable) {
          this.drop(o);
          o.reject(err);
          this.pump();
        } else if (err instanceof ServerError || err instanceof RequestTimeoutError) {
          o.notBefore = Date.now() + (err instanceof ServerError && err.retryAfterMs > 0 ? err.retryAfterMs : 250);
          this.pump();
        }
        // ConnectionLostError: the next Welcome retransmits it.
      },
    );
  }

  private drop(o: Outgoing): void {
    const i = this.queue.indexOf(o);
    if (i !== -1) this.queue.splice(i, 1);
  }
}

/** 128 random bits, URL-safe: collision-free client message ids without coordination. */
export function newClientId(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  let s = '';
  for (const b of bytes) s += b.toString(16).padStart(2, '0');
  return s;
}
