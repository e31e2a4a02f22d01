import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../../cmd/config.js';
import { DevTokenIssuer } from '../../lib/auth/tokens.js';
import type { ChorusClient } from '../../lib/client/mod.js';
import type { MessageRecord } from '../../lib/storage/mod.js';
import { ScyllaStore } from '../../lib/storage/scylla_store.js';
import { createScyllaClient, shutdownScyllaClient } from '../../lib/storage/scylla_session.js';
import { Balancer } from '../balancer.js';
import { DelayProxy } from '../delay_proxy.js';
import { TEST_SECRET } from '../node.js';
import { type ServerProcess, runToExit, startServerProcess } from '../process.js';
import { TestPki } from './certs.js';
import { connectTestClient } from './chat_cluster.js';
import { wholeLog } from '../ledger.js';

/** The shared two-DC Cassandra pair (scripts/cassandra/start_two_dc.sh): dc1 = region a, dc2 = region b. */
export const TWO_DC = (process.env['CHORUS_CASSANDRA_TWO_DC'] ?? '').split(',').filter((s) => s !== '');
const SCRIPTS = fileURLToPath(new URL('../../../scripts/etcd/', import.meta.url));

export interface RegionNode {
  id: string;
  region: string;
  proc: ServerProcess;
  port: number;
  adminPort: number;
  /** The cluster transport's port. */
  grpcPort: number;
}

interface Region {
  name: string;
  dc: string;
  contact: string;
  etcd: string;
  /** The region's entry point (as a Service in front of its nodes' gRPC ports)... */
  entry: Balancer;
  /** ...reached from the other region through the delay. */
  distance: DelayProxy;
}

/**
 * Two regions on one machine (docs/regions.md, "Testing two regions"): region a on the suite's etcd
 * and dc1, region b on an etcd of its own (scripts/etcd/start.sh) and dc2, one fresh keyspace with a
 * replica in each DC. Each region's cross-region entry point is a TCP balancer over its nodes' gRPC
 * ports, which the other region reaches through a DelayProxy (`delayMs` one way). mTLS from one CA.
 */
export class TwoRegions {
  readonly nodes = new Map<string, RegionNode>();
  readonly regions = new Map<string, Region>();
  private readonly dir = mkdtempSync(join(tmpdir(), 'chorus-regions-'));
  private readonly pki = new TestPki(join(this.dir, 'pki'));
  private readonly issuer = new DevTokenIssuer(loadConfig(['--jwt-secret', TEST_SECRET], {}).jwt, 3600);
  private readonly prefix = `/chorus-regions/${Date.now().toString(36)}-${process.pid}/`;
  private etcdDir = '';
  private store: ScyllaStore | null = null;

  private constructor(
    readonly keyspace: string,
    private readonly delayMs: number,
  ) {}

