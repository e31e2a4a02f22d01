import { randomBytes } from 'node:crypto';
import {
  ApnsProvider,
  FcmProvider,
  type PushPlatform,
  type PushTarget,
  type VapidKeys,
  WebPushProvider,
  WebhookProvider,
  generateVapidKeys,
  pushKey,
} from '../../../lib/push/mod.js';
import { type FakeApns, startFakeApns } from './fake_apns.js';
import { type FakeFcm, startFakeFcm } from './fake_fcm.js';
import { type FakeWebPush, startFakeWebPush, subscriptionId } from './fake_webpush.js';
import { type FakeWebhook, startFakeWebhook } from './fake_webhook.js';
import type { Script } from './serve.js';

/** All four fake services and a provider for each, sharing one clock. */
export interface PushHarness {
  fcm: FakeFcm;
  apns: FakeApns;
  webpush: FakeWebPush;
  webhook: FakeWebhook;
  vapid: VapidKeys;
  providers: { fcm: FcmProvider; apns: ApnsProvider; webpush: WebPushProvider; webhook: WebhookProvider };
  /** A new device target on `platform`, known to its fake. */
  target(platform: PushPlatform): PushTarget;
  /** Pushes the fake service accepted for this message and device. */
  delivered(target: PushTarget, conversationId: string, seq: number, deviceId: string): number;
  /** Marks the target unregistered at its service. */
  kill(target: PushTarget): void;
  script(platform: PushPlatform): Script;
  /** Requests the service received (any answer). */
  requests(platform: PushPlatform): number;
  /** Contract violations any fake saw. */
  violations(): string[];
  close(): Promise<void>;
}

export async function startPushHarness(now: () => number): Promise<PushHarness> {
  const [fcm, apns, webpush, webhook] = await Promise.all([
    startFakeFcm({ now }),
    startFakeApns({ now }),
    startFakeWebPush({ now }),
    startFakeWebhook({ now }),
  ]);
  const vapid: VapidKeys = { ...generateVapidKeys(), subject: 'mailto:push@chorus.example' };
  const providers = {
    fcm: FcmProvider.fromServiceAccount(fcm.account, { endpoint: fcm.origin, now }),
    apns: new ApnsProvider({
      teamId: apns.teamId,
      keyId: apns.keyId,
      signingKey: apns.signingKey,
      topic: apns.topic,
      endpoint: apns.origin,
      allowCleartext: true,
      now,
    }),
    webpush: new WebPushProvider({ vapid, allowInsecure: true, now }),
    webhook: new WebhookProvider({ url: webhook.url, secret: webhook.secret, allowInsecure: true, now }),
  };
  const scripts = { fcm: fcm.script, apns: apns.script, webpush: webpush.script, webhook: webhook.script };
  return {
    fcm,
    apns,
    webpush,
    webhook,
    vapid,
    providers,
    target(platform) {
      switch (platform) {
        case 'fcm':
          return { platform, token: `d${randomBytes(16).toString('base64url')}:APA91b${randomBytes(60).toString('base64url')}` };
        case 'apns':
          return { platform, token: randomBytes(32).toString('hex') };
        case 'webpush':
          return webpush.subscribe(vapid.publicKey);
        case 'webhook':
          return { platform, token: `hook-${randomBytes(8).toString('hex')}` };
      }
    },
    delivered(target, conversationId, seq, deviceId) {
      switch (target.platform) {
        case 'fcm':
          return fcm.deliveries.count(`${target.token}|${conversationId}:${seq}`);
        case 'apns':
          return apns.deliveries.count(`${target.token}|${conversationId}:${seq}`);
        case 'webpush':
          return webpush.deliveries.count(`${subscriptionId(target)}|${conversationId}:${seq}`);
        case 'webhook':
          return webhook.deliveries.count(pushKey(conversationId, seq, deviceId));
      }
    },
    kill(target) {
      if (target.platform === 'webpush') webpush.dead.add(subscriptionId(target));
      else if (target.platform === 'fcm') fcm.dead.add(target.token);
      else if (target.platform === 'apns') apns.dead.add(target.token);
      else webhook.dead.add(target.token);
    },
    script: (platform) => scripts[platform],
    requests(platform) {
      if (platform === 'fcm') return fcm.sendRequests;
      if (platform === 'apns') return apns.requests;
      if (platform === 'webpush') return webpush.requests;
      return webhook.requests;
    },
    violations: () => [...fcm.violations, ...apns.violations, ...webpush.violations, ...webhook.violations],
    async close() {
      await Promise.all(Object.values(providers).map((p) => p.close()));
      await Promise.all([fcm.close(), apns.close(), webpush.close(), webhook.close()]);
    },
  };
}
