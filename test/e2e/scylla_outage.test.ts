/**
 * A whole Chorus node on ScyllaStore (Cassandra 5.0 standing in for ScyllaDB) while its database
 * fails under live traffic: first paused with SIGSTOP (a hung database: connections stay open,
 * nothing answers), then killed with SIGKILL and restarted on the same data directory (a crashed
 * database: connections refused, then a commit-log replay).
 *
 * The node runs in this process; real WebSocket clients (the SDK over `ws`) send steadily through
 * both outages. Asserted: nothing acknowledged is lost (every ack's client id is in the log at its
 * seq; seqs gapless; no client id stored twice), every send answered during an outage is refused
 * with a retryable code (2000-2999) and none is acknowledged, the server keeps answering pings,
 * and traffic resumes by itself once the database is back (the SDK retries retryable errors).
 *
 * The database is a second Cassandra started by this test on its own port (default 9142,
 * CHORUS_OUTAGE_CASSANDRA_PORT): the suite's shared node (CHORUS_CASSANDRA, required here as the
 * sign that Cassandra tests are enabled) is never touched. The second node is always stopped and
 * its directory removed, also when the test fails.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it, test } from 'node:test';
import { pino } from 'pino';
import WebSocket from 'ws';
import { loadConfig, loadMigrateConfig } from '../../cmd/config.js';
import { runMigrate } from '../../cmd/migrate.js';
import { type RunningNode, startNode } from '../../cmd/node.js';
import { DevTokenIssuer } from '../../lib/auth/tokens.js';
import { ChorusClient, type Message, type SendAck, type WebSocketConstructor } from '../../lib/client/mod.js';
import { decodeClientFrame, decodeServerFrame, isRetryable } from '../../lib/protocol/mod.js';
import { type MessageRecord, ScyllaStore } from '../../lib/storage/mod.js';
import { TEST_SECRET, until } from '../../testing/node.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const shared = process.env['CHORUS_CASSANDRA'] ?? '';
const PORT = Number(process.env['CHORUS_OUTAGE_CASSANDRA_PORT'] ?? 9142);
const DC = 'dc1';
/** Answers this soon after the database stops may be acks of writes it completed just before. */
const MARGIN_MS = 500;

// ---- the second Cassandra ------------------------------------------------------------------------

interface CassandraNode {
  dir: string;
  pid: number;
}

/** Runs a script to completion within a deadline; its stderr is kept for failure messages. */
function runScript(script: string, env: Record<string, string>, args: string[], timeoutMs: number): Promise<{ code: number; stdout: string; stderr: string }> {
  const child = spawn('bash', [join(ROOT, script), ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      reject(new Error(`${script} did not finish within ${timeoutMs} ms: ${stderr}`));
    }, timeoutMs);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? -1, stdout, stderr });
    });
  });
}

/** Starts a node on PORT (fresh, or again on `dir`); parses the CASSANDRA_DIR/PID lines. */
async function startCassandra(dir?: string): Promise<CassandraNode> {
  const env: Record<string, string> = { CASSANDRA_PORT: String(PORT), CASSANDRA_RESTARTABLE: '1', CASSANDRA_START_TIMEOUT: '90' };
  if (dir !== undefined) env['CASSANDRA_DIR'] = dir;
  const r = await runScript('scripts/cassandra/start.sh', env, [], 120_000);
  if (r.code !== 0) throw new Error(`scripts/cassandra/start.sh failed (${r.code}): ${r.stderr}`);
  if (/already running/.test(r.stderr)) {
    throw new Error(
      `a Cassandra this test did not start already runs on port ${PORT}; stop it (CASSANDRA_PORT=${PORT} scripts/cassandra/stop.sh) ` +
        'or pick another port with CHORUS_OUTAGE_CASSANDRA_PORT',
    );
  }
  const field = (name: string): string => {
    const m = new RegExp(`^CASSANDRA_${name}=(.+)$`, 'm').exec(r.stdout);
    if (!m) throw new Error(`start.sh printed no CASSANDRA_${name}= line: ${r.stdout}`);
    return m[1]!;
  };
  return { dir: field('DIR'), pid: Number(field('PID')) };
}

/** Process state letter from /proc (R, S, T for stopped, Z), or undefined once it is gone. */
function procState(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
  } catch {
    return undefined;
  }
}

function signal(pid: number, sig: NodeJS.Signals): void {
  try {
    process.kill(pid, sig);
  } catch {
    // already gone
  }
}

// ---- clients that record every send and its answer -------------------------------------------------

interface Answer {
  clientId: string;
  at: number;
  /** 0 for an ack, the error code otherwise. */
  code: number;
}

