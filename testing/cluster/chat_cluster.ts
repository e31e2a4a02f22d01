import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { loadConfig } from '../../cmd/config.js';
import { DevTokenIssuer } from '../../lib/auth/tokens.js';
import { ChorusClient, type WebSocketConstructor } from '../../lib/client/mod.js';
import { AckLedger, wholeLog } from '../ledger.js';
import { ScyllaStore } from '../../lib/storage/scylla_store.js';
import { createScyllaClient, shutdownScyllaClient } from '../../lib/storage/scylla_session.js';
import type { MessageRecord } from '../../lib/storage/mod.js';
import { type ServerProcess, runToExit, startServerProcess } from '../process.js';
import { TEST_SECRET } from '../node.js';
import { TestPki } from './certs.js';

/**
 * Real Chorus cluster nodes for tests: separate processes on 127.0.0.1 that join through the
 * suite's etcd (CHORUS_ETCD) and share one fresh keyspace in the suite's Cassandra
 * (CHORUS_CASSANDRA). Each harness has its own etcd prefix, so harnesses never see each other.
 * Node-to-node traffic is mTLS, as in production: each harness makes a throwaway CA in its temp
 * dir and a certificate per node id (testing/cluster/certs.ts).
 */
export const ETCD = process.env['CHORUS_ETCD'] ?? '';
export const CASSANDRA = process.env['CHORUS_CASSANDRA'] ?? '';
const DC = process.env['CHORUS_CASSANDRA_DC'] ?? 'dc1';
export const TTL_SEC = 2;

export function requireServices(): void {
  if (ETCD === '' || CASSANDRA === '') {
    assert.fail('CHORUS_ETCD and CHORUS_CASSANDRA must be set: `npm test` starts both (docs/cluster.md, "Running the cluster tests")');
  }
}

export interface ClusterNode {
  id: string;
  proc: ServerProcess;
  /** Client port (0 on conversation-only nodes). */
  port: number;
  adminPort: number;
  alive: boolean;
}

export class ChatCluster {
  readonly nodes = new Map<string, ClusterNode>();
  private readonly issuer = new DevTokenIssuer(loadConfig(['--jwt-secret', TEST_SECRET], {}).jwt, 3600);
  private readonly dataDir = mkdtempSync(join(tmpdir(), 'chorus-cluster-'));
  readonly prefix = `/chorus-test/${Date.now().toString(36)}-${process.pid}-${Math.random().toString(36).slice(2, 8)}/`;
  private store: ScyllaStore | null = null;
  /** The harness's CA: tests issue certificates from it (or from another) for peers of their own. */
  readonly pki = new TestPki(join(this.dataDir, 'pki'));

  private constructor(readonly keyspace: string) {}

  static async create(): Promise<ChatCluster> {
    requireServices();
    const keyspace = `chorus_cluster_${Date.now().toString(36)}_${process.pid}_${Math.random().toString(36).slice(2, 6)}`;
    const out = await runToExit(['migrate', '--scylla-contact-points', CASSANDRA, '--scylla-local-dc', DC, '--scylla-keyspace', keyspace, '--scylla-replication', 'SimpleStrategy:1']);
    assert.equal(out.code, 0, `chorus migrate failed: ${out.stderr}`);
    return new ChatCluster(keyspace);
  }

  /** Starts a node and waits until it has joined (its "listening" line comes after that). */
  async start(id: string, roles = 'gateway,conversation', extra: string[] = []): Promise<ClusterNode> {
    const tls = this.pki.issue(id, { label: `node-${id}` });
    const args = [
      '--cluster-ca-file', tls.caFile, '--cluster-cert-file', tls.certFile, '--cluster-key-file', tls.keyFile,
      '--host', '127.0.0.1', '--port', '0', '--admin-port', '0', '--grpc-port', '0',
      '--node-id', id, '--roles', roles,
      '--etcd-endpoints', ETCD, '--etcd-prefix', this.prefix, '--membership-ttl-sec', String(TTL_SEC),
      '--store', 'scylla', '--scylla-contact-points', CASSANDRA, '--scylla-local-dc', DC, '--scylla-keyspace', this.keyspace,
      '--jwt-secret', TEST_SECRET, '--data-dir', join(this.dataDir, id),
      '--connect-rate', '100000', '--frame-rate', '100000', '--frame-burst', '100000',
      '--presence-grace-ms', '200', '--drain-grace-ms', '10000', '--ring-settle-ms', '2000',
      ...extra,
    ];
    const proc = await startServerProcess(args, { CHORUS_LOG_LEVEL: process.env['CHORUS_TEST_LOG_LEVEL'] ?? 'warn' }, 60_000);
    const node: ClusterNode = { id, proc, port: proc.port, adminPort: proc.adminPort, alive: true };
    void proc.exited.then(() => (node.alive = false));
    this.nodes.set(id, node);
    return node;
  }

