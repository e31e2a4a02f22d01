import { loadavg } from 'node:os';
import { decodeMlsMessage, type ClientState, type Welcome } from 'ts-mls';
import { MlsDevice } from '../lib/client/mls/device.js';
import { MemoryDeviceStore } from '../lib/client/mls/device_store.js';
import { addDevices, encrypt, processIncoming } from '../lib/client/mls/group_ops.js';
import { E2EE_SUITES } from '../lib/protocol/mod.js';
import { startTestNode } from '../testing/node.js';
import { report } from './lib/report.js';

/**
 * End-to-end encryption costs (docs/e2ee.md). Client side, per suite (1 = X25519, 83 = X-Wing):
 * encrypting and decrypting one 140-byte message in a two-device group, and a commit adding one
 * device to a group of 100 and of 1,000 devices (committer's cost, one member processing it, the
 * new device joining from the welcome, the welcome's size). Server side: one process, one client,
 * 32 requests in flight: wall time and process CPU per stored message, plain `send` against
 * `send_mls` with ciphertexts made beforehand (so the client's MLS work is not counted; the CPU
 * figure includes the client's framing, the same for both). Not measured: network, other stores.
 *
 *   npm run bench -- e2ee [--quick]
 */
export async function run(args: string[]): Promise<void> {
  const quick = args.includes('--quick');
  const figures: Record<string, number> = {};
  for (const [label, suite] of [
    ['x25519', E2EE_SUITES.MLS_128_DHKEMX25519_AES128GCM_SHA256_Ed25519],
    ['xwing', E2EE_SUITES.MLS_256_XWING_AES256GCM_SHA512_Ed25519],
  ] as const) {
    Object.assign(figures, await messageCost(label, suite, quick ? 50 : 300));
    for (const n of quick ? [100] : [100, 1000]) Object.assign(figures, await addCost(label, suite, n));
  }
  Object.assign(figures, await serverCost(quick ? 500 : 3000));
  figures['load1'] = loadavg()[0]!;
  report('e2ee', figures, [
    'encrypt/decrypt: mean µs per 140-byte message, two-device group; add_N: one device added to a group of N devices (commit, processing by a member, joining from the welcome, welcome bytes incl. the ratchet tree)',
    'server_*: 32 in flight, one process (server and client), µs per stored message; cpu = process CPU (user+system) per message; e2ee messages pre-encrypted',
  ]);
}

const TEXT = new TextEncoder().encode('x'.repeat(140));

async function group(suite: number, n: number, id: string): Promise<{ states: ClientState[]; devices: MlsDevice[] }> {
  const devices = Array.from({ length: n }, (_, i) => new MlsDevice(`u${i}`, 'd', new MemoryDeviceStore()));
  let creator = await devices[0]!.createGroup(id, suite);
  const packages: Uint8Array[] = [];
  for (const d of devices.slice(1)) packages.push((await d.newKeyPackages(suite, 1, false)).oneTime[0]!);
  const states = [creator];
  if (n > 1) {
    const r = await addDevices(creator, suite, packages);
    creator = r.newState;
    states[0] = creator;
    // Only the second device joins (the others stay passive: their cost is the same as its).
    states.push((await devices[1]!.join(welcomeOf(r.welcome!), suite))!);
  }
  return { states, devices };
}

function welcomeOf(bytes: Uint8Array): Welcome {
  return (decodeMlsMessage(bytes, 0)![0] as { welcome: Welcome }).welcome;
}

function since(t0: bigint): number {
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

async function messageCost(label: string, suite: number, count: number): Promise<Record<string, number>> {
  const { states } = await group(suite, 2, 'eg.bench.msg');
  let [a, b] = states as [ClientState, ClientState];
  const out: Uint8Array[] = [];
  let t0 = process.hrtime.bigint();
  for (let i = 0; i < count; i++) {
    const r = await encrypt(a, suite, TEXT);
    a = r.newState;
    out.push(r.message);
  }
  const enc = (since(t0) * 1000) / count;
  t0 = process.hrtime.bigint();
  for (const m of out) b = (await processIncoming(b, suite, m)).newState;
  const dec = (since(t0) * 1000) / count;
  return { [`${label}_encrypt_us`]: enc, [`${label}_decrypt_us`]: dec, [`${label}_message_bytes`]: out[0]!.length };
}

async function addCost(label: string, suite: number, n: number): Promise<Record<string, number>> {
  const { states } = await group(suite, n, `eg.bench.${n}`);
  const joiner = new MlsDevice('new', 'd', new MemoryDeviceStore());
  const kp = (await joiner.newKeyPackages(suite, 1, false)).oneTime[0]!;
  let t0 = process.hrtime.bigint();
  const r = await addDevices(states[0]!, suite, [kp]);
  const commit = since(t0);
  t0 = process.hrtime.bigint();
  await processIncoming(states[1]!, suite, r.commit);
  const processMs = since(t0);
  t0 = process.hrtime.bigint();
  await joiner.join(welcomeOf(r.welcome!), suite);
  const join = since(t0);
  return {
    [`${label}_add_${n}_commit_ms`]: commit,
    [`${label}_add_${n}_process_ms`]: processMs,
    [`${label}_add_${n}_join_ms`]: join,
    [`${label}_add_${n}_commit_bytes`]: r.commit.length,
    [`${label}_add_${n}_welcome_bytes`]: r.welcome!.length,
  };
}

async function serverCost(count: number): Promise<Record<string, number>> {
  const node = await startTestNode(['--frame-rate', '1000000', '--frame-burst', '1000000']);
  try {
    const c = await node.client('bench', 'd1');
    const plain = (await c.createGroup('plain', [])).id;
    const enc = (await c.call({ createConversation: { kind: 2, members: [], e2eeSuite: 1 } })).conversation!.id!;
    let state = await new MlsDevice('bench', 'd1', new MemoryDeviceStore()).createGroup(enc, 1);
    const ciphertexts: Uint8Array[] = [];
    for (let i = 0; i < count; i++) {
      const r = await encrypt(state, 1, TEXT);
      state = r.newState;
      ciphertexts.push(r.message);
    }
    const text = new TextDecoder().decode(TEXT);
    const measure = async (one: (i: number) => Promise<unknown>): Promise<[number, number]> => {
      const cpu0 = process.cpuUsage();
      const t0 = process.hrtime.bigint();
      let next = 0;
      await Promise.all(Array.from({ length: 32 }, async () => {
        while (next < count) await one(next++);
      }));
      const cpu = process.cpuUsage(cpu0);
      return [(since(t0) * 1000) / count, (cpu.user + cpu.system) / count];
    };
    // Warm-up of both paths, then the measured runs back to back.
    await measure((i) => (i < 100 ? c.send(plain, text) : Promise.resolve()));
    const [plainWall, plainCpu] = await measure(() => c.send(plain, text));
    const [encWall, encCpu] = await measure((i) => c.call({ sendMls: { conversationId: enc, clientId: `k${i}`, message: ciphertexts[i]! } }));
    return { server_plain_us: plainWall, server_plain_cpu_us: plainCpu, server_e2ee_us: encWall, server_e2ee_cpu_us: encCpu, server_e2ee_over_plain_cpu: encCpu / plainCpu };
  } finally {
    await node.stop();
  }
}
