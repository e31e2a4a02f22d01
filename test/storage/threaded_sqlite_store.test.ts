import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { FencedError, InvalidRecordError, type MessageRecord, SeqConflictError, SqliteStore, SqliteWriter, ThreadedSqliteStore } from '../../lib/storage/mod.js';
import { storeContract } from './contract.js';

const dir = mkdtempSync(join(tmpdir(), 'chorus-threaded-'));
const path = join(dir, 'chorus.db');

storeContract('ThreadedSqliteStore', {
  open: () => ThreadedSqliteStore.open({ path }),
  reopen: () => ThreadedSqliteStore.open({ path }),
});

function msg(conversationId: string, seq: number, text = `m${seq}`): MessageRecord {
  return { conversationId, seq, senderId: 'a', senderDevice: 'd', clientId: `c${seq}`, sentAt: 1000 + seq, text, kind: 'text', refSeq: 0, editedAt: 0, deleted: false, meta: '' };
}

describe('ThreadedSqliteStore group commit', () => {
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('commits the appends of many conversations made in one turn as one transaction, each durable when it settles', async () => {
    const store = await ThreadedSqliteStore.open({ path: join(dir, 'group.db') });
    try {
      const before = store.writer.commits;
      await Promise.all(Array.from({ length: 200 }, (_, i) => store.append([msg(`c${i}`, 1), msg(`c${i}`, 2)])));
      assert.equal(store.writer.commits - before, 1, 'one commit for 200 appends made together');
      // A second handle (a new connection) sees every settled append: it was committed before it settled.
      const other = new SqliteStore({ path: join(dir, 'group.db') });
      assert.equal(await other.lastSeq('c0'), 2);
      assert.equal(await other.lastSeq('c199'), 2);
      await other.close();
    } finally {
      await store.close();
    }
  });

  it('fails only the call that fails in a group, with its own error class and fields', async () => {
    const store = await ThreadedSqliteStore.open({ path: join(dir, 'mixed.db') });
    try {
      await store.append([msg('taken', 1)]);
      const epoch = await store.claimOwner('fenced', 'node-a');
      const before = store.writer.commits;
      const results = await Promise.allSettled([
        store.append([msg('ok1', 1)]),
        store.append([msg('taken', 1, 'again')]),
        store.append([msg('fenced', 1)], { epoch: epoch + 1 }),
        store.append([msg('bad id\u0000', 1)]),
        store.append([msg('ok2', 1)]),
      ]);
      assert.equal(store.writer.commits - before, 1);
      assert.deepEqual(results.map((r) => r.status), ['fulfilled', 'rejected', 'rejected', 'rejected', 'fulfilled']);
      const conflict = (results[1] as PromiseRejectedResult).reason as SeqConflictError;
      assert.ok(conflict instanceof SeqConflictError);
      assert.equal(conflict.conversationId, 'taken');
      assert.equal(conflict.seq, 1);
      const fenced = (results[2] as PromiseRejectedResult).reason as FencedError;
      assert.ok(fenced instanceof FencedError);
      assert.equal(fenced.epoch, epoch + 1);
      assert.equal(fenced.code, 'FENCED');
      assert.ok((results[3] as PromiseRejectedResult).reason instanceof InvalidRecordError);
      assert.deepEqual((await store.range('taken', { limit: 10 })).map((m) => m.text), ['m1']);
      assert.equal(await store.lastSeq('ok1'), 1);
      assert.equal(await store.lastSeq('ok2'), 1);
      assert.equal(await store.lastSeq('fenced'), 0);
    } finally {
      await store.close();
    }
  });

  it('lets calls in flight finish on close, then refuses new ones', async () => {
    const store = await ThreadedSqliteStore.open({ path: join(dir, 'close.db') });
    const pending = Array.from({ length: 50 }, (_, i) => store.append([msg(`k${i}`, 1)]));
    await store.close();
    await Promise.all(pending);
    await assert.rejects(store.append([msg('late', 1)]), { name: 'StoreUnavailableError' });
    const check = new SqliteStore({ path: join(dir, 'close.db') });
    assert.equal(await check.lastSeq('k49'), 1);
    await check.close();
  });

  it('refuses :memory:, which its thread alone would see', async () => {
    await assert.rejects(SqliteWriter.start({ path: ':memory:', roles: [] }), TypeError);
  });

  it('reports a role module that does not export its factory when starting', async () => {
    await assert.rejects(
      SqliteWriter.start({ path: join(dir, 'roles.db'), roles: [{ name: 'x', module: new URL('../../lib/storage/errors.js', import.meta.url).href, factory: 'nope' }] }),
      /exports no function nope/,
    );
  });
});
