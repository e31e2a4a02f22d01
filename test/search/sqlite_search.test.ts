import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import { after, it } from 'node:test';
import Database from 'better-sqlite3';
import { SEARCHING_STORE_ROLE, SqliteSearchIndex, searchingStoreRole } from '../../lib/search/mod.js';
import { SqliteStore, ThreadedSqliteStore } from '../../lib/storage/mod.js';
import { searchContract } from './contract.js';

const dir = mkdtempSync(join(tmpdir(), 'chorus-search-'));
let n = 0;
after(() => rmSync(dir, { recursive: true, force: true }));

// The server's shape: appends (and the index) on the writer thread, searches on a reader connection.
searchContract('SQLite FTS5 on the threaded store', {
  async open() {
    const path = join(dir, `threaded${++n}.db`);
    const store = await ThreadedSqliteStore.open({ path, synchronous: 'NORMAL', storeRole: SEARCHING_STORE_ROLE });
    return { store, index: SqliteSearchIndex.open(path), indexed: async () => {} };
  },
});

// One connection for both (in-process tools and tests).
searchContract('SQLite FTS5 on one connection', {
  async open() {
    const db = new Database(join(dir, `single${++n}.db`));
    return { store: searchingStoreRole(db), index: SqliteSearchIndex.on(db), indexed: async () => {} };
  },
});

it('indexes what a file held before the search tables existed (backfill), once', async () => {
  const path = join(dir, 'backfill.db');
  const plain = new SqliteStore({ path });
  await plain.createConversation({ id: 'g', kind: 'group', title: '', createdBy: 'a', createdAt: 1, lastActivity: 1 }, [{ userId: 'a', role: 'owner', joinedAt: 1, leftSeq: 0 }]);
  const base = { conversationId: 'g', senderId: 'a', senderDevice: 'd', sentAt: 5, refSeq: 0, editedAt: 0, deleted: false, meta: '' };
  await plain.append([{ ...base, seq: 1, clientId: 'c1', text: 'older harbour note', kind: 'text' }, { ...base, seq: 2, clientId: 'c2', text: '', kind: 'delete', refSeq: 1 }, { ...base, seq: 3, clientId: 'c3', text: 'harbour at dawn', kind: 'text' }]);
  await plain.close();
  const store = await ThreadedSqliteStore.open({ path, storeRole: SEARCHING_STORE_ROLE });
  const index = SqliteSearchIndex.open(path);
  // Reopening does not index again (the fts table would hold duplicates).
  await store.close();
  const store2 = await ThreadedSqliteStore.open({ path, storeRole: SEARCHING_STORE_ROLE });
  const page = await index.search({ userId: 'a', text: 'harbour', scopes: [{ conversationId: 'g', leftSeq: 0 }], order: 'newest', limit: 10 });
  assert.deepEqual(page.hits.map((h) => h.seq), [3]);
  await index.close();
  await store2.close();
});

it('indexes nothing of an end-to-end encrypted conversation (its entries carry ciphertext)', async () => {
  const db = new Database(join(dir, `e2ee${++n}.db`));
  const store = searchingStoreRole(db);
  const index = SqliteSearchIndex.on(db);
  const owner = [{ userId: 'a', role: 'owner' as const, joinedAt: 1, leftSeq: 0 }];
  for (const id of ['g.plain', 'eg.1.sealed']) {
    await store.createConversation({ id, kind: 'group', title: '', createdBy: 'a', createdAt: 1, lastActivity: 1 }, owner);
    await store.append([{ conversationId: id, seq: 1, senderId: 'a', senderDevice: 'd', clientId: 'c1', sentAt: 5, text: 'harbour', kind: 'text', refSeq: 0, editedAt: 0, deleted: false, meta: '' }]);
  }
  const scopes = ['g.plain', 'eg.1.sealed'].map((conversationId) => ({ conversationId, leftSeq: 0 }));
  const page = await index.search({ userId: 'a', text: 'harbour', scopes, order: 'newest', limit: 10 });
  assert.deepEqual(page.hits.map((h) => h.conversationId), ['g.plain']);
  await index.close();
  db.close();
});
