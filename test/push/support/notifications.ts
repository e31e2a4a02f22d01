import type { PushNotification, SendOptions } from '../../../lib/push/mod.js';
import { pushKey } from '../../../lib/push/mod.js';

let n = 0;

/** A notification for a fresh conversation (or the given one). */
export function note(over: Partial<PushNotification> = {}): PushNotification {
  n++;
  return { conversationId: `g.test${n}`, seq: 1, title: 'alice', body: 'hi there', collapseKey: `c:g.test${n}`, badge: 3, ...over };
}

/** Send options with a generous deadline and the outbox key for `device`. */
export function opts(notification: PushNotification, device = 'phone', timeoutMs = 10_000): SendOptions {
  return { signal: AbortSignal.timeout(timeoutMs), id: pushKey(notification.conversationId, notification.seq, device) };
}
