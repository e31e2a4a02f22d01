import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

/**
 * A tiny run of every load-harness scenario (a few clients, about a second of load each), so the
 * harness cannot rot: each must exit 0, print its BENCH line, and write sane JSON, Markdown and SVG.
 * The figures themselves are not judged here; they are benchmarks, not tests.
 */
const RUN = fileURLToPath(new URL('../../bench/run.js', import.meta.url));
const out = mkdtempSync(join(tmpdir(), 'chorus-bench-smoke-'));
after(() => rmSync(out, { recursive: true, force: true }));

interface Result {
  name: string;
  figures: Record<string, number | string | boolean>;
  series?: { t: number; p50_ms: number; p99_ms: number }[];
  distribution?: [number, number][];
}

function bench(scenario: string, extra: string[] = []): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [RUN, scenario, '--smoke', `--out=${out}`, ...extra], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  // Generous: the scenarios with etcd and Cassandra take 25–45 s on a busy CI machine.
  let killed = false;
  const killer = setTimeout(() => {
    killed = true;
    child.kill('SIGKILL');
  }, 90_000);
  return new Promise((resolve) =>
    child.once('exit', (code) => {
      clearTimeout(killer);
      resolve({ code, stdout, stderr: killed ? `${stderr}\n(killed: still running after 90 s)` : stderr });
    }),
  );
}

