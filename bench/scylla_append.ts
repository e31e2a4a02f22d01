/**
 * Append throughput of ScyllaStore against the bare cassandra-driver writing the same rows.
 *
 * Measures closed-loop sends of one small message (~100 bytes of text) each, in two modes:
 *   single: `concurrency` senders, each the only writer of its own conversation; one append per send.
 *   group:  `concurrency` conversations with `senders` senders each; like the conversation actor,
 *           each conversation appends one batch at a time of every send queued meanwhile (group
 *           commit), so a batch holds 1..senders messages.
 * Variants (each on its own conversations):
 *   store:        ScyllaStore.append() without fence (single process): validation, the seq read,
 *                 the client-id rows, the messages with the activity marker.
 *   driver:       the same rows on a bare cassandra-driver Client (client-id rows beside one unlogged
 *                 batch of the messages and the activity marker); no validation, no read.
 *   driver+check: (single) the bare driver doing the unfenced store's I/O: the read beside the
 *                 client-id row, then the batch.
 *   store+fence:  the cluster path: claimOwner() once per conversation, then append(batch, { epoch }):
 *                 the entries, their client-id rows and the activity marker in one plain batch, then
 *                 the read of the owner epoch (write-then-verify, schema 4; no LWT).
 *   driver+verify: the bare driver doing the fenced store's I/O.
 *   driver+lwt:   the bare driver doing the fenced append of schema 3, the one write-then-verify
 *                 replaced (claim, raise-ahead, one conditional batch per append and bucket, the
 *                 activity marker): the "before" of the cluster path.
 * Every variant also reports the requests it sent per append and per message, by kind (read, plain
 * write or batch, LWT), counted at the driver (the store's storeRequestCounts(); a counting wrapper
 * for the bare driver).
 * The variants of a mode run in alternating rounds against a fresh keyspace, after a warm-up each.
 *
 * Does not measure: a real ScyllaDB (this is Cassandra 5.0 on the same 2 cores as the client; its
 * Paxos takes more round trips than ScyllaDB's), replication (one node, LOCAL_ONE / LOCAL_SERIAL),
 * network latency (loopback), fan-out, reads.
 *
 *   npm run bench -- scylla [--quick] [--seconds=15] [--concurrency=32] [--senders=4] [--rounds=3] [--modes=single,group]
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
import { createScyllaClient, requestKind, shutdownScyllaClient, storeRequestCounts, type StoreRequestKind, UNSET } from '../lib/storage/scylla_session.js';
import { ScyllaStore } from '../lib/storage/scylla_store.js';
import { loadAverage } from './lib/procstat.js';
import { report } from './lib/report.js';

const TARGET_RATIO = 0.8;
const WARMUP_MS = 2000;

interface Settings {
  seconds: number;
  concurrency: number;
  senders: number;
  rounds: number;
  modes: Mode[];
}

function settings(argv: string[]): Settings {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: 'boolean', default: false },
      seconds: { type: 'string' },
      concurrency: { type: 'string', default: '32' },
      senders: { type: 'string', default: '4' },
      rounds: { type: 'string' },
      modes: { type: 'string', default: 'single,group' },
    },
  });
  const s: Settings = {
    seconds: Number(values.seconds ?? (values.quick ? '6' : '15')),
    concurrency: Number(values.concurrency),
    senders: Number(values.senders),
    rounds: Number(values.rounds ?? (values.quick ? '2' : '3')),
    modes: values.modes.split(',').map((m) => m.trim()) as Mode[],
  };
  if (!(s.seconds > 0 && s.seconds <= 120) || !(s.concurrency >= 1 && s.concurrency <= 4096) || !(s.rounds >= 1 && s.rounds <= 20)) {
    throw new RangeError('--seconds must be in (0, 120], --concurrency in [1, 4096], --rounds in [1, 20]');
  }
  if (!(Number.isInteger(s.senders) && s.senders >= 1 && s.senders <= MAX_BATCH)) throw new RangeError(`--senders must be in [1, ${MAX_BATCH}]`);
  if (s.modes.length === 0 || !s.modes.every((m) => m === 'single' || m === 'group')) throw new RangeError('--modes is a list of single and group');
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
/** The conversation actor's batch cap (lib/chat/conversation.ts). */
const MAX_BATCH = 256;

type Mode = 'single' | 'group';

function message(conversationId: string, seq: number): MessageRecord {
  return {
    conversationId,
    seq,
    senderId: 'bench',
    senderDevice: 'd1',
    clientId: `c${seq}`,
    sentAt: Date.now(),
    text,
    kind: 'text',
    refSeq: 0,
    editedAt: 0,
    deleted: false,
    meta: '',
  };
}

