import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'node:test';
import { loadConfig } from '../cmd/config.js';
import { ChatCore } from '../cmd/core.js';
import { ActorSystem } from '../lib/actors/mod.js';
import type { ClusterChat } from '../lib/chat/cluster/mod.js';
import type { RoutedChatService } from '../lib/chat/cluster/routed_service.js';
import { type Member, MemoryNetwork, type MemoryTransport, Placement, RingSnapshot, StaticMembership } from '../lib/cluster/mod.js';
import type { PeerAddress, Target, Transport } from '../lib/cluster/transport.js';
import type { KindHandler, RequestOptions, ReturnedTell } from '../lib/cluster/remote/mod.js';
import { type MessageRecord, SqliteStore } from '../lib/storage/mod.js';
import { ManualClock } from '../lib/time/mod.js';
import { FakeGateway, Session } from './fake_gateway.js';
import { TEST_SECRET } from './node.js';
import { wholeLog } from './ledger.js';

export { FakeGateway, type GatewayDelivery, Session, SessionClosedError } from './fake_gateway.js';

export interface InProcessClusterOptions {
  /** A user goes offline this long after their last session closed (ManualClock time). */
  presenceGraceMs?: number;
  /** How long moved keys count as moving after a ring change (ManualClock time). */
  settleMs?: number;
  /** --max-sessions-per-user (default: the server's default). */
  maxSessionsPerUser?: number;
}

/** Where a node is in its life. */
export type NodeState = 'running' | 'draining' | 'isolated' | 'drained' | 'killed';

/**
 * A transport that counts what its node sends, by "peer kind type" (tells and requests), so tests
 * can see how many messages a fan-out cost.
 */
class CountingTransport implements Transport {
  readonly sent = new Map<string, number>();

  constructor(readonly inner: MemoryTransport) {}

  get nodeId(): string {
    return this.inner.nodeId;
  }

  handle(kind: string, handler: KindHandler): void {
    this.inner.handle(kind, handler);
  }

  request(peer: PeerAddress, target: Target, type: string, payload: Uint8Array, options?: RequestOptions): Promise<Uint8Array> {
    this.count(peer, target, type);
    return this.inner.request(peer, target, type, payload, options);
  }

  tell(peer: PeerAddress, target: Target, type: string, payload: Uint8Array): void {
    this.count(peer, target, type);
    this.inner.tell(peer, target, type, payload);
  }

  on(event: 'returned', listener: (tell: ReturnedTell) => void): () => void {
    return this.inner.on(event, listener);
  }

  peers(): string[] {
    return this.inner.peers();
  }

  disconnect(peerId: string): void {
    this.inner.disconnect(peerId);
  }

  stop(): Promise<void> {
    return this.inner.stop();
  }

  private count(peer: PeerAddress, target: Target, type: string): void {
    const key = `${peer.id} ${target.kind} ${type}`;
    this.sent.set(key, (this.sent.get(key) ?? 0) + 1);
  }
}

/** Nothing dials it: the memory network addresses nodes by id. */
const ADDRESS = 'memory.invalid:1';

export function memberOf(id: string): Member {
  return { id, grpcAddress: ADDRESS, roles: ['gateway', 'conversation'], zone: '', weight: 1 };
}

/** Who owns `key` on a conversation ring of these nodes: to pick keys that live (or move) where a test needs them. */
export function ownerIn(nodeIds: readonly string[], key: string): string | undefined {
  return RingSnapshot.of(nodeIds.map(memberOf), { role: 'conversation' }).ownerId(key);
}

/** One chat core of the cluster, with its own actor system, membership and fake gateway. */
export class InProcessNode {
  state: NodeState = 'running';
  readonly membership: StaticMembership;
  readonly placement: Placement;
  readonly transport: CountingTransport;
  readonly system: ActorSystem;
  readonly core: ChatCore;
  readonly gateway: FakeGateway;
  /** Appends that failed, by reason ('fenced': another node had claimed the conversation). */
  readonly persistFailures = new Map<string, number>();
  private started: RoutedChatService | null = null;

