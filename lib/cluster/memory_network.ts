import { type Clock, abortReason, monotonicClock } from '../time/mod.js';
import { Listeners } from './listeners.js';
import { type ClusterLog, silentLog } from './log.js';
import { PeerUnavailableError, RemoteTimeoutError, TransportClosedError, UnknownTargetError, NotOwnerError, type RemoteError } from './remote/errors.js';
import type { InboundMessage, KindHandler, Ownership } from './remote/inbound.js';
import { REMOTE_DEFAULTS } from './remote/limits.js';
import type { RequestOptions, ReturnedTell } from './remote/link.js';
import { errorStatus, statusError } from './remote/status.js';
import type { PeerAddress, Target, Transport } from './transport.js';

export interface MemoryNetworkOptions {
  /** Drives delays and request deadlines; ManualClock in tests. */
  clock?: Clock;
  log?: ClusterLog;
}

/** What fails a message on its way: the link is cut, or the message is lost. */
type Fate = 'cut' | 'lost';

/** Messages on their way from one node to another, in the order sent. */
interface Link {
  queue: { at: number; fn: () => void }[];
  armed: boolean;
}

/**
 * Transports between chat cores in one process: the single process (a one-node cluster, where
 * every call is local and nothing crosses it) and the in-process clusters of the tests, which
 * inject delay, loss and partitions. Messages are copied, ordered per (sender, receiver) pair and
 * answered with the same typed errors as the gRPC transport (remote/status.ts maps both).
 */
export class MemoryNetwork {
  readonly clock: Clock;
  readonly log: ClusterLog;
  private readonly nodes = new Map<string, MemoryTransport>();
  private readonly cuts = new Set<string>();
  private readonly links = new Map<string, Link>();
  private delayMs = 0;
  private lossRate = 0;
  private random: () => number = Math.random;

  constructor(options: MemoryNetworkOptions = {}) {
    this.clock = options.clock ?? monotonicClock;
    this.log = options.log ?? silentLog;
  }

  /** The transport of a node joining the network (its address is its id). */
  join(nodeId: string, options: { ownership?: Ownership } = {}): MemoryTransport {
    if (this.nodes.get(nodeId)?.stopped === false) throw new Error(`node ${nodeId} is already on the network`);
    const t = new MemoryTransport(this, nodeId, options.ownership ?? (() => ({ owned: true })));
    this.nodes.set(nodeId, t);
    return t;
  }

  /** Every message from then on takes `ms` each way. */
  delay(ms: number): void {
    this.delayMs = Math.max(0, ms);
  }

  /** Each message is lost with probability `rate` (requests then time out). */
  loss(rate: number, random: () => number = Math.random): void {
    this.lossRate = rate;
    this.random = random;
  }

  /** Cuts the links between `a` and each of `others` (both ways). */
  partition(a: string, others: readonly string[]): void {
    for (const b of others) if (b !== a) this.cuts.add(pair(a, b));
  }

  /** Cuts a node off from every other node. */
  isolate(nodeId: string): void {
    this.partition(nodeId, [...this.nodes.keys()]);
  }

  heal(): void {
    this.cuts.clear();
  }

  /** @internal The receiver of a message from `from` to `to`, or why there is none. */
  route(from: string, to: string): MemoryTransport | Fate {
    if (this.cuts.has(pair(from, to))) return 'cut';
    const node = this.nodes.get(to);
    if (node === undefined || node.stopped) return 'cut';
    return this.lossRate > 0 && this.random() < this.lossRate ? 'lost' : node;
  }

  /**
   * @internal Runs `fn` after the network's delay. Per (from, to) messages arrive in the order
   * sent, even when the delay shrinks meanwhile: a message never overtakes one sent before it.
   */
  schedule(from: string, to: string, fn: () => void): void {
    const key = `${from}\u0000${to}`;
    let link = this.links.get(key);
    if (link === undefined) this.links.set(key, (link = { queue: [], armed: false }));
    link.queue.push({ at: this.clock.now() + this.delayMs, fn });
    this.arm(link);
  }