/** One conversation's writer: one append at a time, of everything sent meanwhile (group commit). */
class Conversation {
  private queue: Array<{ resolve(): void; reject(err: unknown): void }> = [];
  private flushing = false;
  private seq = 0;
  appends = 0;

  constructor(
    readonly id: string,
    private readonly append: (batch: MessageRecord[]) => Promise<unknown>,
  ) {}

  send(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.queue.push({ resolve, reject });
      if (!this.flushing) void this.flush();
    });
  }

  private async flush(): Promise<void> {
    this.flushing = true;
    while (this.queue.length > 0) {
      const waiting = this.queue.splice(0, MAX_BATCH);
      const batch = waiting.map((_, i) => message(this.id, this.seq + 1 + i));
      try {
        await this.append(batch);
        this.seq += batch.length;
        this.appends++;
        for (const w of waiting) w.resolve();
      } catch (err) {
        for (const w of waiting) w.reject(err);
      }
    }
    this.flushing = false;
  }
}

type Requests = Record<StoreRequestKind, number>;

interface Stats {
  sends: number;
  appends: number;
  elapsedMs: number;
  latenciesMs: number[];
  requests: Requests;
}

interface Result {
  variant: string;
  mode: Mode;
  sends: number;
  appends: number;
  seconds: number;
  /** Messages stored per second (what the cluster needs); appendsPerSec counts append() calls. */
  messagesPerSec: number;
  appendsPerSec: number;
  p50Ms: number;
  p99Ms: number;
  /** Requests sent to the database per append() call and per message, by kind. */
  perAppend: Requests;
  perMessage: Requests;
}

const KINDS: readonly StoreRequestKind[] = ['read', 'write', 'lwt'];
const minus = (a: Requests, b: Requests): Requests => ({ read: a.read - b.read, write: a.write - b.write, lwt: a.lwt - b.lwt });

async function drive(conversations: Conversation[], senders: number, ms: number, requests: () => Requests): Promise<Stats> {
  const sentBefore = requests();
  const latenciesMs: number[] = [];
  const appendsBefore = conversations.reduce((n, c) => n + c.appends, 0);
  const start = performance.now();
  const deadline = start + ms;
  await Promise.all(
    conversations.flatMap((c) =>
      Array.from({ length: senders }, async () => {
        while (performance.now() < deadline) {
          const t0 = performance.now();
          await c.send();
          latenciesMs.push(performance.now() - t0);
        }
      }),
    ),
  );
  const appends = conversations.reduce((n, c) => n + c.appends, 0) - appendsBefore;
  return { sends: latenciesMs.length, appends, elapsedMs: performance.now() - start, latenciesMs, requests: minus(requests(), sentBefore) };
}

function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

function summarize(variant: string, mode: Mode, parts: Stats[]): Result {
  const all = parts.flatMap((p) => p.latenciesMs).sort((a, b) => a - b);
  const sends = parts.reduce((n, p) => n + p.sends, 0);
  const appends = parts.reduce((n, p) => n + p.appends, 0);
  const secs = parts.reduce((n, p) => n + p.elapsedMs, 0) / 1000;
  const total = (k: StoreRequestKind) => parts.reduce((n, p) => n + p.requests[k], 0);
  const per = (d: number): Requests => ({ read: total('read') / d, write: total('write') / d, lwt: total('lwt') / d });
  return {
    variant,
    mode,
    sends,
    appends,
    seconds: secs,
    messagesPerSec: sends / secs,
    appendsPerSec: appends / secs,
    p50Ms: quantile(all, 0.5),
    p99Ms: quantile(all, 0.99),
    perAppend: per(Math.max(1, appends)),
    perMessage: per(Math.max(1, sends)),
  };
}

function line(r: Result, concurrency: number, senders: number): string {
  return (
    `scylla_append mode=${r.mode.padEnd(6)} variant=${r.variant.padEnd(12)} conversations=${concurrency} senders=${senders} ` +
    `seconds=${r.seconds.toFixed(1)} messages=${r.sends} messages_per_s=${r.messagesPerSec.toFixed(0)} appends_per_s=${r.appendsPerSec.toFixed(0)} ` +
    `batch=${(r.sends / Math.max(1, r.appends)).toFixed(2)} p50_ms=${r.p50Ms.toFixed(2)} p99_ms=${r.p99Ms.toFixed(2)} ` +
    `requests_per_append=${KINDS.map((k) => `${k}:${r.perAppend[k].toFixed(2)}`).join(',')} ` +
    `requests_per_message=${(r.perMessage.read + r.perMessage.write + r.perMessage.lwt).toFixed(2)} lwt_per_message=${r.perMessage.lwt.toFixed(2)}`
  );
}

