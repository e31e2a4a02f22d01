import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { PeerOverloadedError, type PeerAddress, Remote, type RemoteLimits } from '../lib/cluster/remote/mod.js';
import { cpuSecondsOf, report } from './lib/report.js';

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
 * single-threaded). Not measured: handler work (the receiver only counts), TLS, a real network.
 *
 *   npm run bench -- grpc_stream [--quick] [--payload=100]
 */
export async function run(args: string[]): Promise<void> {
  const quick = args.includes('--quick');
  const payloadBytes = Number(option(args, 'payload') ?? 100);
  const tells = quick ? 300_000 : 2_000_000;
  const requests = quick ? 60_000 : 400_000;
  const receiver = await startReceiver();
  try {
    const to: PeerAddress = { id: 'bench-receiver', grpcAddress: receiver.address };
    const batched = await tellRate(to, receiver.pid, tells, payloadBytes, {});
    const rpc = await requestRate(to, receiver.pid, requests, payloadBytes);
    const single = await tellRate(to, receiver.pid, Math.floor(tells / 10), payloadBytes, { maxBatchEnvelopes: 1 });
    report(
      'grpc_stream',
      {
        payload_bytes: payloadBytes,
        tells: batched.count,
        tells_per_sec: batched.perSec,
        tells_per_sender_cpu_sec: batched.perSenderCpu,
        tells_per_receiver_cpu_sec: batched.perReceiverCpu,
        envelopes_per_batch: batched.perBatch,
        wire_bytes_per_envelope: batched.bytesPerEnvelope,
        request_roundtrips_per_sec: rpc.perSec,
        requests_per_sender_cpu_sec: rpc.perSenderCpu,
        requests_per_receiver_cpu_sec: rpc.perReceiverCpu,
        unbatched_tells_per_sec: single.perSec,
      },
      [
        'two processes on one machine, one gRPC stream over 127.0.0.1; the receiver only counts (no handler work)',
        'per_*_cpu_sec: envelopes per CPU second of that process (user + system), i.e. per core',
        `requests: 1,000 outstanding; unbatched: the same tells with maxBatchEnvelopes=1 (${single.count} of them)`,
      ],
    );
  } finally {
    await receiver.stop();
  }
}

interface Rate {
  count: number;
  perSec: number;
  perSenderCpu: number;
  perReceiverCpu: number;
  perBatch: number;
  bytesPerEnvelope: number;
}

async function tellRate(to: PeerAddress, receiverPid: number, count: number, payloadBytes: number, limits: Partial<RemoteLimits>): Promise<Rate> {
  const sender = new Remote({ nodeId: `bench-sender-${Date.now()}`, listen: '127.0.0.1:0', limits: { maxQueuedEnvelopes: 50_000, ...limits } });
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
  }
}

async function requestRate(to: PeerAddress, receiverPid: number, count: number, payloadBytes: number): Promise<Omit<Rate, 'perBatch' | 'bytesPerEnvelope'>> {
  const sender = new Remote({ nodeId: `bench-requester-${Date.now()}`, listen: '127.0.0.1:0' });
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
  }
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

async function startReceiver(): Promise<{ address: string; pid: number; stop(): Promise<void> }> {
  const child: ChildProcess = fork(fileURLToPath(import.meta.url), [RECEIVER_FLAG], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const address = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the receiver did not start within 10 s')), 10_000);
    child.once('message', (m: { address?: string }) => {
      clearTimeout(timer);
      if (typeof m.address === 'string') resolve(m.address);
      else reject(new Error('the receiver sent no address'));
    });
    child.once('exit', (code) => reject(new Error(`the receiver exited (${code})`)));
  });
  return {
    address,
    pid: child.pid!,
    async stop() {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}

async function receive(): Promise<void> {
  const remote = new Remote({ nodeId: 'bench-receiver', listen: '127.0.0.1:0' });
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
  process.send?.({ address });
  process.once('SIGTERM', () => {
    void remote.stop().then(() => process.exit(0));
  });
}

if (process.argv.includes(RECEIVER_FLAG)) await receive();
