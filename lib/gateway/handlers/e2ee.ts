import type { chorus } from '../../protocol/gen/chorus.js';
import { badMls, readKeyPackage } from '../../chat/e2ee_framing.js';
import { toClientError } from '../../chat/errors.js';
import { ChorusError, ErrorCode, checkId, isSupportedSuite } from '../../protocol/mod.js';
import type { KeyPackageCount, KeyPackageDirectory, StoredKeyPackage } from '../../storage/mod.js';
import type { FrameHandlers, FrameSession } from './frame_handler.js';
import { ackBody } from './messaging.js';

/** Below this many one-time packages a device is told to publish more (KeyPackageCount.low). */
export const KEY_PACKAGES_LOW = 10;

/**
 * End-to-end encryption (docs/e2ee.md): the key-package directory and MLS messages. The server
 * checks that a published key package names the session's own user and device in its credential
 * (the JWT identity), so nobody can publish packages that would add their device in another's name.
 */
export const E2EE: FrameHandlers<'publishKeyPackages' | 'claimKeyPackages' | 'sendMls'> = {
  publishKeyPackages: {
    request: async (s, frame) => {
      const p = frame.publishKeyPackages as chorus.v1.PublishKeyPackages;
      const dir = directory(s);
      const suite = supported(p.suite);
      const own = (view: Uint8Array): StoredKeyPackage => {
        const bytes = copy(view);
        const kp = readKeyPackage(bytes);
        if (kp.userId !== s.userId || kp.deviceId !== s.deviceId) throw badMls('a key package must name this session\u2019s user and device');
        if (kp.suite !== suite) throw badMls(`key package is for suite ${kp.suite}, not ${suite}`);
        return { id: kp.id, data: bytes };
      };
      const oneTime = p.keyPackages.map(own);
      const last = p.lastResort.length > 0 ? own(p.lastResort) : null;
      const device = { userId: s.userId, deviceId: s.deviceId, suite };
      const count = await guard(oneTime.length === 0 && last === null ? dir.count(device) : dir.publish(device, oneTime, last));
      return { keyPackageCount: countBody(s.deviceId, suite, count) };
    },
  },
  claimKeyPackages: {
    request: async (s, frame) => {
      const c = frame.claimKeyPackages as chorus.v1.ClaimKeyPackages;
      const userId = checkId('user_id', c.userId);
      const claimed = await guard(directory(s).claim(userId, supported(c.suite)));
      return { claimedKeyPackages: { userId, packages: claimed.map((k) => ({ deviceId: k.deviceId, keyPackage: k.data, lastResort: k.lastResort })) } };
    },
  },
  sendMls: {
    request: async (s, frame) => {
      const m = frame.sendMls as chorus.v1.SendMls;
      const { conversationId, clientId, resend, addUsers, removeUsers, welcomeTo, part, parts } = m;
      const message = copy(m.message);
      return { ack: ackBody(await s.env.service.sendMls(s, { conversationId, clientId, resend, message, addUsers, removeUsers, welcomeTo, part, parts })) };
    },
  },
};

/**
 * Bytes fields of a decoded frame are views into the socket's receive buffer, which uWS reuses once
 * the message callback returns: anything kept past the first await must be copied first.
 */
function copy(view: Uint8Array): Uint8Array {
  return new Uint8Array(view);
}

function directory(s: FrameSession): KeyPackageDirectory {
  if (s.env.keyPackages === null) throw new ChorusError(ErrorCode.ENCRYPTED_CONVERSATION, 'this server offers no end-to-end encryption');
  return s.env.keyPackages;
}

function supported(suite: number): number {
  if (!isSupportedSuite(suite)) throw new ChorusError(ErrorCode.BAD_MLS_MESSAGE, `cipher suite ${suite} is not offered (1 or 83)`);
  return suite;
}

async function guard<T>(p: Promise<T>): Promise<T> {
  try {
    return await p;
  } catch (err) {
    throw toClientError(err);
  }
}

function countBody(deviceId: string, suite: number, c: KeyPackageCount): chorus.v1.IKeyPackageCount {
  return { deviceId, suite, available: c.available, hasLastResort: c.hasLastResort, low: c.available < KEY_PACKAGES_LOW };
}
