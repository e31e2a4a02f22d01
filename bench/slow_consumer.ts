import { type ChildProcess, fork } from 'node:child_process';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CloseCode, PROTOCOL_VERSION } from '../lib/protocol/mod.js';
import { TcpWebSocket } from '../testing/tcp_ws.js';
import { percentiles, report, rssOf } from './lib/report.js';
import { startBenchServer, type BenchServer } from './lib/server.js';
import { WireSession } from './lib/wire.js';

/**
 * What sockets that stop reading cost everyone else, on one real server process.
 *
 * A sender chats in a group of R readers and S extra members at a fixed rate (a typing event, then
 * a message of B bytes). Phase "control": the extra members read. Phase "stuck": a new group whose
 * extra members stop reading right after their Welcome (bare TCP, paused). The phases alternate,
 * twice. Reported per phase: the time from the send until all R readers have the message (p50, p99)
 * and the server's RSS at the end; for the stuck phase, how many stuck sockets the server closed
 * with 4100 (seen once they read again) and what they got before that.
 *
 * Measures: that a stuck reader neither slows the others nor grows the server beyond its limit
 * (--max-backpressure-bytes per socket, then closed). Does not measure: real networks (loopback
 * only; the kernel buffers about 4 MB per loopback socket before the server buffers anything), or
 * readers that are merely slow (they drain, so they stay below the limits).
 *
 *   node dist/bench/slow_consumer.js [--quick] [--readers=20] [--stuck=10] [--messages=3000] [--size=8000] [--rate=500] [--out=DIR]
 */
function opt(args: string[], name: string, def: number): number {
  return Number(args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? def);
}

interface Phase {
  p50: number;
  p99: number;
  rssMb: number;
}

async function chat(server: BenchServer, tag: string, readers: number, extraIds: string[], messages: number, size: number, rate: number): Promise<Phase> {
  const sender = await WireSession.open(server.url, await server.issuer.issue(`${tag}-sender`), 'd');
  const members = Array.from({ length: readers }, (_, i) => `${tag}-reader${i}`);
  const group = (await sender.call({ createConversation: { kind: 2, members: [...members, ...extraIds], title: tag } })).conversation!.id as string;
  const got = new Map<number, number>();
  const done = new Map<number, number>();
  const sentAt = new Map<number, number>();
  const sessions = await Promise.all(
    members.map(async (u) => {
      const s = await WireSession.open(server.url, await server.issuer.issue(u), 'd');
      s.onPush = (f) => {
        if (f.body !== 'message' || f.message!.conversationId !== group) return;
        const seq = f.message!.seq as number;
        const n = (got.get(seq) ?? 0) + 1;
        got.set(seq, n);
        if (n === readers) done.set(seq, performance.now() - sentAt.get(seq)!);
      };
      return s;
    }),
  );
  const text = 'x'.repeat(size);
  const t0 = performance.now();
  const inFlight: Promise<unknown>[] = [];
  const refused: string[] = [];
  for (let i = 0; i < messages; i++) {
    const due = t0 + (i * 1000) / rate;
    while (performance.now() < due) await new Promise((r) => setImmediate(r));
    void sender.call({ typing: { conversationId: group } });
    const started = performance.now();
    inFlight.push(
      sender.call({ send: { conversationId: group, clientId: `${tag}${i}`, text } }).then((a) => {
        if (a.body !== 'ack') {
          refused.push(JSON.stringify(a.toJSON()));
          return;
        }
        sentAt.set(a.ack!.seq as number, started);
        // A reader may have had it before the ack reached us.
        if (got.get(a.ack!.seq as number) === readers) done.set(a.ack!.seq as number, performance.now() - started);
      }),
    );
  }
  await Promise.all(inFlight);
  if (refused.length > 0) throw new Error(`${tag}: ${refused.length} sends refused, e.g. ${refused[0]}`);
  const deadline = performance.now() + 30_000;
  while (done.size < messages && performance.now() < deadline) await new Promise((r) => setTimeout(r, 5));
  if (done.size < messages) throw new Error(`${tag}: only ${done.size} of ${messages} messages reached every reader`);
  const [p50, p99] = percentiles([...done.values()], [50, 99]);
  const rssMb = rssOf(server.pid) / 2 ** 20;
  for (const s of [...sessions, sender]) s.close();
  return { p50: p50!, p99: p99!, rssMb };
}

/** S members that log in and then stop reading (bare TCP, paused). */
async function stuckMembers(server: BenchServer, tag: string, count: number): Promise<{ ids: string[]; sockets: TcpWebSocket[] }> {
  const ids = Array.from({ length: count }, (_, i) => `${tag}-extra${i}`);
  const sockets: TcpWebSocket[] = [];
  for (const u of ids) {
    const s = await TcpWebSocket.open(server.port);
    const id = s.send({ hello: { protocolVersion: PROTOCOL_VERSION, token: await server.issuer.issue(u), deviceId: 'tcp' } });
    await s.next((f) => f.id === id);
    s.pause();
    sockets.push(s);
  }
  return { ids, sockets };
}

