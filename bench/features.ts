import { performance } from 'node:perf_hooks';
import { cpuSecondsOf, percentiles, report } from './lib/report.js';
import { startBenchServer } from './lib/server.js';
import { WireSession } from './lib/wire.js';

/**
 * Costs of two conversation features on one real server process:
 *
 * presence — W watchers each have a direct chat with one subject and watch its presence. The
 * subject connects and disconnects C times (grace period 0); each change is one publish to the
 * subject's presence topic, fanned out by uWS to the W watching sockets. Reported: the time from
 * the subject's Welcome (or close) until every watcher has the change, and server CPU per
 * delivered presence frame.
 *
 * receipts — P readers acknowledge ("read") a conversation's messages one seq at a time with up
 * to 32 receipts in flight each, for S seconds. Each receipt is a durable cursor write (device and
 * member cursor, one SQLite transaction) plus a push to the members when the member's cursor moves.
 */
function opt(args: string[], name: string, def: number): number {
  return Number(args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? def);
}

async function presence(args: string[]): Promise<void> {
  const quick = args.includes('--quick');
  const watchers = opt(args, 'watchers', quick ? 200 : 2000);
  const changes = opt(args, 'changes', quick ? 10 : 40);
  const server = await startBenchServer(['--presence-grace-ms', '0', '--sqlite-sync', 'NORMAL']);
  try {
    const subjectToken = await server.issuer.issue('subject');
    const sessions: WireSession[] = [];
    let got = 0;
    for (let i = 0; i < watchers; i++) {
      const w = await WireSession.open(server.url, await server.issuer.issue(`watcher${i}`), 'd');
      const c = await w.call({ createConversation: { kind: 1, members: ['subject'] } });
      const r = await w.call({ subscribePresence: { conversationIds: [c.conversation!.id as string] } });
      if (r.body !== 'presenceSnapshot') throw new Error('subscribe failed');
      w.onPush = (f) => {
        if (f.body === 'presence') got++;
      };
      sessions.push(w);
    }
    const lat: number[] = [];
    const cpu0 = cpuSecondsOf(server.pid);
    for (let i = 0; i < changes; i++) {
      const want = got + watchers;
      const t0 = performance.now();
      const s = await WireSession.open(server.url, subjectToken, 'subject-phone');
      while (got < want) await new Promise((r) => setImmediate(r));
      lat.push(performance.now() - t0);
      const want2 = got + watchers;
      const t1 = performance.now();
      s.close();
      while (got < want2) await new Promise((r) => setImmediate(r));
      lat.push(performance.now() - t1);
    }
    const cpu = cpuSecondsOf(server.pid) - cpu0;
    const [p50, p99] = percentiles(lat, [50, 99]);
    report(
      'presence_fanout',
      {
        watchers,
        changes: changes * 2,
        frames_delivered: changes * 2 * watchers,
        fanout_p50_ms: p50!,
        fanout_p99_ms: p99!,
        server_cpu_us_per_frame: (cpu * 1e6) / (changes * 2 * watchers),
      },
      ['latency spans connect/close + one topic publish to all watchers; server CPU includes the subject’s connects and Hello'],
    );
    for (const s of sessions) s.close();
  } finally {
    await server.stop();
  }
}

async function receipts(args: string[]): Promise<void> {
  const quick = args.includes('--quick');
  const readers = opt(args, 'readers', quick ? 4 : 20);
  const seconds = opt(args, 'seconds', quick ? 2 : 10);
  const sync = args.find((a) => a.startsWith('--sqlite-sync='))?.split('=')[1] ?? 'FULL';
  const server = await startBenchServer(['--sqlite-sync', sync]);
  try {
    const pairs: { reader: WireSession; conv: string; last: number }[] = [];
    for (let i = 0; i < readers; i++) {
      const writer = await WireSession.open(server.url, await server.issuer.issue(`rw${i}`), 'd');
      const reader = await WireSession.open(server.url, await server.issuer.issue(`rr${i}`), 'd');
      const conv = (await writer.call({ createConversation: { kind: 1, members: [`rr${i}`] } })).conversation!.id as string;
      const n = 2000;
      for (let k = 0; k < n; k += 200) {
        const window = [];
        for (let j = k; j < k + 200; j++) window.push(writer.call({ send: { conversationId: conv, clientId: `c${j}`, text: 'x' } }));
        for (const f of await Promise.all(window)) if (f.body !== 'ack') throw new Error('setup send refused');
      }
      writer.close();
      pairs.push({ reader, conv, last: n });
    }
    let acked = 0;
    const lat: number[] = [];
    const cpu0 = cpuSecondsOf(server.pid);
    const t0 = performance.now();
    const until = t0 + seconds * 1000;
    await Promise.all(
      pairs.map(async (p) => {
        let seq = 1;
        const lanes = Array.from({ length: 32 }, async () => {
          while (performance.now() < until && seq <= p.last) {
            const s = seq++;
            const start = performance.now();
            const r = await p.reader.call({ receipt: { conversationId: p.conv, seq: s, kind: 2 } });
            if (r.body !== 'receipt') throw new Error(`receipt refused: ${JSON.stringify(r.toJSON())}`);
            lat.push(performance.now() - start);
            acked++;
          }
        });
        await Promise.all(lanes);
      }),
    );
    const wall = (performance.now() - t0) / 1000;
    const cpu = cpuSecondsOf(server.pid) - cpu0;
    const [p50, p99] = percentiles(lat, [50, 99]);
    report(
      'receipts',
      {
        sqlite_sync: sync,
        readers,
        receipts: acked,
        receipts_per_sec: acked / wall,
        p50_ms: p50!,
        p99_ms: p99!,
        server_cpu_pct: (cpu / wall) * 100,
      },
      ['one durable cursor transaction per receipt (no batching yet); each moves the member cursor and pushes a ReceiptUpdate to the members'],
    );
    for (const p of pairs) p.reader.close();
  } finally {
    await server.stop();
  }
}

export async function run(args: string[]): Promise<void> {
  await presence(args);
  await receipts(args);
}
