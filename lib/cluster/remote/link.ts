import * as grpc from '@grpc/grpc-js';
import { backoffMs, type Clock, type Timer } from '../../time/mod.js';
import type { ClusterLog } from '../log.js';
import {
  MalformedEnvelopeError,
  PayloadTooLargeError,
  PeerOverloadedError,
  PeerRefusedError,
  PeerUnavailableError,
  type RemoteError,
  RemoteTimeoutError,
  TransportClosedError,
  UnsupportedVersionError,
} from './errors.js';
import { type InboundMessage, type Warn, returnedTell, tellEnvelope } from './dispatch.js';
import type { EnvelopeInit } from '../gen/cluster.js';
import { ENVELOPE_OVERHEAD, type Outgoing, Outbox } from './outbox.js';
import { type About, statusError } from './status.js';
import { FEATURE_TELLS_BACK, Flow, MD_FEATURES, MD_NODE, MD_VERSION, PEER_STREAM_PATH, SUPPORTED_VERSIONS, VERSION_REFUSAL_PREFIX, decodeBatch, readEnvelope } from './wire.js';
import type { RemoteLimits } from './limits.js';
import { ClusterTls } from './tls.js';

export type LinkState = 'connecting' | 'ready' | 'backoff' | 'refused' | 'closed';

/** A tell the peer refused and sent back whole, so that the sender can route it again. */
export interface ReturnedTell {
  peer: string;
  kind: string;
  key: string;
  type: string;
  payload: Uint8Array;
  /** Why: NotOwnerError (re-route), PeerOverloadedError, UnknownTargetError, MalformedEnvelopeError... */
  error: RemoteError;
}

export interface LinkOptions {
  localId: string;
  peerId: string;
  address: string;
  version: number;
  limits: RemoteLimits;
  log: ClusterLog;
  clock: Clock;
  /** mTLS; undefined: plaintext (development only, docs/security.md). */
  tls: ClusterTls | undefined;
  onReturned(tell: ReturnedTell): void;
  /**
   * Which node ids may answer at `address` (certificate and metadata); default: exactly `peerId`.
   * A cross-region link dials a region's entry point, where any node of that region may answer.
   */
  accepts?(nodeId: string): boolean;
  /**
   * Takes tells the peer sends back on this stream (asked for in the stream's metadata); answers
   * the status to return a refused one with. Absent: none are asked for.
   */
  onTell?(message: InboundMessage, warn: Warn): EnvelopeInit | undefined;
}

export interface RequestOptions {
  /** Default: limits.requestTimeoutMs. */
  timeoutMs?: number;
  signal?: AbortSignal;
}

export interface LinkStats {
  peer: string;
  state: LinkState;
  queued: number;
  awaitingReply: number;
  batchesSent: number;
  envelopesSent: number;
  bytesSent: number;
  connects: number;
}

interface Pending {
  id: number;
  resolve(payload: Uint8Array): void;
  reject(err: Error): void;
  timer: Timer;
  item: Outgoing;
  written: boolean;
  about: About;
  signal: AbortSignal | undefined;
  onAbort: (() => void) | undefined;
}

/**
 * This node's side of its stream to one peer: one long-lived bidirectional gRPC stream that carries
 * requests and tells out and replies (and returned tells) back, batched, in order.
 *
 * - Connects at once and again after any break, with exponential back-off and jitter. Nothing is
 *   written before the server's initial metadata has shown it accepts our protocol version.
 * - Envelopes not yet written survive a reconnect and keep their order. Requests written to a stream
 *   that broke before the reply fail with PeerUnavailableError (the peer may have acted on them).
 * - The outgoing queue is bounded: past limits.maxQueuedEnvelopes sends fail at once with
 *   PeerOverloadedError, which is the back-pressure callers see when the peer reads too slowly.
 * - Every request has a deadline, sent along as deadline_ms so the peer can skip stale work.
 */
export class PeerLink {
  readonly peerId: string;
  readonly address: string;
  private readonly o: LinkOptions;
  private readonly client: grpc.Client;
  private readonly outbox: Outbox;
  private readonly pending = new Map<number, Pending>();
  private call: grpc.ClientDuplexStream<Buffer, Buffer> | undefined;
  private linkState: LinkState = 'connecting';
  private refusal: UnsupportedVersionError | PeerRefusedError | undefined;
  private nextId = 1;
  private attempt = 0;
  private connects = 0;
  private reconnectTimer: Timer | undefined;

