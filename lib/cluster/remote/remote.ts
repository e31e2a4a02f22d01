import * as grpc from '@grpc/grpc-js';
import { type Clock, type Timer, monotonicClock, systemClock, withDeadline } from '../../time/mod.js';
import { ClusterConfigError } from '../errors.js';
import { isMemberId } from '../membership.js';
import { Listeners } from '../listeners.js';
import { type ClusterLog, silentLog } from '../log.js';
import { PeerOverloadedError, PeerUnavailableError, TransportClosedError } from './errors.js';
import { type InboundMessage, type Warn, dispatchTell } from './dispatch.js';
import { InboundStream, type KindHandler, type Ownership } from './inbound.js';
import type { Outgoing } from './outbox.js';
import { type RemoteLimits, resolveLimits } from './limits.js';
import type { PeerAddress, Target, Transport } from '../transport.js';
import { type LinkStats, PeerLink, type RequestOptions, type ReturnedTell } from './link.js';
import { type ClusterTls, certificateNodeId } from './tls.js';
import { MD_NODE, MD_VERSION, PROTOCOL_VERSION, peerServiceDefinition, versionRefusal } from './wire.js';

export interface RemoteOptions {
  /** This node's member id; sent to peers and checked by them. */
  nodeId: string;
  /** host:port to listen on (port 0: any free port; see `address` after start), or unix:/path. */
  listen: string;
  /** Asked before a request or tell reaches a handler; default: this node owns every key. */
  ownership?: Ownership;
  limits?: Partial<RemoteLimits>;
  log?: ClusterLog;
  clock?: Clock;
  /**
   * Mutual TLS (docs/security.md): peers must present a certificate the CA bundle verifies, naming
   * the node id they claim. Absent: plaintext, for development and tests only (cmd/ refuses it in a
   * cluster unless --cluster-insecure is given).
   */
  tls?: ClusterTls;
  /** The protocol version this node speaks and accepts. Only tests set it (to play an old or new node). */
  protocolVersion?: number;
  /**
   * Kinds whose tells may go on the peer's own stream to this node (when it takes tells back), in
   * one batch with the replies of the same turn. Their order holds among themselves, not against
   * this node's requests or other kinds' tells to that peer: name only kinds that need no such order
   * (docs/cluster.md). Default: none.
   */
  tellsBack?: readonly string[];
}

/**
 * The node-to-node transport: a gRPC server that accepts peers' streams and hands their messages
 * to per-kind handlers, and one outgoing PeerLink per peer. Messages are opaque bytes addressed to
 * (kind, key); what they mean is the handlers' business. See docs/cluster.md.
 *
 * Delivery: per (sender node, receiver node) envelopes arrive in the order they were sent, at most
 * once. Requests get exactly one outcome: the reply or a typed RemoteError (lib/cluster/remote/
 * errors.ts). A tell the receiver refuses comes back through on('returned') with the reason.
 */
export class Remote implements Transport {
  readonly nodeId: string;
  private readonly o: RemoteOptions;
  private readonly limits: RemoteLimits;
  private readonly log: ClusterLog;
  private readonly clock: Clock;
  private readonly version: number;
  private readonly handlers = new Map<string, KindHandler>();
  private readonly links = new Map<string, PeerLink>();
  /** Cross-region links, by region name (docs/regions.md). */
  private readonly regionLinks = new Map<string, PeerLink>();
  private readonly inbound = new Set<InboundStream>();
  /** Batches written on inbound streams that have closed. */
  private closedBatches = 0;
  /** Per peer, its newest stream to this node that takes tells back: tells to the peer go there first. */
  private readonly back = new Map<string, InboundStream>();
  private readonly tellsBack: ReadonlySet<string>;
  private readonly returned: Listeners<[ReturnedTell]>;
  private server: grpc.Server | undefined;
  private boundAddress = '';
  private stopped = false;

