/**
 * Append throughput of ScyllaStore against the bare cassandra-driver writing the same rows.
 *
 * Measures: closed-loop appends of one small message (~100 bytes of text) per call, `concurrency`
 * callers at once, each the single writer of its own conversation (as conversation actors are).
 *   store:  ScyllaStore.append() — validation, the seq-conflict read, the client-id row, the
 *           message row (and a bucket marker once per 1000 messages).
 *   driver: the same two rows (message, client-id) as prepared, idempotent INSERTs issued in
 *           parallel on a bare cassandra-driver Client; no validation, no conflict read.
 * The variants run in alternating rounds against a fresh keyspace, after a warm-up each.
 *
 * Does not measure: a real ScyllaDB (this is Cassandra 5.0 on the same 2 cores as the client),
 * replication (one node, LOCAL_ONE), network latency (loopback), batches of several messages, reads.
 *
 *   node dist/bench/scylla_append.js [--seconds 15] [--concurrency 32] [--rounds 3]
 *   (CHORUS_CASSANDRA=127.0.0.1:9042, CHORUS_CASSANDRA_DC=dc1)
 * Prints one fixed-format line per variant and one ratio line; writes bench/results/scylla_append.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import cassandra from 'cassandra-driver';
import type { MessageRecord } from '../lib/storage/store.js';
import { migrate } from '../lib/storage/scylla_migrate.js';
import { bucketOf, storeStatements } from '../lib/storage/scylla_schema.js';
import { createScyllaClient } from '../lib/storage/scylla_session.js';
import { ScyllaStore } from '../lib/storage/scylla_store.js';

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

const { values: args } = parseArgs({
  options: {
    seconds: { type: 'string', default: '15' },
    concurrency: { type: 'string', default: '32' },
    rounds: { type: 'string', default: '3' },
  },
});
const seconds = Number(args.seconds);
const concurrency = Number(args.concurrency);
const rounds = Number(args.rounds);
if (!(seconds > 0 && seconds <= 120) || !(concurrency >= 1 && concurrency <= 4096) || !(rounds >= 1 && rounds <= 20)) {
  throw new RangeError('--seconds must be in (0, 120], --concurrency in [1, 4096], --rounds in [1, 20]');
}
const contact = process.env['CHORUS_CASSANDRA'];
if (!contact) throw new Error('CHORUS_CASSANDRA is not set (start a node with scripts/cassandra/start.sh)');
const dc = process.env['CHORUS_CASSANDRA_DC'] ?? 'dc1';
const keyspace = `chorus_bench_${Date.now().toString(36)}`;
const text = 'x'.repeat(100);

/** Each worker is the only writer of its conversation; seqs continue across rounds. */
function makeWorkers(variant: string): Array<{ conversationId: string; seq: number }> {
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

function line(r: Result): string {
  return (
    `scylla_append variant=${r.variant.padEnd(12)} concurrency=${concurrency} seconds=${r.seconds.toFixed(1)} ` +
    `appends=${r.appends} appends_per_s=${r.appendsPerSec.toFixed(0)} p50_ms=${r.p50Ms.toFixed(2)} p99_ms=${r.p99Ms.toFixed(2)}`
  );
}

async function main(): Promise<void> {
  const admin = createScyllaClient({ contactPoints: [contact!], localDataCenter: dc, consistency: 'LOCAL_ONE', requestTimeoutMs: 30_000 });
  await migrate(admin, { keyspace, replication: { class: 'SimpleStrategy', replicationFactor: 1 } });

  const store = await ScyllaStore.open({
    contactPoints: [contact!],
    localDataCenter: dc,
    keyspace,
    consistency: 'LOCAL_ONE',
    maxConcurrentRequests: Math.max(512, concurrency * 4),
  });
  const bare = new cassandra.Client({
    contactPoints: [contact!],
    localDataCenter: dc,
    queryOptions: { consistency: cassandra.types.consistencies.localOne, prepare: true },
  });
  await bare.connect();
  const s = storeStatements(keyspace);
  const bareAppend: AppendFn = (m) =>
    Promise.all([
      bare.execute(s.insertMessage, [m.conversationId, bucketOf(m.seq), m.seq, m.senderId, m.senderDevice, m.clientId, m.sentAt, m.text], {
        prepare: true,
        isIdempotent: true,
      }),
      bare.execute(s.insertClientId, [m.conversationId, m.senderId, m.clientId, m.seq], { prepare: true, isIdempotent: true }),
    ]);
  // The bare driver doing the store's own work: the conflict read, then the two writes.
  const checkedAppend: AppendFn = async (m) => {
    const [taken] = await Promise.all([
      bare.execute(s.seqTaken, [m.conversationId, bucketOf(m.seq), m.seq, m.seq], { prepare: true, isIdempotent: true }),
      bare.execute(s.insertClientId, [m.conversationId, m.senderId, m.clientId, m.seq], { prepare: true, isIdempotent: true }),
    ]);
    if (taken.rowLength > 0) throw new Error(`seq ${m.seq} taken`);
    await bare.execute(s.insertMessage, [m.conversationId, bucketOf(m.seq), m.seq, m.senderId, m.senderDevice, m.clientId, m.sentAt, m.text], {
      prepare: true,
      isIdempotent: true,
    });
  };
  const storeAppend: AppendFn = (m) => store.append([m]);

  try {
    const variants: Array<{ name: string; append: AppendFn; workers: ReturnType<typeof makeWorkers>; parts: Stats[] }> = [
      { name: 'driver', append: bareAppend, workers: makeWorkers('driver'), parts: [] },
      { name: 'store', append: storeAppend, workers: makeWorkers('store'), parts: [] },
      { name: 'driver+check', append: checkedAppend, workers: makeWorkers('checked'), parts: [] },
    ];
    for (const v of variants) await drive(v.append, v.workers, WARMUP_MS);
    const perRound = (seconds * 1000) / rounds;
    for (let r = 0; r < rounds; r++) {
      for (const v of variants) v.parts.push(await drive(v.append, v.workers, perRound));
    }
    const results = variants.map((v) => summarize(v.name, v.parts));
    for (const r of results) console.log(line(r));
    const [driver, ours, checked] = results as [Result, Result, Result];
    const ratio = ours.appendsPerSec / driver.appendsPerSec;
    const layerRatio = ours.appendsPerSec / checked.appendsPerSec;
    console.log(`scylla_append ratio store/driver=${ratio.toFixed(3)} target>=${TARGET_RATIO.toFixed(2)} ${ratio >= TARGET_RATIO ? 'met' : 'missed'}`);
    console.log(`scylla_append ratio store/driver+check=${layerRatio.toFixed(3)}`);

    const out = new URL('./results/scylla_append.json', import.meta.url.replace('/dist/bench/', '/bench/'));
    mkdirSync(new URL('.', out), { recursive: true });
    writeFileSync(
      out,
      `${JSON.stringify(
        {
          bench: 'scylla_append',
          at: new Date().toISOString(),
          backend: 'cassandra-5.0 single node, LOCAL_ONE, loopback',
          concurrency,
          secondsPerVariant: seconds,
          rounds,
          messageTextBytes: text.length,
          results,
          ratio,
          targetRatio: TARGET_RATIO,
          storeOverDriverWithCheck: layerRatio,
        },
        null,
        2,
      )}\n`,
    );
  } finally {
    await store.close();
    await bare.shutdown();
    await admin.execute(`DROP KEYSPACE IF EXISTS ${keyspace}`);
    await admin.shutdown();
  }
}

await main();
