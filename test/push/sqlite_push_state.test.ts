import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { SqlitePushOutbox, SqlitePushPrefsStore, SqlitePushTokenStore, SqliteUnreadCounter, importLegacyPushDb } from '../../lib/push/mod.js';
import { job } from './outbox_contract.js';
import { SqliteStore } from '../../lib/storage/mod.js';
import { pushStateContract, type PushState } from './state_contract.js';

const dir = mkdtempSync(join(tmpdir(), 'chorus-push-state-'));
const path = join(dir, 'chorus.db');

/** Opened as cmd/push.ts does: a connection of its own on the message store's file. */
function open(): PushState {
  const tokens = new SqlitePushTokenStore({ path });
  const prefs = new SqlitePushPrefsStore({ path });
  const unread = new SqliteUnreadCounter({ path });
  return { tokens, prefs, unread, close: async () => (await Promise.all([tokens.close(), prefs.close(), unread.close()]), undefined) };
}

pushStateContract('SQLite, in the message store’s file', {
  open: async () => {
    await new SqliteStore({ path }).close();
    return open();
  },
  reopen: async () => open(),
  cleanup: async () => rmSync(dir, { recursive: true, force: true }),
});

describe('a data directory from before push state lived beside the messages', () => {
  it('has its push.db registrations, preferences and unsent pushes moved into the store, once', async () => {
    const old = mkdtempSync(join(tmpdir(), 'chorus-push-legacy-'));
    const legacy = join(old, 'push.db');
    const target = join(old, 'chorus.db');
    try {
      const tokens = new SqlitePushTokenStore({ path: legacy });
      const prefs = new SqlitePushPrefsStore({ path: legacy });
      const outbox = new SqlitePushOutbox({ path: legacy });
      await tokens.register({ userId: 'ann', deviceId: 'phone', target: { platform: 'webhook', token: 'ann-token' }, registeredAt: 1 });
      await tokens.register({ userId: 'ben', deviceId: 'phone', target: { platform: 'webhook', token: 'ben-old' }, registeredAt: 10 });
      await prefs.mute('ann', 'd.x', Number.MAX_SAFE_INTEGER);
      const waiting = job({}, 'phone');
      const finished = job({}, 'phone');
      await outbox.enqueue([waiting, finished], 1);
      const { jobs } = await outbox.claim({ owner: 'o', now: waiting.notBefore, leaseMs: 30_000, limit: 10, ambiguous: 'drop' });
      await outbox.complete(jobs.find((j) => j.key === finished.key)!, { state: 'sent' }, waiting.notBefore);
      await outbox.recover('o', 'drop', waiting.notBefore);
      await Promise.all([tokens.close(), prefs.close(), outbox.close()]);

      const after = { tokens: new SqlitePushTokenStore({ path: target }), prefs: new SqlitePushPrefsStore({ path: target }), outbox: new SqlitePushOutbox({ path: target }) };
      // A newer registration of the same device in the store wins over the old file's.
      await after.tokens.register({ userId: 'ben', deviceId: 'phone', target: { platform: 'webhook', token: 'ben-new' }, registeredAt: 50 });
      assert.equal(await importLegacyPushDb(legacy, after, waiting.notBefore), 3);
      assert.equal(existsSync(legacy), false);
      assert.equal(existsSync(`${legacy}.imported`), true);
      assert.equal(await importLegacyPushDb(legacy, after, waiting.notBefore), 0, 'once');
      assert.deepEqual((await after.tokens.devicesOf('ben')).map((r) => r.target), [{ platform: 'webhook', token: 'ben-new' }]);
      assert.equal((await after.tokens.devicesOf('ann')).length, 1);
      assert.equal(await after.prefs.isMuted('ann', 'd.x', 2), true);
      assert.equal((await after.outbox.get(waiting.key))?.state, 'pending');
      assert.equal(await after.outbox.get(finished.key), undefined, 'finished entries stay behind');
      await Promise.all([after.tokens.close(), after.prefs.close(), after.outbox.close()]);
    } finally {
      rmSync(old, { recursive: true, force: true });
    }
  });
});