  constructor(options: RemoteOptions) {
    if (!isMemberId(options.nodeId)) throw new ClusterConfigError(`node id ${JSON.stringify(options.nodeId)} is not a valid member id`);
    if (options.tls !== undefined && options.tls.nodeId !== options.nodeId) {
      throw new ClusterConfigError(`the cluster certificate is for node ${options.tls.nodeId}, this node is ${options.nodeId}`);
    }
    this.o = options;
    this.nodeId = options.nodeId;
    this.limits = resolveLimits(options.limits);
    this.log = options.log ?? silentLog;
    this.clock = options.clock ?? monotonicClock;
    this.version = options.protocolVersion ?? PROTOCOL_VERSION;
    this.returned = new Listeners('returned tell', this.log);
    this.tellsBack = new Set(options.tellsBack ?? []);
  }

  /** host:port the server listens on, once started. */
  get address(): string {
    return this.boundAddress;
  }

  /** Registers the handler of a target kind. Messages for kinds without one are refused. */
  handle(kind: string, handler: KindHandler): void {
    if (this.handlers.has(kind)) throw new ClusterConfigError(`a handler for kind ${kind} is already registered`);
    this.handlers.set(kind, handler);
  }

  /** Starts listening; resolves with the bound address. */
  async start(): Promise<string> {
    if (this.server !== undefined || this.stopped) throw new ClusterConfigError('a Remote starts once');
    const l = this.limits;
    const server = new grpc.Server({
      'grpc.keepalive_time_ms': l.keepaliveMs,
      'grpc.keepalive_timeout_ms': l.keepaliveTimeoutMs,
      'grpc.keepalive_permit_without_calls': 1,
      'grpc.http2.min_ping_interval_without_data_ms': Math.min(l.keepaliveMs, 5000),
      'grpc.max_receive_message_length': l.maxBatchBytes + l.maxPayloadBytes + 64 * 1024,
      'grpc.max_send_message_length': l.maxBatchBytes + l.maxPayloadBytes + 64 * 1024,
    });
    server.addService(peerServiceDefinition, { Stream: (call: grpc.ServerDuplexStream<Buffer, Buffer>) => this.accept(call) });
    const port = await new Promise<number>((resolve, reject) =>
      server.bindAsync(this.o.listen, this.o.tls?.serverCredentials() ?? grpc.ServerCredentials.createInsecure(), (err, p) => (err ? reject(err) : resolve(p))),
    );
    this.server = server;
    const host = this.o.listen.slice(0, this.o.listen.lastIndexOf(':'));
    this.boundAddress = this.o.listen.startsWith('unix:') ? this.o.listen : `${host}:${port}`;
    this.log.info({ node: this.nodeId, address: this.boundAddress, version: this.version, mtls: this.o.tls !== undefined }, 'cluster transport listening');
    return this.boundAddress;
  }

  /** The link to a peer, created (and connecting) on first use; replaced when its address changed. */
  link(peer: PeerAddress): PeerLink {
    if (this.stopped) throw new TransportClosedError(peer.id, 'the cluster transport is stopped');
    let link = this.links.get(peer.id);
    if (link !== undefined && link.address !== peer.grpcAddress) {
      link.close(new PeerUnavailableError(peer.id, `${peer.id} moved from ${link.address} to ${peer.grpcAddress}`));
      link = undefined;
    }
    if (link === undefined) {
      link = this.newLink(peer.id, peer.grpcAddress, undefined, true);
      this.links.set(peer.id, link);
    }
    return link;
  }

  /**
   * The link to another region's entry point (a Service in front of its nodes): the same batched
   * stream, limits and mTLS as between members, except that any node the cluster CA certifies may
   * answer (the entry point picks one). Its stats and returned tells carry the peer `region:<name>`.
   */
  regionLink(region: string, endpoint: string): PeerLink {
    if (this.stopped) throw new TransportClosedError(`region:${region}`, 'the cluster transport is stopped');
    let link = this.regionLinks.get(region);
    if (link === undefined) {
      link = this.newLink(`region:${region}`, endpoint, isMemberId);
      this.regionLinks.set(region, link);
    }
    return link;
  }

