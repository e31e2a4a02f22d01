/**
 * `chorus migrate` and a node of region b against two Cassandra nodes that are two data centres of
 * one cluster, with the inter-DC traffic delayed (scripts/cassandra/start_two_dc.sh). Skipped unless
 * that pair runs:
 *
 *   npm run build && eval "$(scripts/cassandra/start_two_dc.sh)"
 *   CHORUS_CASSANDRA_TWO_DC=$CHORUS_CASSANDRA_TWO_DC TWO_DC_DELAY_MS=$TWO_DC_DELAY_MS \
 *     node --test dist/test/region/two_dc.test.js
 *   scripts/cassandra/stop_two_dc.sh
 *
 * Each run works in a fresh keyspace and drops it at the end.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { after, describe, it, test } from 'node:test';
import { pino } from 'pino';
import WebSocket from 'ws';
import type { Client } from 'cassandra-driver';
import { loadConfig } from '../../cmd/config.js';
import { startNode } from '../../cmd/node.js';
import { DevTokenIssuer } from '../../lib/auth/tokens.js';
import { ChorusClient, type WebSocketConstructor } from '../../lib/client/mod.js';
import { SCHEMA_VERSION } from '../../lib/storage/scylla_schema.js';
import { createScyllaClient, type ScyllaConsistency, type ScyllaSerialConsistency, shutdownScyllaClient } from '../../lib/storage/scylla_session.js';
import { StoreUnavailableError } from '../../lib/storage/errors.js';
import { ScyllaStore } from '../../lib/storage/scylla_store.js';
import { runToExit } from '../../testing/process.js';
import { TEST_SECRET } from '../../testing/node.js';

const pair = (process.env['CHORUS_CASSANDRA_TWO_DC'] ?? '').split(',').filter((s) => s !== '');
const delayMs = Number(process.env['TWO_DC_DELAY_MS'] ?? '0');

if (pair.length !== 2) {
  test.skip('two data centres (set CHORUS_CASSANDRA_TWO_DC; see scripts/cassandra/start_two_dc.sh)');
} else {
  const [dc1, dc2] = pair as [string, string];
  const ks = `chorus_2dc_${Date.now().toString(36)}_${process.pid}`;
  const clients: Client[] = [];
  const dirs: string[] = [];
  const client = (contact: string, dc: string, consistency: ScyllaConsistency = 'LOCAL_QUORUM'): Client => {
    const c = createScyllaClient({ contactPoints: [contact], localDataCenter: dc, consistency, requestTimeoutMs: 30_000 });
    clients.push(c);
    return c;
  };

  after(async () => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
    await clients[0]?.execute(`DROP KEYSPACE IF EXISTS ${ks}`).catch(() => undefined);
    await Promise.all(clients.map((c) => shutdownScyllaClient(c)));
  });

  describe('two data centres of one cluster', () => {
    it('chorus migrate creates the keyspace with a replica set in each DC, seen from both, and is idempotent from the other', async () => {
      const first = await runToExit(['migrate', '--scylla-contact-points', dc1, '--scylla-local-dc', 'dc1', '--scylla-keyspace', ks, '--scylla-replication', 'dc1=1,dc2=1']);
      assert.equal(first.code, 0, first.stderr);
      assert.match(first.stdout, new RegExp(`keyspace ${ks}: created \\(class=NetworkTopologyStrategy dc1=1 dc2=1\\)`));
      assert.match(first.stdout, new RegExp(`schema 0 -> ${SCHEMA_VERSION}$`, 'm'));

      const fromDc2 = client(dc2, 'dc2');
      const row = (await fromDc2.execute('SELECT replication FROM system_schema.keyspaces WHERE keyspace_name = ?', [ks], { prepare: true })).first();
      assert.ok(row, 'dc2 does not know the keyspace');
      const replication = row['replication'] as Record<string, string>;
      assert.equal(replication['dc1'], '1');
      assert.equal(replication['dc2'], '1');
      assert.match(replication['class']!, /NetworkTopologyStrategy$/);

      const again = await runToExit(['migrate', '--scylla-contact-points', dc2, '--scylla-local-dc', 'dc2', '--scylla-keyspace', ks, '--scylla-replication', 'NetworkTopologyStrategy:dc1=1,dc2=1']);
      assert.equal(again.code, 0, again.stderr);
      assert.match(again.stdout, /exists, replication unchanged/);
      assert.doesNotMatch(again.stdout, /applied schema/);
    });

    it('a node of region b serves chat from its own DC, and its appends reach the other DC', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'chorus-2dc-'));
      dirs.push(dir);
      const config = loadConfig(
        ['--port', '0', '--admin-port', '0', '--data-dir', dir, '--jwt-secret', TEST_SECRET, '--store', 'scylla', '--scylla-contact-points', dc2, '--scylla-local-dc', 'dc2', '--scylla-keyspace', ks, '--region', 'b', '--regions', 'a=127.0.0.1:1'],
        {},
      );
      assert.equal(config.region.name, 'b');
      const node = await startNode(config, pino({ level: 'silent' }));
      const issuer = new DevTokenIssuer(config.jwt, 3600);
      const connect = async (user: string): Promise<ChorusClient> => {
        const c = new ChorusClient({ url: `ws://127.0.0.1:${node.port}/v1/ws`, token: await issuer.issue(user), deviceId: 'd1', WebSocket: WebSocket as unknown as WebSocketConstructor, reconnect: false });
        await c.connect();
        return c;
      };
      const [alice, bob] = [await connect('alice'), await connect('bob')];
      try {
        const conv = await alice.createDirect('bob');
        const acks = [];
        for (const text of ['one', 'two', 'three']) acks.push(await alice.send(conv.id, text));
        assert.deepEqual(acks.map((a) => a.seq), [1, 2, 3]);
        const page = await bob.history(conv.id, { afterSeq: 0, limit: 10 });
        assert.deepEqual(page.messages.map((m) => m.text), ['one', 'two', 'three']);

        // Replication to dc1 is asynchronous to the LOCAL_QUORUM acknowledgement in dc2.
        const fromDc1 = client(dc1, 'dc1');
        let texts: string[] = [];
        const deadline = performance.now() + 30_000;
        while (texts.length < 3 && performance.now() < deadline) {
          const rs = await fromDc1.execute(`SELECT seq, text FROM ${ks}.log_entries WHERE conversation_id = ? ALLOW FILTERING`, [conv.id], { prepare: true });
          texts = rs.rows.sort((x, y) => Number(x['seq']) - Number(y['seq'])).map((r) => String(r['text']));
          if (texts.length < 3) await new Promise((r) => setTimeout(r, 100));
        }
        assert.deepEqual(texts, ['one', 'two', 'three']);
      } finally {
        alice.close();
        bob.close();
        await node.stop();
      }
    });

    it('a direct conversation created at once from both DCs gets one home at SERIAL (at LOCAL_SERIAL each DC may win)', async () => {
      const open = (contact: string, dc: string, serial: ScyllaSerialConsistency): Promise<ScyllaStore> =>
        ScyllaStore.open({ contactPoints: [contact], localDataCenter: dc, keyspace: ks, requestTimeoutMs: 30_000, createSerialConsistency: serial });
      const race = async (serial: ScyllaSerialConsistency, rounds: number): Promise<{ split: number; homes: Set<string>[]; timeouts: number }> => {
        const [a, b] = [await open(dc1, 'dc1', serial), await open(dc2, 'dc2', serial)];
        let split = 0;
        let timeouts = 0;
        const homes: Set<string>[] = [];
        try {
          for (let i = 0; i < rounds; i++) {
            const id = `d.${serial}${i}x${process.pid}.u${i}`;
            const members = ['u', 'v'].map((userId) => ({ userId, role: 'member' as const, joinedAt: 1, leftSeq: 0 }));
            // Two proposers duel in Paxos across the delay; a round that times out has an unknown
            // outcome and is retried, as a client retries UNAVAILABLE (the create is safe to repeat),
            // b after a pause that breaks the symmetry as clients' retry jitter would.
            const make = async (s: ScyllaStore, home: string) => {
              for (let attempt = 1; ; attempt++) {
                try {
                  return await s.createConversation({ id, kind: 'direct', title: '', createdBy: 'u', createdAt: 1, lastActivity: 1, homeRegion: home }, members);
                } catch (err) {
                  if (!(err instanceof StoreUnavailableError) || attempt === 10) throw err;
                  timeouts++;
                  if (home === 'b') await new Promise((r) => setTimeout(r, 300));
                }
              }
            };
            const [ra, rb] = await Promise.all([make(a, 'a'), make(b, 'b')]);
            if (ra.created && rb.created) split++;
            homes.push(new Set([ra.conversation.homeRegion ?? '', rb.conversation.homeRegion ?? '']));
          }
        } finally {
          await Promise.all([a.close(), b.close()]);
        }
        return { split, homes, timeouts };
      };
      const serial = await race('SERIAL', 8);
      const local = await race('LOCAL_SERIAL', 8);
      console.log(`two-DC direct create race: SERIAL ${serial.split}/8 both created (${serial.timeouts} timed-out rounds retried); LOCAL_SERIAL ${local.split}/8 both created`);
      assert.equal(serial.split, 0, 'at SERIAL both regions created the same conversation');
      assert.ok(serial.homes.every((h) => h.size === 1), 'at SERIAL the two regions were told different homes');
    });

    it('a LOCAL_QUORUM write stays in its DC; an EACH_QUORUM write pays the round trip to the other', async () => {
      const local = client(dc1, 'dc1', 'LOCAL_QUORUM');
      const each = client(dc1, 'dc1', 'EACH_QUORUM');
      await local.execute(`CREATE TABLE IF NOT EXISTS ${ks}.two_dc_probe (k int PRIMARY KEY, v int)`);
      const time = async (c: Client, n: number): Promise<number[]> => {
        const out: number[] = [];
        for (let i = 0; i < n; i++) {
          const start = performance.now();
          await c.execute(`INSERT INTO ${ks}.two_dc_probe (k, v) VALUES (?, ?)`, [i, i], { prepare: true });
          out.push(performance.now() - start);
        }
        return out.sort((a, b) => a - b);
      };
      await time(local, 3);
      await time(each, 3);
      const [l, e] = [await time(local, 20), await time(each, 20)];
      const p50 = (xs: number[]): string => xs[Math.floor(xs.length / 2)]!.toFixed(1);
      console.log(`two-DC write latency (one-way delay ${delayMs} ms): LOCAL_QUORUM p50 ${p50(l)} ms min ${l[0]!.toFixed(1)} ms; EACH_QUORUM p50 ${p50(e)} ms min ${e[0]!.toFixed(1)} ms`);
      // The lower bound cannot be beaten by a fast machine: the other DC's acknowledgement crosses the proxy twice.
      if (delayMs > 0) assert.ok(e[0]! >= 2 * delayMs - 2, `an EACH_QUORUM write took ${e[0]!.toFixed(1)} ms, less than the ${2 * delayMs} ms round trip`);
    });
  });
}
