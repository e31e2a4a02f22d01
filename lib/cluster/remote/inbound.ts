import * as grpc from '@grpc/grpc-js';
import type { Clock } from '../../time/mod.js';
import type { ClusterLog } from '../log.js';
import type { EnvelopeInit } from '../gen/cluster.js';
import type { RemoteLimits } from './limits.js';
import { ENVELOPE_OVERHEAD, Outbox } from './outbox.js';
import { errorStatus } from './status.js';
import { Flow, MD_NODE, MD_VERSION, Status, decodeBatch, readEnvelope } from './wire.js';

/** A message that arrived from another node. `payload` may be a view into the received batch. */
export interface InboundMessage {
  /** The sender's node id (from the stream's metadata). */
  from: string;
  kind: string;
  key: string;
  type: string;
  payload: Uint8Array;
}

export interface RequestContext {
  /** This node's monotonic time (ms) at which the sender stops waiting; Infinity when it set none. */
  deadlineAt: number;
}

/**
 * Handles the messages for one target kind. Both methods are called in the order the envelopes
 * arrived on a stream, one at a time and synchronously for one batch: to keep per-target order,
 * hand the message to the target's mailbox before the first await.
 *
 * A request's answer is its resolved payload. Throwing NotOwnerError answers NOT_OWNER (the sender
 * re-routes), MailboxFullError or PeerOverloadedError answer OVERLOADED, PeerUnavailableError
 * answers UNAVAILABLE, and anything else HANDLER_FAILED with its message and, when it has a numeric
 * `code` (e.g. a client-visible ErrorCode), that code. A tell whose handler throws is returned.
 */
export interface KindHandler {
  request?(message: InboundMessage, context: RequestContext): Uint8Array | Promise<Uint8Array>;
  tell?(message: InboundMessage): void;
}

/** Whether this node owns a key now; asked before any handler sees the message. */
export type OwnershipAnswer = { owned: true } | { owned: false; ownerHint: string; generation: number; detail?: string };
export type Ownership = (kind: string, key: string) => OwnershipAnswer;

export interface InboundDeps {
  localId: string;
  version: number;
  handlers: ReadonlyMap<string, KindHandler>;
  ownership: Ownership;
  limits: RemoteLimits;
  log: ClusterLog;
  clock: Clock;
  onClosed(stream: InboundStream): void;
}

/** Warnings per stream and reason before they are counted instead of logged. */
const LOG_BURST = 10;

/**
 * The server side of one peer's stream: checks and dispatches requests and tells, answers with
 * batched replies (and returned tells) on the same stream. Stops reading (HTTP/2 flow control
 * pushes back to the sender) while too many requests are being handled or too many answers wait.
 */
export class InboundStream {
  readonly peer: string;
  private readonly outbox: Outbox;
  private inflight = 0;
  private paused = false;
  private ending = false;
  private closed = false;
  private readonly warned = new Map<string, number>();
  received = 0;

  constructor(
    private readonly call: grpc.ServerDuplexStream<Buffer, Buffer>,
    peer: string,
    private readonly deps: InboundDeps,
  ) {
    this.peer = peer;
    this.outbox = new Outbox(deps.limits, () => deps.clock.now());
  }

  /** Batches (gRPC messages) written on this stream: replies and returned tells. */
  get batchesSent(): number {
    return this.outbox.batches;
  }

  start(): void {
    const md = new grpc.Metadata();
    md.set(MD_VERSION, String(this.deps.version));
    md.set(MD_NODE, this.deps.localId);
    this.call.sendMetadata(md);
    this.outbox.attach(this.call);
    this.call.on('data', (chunk: Buffer) => this.onBatch(chunk));
    this.call.on('end', () => {
      this.ending = true;
      this.maybeEnd();
    });
    this.call.on('error', (err: Error) => {
      this.deps.log.debug({ peer: this.peer, err }, 'inbound cluster stream failed');
      this.closeNow();
    });
    this.call.on('cancelled', () => this.closeNow());
    this.call.on('close', () => this.closeNow());
  }

  /**
   * Ends the stream once the requests being handled have been answered (new ones are still read
   * and answered until then); the sender reconnects, or goes elsewhere once membership says so.
   */
  end(): void {
    this.ending = true;
    this.maybeEnd();
  }

  /** Cuts the stream at once. */
  cancel(): void {
    if (this.closed) return;
    this.call.emit('error', { code: grpc.status.UNAVAILABLE, details: 'node is shutting down' });
    this.closeNow();
  }

  private onBatch(chunk: Buffer): void {
    if (this.closed) return;
    let batch;
    try {
      batch = decodeBatch(chunk);
    } catch (err) {
      this.deps.log.warn({ peer: this.peer, err: (err as Error).message, bytes: chunk.length }, 'malformed batch from cluster peer: ending its stream');
      this.call.emit('error', { code: grpc.status.INVALID_ARGUMENT, details: `malformed batch: ${(err as Error).message}` });
      this.closeNow();
      return;
    }
    for (const e of batch.envelopes) {
      this.received++;
      const r = readEnvelope(batch.names, e);
      switch (r.flow) {
        case 'request':
          this.onRequest(r.id, { from: this.peer, kind: r.kind, key: r.key, type: r.type, payload: r.payload }, r.deadlineMs);
          break;
        case 'tell':
          this.onTell({ from: this.peer, kind: r.kind, key: r.key, type: r.type, payload: r.payload });
          break;
        case 'malformed':
          this.warn('malformed', { peer: this.peer, reason: r.reason }, 'malformed envelope from cluster peer: refused');
          if (r.answerId !== 0) this.reply(r.answerId, { status: Status.STATUS_MALFORMED, detail: r.reason });
          break;
        default:
          this.warn('flow', { peer: this.peer, flow: r.flow }, 'cluster peer sent a reply on its own request stream: ignored');
      }
    }
    this.updateReading();
  }

