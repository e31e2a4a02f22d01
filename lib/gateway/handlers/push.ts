import type { chorus } from '../../protocol/gen/chorus.js';
import type { PushRegistry } from '../../chat/push_registry.js';
import { invalid } from '../../protocol/mod.js';
import type { FrameHandlers, FrameSession } from './frame_handler.js';

/** This device's push registration and per-conversation mutes. */
export const PUSH: FrameHandlers<'registerPush' | 'unregisterPush' | 'setPushPrefs'> = {
  registerPush: {
    request: async (s, frame) => {
      await registry(s).register(s, pushTarget(frame.registerPush as chorus.v1.RegisterPush));
      return { ok: {} };
    },
  },
  unregisterPush: {
    request: async (s) => {
      await registry(s).unregister(s);
      return { ok: {} };
    },
  },
  setPushPrefs: {
    request: async (s, frame) => {
      const p = frame.setPushPrefs as chorus.v1.SetPushPrefs;
      await registry(s).mute(s, p.conversationId, p.mutedUntilMs);
      return { ok: {} };
    },
  },
};

function registry(s: FrameSession): PushRegistry {
  if (s.env.push === null) throw invalid('push notifications are not configured on this server');
  return s.env.push;
}

/** The RegisterPush oneof as the plain object validateTarget() checks. */
function pushTarget(r: chorus.v1.RegisterPush): unknown {
  switch (r.target) {
    case 'fcm':
      return { platform: 'fcm', token: r.fcm!.token };
    case 'apns':
      return { platform: 'apns', token: r.apns!.token };
    case 'webhook':
      return { platform: 'webhook', token: r.webhook!.token };
    case 'webpush':
      return { platform: 'webpush', endpoint: r.webpush!.endpoint, keys: { p256dh: r.webpush!.p256dh, auth: r.webpush!.auth } };
    default:
      return { platform: '' };
  }
}
