import type { InboundMessage, KindHandler } from './remote/inbound.js';
import type { RequestOptions, ReturnedTell } from './remote/link.js';

/** Where a message goes: a peer node (member id and address) and an actor there. */
export interface PeerAddress {
  readonly id: string;
  readonly grpcAddress: string;
}

export interface Target {
  readonly kind: string;
  readonly key: string;
}

/**
 * How a node talks to the others: messages of opaque bytes addressed to (kind, key) on a peer.
 * Two implementations keep the same contract (test/cluster/transport_contract.ts): `Remote`, batched
 * gRPC streams between processes, and `MemoryNetwork`'s transports between cores in one process
 * (the single process, and the in-process clusters of the tests).
 *
 * Contract: per (sender, receiver) messages arrive in the order sent, at most once. A request has
 * exactly one outcome, its reply or a typed RemoteError; the receiver's ownership answer comes
 * before any handler (NotOwnerError). A refused tell comes back through on('returned').
 */
export interface Transport {
  readonly nodeId: string;
  /** Registers the handler of a target kind; messages for kinds without one are refused. */
  handle(kind: string, handler: KindHandler): void;
  request(peer: PeerAddress, target: Target, type: string, payload: Uint8Array, options?: RequestOptions): Promise<Uint8Array>;
  /** One-way; throws PeerOverloadedError, PayloadTooLargeError or TransportClosedError at once. */
  tell(peer: PeerAddress, target: Target, type: string, payload: Uint8Array): void;
  on(event: 'returned', listener: (tell: ReturnedTell) => void): () => void;
  /** Peers this node has a link to. */
  peers(): string[];
  /** Forgets a peer that left; its waiting requests fail with PeerUnavailableError. */
  disconnect(peerId: string): void;
  stop(): Promise<void>;
}

export type { InboundMessage, KindHandler, RequestOptions, ReturnedTell };
