// The local search index on Node (a file), by the shared contract, plus what only a file can get
// wrong: a torn last line after a crash, compaction, and the file's mode.
import assert from 'node:assert/strict';
import { appendFile, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { openFileSearch } from '../../lib/client/search/file_search_storage.js';
import { localSearchContract } from './local_search_contract.js';

const dir = await mkdtemp(join(tmpdir(), 'chorus-local-search-'));
after(() => rm(dir, { recursive: true, force: true }));

localSearchContract('file (Node)', { open: (name, o) => openFileSearch(join(dir, 'contract', `${name}.log`), o) });

describe('local search file', () => {
  it('skips a torn last line (a crash mid-write) and keeps everything before it', async () => {
    const path = join(dir, 'torn', 'search.log');
    const index = await openFileSearch(path);
    await index.add({ conversationId: 'c', seq: 1, senderId: 'a', sentAtMs: 1, text: 'whole line' });
    await index.close();
    await appendFile(path, '["p","c",2,"a",2,"half a li');
    const again = await openFileSearch(path);
    assert.deepEqual((await again.search({ text: 'line' })).hits.map((h) => h.seq), [1]);
    await again.add({ conversationId: 'c', seq: 3, senderId: 'a', sentAtMs: 3, text: 'next line' });
    await again.close();
    const third = await openFileSearch(path);
    assert.deepEqual((await third.search({ text: 'line' })).hits.map((h) => h.seq), [3, 1]);
    await third.close();
    assert.equal((await stat(path)).mode & 0o777, 0o600, 'private to the user, as the device state');
  });

  it('is rewritten with only the live messages when changes pile up', async () => {
    const path = join(dir, 'compact', 'search.log');
    const index = await openFileSearch(path);
    const lines = async (): Promise<number> => (await readFile(path, 'utf8')).split('\n').length - 1;
    for (let i = 0; i < 3000; i++) await index.add({ conversationId: 'c', seq: 1, senderId: 'a', sentAtMs: i, text: `edit number ${i}` });
    assert.ok((await lines()) <= 1002, `rewritten while running: ${await lines()} lines for one message`);
    assert.deepEqual((await index.search({ text: '2999' })).hits.map((h) => h.snippet), ['edit number 2999']);
    for (let i = 0; i < 500; i++) await index.add({ conversationId: 'c', seq: 1, senderId: 'a', sentAtMs: i, text: `again ${i}` });
    await index.close();
    assert.ok((await lines()) > 2, 'changes since the last rewrite are appended');
    const again = await openFileSearch(path);
    assert.deepEqual((await again.search({ text: '499' })).hits.map((h) => h.snippet), ['again 499']);
    assert.equal(again.size(), 1);
    await again.close();
  });
});
