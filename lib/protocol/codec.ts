import { chorus } from './gen/chorus.js';
import { ChorusError, ErrorCode } from './codes.js';

export const pb = chorus.v1;
export const PROTOCOL_VERSION = 1;

export type ClientFrame = chorus.v1.ClientFrame;
export type IClientFrame = chorus.v1.IClientFrame;
export type ServerFrame = chorus.v1.ServerFrame;
export type IServerFrame = chorus.v1.IServerFrame;
export type IMessage = chorus.v1.IMessage;
export type IConversation = chorus.v1.IConversation;
export type ClientBodyKind = NonNullable<ClientFrame['body']>;
export type ServerBodyKind = NonNullable<ServerFrame['body']>;

/** Decodes one client frame; throws ChorusError(BAD_FRAME) on bytes that are not a ClientFrame. */
export function decodeClientFrame(bytes: Uint8Array): ClientFrame {
  try {
    return pb.ClientFrame.decode(bytes);
  } catch (err) {
    throw new ChorusError(ErrorCode.BAD_FRAME, 'frame is not a valid ClientFrame', { cause: err });
  }
}

export function decodeServerFrame(bytes: Uint8Array): ServerFrame {
  try {
    return pb.ServerFrame.decode(bytes);
  } catch (err) {
    throw new ChorusError(ErrorCode.BAD_FRAME, 'frame is not a valid ServerFrame', { cause: err });
  }
}

export function encodeClientFrame(frame: IClientFrame): Uint8Array {
  return pb.ClientFrame.encode(frame).finish();
}

export function encodeServerFrame(frame: IServerFrame): Uint8Array {
  return pb.ServerFrame.encode(frame).finish();
}

export function errorFrame(id: number, code: ErrorCode, message: string, retryAfterMs = 0): Uint8Array {
  return encodeServerFrame({ id, error: { code, message, retryAfterMs } });
}
