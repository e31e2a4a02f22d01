import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { SqlitePushOutbox, SqlitePushPrefsStore, SqlitePushTokenStore } from '../../lib/push/mod.js';
import { SqliteStore } from '../../lib/storage/mod.js';
import { job, outboxContract } from './outbox_contract.js';

const dir = mkdtempSync(join(tmpdir(), 'chorus-push-outbox-'));
const path = join(dir, 'push.db');

outboxContract('SqlitePushOutbox', {
  open: async () => new SqlitePushOutbox({ path, synchronous: 'NORMAL' }),
  reopen: async () => new SqlitePushOutbox({ path, synchronous: 'NORMAL' }),
  cleanup: async () => rmSync(dir, { recursive: true, force: true }),
});

describe('SqlitePushOutbox on a shared database', () => {
  it('lives beside the message store and the token store in one file, and leaves a given handle open', async () => {
    const shared = mkdtempSync(join(tmpdir(), 'chorus-push-shared-'));
    const file = join(shared, 'chorus.db');
    try {
      const store = new SqliteStore({ path: file });
      await store.ping();
      const db = new Database(file);
      const storeVersion = db.pragma('user_version', { simple: true });
      const outbox = new SqlitePushOutbox({ database: db });
      const tokens = new SqlitePushTokenStore({ database: db });
      assert.equal(db.pragma('user_version', { simple: true }), storeVersion, 'the store’s schema version is untouched');
      const j = job();
      await outbox.enqueue([j], 1);
      await outbox.close();
      await tokens.close();
      assert.equal(db.open, true, 'a database handed in is not closed by the outbox');
      const again = new SqlitePushOutbox({ database: db });
      assert.equal((await again.get(j.key))?.state, 'pending');
      db.close();
      await store.close();
      const reopened = new SqliteStore({ path: file });
      await reopened.ping();
      await reopened.close();
    } finally {
      rmSync(shared, { recursive: true, force: true });
    }
  });
});

describe('a push.db written before schema_versions', () => {
  it('is recognised from its push_schema rows: no migration runs again and nothing is lost', async () => {
    const old = mkdtempSync(join(tmpdir(), 'chorus-push-old-'));
    const file = join(old, 'push.db');
    try {
      const outbox = new SqlitePushOutbox({ path: file });
      const tokens = new SqlitePushTokenStore({ path: file });
      const prefs = new SqlitePushPrefsStore({ path: file });
      const j = job();
      await outbox.enqueue([j], 1);
      await tokens.register({ userId: 'ann', deviceId: 'phone', target: { platform: 'apns', token: 'ab'.repeat(32) }, registeredAt: 1 });
      await prefs.mute('ann', '*', 99);
      await Promise.all([outbox.close(), tokens.close(), prefs.close()]);
      // What the previous build left on disk: a push_schema row per versioned component, push_prefs unversioned.
      const raw = new Database(file);
      raw.exec(`DROP TABLE schema_versions;
        CREATE TABLE push_schema (component TEXT PRIMARY KEY, version INTEGER NOT NULL) WITHOUT ROWID;
        INSERT INTO push_schema VALUES ('push_outbox', 1), ('push_devices', 1);`);
      raw.close();

      // A migration that ran again would throw here (its tables exist).
      const outbox2 = new SqlitePushOutbox({ path: file });
      const tokens2 = new SqlitePushTokenStore({ path: file });
      const prefs2 = new SqlitePushPrefsStore({ path: file });
      try {
        assert.equal((await outbox2.get(j.key))?.state, 'pending');
        assert.equal((await tokens2.devicesOf('ann')).length, 1);
        assert.equal(await prefs2.isMuted('ann', 'g.x', 50), true);
      } finally {
        await Promise.all([outbox2.close(), tokens2.close(), prefs2.close()]);
      }
      const check = new Database(file, { readonly: true });
      const versions = check.prepare<[], { component: string; version: number }>('SELECT component, version FROM schema_versions ORDER BY component').all();
      check.close();
      assert.deepEqual(versions.map((v) => [v.component, v.version]), [['push_devices', 1], ['push_outbox', 1], ['push_prefs', 1]]);
    } finally {
      rmSync(old, { recursive: true, force: true });
    }
  });
});