  /** `tellsBack`: a member's link, on which this node takes the peer's tells back (region links never). */
  private newLink(peerId: string, address: string, accepts?: (nodeId: string) => boolean, tellsBack = false): PeerLink {
    return new PeerLink({
      localId: this.nodeId,
      peerId,
      address,
      version: this.version,
      limits: this.limits,
      log: this.log,
      clock: this.clock,
      tls: this.o.tls,
      onReturned: (tell) => this.returned.emit(tell),
      ...(accepts ? { accepts } : {}),
      // Asked for only by a node that tells back itself, so peers see the feature only where it is used.
      ...(tellsBack && this.tellsBack.size > 0 ? { onTell: (m: InboundMessage, warn: Warn) => dispatchTell(this.handlers, this.ownership, m, warn) } : {}),
    });
  }

  request(peer: PeerAddress, target: Target, type: string, payload: Uint8Array, options?: RequestOptions): Promise<Uint8Array> {
    let link: PeerLink;
    try {
      link = this.link(peer);
    } catch (err) {
      return Promise.reject(err);
    }
    return link.request(target.kind, target.key, type, payload, options);
  }

  /**
   * One-way; throws PeerOverloadedError, PayloadTooLargeError or TransportClosedError at once.
   * A kind named in options.tellsBack goes on the peer's own stream to this node when the peer takes
   * tells back (it shares a batch, a write and a wake-up with the replies of the same turn), else on
   * this node's link to the peer.
   */
  tell(peer: PeerAddress, target: Target, type: string, payload: Uint8Array): void {
    const link = this.link(peer);
    // The link first while it still holds unwritten tells (a stream just opened): order is kept.
    const stream = this.tellsBack.has(target.kind) && link.queued === 0 ? this.back.get(peer.id) : undefined;
    if (stream !== undefined && payload.length <= this.limits.maxPayloadBytes) {
      const taken = stream.tell(target.kind, target.key, type, payload);
      if (taken === 'taken') return;
      // Not on the link: it would overtake what waits on the stream. Counted by the sender, as a full link is.
      if (taken === 'full') throw new PeerOverloadedError(peer.id, `the stream from ${peer.id} holds ${this.limits.maxQueuedEnvelopes} envelopes not yet written`);
    }
    link.tell(target.kind, target.key, type, payload);
  }

  /** Tells the receiver refused (NotOwnerError: route again with a newer ring). */
  on(_event: 'returned', listener: (tell: ReturnedTell) => void): () => void {
    return this.returned.add(listener);
  }

  /** Closes the link to a peer that left; its waiting requests fail with PeerUnavailableError. */
  disconnect(peerId: string): void {
    const link = this.links.get(peerId);
    if (link === undefined) return;
    this.links.delete(peerId);
    link.close(new PeerUnavailableError(peerId, `${peerId} left the cluster`));
  }

  peers(): string[] {
    return [...this.links.keys()];
  }

  /** batchesWritten: gRPC messages this node wrote, on its links and on peers' streams (replies, returned tells). */
  stats(): { links: LinkStats[]; inboundStreams: number; inboundEnvelopes: number; batchesWritten: number } {
    let inboundEnvelopes = 0;
    let batchesWritten = this.closedBatches;
    for (const s of this.inbound) {
      inboundEnvelopes += s.received;
      batchesWritten += s.batchesSent;
    }
    const links = [...Array.from(this.links.values(), (l) => l.stats()), ...Array.from(this.regionLinks.values(), (l) => l.stats())];
    for (const l of links) batchesWritten += l.batchesSent;
    return { links, inboundStreams: this.inbound.size, inboundEnvelopes, batchesWritten };
  }

