import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { FencedError, SqliteStore } from '../../lib/storage/mod.js';
import { STORE_SCHEMA } from '../../lib/storage/sqlite_schema.js';
import { storeContract } from './contract.js';

const dir = mkdtempSync(join(tmpdir(), 'chorus-sqlite-'));
const path = join(dir, 'chorus.db');

storeContract('SqliteStore', {
  open: async () => new SqliteStore({ path }),
  reopen: async () => new SqliteStore({ path }),
});

describe('SqliteStore schema', () => {
  after(() => rmSync(dir, { recursive: true, force: true }));

  /** A file as builds before schema_versions wrote it: the first `version` migrations, counted in PRAGMA user_version. */
  function oldFile(file: string, version: number): void {
    const raw = new Database(file);
    for (let v = 0; v < version; v++) {
      raw.exec(STORE_SCHEMA.migrations[v]!);
      raw.pragma(`user_version = ${v + 1}`);
    }
    raw.exec(`INSERT INTO conversations (id, kind, title, created_by, created_at${version >= 2 ? ', last_activity' : ''})
              VALUES ('g1', 'group', 't', 'a', 1${version >= 2 ? ', 1' : ''})`);
    raw.exec("INSERT INTO members (conversation_id, user_id, role, joined_at) VALUES ('g1', 'a', 'owner', 1)");
    raw.exec("INSERT INTO messages (conversation_id, seq, sender_id, sender_device, client_id, sent_at, text) VALUES ('g1', 1, 'a', '', 'c1', 2, 'hi')");
    raw.close();
  }

  function recordedVersion(file: string): number | undefined {
    const check = new Database(file, { readonly: true });
    const row = check.prepare<[], { version: number }>("SELECT version FROM schema_versions WHERE component = 'message_store'").get();
    check.close();
    return row?.version;
  }

  const entry = { conversationId: 'g1', seq: 2, senderId: 'a', senderDevice: '', clientId: 'c2', sentAt: 3, text: 'again', kind: 'text' as const, refSeq: 0, editedAt: 0, deleted: false, meta: '' };

  it('upgrades a database of schema 2 to owner epochs, keeping its log', async () => {
    const file = join(dir, 'v2.db');
    oldFile(file, 2);
    const upgraded = new SqliteStore({ path: file });
    try {
      assert.equal(await upgraded.lastSeq('g1'), 1);
      const epoch = await upgraded.claimOwner('g1', 'node-a');
      assert.equal(epoch, 1);
      await upgraded.append([entry], { epoch });
      await assert.rejects(upgraded.append([{ ...entry, seq: 3, clientId: 'c3' }], { epoch: 2 }), FencedError);
      assert.equal(await upgraded.lastSeq('g1'), 2);
    } finally {
      await upgraded.close();
    }
    assert.equal(recordedVersion(file), STORE_SCHEMA.migrations.length);
  });

  it('opens a current database written before schema_versions without running a migration again', async () => {
    const file = join(dir, 'v3.db');
    oldFile(file, STORE_SCHEMA.migrations.length);
    // A migration that ran again would fail here (its tables exist).
    const store = new SqliteStore({ path: file });
    try {
      assert.deepEqual((await store.range('g1', { limit: 10 })).map((m) => m.text), ['hi']);
      await store.append([entry]);
    } finally {
      await store.close();
    }
    assert.equal(recordedVersion(file), STORE_SCHEMA.migrations.length);
    const again = new SqliteStore({ path: file });
    assert.equal(await again.lastSeq('g1'), 2);
    await again.close();
  });
});