/** S members that keep reading, in a child process so they do not slow the measuring one. */
async function readingMembers(server: BenchServer, tag: string, count: number): Promise<{ ids: string[]; child: ChildProcess }> {
  const ids = Array.from({ length: count }, (_, i) => `${tag}-extra${i}`);
  const tokens = await Promise.all(ids.map((u) => server.issuer.issue(u)));
  const child = fork(fileURLToPath(import.meta.url), ['--reading-members']);
  await new Promise<void>((resolve) => {
    child.once('message', () => resolve());
    child.send({ url: server.url, tokens });
  });
  return { ids, child };
}

/** The child of readingMembers(): logs in with every token it is sent and reads whatever comes. */
function readingMembersChild(): void {
  process.once('message', (m: { url: string; tokens: string[] }) => {
    void Promise.all(m.tokens.map((t) => WireSession.open(m.url, t, 'control'))).then(() => process.send!('ready'));
  });
}

export async function run(args: string[]): Promise<void> {
  const quick = args.includes('--quick');
  const readers = opt(args, 'readers', quick ? 5 : 20);
  const stuckCount = opt(args, 'stuck', quick ? 4 : 10);
  // Enough per stuck socket to fill the kernel's buffers (about 4 MB on loopback) and then the server's.
  const messages = opt(args, 'messages', quick ? 1000 : 3000);
  const size = opt(args, 'size', 8000);
  const rate = opt(args, 'rate', quick ? 400 : 500);
  const out = args.find((a) => a.startsWith('--out='))?.slice(6);
  const server = await startBenchServer(['--typing-interval-ms', '0', '--sqlite-sync', 'NORMAL', '--max-pending', '65536']);
  try {
    await chat(server, 'warmup', readers, [], Math.min(500, messages), size, rate); // JIT and SQLite warm-up, not reported
    const baseline: Phase[] = [];
    const withStuck: Phase[] = [];
    const closes: number[] = [];
    const delivered: number[] = [];
    const typing: number[] = [];
    // Alternate, twice: the control phase has as many extra members, but they read (same fan-out width).
    for (let round = 0; round < 2; round++) {
      const control = await readingMembers(server, `control${round}`, stuckCount);
      baseline.push(await chat(server, `base${round}`, readers, control.ids, messages, size, rate));
      control.child.kill();
      const stuck = await stuckMembers(server, `stuck${round}`, stuckCount);
      withStuck.push(await chat(server, `stuck${round}`, readers, stuck.ids, messages, size, rate));
      for (const s of stuck.sockets) s.resume();
      closes.push(...(await Promise.all(stuck.sockets.map((s) => s.waitClosed(30_000).then((c) => c.code)))));
      delivered.push(...stuck.sockets.map((s) => s.frames.filter((f) => f.body === 'message').length));
      typing.push(...stuck.sockets.map((s) => s.frames.filter((f) => f.body === 'typing').length));
    }
    const mean = (xs: Phase[], pick: (p: Phase) => number): number => xs.reduce((a, p) => a + pick(p), 0) / xs.length;
    report(
      'slow_consumer',
      {
        readers,
        extra_members: stuckCount,
        messages,
        size,
        rate,
        control_p50_ms: mean(baseline, (p) => p.p50),
        control_p99_ms: mean(baseline, (p) => p.p99),
        stuck_p50_ms: mean(withStuck, (p) => p.p50),
        stuck_p99_ms: mean(withStuck, (p) => p.p99),
        stuck_sockets: closes.length,
        stuck_closed_4100: closes.filter((c) => c === CloseCode.SLOW_CONSUMER).length,
        stuck_messages_before_close_min: Math.min(...delivered),
        stuck_typing_before_close_min: Math.min(...typing),
        server_rss_mb_control: mean(baseline, (p) => p.rssMb),
        server_rss_mb_stuck: mean(withStuck, (p) => p.rssMb),
        load1: loadavg()[0]!,
      },
      [
        'latency: send until all R readers have the message (mean of two runs per phase, alternating); the extra members are not counted',
        'load1: the machine’s load average at the end; figures taken on a busy machine scatter',
        'control: the extra members read; stuck: they stop reading after their Welcome, and the server closes them with 4100 at --max-backpressure-bytes (1 MiB); their typing events stop first (soft limit)',
      ],
      {},
      ...(out === undefined ? [] : [out]),
    );
  } finally {
    await server.stop();
  }
}

if (process.argv[2] === '--reading-members') {
  readingMembersChild();
} else if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  run(process.argv.slice(2)).then(
    () => process.exit(0),
    (err: unknown) => {
      console.error(err);
      process.exit(1);
    },
  );
}
