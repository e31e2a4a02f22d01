// Entry of the k6 bundle (bench/k6/bundle.mjs → bench/k6/dist/chorus-protocol.js): the generated
// protobuf code of proto/chorus/v1/client.proto with protobufjs/minimal, as one ES module k6 can load.
// First (modules run in this order): protobufjs needs a TextDecoder at load time and k6 has none.
export { Utf8Decoder } from './textdecoder.js';
import { chorus } from '../../lib/protocol/gen/chorus.js';

const pb = chorus.v1;

export const PROTOCOL_VERSION = 1;
export const ConversationKind = pb.ConversationKind;
export const ErrorCode = pb.ErrorCode;

/** @param {object} frame a ClientFrame as a plain object @returns {Uint8Array} */
export function encodeClientFrame(frame) {
  return pb.ClientFrame.encode(frame).finish();
}

/** @param {ArrayBuffer | Uint8Array} bytes @returns the decoded ServerFrame */
export function decodeServerFrame(bytes) {
  return pb.ServerFrame.decode(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes));
}
