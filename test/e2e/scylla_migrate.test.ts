/**
 * `chorus migrate` and `chorus --store scylla` as an operator meets them: the real binary against the
 * suite's Cassandra (CHORUS_CASSANDRA, started by scripts/cassandra/start.sh), exit codes and the
 * lines printed. Each run works in fresh keyspaces and drops them at the end.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it, test } from 'node:test';
import { pino } from 'pino';
import WebSocket from 'ws';
import { ConfigError, loadConfig, loadMigrateConfig, parseReplication } from '../../cmd/config.js';
import { startNode } from '../../cmd/node.js';
import { DevTokenIssuer } from '../../lib/auth/tokens.js';
import { ChorusClient, type WebSocketConstructor } from '../../lib/client/mod.js';
import { SCHEMA_VERSION } from '../../lib/storage/scylla_schema.js';
import { createScyllaClient, shutdownScyllaClient } from '../../lib/storage/scylla_session.js';
import { runToExit } from '../../testing/process.js';
import { TEST_SECRET } from '../../testing/node.js';

const contact = process.env['CHORUS_CASSANDRA'] ?? '';
const dc = process.env['CHORUS_CASSANDRA_DC'] ?? 'dc1';

describe('ScyllaDB options', () => {
  const secret = ['--jwt-secret', 'k'.repeat(32)];

  it('default to the embedded store and check scylla values anyway', () => {
    assert.equal(loadConfig(secret, {}).store.kind, 'sqlite');
    assert.throws(() => loadConfig([...secret, '--scylla-consistency', 'MOST'], {}), /--scylla-consistency must be one of LOCAL_QUORUM/);
  });

  it('take flags over CHORUS_SCYLLA_* variables', () => {
    const c = loadConfig([...secret, '--store', 'scylla', '--scylla-local-dc', 'eu1'], {
      CHORUS_SCYLLA_CONTACT_POINTS: '10.0.0.1:9042, 10.0.0.2',
      CHORUS_SCYLLA_LOCAL_DC: 'us1',
      CHORUS_SCYLLA_REQUEST_TIMEOUT_MS: '3000',
    });
    assert.equal(c.store.kind, 'scylla');
    if (c.store.kind !== 'scylla') return;
    assert.deepEqual(c.store.scylla.contactPoints, ['10.0.0.1:9042', '10.0.0.2']);
    assert.equal(c.store.scylla.localDataCenter, 'eu1');
    assert.equal(c.store.scylla.requestTimeoutMs, 3000);
    assert.equal(c.store.scylla.consistency, 'LOCAL_QUORUM');
    assert.equal(c.store.scylla.keyspace, 'chorus');
  });

  it('refuse bad or missing values with one clear message', () => {
    const bad: Array<[string[], RegExp]> = [
      [['--store', 'scylla'], /--store scylla needs --scylla-contact-points \(CHORUS_SCYLLA_CONTACT_POINTS\)/],
      [['--store', 'scylla', '--scylla-contact-points', 'a'], /--store scylla needs --scylla-local-dc/],
      [['--store', 'scylla', '--scylla-local-dc', 'dc1', '--scylla-contact-points', 'a:99999'], /host or host:port entries .* got "a:99999"/],
      [['--scylla-contact-points', 'a,,b'], /got ""/],
      [['--scylla-keyspace', 'Chorus-1'], /--scylla-keyspace .* got "Chorus-1"/],
      [['--scylla-request-timeout-ms', '5'], /between 100 and 600000/],
      [['--scylla-username', 'u'], /go together/],
      [['--scylla-replication', 'SimpleStrategy:1'], /--scylla-replication is an option of `chorus migrate`/],
    ];
    for (const [args, message] of bad) {
      assert.throws(() => loadConfig([...secret, ...args], {}), (e: unknown) => e instanceof ConfigError && message.test(e.message), args.join(' '));
    }
  });

  it('parse replication for migrate', () => {
    assert.deepEqual(parseReplication('SimpleStrategy:1'), { class: 'SimpleStrategy', replicationFactor: 1 });
    assert.deepEqual(parseReplication('NetworkTopologyStrategy:dc1=3, dc2=3'), { class: 'NetworkTopologyStrategy', dcs: { dc1: 3, dc2: 3 } });
    for (const text of ['SimpleStrategy', 'SimpleStrategy:0', 'NetworkTopologyStrategy:', 'NetworkTopologyStrategy:dc1', 'NetworkTopologyStrategy:dc1=3,dc1=2', 'Everywhere:3']) {
      assert.throws(() => parseReplication(text), ConfigError, text);
    }
    const migrate = ['--scylla-contact-points', 'h', '--scylla-local-dc', 'dc1'];
    assert.throws(() => loadMigrateConfig(migrate, {}), /migrate needs --scylla-replication/);
    assert.throws(() => loadMigrateConfig([...migrate, '--scylla-replication', 'SimpleStrategy:1', '--port', '1'], {}), /--port is an option of `chorus serve`/);
    // One environment often serves both commands: server variables do not upset migrate.
    assert.equal(loadMigrateConfig([...migrate, '--scylla-replication', 'SimpleStrategy:1'], { CHORUS_PORT: 'x' }).keyspace, 'chorus');
  });

  it('fail at startup with one line and exit code 2', async () => {
    const r = await runToExit(['--dev', '--store', 'scylla']);
    assert.equal(r.code, 2);
    assert.equal(r.stderr.trim().split('\n').length, 1);
    assert.match(r.stderr, /^chorus: --store scylla needs --scylla-contact-points/);
    const m = await runToExit(['migrate', '--scylla-contact-points', 'h', '--scylla-local-dc', 'dc1', '--scylla-replication', 'NetworkTopologyStrategy:dc1=x']);
    assert.equal(m.code, 2);
    assert.equal(m.stderr.trim().split('\n').length, 1);
    assert.match(m.stderr, /^chorus migrate: --scylla-replication/);
  });
});

if (!contact) {
  test('chorus migrate needs Cassandra', () => {
    assert.fail('CHORUS_CASSANDRA is not set. Start a node with `scripts/cassandra/start.sh` and run with CHORUS_CASSANDRA=127.0.0.1:9042 (docs/storage.md).');
  });
} else {
  describe('chorus migrate and a node on ScyllaStore', () => {
    const stamp = `${Date.now().toString(36)}_${process.pid}`;
    const migrated = `chorus_cli_${stamp}`;
    const never = `chorus_none_${stamp}`;
    const conn = ['--scylla-contact-points', contact, '--scylla-local-dc', dc, '--scylla-consistency', 'LOCAL_ONE'];
    const dirs: string[] = [];

    after(async () => {
      for (const d of dirs) rmSync(d, { recursive: true, force: true });
      const admin = createScyllaClient({ contactPoints: [contact], localDataCenter: dc, consistency: 'LOCAL_ONE', requestTimeoutMs: 30_000 });
      try {
        for (const ks of [migrated, never]) await admin.execute(`DROP KEYSPACE IF EXISTS ${ks}`);
      } finally {
        await shutdownScyllaClient(admin);
      }
    });

    it('creates the keyspace, is idempotent, and follows a replication change', async () => {
      const first = await runToExit(['migrate', ...conn, '--scylla-keyspace', migrated, '--scylla-replication', 'SimpleStrategy:1']);
      assert.equal(first.code, 0, first.stderr);
      assert.match(first.stdout, new RegExp(`^chorus migrate: keyspace ${migrated}: created \\(class=SimpleStrategy replication_factor=1\\)$`, 'm'));
      assert.match(first.stdout, /: applied schema 1 \(/);
      assert.match(first.stdout, new RegExp(`: applied schema ${SCHEMA_VERSION} \\(`));
      assert.match(first.stdout, new RegExp(`: schema 0 -> ${SCHEMA_VERSION}$`, 'm'));

      const again = await runToExit(['migrate', ...conn, '--scylla-keyspace', migrated, '--scylla-replication', 'SimpleStrategy:1']);
      assert.equal(again.code, 0, again.stderr);
      assert.match(again.stdout, /exists, replication unchanged/);
      assert.match(again.stdout, new RegExp(`schema ${SCHEMA_VERSION}, up to date, nothing applied`));
      assert.doesNotMatch(again.stdout, /applied schema/);

      const nts = await runToExit(['migrate', ...conn, '--scylla-keyspace', migrated, '--scylla-replication', `NetworkTopologyStrategy:${dc}=1`]);
      assert.equal(nts.code, 0, nts.stderr);
      assert.match(nts.stdout, new RegExp(`replication changed to class=NetworkTopologyStrategy ${dc}=1`));
      assert.match(nts.stdout, /run a full repair/);
    });

    it('reports an unreachable cluster in one line with exit code 1', async () => {
      const r = await runToExit(['migrate', '--scylla-contact-points', '127.0.0.1:1', '--scylla-local-dc', dc, '--scylla-replication', 'SimpleStrategy:1']);
      assert.equal(r.code, 1);
      assert.equal(r.stderr.trim().split('\n').length, 1);
      assert.match(r.stderr, /^chorus migrate: failed: no database node could be used: 127\.0\.0\.1:1 \(.*ECONNREFUSED/);
    });

    it('refuses to start a server on a keyspace that was not migrated, telling to run chorus migrate', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'chorus-scylla-'));
      dirs.push(dir);
      const r = await runToExit(['--dev', '--data-dir', dir, '--port', '0', '--admin-port', '0', '--store', 'scylla', ...conn, '--scylla-keyspace', never], {
        CHORUS_LOG_LEVEL: 'silent',
      });
      assert.equal(r.code, 1);
      assert.equal(r.stderr.trim().split('\n').length, 1);
      assert.match(r.stderr, new RegExp(`^chorus: cannot start: keyspace ${never} is not migrated .*run \`chorus migrate --scylla-keyspace ${never}`));
    });

    it('serves chat on the migrated keyspace', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'chorus-scylla-'));
      dirs.push(dir);
      const config = loadConfig(['--port', '0', '--admin-port', '0', '--data-dir', dir, '--jwt-secret', TEST_SECRET, '--store', 'scylla', ...conn, '--scylla-keyspace', migrated], {});
      const node = await startNode(config, pino({ level: 'silent' }));
      const issuer = new DevTokenIssuer(config.jwt, 3600);
      const client = async (user: string): Promise<ChorusClient> => {
        const c = new ChorusClient({
          url: `ws://127.0.0.1:${node.port}/v1/ws`,
          token: await issuer.issue(user),
          deviceId: 'd1',
          WebSocket: WebSocket as unknown as WebSocketConstructor,
          reconnect: false,
        });
        await c.connect();
        return c;
      };
      const [alice, bob] = [await client('alice'), await client('bob')];
      try {
        const conv = await alice.createDirect('bob');
        const got = new Promise<string>((resolve) => bob.on('message', (m) => resolve(m.text)));
        const acks = await Promise.all([alice.send(conv.id, 'one'), alice.send(conv.id, 'two'), alice.send(conv.id, 'three')]);
        assert.deepEqual(acks.map((a) => a.seq).sort(), [1, 2, 3]);
        assert.equal(await got, 'one');
        const page = await bob.history(conv.id, { afterSeq: 0, limit: 10 });
        assert.deepEqual(page.messages.map((m) => m.text), ['one', 'two', 'three']);
      } finally {
        alice.close();
        bob.close();
        await node.stop();
      }
    });
  });
}
