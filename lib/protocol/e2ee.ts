/**
 * End-to-end encrypted conversations (docs/e2ee.md): which ones are, and with which MLS cipher
 * suite. Encryption is chosen at creation and never changes, so it is part of the conversation id:
 * `eg.<suite>.<random>` for groups, `ed.<suite>.<a>.<b>` for direct chats. Clients and server read
 * it from the id alone, without a store read.
 */

/** The cipher suites Chorus offers (RFC 9420 ids): the default, and the X-Wing post-quantum hybrid. */
export const E2EE_SUITES = {
  MLS_128_DHKEMX25519_AES128GCM_SHA256_Ed25519: 1,
  MLS_256_XWING_AES256GCM_SHA512_Ed25519: 83,
} as const;

export type E2eeSuiteName = keyof typeof E2EE_SUITES;
export const DEFAULT_E2EE_SUITE = E2EE_SUITES.MLS_128_DHKEMX25519_AES128GCM_SHA256_Ed25519;

const ENCRYPTED = /^e[dg]\.(\d{1,5})\./;

/** The conversation's MLS cipher suite, 0 for a plain conversation. */
export function encryptedSuite(conversationId: string): number {
  const m = ENCRYPTED.exec(conversationId);
  return m === null ? 0 : Number(m[1]);
}

export function isSupportedSuite(suite: number): boolean {
  return Object.values(E2EE_SUITES).includes(suite as (typeof E2EE_SUITES)[E2eeSuiteName]);
}

export function suiteName(suite: number): E2eeSuiteName {
  const found = (Object.entries(E2EE_SUITES) as [E2eeSuiteName, number][]).find(([, id]) => id === suite);
  if (found === undefined) throw new RangeError(`unsupported MLS cipher suite ${suite}`);
  return found[0];
}

/** The MLS basic-credential identity of a device: user and device id, which never contain '/'. */
export function deviceIdentity(userId: string, deviceId: string): string {
  return `${userId}/${deviceId}`;
}

export function parseDeviceIdentity(identity: string): { userId: string; deviceId: string } | null {
  const m = /^([A-Za-z0-9_-]{1,64})\/([A-Za-z0-9_-]{1,64})$/.exec(identity);
  return m === null ? null : { userId: m[1]!, deviceId: m[2]! };
}