  /** @internal A node stopped: what waits at it will never be answered. */
  stopped(nodeId: string): void {
    for (const node of this.nodes.values()) if (node.nodeId !== nodeId) node.peerGone(nodeId);
  }

  private arm(link: Link): void {
    if (link.armed || link.queue.length === 0) return;
    link.armed = true;
    const wait = link.queue[0]!.at - this.clock.now();
    const run = (): void => {
      link.armed = false;
      const now = this.clock.now();
      while (link.queue.length > 0 && link.queue[0]!.at <= now) link.queue.shift()!.fn();
      this.arm(link);
    };
    if (wait <= 0) queueMicrotask(run);
    else this.clock.setTimeout(run, wait);
  }
}

function pair(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

interface Pending {
  peer: string;
  settle(err: Error | undefined, payload?: Uint8Array): void;
}

/** One node's side of a MemoryNetwork. */
export class MemoryTransport implements Transport {
  stopped = false;
  private readonly handlers = new Map<string, KindHandler>();
  private readonly returned: Listeners<[ReturnedTell]>;
  private readonly linked = new Set<string>();
  private readonly pending = new Set<Pending>();

  constructor(
    private readonly net: MemoryNetwork,
    readonly nodeId: string,
    private readonly ownership: Ownership,
  ) {
    this.returned = new Listeners('returned tell', net.log);
  }

  handle(kind: string, handler: KindHandler): void {
    if (this.handlers.has(kind)) throw new Error(`a handler for kind ${kind} is already registered`);
    this.handlers.set(kind, handler);
  }

  request(peer: PeerAddress, target: Target, type: string, payload: Uint8Array, options: RequestOptions = {}): Promise<Uint8Array> {
    if (this.stopped) return Promise.reject(new TransportClosedError(peer.id, 'the cluster transport is stopped'));
    this.linked.add(peer.id);
    const what = `${target.kind}/${target.key} ${type}`;
    const timeoutMs = options.timeoutMs ?? REMOTE_DEFAULTS.requestTimeoutMs;
    const clock = this.net.clock;
    return new Promise<Uint8Array>((resolve, reject) => {
      const p: Pending = {
        peer: peer.id,
        settle: (err, reply) => {
          if (!this.pending.delete(p)) return;
          clock.clearTimeout(timer);
          options.signal?.removeEventListener('abort', onAbort);
          if (err !== undefined) reject(err);
          else resolve(reply ?? new Uint8Array(0));
        },
      };
      const timer = clock.setTimeout(() => p.settle(new RemoteTimeoutError(peer.id, timeoutMs, what)), timeoutMs);
      // As Remote: the caller's own reason, not a transport error.
      const onAbort = (): void => p.settle(abortReason(options.signal));
      this.pending.add(p);
      options.signal?.addEventListener('abort', onAbort, { once: true });
      if (options.signal?.aborted) return onAbort();
      const message: InboundMessage = { from: this.nodeId, kind: target.kind, key: target.key, type, payload: payload.slice() };
      const to = this.net.route(this.nodeId, peer.id);
      if (to === 'cut') return p.settle(new PeerUnavailableError(peer.id, `${peer.id} cannot be reached`));
      if (to === 'lost') return;
      const deadlineAt = clock.now() + timeoutMs;
      this.net.schedule(this.nodeId, peer.id, () => to.serve(message, deadlineAt, (err, reply) => this.answer(p, err, reply)));
    });
  }

  tell(peer: PeerAddress, target: Target, type: string, payload: Uint8Array): void {
    if (this.stopped) throw new TransportClosedError(peer.id, 'the cluster transport is stopped');
    this.linked.add(peer.id);
    const to = this.net.route(this.nodeId, peer.id);
    if (typeof to === 'string') return; // a cut link or a lost message: tells are best effort
    const message: InboundMessage = { from: this.nodeId, kind: target.kind, key: target.key, type, payload: payload.slice() };
    this.net.schedule(this.nodeId, peer.id, () => {
      const error = to.accept(message);
      if (error !== undefined) this.back(peer.id, message, error);
    });
  }

  on(_event: 'returned', listener: (tell: ReturnedTell) => void): () => void {
    return this.returned.add(listener);
  }

  peers(): string[] {
    return [...this.linked];
  }

  disconnect(peerId: string): void {
    this.linked.delete(peerId);
    for (const p of this.pending) if (p.peer === peerId) p.settle(new PeerUnavailableError(peerId, `${peerId} left the cluster`));
  }

  /**
   * Stops at once, as a killed process would: its waiting requests fail, peers can no longer reach
   * it, and their requests waiting at it fail as over a broken stream (PeerUnavailableError).
   */
  stop(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    this.stopped = true;
    for (const p of this.pending) p.settle(new TransportClosedError(p.peer, 'the cluster transport is stopped'));
    this.net.stopped(this.nodeId);
    return Promise.resolve();
  }

  /** @internal The peer stopped: requests waiting on it fail (it may have acted on them). */
  peerGone(peerId: string): void {
    for (const p of this.pending) if (p.peer === peerId) p.settle(new PeerUnavailableError(peerId, `the stream to ${peerId} broke: it stopped`));
  }

  /** @internal The receiving side of a request; `done` runs once with the answer. */
  serve(m: InboundMessage, deadlineAt: number, done: (err: RemoteError | undefined, reply?: Uint8Array) => void): void {
    if (this.stopped) return; // the process is gone: the sender times out
    const refusal = this.refusal(m, 'request');
    if (refusal !== undefined) return done(refusal);
    let result: Uint8Array | Promise<Uint8Array>;
    try {
      result = this.handlers.get(m.kind)!.request!(m, { deadlineAt });
    } catch (err) {
      return done(this.failure(err, m));
    }
    Promise.resolve(result).then(
      (reply) => {
        if (!this.stopped) done(undefined, reply.slice());
      },
      (err: unknown) => {
        if (!this.stopped) done(this.failure(err, m));
      },
    );
  }

  /** @internal The receiving side of a tell: undefined when handled, else why it comes back. */
  accept(m: InboundMessage): RemoteError | undefined {
    if (this.stopped) return undefined;
    const refusal = this.refusal(m, 'tell');
    if (refusal !== undefined) return refusal;
    try {
      this.handlers.get(m.kind)!.tell!(m);
      return undefined;
    } catch (err) {
      return this.failure(err, m);
    }
  }

  private refusal(m: InboundMessage, flow: 'request' | 'tell'): RemoteError | undefined {
    if (this.handlers.get(m.kind)?.[flow] === undefined) return new UnknownTargetError(this.nodeId, `${this.nodeId} has no ${flow} handler for kind ${JSON.stringify(m.kind)}`);
    const owner = this.ownership(m.kind, m.key);
    if (!owner.owned) return new NotOwnerError(this.nodeId, m.kind, m.key, owner.ownerHint, owner.generation, owner.detail ?? '');
    return undefined;
  }

  /** A handler's failure as the sender sees it: through the same mapping as the wire. */
  private failure(err: unknown, m: InboundMessage): RemoteError {
    const s = errorStatus(err);
    const answer = { status: s.status ?? 0, detail: s.detail ?? '', appCode: s.appCode ?? 0, ownerHint: s.ownerHint ?? '', generation: s.generation ?? 0 };
    return statusError(this.nodeId, answer, { kind: m.kind, key: m.key, what: `${m.kind}/${m.key} ${m.type}` })!;
  }

  /** The answer travels back over the same network (it can be cut or lost on the way). */
  private answer(p: Pending, err: RemoteError | undefined, reply?: Uint8Array): void {
    const back = this.net.route(p.peer, this.nodeId);
    if (typeof back === 'string') return; // lost on the way back: the sender times out
    this.net.schedule(p.peer, this.nodeId, () => p.settle(err, reply));
  }

  private back(peer: string, m: InboundMessage, error: RemoteError): void {
    this.net.schedule(peer, this.nodeId, () => this.returned.emit({ peer, kind: m.kind, key: m.key, type: m.type, payload: m.payload, error }));
  }
}

