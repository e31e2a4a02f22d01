import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DevTokenIssuer } from '../../lib/auth/tokens.js';
import type { Member } from '../../lib/cluster/membership.js';
import { RingSnapshot } from '../../lib/cluster/ring.js';
import { ScyllaStore } from '../../lib/storage/scylla_store.js';
import { createScyllaClient, shutdownScyllaClient } from '../../lib/storage/scylla_session.js';
import type { MessageRecord } from '../../lib/storage/mod.js';
import { TestPki } from '../../testing/cluster/certs.js';
import { type ServerProcess, runToExit, startServerProcess } from '../../testing/process.js';
import type { ProbeReading } from './probe.js';
import { localPortsTo } from './procstat.js';
import { BENCH_SECRET } from './server.js';
import type { Services } from './services.js';
import type { TargetServer } from './target.js';

const PROBE = new URL('./probe.js', import.meta.url).href;

export interface ClusterSpec {
  /** etcd lease TTL of every node, seconds (membership: a SIGKILLed node is out this long after its last renewal). */
  ttlSec: number;
  /** SIGTERM: how long a node may hand off before it exits anyway. */
  drainGraceMs: number;
  /** More `chorus` flags for every node. */
  extra: string[];
  /** Write a V8 CPU profile of every node into this directory (nodes then stop with SIGTERM, not SIGKILL, so the profile is written). */
  cpuProfDir?: string;
}

export interface NodeStart {
  /** `--roles` of the node (default gateway,conversation). */
  roles?: string;
  /** A single process: no etcd, no cluster transport (the one-node cluster of cmd/node.ts). */
  single?: boolean;
}

export interface StoreCounters {
  requests: number;
  /** table (of the cluster's keyspace, and system.paxos) → local writes / reads so far. */
  writes: Map<string, number>;
  reads: Map<string, number>;
}

export interface BenchNode {
  id: string;
  proc: ServerProcess;
  pid: number;
  /** Client (WebSocket) port and admin (/metrics) port. */
  port: number;
  adminPort: number;
  alive: boolean;
  probe(): ProbeReading | null;
}

/**
 * Real `chorus` cluster nodes for benchmarks: separate processes on 127.0.0.1, each with the roles
 * gateway and conversation, joined through etcd under a prefix of their own and sharing one fresh
 * keyspace (made with `chorus migrate`, dropped by close()). The heap/event-loop probe
 * (bench/lib/probe.ts) is preloaded into every node, as into the single-process bench server.
 */
export class BenchCluster {
  readonly nodes = new Map<string, BenchNode>();
  readonly issuer = new DevTokenIssuer({ secret: new TextEncoder().encode(BENCH_SECRET), issuer: 'chorus', audience: 'chorus', clockToleranceSec: 30 }, 86_400);
  private readonly dir = mkdtempSync(join(tmpdir(), 'chorus-bench-cluster-'));
  // mTLS between nodes, as in production: a throwaway CA in the run's temp dir.
  private readonly pki = new TestPki(join(this.dir, 'pki'));
  private readonly prefix = `/chorus-bench/${Date.now().toString(36)}-${process.pid}/`;
  private store: ScyllaStore | null = null;

  private constructor(
    readonly services: Services,
    readonly keyspace: string,
    private readonly spec: ClusterSpec,
  ) {}

  static async create(services: Services, spec: ClusterSpec): Promise<BenchCluster> {
    const keyspace = `chorus_bench_${Date.now().toString(36)}_${process.pid}`;
    const out = await runToExit(['migrate', '--scylla-contact-points', services.cassandra, '--scylla-local-dc', services.dc, '--scylla-keyspace', keyspace, '--scylla-replication', 'SimpleStrategy:1']);
    if (out.code !== 0) throw new Error(`chorus migrate failed: ${out.stderr}`);
    return new BenchCluster(services, keyspace, spec);
  }

