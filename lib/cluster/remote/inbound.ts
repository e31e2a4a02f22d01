import * as grpc from '@grpc/grpc-js';
import type { Clock } from '../../time/mod.js';
import type { ClusterLog } from '../log.js';
import type { EnvelopeInit } from '../gen/cluster.js';
import type { RemoteLimits } from './limits.js';
import { type InboundMessage, type KindHandler, type Ownership, dispatchTell, returnedTell, tellEnvelope } from './dispatch.js';
import { MalformedEnvelopeError } from './errors.js';
import type { ReturnedTell } from './link.js';
import { ENVELOPE_OVERHEAD, type Outgoing, Outbox } from './outbox.js';
import { errorStatus, statusError } from './status.js';
import { FEATURE_TELLS_BACK, Flow, MD_FEATURES, MD_NODE, MD_VERSION, Status, decodeBatch, readEnvelope } from './wire.js';

export type { InboundMessage, KindHandler, Ownership, OwnershipAnswer, RequestContext } from './dispatch.js';

export interface InboundDeps {
  localId: string;
  version: number;
  handlers: ReadonlyMap<string, KindHandler>;
  ownership: Ownership;
  limits: RemoteLimits;
  log: ClusterLog;
  clock: Clock;
  /** The stream ended; `unsent` are tells told back on it and not yet written (to send another way, in order). */
  onClosed(stream: InboundStream, unsent: Outgoing[]): void;
  /** A tell this node told back on the stream, refused by the peer. */
  onReturned(tell: ReturnedTell): void;
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
  /** The peer takes tells from this node on this stream (it said so in its metadata): see tell(). */
  readonly tellsBack: boolean;
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
    // Reading may have stopped because the queue was long (replies and tells back): look again once it shrinks.
    this.outbox = new Outbox(deps.limits, () => deps.clock.now(), () => this.updateReading());
    this.tellsBack = call.metadata.get(MD_FEATURES).some((f) => String(f).split(',').includes(FEATURE_TELLS_BACK));
  }

  /**
   * Tells the peer something on its own stream, batched with the replies of the same event-loop
   * turn (one write, one wake-up for both). 'unusable' when the stream cannot take tells (the peer
   * did not ask for them, or the stream is ending): send it on the link instead. 'full' when its
   * queue is full: the peer is not reading, and sending it on the link instead could overtake the
   * tells queued here, so the caller treats it as an overloaded peer.
   */
  tell(kind: string, key: string, type: string, payload: Uint8Array): 'taken' | 'full' | 'unusable' {
    if (!this.tellsBack || this.closed || this.ending) return 'unusable';
    if (this.outbox.length >= this.deps.limits.maxQueuedEnvelopes) return 'full';
    this.outbox.push(tellEnvelope(kind, key, type, payload));
    return 'taken';
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
        case 'returned':
          // Only a peer that takes tells back returns one, on its own stream.
          this.onReturned(r);
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
    const refused = dispatchTell(this.deps.handlers, this.deps.ownership, m, (reason, fields, message, level) => this.warn(reason, fields, message, level));
    if (refused !== undefined) this.returnTell(m, refused);
  }

  private onReturned(r: { kind: string; key: string; type: string; payload: Uint8Array; status: number; detail: string; ownerHint: string; generation: number }): void {
    const about = { kind: r.kind, key: r.key, what: `${r.kind}/${r.key} ${r.type}` };
    const error = statusError(this.peer, { ...r, appCode: 0 }, about) ?? new MalformedEnvelopeError(this.peer, 'returned without a reason');
    this.deps.onReturned({ peer: this.peer, kind: r.kind, key: r.key, type: r.type, payload: r.payload, error });
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
    this.outbox.push(returnedTell(m, fields));
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
    this.deps.onClosed(this, this.outbox.takeAll().filter((o) => o.envelope.flow === Flow.FLOW_TELL));
  }

  private warn(reason: string, fields: object, message: string, level: 'warn' | 'info' = 'warn'): void {
    const n = (this.warned.get(reason) ?? 0) + 1;
    this.warned.set(reason, n);
    if (n <= LOG_BURST) this.deps.log[level](fields, message);
    else if (n % 1000 === 0) this.deps.log[level]({ ...fields, count: n }, `${message} (${n} so far on this stream)`);
  }
}
