import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { OpenSearchHttp, OpenSearchIndex, OpenSearchIndexer } from '../../lib/search/mod.js';
import { type MessageRecord, SqliteStore } from '../../lib/storage/mod.js';
import { systemClock } from '../../lib/time/mod.js';
import { ServerError } from '../../lib/client/mod.js';
import { ErrorCode } from '../../lib/protocol/mod.js';
import { startTestNode } from '../../testing/node.js';
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
  indexer.start();
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

  it('serves the search frame from OpenSearch when the server is given --opensearch-url, with the lag metric', async () => {
    const t = await startTestNode(['--opensearch-url', url, '--opensearch-index-prefix', `chorus-e2e-${process.pid}`]);
    try {
      const [alice, bob] = await Promise.all([t.client('os-alice'), t.client('os-bob')]);
      const conv = await alice.createDirect('os-bob');
      await alice.send(conv.id, 'the cabin code is 4711');
      const edited = await alice.send(conv.id, 'meet at the pier');
      await alice.edit(conv.id, edited.seq, 'meet at the lighthouse');
      // Indexed asynchronously: wait (bounded) until the last change is searchable; until the
      // indexer has created the indices the server answers UNAVAILABLE (retry).
      const deadline = Date.now() + 30_000;
      const found = (): Promise<number> =>
        bob.search('lighthouse').then(
          (p) => p.hits.length,
          (e: unknown) => (e instanceof ServerError && e.code === ErrorCode.UNAVAILABLE ? 0 : Promise.reject(e)),
        );
      while ((await found()) === 0) {
        assert.ok(Date.now() < deadline, 'indexed within 30 s');
        await new Promise((r) => setTimeout(r, 100));
      }
      assert.deepEqual((await bob.search('cabin')).hits.map((h) => h.snippet), ['the cabin code is 4711']);
      assert.deepEqual((await bob.search('pier')).hits, []);
      const metrics = await (await fetch(`http://127.0.0.1:${t.node.adminPort}/metrics`)).text();
      assert.match(metrics, /^chorus_search_index_lag_entries 0$/m);
      assert.match(metrics, /^chorus_search_index_lag_seconds /m);
    } finally {
      await t.stop();
    }
  });

  it('catches up, when a conversation becomes active, on what was stored while no indexer ran', async () => {
    const first = await startTestNode([]);
    const alice = await first.client('cu-alice');
    const conv = await alice.createDirect('cu-bob');
    await alice.send(conv.id, 'stored before any indexer ran');
    await first.stop(false);
    const t = await startTestNode(['--opensearch-url', url, '--opensearch-index-prefix', `chorus-cu-${process.pid}`], first.dataDir);
    try {
      const bob = await t.client('cu-bob');
      // Reading the conversation starts its actor on this node: the indexer reads its log.
      await bob.history(conv.id, {});
      const deadline = Date.now() + 30_000;
      for (;;) {
        const hits = await bob.search('indexer').then(
          (p) => p.hits.length,
          (e: unknown) => (e instanceof ServerError && e.code === ErrorCode.UNAVAILABLE ? 0 : Promise.reject(e)),
        );
        if (hits === 1) break;
        assert.ok(Date.now() < deadline, 'indexed within 30 s of the conversation becoming active');
        await new Promise((r) => setTimeout(r, 100));
      }
    } finally {
      await t.stop();
    }
  });

  it('sweeps at start: a conversation whose log moved past its indexed position is indexed without being used', async () => {
    const { store, http, indexer } = await open();
    const id = `sweep.${process.pid}`;
    await store.createConversation({ id, kind: 'group', title: 't', createdBy: 'alice', createdAt: 1, lastActivity: 1 }, ['alice', 'bob'].map((userId) => ({ userId, role: 'member', joinedAt: 1, leftSeq: 0 })));
    const entry = (seq: number, text: string): MessageRecord => ({ conversationId: id, seq, senderId: 'alice', senderDevice: 'd', clientId: `c${seq}`, sentAt: 1_700_000_000_000 + seq, text, kind: 'text', refSeq: 0, editedAt: 0, deleted: false, meta: '' });
    await store.append([entry(1, 'indexed before the gap')]);
    await indexer.settled();
    assert.equal(await indexer.swept(), 0, 'nothing behind at the first start');
    await indexer.stop();
    await store.append([entry(2, 'stored during the gap'), entry(3, 'also in the gap')]);
    const again = new OpenSearchIndexer(http, store, systemClock);
    again.start();
    try {
      assert.equal(await again.swept(), 1, 'one conversation behind');
      await again.settled();
      const page = await new OpenSearchIndex(http).search({ userId: 'bob', text: 'gap', scopes: [{ conversationId: id, leftSeq: 0 }], order: 'newest', limit: 20 });
      assert.deepEqual(page.hits.map((h) => h.seq), [3, 2, 1]);
    } finally {
      await again.stop();
      await store.close();
    }
  });

  it('keeps indexing through outages (node paused, then killed and restarted): the lag shows them, and nothing is missing afterwards', { skip: setting !== 'start' ? 'needs a node this test started' : false }, async () => {
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
    // Killed: what is stored meanwhile waits; after a restart on its data it is all indexed.
    process.kill(node!.pid, 'SIGKILL');
    for (let s = 201; s <= 300; s += 10) await store.append(Array.from({ length: 10 }, (_, i) => entry(s + i)));
    assert.equal(indexer.lag().entries, 100);
    await node!.restart();
    await indexer.settled();
    assert.deepEqual(indexer.lag(), { entries: 0, seconds: 0, conversations: 0 });
    const seen = new Set<number>();
    for (let cursor = ''; ; ) {
      const page = await index.search({ userId: 'a', text: 'outage note', scopes: [{ conversationId: 'o', leftSeq: 0 }], order: 'newest', limit: 100, cursor });
      for (const h of page.hits) seen.add(h.seq);
      cursor = page.nextCursor;
      if (cursor === '') break;
    }
    assert.equal(seen.size, 300, 'every message is in the index after the outages');
    await store.close();
  });
});
