import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import WebSocket from 'ws';
import { ChorusClient, type WebSocketConstructor } from '../lib/client/mod.js';
import { s3Flags, s3FromEnv } from '../testing/media.js';
import { cpuSecondsOf, report } from './lib/report.js';
import { type BenchServer, startBenchServer } from './lib/server.js';

const MiB = 1024 * 1024;

/**
 * Media throughput through a real `chorus` process: a client uploads files of `--mb` MiB (in
 * 16 MiB parts, three PUTs in flight) and downloads them, through the embedded store and, when
 * SEAWEED_S3_ENDPOINT is set (scripts/seaweedfs/start.sh), through S3 (SeaweedFS on this machine).
 * Measures per store: the PUT phase and the completion (the server reads the object once to verify
 * size, SHA-256 and type) in MB/s, the download in MB/s, and the server process's CPU per MiB in
 * each phase (from /proc). Client, server and SeaweedFS share this machine's cores, so the MB/s
 * are a floor, not what a network would give; the CPU per MiB is the figure that carries over.
 * With S3 the bytes of PUT and GET never reach the server process: its CPU there is URL signing.
 *
 *   npm run bench -- media [--quick] [--mb=64] [--rounds=3]
 */
export async function run(args: string[]): Promise<void> {
  const quick = args.includes('--quick') || args.includes('--smoke');
  const mb = Number(args.find((a) => a.startsWith('--mb='))?.slice(5) ?? (quick ? 16 : 64));
  const rounds = Number(args.find((a) => a.startsWith('--rounds='))?.slice(9) ?? (quick ? 1 : 3));
  const load1 = loadavg()[0]!;
  const figures: Record<string, number | string> = { file_mb: mb, rounds, load1_before: load1 };
  const stores: [string, () => Promise<string[]>][] = [['file', async () => []]];
  const s3 = s3FromEnv();
  if (s3 !== null) stores.push(['s3', () => s3Flags(s3)]);
  for (const [name, flags] of stores) {
    const server = await startBenchServer(await flags());
    try {
      Object.assign(figures, prefixed(name, await measure(server, mb * MiB, rounds)));
    } finally {
      await server.stop();
    }
  }
  figures['load1_after'] = loadavg()[0]!;
  report('media', figures, [
    `${rounds} round(s) of one ${mb} MiB file per store; put = PUT of all parts, complete = server-side verification (one read of the object: size, SHA-256, type), get = download`,
    'cpu_ms_per_mib: CPU of the chorus process (user + system, all threads) per MiB moved in that phase; loop_cpu_ms_per_mib: of its main thread only (the event loop serving sockets; verification reads in a worker thread); client and stores run on the same machine',
    s3 === null ? 's3: not measured (SEAWEED_S3_ENDPOINT unset)' : 's3: SeaweedFS on 127.0.0.1 (scripts/seaweedfs/start.sh)',
  ]);
}

function prefixed(prefix: string, f: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(f).map(([k, v]) => [`${prefix}_${k}`, v]));
}

async function measure(server: BenchServer, size: number, rounds: number): Promise<Record<string, number>> {
  const token = (u: string) => server.issuer.issue(u);
  const client = async (u: string) => {
    const c = new ChorusClient({ url: server.url, token: await token(u), deviceId: 'bench', WebSocket: WebSocket as unknown as WebSocketConstructor });
    await c.connect();
    return c;
  };
  const alice = await client('alice');
  const bob = await client('bob');
  const conv = (await alice.createDirect('bob')).id;
  const t = { put: 0, complete: 0, get: 0, cpuPut: 0, cpuComplete: 0, cpuGet: 0, loopPut: 0, loopComplete: 0, loopGet: 0 };
  const loop = (): number => mainThreadCpu(server.pid);
  for (let r = 0; r < rounds; r++) {
    const bytes = randomBytes(size);
    const cpu0 = cpuSecondsOf(server.pid);
    const loop0 = loop();
    const t0 = performance.now();
    let put = { at: 0, cpu: 0, loop: 0 };
    const media = await alice.uploadMedia(conv, bytes, {
      name: 'bench.bin',
      onProgress: (sent, total) => {
        if (sent === total) put = { at: performance.now(), cpu: cpuSecondsOf(server.pid), loop: loop() };
      },
    });
    const t1 = performance.now();
    const cpu1 = cpuSecondsOf(server.pid);
    const loop1 = loop();
    t.loopPut += put.loop - loop0;
    t.loopComplete += loop1 - put.loop;
    t.put += put.at - t0;
    t.complete += t1 - put.at;
    t.cpuPut += put.cpu - cpu0;
    t.cpuComplete += cpu1 - put.cpu;
    const url = await bob.mediaUrl(conv, media.mediaId);
    const g0 = performance.now();
    const res = await fetch(url);
    const hash = createHash('sha256');
    for await (const chunk of res.body!) hash.update(chunk);
    t.get += performance.now() - g0;
    t.cpuGet += cpuSecondsOf(server.pid) - cpu1;
    t.loopGet += loop() - loop1;
    if (!hash.digest().equals(Buffer.from(media.sha256))) throw new Error('downloaded bytes differ');
  }
  alice.close();
  bob.close();
  const mib = (size / MiB) * rounds;
  const mbps = (ms: number): number => mib / (ms / 1000);
  return {
    put_mb_s: mbps(t.put),
    complete_mb_s: mbps(t.complete),
    get_mb_s: mbps(t.get),
    put_cpu_ms_per_mib: (t.cpuPut * 1000) / mib,
    complete_cpu_ms_per_mib: (t.cpuComplete * 1000) / mib,
    get_cpu_ms_per_mib: (t.cpuGet * 1000) / mib,
    put_loop_cpu_ms_per_mib: (t.loopPut * 1000) / mib,
    complete_loop_cpu_ms_per_mib: (t.loopComplete * 1000) / mib,
    get_loop_cpu_ms_per_mib: (t.loopGet * 1000) / mib,
  };
}

/** CPU seconds of a process's main thread (the event loop), from /proc. */
function mainThreadCpu(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/task/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}