  /** Starts node `id` and waits until it has joined (its "listening" line comes after that). */
  async start(id: string, how: NodeStart = {}): Promise<BenchNode> {
    const probeFile = join(this.dir, `${id}.probe.json`);
    const s = this.services;
    const clustered = (): string[] => {
      const tls = this.pki.issue(id, { label: `node-${id}` });
      return [
        '--grpc-port', '0', '--roles', how.roles ?? 'gateway,conversation',
        '--cluster-ca-file', tls.caFile, '--cluster-cert-file', tls.certFile, '--cluster-key-file', tls.keyFile,
        '--etcd-endpoints', s.etcd, '--etcd-prefix', this.prefix, '--membership-ttl-sec', String(this.spec.ttlSec),
      ];
    };
    const args = [
      '--host', '127.0.0.1', '--port', '0', '--admin-port', '0', '--node-id', id,
      ...(how.single === true ? [] : clustered()),
      '--store', 'scylla', '--scylla-contact-points', s.cassandra, '--scylla-local-dc', s.dc, '--scylla-keyspace', this.keyspace,
      '--jwt-secret', BENCH_SECRET, '--data-dir', join(this.dir, id),
      '--idle-timeout-sec', '240', '--connect-rate', '1000000', '--frame-rate', '1000000', '--frame-burst', '1000000',
      '--drain-grace-ms', String(this.spec.drainGraceMs),
      ...this.spec.extra,
    ];
    const prof = this.spec.cpuProfDir === undefined ? [] : ['--cpu-prof', `--cpu-prof-dir=${this.spec.cpuProfDir}`, `--cpu-prof-name=${id}.cpuprofile`];
    const proc = await startServerProcess(args, { CHORUS_LOG_LEVEL: 'error', CHORUS_BENCH_PROBE: probeFile, NODE_OPTIONS: `--import=${PROBE}` }, 90_000, prof);
    const probe = (): ProbeReading | null => {
      try {
        return JSON.parse(readFileSync(probeFile, 'utf8')) as ProbeReading;
      } catch {
        return null;
      }
    };
    const node: BenchNode = { id, proc, pid: proc.child.pid!, port: proc.port, adminPort: proc.adminPort, alive: true, probe };
    void proc.exited.then(() => (node.alive = false));
    this.nodes.set(id, node);
    return node;
  }

  /** Client ports of the running nodes, in node order. */
  gatewayPorts(): number[] {
    return [...this.nodes.values()].filter((n) => n.alive).map((n) => n.port);
  }

  /** The running nodes as load-harness targets (URL, pid for /proc, probe). */
  targets(): TargetServer[] {
    return [...this.nodes.values()]
      .filter((n) => n.alive)
      .map((n) => ({ url: n.proc.url, pid: n.pid, probe: n.probe, probeAfterGc: async () => null }));
  }

