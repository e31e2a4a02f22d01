import type * as grpc from '@grpc/grpc-js';
import protobuf from 'protobufjs/light.js';
import { type Batch, type Envelope, type EnvelopeInit, Flow, PeerService, Status, descriptor } from '../gen/cluster.js';

/**
 * The cluster protocol on the wire: versions and metadata keys, the Batch codec (protobufjs
 * reflection over the generated descriptor), the rules an inbound envelope must follow, and the
 * gRPC service definition with pass-through serializers (batches are encoded here, so their size
 * is known before they are written and a bad one is refused by us, not by grpc-js).
 */
export const PROTOCOL_VERSION = 1;
/** Versions this build accepts from callers (and from the servers it calls). */
export const SUPPORTED_VERSIONS: readonly number[] = [1];
export const MD_VERSION = 'chorus-cluster-version';
export const MD_NODE = 'chorus-node-id';
/**
 * Optional features a caller asks for in its stream metadata (comma-separated); a server that does
 * not know one ignores it, so both sides of a rolling upgrade keep working (docs/operations.md).
 */
export const MD_FEATURES = 'chorus-cluster-features';
/** The caller takes tells from the server on the server's side of its stream (batched with replies). */
export const FEATURE_TELLS_BACK = 'tells-back';

/** Limits every inbound envelope is checked against. */
export const WIRE_LIMITS = { maxKeyLength: 512, maxNameLength: 128, maxNames: 1024 } as const;

export { Flow, Status };
export type { Batch, Envelope };

const root = protobuf.Root.fromJSON(descriptor);
const BatchType = root.lookupType('chorus.cluster.v1.Batch');

export function encodeBatch(names: string[], envelopes: EnvelopeInit[]): Buffer {
  const bytes = BatchType.encode({ names, envelopes }).finish();
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Decodes a batch; throws (protobufjs' error) when the bytes are not one. */
export function decodeBatch(bytes: Uint8Array): Batch {
  return BatchType.decode(bytes) as unknown as Batch;
}

/** Builds one batch: envelopes plus the table of names they refer to. */
export class BatchBuilder {
  private names: string[] = [];
  private index = new Map<string, number>();
  private envelopes: EnvelopeInit[] = [];

  get count(): number {
    return this.envelopes.length;
  }

  name(s: string): number {
    let i = this.index.get(s);
    if (i === undefined) {
      i = this.names.length;
      this.names.push(s);
      this.index.set(s, i);
    }
    return i;
  }

  add(envelope: EnvelopeInit): void {
    this.envelopes.push(envelope);
  }

  /** Encodes and resets the builder. */
  take(): Buffer {
    const bytes = encodeBatch(this.names, this.envelopes);
    this.names = [];
    this.index = new Map();
    this.envelopes = [];
    return bytes;
  }
}

/** An inbound envelope that follows the rules, with its names resolved. */
export type Inbound =
  | { flow: 'request'; id: number; kind: string; key: string; type: string; payload: Uint8Array; deadlineMs: number }
  | { flow: 'tell'; kind: string; key: string; type: string; payload: Uint8Array }
  | { flow: 'reply'; id: number; status: Status; detail: string; appCode: number; ownerHint: string; generation: number; payload: Uint8Array }
  | { flow: 'returned'; kind: string; key: string; type: string; payload: Uint8Array; status: Status; detail: string; ownerHint: string; generation: number };

/** An envelope that breaks the rules; `id` is its correlation id when a reply can be sent. */
export interface Malformed {
  flow: 'malformed';
  reason: string;
  /** The correlation id to answer, 0 when the envelope cannot be answered (not a request). */
  answerId: number;
}

const EMPTY = new Uint8Array(0);

/** Checks an envelope against the rules of cluster.proto and resolves its names. */
export function readEnvelope(names: readonly string[], e: Envelope): Inbound | Malformed {
  const id = e.correlationId;
  // An absent bytes field decodes to protobufjs' default (an empty array), not a Uint8Array.
  const payload = e.payload instanceof Uint8Array ? e.payload : EMPTY;
  const flow: number = e.flow;
  if (flow === Flow.FLOW_REQUEST || flow === Flow.FLOW_TELL) {
    const answerId = flow === Flow.FLOW_REQUEST ? id : 0;
    if (flow === Flow.FLOW_REQUEST && id === 0) return malformed('a request needs a correlation id', 0);
    if (flow === Flow.FLOW_TELL && id !== 0) return malformed('a tell must not carry a correlation id', 0);
    const kind = nameAt(names, e.kind);
    if (kind === undefined) return malformed(`kind index ${e.kind} is not a valid name (batch has ${names.length})`, answerId);
    const type = nameAt(names, e.type);
    if (type === undefined) return malformed(`type index ${e.type} is not a valid name (batch has ${names.length})`, answerId);
    if (e.key.length === 0 || e.key.length > WIRE_LIMITS.maxKeyLength) return malformed(`key must have 1 to ${WIRE_LIMITS.maxKeyLength} characters`, answerId);
    if (flow === Flow.FLOW_TELL) return { flow: 'tell', kind, key: e.key, type, payload };
    return { flow: 'request', id, kind, key: e.key, type, payload, deadlineMs: e.deadlineMs };
  }
  if (flow === Flow.FLOW_REPLY) {
    if (id === 0) return malformed('a reply needs a correlation id', 0);
    // An unknown status (a newer peer) still settles its request, as a non-retryable error.
    return { flow: 'reply', id, status: e.status, detail: e.detail, appCode: e.appCode, ownerHint: e.ownerHint, generation: e.generation, payload };
  }
  if (flow === Flow.FLOW_RETURNED) {
    const kind = nameAt(names, e.kind);
    const type = nameAt(names, e.type);
    if (kind === undefined || type === undefined) return malformed('a returned tell needs valid kind and type indexes', 0);
    if (e.status === Status.STATUS_OK) return malformed('a returned tell needs an error status', 0);
    return { flow: 'returned', kind, key: e.key, type, payload, status: e.status, detail: e.detail, ownerHint: e.ownerHint, generation: e.generation };
  }
  return malformed(`unknown flow ${flow}`, id);
}

function nameAt(names: readonly string[], i: number): string | undefined {
  if (names.length > WIRE_LIMITS.maxNames) return undefined;
  const name = names[i];
  return name !== undefined && name.length > 0 && name.length <= WIRE_LIMITS.maxNameLength ? name : undefined;
}

function malformed(reason: string, answerId: number): Malformed {
  return { flow: 'malformed', reason, answerId };
}

// --- gRPC service -------------------------------------------------------------------------------

const passThrough = (b: Buffer): Buffer => b;

/** The Peer service with pass-through serializers: messages are encoded Batch bytes. */
export const peerServiceDefinition: grpc.ServiceDefinition = {
  Stream: {
    path: PeerService.Stream.path,
    requestStream: true,
    responseStream: true,
    requestSerialize: passThrough,
    requestDeserialize: passThrough,
    responseSerialize: passThrough,
    responseDeserialize: passThrough,
    originalName: 'stream',
  },
};

export const PEER_STREAM_PATH = PeerService.Stream.path;

/** The detail a server sends (FAILED_PRECONDITION) when it refuses a caller's version. */
export function versionRefusal(offered: string, speaks: readonly number[]): string {
  return `${VERSION_REFUSAL_PREFIX} ${JSON.stringify(offered)}: this node speaks ${speaks.join(', ')}`;
}
export const VERSION_REFUSAL_PREFIX = 'unsupported chorus cluster protocol version';
