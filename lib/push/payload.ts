import { createHash } from 'node:crypto';
import type { PushNotification } from './provider.js';

/** Data keys every push carries, so an app (or its E2E extension) can fetch the message itself. */
export const CHORUS_DATA = { conversationId: 'chorus_conversation', seq: 'chorus_seq' } as const;

/** The string map for services whose data is strings only (FCM data, webhook): ours plus the app's. */
export function dataOf(n: PushNotification): Record<string, string> {
  return { ...n.data, [CHORUS_DATA.conversationId]: n.conversationId, [CHORUS_DATA.seq]: String(n.seq) };
}

/** True when the push shows text; false in E2E-ready (minimal) mode. */
export function hasText(n: PushNotification): boolean {
  return n.title !== undefined || n.body !== undefined;
}

const SAFE = /^[A-Za-z0-9_-]+$/;

/**
 * A collapse key that fits a service's limit and alphabet (Web Push Topic: 32 base64url
 * characters; APNs apns-collapse-id: 64 bytes). Keys that already fit are kept, others hashed, so
 * one conversation always maps to the same value.
 */
export function compactKey(key: string, maxLength: number): string {
  if (key.length <= maxLength && SAFE.test(key)) return key;
  return createHash('sha256').update(key).digest('base64url').slice(0, maxLength);
}

/** A stable UUID (RFC 9562 version 8, name-based on SHA-256) for an idempotency key: APNs apns-id. */
export function uuidFromKey(key: string): string {
  const h = createHash('sha256').update(key).digest();
  h[6] = (h[6]! & 0x0f) | 0x80;
  h[8] = (h[8]! & 0x3f) | 0x80;
  const hex = h.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