/** What went over one client's sockets: each send request and the frame that answered it. */
class Wire {
  readonly sends = new Map<number, string>();
  readonly answers: Answer[] = [];

  /** The `ws` class with a tap on both directions; request ids are per client, never reused. */
  socketClass(): WebSocketConstructor {
    const { sends, answers } = this;
    class Tapped extends WebSocket {
      constructor(url: string) {
        super(url);
        this.on('message', (data: Buffer | ArrayBuffer, isBinary: boolean) => {
          if (!isBinary) return;
          const f = decodeServerFrame(data instanceof ArrayBuffer ? new Uint8Array(data) : new Uint8Array(data.buffer, data.byteOffset, data.length));
          const clientId = sends.get(f.id);
          if (clientId === undefined) return;
          if (f.body === 'ack') answers.push({ clientId, at: Date.now(), code: 0 });
          else if (f.body === 'error') answers.push({ clientId, at: Date.now(), code: f.error!.code as number });
        });
      }
      override send(data: Uint8Array): void {
        const f = decodeClientFrame(data);
        if (f.body === 'send') sends.set(f.id, f.send!.clientId ?? '');
        super.send(data);
      }
    }
    return Tapped as unknown as WebSocketConstructor;
  }
}

/**
 * One sender: keeps up to `window` of its messages unacknowledged in one conversation, a new one
 * every `paceMs`. The SDK retries refused sends (same client id) until they are acknowledged.
 */
class Sender {
  readonly acks = new Map<string, SendAck>();
  /** When each message was handed to the SDK. */
  readonly queuedAt = new Map<string, number>();
  readonly ackedAt = new Map<string, number>();
  private outstanding = 0;
  private n = 0;
  private running = false;
  private loop: Promise<void> = Promise.resolve();
  readonly failures: unknown[] = [];

  constructor(
    readonly name: string,
    readonly client: ChorusClient,
    readonly conversationId: string,
    private readonly window = 4,
    private readonly paceMs = 15,
  ) {}

  start(): void {
    this.running = true;
    this.loop = (async () => {
      while (this.running) {
        if (this.outstanding < this.window) this.sendOne();
        await new Promise((r) => setTimeout(r, this.paceMs));
      }
    })();
  }

  private sendOne(): void {
    const clientId = `${this.name}-${++this.n}`;
    this.outstanding++;
    this.queuedAt.set(clientId, Date.now());
    this.client.send(this.conversationId, `text of ${clientId}`, clientId).then(
      (ack) => {
        this.outstanding--;
        this.acks.set(clientId, ack);
        this.ackedAt.set(clientId, Date.now());
      },
      (err: unknown) => {
        this.outstanding--;
        this.failures.push(err);
      },
    );
  }

  get pending(): number {
    return this.outstanding;
  }

  get sent(): number {
    return this.n;
  }

  /** Acks of messages handed to the SDK after `t`. */
  ackedQueuedAfter(t: number): number {
    let k = 0;
    for (const id of this.acks.keys()) if (this.queuedAt.get(id)! > t) k++;
    return k;
  }

  async stop(): Promise<void> {
    this.running = false;
    await this.loop;
  }
}

// ---- the test ---------------------------------------------------------------------------------------

