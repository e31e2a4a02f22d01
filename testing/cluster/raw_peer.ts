import { readFileSync } from 'node:fs';
import * as grpc from '@grpc/grpc-js';
import type { TlsFiles } from '../../lib/cluster/remote/tls.js';
import { BatchBuilder, Flow, MD_NODE, MD_VERSION, PEER_STREAM_PATH, PROTOCOL_VERSION, decodeBatch } from '../../lib/cluster/remote/wire.js';

export interface RawOutcome {
  /** The stream's gRPC status code and details. */
  code: number;
  details: string;
  /** Envelopes the node answered with (replies or returned tells): none when it refused the stream. */
  answers: number;
}

/**
 * Dials a node's cluster port as an attacker would, not through Remote: any certificate (or none),
 * any claimed node id, the server's certificate not checked. Sends one request (kind/key/type) and
 * resolves with the stream's outcome.
 */
export function rawPeerRequest(
  address: string,
  files: TlsFiles | null,
  claimedId: string,
  target: { kind: string; key: string; type: string; payload?: Uint8Array },
  timeoutMs = 5_000,
): Promise<RawOutcome> {
  const credentials =
    files === null
      ? grpc.credentials.createInsecure()
      : grpc.credentials.createSsl(readFileSync(files.caFile), readFileSync(files.keyFile), readFileSync(files.certFile), { checkServerIdentity: () => undefined });
  const client = new grpc.Client(address, credentials, { 'grpc.ssl_target_name_override': 'node.chorus.invalid' });
  const md = new grpc.Metadata();
  md.set(MD_VERSION, String(PROTOCOL_VERSION));
  md.set(MD_NODE, claimedId);
  const pass = (b: Buffer): Buffer => b;
  const call = client.makeBidiStreamRequest<Buffer, Buffer>(PEER_STREAM_PATH, pass, pass, md, { deadline: Date.now() + timeoutMs });
  const batch = new BatchBuilder();
  batch.add({ flow: Flow.FLOW_REQUEST, correlationId: 1, kind: batch.name(target.kind), type: batch.name(target.type), key: target.key, payload: target.payload ?? new Uint8Array(0) });
  let answers = 0;
  return new Promise((resolve) => {
    call.on('data', (chunk: Buffer) => {
      answers += decodeBatch(chunk).envelopes.length;
      call.end();
    });
    call.on('error', () => undefined);
    call.on('status', (s: grpc.StatusObject) => {
      client.close();
      resolve({ code: s.code, details: s.details, answers });
    });
    call.write(batch.take());
  });
}