/** The `scylla` scenario of bench/run.ts. */
export async function run(argv: string[]): Promise<void> {
  const o = settings(argv);
  const node = await cassandraNode();
  try {
    await measure(node.contact, o);
  } finally {
    await node.stop();
  }
}

type AppendFn = (batch: MessageRecord[]) => Promise<unknown>;
interface Variant {
  name: string;
  /** Requests sent so far by what this variant uses (the store's or the bare driver's). */
  requests(): Requests;
  /** Prepares a conversation (claims it, for the fenced variants) and returns its append. */
  open(conversationId: string): Promise<AppendFn>;
}

/**
 * The statements of the fenced append of schema 3 (an LWT per append and bucket, on the tables schema
 * 4 leaves in place), for the `driver+lwt` variant: the cost the write-then-verify path removed.
 */
function legacyStatements(ks: string) {
  return {
    claimFirst: `INSERT INTO ${ks}.conversation_owners (conversation_id, epoch, owner_id, claimed_at) VALUES (?, 1, ?, toTimestamp(now())) IF NOT EXISTS`,
    raiseEpoch: `UPDATE ${ks}.messages SET owner_epoch = ? WHERE conversation_id = ? AND bucket = ? IF owner_epoch = ?`,
    fence: `UPDATE ${ks}.messages SET owner_epoch = ?, effects_from = ?, effects_to = ?, effects_at = ? WHERE conversation_id = ? AND bucket = ? IF owner_epoch = ?`,
    insertMessageIfAbsent: `INSERT INTO ${ks}.messages (conversation_id, bucket, seq, sender_id, sender_device, client_id, sent_at, text, kind, ref_seq, edited_at, deleted, meta, edit_seqs) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) IF NOT EXISTS`,
  } as const;
}

