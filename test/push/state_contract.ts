import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ALL_CONVERSATIONS, InvalidPushJob, type PushPrefsStore, type PushTarget, type PushTokenStore, type UnreadCounter, unreadTotal } from '../../lib/push/mod.js';

/** The push state roles of one backend, opened fresh; `reopen` is a second handle on the same data (another node). */
export interface PushStateFactory {
  open(): Promise<PushState>;
  reopen(): Promise<PushState>;
  cleanup?(): Promise<void>;
}

export interface PushState {
  tokens: PushTokenStore;
  prefs: PushPrefsStore;
  unread: UnreadCounter;
  close(): Promise<void>;
}

const fcm = (t: string): PushTarget => ({ platform: 'fcm', token: `${t}:APA91b-token-token-token` });

/** Registrations, preferences and unread counts: the behaviour every backend must have. */
export function pushStateContract(name: string, factory: PushStateFactory): void {
  describe(`push state contract: ${name}`, () => {
    let s: PushState;
    before(async () => {
      s = await factory.open();
    });
    after(async () => {
      await s.close();
      await factory.cleanup?.();
    });

    it('keeps one target per device and replaces it on re-registration', async () => {
      await s.tokens.register({ userId: 'ann', deviceId: 'phone', target: fcm('a'), registeredAt: 1 });
      await s.tokens.register({ userId: 'ann', deviceId: 'tablet', target: { platform: 'apns', token: 'ab'.repeat(32) }, registeredAt: 2 });
      await s.tokens.register({ userId: 'ann', deviceId: 'phone', target: fcm('b'), registeredAt: 3 });
      assert.deepEqual(
        (await s.tokens.devicesOf('ann')).map((r) => [r.deviceId, r.target, r.registeredAt]),
        [['phone', fcm('b'), 3], ['tablet', { platform: 'apns', token: 'ab'.repeat(32) }, 2]],
      );
    });

    it('moves a target to its new owner, so a phone that changed hands never gets the old user’s pushes', async () => {
      await s.tokens.register({ userId: 'ben', deviceId: 'phone', target: fcm('shared'), registeredAt: 1 });
      await s.tokens.register({ userId: 'cat', deviceId: 'phone', target: fcm('shared'), registeredAt: 2 });
      assert.deepEqual(await s.tokens.devicesOf('ben'), []);
      assert.equal((await s.tokens.devicesOf('cat')).length, 1);
    });

    it('deleteIfCurrent spares a device that registered again meanwhile', async () => {
      await s.tokens.register({ userId: 'dan', deviceId: 'phone', target: fcm('old'), registeredAt: 10 });
      await s.tokens.register({ userId: 'dan', deviceId: 'phone', target: fcm('new'), registeredAt: 20 });
      assert.equal(await s.tokens.deleteIfCurrent('dan', 'phone', fcm('old')), false, 'another token now');
      assert.equal(await s.tokens.deleteIfCurrent('dan', 'phone', fcm('new'), 15), false, 'registered after the service saw it die');
      assert.equal(await s.tokens.deleteIfCurrent('dan', 'phone', fcm('new'), 25), true);
      assert.deepEqual(await s.tokens.devicesOf('dan'), []);
      await s.tokens.register({ userId: 'dan', deviceId: 'phone', target: fcm('new'), registeredAt: 30 });
      assert.equal((await s.tokens.devicesOf('dan')).length, 1, 'registering the deleted target again works');
    });

    it('unregisters on logout and refuses bad ids', async () => {
      await s.tokens.register({ userId: 'eve', deviceId: 'phone', target: fcm('e'), registeredAt: 1 });
      assert.equal(await s.tokens.unregister('eve', 'phone'), true);
      assert.equal(await s.tokens.unregister('eve', 'phone'), false);
      await assert.rejects(s.tokens.register({ userId: 'e ve', deviceId: 'phone', target: fcm('e'), registeredAt: 1 }), InvalidPushJob);
      await s.tokens.register({ userId: 'fay', deviceId: 'phone', target: fcm('e'), registeredAt: 2 });
      assert.equal((await s.tokens.devicesOf('fay')).length, 1, 'a target freed by logout can be registered by someone else');
    });

    it('mutes a conversation or everything until a time, and unmutes', async () => {
      await s.prefs.mute('gus', 'd.a', 1000);
      assert.equal(await s.prefs.isMuted('gus', 'd.a', 999), true);
      assert.equal(await s.prefs.isMuted('gus', 'd.a', 1000), false, 'the deadline is exclusive');
      assert.equal(await s.prefs.isMuted('gus', 'd.b', 1), false);
      await s.prefs.mute('gus', ALL_CONVERSATIONS, Number.MAX_SAFE_INTEGER);
      assert.equal(await s.prefs.isMuted('gus', 'd.b', 1), true, 'do not disturb covers every conversation');
      await s.prefs.mute('gus', ALL_CONVERSATIONS, 0);
      await s.prefs.mute('gus', 'd.a', 0);
      assert.equal(await s.prefs.isMuted('gus', 'd.a', 1), false);
      assert.equal(await s.prefs.isMuted('hal', 'd.a', 1), false, 'per user');
    });

    it('keeps a user’s unread counts, rewritten rather than incremented, and their freshness', async () => {
      assert.deepEqual(await s.unread.read('ivy'), { fresh: false, byConversation: new Map() });
      await s.unread.set('ivy', 'd.a', 3);
      await s.unread.set('ivy', 'd.b', 4);
      await s.unread.set('ivy', 'd.b', 4);
      await s.unread.set('jon', 'd.b', 100);
      await s.unread.setFresh('ivy', true);
      const counts = await s.unread.read('ivy');
      assert.deepEqual(counts, { fresh: true, byConversation: new Map([['d.a', 3], ['d.b', 4]]) });
      assert.equal(unreadTotal(counts, 999), 7);
      assert.equal(unreadTotal(counts, 5), 5, 'capped');
      assert.equal(unreadTotal(counts, 999, { conversationId: 'd.a', unread: 0 }), 4, 'one conversation recounted');
      assert.equal(unreadTotal(counts, 999, { conversationId: 'd.c', unread: 1 }), 8, 'a conversation not counted before');
      await s.unread.setFresh('ivy', false);
      assert.equal((await s.unread.read('ivy')).fresh, false, 'a receipt marks the counts stale');
    });

    it('is one shared state: a second handle (another node) sees every change at once', async () => {
      const other = await factory.reopen();
      try {
        await other.tokens.register({ userId: 'kim', deviceId: 'phone', target: fcm('k'), registeredAt: 5 });
        await other.prefs.mute('kim', 'd.k', Number.MAX_SAFE_INTEGER);
        await other.unread.set('kim', 'd.k', 2);
        await other.unread.setFresh('kim', true);
        assert.equal((await s.tokens.devicesOf('kim')).length, 1);
        assert.equal(await s.prefs.isMuted('kim', 'd.k', 1), true);
        assert.deepEqual(await s.unread.read('kim'), { fresh: true, byConversation: new Map([['d.k', 2]]) });
      } finally {
        await other.close();
      }
    });
  });
}