  static async create(etcdA: string, delayMs: number): Promise<TwoRegions> {
    const [dc1, dc2] = TWO_DC as [string, string];
    const keyspace = `chorus_regions_${Date.now().toString(36)}_${process.pid}`;
    const out = await runToExit(['migrate', '--scylla-contact-points', dc1, '--scylla-local-dc', 'dc1', '--scylla-keyspace', keyspace, '--scylla-replication', 'dc1=1,dc2=1']);
    assert.equal(out.code, 0, `chorus migrate failed: ${out.stderr}`);
    const t = new TwoRegions(keyspace, delayMs);
    const started = execFileSync('bash', [join(SCRIPTS, 'start.sh')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const vars = new Map(started.split('\n').filter((l) => l.includes('=')).map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));
    t.etcdDir = vars.get('ETCD_DIR') ?? '';
    const etcdB = vars.get('ETCD_ENDPOINT') ?? '';
    assert.notEqual(etcdB, '', `scripts/etcd/start.sh printed no ETCD_ENDPOINT: ${started}`);
    for (const [name, dc, contact, etcd] of [['a', 'dc1', dc1, etcdA], ['b', 'dc2', dc2, etcdB]] as const) {
      const entry = await Balancer.start(() => [...t.nodes.values()].filter((n) => n.region === name && n.proc.child.exitCode === null).map((n) => n.grpcPort));
      const distance = await DelayProxy.start({ targetHost: '127.0.0.1', targetPort: entry.port, delayMs });
      t.regions.set(name, { name, dc, contact, etcd, entry, distance });
    }
    return t;
  }

  /** Starts a node of `region` (roles gateway and conversation) and waits until it listens. */
  async start(id: string, region: string): Promise<RegionNode> {
    const r = this.regions.get(region)!;
    const other = [...this.regions.values()].find((x) => x.name !== region)!;
    const tls = this.pki.issue(id, { label: `node-${id}` });
    const args = [
      '--cluster-ca-file', tls.caFile, '--cluster-cert-file', tls.certFile, '--cluster-key-file', tls.keyFile,
      '--host', '127.0.0.1', '--port', '0', '--admin-port', '0', '--grpc-port', '0', '--node-id', id, '--roles', 'gateway,conversation',
      '--etcd-endpoints', r.etcd, '--etcd-prefix', this.prefix, '--membership-ttl-sec', '5',
      '--store', 'scylla', '--scylla-contact-points', r.contact, '--scylla-local-dc', r.dc, '--scylla-keyspace', this.keyspace,
      '--scylla-consistency', 'LOCAL_QUORUM', '--scylla-serial-consistency', 'LOCAL_SERIAL',
      '--region', region, '--regions', `${other.name}=127.0.0.1:${other.distance.port}`,
      '--jwt-secret', TEST_SECRET, '--data-dir', join(this.dir, id),
      '--connect-rate', '100000', '--frame-rate', '100000', '--frame-burst', '100000', '--presence-grace-ms', '200', '--ring-settle-ms', '2000',
    ];
    const proc = await startServerProcess(args, { CHORUS_LOG_LEVEL: process.env['CHORUS_TEST_LOG_LEVEL'] ?? 'warn' }, 60_000);
    const node: RegionNode = { id, region, proc, port: proc.port, adminPort: proc.adminPort, grpcPort: Number(proc.grpc.slice(proc.grpc.lastIndexOf(':') + 1)) };
    this.nodes.set(id, node);
    return node;
  }

  async client(user: string, node: string, device = 'd1'): Promise<ChorusClient> {
    return connectTestClient(`ws://127.0.0.1:${this.nodes.get(node)!.port}/v1/ws`, await this.issuer.issue(user), device);
  }

  /** Every running node's value of a metric line starting with `prefix` (summed over its labels). */
  async metric(id: string, prefix: string): Promise<number> {
    const text = await (await fetch(`http://127.0.0.1:${this.nodes.get(id)!.adminPort}/metrics`)).text();
    return text
      .split('\n')
      .filter((l) => l.startsWith(prefix))
      .reduce((sum, l) => sum + Number(l.slice(l.lastIndexOf(' ') + 1)), 0);
  }

  /** Waits until each region's nodes see a ring of `n` members. */
  async ringSize(n: number, timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const sizes = await Promise.all([...this.nodes.keys()].map((id) => this.metric(id, 'chorus_ring_members{role="conversation"}').catch(() => -1)));
      if (sizes.every((s) => s === n)) return;
      if (Date.now() > deadline) throw new Error(`rings did not reach ${n} members: ${JSON.stringify(sizes)}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /** A conversation's whole log, read at QUORUM over both DCs (a home's appends reach the other DC later). */
  async log(conversationId: string): Promise<MessageRecord[]> {
    this.store ??= await ScyllaStore.open({ contactPoints: [TWO_DC[0]!], localDataCenter: 'dc1', keyspace: this.keyspace, consistency: 'QUORUM', requestTimeoutMs: 30_000 });
    return wholeLog(this.store, conversationId);
  }

  async close(): Promise<void> {
    for (const n of this.nodes.values()) if (n.proc.child.exitCode === null) n.proc.child.kill('SIGKILL');
    await Promise.all([...this.nodes.values()].map((n) => n.proc.exited));
    for (const r of this.regions.values()) await Promise.all([r.distance.close(), r.entry.close()]);
    await this.store?.close();
    if (this.etcdDir !== '') execFileSync('bash', [join(SCRIPTS, 'stop.sh'), this.etcdDir], { stdio: 'ignore' });
    const admin = createScyllaClient({ contactPoints: [TWO_DC[0]!], localDataCenter: 'dc1', consistency: 'LOCAL_ONE', requestTimeoutMs: 60_000 });
    try {
      await admin.execute(`DROP KEYSPACE IF EXISTS ${this.keyspace}`);
    } finally {
      await shutdownScyllaClient(admin);
    }
    rmSync(this.dir, { recursive: true, force: true });
    void this.delayMs;
  }
}