  private onRequest(id: number, m: InboundMessage, deadlineMs: number): void {
    const handler = this.deps.handlers.get(m.kind);
    if (handler?.request === undefined) {
      this.warn('target', { peer: this.peer, kind: m.kind, type: m.type }, 'request for a kind this node does not handle: refused');
      this.reply(id, { status: Status.STATUS_UNKNOWN_TARGET, detail: `no request handler for kind ${JSON.stringify(m.kind)}` });
      return;
    }
    const owner = this.deps.ownership(m.kind, m.key);
    if (!owner.owned) {
      this.warn('owner', { peer: this.peer, kind: m.kind, key: m.key, ownerHint: owner.ownerHint, generation: owner.generation }, 'request for a key this node does not own: refused', 'info');
      this.reply(id, { status: Status.STATUS_NOT_OWNER, detail: owner.detail ?? '', ownerHint: owner.ownerHint, generation: owner.generation });
      return;
    }
    const now = this.deps.clock.now();
    const deadlineAt = deadlineMs > 0 ? now + deadlineMs : Number.POSITIVE_INFINITY;
    this.inflight++;
    let result: Uint8Array | Promise<Uint8Array>;
    try {
      result = handler.request(m, { deadlineAt });
    } catch (err) {
      this.answered(id, deadlineAt, err, undefined);
      return;
    }
    if (result instanceof Uint8Array) this.answered(id, deadlineAt, undefined, result);
    else result.then((payload) => this.answered(id, deadlineAt, undefined, payload), (err: unknown) => this.answered(id, deadlineAt, err, undefined));
  }

  private answered(id: number, deadlineAt: number, err: unknown, payload: Uint8Array | undefined): void {
    this.inflight--;
    if (this.closed) return;
    if (this.deps.clock.now() <= deadlineAt) {
      if (err === undefined) this.reply(id, { status: Status.STATUS_OK, payload: payload ?? new Uint8Array(0) });
      else this.reply(id, errorStatus(err));
    }
    this.updateReading();
    this.maybeEnd();
  }

  private onTell(m: InboundMessage): void {
    const handler = this.deps.handlers.get(m.kind);
    if (handler?.tell === undefined) {
      this.warn('target', { peer: this.peer, kind: m.kind, type: m.type }, 'tell for a kind this node does not handle: returned');
      this.returnTell(m, { status: Status.STATUS_UNKNOWN_TARGET, detail: `no tell handler for kind ${JSON.stringify(m.kind)}` });
      return;
    }
    const owner = this.deps.ownership(m.kind, m.key);
    if (!owner.owned) {
      this.warn('owner', { peer: this.peer, kind: m.kind, key: m.key, ownerHint: owner.ownerHint, generation: owner.generation }, 'tell for a key this node does not own: returned', 'info');
      this.returnTell(m, { status: Status.STATUS_NOT_OWNER, detail: owner.detail ?? '', ownerHint: owner.ownerHint, generation: owner.generation });
      return;
    }
    try {
      handler.tell(m);
    } catch (err) {
      this.returnTell(m, errorStatus(err));
    }
  }

  private reply(id: number, fields: EnvelopeInit): void {
    if (this.closed) return;
    const payload = fields.payload ?? new Uint8Array(0);
    this.outbox.push({
      envelope: { ...fields, flow: Flow.FLOW_REPLY, correlationId: id },
      kind: '',
      type: '',
      size: payload.length + (fields.detail?.length ?? 0) + ENVELOPE_OVERHEAD,
      deadlineAt: 0,
    });
  }

  private returnTell(m: InboundMessage, fields: EnvelopeInit): void {
    if (this.closed) return;
    this.outbox.push({
      envelope: { ...fields, flow: Flow.FLOW_RETURNED, key: m.key, payload: m.payload },
      kind: m.kind,
      type: m.type,
      size: m.payload.length + m.key.length + ENVELOPE_OVERHEAD,
      deadlineAt: 0,
    });
  }

  /** Pauses reading while too much is in progress; resumes below half of the limits. */
  private updateReading(): void {
    if (this.closed) return;
    const l = this.deps.limits;
    if (!this.paused && (this.inflight >= l.maxInflightRequests || this.outbox.length >= l.maxQueuedEnvelopes)) {
      this.paused = true;
      this.call.pause();
    } else if (this.paused && this.inflight < l.maxInflightRequests / 2 && this.outbox.length < l.maxQueuedEnvelopes / 2) {
      this.paused = false;
      this.call.resume();
    }
  }

  private maybeEnd(): void {
    if (this.closed || !this.ending || this.inflight > 0) return;
    this.outbox.flush();
    this.call.end();
    this.closeNow();
  }

  private closeNow(): void {
    if (this.closed) return;
    this.closed = true;
    this.outbox.detach();
    this.outbox.takeAll();
    this.deps.onClosed(this);
  }

  private warn(reason: string, fields: object, message: string, level: 'warn' | 'info' = 'warn'): void {
    const n = (this.warned.get(reason) ?? 0) + 1;
    this.warned.set(reason, n);
    if (n <= LOG_BURST) this.deps.log[level](fields, message);
    else if (n % 1000 === 0) this.deps.log[level]({ ...fields, count: n }, `${message} (${n} so far on this stream)`);
  }
}
