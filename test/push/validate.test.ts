import assert from 'node:assert/strict';
import { createECDH, randomBytes } from 'node:crypto';
import { describe, it } from 'node:test';
import { DefaultTargetPolicy, InvalidPushTarget, type InvalidPushTargetCode, validateTarget } from '../../lib/push/mod.js';

function subscription(over: Record<string, unknown> = {}, keys: Record<string, unknown> = {}): Record<string, unknown> {
  const ecdh = createECDH('prime256v1');
  ecdh.generateKeys();
  return {
    platform: 'webpush',
    endpoint: 'https://fcm.googleapis.com/fcm/send/abc:def',
    keys: { p256dh: ecdh.getPublicKey().toString('base64url'), auth: randomBytes(16).toString('base64url'), ...keys },
    ...over,
  };
}

function refused(input: unknown, code: InvalidPushTargetCode, policy = DefaultTargetPolicy): void {
  assert.throws(
    () => validateTarget(input, policy),
    (err: unknown) => err instanceof InvalidPushTarget && err.name === 'InvalidPushTarget' && err.code === code,
    `expected ${code} for ${JSON.stringify(input)?.slice(0, 120)}`,
  );
}

describe('validateTarget', () => {
  it('accepts well-formed targets of every platform and returns a clean copy', () => {
    const fcm = 'dGVzdA:APA91bHun4MxP5egoKMwt2KZFBaFUH-1RYqx_abc-DEF_123';
    assert.deepEqual(validateTarget({ platform: 'fcm', token: fcm, extra: 'dropped' }), { platform: 'fcm', token: fcm });
    const hex = 'AB'.repeat(32);
    assert.deepEqual(validateTarget({ platform: 'apns', token: hex }), { platform: 'apns', token: hex.toLowerCase() });
    assert.deepEqual(validateTarget({ platform: 'webhook', token: 'user-7/phone' }), { platform: 'webhook', token: 'user-7/phone' });
    const sub = subscription();
    const got = validateTarget(sub);
    assert.equal(got.platform, 'webpush');
    assert.deepEqual(got, { platform: 'webpush', endpoint: sub['endpoint'], keys: sub['keys'] });
    // Padded base64url is normalised to unpadded.
    const keys = sub['keys'] as { p256dh: string; auth: string };
    const padded = validateTarget({ ...sub, keys: { p256dh: `${keys.p256dh}=`, auth: `${keys.auth}==` } });
    assert.deepEqual(padded, got);
    // Subdomains of an allowed push service are allowed.
    validateTarget(subscription({ endpoint: 'https://wns2-by3p.notify.windows.com/w/?token=x' }));
  });

  it('refuses what is not a target, and unknown or disabled platforms', () => {
    refused(null, 'MALFORMED_TARGET');
    refused('fcm:abc', 'MALFORMED_TARGET');
    refused([], 'MALFORMED_TARGET');
    refused({ token: 'x'.repeat(40) }, 'UNKNOWN_PLATFORM');
    refused({ platform: 'gcm', token: 'x'.repeat(40) }, 'UNKNOWN_PLATFORM');
    refused({ platform: 'constructor', token: 'x'.repeat(40) }, 'UNKNOWN_PLATFORM');
    refused({ platform: 'apns', token: 'ab'.repeat(32) }, 'PLATFORM_DISABLED', { ...DefaultTargetPolicy, platforms: ['fcm'] });
  });

  it('refuses malformed tokens', () => {
    refused({ platform: 'fcm', token: 'short' }, 'MALFORMED_TOKEN');
    refused({ platform: 'fcm', token: 'has spaces in it and is long enough' }, 'MALFORMED_TOKEN');
    refused({ platform: 'fcm', token: 42 }, 'MALFORMED_TOKEN');
    refused({ platform: 'fcm' }, 'MALFORMED_TOKEN');
    refused({ platform: 'apns', token: 'zz'.repeat(32) }, 'MALFORMED_TOKEN');
    refused({ platform: 'apns', token: `${'ab'.repeat(32)}a` }, 'MALFORMED_TOKEN');
    refused({ platform: 'apns', token: 'ab'.repeat(16) }, 'MALFORMED_TOKEN');
    refused({ platform: 'webhook', token: 'a b' }, 'MALFORMED_TOKEN');
    refused({ platform: 'webhook', token: 'line\nbreak' }, 'MALFORMED_TOKEN');
    refused({ platform: 'webhook', token: '' }, 'MALFORMED_TOKEN');
  });

  it('refuses oversized registrations before parsing them', () => {
    refused({ platform: 'fcm', token: 'a'.repeat(4097) }, 'TOO_LARGE');
    refused({ platform: 'apns', token: 'ab'.repeat(101) }, 'TOO_LARGE');
    refused({ platform: 'webhook', token: 'a'.repeat(1025) }, 'TOO_LARGE');
    refused(subscription({ endpoint: `https://fcm.googleapis.com/${'a'.repeat(2048)}` }), 'TOO_LARGE');
    refused(subscription({}, { p256dh: 'A'.repeat(10_000) }), 'TOO_LARGE');
  });

  it('refuses subscriptions with bad endpoints (https only, known push services: no SSRF)', () => {
    refused(subscription({ endpoint: 'not a url' }), 'MALFORMED_ENDPOINT');
    refused(subscription({ endpoint: 'http://fcm.googleapis.com/fcm/send/x' }), 'MALFORMED_ENDPOINT');
    refused(subscription({ endpoint: 'ftp://fcm.googleapis.com/x' }), 'MALFORMED_ENDPOINT');
    refused(subscription({ endpoint: 'https://user:pw@fcm.googleapis.com/x' }), 'MALFORMED_ENDPOINT');
    refused(subscription({ endpoint: 'https://169.254.169.254/latest/meta-data' }), 'ENDPOINT_NOT_ALLOWED');
    refused(subscription({ endpoint: 'https://evilfcm.googleapis.com.attacker.net/x' }), 'ENDPOINT_NOT_ALLOWED');
    refused(subscription({ endpoint: 'https://notfcm.googleapis.com.evil/x' }), 'ENDPOINT_NOT_ALLOWED');
    const local = { ...DefaultTargetPolicy, webPushHosts: ['127.0.0.1'], allowInsecureWebPush: true };
    assert.equal(validateTarget(subscription({ endpoint: 'http://127.0.0.1:9/push/x' }), local).platform, 'webpush');
  });

  it('refuses subscriptions with bad keys', () => {
    refused({ platform: 'webpush', endpoint: 'https://fcm.googleapis.com/x' }, 'MALFORMED_KEYS');
    refused(subscription({}, { p256dh: 'not base64!' }), 'MALFORMED_KEYS');
    refused(subscription({}, { p256dh: randomBytes(33).toString('base64url') }), 'MALFORMED_KEYS');
    refused(subscription({}, { p256dh: Buffer.concat([Buffer.from([4]), Buffer.alloc(64, 7)]).toString('base64url') }), 'MALFORMED_KEYS');
    refused(subscription({}, { auth: randomBytes(8).toString('base64url') }), 'MALFORMED_KEYS');
    refused(subscription({}, { auth: 5 }), 'MALFORMED_KEYS');
  });
});