async function smoke(scenario: string, extra: string[] = []): Promise<Result> {
  const r = await bench(scenario, extra);
  assert.equal(r.code, 0, `bench ${scenario} failed:\n${r.stderr}`);
  assert.match(r.stdout, new RegExp(`^BENCH ${scenario} \\S+=\\S+`, 'm'));
  for (const ext of ['json', 'md', 'svg']) assert.ok(existsSync(join(out, `${scenario}.${ext}`)), `${scenario}.${ext} written`);
  assert.match(readFileSync(join(out, `${scenario}.svg`), 'utf8'), /^<svg [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"[\s\S]*<\/svg>\n$/);
  assert.match(readFileSync(join(out, `${scenario}.md`), 'utf8'), new RegExp(`^# Chorus bench: .*\\n[\\s\\S]*\\| figure \\| value \\|`));
  const json = JSON.parse(readFileSync(join(out, `${scenario}.json`), 'utf8')) as Result;
  assert.equal(json.name, scenario);
  return json;
}

function num(f: Result['figures'], key: string): number {
  const v = f[key];
  assert.equal(typeof v, 'number', `${key} is a number (got ${String(v)})`);
  return v as number;
}

function assertOrdered(f: Result['figures'], keys: string[]): void {
  const values = keys.map((k) => num(f, k));
  for (let i = 1; i < values.length; i++) assert.ok(values[i - 1]! <= values[i]!, `${keys[i - 1]} ≤ ${keys[i]}: ${values.join(' ')}`);
  assert.ok(values[0]! > 0, `${keys[0]} > 0`);
}

function assertChat(json: Result): void {
  const f = json.figures;
  assert.ok(num(f, 'delivered') > 0, 'something was delivered');
  assert.equal(num(f, 'errors'), 0);
  assert.equal(num(f, 'missing'), 0);
  assert.ok(num(f, 'delivered') >= num(f, 'acked'), 'every acked message reached at least its sender');
  assertOrdered(f, ['p50_ms', 'p90_ms', 'p99_ms', 'p999_ms', 'max_ms']);
  assert.ok(num(f, 'server_cpu_pct') > 0 && num(f, 'server_rss_mb') > 10 && num(f, 'server_heap_mb') > 1, 'server sampled');
  assert.ok(num(f, 'client_cpu_pct') > 0, 'clients sampled');
  assert.ok((json.series ?? []).length > 0, 'latency over time');
  const dist = json.distribution ?? [];
  assert.ok(dist.length > 5);
  for (let i = 1; i < dist.length; i++) assert.ok(dist[i - 1]![1] <= dist[i]![1], 'distribution is monotone');
}

describe('load harness smoke', { concurrency: false }, () => {
  it('idle: connects and measures memory per connection', async () => {
    const f = (await smoke('idle')).figures;
    assert.equal(num(f, 'connections'), 200);
    assert.equal(num(f, 'failed'), 0);
    assert.ok(num(f, 'connect_per_sec') > 0);
    assertOrdered(f, ['connect_p50_ms', 'connect_p99_ms']);
    assert.ok(num(f, 'server_rss_mb') > 10);
  });

  for (const scenario of ['direct', 'latency', 'group', 'mixed']) {
    it(`${scenario}: sends, delivers and reports latency`, async () => {
      assertChat(await smoke(scenario));
    });
  }

  it('group: fan-out delivers to every member', async () => {
    const f = (await smoke('group', ['--rate=20'])).figures;
    assert.equal(num(f, 'delivered'), num(f, 'acked') * num(f, 'fanout'));
    assert.ok(num(f, 'delivered_per_server_core') > 0);
  });

  it('peers with 2 gateway processes, in two rounds: each delivers everything, the CPU of every process counted, medians compared', async () => {
    const r = await bench('peers', ['--only=chorus', '--gateway-processes=2', '--rounds=2']);
    assert.equal(r.code, 0, `bench peers failed:\n${r.stderr}`);
    const rows = JSON.parse(readFileSync(join(out, 'peers.json'), 'utf8')) as { results: Record<string, Result['figures'][]>; rounds: Record<string, Result['figures'][]>[] };
    assert.deepEqual(Object.keys(rows.results), ['chorus-2p']);
    assert.equal(rows.rounds.length, 2);
    for (const round of rows.rounds) {
      for (const [peer, [f]] of Object.entries(round)) {
        assert.equal(num(f!, 'missing'), 0, peer);
        assert.equal(num(f!, 'delivered'), num(f!, 'acked') * 20, `${peer}: every member got every message`);
        assert.ok(num(f!, 'server_cpu_pct') > 0, peer);
      }
    }
    for (const [peer, [f]] of Object.entries(rows.results)) {
      const p99 = rows.rounds.map((round) => num(round[peer]![0]!, 'p99_ms'));
      assert.equal(num(f!, 'p99_ms'), (p99[0]! + p99[1]!) / 2, `${peer}: the median of two rounds is their mean`);
    }
    assert.match(r.stdout, /medians of 2 rounds/);
    assert.match(r.stdout, /\| frames\/s per server core \|/);
  });

  it('saturate: steps up the rate and reports a sustainable rate and the half-rate p99', async () => {
    const json = (await smoke('saturate')) as Result & { steps: unknown[] };
    const f = json.figures;
    assert.ok(num(f, 'saturation_per_sec') > 0);
    assert.ok(num(f, 'saturation_per_server_core') >= num(f, 'saturation_per_sec'), 'one process uses at most a core');
    assert.ok(num(f, 'half_p99_ms') > 0);
    assert.ok(json.steps.length >= 1);
  });

  // The cluster scenarios need etcd and Cassandra: `npm test` starts both and exports where they are.
  const etcd = process.env['CHORUS_ETCD'] ?? '';
  const cassandra = process.env['CHORUS_CASSANDRA'] ?? '';
  const services = [`--etcd=${etcd}`, `--cassandra=${cassandra}`];
  const noServices = etcd === '' || cassandra === '' ? 'needs CHORUS_ETCD and CHORUS_CASSANDRA (npm test sets them)' : false;

  it('cluster: per-role CPU per message at two rates, the marginal cost, and one process on the same workload', { skip: noServices }, async () => {
    const f = (await smoke('cluster', services)).figures;
    for (const system of ['cluster', 'single']) {
      for (const rate of [20, 40]) assert.ok(num(f, `${system}_r${rate}_acked_per_sec`) > 0, `${system} at ${rate}/s acknowledged messages`);
    }
    for (const role of ['gateway', 'host', 'node']) assert.ok(num(f, `cluster_r40_${role}_us`) > 0, `${role} CPU per message measured`);
    assert.ok(num(f, 'single_r40_single_us') > 0, 'one process measured');
    assert.ok(num(f, 'cluster_r40_cql_requests_per_msg') > 0, 'store requests counted');
    for (const system of ['cluster', 'single']) {
      // The nodes' own driver counters: every append reads once (verify) and writes; LWTs are the owner-epoch claims only, two per activation.
      const tag = `${system}_r40`;
      assert.ok(num(f, `${tag}_driver_read_per_msg`) > 0 && num(f, `${tag}_driver_write_per_msg`) > 0, `${system}: driver requests by kind`);
      // One write per append (the entries with their client-id rows), one more per claim (the log's last client-id row).
      const writes = num(f, `${tag}_driver_write_per_msg`);
      assert.ok(writes <= 1 + num(f, `${tag}_activations_per_msg`) + 0.02, `${system}: one write per append, not ${writes}`);
      assert.ok(Math.abs(num(f, `${tag}_driver_lwt_per_msg`) - 2 * num(f, `${tag}_activations_per_msg`)) < 0.02, `${system}: LWTs only for claims`);
      assert.ok(num(f, `${tag}_entries_per_append`) >= 1, `${system}: entries per append`);
    }
    assert.ok(num(f, 'cluster_r40_grpc_messages_per_msg') > 0, 'gRPC messages between the nodes counted');
    for (const k of ['marginal_cluster_node_us', 'marginal_single_us', 'marginal_cluster_over_single']) num(f, k);
  });

  it('failover: a killed node is replaced, a drained one exits, nothing acknowledged is lost', { skip: noServices }, async () => {
    const f = (await smoke('failover', services)).figures;
    assert.ok(num(f, 'acked') > 0);
    assert.equal(num(f, 'stored'), num(f, 'acked'), 'every acknowledged message stored once, nothing else stored');
    for (const k of ['lost', 'duplicates', 'gaps', 'misdelivered', 'unrecovered', 'send_errors']) assert.equal(num(f, k), 0, k);
    assertOrdered(f, ['recovery_ms_min', 'recovery_ms_median', 'recovery_ms_max']);
    assert.ok(num(f, 'ring_ms_max') > 0);
    assert.equal(num(f, 'drain_exit_code'), 0);
  });

  it('capacity: the model runs on the results above', async () => {
    const child = spawn(process.execPath, [RUN, 'capacity', `--in=${out}`], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    assert.equal(code, 0);
    const m = /^BENCH capacity sockets=(\d+) gateway_nodes=(\d+) conversation_nodes=(\d+) scylla_nodes=(\d+)$/m.exec(stdout);
    assert.ok(m, stdout);
    for (const n of m.slice(2)) assert.ok(Number(n) >= 1);
  });
});