  /** Client ports of the gateways that are running. */
  gatewayPorts(): number[] {
    return [...this.nodes.values()].filter((n) => n.alive && n.port > 0).map((n) => n.port);
  }

  /** A client token for `user`, for raw connections. */
  token(user: string): Promise<string> {
    return this.issuer.issue(user);
  }

  async client(user: string, url: string, device = 'd1'): Promise<ChorusClient> {
    return connectTestClient(url, await this.issuer.issue(user), device);
  }

  /** A node's own view of a metric (first sample value), from its admin endpoint. */
  async metric(id: string, name: string): Promise<number | undefined> {
    const node = this.nodes.get(id)!;
    const res = await fetch(`http://127.0.0.1:${node.adminPort}/metrics`);
    const text = await res.text();
    const line = text.split('\n').find((l) => l.startsWith(name) && !l.startsWith('#'));
    return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(' ') + 1));
  }

  /** Waits until every running node's conversation ring has `n` members. */
  async ringSize(n: number, timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const live = [...this.nodes.values()].filter((x) => x.alive);
      const sizes = await Promise.all(live.map((x) => this.metric(x.id, 'chorus_ring_members{role="conversation"}').catch(() => undefined)));
      if (sizes.every((s) => s === n)) return;
      if (Date.now() > deadline) throw new Error(`ring did not reach ${n} members on every node: ${JSON.stringify(sizes)}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /** The store, read directly: the ground truth the checks compare with. */
  async log(conversationId: string): Promise<MessageRecord[]> {
    this.store ??= await ScyllaStore.open({ contactPoints: [CASSANDRA], localDataCenter: DC, keyspace: this.keyspace, consistency: 'LOCAL_ONE', requestTimeoutMs: 30_000 });
    return wholeLog(this.store, conversationId);
  }

  async close(): Promise<void> {
    // Every process not gone yet, `alive` or not: a node a test paused (SIGSTOP) and failed to resume
    // counts as not alive, and waiting for it to exit by itself would hang the file.
    for (const n of this.nodes.values()) if (n.proc.child.exitCode === null && n.proc.child.signalCode === null) n.proc.child.kill('SIGKILL');
    await Promise.all([...this.nodes.values()].map((n) => n.proc.exited));
    await this.store?.close();
    const admin = createScyllaClient({ contactPoints: [CASSANDRA], localDataCenter: DC, consistency: 'LOCAL_ONE', requestTimeoutMs: 60_000 });
    try {
      await admin.execute(`DROP KEYSPACE IF EXISTS ${this.keyspace}`);
    } finally {
      await shutdownScyllaClient(admin);
    }
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}

/**
 * What the clients saw (bench/lib/ledger.ts, shared with the failover benchmark), asserted:
 * every acknowledged message stored exactly once at its acknowledged seq, every log gapless from
 * 1, and every receiver saw exactly its conversations' logs, in order.
 */
export class Ledger extends AckLedger {
  private readonly clients = new Map<string, ChorusClient>();
  /** receiver → what its client went through (state changes, syncs, closes, errors), for failure messages. */
  private readonly journal = new Map<string, string[]>();
  private readonly t0 = Date.now();

  override watch(name: string, client: ChorusClient): void {
    super.watch(name, client);
    this.clients.set(name, client);
    const events: string[] = [];
    this.journal.set(name, events);
    const note = (s: string): void => {
      events.push(`${((Date.now() - this.t0) / 1000).toFixed(2)}s ${s}`);
      if (events.length > 40) events.shift();
    };
    client.on('state', (s) => note(`state ${s}`));
    client.on('synced', () => note('synced'));
    client.on('disconnected', (d) => note(`closed ${d.code} ${d.reason}`));
    client.on('error', (e) => note(`error ${e.message}`));
  }

  /** Waits until every receiver of each conversation has seen its whole log; says who lags and why when not. */
  async receiversCaughtUp(cluster: ChatCluster, members: Map<string, string[]>, timeoutMs = 60_000): Promise<void> {
    if (await this.caughtUp(cluster, members, timeoutMs)) return;
    assert.fail(`receivers did not catch up within ${timeoutMs} ms (${((Date.now() - this.t0) / 1000).toFixed(2)}s into the run):\n${await this.lagging(cluster, members)}`);
  }

  /** Each receiver missing part of a log: how much, its client's state and recent history. */
  private async lagging(cluster: ChatCluster, members: Map<string, string[]>): Promise<string> {
    const lines: string[] = [];
    const who = new Set<string>();
    for (const [conversationId, receivers] of members) {
      const log = await cluster.log(conversationId);
      for (const r of receivers) {
        const got = this.seen.get(r)?.get(conversationId) ?? [];
        if (got.length >= log.length) continue;
        const c = this.clients.get(r);
        lines.push(`${r} saw ${got.length} of ${log.length} of ${conversationId} (client ${c?.state}, cursor ${c?.cursors.get(conversationId)}, ${c?.unacknowledged} sends unacknowledged)`);
        who.add(r);
      }
    }
    for (const r of who) lines.push(this.history(r));
    return lines.join('\n');
  }

  /** What a receiver's client went through lately (state changes, syncs, closes, errors). */
  history(receiver: string): string {
    return `${receiver}'s client: ${(this.journal.get(receiver) ?? []).join('; ')}`;
  }

  /** Checks everything against the store; returns how many messages were checked. */
  async check(cluster: ChatCluster, members: Map<string, string[]>): Promise<{ stored: number; acked: number; deliveries: number }> {
    const v = await this.verify(cluster, members);
    assert.deepEqual(v.problems, [], 'the ledger found problems');
    assert.deepEqual([v.lost, v.duplicates, v.gaps, v.misdelivered], [0, 0, 0, 0]);
    return { stored: v.stored, acked: v.acked, deliveries: v.deliveries };
  }
}