async function measure(contact: string, o: Settings): Promise<void> {
  const keyspace = `chorus_bench_${Date.now().toString(36)}`;
  const admin = createScyllaClient({ contactPoints: [contact], localDataCenter: dc, consistency: 'LOCAL_ONE', requestTimeoutMs: 30_000 });
  await migrate(admin, { keyspace, replication: { class: 'SimpleStrategy', replicationFactor: 1 } });

  const store = await ScyllaStore.open({
    contactPoints: [contact],
    localDataCenter: dc,
    keyspace,
    consistency: 'LOCAL_ONE',
    serialConsistency: 'LOCAL_SERIAL',
    maxConcurrentRequests: Math.max(512, o.concurrency * o.senders * 4),
  });
  const bare = new cassandra.Client({
    contactPoints: [contact],
    localDataCenter: dc,
    queryOptions: { consistency: cassandra.types.consistencies.localOne, serialConsistency: cassandra.types.consistencies.localSerial, prepare: true },
  });
  await bare.connect();
  // What the bare driver sends, counted like the store's requests.
  const bareSent: Requests = { read: 0, write: 0, lwt: 0 };
  const exec = (query: string, params: unknown[], options: cassandra.QueryOptions) => {
    bareSent[requestKind(query)]++;
    return bare.execute(query, params, options);
  };
  const sendBatch = (queries: Array<{ query: string; params: unknown[] }>, options: cassandra.QueryOptions) => {
    bareSent[queries.some((q) => requestKind(q.query) === 'lwt') ? 'lwt' : 'write']++;
    return bare.batch(queries, options);
  };
  const storeSent = () => ({ ...storeRequestCounts() });
  const driverSent = () => ({ ...bareSent });
  const s = storeStatements(keyspace);
  const idem = { prepare: true, isIdempotent: true };
  const once = { prepare: true, isIdempotent: false };
  const row = (m: MessageRecord) => [m.conversationId, bucketOf(m.seq), m.seq, m.senderId, m.senderDevice, m.clientId, m.sentAt, m.text, ...UNSET6];
  const entry = (m: MessageRecord, epoch: number) => [m.conversationId, bucketOf(m.seq), m.seq, epoch, m.senderId, m.senderDevice, m.clientId, m.sentAt, m.text, ...UNSET6, UNSET, UNSET];
  const old = legacyStatements(keyspace);
  const touch = (batch: MessageRecord[]) => {
    const last = batch[batch.length - 1]!;
    return { query: s.touch, params: [last.sentAt, last.sentAt, last.conversationId] };
  };
  const clientIds = (batch: MessageRecord[]) =>
    Promise.all(batch.map((m) => exec(s.insertClientId, [m.conversationId, m.senderId, m.clientId, m.seq], idem)));
  // The rows the store writes for text messages: the messages (no cells for other kinds' columns),
  // the client-id rows, and the conversation's activity marker in the same batch as the messages.
  const messagesAndActivity = (batch: MessageRecord[]) =>
    sendBatch([...batch.map((m) => ({ query: s.insertEntry, params: entry(m, 0) })), touch(batch)], { ...idem, logged: false });
  const bareAppend: AppendFn = (batch) => Promise.all([messagesAndActivity(batch), clientIds(batch)]);
  // The bare driver doing the unfenced store's own work: the seq read beside the client-id rows, then the batch.
  const checkedAppend: AppendFn = async (batch) => {
    const first = batch[0]!;
    const last = batch[batch.length - 1]!;
    const [taken] = await Promise.all([exec(s.seqTaken, [first.conversationId, bucketOf(first.seq), first.seq, last.seq], idem), clientIds(batch)]);
    if (taken.rowLength > 0) throw new Error(`seq ${first.seq} taken`);
    await messagesAndActivity(batch);
  };
  // The bare driver doing the fenced store's work: claim (owner row, raise buckets 0 and 1), then per
  // append the client-id rows, a raise of bucket n+2 before the first write into bucket n+1, one
  // conditional batch per bucket, and the activity marker.
  const raise = async (cid: string, bucket: number, epoch: number) => {
    const rs = await exec(old.raiseEpoch, [epoch, cid, bucket, null], once);
    if (!rs.wasApplied()) throw new Error(`raise of ${cid}/${bucket} refused`);
  };
  const fencedDriver: Variant = {
    name: 'driver+lwt',
    requests: driverSent,
    async open(cid) {
      const claimed = await exec(old.claimFirst, [cid, 'bench'], once);
      if (!claimed.wasApplied()) throw new Error(`claim of ${cid} refused`);
      const epoch = 1;
      await Promise.all([raise(cid, 0, epoch), raise(cid, 1, epoch)]);
      let raisedThrough = 1;
      return async (batch) => {
        await clientIds(batch);
        const byBucket = new Map<number, MessageRecord[]>();
        for (const m of batch) {
          const b = bucketOf(m.seq);
          byBucket.set(b, [...(byBucket.get(b) ?? []), m]);
        }
        const top = Math.max(...byBucket.keys());
        for (; raisedThrough < top + 1; raisedThrough++) await raise(cid, raisedThrough + 1, epoch);
        for (const [b, part] of byBucket) {
          const rs = await sendBatch(
            [
              { query: old.fence, params: [epoch, UNSET, UNSET, UNSET, cid, b, epoch] },
              ...part.map((m) => ({ query: old.insertMessageIfAbsent, params: row(m) })),
            ],
            { ...once, logged: false },
          );
          if (!rs.wasApplied()) throw new Error(`fenced batch of ${cid} refused`);
        }
        await exec(touch(batch).query, touch(batch).params, idem);
      };
    },
  };
  // The bare driver doing the fenced store's work (schema 4): the claim through the store, then per
  // append one plain batch of the entries, their client-id rows and the activity marker, the verify read.
  const verifiedDriver: Variant = {
    name: 'driver+verify',
    requests: driverSent,
    async open(cid) {
      const epoch = await store.claimOwner(cid, 'bench');
      return async (b) => {
        const ids = b.map((m) => ({ query: s.insertClientId, params: [m.conversationId, m.senderId, m.clientId, m.seq] }));
        await sendBatch([...b.map((m) => ({ query: s.insertEntry, params: entry(m, epoch) })), ...ids, touch(b)], { ...idem, logged: false });
        const rs = await exec(s.owner, [cid], idem);
        if (Number(rs.first()?.['current_epoch']) !== epoch) throw new Error(`${cid} is no longer at epoch ${epoch}`);
      };
    },
  };
  const fencedStore: Variant = {
    name: 'store+fence',
    requests: storeSent,
    async open(cid) {
      const epoch = await store.claimOwner(cid, 'bench');
      return (batch) => store.append(batch, { epoch });
    },
  };
  const plain = (name: string, append: AppendFn, requests: () => Requests): Variant => ({ name, requests, open: async () => append });
  const variantsOf: Record<Mode, Variant[]> = {
    single: [
      plain('driver', bareAppend, driverSent),
      plain('store', (b) => store.append(b), storeSent),
      plain('driver+check', checkedAppend, driverSent),
      fencedDriver,
      verifiedDriver,
      fencedStore,
    ],
    group: [plain('driver', bareAppend, driverSent), plain('store', (b) => store.append(b), storeSent), fencedDriver, verifiedDriver, fencedStore],
  };

  const load = [loadAverage()];
  const results: Result[] = [];
  try {
    for (const mode of o.modes) {
      const senders = mode === 'single' ? 1 : o.senders;
      const runs = await Promise.all(
        variantsOf[mode].map(async (v) => ({
          v,
          conversations: await Promise.all(
            Array.from({ length: o.concurrency }, async (_, i) => {
              const id = `bench.${mode}.${v.name.replace("+", "_")}.${i}`;
              return new Conversation(id, await v.open(id));
            }),
          ),
          parts: [] as Stats[],
        })),
      );
      for (const r of runs) await drive(r.conversations, senders, WARMUP_MS, r.v.requests);
      const perRound = (o.seconds * 1000) / o.rounds;
      for (let round = 0; round < o.rounds; round++) {
        for (const r of runs) r.parts.push(await drive(r.conversations, senders, perRound, r.v.requests));
      }
      for (const r of runs) {
        const result = summarize(r.v.name, mode, r.parts);
        results.push(result);
        console.log(line(result, o.concurrency, senders));
      }
    }
    load.push(loadAverage());
    const rate = (mode: Mode, variant: string) => results.find((r) => r.mode === mode && r.variant === variant)?.messagesPerSec;
    const figures: Record<string, number | boolean> = { concurrency: o.concurrency, senders: o.senders, seconds_per_variant: o.seconds, rounds: o.rounds };
    const ratio = (name: string, mode: Mode, a: string, b: string, target?: number) => {
      const x = rate(mode, a);
      const y = rate(mode, b);
      if (x === undefined || y === undefined) return;
      const r = x / y;
      figures[name] = r;
      const verdict = target === undefined ? '' : ` target>=${target.toFixed(2)} ${r >= target ? 'met' : 'missed'}`;
      console.log(`scylla_append ratio mode=${mode} ${a}/${b}=${r.toFixed(3)}${verdict}`);
    };
    ratio('store_over_driver', 'single', 'store', 'driver', TARGET_RATIO);
    ratio('store_over_checked', 'single', 'store', 'driver+check');
    ratio('fenced_over_driver', 'single', 'store+fence', 'driver', TARGET_RATIO);
    ratio('fenced_over_verify_driver', 'single', 'store+fence', 'driver+verify');
    ratio('fenced_over_lwt_driver', 'single', 'store+fence', 'driver+lwt');
    ratio('group_store_over_driver', 'group', 'store', 'driver', TARGET_RATIO);
    ratio('group_fenced_over_driver', 'group', 'store+fence', 'driver', TARGET_RATIO);
    ratio('group_fenced_over_verify_driver', 'group', 'store+fence', 'driver+verify');
    ratio('group_fenced_over_lwt_driver', 'group', 'store+fence', 'driver+lwt');
    for (const r of results) {
      const key = `${r.mode === 'group' ? 'group_' : ''}${r.variant.replace('+fence', '_fenced').replace('+check', '_checked').replace('+verify', '_verify').replace('+lwt', '_lwt').replace('driver_checked', 'checked')}`;
      figures[`${key}_per_s`] = r.messagesPerSec;
      figures[`${key}_p50_ms`] = r.p50Ms;
      figures[`${key}_p99_ms`] = r.p99Ms;
      figures[`${key}_requests_per_message`] = r.perMessage.read + r.perMessage.write + r.perMessage.lwt;
      figures[`${key}_lwt_per_message`] = r.perMessage.lwt;
    }
    const single = figures['store_over_driver'];
    if (typeof single === 'number') {
      figures['target'] = TARGET_RATIO;
      figures['met'] = single >= TARGET_RATIO;
    }
    report(
      'scylla_append',
      figures,
      [
        `backend: Cassandra 5.0 single node at ${contact}, LOCAL_ONE and LOCAL_SERIAL, loopback, sharing the machine with this client`,
        `one ${text.length}-byte message per send; single: ${o.concurrency} senders, one conversation each; group: ${o.concurrency} conversations × ${o.senders} senders, group commit`,
        `load average ${load.map((l) => l.toFixed(2)).join(' -> ')}`,
      ],
      { results },
    );
  } finally {
    await store.close();
    await bare.shutdown();
    await admin.execute(`DROP KEYSPACE IF EXISTS ${keyspace}`);
    await shutdownScyllaClient(admin);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await run(process.argv.slice(2));