  constructor(options: LinkOptions) {
    this.o = options;
    this.peerId = options.peerId;
    this.address = options.address;
    const l = options.limits;
    const tls = options.tls;
    this.client = new grpc.Client(options.address, tls === undefined ? grpc.credentials.createInsecure() : tls.channelCredentials(options.peerId, options.accepts), {
      ...(tls === undefined ? {} : ClusterTls.channelOptions()),
      'grpc.use_local_subchannel_pool': 1,
      'grpc.initial_reconnect_backoff_ms': l.reconnectMinMs,
      'grpc.max_reconnect_backoff_ms': l.reconnectMaxMs,
      'grpc.keepalive_time_ms': l.keepaliveMs,
      'grpc.keepalive_timeout_ms': l.keepaliveTimeoutMs,
      'grpc.keepalive_permit_without_calls': 1,
      'grpc.max_send_message_length': l.maxBatchBytes + l.maxPayloadBytes + 64 * 1024,
      'grpc.max_receive_message_length': l.maxBatchBytes + l.maxPayloadBytes + 64 * 1024,
    });
    this.outbox = new Outbox(l, () => options.clock.now());
    this.connect();
  }

  get state(): LinkState {
    return this.linkState;
  }

  /** Envelopes queued and not yet written. */
  get queued(): number {
    return this.outbox.length;
  }

  /** Sends a request and resolves with the reply payload; rejects with a RemoteError. */
  request(kind: string, key: string, type: string, payload: Uint8Array, options: RequestOptions = {}): Promise<Uint8Array> {
    const refused = this.refuse(payload);
    if (refused !== undefined) return Promise.reject(refused);
    const timeoutMs = options.timeoutMs ?? this.o.limits.requestTimeoutMs;
    const signal = options.signal;
    if (signal?.aborted) return Promise.reject(abortError(signal));
    const id = this.takeId();
    const clock = this.o.clock;
    return new Promise<Uint8Array>((resolve, reject) => {
      const item: Outgoing = {
        envelope: { flow: Flow.FLOW_REQUEST, correlationId: id, key, payload },
        kind,
        type,
        size: payload.length + key.length + ENVELOPE_OVERHEAD,
        deadlineAt: clock.now() + timeoutMs,
      };
      const p: Pending = {
        id,
        resolve,
        reject,
        item,
        written: false,
        about: { kind, key, what: `${kind}/${key} ${type}` },
        signal,
        onAbort: undefined,
        timer: clock.setTimeout(() => this.settle(id, new RemoteTimeoutError(this.peerId, timeoutMs, p.about.what)), timeoutMs),
      };
      item.onWritten = () => {
        p.written = true;
      };
      if (signal !== undefined) {
        p.onAbort = () => this.settle(id, abortError(signal));
        signal.addEventListener('abort', p.onAbort, { once: true });
      }
      this.pending.set(id, p);
      this.outbox.push(item);
    });
  }

  /** Sends a one-way message. Throws (synchronously) when it cannot even be queued. */
  tell(kind: string, key: string, type: string, payload: Uint8Array): void {
    const refused = this.refuse(payload);
    if (refused !== undefined) throw refused;
    this.outbox.push(tellEnvelope(kind, key, type, payload));
  }

  /** Closes the stream; every request still waiting fails with `reason`, queued tells are dropped. */
  close(reason?: RemoteError): void {
    if (this.linkState === 'closed') return;
    this.linkState = 'closed';
    const err = reason ?? new TransportClosedError(this.peerId, `the link to ${this.peerId} was closed`);
    if (this.reconnectTimer !== undefined) this.o.clock.clearTimeout(this.reconnectTimer);
    this.reconnectTimer = undefined;
    const call = this.call;
    this.call = undefined;
    this.outbox.detach();
    call?.cancel();
    const dropped = this.outbox.takeAll().filter((i) => i.envelope.flow === Flow.FLOW_TELL).length;
    if (dropped > 0) this.o.log.debug({ peer: this.peerId, dropped }, 'link closed with tells still queued');
    this.failPending(() => err, true);
    this.client.close();
  }

  stats(): LinkStats {
    return {
      peer: this.peerId,
      state: this.linkState,
      queued: this.outbox.length,
      awaitingReply: this.pending.size,
      batchesSent: this.outbox.batches,
      envelopesSent: this.outbox.envelopes,
      bytesSent: this.outbox.bytes,
      connects: this.connects,
    };
  }

  // --- Connection -----------------------------------------------------------------------------------

