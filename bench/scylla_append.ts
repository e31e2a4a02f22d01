/**
 * Append throughput of ScyllaStore against the bare cassandra-driver writing the same rows.
 *
 * Measures: closed-loop appends of one small message (~100 bytes of text) per call, `concurrency`
 * callers at once, each the single writer of its own conversation (as conversation actors are).
 *   store:        ScyllaStore.append(): validation, the seq-conflict read, the client-id row, the
 *                 message row with the activity marker (and a bucket marker once per 1000 messages).
 *   driver:       the same rows (the client-id row beside one unlogged batch of the message row and
 *                 the conversation's activity marker) as prepared, idempotent statements on a bare
 *                 cassandra-driver Client; no validation, no conflict read.
 *   driver+check: the bare driver doing the store's I/O: the conflict read in parallel with the
 *                 client-id row, then the batch.
 * The variants run in alternating rounds against a fresh keyspace, after a warm-up each.
 *
 * Does not measure: a real ScyllaDB (this is Cassandra 5.0 on the same 2 cores as the client),
 * replication (one node, LOCAL_ONE), network latency (loopback), batches of several messages, reads.
 *
 *   npm run bench -- scylla [--quick] [--seconds=15] [--concurrency=32] [--rounds=3]
 *   node dist/bench/scylla_append.js [same options]
 * Uses the Cassandra named by CHORUS_CASSANDRA (host:port; CHORUS_CASSANDRA_DC, default dc1); without
 * it, starts its own node with scripts/cassandra/start.sh on port 9342 (CHORUS_BENCH_CASSANDRA_PORT)
 * and stops it afterwards. Prints one fixed-format line per variant and the ratios, then the
 * `BENCH scylla_append ...` line of bench/lib/report.ts, which writes bench/results/scylla_append.json.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import cassandra from 'cassandra-driver';
import type { MessageRecord } from '../lib/storage/store.js';
import { migrate } from '../lib/storage/scylla_migrate.js';
import { bucketOf, storeStatements } from '../lib/storage/scylla_schema.js';
import { createScyllaClient, shutdownScyllaClient, UNSET } from '../lib/storage/scylla_session.js';
import { ScyllaStore } from '../lib/storage/scylla_store.js';
import { report } from './lib/report.js';

const TARGET_RATIO = 0.8;
const WARMUP_MS = 2000;

interface Stats {
  appends: number;
  elapsedMs: number;
  latenciesMs: number[];
}

interface Result {
  variant: string;
  appends: number;
  seconds: number;
  appendsPerSec: number;
  p50Ms: number;
  p99Ms: number;
}

type AppendFn = (m: MessageRecord) => Promise<unknown>;

interface Settings {
  seconds: number;
  concurrency: number;
  rounds: number;
}

function settings(argv: string[]): Settings {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: 'boolean', default: false },
      seconds: { type: 'string' },
      concurrency: { type: 'string', default: '32' },
      rounds: { type: 'string' },
    },
  });
  const s: Settings = {
    seconds: Number(values.seconds ?? (values.quick ? '6' : '15')),
    concurrency: Number(values.concurrency),
    rounds: Number(values.rounds ?? (values.quick ? '2' : '3')),
  };
  if (!(s.seconds > 0 && s.seconds <= 120) || !(s.concurrency >= 1 && s.concurrency <= 4096) || !(s.rounds >= 1 && s.rounds <= 20)) {
    throw new RangeError('--seconds must be in (0, 120], --concurrency in [1, 4096], --rounds in [1, 20]');
  }
  return s;
}

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Runs one of scripts/cassandra/*.sh; resolves with its stdout, rejects with its stderr. */
function script(name: string, args: string[], env: Record<string, string>): Promise<string> {
  const child = spawn('bash', [`${ROOT}scripts/cassandra/${name}`, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  return new Promise((resolve, reject) =>
    child.once('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`scripts/cassandra/${name} failed (${code}): ${err.trim()}`)))),
  );
}

/** CHORUS_CASSANDRA, or a node of our own that stop() removes again. */
async function cassandraNode(): Promise<{ contact: string; stop(): Promise<void> }> {
  const given = process.env['CHORUS_CASSANDRA'];
  if (given) return { contact: given, stop: async () => undefined };
  const port = process.env['CHORUS_BENCH_CASSANDRA_PORT'] ?? '9342';
  console.error(`scylla_append: CHORUS_CASSANDRA is not set; starting Cassandra on port ${port} with scripts/cassandra/start.sh`);
  const out = await script('start.sh', [], { CASSANDRA_PORT: port });
  if (!/^CASSANDRA_DIR=/m.test(out)) throw new Error(`start.sh printed no CASSANDRA_DIR line: ${out}`);
  const dir = /^CASSANDRA_DIR=(.+)$/m.exec(out)![1]!;
  return { contact: `127.0.0.1:${port}`, stop: async () => void (await script('stop.sh', [dir], {})) };
}

const dc = process.env['CHORUS_CASSANDRA_DC'] ?? 'dc1';
/** The message columns of the other entry kinds, left without cells as the store does for text. */
const UNSET6 = Array.from({ length: 6 }, () => UNSET);
const text = 'x'.repeat(100);

/** Each worker is the only writer of its conversation; seqs continue across rounds. */
function makeWorkers(variant: string, concurrency: number): Array<{ conversationId: string; seq: number }> {
  return Array.from({ length: concurrency }, (_, w) => ({ conversationId: `bench.${variant}.${w}`, seq: 0 }));
}

async function drive(append: AppendFn, workers: Array<{ conversationId: string; seq: number }>, ms: number): Promise<Stats> {
  const latenciesMs: number[] = [];
  const start = performance.now();
  const deadline = start + ms;
  await Promise.all(
    workers.map(async (w) => {
      while (performance.now() < deadline) {
        w.seq++;
        const m: MessageRecord = {
          conversationId: w.conversationId,
          seq: w.seq,
          senderId: 'bench',
          senderDevice: 'd1',
          clientId: `c${w.seq}`,
          sentAt: Date.now(),
          text,
          kind: 'text',
          refSeq: 0,
          editedAt: 0,
          deleted: false,
          meta: '',
        };
        const t0 = performance.now();
        await append(m);
        latenciesMs.push(performance.now() - t0);
      }
    }),
  );
  return { appends: latenciesMs.length, elapsedMs: performance.now() - start, latenciesMs };
}

function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

function summarize(variant: string, parts: Stats[]): Result {
  const all = parts.flatMap((p) => p.latenciesMs).sort((a, b) => a - b);
  const appends = parts.reduce((n, p) => n + p.appends, 0);
  const secs = parts.reduce((n, p) => n + p.elapsedMs, 0) / 1000;
  return { variant, appends, seconds: secs, appendsPerSec: appends / secs, p50Ms: quantile(all, 0.5), p99Ms: quantile(all, 0.99) };
}

function line(r: Result, concurrency: number): string {
  return (
    `scylla_append variant=${r.variant.padEnd(12)} concurrency=${concurrency} seconds=${r.seconds.toFixed(1)} ` +
    `appends=${r.appends} appends_per_s=${r.appendsPerSec.toFixed(0)} p50_ms=${r.p50Ms.toFixed(2)} p99_ms=${r.p99Ms.toFixed(2)}`
  );
}

/** The `scylla` scenario of bench/run.ts. */
export async function run(argv: string[]): Promise<void> {
  const { seconds, concurrency, rounds } = settings(argv);
  const node = await cassandraNode();
  try {
    await measure(node.contact, seconds, concurrency, rounds);
  } finally {
    await node.stop();
  }
}

async function measure(contact: string, seconds: number, concurrency: number, rounds: number): Promise<void> {
  const keyspace = `chorus_bench_${Date.now().toString(36)}`;
  const admin = createScyllaClient({ contactPoints: [contact], localDataCenter: dc, consistency: 'LOCAL_ONE', requestTimeoutMs: 30_000 });
  await migrate(admin, { keyspace, replication: { class: 'SimpleStrategy', replicationFactor: 1 } });

  const store = await ScyllaStore.open({
    contactPoints: [contact],
    localDataCenter: dc,
    keyspace,
    consistency: 'LOCAL_ONE',
    maxConcurrentRequests: Math.max(512, concurrency * 4),
  });
  const bare = new cassandra.Client({
    contactPoints: [contact],
    localDataCenter: dc,
    queryOptions: { consistency: cassandra.types.consistencies.localOne, prepare: true },
  });
  await bare.connect();
  const s = storeStatements(keyspace);
  const o = { prepare: true, isIdempotent: true };
  // The rows the store writes for a text message: the message (no cells for other kinds' columns),
  // the client-id row, and the conversation's activity marker in the same batch as the message.
  const messageAndActivity = (m: MessageRecord) =>
    bare.batch(
      [
        { query: s.insertMessage, params: [m.conversationId, bucketOf(m.seq), m.seq, m.senderId, m.senderDevice, m.clientId, m.sentAt, m.text, ...UNSET6] },
        { query: s.touch, params: [m.sentAt, m.sentAt, m.conversationId] },
      ],
      { ...o, logged: false },
    );
  const bareAppend: AppendFn = (m) =>
    Promise.all([messageAndActivity(m), bare.execute(s.insertClientId, [m.conversationId, m.senderId, m.clientId, m.seq], o)]);
  // The bare driver doing the store's own work: the conflict read beside the client-id row, then the batch.
  const checkedAppend: AppendFn = async (m) => {
    const [taken] = await Promise.all([
      bare.execute(s.seqTaken, [m.conversationId, bucketOf(m.seq), m.seq, m.seq], o),
      bare.execute(s.insertClientId, [m.conversationId, m.senderId, m.clientId, m.seq], o),
    ]);
    if (taken.rowLength > 0) throw new Error(`seq ${m.seq} taken`);
    await messageAndActivity(m);
  };
  const storeAppend: AppendFn = (m) => store.append([m]);

  try {
    const variants: Array<{ name: string; append: AppendFn; workers: ReturnType<typeof makeWorkers>; parts: Stats[] }> = [
      { name: 'driver', append: bareAppend, workers: makeWorkers('driver', concurrency), parts: [] },
      { name: 'store', append: storeAppend, workers: makeWorkers('store', concurrency), parts: [] },
      { name: 'driver+check', append: checkedAppend, workers: makeWorkers('checked', concurrency), parts: [] },
    ];
    for (const v of variants) await drive(v.append, v.workers, WARMUP_MS);
    const perRound = (seconds * 1000) / rounds;
    for (let r = 0; r < rounds; r++) {
      for (const v of variants) v.parts.push(await drive(v.append, v.workers, perRound));
    }
    const results = variants.map((v) => summarize(v.name, v.parts));
    for (const r of results) console.log(line(r, concurrency));
    const [driver, ours, checked] = results as [Result, Result, Result];
    const ratio = ours.appendsPerSec / driver.appendsPerSec;
    const layerRatio = ours.appendsPerSec / checked.appendsPerSec;
    console.log(`scylla_append ratio store/driver=${ratio.toFixed(3)} target>=${TARGET_RATIO.toFixed(2)} ${ratio >= TARGET_RATIO ? 'met' : 'missed'}`);
    console.log(`scylla_append ratio store/driver+check=${layerRatio.toFixed(3)}`);
    report(
      'scylla_append',
      {
        concurrency,
        seconds_per_variant: seconds,
        rounds,
        store_per_s: ours.appendsPerSec,
        store_p50_ms: ours.p50Ms,
        store_p99_ms: ours.p99Ms,
        driver_per_s: driver.appendsPerSec,
        driver_p50_ms: driver.p50Ms,
        driver_p99_ms: driver.p99Ms,
        checked_per_s: checked.appendsPerSec,
        checked_p50_ms: checked.p50Ms,
        checked_p99_ms: checked.p99Ms,
        store_over_driver: ratio,
        store_over_checked: layerRatio,
        target: TARGET_RATIO,
        met: ratio >= TARGET_RATIO,
      },
      [
        `backend: Cassandra 5.0 single node at ${contact}, LOCAL_ONE, loopback, sharing the machine with this client`,
        `one ${text.length}-byte message per append; each of ${concurrency} workers is the single writer of its conversation`,
      ],
    );
  } finally {
    await store.close();
    await bare.shutdown();
    await admin.execute(`DROP KEYSPACE IF EXISTS ${keyspace}`);
    await shutdownScyllaClient(admin);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await run(process.argv.slice(2));