  constructor(
    readonly id: string,
    readonly cluster: InProcessCluster,
    members: readonly Member[],
  ) {
    const c = cluster.config;
    this.system = new ActorSystem({ clock: cluster.clock, passivationSweepMs: 0 });
    this.membership = new StaticMembership({ self: memberOf(id), members });
    this.placement = new Placement(this.membership, { roles: ['conversation'] });
    let core: ChatCore | undefined;
    const ownership = (kind: string, key: string) => core?.chat.owns(kind, key) ?? { owned: false as const, ownerHint: '', generation: 0, detail: 'starting' };
    this.transport = new CountingTransport(cluster.net.join(id, { ownership }));
    this.gateway = new FakeGateway(this);
    core = this.core = new ChatCore({
      store: cluster.store,
      system: this.system,
      clock: cluster.clock,
      membership: this.membership,
      placement: this.placement,
      transport: this.transport,
      roles: ['gateway', 'conversation'],
      limits: { ...c.limits, maxSessionsPerUser: cluster.options.maxSessionsPerUser ?? c.limits.maxSessionsPerUser },
      requestTimeoutMs: c.limits.requestTimeoutMs,
      presenceGraceMs: cluster.options.presenceGraceMs ?? c.gateway.presenceGraceMs,
      settleMs: cluster.options.settleMs ?? c.cluster.settleMs,
      passivateAfterMs: c.actors.passivateAfterMs,
      mailboxCapacity: c.actors.mailboxCapacity,
      log: cluster.net.log,
      observe: {
        persisted: () => undefined,
        acked: () => undefined,
        delivered: () => undefined,
        persistFailed: (reason) => this.persistFailures.set(reason, (this.persistFailures.get(reason) ?? 0) + 1),
      },
    });
  }

  /** @internal */
  async start(): Promise<void> {
    this.started = await this.core.start(this.gateway);
  }

  get chat(): ClusterChat {
    return this.core.chat;
  }

  /** The service the node's gateway sessions call. */
  get service(): RoutedChatService {
    if (this.started === null) throw new Error(`node ${this.id} is not started`);
    return this.started;
  }

  /** Tells and requests this node sent, by "peer kind type". */
  get sent(): ReadonlyMap<string, number> {
    return this.transport.sent;
  }

  /**
   * Opens a session; resolves once it is welcomed (its directory registration is done). A refused
   * registration (the user's session cap) closes the session, as the real gateway does, and rejects.
   */
  async connect(userId: string, deviceId = 'd1'): Promise<Session> {
    if (this.state !== 'running') throw new Error(`node ${this.id} is ${this.state}`);
    const session = new Session({ userId, deviceId }, this);
    this.gateway.add(session);
    try {
      await this.chat.sessions.connected(userId);
    } catch (err) {
      this.gateway.close(session, 'refused');
      throw err;
    }
    return session;
  }
}

/**
 * N chat cores in one process, as cmd/node.ts builds each of them: static membership (kept in
 * step on joins and leaves, as etcd would), one MemoryNetwork, one SqliteStore file shared by all
 * (owner epochs fence them), a ManualClock for every core's timers (presence grace, ring settle,
 * request deadlines and retry pauses, actor asks), and a fake gateway per node. The clock follows
 * real time while the cluster runs (so retries and back-offs make progress), and tests jump it
 * forward with advance() to pass a grace period or a lease at once.
 */
export class InProcessCluster {
  readonly clock = new ManualClock();
  readonly net = new MemoryNetwork({ clock: this.clock });
  readonly store: SqliteStore;
  readonly nodes = new Map<string, InProcessNode>();
  readonly config = loadConfig(['--jwt-secret', TEST_SECRET], {});
  private readonly dir = mkdtempSync(join(tmpdir(), 'chorus-inproc-'));
  /** Who the cluster says is a member (what etcd would list). */
  private readonly listed = new Set<string>();
  private picks = 0;
  private ticker: ReturnType<typeof setInterval> | null = null;
  closed = false;

  private constructor(readonly options: InProcessClusterOptions) {
    this.store = new SqliteStore({ path: join(this.dir, 'chorus.db'), synchronous: 'NORMAL' });
    this.followRealTime();
  }

  static async start(ids: readonly string[], options: InProcessClusterOptions = {}): Promise<InProcessCluster> {
    const cluster = new InProcessCluster(options);
    for (const id of ids) cluster.listed.add(id);
    for (const id of ids) cluster.nodes.set(id, new InProcessNode(id, cluster, cluster.members()));
    for (const id of ids) await cluster.node(id).start();
    return cluster;
  }

  node(id: string): InProcessNode {
    const n = this.nodes.get(id);
    if (n === undefined) throw new Error(`no node ${id}`);
    return n;
  }

  /** Nodes serving clients now. */
  running(): InProcessNode[] {
    return [...this.nodes.values()].filter((n) => n.state === 'running');
  }

  /** The next running node, round robin: where a client connects (a balancer's choice). */
  pick(): InProcessNode {
    const running = this.running();
    if (running.length === 0) throw new Error('no running node to connect to');
    return running[this.picks++ % running.length]!;
  }

  /** Scale up: a new node joins; every running node's membership then lists it. */
  async add(id: string): Promise<InProcessNode> {
    if (this.nodes.get(id)?.state === 'running') throw new Error(`node ${id} is running`);
    this.listed.add(id);
    const node = new InProcessNode(id, this, this.members());
    this.nodes.set(id, node);
    await node.start();
    this.publish();
    return node;
  }