  private connect(): void {
    this.reconnectTimer = undefined;
    if (this.linkState === 'closed') return;
    if (this.linkState !== 'refused') this.linkState = 'connecting';
    const md = new grpc.Metadata();
    md.set(MD_VERSION, String(this.o.version));
    md.set(MD_NODE, this.o.localId);
    if (this.o.onTell !== undefined) md.set(MD_FEATURES, FEATURE_TELLS_BACK);
    const pass = (b: Buffer): Buffer => b;
    const call = this.client.makeBidiStreamRequest<Buffer, Buffer>(PEER_STREAM_PATH, pass, pass, md, {});
    this.call = call;
    call.on('metadata', (server: grpc.Metadata) => this.onAccepted(call, server));
    call.on('data', (chunk: Buffer) => this.onBatch(call, chunk));
    call.on('error', (err: grpc.ServiceError) => this.onBroken(call, err));
    call.on('status', (status: grpc.StatusObject) => {
      // A server that ends the stream cleanly (draining) ends it with OK: a break all the same.
      if (status.code === grpc.status.OK) this.onBroken(call, Object.assign(new Error('the peer ended the stream'), { code: grpc.status.UNAVAILABLE, details: 'stream ended', metadata: status.metadata }));
    });
  }

  private onAccepted(call: grpc.ClientDuplexStream<Buffer, Buffer>, server: grpc.Metadata): void {
    if (call !== this.call) return;
    const version = String(server.get(MD_VERSION)[0] ?? '');
    const node = String(server.get(MD_NODE)[0] ?? '');
    if (!SUPPORTED_VERSIONS.includes(Number(version)) || version !== String(Number(version))) {
      this.refused(new UnsupportedVersionError(this.peerId, `${this.peerId} (${this.address}) answers with cluster protocol version ${JSON.stringify(version)}; this node speaks ${SUPPORTED_VERSIONS.join(', ')}`));
      call.cancel();
      return;
    }
    if (this.o.accepts === undefined ? node !== this.peerId : !this.o.accepts(node)) {
      // Another node now listens at this address (a restart elsewhere, a stale member record).
      this.o.log.warn({ peer: this.peerId, address: this.address, answeredBy: node }, 'cluster peer answered with another node id');
      this.onBroken(call, Object.assign(new Error(`expected node ${this.peerId} at ${this.address}, found ${JSON.stringify(node)}`), { code: grpc.status.UNAVAILABLE, details: 'wrong node', metadata: server }));
      call.cancel();
      return;
    }
    if (this.refusal !== undefined) this.o.log.info({ peer: this.peerId }, 'cluster peer accepts this node again');
    this.refusal = undefined;
    this.linkState = 'ready';
    this.attempt = 0;
    this.connects++;
    this.outbox.attach(call);
  }

  private onBroken(call: grpc.ClientDuplexStream<Buffer, Buffer>, err: grpc.ServiceError): void {
    if (call !== this.call || this.linkState === 'closed') return;
    this.call = undefined;
    this.outbox.detach();
    if (err.code === grpc.status.FAILED_PRECONDITION && String(err.details).startsWith(VERSION_REFUSAL_PREFIX)) {
      this.refused(new UnsupportedVersionError(this.peerId, `${this.peerId} refused this node: ${err.details}`, { cause: err }));
      return;
    }
    if (err.code === grpc.status.UNAUTHENTICATED) {
      this.refused(new PeerRefusedError(this.peerId, `${this.peerId} refused this node's identity: ${err.details}`, { cause: err }));
      return;
    }
    const cause = new PeerUnavailableError(this.peerId, `stream to ${this.peerId} (${this.address}) broke: ${grpcText(err)}`, { cause: err });
    // Written requests may have been acted on: their callers decide whether to retry.
    this.failPending(() => cause, false);
    this.attempt++;
    if (this.attempt === 1) this.o.log.info({ peer: this.peerId, address: this.address, code: err.code, details: err.details }, 'cluster stream broke; reconnecting');
    this.scheduleReconnect(backoffMs(this.attempt, this.o.limits.reconnectMinMs, this.o.limits.reconnectMaxMs));
  }

  /** The peer does not speak our version or refused our identity: fail everything, send nothing, ask again much later. */
  private refused(err: UnsupportedVersionError | PeerRefusedError): void {
    this.call = undefined;
    this.outbox.detach();
    if (this.refusal === undefined) this.o.log.warn({ peer: this.peerId, address: this.address, err: err.message }, err instanceof PeerRefusedError ? 'cluster peer refused this node' : 'cluster peer speaks another protocol version');
    this.refusal = err;
    this.linkState = 'refused';
    for (const item of this.outbox.takeAll()) item.cancelled = true;
    this.failPending(() => err, true);
    this.scheduleReconnect(this.o.limits.reconnectMaxMs);
  }