  /** A node's own view of one metric sample (the first line starting with `name`), from /metrics. */
  async metric(id: string, name: string, signal?: AbortSignal): Promise<number | undefined> {
    const node = this.nodes.get(id)!;
    const res = await fetch(`http://127.0.0.1:${node.adminPort}/metrics`, signal === undefined ? {} : { signal });
    const text = await res.text();
    const line = text.split('\n').find((l) => l.startsWith(name) && !l.startsWith('#'));
    return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(' ') + 1));
  }

  /** Conversation-ring size as each running node sees it (undefined where /metrics did not answer). */
  async ringSizes(): Promise<(number | undefined)[]> {
    const live = [...this.nodes.values()].filter((n) => n.alive);
    return Promise.all(live.map((n) => this.metric(n.id, 'chorus_ring_members{role="conversation"}', AbortSignal.timeout(2000)).catch(() => undefined)));
  }

  /** Waits (polling every 50 ms) until every running node's conversation ring has `n` members. */
  async ringSize(n: number, timeoutMs = 60_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const sizes = await this.ringSizes();
      if (sizes.length > 0 && sizes.every((s) => s === n)) return;
      if (Date.now() > deadline) throw new Error(`the ring did not reach ${n} members on every node: ${JSON.stringify(sizes)}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /**
   * The node that owns a conversation when `ids` are the members: placement is a pure function of
   * the member ids (lib/cluster/ring.ts), so this is what every node computes too.
   */
  static owner(conversationId: string, ids: string[]): string {
    const members: Member[] = ids.map((id) => ({ id, grpcAddress: '127.0.0.1:1', roles: ['gateway', 'conversation'], zone: '', weight: 1 }));
    return RingSnapshot.of(members, { role: 'conversation' }).ownerId(conversationId)!;
  }

  /** A conversation's whole log, read from the store directly: the ground truth of the checks. */
  async log(conversationId: string): Promise<MessageRecord[]> {
    this.store ??= await ScyllaStore.open({ contactPoints: [this.services.cassandra], localDataCenter: this.services.dc, keyspace: this.keyspace, consistency: 'LOCAL_ONE', requestTimeoutMs: 30_000 });
    const rows: MessageRecord[] = [];
    for (;;) {
      const page = await this.store.range(conversationId, { afterSeq: rows.length === 0 ? 0 : rows[rows.length - 1]!.seq, limit: 500 });
      rows.push(...page);
      if (page.length < 500) return rows;
    }
  }

  /**
   * What the store has done so far, from Cassandra's virtual tables (null where the store has none,
   * e.g. ScyllaDB): CQL requests over this cluster's client connections, and local reads and writes per table
   * of this cluster's keyspace and of system.paxos (one write per Paxos phase of a lightweight
   * transaction; system.paxos is shared, so other users' lightweight transactions count too). The
   * difference of two readings over a phase, divided by its messages, says what one message costs
   * the store.
   */
  async storeCounters(): Promise<StoreCounters | null> {
    const admin = createScyllaClient({ contactPoints: [this.services.cassandra], localDataCenter: this.services.dc, consistency: 'LOCAL_ONE', requestTimeoutMs: 10_000 });
    try {
      // Only the connections of these nodes (by their local ports): other users of the same Cassandra do not count.
      const ports = localPortsTo([...this.nodes.values()].filter((n) => n.alive).map((n) => n.pid), Number(this.services.cassandra.split(':').pop()));
      const clients = await admin.execute('SELECT port, request_count FROM system_views.clients');
      const requests = clients.rows.filter((r) => ports.has(Number(r['port']))).reduce((sum, r) => sum + Number(r['request_count']), 0);
      const perTable = async (view: string): Promise<Map<string, number>> => {
        const rs = await admin.execute(`SELECT keyspace_name, table_name, count FROM system_views.${view}`);
        const out = new Map<string, number>();
        for (const r of rs.rows) {
          const ks = r['keyspace_name'] as string;
          if (ks !== this.keyspace && !(ks === 'system' && r['table_name'] === 'paxos')) continue;
          out.set(ks === 'system' ? 'system.paxos' : (r['table_name'] as string), Number(r['count']));
        }
        return out;
      };
      return { requests, writes: await perTable('local_write_latency'), reads: await perTable('local_read_latency') };
    } catch {
      return null;
    } finally {
      await shutdownScyllaClient(admin);
    }
  }

  /** Kills every node still running, drops the keyspace and removes the nodes' data dirs. */
  async close(): Promise<void> {
    // A profiled node writes its profile on a normal exit only.
    const signal = this.spec.cpuProfDir === undefined ? 'SIGKILL' : 'SIGTERM';
    for (const n of this.nodes.values()) if (n.alive) n.proc.child.kill(signal);
    await Promise.all([...this.nodes.values()].map((n) => n.proc.exited));
    await this.store?.close();
    const admin = createScyllaClient({ contactPoints: [this.services.cassandra], localDataCenter: this.services.dc, consistency: 'LOCAL_ONE', requestTimeoutMs: 60_000 });
    try {
      await admin.execute(`DROP KEYSPACE IF EXISTS ${this.keyspace}`);
    } finally {
      await shutdownScyllaClient(admin);
      rmSync(this.dir, { recursive: true, force: true });
    }
  }
}