  /**
   * Drain, as cmd/node.ts stops a cluster node: sessions are closed (clients reconnect
   * elsewhere), the node deregisters, hands its conversations off, then stops. Resolves with the
   * number of conversations not handed off in time.
   */
  async drain(id: string, deadlineMs = 5_000): Promise<number> {
    const node = this.node(id);
    node.state = 'draining';
    node.gateway.closeAll('server draining, reconnect');
    this.listed.delete(id);
    await node.membership.stop();
    this.publish();
    const left = await node.chat.handOff(deadlineMs);
    node.state = 'drained';
    await this.shutdown(node);
    return left;
  }

  /** A crashed process: its sockets and links die at once; the others drop it when its lease expires. */
  async kill(id: string): Promise<void> {
    const node = this.node(id);
    node.state = 'killed';
    await this.shutdown(node);
    this.listed.delete(id);
    this.publish();
  }

  /**
   * A crashed process whose lease still runs: its sockets and links die at once, but the others
   * keep it in their rings until `leaseExpired(id)` (a SIGKILL, before etcd expires the lease).
   */
  async crash(id: string): Promise<void> {
    const node = this.node(id);
    node.state = 'killed';
    await this.shutdown(node);
  }

  /** The lease of a crashed node expires: the others drop it from their rings. */
  leaseExpired(id: string): void {
    this.listed.delete(id);
    this.publish();
  }

  /**
   * The node is cut off from the others (and from etcd); the store stays reachable. By default
   * it sees its lease lost first (it steps down and closes its sessions), then the others see it
   * leave. With `leaseLost: false` it goes on as an owner, unaware (a paused process, a clock
   * running slow), while the others take over: call `expire()` when it should notice.
   */
  partition(id: string, options: { leaseLost?: boolean } = {}): void {
    const node = this.node(id);
    this.net.isolate(id);
    if (options.leaseLost !== false) node.membership.expire();
    node.state = 'isolated';
    this.listed.delete(id);
    this.publish();
  }

  /** A partitioned node notices that its lease is gone. */
  expire(id: string): void {
    this.node(id).membership.expire();
  }

  /** A partitioned node is reachable again: it registers anew and the others list it again. */
  rejoin(id: string): void {
    const node = this.node(id);
    if (node.state !== 'isolated') throw new Error(`node ${id} is ${node.state}, not isolated`);
    this.net.heal();
    node.membership.renew();
    node.state = 'running';
    this.listed.add(id);
    this.publish();
  }

  /** The clock moves with real time (the default), so retry pauses and deadlines pass by themselves. */
  followRealTime(): void {
    if (this.ticker !== null) return;
    let last = performance.now();
    this.ticker = setInterval(() => {
      // Whole milliseconds, as the wall clock gives them (stored times are integers).
      const step = Math.floor(performance.now() - last);
      if (step <= 0) return;
      last += step;
      this.clock.advance(step);
    }, 2);
  }

  /** The clock stands still until advance(): for tests that check what happens at an exact time. */
  holdTime(): void {
    if (this.ticker !== null) clearInterval(this.ticker);
    this.ticker = null;
  }

  /** Moves ManualClock time forward (timers due meanwhile fire). */
  advance(ms: number): void {
    this.clock.advance(ms);
  }

  /** A conversation's whole log, read from the store: the ground truth of the checks. */
  async log(conversationId: string): Promise<MessageRecord[]> {
    return wholeLog(this.store, conversationId);
  }

  async close(): Promise<void> {
    this.holdTime();
    this.closed = true;
    for (const node of this.nodes.values()) {
      if (node.state === 'killed' || node.state === 'drained') continue;
      node.state = 'killed';
      await this.shutdown(node);
    }
    await this.store.close();
    rmSync(this.dir, { recursive: true, force: true });
  }

  private members(): Member[] {
    return [...this.listed].map(memberOf);
  }

  /** Every node that can hear the cluster gets the current member list. */
  private publish(): void {
    const members = this.members();
    for (const n of this.nodes.values()) if (n.state === 'running' && n.membership.health() === 'healthy') n.membership.update(members);
  }

  private async shutdown(node: InProcessNode): Promise<void> {
    node.gateway.closeAll(node.state === 'killed' ? 'the server went away' : 'server stopped');
    node.core.close();
    node.placement.close();
    await node.membership.stop();
    await node.transport.stop();
    node.system.shutdown();
  }
}

/** For a suite: starts one cluster per test and closes it after the test, passed or failed. */
export function clusterPerTest(): (ids: readonly string[], options?: InProcessClusterOptions) => Promise<InProcessCluster> {
  let current: InProcessCluster | undefined;
  afterEach(async () => {
    await current?.close();
    current = undefined;
  });
  return async (ids, options) => (current = await InProcessCluster.start(ids, options));
}