  private scheduleReconnect(ms: number): void {
    if (this.linkState === 'closed') return;
    if (this.linkState !== 'refused') this.linkState = 'backoff';
    this.reconnectTimer = this.o.clock.setTimeout(() => this.connect(), ms);
    this.reconnectTimer.unref?.();
  }

  // --- Inbound: replies and returned tells -------------------------------------------------------

  private onBatch(call: grpc.ClientDuplexStream<Buffer, Buffer>, chunk: Buffer): void {
    if (call !== this.call) return;
    let batch;
    try {
      batch = decodeBatch(chunk);
    } catch (err) {
      this.o.log.warn({ peer: this.peerId, err }, 'malformed batch from cluster peer; reconnecting');
      call.cancel();
      return;
    }
    for (const e of batch.envelopes) {
      const r = readEnvelope(batch.names, e);
      if (r.flow === 'reply') {
        const about = this.pending.get(r.id)?.about ?? { kind: '', key: '', what: 'request' };
        this.settle(r.id, statusError(this.peerId, r, about) ?? r.payload);
      } else if (r.flow === 'returned') {
        const about = { kind: r.kind, key: r.key, what: `${r.kind}/${r.key} ${r.type}` };
        const error = statusError(this.peerId, { ...r, appCode: 0 }, about) ?? new MalformedEnvelopeError(this.peerId, 'returned without a reason');
        this.o.onReturned({ peer: this.peerId, kind: r.kind, key: r.key, type: r.type, payload: r.payload, error });
      } else if (r.flow === 'tell' && this.o.onTell !== undefined) {
        const m = { from: this.peerId, kind: r.kind, key: r.key, type: r.type, payload: r.payload };
        const refused = this.o.onTell(m, (_reason, fields, message) => this.o.log.debug(fields, message));
        if (refused !== undefined) this.outbox.push(returnedTell(m, refused));
      } else {
        this.o.log.warn({ peer: this.peerId, flow: r.flow, reason: r.flow === 'malformed' ? r.reason : 'a request or tell on a reply stream' }, 'cluster peer sent an envelope this side does not take');
      }
    }
  }

  private settle(id: number, outcome: Uint8Array | Error): void {
    const p = this.pending.get(id);
    if (p === undefined) {
      if (!(outcome instanceof Error)) this.o.log.debug({ peer: this.peerId, id }, 'reply after its request gave up');
      return;
    }
    this.pending.delete(id);
    this.o.clock.clearTimeout(p.timer);
    if (p.onAbort !== undefined) p.signal?.removeEventListener('abort', p.onAbort);
    if (outcome instanceof Error) {
      p.item.cancelled = true;
      p.reject(outcome);
    } else {
      p.resolve(outcome);
    }
  }

  /** Fails waiting requests: all of them, or only those already written. */
  private failPending(error: () => Error, all: boolean): void {
    for (const p of Array.from(this.pending.values())) {
      if (all || p.written) this.settle(p.id, error());
    }
  }

  private refuse(payload: Uint8Array): RemoteError | undefined {
    if (this.linkState === 'closed') return new TransportClosedError(this.peerId, `the link to ${this.peerId} is closed`);
    if (this.refusal !== undefined) return this.refusal;
    if (payload.length > this.o.limits.maxPayloadBytes) {
      return new PayloadTooLargeError(this.peerId, `payload of ${payload.length} bytes is above the limit of ${this.o.limits.maxPayloadBytes}`);
    }
    if (this.outbox.length >= this.o.limits.maxQueuedEnvelopes) {
      return new PeerOverloadedError(this.peerId, `${this.outbox.length} envelopes already queued for ${this.peerId} (${this.linkState})`);
    }
    return undefined;
  }

  private takeId(): number {
    for (;;) {
      const id = this.nextId;
      this.nextId = id >= 0xffff_ffff ? 1 : id + 1;
      if (!this.pending.has(id)) return id;
    }
  }
}

function grpcText(err: grpc.ServiceError): string {
  const name = (grpc.status as unknown as Record<number, string>)[err.code] ?? String(err.code);
  return `${name}${err.details ? `: ${err.details}` : ''}`;
}

function abortError(signal: AbortSignal): Error {
  const reason: unknown = signal.reason;
  return reason instanceof Error ? reason : new Error('aborted', { cause: reason });
}
