import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { FencedError, SqliteStore } from '../../lib/storage/mod.js';
import { storeContract } from './contract.js';

const dir = mkdtempSync(join(tmpdir(), 'chorus-sqlite-'));
const path = join(dir, 'chorus.db');

storeContract('SqliteStore', {
  open: async () => new SqliteStore({ path }),
  reopen: async () => new SqliteStore({ path }),
});

describe('SqliteStore schema', () => {
  const file = join(dir, 'v2.db');
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('upgrades a database of schema 2 to owner epochs, keeping its log', async () => {
    const first = new SqliteStore({ path: file });
    await first.createConversation({ id: 'g1', kind: 'group', title: 't', createdBy: 'a', createdAt: 1, lastActivity: 1 }, [
      { userId: 'a', role: 'owner', joinedAt: 1, leftSeq: 0 },
    ]);
    const entry = { conversationId: 'g1', seq: 1, senderId: 'a', senderDevice: '', clientId: 'c1', sentAt: 2, text: 'hi', kind: 'text' as const, refSeq: 0, editedAt: 0, deleted: false, meta: '' };
    await first.append([entry]);
    await first.close();
    // Back to schema 2: what a database written by the previous build looks like.
    const raw = new Database(file);
    raw.exec('DROP TABLE conversation_owners');
    raw.pragma('user_version = 2');
    raw.close();

    const upgraded = new SqliteStore({ path: file });
    try {
      assert.equal(await upgraded.lastSeq('g1'), 1);
      const epoch = await upgraded.claimOwner('g1', 'node-a');
      assert.equal(epoch, 1);
      await upgraded.append([{ ...entry, seq: 2, clientId: 'c2' }], { epoch });
      await assert.rejects(upgraded.append([{ ...entry, seq: 3, clientId: 'c3' }], { epoch: 2 }), FencedError);
      assert.equal(await upgraded.lastSeq('g1'), 2);
    } finally {
      await upgraded.close();
    }
    const check = new Database(file, { readonly: true });
    assert.equal(check.pragma('user_version', { simple: true }), 3);
    check.close();
  });
});