/** Sends steadily from one client to its conversations until stopped; every ack goes to the ledger. */
export class SteadySender {
  private running = true;
  private n = 0;
  readonly done: Promise<void>;
  errors: Error[] = [];

  constructor(
    private readonly client: ChorusClient,
    readonly user: string,
    private readonly conversations: string[],
    private readonly ledger: Ledger,
    private readonly pauseMs: number,
  ) {
    this.done = this.loop();
  }

  stop(): Promise<void> {
    this.running = false;
    return this.done;
  }

  /** The send this sender waits for now, if any: its client id and since when (ms). */
  waiting: { clientId: string; since: number } | null = null;

  private async loop(): Promise<void> {
    while (this.running) {
      const conversationId = this.conversations[this.n % this.conversations.length]!;
      const clientId = `${this.user}-${this.n++}`;
      this.waiting = { clientId, since: Date.now() };
      try {
        const ack = await this.client.send(conversationId, `${this.user} #${this.n}`, clientId);
        this.ledger.acked(conversationId, clientId, Number(ack.seq));
      } catch (err) {
        // A send the SDK gave up on (not retryable) is a failure of the run, unless checked otherwise.
        this.errors.push(err as Error);
      }
      this.waiting = null;
      await new Promise((r) => setTimeout(r, this.pauseMs));
    }
  }
}

/** An SDK client of a test cluster, connected: quick reconnects, a generous timeout for loaded machines. */
export async function connectTestClient(url: string, token: string, device = 'd1'): Promise<ChorusClient> {
  const c = new ChorusClient({
    url,
    token,
    deviceId: device,
    WebSocket: WebSocket as unknown as WebSocketConstructor,
    reconnect: { minDelayMs: 20, maxDelayMs: 300 },
    requestTimeoutMs: 30_000,
  });
  await c.connect();
  return c;
}