if (!shared) {
  test('the ScyllaDB outage test needs Cassandra', () => {
    assert.fail(
      'CHORUS_CASSANDRA is not set. Cassandra tests run with scripts/cassandra/start.sh and CHORUS_CASSANDRA=127.0.0.1:9042 ' +
        `(see docs/storage.md); this test starts its own second node on port ${PORT}.`,
    );
  });
} else {
  describe('a Chorus node on ScyllaStore when the database fails under traffic', () => {
    const keyspace = `chorus_outage_${Date.now().toString(36)}`;
    const contact = `127.0.0.1:${PORT}`;
    let db: CassandraNode | undefined;
    let node: RunningNode | undefined;
    let dataDir: string | undefined;
    const clients: ChorusClient[] = [];

    /** Last resort when after() cannot run (the runner is killed): never leave the JVM behind. */
    const onExit = (): void => {
      if (db === undefined) return;
      signal(db.pid, 'SIGCONT');
      spawnSync('bash', [join(ROOT, 'scripts/cassandra/stop.sh'), db.dir], { stdio: 'ignore', timeout: 40_000 });
    };

    before(async () => {
      process.once('exit', onExit);
      db = await startCassandra();
      const migrateConfig = loadMigrateConfig(
        ['--scylla-contact-points', contact, '--scylla-local-dc', DC, '--scylla-keyspace', keyspace, '--scylla-replication', 'SimpleStrategy:1', '--scylla-consistency', 'LOCAL_ONE'],
        {},
      );
      await runMigrate(migrateConfig, () => undefined);
    });

    after(async () => {
      for (const c of clients) c.close();
      await node?.stop();
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
      if (db !== undefined) {
        signal(db.pid, 'SIGCONT');
        const r = await runScript('scripts/cassandra/stop.sh', {}, [db.dir], 60_000);
        if (r.code !== 0) console.error(`# stop.sh: ${r.stderr}`);
        db = undefined;
      }
      process.removeListener('exit', onExit);
    });

    it('refuses sends with retryable errors while the database is paused or down, loses nothing acknowledged, and resumes by itself', async () => {
      const started = Date.now();
      dataDir = mkdtempSync(join(tmpdir(), 'chorus-outage-'));
      const config = loadConfig(
        [
          '--port', '0', '--admin-port', '0',
          '--data-dir', dataDir,
          '--jwt-secret', TEST_SECRET,
          '--store', 'scylla',
          '--scylla-contact-points', contact,
          '--scylla-local-dc', DC,
          '--scylla-keyspace', keyspace,
          '--scylla-consistency', 'LOCAL_ONE',
          // Short limits so that each outage shows within seconds: a database request gives up
          // after 2 s, a send inside the server after 3 s; reconnection attempts at most 2 s apart.
          '--scylla-request-timeout-ms', '2000',
          '--scylla-connect-timeout-ms', '2000',
          '--scylla-reconnect-max-ms', '2000',
          '--request-timeout-ms', '3000',
        ],
        {},
      );
      node = await startNode(config, pino({ level: 'silent' }));
      const url = `ws://127.0.0.1:${node.port}/v1/ws`;
      const issuer = new DevTokenIssuer(config.jwt, 3600);
      const wires: Wire[] = [];
      const received = new Map<string, Message[]>();
      const connect = async (user: string): Promise<ChorusClient> => {
        const wire = new Wire();
        wires.push(wire);
        const c = new ChorusClient({
          url,
          token: await issuer.issue(user),
          deviceId: 'd1',
          WebSocket: wire.socketClass(),
          reconnect: { minDelayMs: 50, maxDelayMs: 500 },
          requestTimeoutMs: 5000,
        });
        c.on('message', (m) => {
          const key = `${user} ${m.conversationId}`;
          received.set(key, [...(received.get(key) ?? []), m]);
        });
        clients.push(c);
        await c.connect();
        return c;
      };
      const [u0, u1, u2] = [await connect('u0'), await connect('u1'), await connect('u2')];
      const group = await u0.createGroup('outage', ['u1', 'u2']);
      const direct = await u1.createDirect('u0');
      const senders = [
        new Sender('u0g', u0, group.id),
        new Sender('u1g', u1, group.id),
        new Sender('u2g', u2, group.id),
        new Sender('u0d', u0, direct.id),
        new Sender('u1d', u1, direct.id),
      ];
      const acked = (): number => senders.reduce((n, s) => n + s.acks.size, 0);
      const ackedAfter = (t: number): number => senders.reduce((n, s) => n + s.ackedQueuedAfter(t), 0);
      const answersIn = (from: number, to: number): Answer[] => wires.flatMap((w) => w.answers.filter((a) => a.at >= from && a.at <= to));
      const refusedSince = (t: number): number => answersIn(t, Infinity).filter((a) => a.code !== 0).length;
      /** The server keeps serving: a ping round trip, well within the send timeouts. */
      const pingOk = async (): Promise<void> => {
        const rtt = await u2.ping();
        assert.ok(rtt < 1000, `ping answered in ${rtt} ms while the database is out`);
      };

      for (const s of senders) s.start();
      await until(() => acked() >= 100, '100 acknowledged sends before the outage', 30_000);

      // -- Outage 1: the database hangs (SIGSTOP). Connections stay open; nothing answers. --
      const pid1 = db!.pid;
      signal(pid1, 'SIGSTOP');
      await until(() => procState(pid1) === 'T', 'Cassandra to be stopped', 5_000);
      // Answers within MARGIN_MS of the failure may be acks of writes done just before it.
      const paused = Date.now() + MARGIN_MS;
      await until(() => refusedSince(paused) >= 10, '10 sends refused while the database hangs', 30_000);
      await pingOk();
      const resumedAt = Date.now();
      signal(pid1, 'SIGCONT');
      const hung = answersIn(paused, resumedAt);
      await until(() => ackedAfter(resumedAt) >= 20, '20 sends acknowledged after the database resumed', 45_000);
      const recovered1 = Date.now() - resumedAt;

      // -- Outage 2: the database crashes (SIGKILL), then starts again on its data. --
      const pid2 = db!.pid;
      signal(pid2, 'SIGKILL');
      await until(() => procState(pid2) === undefined || procState(pid2) === 'Z', 'Cassandra to die', 10_000);
      const killed = Date.now() + MARGIN_MS;
      await until(() => refusedSince(killed) >= 10, '10 sends refused while the database is down', 30_000);
      await pingOk();
      // Until start.sh begins nothing can answer; after it returns the node does.
      const restarting = Date.now();
      db = await startCassandra(db!.dir);
      const restartedAt = Date.now();
      const down = answersIn(killed, restarting);
      await until(() => ackedAfter(restartedAt) >= 20, '20 sends acknowledged after the database restarted', 45_000);
      const recovered2 = Date.now() - restartedAt;

      // -- Drain: every message handed to the SDK ends acknowledged. --
      for (const s of senders) await s.stop();
      await until(() => senders.every((s) => s.pending === 0), 'every send to be acknowledged', 45_000);
      for (const s of senders) assert.deepEqual(s.failures, [], `${s.name}: no send rejected for good`);

      // Outages: refused, never acknowledged.
      for (const [what, answers] of [['hung', hung], ['down', down]] as const) {
        const acks = answers.filter((a) => a.code === 0);
        assert.deepEqual(acks, [], `no ack while the database was ${what}`);
        assert.ok(answers.length >= 10, `sends were answered (refused) while the database was ${what}`);
        for (const a of answers) assert.ok(isRetryable(a.code), `refusal code ${a.code} is retryable (2000-2999)`);
      }
      const allAnswers = wires.flatMap((w) => w.answers);
      const refusals = allAnswers.filter((a) => a.code !== 0);
      for (const a of refusals) assert.ok(isRetryable(a.code), `every refusal is retryable, got ${a.code}`);

      // The log: gapless, each client id once, every ack at its seq.
      const store = await ScyllaStore.open({ contactPoints: [contact], localDataCenter: DC, keyspace, consistency: 'LOCAL_ONE', requestTimeoutMs: 20_000 });
      try {
        for (const conv of [group.id, direct.id]) {
          const log: MessageRecord[] = [];
          for (;;) {
            const page = await store.range(conv, { afterSeq: log.length === 0 ? 0 : log[log.length - 1]!.seq, limit: 1000 });
            log.push(...page);
            if (page.length < 1000) break;
          }
          assert.deepEqual(log.map((m) => m.seq), Array.from({ length: log.length }, (_, i) => i + 1), `${conv}: seqs gapless from 1`);
          const byClient = new Map(log.map((m) => [m.clientId, m.seq]));
          assert.equal(byClient.size, log.length, `${conv}: no client id stored twice`);
          const mine = senders.filter((s) => s.conversationId === conv);
          const ackCount = mine.reduce((n, s) => n + s.acks.size, 0);
          for (const s of mine) {
            assert.equal(s.acks.size, s.sent, `${s.name}: all ${s.sent} messages acknowledged`);
            for (const [clientId, ack] of s.acks) {
              const at = log[ack.seq - 1];
              assert.equal(
                byClient.get(clientId),
                ack.seq,
                `${clientId}, acknowledged ${s.ackedAt.get(clientId)! - started} ms into the test, is stored at its seq ${ack.seq} ` +
                  `(the log has ${at?.clientId ?? 'nothing'} there; outages at ${paused - started}-${resumedAt - started} and ${killed - started}-${restartedAt - started} ms)`,
              );
            }
          }
          assert.equal(log.length, ackCount, `${conv}: the log holds exactly the acknowledged messages`);
          // Every member's client emitted exactly the log, in order.
          const members = conv === group.id ? ['u0', 'u1', 'u2'] : ['u0', 'u1'];
          for (const user of members) {
            const key = `${user} ${conv}`;
            await until(() => (received.get(key)?.length ?? 0) >= log.length, `${user} to receive all of ${conv}`, 30_000);
            assert.deepEqual(received.get(key)!.map((m) => m.clientId), log.map((m) => m.clientId), `${user} received ${conv} exactly as stored`);
          }
        }
      } finally {
        await store.close();
      }

      const codes = new Map<number, number>();
      for (const a of refusals) codes.set(a.code, (codes.get(a.code) ?? 0) + 1);
      console.log(
        `# scylla_outage: acked=${acked()} refused=${refusals.length} (codes ${[...codes].map(([c, k]) => `${c}:${k}`).join(' ')}) ` +
          `hung: refused=${hung.length} resumed_in_ms=${recovered1} acked_after=${ackedAfter(resumedAt)}; ` +
          `down: refused=${down.length} resumed_in_ms=${recovered2} acked_after=${ackedAfter(restartedAt)}; ` +
          `test_s=${((Date.now() - started) / 1000).toFixed(1)}`,
      );
    });
  });
}
