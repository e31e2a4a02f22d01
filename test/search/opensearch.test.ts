import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { OpenSearchHttp, OpenSearchIndex, OpenSearchIndexer } from '../../lib/search/mod.js';
import { type MessageRecord, SqliteStore } from '../../lib/storage/mod.js';
import { systemClock } from '../../lib/time/mod.js';
import { type TestOpenSearch, startOpenSearch } from '../../testing/opensearch.js';
import { searchContract } from './contract.js';

/**
 * OpenSearch 2.19 behind the same contract, fed by the indexer from the log. Runs when
 * CHORUS_OPENSEARCH is set: `start` starts a node with scripts/opensearch/start.sh (and the outage
 * test pauses it), a URL uses that node.
 */
const setting = process.env.CHORUS_OPENSEARCH;
const dir = mkdtempSync(join(tmpdir(), 'chorus-os-search-'));
let node: TestOpenSearch | null = null;
let url = '';
let n = 0;

/** A store whose appends tell the indexer, as the conversation host's `stored` hook does. */
function feeding(store: SqliteStore, indexer: OpenSearchIndexer): SqliteStore {
  const append = store.append.bind(store);
  store.append = async (messages: readonly MessageRecord[], fence?: { epoch: number }) => {
    await append(messages, fence);
    for (const m of messages) indexer.stored(m.conversationId, m.seq);
  };
  return store;
}

async function open(): Promise<{ store: SqliteStore; http: OpenSearchHttp; indexer: OpenSearchIndexer }> {
  const http = new OpenSearchHttp({ url, prefix: `chorus-test-${process.pid}-${++n}` });
  const store = new SqliteStore({ path: join(dir, `os${n}.db`), synchronous: 'NORMAL' });
  const indexer = new OpenSearchIndexer(http, store, systemClock);
  await indexer.start();
  const close = store.close.bind(store);
  store.close = async () => {
    await indexer.stop();
    await close();
  };
  return { store: feeding(store, indexer), http, indexer };
}

describe('OpenSearch engine', { skip: setting === undefined ? 'CHORUS_OPENSEARCH is not set (start, or a node URL)' : false }, () => {
  before(async () => {
    if (setting === 'start') {
      node = await startOpenSearch();
      url = node.url;
    } else url = setting!;
  });
  after(async () => {
    await node?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  searchContract('OpenSearch 2.19 fed by the indexer', {
    async open() {
      const { store, http, indexer } = await open();
      return { store, index: new OpenSearchIndex(http), indexed: () => indexer.settled() };
    },
  });

  it('keeps indexing through an outage (node paused): the lag shows it, and nothing is missing afterwards', { skip: setting !== 'start' ? 'needs a node this test started' : false }, async () => {
    const { store, http, indexer } = await open();
    const index = new OpenSearchIndex(http);
    await store.createConversation({ id: 'o', kind: 'group', title: '', createdBy: 'a', createdAt: 1, lastActivity: 1 }, [{ userId: 'a', role: 'owner', joinedAt: 1, leftSeq: 0 }]);
    const entry = (seq: number): MessageRecord => ({ conversationId: 'o', seq, senderId: 'a', senderDevice: 'd', clientId: `c${seq}`, sentAt: 1000 + seq, text: `outage note ${seq}`, kind: 'text', refSeq: 0, editedAt: 0, deleted: false, meta: '' });
    await store.append([entry(1)]);
    await indexer.settled();
    process.kill(node!.pid, 'SIGSTOP');
    try {
      for (let s = 2; s <= 200; s += 10) await store.append(Array.from({ length: 10 }, (_, i) => entry(s + i)).filter((e) => e.seq <= 200));
      // The indexer cannot write: the lag counts what waits, and grows old.
      const waited = indexer.lag();
      assert.equal(waited.entries, 199);
      assert.equal(waited.conversations, 1);
    } finally {
      process.kill(node!.pid, 'SIGCONT');
    }
    await indexer.settled();
    assert.deepEqual(indexer.lag(), { entries: 0, seconds: 0, conversations: 0 });
    const seen = new Set<number>();
    for (let cursor = ''; ; ) {
      const page = await index.search({ userId: 'a', text: 'outage note', scopes: [{ conversationId: 'o', leftSeq: 0 }], order: 'newest', limit: 100, cursor });
      for (const h of page.hits) seen.add(h.seq);
      cursor = page.nextCursor;
      if (cursor === '') break;
    }
    assert.equal(seen.size, 200, 'every message is in the index after the outage');
    await store.close();
  });
});
