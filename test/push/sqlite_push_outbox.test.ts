import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { SqlitePushOutbox, SqlitePushTokenStore } from '../../lib/push/mod.js';
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
