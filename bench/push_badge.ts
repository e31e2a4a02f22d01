/**
 * The cost of a push's badge on ScyllaDB: before (the user's unread count recounted over their 50
 * most recently active conversations on every push) and now (UnreadCounter: the user's stored
 * counts, one partition read, plus a recount of the pushed conversation and its write; the full
 * recount happens only on the first push after a receipt).
 *
 * Setup: one user in `conversations` groups with `messages` unread texts each. Measures `rounds`
 * badges each way, alternating, on one connection; prints p50/p99 per badge, the requests each
 * costs, and the ratio.
 *
 * Does not measure: a real ScyllaDB (this is Cassandra 5.0 on the same 2 cores as the client),
 * replication (one node, LOCAL_ONE), network latency (loopback), or the planner's other reads
 * (mute, devices) which are the same either way.
 *
 *   npm run bench -- push_badge [--conversations=50] [--messages=5] [--rounds=40]
 * Needs CHORUS_CASSANDRA (host:port). Writes bench/results/push_badge.json.
 */
import { parseArgs } from 'node:util';
import { scyllaPushStores, unreadTotal } from '../lib/push/mod.js';
import type { MessageRecord } from '../lib/storage/store.js';
import { migrate } from '../lib/storage/scylla_migrate.js';
import { createScyllaClient, ScyllaSession, shutdownScyllaClient } from '../lib/storage/scylla_session.js';
import { ScyllaStore } from '../lib/storage/scylla_store.js';
import { systemClock } from '../lib/time/mod.js';
import { loadAverage } from './lib/procstat.js';
import { percentiles, report } from './lib/report.js';

const CAP = 999;

export async function run(argv: string[]): Promise<void> {
  const { values } = parseArgs({ args: argv, options: { conversations: { type: 'string' }, messages: { type: 'string' }, rounds: { type: 'string' }, quick: { type: 'boolean' } }, strict: false });
  const conversations = Number(values['conversations'] ?? 50);
  const messages = Number(values['messages'] ?? 5);
  const rounds = Number(values['rounds'] ?? (values['quick'] ? 10 : 40));
  const contact = process.env['CHORUS_CASSANDRA'] ?? '';
  if (contact === '') throw new Error('push_badge needs CHORUS_CASSANDRA=host:port');
  const dc = process.env['CHORUS_CASSANDRA_DC'] ?? 'dc1';
  const keyspace = `chorus_bench_badge_${Date.now().toString(36)}`;
  const admin = createScyllaClient({ contactPoints: [contact], localDataCenter: dc, consistency: 'LOCAL_ONE', requestTimeoutMs: 60_000 });
  await migrate(admin, { keyspace, replication: { class: 'SimpleStrategy', replicationFactor: 1 } });
  const connection = { contactPoints: [contact], localDataCenter: dc, consistency: 'LOCAL_ONE' as const, requestTimeoutMs: 20_000 };
  const store = await ScyllaStore.open({ ...connection, keyspace });
  const session = new ScyllaSession(connection);
  await session.connect();
  const { unread } = scyllaPushStores({ session, keyspace, clock: systemClock });
  try {
    const ids: string[] = [];
    for (let c = 0; c < conversations; c++) {
      const id = `g.badge${c}`;
      ids.push(id);
      await store.createConversation({ id, kind: 'group', title: 't', createdBy: 'alice', createdAt: 1, lastActivity: 1 }, [
        { userId: 'alice', role: 'owner', joinedAt: 1, leftSeq: 0 },
        { userId: 'bob', role: 'member', joinedAt: 1, leftSeq: 0 },
      ]);
      await store.append(Array.from({ length: messages }, (_, i) => text(id, i + 1)));
    }
    // Before: every push recounted the user's recent conversations.
    const scan = async (): Promise<number> => {
      let total = 0;
      for (const c of await store.conversationsByActivity('bob', null, 50)) {
        const read = (await store.memberCursors(c.conversationId)).find((x) => x.userId === 'bob')?.read ?? 0;
        total += await store.unreadCount(c.conversationId, 'bob', read, CAP - total);
      }
      return total;
    };
    // Now: the stored counts, and the pushed conversation recounted (the planner's fresh path).
    for (const id of ids) await unread.set('bob', id, messages);
    await unread.setFresh('bob', true);
    const counter = async (round: number): Promise<number> => {
      const id = ids[round % ids.length]!;
      const counts = await unread.read('bob');
      const n = await store.unreadCount(id, 'bob', 0, CAP);
      await unread.set('bob', id, n);
      return unreadTotal(counts, CAP, { conversationId: id, unread: n });
    };
    const expected = Math.min(CAP, conversations * messages);
    const times = { scan: [] as number[], counter: [] as number[] };
    for (let r = -3; r < rounds; r++) {
      for (const [name, fn] of [['scan', scan], ['counter', () => counter(r + 3)]] as const) {
        const t0 = performance.now();
        const badge = await fn();
        const ms = performance.now() - t0;
        if (badge !== expected) throw new Error(`${name} badge ${badge}, expected ${expected}`);
        if (r >= 0) times[name].push(ms);
      }
    }
    const [scan50, scan99] = percentiles(times.scan, [50, 99]);
    const [counter50, counter99] = percentiles(times.counter, [50, 99]);
    const load = loadAverage();
    console.log(`push_badge conversations=${conversations} messages=${messages} rounds=${rounds} load=${load}`);
    console.log(`  scan     p50=${scan50!.toFixed(2)}ms p99=${scan99!.toFixed(2)}ms requests=${1 + 2 * Math.min(50, conversations)}`);
    console.log(`  counter  p50=${counter50!.toFixed(2)}ms p99=${counter99!.toFixed(2)}ms requests=3`);
    report('push_badge', {
      conversations,
      messages,
      rounds,
      scan_p50_ms: scan50!,
      scan_p99_ms: scan99!,
      scan_requests: 1 + 2 * Math.min(50, conversations),
      counter_p50_ms: counter50!,
      counter_p99_ms: counter99!,
      counter_requests: 3,
      speedup_p50: scan50! / counter50!,
      load,
    });
  } finally {
    await session.close();
    await store.close();
    await admin.execute(`DROP KEYSPACE IF EXISTS ${keyspace}`);
    await shutdownScyllaClient(admin);
  }
}

function text(conversationId: string, seq: number): MessageRecord {
  return { conversationId, seq, senderId: 'alice', senderDevice: 'p', clientId: `c${seq}`, sentAt: 1_700_000_000_000 + seq, text: `message ${seq}`, kind: 'text', refSeq: 0, editedAt: 0, deleted: false, meta: '' };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  run(process.argv.slice(2)).then(
    () => process.exit(0),
    (err: unknown) => {
      console.error(err);
      process.exit(1);
    },
  );
}
