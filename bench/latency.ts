import { performance } from 'node:perf_hooks';
import { newClientId } from '../lib/client/mod.js';
import { WireSession } from './lib/wire.js';
import { cpuSecondsOf, percentiles, report, rssOf } from './lib/report.js';
import { startBenchServer } from './lib/server.js';

/**
 * End-to-end latency in one Chorus process: send → persisted (SQLite, synchronous=FULL) →
 * acknowledged → delivered to the recipient's socket. P one-on-one pairs; messages are offered at
 * a fixed total rate for a fixed time. Latency is measured by the client from the moment the send
 * frame is written to the moment the recipient's socket hands over the delivered frame; sender and
 * receiver share one clock. The load generator runs in this process on the same 2-core machine.
 */
export async function run(args: string[]): Promise<void> {
  const opt = (name: string, def: number): number => Number(args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? def);
  const quick = args.includes('--quick');
  const pairs = opt('pairs', quick ? 5 : 50);
  const rate = opt('rate', quick ? 500 : 2000);
  const seconds = opt('seconds', quick ? 3 : 15);
  const sync = args.find((a) => a.startsWith('--sqlite-sync='))?.split('=')[1] ?? 'FULL';
  const server = await startBenchServer(['--sqlite-sync', sync]);
  try {
    const senders: WireSession[] = [];
    const conversations: string[] = [];
    const delivery: number[] = [];
    const acks: number[] = [];
    let received = 0;
    for (let i = 0; i < pairs; i++) {
      const a = await WireSession.open(server.url, await server.issuer.issue(`lat${i}a`), 'd');
      const b = await WireSession.open(server.url, await server.issuer.issue(`lat${i}b`), 'd');
      const c = await a.call({ createConversation: { kind: 1, members: [`lat${i}b`] } });
      conversations.push(c.conversation!.id as string);
      senders.push(a);
      b.onPush = (f) => {
        if (f.body !== 'message') return;
        received++;
        delivery.push(performance.now() - Number(f.message!.text));
      };
    }
    const total = rate * seconds;
    const tickMs = 5;
    const perTick = (rate * tickMs) / 1000;
    let sent = 0;
    let carry = 0;
    const cpu0 = cpuSecondsOf(server.pid);
    const wall0 = performance.now();
    await new Promise<void>((resolve) => {
      const timer = setInterval(() => {
        carry += perTick;
        while (carry >= 1 && sent < total) {
          carry--;
          const i = sent % pairs;
          const t0 = performance.now();
          void senders[i]!.call({ send: { conversationId: conversations[i]!, clientId: newClientId(), text: String(t0) } }).then((f) => {
            if (f.body === 'ack') acks.push(performance.now() - t0);
          });
          sent++;
        }
        if (sent >= total) {
          clearInterval(timer);
          resolve();
        }
      }, tickMs);
    });
    const deadline = performance.now() + 10_000;
    while (received < total && performance.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    const wall = (performance.now() - wall0) / 1000;
    const cpu = cpuSecondsOf(server.pid) - cpu0;
    const [p50, p99, p999, max] = percentiles(delivery, [50, 99, 99.9, 100]);
    const [a50, a99] = percentiles(acks, [50, 99]);
    report(
      'latency_single_process',
      {
        sqlite_sync: sync,
        pairs,
        offered_per_sec: rate,
        seconds,
        sent,
        delivered: received,
        p50_ms: p50!,
        p99_ms: p99!,
        p999_ms: p999!,
        max_ms: max!,
        ack_p50_ms: a50!,
        ack_p99_ms: a99!,
        server_cpu_pct: (cpu / wall) * 100,
        client_cpu_pct: ((process.cpuUsage().user + process.cpuUsage().system) / 1e6 / wall) * 100,
        server_rss_mb: rssOf(server.pid) / 1048576,
      },
      [sync === 'FULL' ? 'SQLite synchronous=FULL: every group commit is fsynced before the ack' : 'SQLite synchronous=NORMAL: durable across a process crash, not a power loss', 'client and server share the 2 cores'],
    );
    for (const s of senders) s.close();
  } finally {
    await server.stop();
  }
}
