import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { InvalidPushJob, type PushTarget, SqlitePushTokenStore } from '../../lib/push/mod.js';

describe('SqlitePushTokenStore', () => {
  const dir = mkdtempSync(join(tmpdir(), 'chorus-push-tokens-'));
  let store: SqlitePushTokenStore;
  const fcm = (t: string): PushTarget => ({ platform: 'fcm', token: `${t}:APA91b-token-token-token` });

  before(() => {
    store = new SqlitePushTokenStore({ path: join(dir, 'tokens.db') });
  });
  after(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps one target per device and replaces it on re-registration', async () => {
    await store.register({ userId: 'ann', deviceId: 'phone', target: fcm('a'), registeredAt: 1 });
    await store.register({ userId: 'ann', deviceId: 'tablet', target: { platform: 'apns', token: 'ab'.repeat(32) }, registeredAt: 2 });
    await store.register({ userId: 'ann', deviceId: 'phone', target: fcm('b'), registeredAt: 3 });
    assert.deepEqual(
      (await store.devicesOf('ann')).map((r) => [r.deviceId, r.target, r.registeredAt]),
      [['phone', fcm('b'), 3], ['tablet', { platform: 'apns', token: 'ab'.repeat(32) }, 2]],
    );
  });

  it('moves a target to its new owner, so a phone that changed hands never gets the old user’s pushes', async () => {
    await store.register({ userId: 'ben', deviceId: 'phone', target: fcm('shared'), registeredAt: 1 });
    await store.register({ userId: 'cat', deviceId: 'phone', target: fcm('shared'), registeredAt: 2 });
    assert.deepEqual(await store.devicesOf('ben'), []);
    assert.equal((await store.devicesOf('cat')).length, 1);
  });

  it('deleteIfCurrent spares a device that registered again meanwhile', async () => {
    await store.register({ userId: 'dan', deviceId: 'phone', target: fcm('old'), registeredAt: 10 });
    await store.register({ userId: 'dan', deviceId: 'phone', target: fcm('new'), registeredAt: 20 });
    assert.equal(await store.deleteIfCurrent('dan', 'phone', fcm('old')), false, 'another token now');
    assert.equal(await store.deleteIfCurrent('dan', 'phone', fcm('new'), 15), false, 'registered after the service saw it die');
    assert.equal(await store.deleteIfCurrent('dan', 'phone', fcm('new'), 25), true);
    assert.deepEqual(await store.devicesOf('dan'), []);
  });

  it('unregisters on logout and refuses bad ids', async () => {
    await store.register({ userId: 'eve', deviceId: 'phone', target: fcm('e'), registeredAt: 1 });
    assert.equal(await store.unregister('eve', 'phone'), true);
    assert.equal(await store.unregister('eve', 'phone'), false);
    await assert.rejects(store.register({ userId: 'e ve', deviceId: 'phone', target: fcm('e'), registeredAt: 1 }), InvalidPushJob);
  });
});