  /**
   * Stops: links close (waiting requests fail with TransportClosedError), inbound streams end after
   * the answers in progress (up to limits.shutdownGraceMs), then the server is shut down.
   */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    for (const link of [...this.links.values(), ...this.regionLinks.values()]) link.close();
    this.links.clear();
    this.regionLinks.clear();
    const server = this.server;
    this.server = undefined;
    if (server === undefined) return;
    for (const s of Array.from(this.inbound)) s.end();
    try {
      await withDeadline(
        new Promise<void>((resolve, reject) => server.tryShutdown((err) => (err ? reject(err) : resolve()))),
        this.limits.shutdownGraceMs,
        () => new Error('graceful shutdown timed out'),
      );
    } catch (err) {
      this.log.debug({ err }, 'cluster transport: forcing shutdown');
      for (const s of Array.from(this.inbound)) s.cancel();
      server.forceShutdown();
    }
  }

  private accept(call: grpc.ServerDuplexStream<Buffer, Buffer>): void {
    const offered = String(call.metadata.get(MD_VERSION)[0] ?? '');
    const peer = String(call.metadata.get(MD_NODE)[0] ?? '');
    if (offered !== String(this.version)) {
      this.log.warn({ peer: peer || call.getPeer(), offered, speaks: this.version }, 'cluster peer speaks another protocol version: refused');
      call.emit('error', { code: grpc.status.FAILED_PRECONDITION, details: versionRefusal(offered, [this.version]) });
      return;
    }
    if (!isMemberId(peer)) {
      this.log.warn({ from: call.getPeer(), peer }, 'cluster peer sent no valid node id: refused');
      call.emit('error', { code: grpc.status.INVALID_ARGUMENT, details: `metadata ${MD_NODE} must be a member id` });
      return;
    }
    const expiresAt = this.authenticate(call, peer);
    if (expiresAt === undefined) return;
    if (this.stopped) {
      call.emit('error', { code: grpc.status.UNAVAILABLE, details: 'node is shutting down' });
      return;
    }
    let expiry: Timer | undefined;
    const stream = new InboundStream(call, peer, {
      localId: this.nodeId,
      version: this.version,
      handlers: this.handlers,
      ownership: this.ownership,
      limits: this.limits,
      log: this.log,
      clock: this.clock,
      onClosed: (s, unsent) => {
        this.inbound.delete(s);
        this.closedBatches += s.batchesSent;
        if (this.back.get(peer) === s) this.back.delete(peer);
        if (expiry !== undefined) systemClock.clearTimeout(expiry);
        this.sendUnsent(peer, unsent);
      },
      onReturned: (tell) => this.returned.emit(tell),
    });
    this.inbound.add(stream);
    if (stream.tellsBack) this.back.set(peer, stream);
    stream.start();
    // A stream lives no longer than the certificate it was opened with; the peer reconnects with its new one.
    // Certificates expire in wall time.
    const left = expiresAt - systemClock.now();
    if (left < 2 ** 31 - 1) {
      expiry = systemClock.setTimeout(() => {
        this.log.info({ peer }, 'cluster peer certificate expired: ending its stream');
        stream.end();
      }, Math.max(0, left));
      expiry.unref?.();
    }
  }

  private get ownership(): Ownership {
    return this.o.ownership ?? (() => ({ owned: true }));
  }

  /** Tells told back on a stream that ended before writing them: on the link now, in order (dropped without one). */
  private sendUnsent(peer: string, unsent: Outgoing[]): void {
    const link = this.links.get(peer);
    for (const o of unsent) {
      try {
        if (link === undefined) throw new TransportClosedError(peer, `no link to ${peer}`);
        link.tell(o.kind, o.envelope.key ?? '', o.type, o.envelope.payload ?? new Uint8Array(0));
      } catch (err) {
        this.log.debug({ peer, err }, 'a tell told back on a closed stream was not sent');
      }
    }
  }

  /**
   * With mTLS: the stream is taken only from a peer whose certificate the CA bundle verified
   * (grpc-js hides unverified ones) and names the node id the metadata claims. Answers when its
   * certificate expires (wall time), or undefined after refusing it. Without mTLS: never expires.
   */
  private authenticate(call: grpc.ServerDuplexStream<Buffer, Buffer>, peer: string): number | undefined {
    if (this.o.tls === undefined) return Number.POSITIVE_INFINITY;
    const cert = call.getAuthContext().sslPeerCertificate;
    const presented = certificateNodeId(cert?.subjectaltname);
    if (cert !== undefined && presented === peer) return Date.parse(cert.valid_to);
    const why = cert === undefined ? 'no certificate the cluster CA verifies (none, another CA, expired or not yet valid)' : `a certificate for ${presented ?? 'no single node'}, not for ${peer}`;
    this.log.warn({ from: call.getPeer(), peer, presented: presented ?? null }, `cluster peer refused: ${why}`);
    call.emit('error', { code: grpc.status.UNAUTHENTICATED, details: `this node accepts only certificates of its cluster CA naming the calling node: ${why}` });
    return undefined;
  }
}
