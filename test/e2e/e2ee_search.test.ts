/**
 * Search over end-to-end encrypted conversations against a real server on real sockets: each
 * device indexes what it decrypted in a local file, and client.search merges that with the
 * server's results. Send, edit, delete; a device added late finds only what it could read; a
 * restarted device keeps its index; forgetting a conversation drops it.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pino } from 'pino';
import WebSocket from 'ws';
import { loadConfig } from '../../cmd/config.js';
import { type RunningNode, startNode } from '../../cmd/node.js';
import { DevTokenIssuer } from '../../lib/auth/tokens.js';
import { ChorusClient, ErrorCode, ServerError, type SearchResultPage, type WebSocketConstructor } from '../../lib/client/mod.js';
import { E2eeClient, type E2eeMessage } from '../../lib/client/mls/e2ee_client.js';
import { FileDeviceStore } from '../../lib/client/mls/file_store.js';
import { openFileSearch } from '../../lib/client/search/file_search_storage.js';
import type { LocalSearch } from '../../lib/client/search/local_search.js';
import { TEST_SECRET, until } from '../../testing/node.js';

interface Dev {
  user: string;
  client: ChorusClient;
  e2ee: E2eeClient;
  index: LocalSearch;
  messages: E2eeMessage[];
  joined: Set<string>;
  errors: Error[];
}

const found = (p: SearchResultPage): string[] => p.hits.map((h) => h.snippet);

describe('searching end-to-end encrypted conversations on the device', () => {
  const dir = mkdtempSync(join(tmpdir(), 'chorus-e2ee-search-'));
  let node: RunningNode;
  let url: string;
  let issuer: DevTokenIssuer;
  const devs = new Set<Dev>();

  before(async () => {
    const config = loadConfig(['--port', '0', '--admin-port', '0', '--connect-rate', '100000', '--data-dir', join(dir, 'server'), '--jwt-secret', TEST_SECRET, '--sqlite-sync', 'NORMAL'], {});
    node = await startNode(config, pino({ level: 'silent' }));
    url = `ws://127.0.0.1:${node.port}/v1/ws`;
    issuer = new DevTokenIssuer(config.jwt, 3600);
  });

  after(async () => {
    for (const d of devs) await stop(d);
    await node?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  /** A Node device whose MLS state and search index live in its own directory (as a real app's would). */
  async function device(user: string): Promise<Dev> {
    const home = join(dir, 'devices', user);
    const client = new ChorusClient({ url, token: await issuer.issue(user), deviceId: 'node', WebSocket: WebSocket as unknown as WebSocketConstructor, reconnect: { minDelayMs: 20, maxDelayMs: 200 } });
    const index = await openFileSearch(join(home, 'search.log'));
    const e2ee = new E2eeClient({ client, userId: user, deviceId: 'node', store: new FileDeviceStore(join(home, 'mls')), keyPackages: 3, selfUpdateMs: 0, searchIndex: index });
    const d: Dev = { user, client, e2ee, index, messages: [], joined: new Set(), errors: [] };
    e2ee.on('joined', (id) => d.joined.add(id));
    e2ee.on('message', (m) => d.messages.push(m));
    e2ee.on('error', (err) => d.errors.push(err));
    await client.connect();
    await e2ee.start();
    devs.add(d);
    return d;
  }

  async function stop(d: Dev): Promise<void> {
    devs.delete(d);
    d.e2ee.stop();
    d.client.close();
    await d.index.close();
  }

  /** Every page of a search, `limit` at a time. */
  async function all(d: Dev, query: string, opts: Parameters<ChorusClient['search']>[1] = {}): Promise<string[]> {
    const out: string[] = [];
    let page: SearchResultPage | null = await d.client.search(query, opts);
    for (let n = 0; page !== null && n < 50; n++) {
      out.push(...found(page));
      const next = page.next();
      page = next === null ? null : await next;
    }
    return out;
  }

  it('finds plain and encrypted messages in one newest-first page; edits, deletes, late joiners, restarts, forgetting', async () => {
    const ann = await device('ann');
    let bob = await device('bob');
    const dan = await device('dan');
    const plain = await ann.client.createDirect('bob');
    await ann.client.send(plain.id, 'plain lunch plans');
    const g = await ann.e2ee.createEncryptedGroup('secret club', ['bob']);
    await until(() => bob.joined.has(g.id), 'bob joins');
    const first = await ann.e2ee.send(g.id, 'secret lunch at noon');
    await until(() => bob.messages.length === 1, 'bob decrypts the first message');
    const typo = await bob.e2ee.send(g.id, 'typo lnuch');
    const gone = await bob.e2ee.send(g.id, 'delete this lunch');
    await bob.e2ee.edit(g.id, Number(typo.seq), 'fixed lunch spot');
    await bob.e2ee.delete(g.id, Number(gone.seq));
    await ann.e2ee.edit(g.id, Number(typo.seq), 'ann cannot edit bob lunch');
    for (const d of [ann, bob]) await until(() => d.messages.length === 6, `${d.user} has all six`);
    const want = ['fixed lunch spot', 'secret lunch at noon', 'plain lunch plans'];
    for (const d of [ann, bob]) {
      assert.deepEqual(found(await d.client.search('LUNCH')), want, d.user);
      assert.deepEqual(await all(d, 'lunch', { limit: 1 }), want, `${d.user}, one hit per page`);
      assert.deepEqual(await all(d, 'lunch', { limit: 2 }), want, `${d.user}, two per page`);
      assert.deepEqual(found(await d.client.search('lunch', { conversationId: g.id })), want.slice(0, 2), 'an encrypted conversation: the device only');
      assert.deepEqual(found(await d.client.search('lunch', { conversationId: plain.id })), want.slice(2), 'a plain one: the server only');
      assert.deepEqual(found(await d.client.search('lunch', { senderId: 'ann' })), ['secret lunch at noon', 'plain lunch plans']);
      assert.deepEqual(found(await d.client.search('lunch', { order: 'relevance' })), ['plain lunch plans'], 'relevance: the server’s ranked hits first');
      assert.deepEqual(found(await d.client.search('typo')), [], 'an edited message by its current text only');
      assert.equal(d.errors.length, 0, String(d.errors[0]));
    }
    const hit = (await ann.client.search('noon')).hits[0]!;
    assert.deepEqual({ c: hit.conversationId, s: hit.seq, who: hit.senderId }, { c: g.id, s: Number(first.seq), who: 'ann' });
    assert.deepEqual(hit.highlights, [{ start: 16, length: 4 }]);
    // The server indexes no encrypted text: without the device's index only the plain message is found.
    ann.client.useLocalSearch(null);
    assert.deepEqual(found(await ann.client.search('lunch')), ['plain lunch plans']);
    ann.client.useLocalSearch(ann.index);

    // dan joins late: he finds what he could decrypt, nothing from before.
    await ann.e2ee.addMembers(g.id, ['dan']);
    await until(() => dan.joined.has(g.id), 'dan joins');
    await ann.e2ee.send(g.id, 'lunch for dan too');
    await until(() => dan.messages.length === 1 && bob.messages.length === 7, 'dan and bob read it');
    assert.deepEqual(found(await dan.client.search('lunch')), ['lunch for dan too']);

    // bob's device restarts: the index is read back from its file; new messages keep arriving in it.
    await stop(bob);
    bob = await device('bob');
    assert.deepEqual(found(await bob.client.search('lunch')), ['lunch for dan too', ...want]);
    await ann.e2ee.send(g.id, 'lunch after the restart');
    await until(() => bob.messages.length === 1, 'bob reads after restarting');
    assert.equal(found(await bob.client.search('lunch'))[0], 'lunch after the restart');

    // Forgetting the conversation on this device: only the server's hits are left.
    await bob.e2ee.forgetConversation(g.id);
    assert.deepEqual(found(await bob.client.search('lunch')), ['plain lunch plans']);
    await stop(bob);
    bob = await device('bob');
    assert.deepEqual(found(await bob.client.search('lunch')), ['plain lunch plans'], 'forgotten for good');

    // Bad input: the same bounds and clear errors; odd unicode is only text.
    await assert.rejects(ann.client.search('x'.repeat(1 << 20)), (e: unknown) => e instanceof ServerError && e.code === ErrorCode.TOO_LARGE);
    await assert.rejects(ann.client.search('lunch', { cursor: 'm-garbage' }), /cursor/);
    assert.deepEqual(found(await ann.client.search('🏳️‍🌈 \uD800 lunch\u200B')), []);
    assert.deepEqual(found(await ann.client.search('l\u0301unch noon')), ['secret lunch at noon'], 'combining accents fold');
    assert.deepEqual(found(await ann.client.search('ＮＯＯＮ')), ['secret lunch at noon'], 'full-width letters fold');
  });
});
