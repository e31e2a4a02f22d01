import { type ChildProcess, fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { type AddressInfo, connect, createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ClusterTls, PeerOverloadedError, type PeerAddress, Remote, type RemoteLimits, type TlsFiles } from '../lib/cluster/remote/mod.js';
import { TestPki } from '../testing/cluster/certs.js';
import { type Figures, cpuSecondsOf, report } from './lib/report.js';

/**
 * Node-to-node transport throughput (lib/cluster/remote): envelopes per second between two
 * processes on this machine over one gRPC stream, with batching. This process sends; a child
 * process (this file run with --grpc-stream-receiver) receives and counts. Measured:
 *
 * - tells: one-way envelopes (100-byte payload) as fast as the sender's queue allows;
 * - requests: request/reply round trips with 1,000 outstanding;
 * - tells without batching (maxBatchEnvelopes 1), to show what batching buys.
 *
 * "per core" figures divide by the CPU seconds the process used (sender and receiver are each
 * single-threaded). With --tls=1 the tells and requests run again with both Remotes on mutual TLS
 * (throwaway CA from testing/cluster/certs.ts, made with openssl in a temp dir and removed after),
 * reported as mtls_* beside the plaintext figures with the throughput lost (*_cost_pct). Not
 * measured: handler work (the receiver only counts), a real network, TLS handshakes (one per run).
 *
 * - paced: one request at a time at a chat-like rate (--paced=50 a second): CPU per round trip
 *   when every gRPC message is its own wake-up on both sides, as in the cluster bench; and the
 *   same over a bare TCP socket to the same process (paced_tcp_*), the floor of a wake-up here.
 *
 *   npm run bench -- grpc [--quick] [--payload=100] [--tls=1] [--paced=50]
 */
export async function run(args: string[]): Promise<void> {
  const quick = args.includes('--quick');
  const payloadBytes = Number(option(args, 'payload') ?? 100);
  const withTls = ['1', 'true', 'on'].includes(option(args, 'tls') ?? '0');
  const sizes = { tells: quick ? 300_000 : 2_000_000, requests: quick ? 60_000 : 400_000, payloadBytes, pacedPerSec: Number(option(args, 'paced') ?? 50), pacedSeconds: quick ? 5 : 10 };
  const plain = await measure(sizes, undefined);
  const figures: Figures = { payload_bytes: payloadBytes, ...plain.figures };
  const notes = [
    'two processes on one machine, one gRPC stream over 127.0.0.1; the receiver only counts (no handler work)',
    'per_*_cpu_sec: envelopes per CPU second of that process (user + system), i.e. per core',
    `requests: 1,000 outstanding; unbatched: the same tells with maxBatchEnvelopes=1 (${plain.unbatched} of them)`,
    `paced: one request at a time, ${sizes.pacedPerSec}/s for ${sizes.pacedSeconds} s (--paced=N), against as long with the timer alone: CPU µs per round trip (two gRPC messages, each its own wake-up), the idle cost taken out`,
  ];
  if (withTls) {
    const dir = mkdtempSync(join(tmpdir(), 'chorus-bench-pki-'));
    try {
      const secured = await measure(sizes, new TestPki(dir, 'chorus-bench-ca'));
      for (const [k, v] of Object.entries(secured.figures)) if (k !== 'unbatched_tells_per_sec') figures[`mtls_${k}`] = v;
      figures.mtls_tells_cost_pct = costPct(plain.figures.tells_per_sec, secured.figures.tells_per_sec);
      figures.mtls_requests_cost_pct = costPct(plain.figures.request_roundtrips_per_sec, secured.figures.request_roundtrips_per_sec);
      notes.push('mtls_*: the same runs with both Remotes on mutual TLS (P-256 certificates from a throwaway CA, grpc-js TLS); *_cost_pct: throughput lost to mTLS');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  } else {
    notes.push('plaintext only; --tls=1 adds the same runs over mutual TLS (mtls_* figures)');
  }
  report('grpc_stream', figures, notes);
}

interface Sizes {
  tells: number;
  requests: number;
  payloadBytes: number;
  /** Paced round trips: this many a second, for this many seconds (after as long idle). */
  pacedPerSec: number;
  pacedSeconds: number;
}

/** One receiver, then batched tells, requests and (plaintext only) unbatched tells against it. */
async function measure(sizes: Sizes, pki: TestPki | undefined): Promise<{ figures: Record<string, number>; unbatched: number }> {
  const receiver = await startReceiver(pki?.issue(RECEIVER_ID));
  const secure: Secure = (nodeId) => (pki === undefined ? undefined : new ClusterTls({ nodeId, ...pki.issue(nodeId) }));
  try {
    const to: PeerAddress = { id: RECEIVER_ID, grpcAddress: receiver.address };
    const batched = await tellRate(to, receiver.pid, sizes.tells, sizes.payloadBytes, {}, secure);
    const rpc = await requestRate(to, receiver.pid, sizes.requests, sizes.payloadBytes, secure);
    const figures: Record<string, number> = {
      tells: batched.count,
      tells_per_sec: batched.perSec,
      tells_per_sender_cpu_sec: batched.perSenderCpu,
      tells_per_receiver_cpu_sec: batched.perReceiverCpu,
      envelopes_per_batch: batched.perBatch,
      wire_bytes_per_envelope: batched.bytesPerEnvelope,
      request_roundtrips_per_sec: rpc.perSec,
      requests_per_sender_cpu_sec: rpc.perSenderCpu,
      requests_per_receiver_cpu_sec: rpc.perReceiverCpu,
    };
    // At chat-like rates every message is its own wake-up on both sides: what one crossing costs there.
    const roundTrips = await pacedRoundTrips(to, receiver.pid, sizes.pacedPerSec, sizes.pacedSeconds, sizes.payloadBytes, secure);
    figures.paced_per_sec = roundTrips.perSec;
    figures.paced_receiver_us_per_roundtrip = roundTrips.receiverUs;
    figures.paced_sender_us_per_roundtrip = roundTrips.senderUs;
    // The floor under it: the same pacing over a bare TCP socket to the same process, echoed by a
    // 'data' handler: what a wake-up costs here with no HTTP/2 or gRPC above the socket.
    if (pki === undefined) {
      const bare = await pacedTcpRoundTrips(receiver.tcpPort, receiver.pid, sizes.pacedPerSec, sizes.pacedSeconds, sizes.payloadBytes);
      figures.paced_tcp_receiver_us_per_roundtrip = bare.receiverUs;
      figures.paced_tcp_sender_us_per_roundtrip = bare.senderUs;
    }
    const unbatched = Math.floor(sizes.tells / 10);
    if (pki === undefined) figures.unbatched_tells_per_sec = (await tellRate(to, receiver.pid, unbatched, sizes.payloadBytes, { maxBatchEnvelopes: 1 }, secure)).perSec;
    return { figures, unbatched };
  } finally {
    await receiver.stop();
  }
}

/** This process's certificates for a sender node id, or undefined for plaintext. */
type Secure = (nodeId: string) => ClusterTls | undefined;

function costPct(plain: number | undefined, secured: number | undefined): number {
  return plain === undefined || secured === undefined ? Number.NaN : (100 * (plain - secured)) / plain;
}

interface Rate {
  count: number;
  perSec: number;
  perSenderCpu: number;
  perReceiverCpu: number;
  perBatch: number;
  bytesPerEnvelope: number;
}

async function tellRate(to: PeerAddress, receiverPid: number, count: number, payloadBytes: number, limits: Partial<RemoteLimits>, secure: Secure): Promise<Rate> {
  const nodeId = `bench-sender-${Date.now()}`;
  const tls = secure(nodeId);
  const sender = new Remote({ nodeId, listen: '127.0.0.1:0', limits: { maxQueuedEnvelopes: 50_000, ...limits }, tls });
  try {
    const link = sender.link(to);
    const before = await counted(sender, to);
    const payload = new Uint8Array(payloadBytes).fill(7);
    const target = { kind: 'bench', key: 'k' };
    const statsBefore = link.stats();
    const cpu0 = process.cpuUsage();
    const rcpu0 = cpuSecondsOf(receiverPid);
    const t0 = process.hrtime.bigint();
    let sent = 0;
    while (sent < count) {
      // Keep the queue (not the socket) full: the transport decides batches and write pacing.
      const room = 20_000 - link.stats().queued;
      for (let i = 0; i < room && sent < count; i++) {
        try {
          sender.tell(to, target, 'tick', payload);
          sent++;
        } catch (err) {
          if (!(err instanceof PeerOverloadedError)) throw err;
          break;
        }
      }
      await new Promise((r) => setImmediate(r));
    }
    const after = await counted(sender, to);
    const secs = Number(process.hrtime.bigint() - t0) / 1e9;
    const cpu = process.cpuUsage(cpu0);
    const senderCpu = (cpu.user + cpu.system) / 1e6;
    const receiverCpu = cpuSecondsOf(receiverPid) - rcpu0;
    if (after - before !== count) throw new Error(`the receiver counted ${after - before} of ${count} tells`);
    const s = link.stats();
    const envelopes = s.envelopesSent - statsBefore.envelopesSent;
    return {
      count,
      perSec: count / secs,
      perSenderCpu: count / senderCpu,
      perReceiverCpu: count / Math.max(receiverCpu, 0.01),
      perBatch: envelopes / Math.max(1, s.batchesSent - statsBefore.batchesSent),
      bytesPerEnvelope: (s.bytesSent - statsBefore.bytesSent) / Math.max(1, envelopes),
    };
  } finally {
    await sender.stop();
    tls?.close();
  }
}

async function requestRate(to: PeerAddress, receiverPid: number, count: number, payloadBytes: number, secure: Secure): Promise<Omit<Rate, 'perBatch' | 'bytesPerEnvelope'>> {
  const nodeId = `bench-requester-${Date.now()}`;
  const tls = secure(nodeId);
  const sender = new Remote({ nodeId, listen: '127.0.0.1:0', tls });
  try {
    await counted(sender, to);
    const payload = new Uint8Array(payloadBytes).fill(9);
    const target = { kind: 'bench', key: 'k' };
    const window = 1000;
    const cpu0 = process.cpuUsage();
    const rcpu0 = cpuSecondsOf(receiverPid);
    const t0 = process.hrtime.bigint();
    let started = 0;
    await new Promise<void>((resolve, reject) => {
      let done = 0;
      const next = (): void => {
        if (started >= count) return;
        started++;
        sender.request(to, target, 'echo', payload, { timeoutMs: 30_000 }).then(() => {
          done++;
          if (done === count) resolve();
          else next();
        }, reject);
      };
      for (let i = 0; i < window; i++) next();
    });
    const secs = Number(process.hrtime.bigint() - t0) / 1e9;
    const cpu = process.cpuUsage(cpu0);
    return {
      count,
      perSec: count / secs,
      perSenderCpu: count / ((cpu.user + cpu.system) / 1e6),
      perReceiverCpu: count / Math.max(cpuSecondsOf(receiverPid) - rcpu0, 0.01),
    };
  } finally {
    await sender.stop();
    tls?.close();
  }
}

/**
 * One request at a time, `perSec` of them a second, against the same timer ticking without requests
 * for as long before: the CPU each side spends per round trip (a request and its reply, two gRPC
 * messages, each a wake-up of its receiver) at a rate where nothing is batched. Idle costs cancel.
 */
async function pacedRoundTrips(to: PeerAddress, receiverPid: number, perSec: number, seconds: number, payloadBytes: number, secure: Secure): Promise<Paced> {
  const nodeId = `bench-paced-${Date.now()}`;
  const tls = secure(nodeId);
  const sender = new Remote({ nodeId, listen: '127.0.0.1:0', tls });
  try {
    await counted(sender, to);
    const payload = new Uint8Array(payloadBytes).fill(5);
    return await paced(receiverPid, perSec, seconds, async () => {
      await sender.request(to, { kind: 'bench', key: 'k' }, 'echo', payload, { timeoutMs: 30_000 });
    });
  } finally {
    await sender.stop();
    tls?.close();
  }
}

/** The same pacing over a bare TCP connection to the receiver's echo socket. */
async function pacedTcpRoundTrips(port: number, receiverPid: number, perSec: number, seconds: number, payloadBytes: number): Promise<Paced> {
  const sock = connect({ host: '127.0.0.1', port });
  sock.setNoDelay(true);
  await new Promise<void>((resolve, reject) => sock.once('connect', resolve).once('error', reject));
  const payload = Buffer.alloc(payloadBytes, 5);
  let got = 0;
  let waiting: (() => void) | null = null;
  sock.on('data', (d: Buffer) => {
    got += d.length;
    if (got >= payloadBytes) {
      got -= payloadBytes;
      waiting?.();
    }
  });
  try {
    return await paced(receiverPid, perSec, seconds, () =>
      new Promise<void>((resolve) => {
        waiting = resolve;
        sock.write(payload);
      }),
    );
  } finally {
    sock.destroy();
  }
}

interface Paced {
  perSec: number;
  receiverUs: number;
  senderUs: number;
}

/** `roundTrip` perSec times a second for `seconds`, against as long with the timer alone: CPU per round trip on each side. */
async function paced(receiverPid: number, perSec: number, seconds: number, roundTrip: () => Promise<void>): Promise<Paced> {
  const window = async (send: boolean): Promise<{ n: number; secs: number; sender: number; receiver: number }> => {
    const cpu0 = process.cpuUsage();
    const rcpu0 = cpuSecondsOf(receiverPid);
    const t0 = process.hrtime.bigint();
    let n = 0;
    for (let i = 0; i < perSec * seconds; i++) {
      if (send) {
        await roundTrip();
        n++;
      }
      const due = Number(t0) / 1e6 + ((i + 1) * 1000) / perSec;
      await new Promise((r) => setTimeout(r, Math.max(0, due - Number(process.hrtime.bigint()) / 1e6)));
    }
    const cpu = process.cpuUsage(cpu0);
    return { n, secs: Number(process.hrtime.bigint() - t0) / 1e9, sender: (cpu.user + cpu.system) / 1e6, receiver: cpuSecondsOf(receiverPid) - rcpu0 };
  };
  const idle = await window(false);
  const busy = await window(true);
  const extra = (b: number, i: number): number => ((b / busy.secs - i / idle.secs) * busy.secs * 1e6) / Math.max(1, busy.n);
  return { perSec: busy.n / busy.secs, receiverUs: extra(busy.receiver, idle.receiver), senderUs: extra(busy.sender, idle.sender) };
}

/** The receiver's tell count; the request travels behind every tell sent before it. */
async function counted(sender: Remote, to: PeerAddress): Promise<number> {
  const reply = await sender.request(to, { kind: 'bench', key: 'k' }, 'count', new Uint8Array(0), { timeoutMs: 60_000 });
  return Number(new TextDecoder().decode(reply));
}

function option(args: string[], name: string): string | undefined {
  const hit = args.find((a) => a.startsWith(`--${name}=`));
  return hit?.slice(name.length + 3);
}

// --- The receiving process -------------------------------------------------------------------------

const RECEIVER_FLAG = '--grpc-stream-receiver';
const RECEIVER_ID = 'bench-receiver';

async function startReceiver(tls: TlsFiles | undefined): Promise<{ address: string; tcpPort: number; pid: number; stop(): Promise<void> }> {
  const tlsArgs = tls === undefined ? [] : [`--tls-ca=${tls.caFile}`, `--tls-cert=${tls.certFile}`, `--tls-key=${tls.keyFile}`];
  const child: ChildProcess = fork(fileURLToPath(import.meta.url), [RECEIVER_FLAG, ...tlsArgs], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const { address, tcpPort } = await new Promise<{ address: string; tcpPort: number }>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the receiver did not start within 10 s')), 10_000);
    child.once('message', (m: { address?: string; tcpPort?: number }) => {
      clearTimeout(timer);
      if (typeof m.address === 'string' && typeof m.tcpPort === 'number') resolve({ address: m.address, tcpPort: m.tcpPort });
      else reject(new Error('the receiver sent no address'));
    });
    child.once('exit', (code) => reject(new Error(`the receiver exited (${code})`)));
  });
  return {
    address,
    tcpPort,
    pid: child.pid!,
    async stop() {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}

async function receive(args: string[]): Promise<void> {
  const caFile = option(args, 'tls-ca');
  const certFile = option(args, 'tls-cert');
  const keyFile = option(args, 'tls-key');
  const tls = caFile === undefined || certFile === undefined || keyFile === undefined ? undefined : new ClusterTls({ nodeId: RECEIVER_ID, caFile, certFile, keyFile });
  const remote = new Remote({ nodeId: RECEIVER_ID, listen: '127.0.0.1:0', tls });
  let tells = 0;
  remote.handle('bench', {
    tell() {
      tells++;
    },
    request(m) {
      return m.type === 'count' ? new TextEncoder().encode(String(tells)) : m.payload;
    },
  });
  const address = await remote.start();
  const echo = createServer((sock) => sock.on('data', (d: Buffer) => sock.write(d)));
  await new Promise<void>((resolve) => echo.listen(0, '127.0.0.1', resolve));
  process.send?.({ address, tcpPort: (echo.address() as AddressInfo).port });
  process.once('SIGTERM', () => {
    void remote.stop().then(() => {
      tls?.close();
      process.exit(0);
    });
  });
}

if (process.argv.includes(RECEIVER_FLAG)) await receive(process.argv);
