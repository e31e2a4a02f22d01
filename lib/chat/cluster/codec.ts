import protobuf from 'protobufjs/light.js';
import { CALLS, type CallArgs, type CallName, type CallResults, type WireArgs, type WireResult, isCallName } from '../calls.js';
import type { Caller } from '../types.js';
import { ChorusError, ErrorCode, invalid, isValidId } from '../../protocol/mod.js';
import { type BudgetShare, type BudgetShareInit, type Call, type CallInit, type CallResult, type CallResultInit, type Delivery, type SessionCount, type SessionCountInit, type UserList, type Routes, descriptor } from './gen/chat.js';

/**
 * The one codec of node-to-node chat payloads (proto/chorus/cluster/v1/chat.proto): conversation
 * calls and their results, directory messages and deliveries. A peer's malformed payload is
 * INVALID_ARGUMENT (answered or returned by the transport, never a crash); a malformed result
 * is a MalformedResultError (the caller's router answers "internal error, retry").
 */

// Seqs and times are uint64 and numbers in Chorus (below 2^53), as in the client codec.
protobuf.util.Long = undefined as unknown as typeof protobuf.util.Long;
protobuf.configure();

const root = protobuf.Root.fromJSON(descriptor);
const CallType = root.lookupType('chorus.cluster.v1.Call');
const CallResultType = root.lookupType('chorus.cluster.v1.CallResult');
const DeliveryType = root.lookupType('chorus.cluster.v1.Delivery');
const SessionCountType = root.lookupType('chorus.cluster.v1.SessionCount');
const UserListType = root.lookupType('chorus.cluster.v1.UserList');
const BudgetShareType = root.lookupType('chorus.cluster.v1.BudgetShare');
const RoutesType = root.lookupType('chorus.cluster.v1.Routes');

/** Users one delivery may name. */
export const MAX_DELIVERY_USERS = 0xffff;
/** Users one directory question ("online", "sessions") may name. */
export const MAX_QUESTION_USERS = 10_000;

/** An owner's answer that does not decode: a bug or a version skew between nodes. */
export class MalformedResultError extends Error {
  override readonly name = 'MalformedResultError';
  readonly code = 'MALFORMED_RESULT';
}

export interface DecodedCall<N extends CallName = CallName> {
  name: N;
  caller: Caller;
  args: CallArgs[N];
}

function decode<T>(type: protobuf.Type, bytes: Uint8Array, what: string): T {
  try {
    return type.decode(bytes) as unknown as T;
  } catch {
    throw invalid(`malformed ${what}`);
  }
}

function encode(type: protobuf.Type, value: object): Uint8Array {
  return type.encode(value).finish();
}

export function encodeCall<N extends CallName>(name: N, caller: Caller, args: CallArgs[N]): Uint8Array {
  // The caller is often the session itself: only its identity travels.
  const call: CallInit = { caller: { userId: caller.userId, deviceId: caller.deviceId }, [name]: CALLS[name].encodeArgs(args) };
  return encode(CallType, call);
}

/** A call from a peer; `type` is the envelope's type, the call's name. */
export function decodeCall(type: string, bytes: Uint8Array): DecodedCall {
  if (!isCallName(type)) throw invalid(`unknown conversation call ${JSON.stringify(type)}`);
  const call = decode<Call>(CallType, bytes, `${type} call`);
  if (call.caller === null || call.caller.userId === '') throw invalid(`${type} call without a caller`);
  if (call.call !== type) throw invalid(`${type} call carries ${call.call ?? 'no arguments'}`);
  return decodeArgs(type, call, { userId: call.caller.userId, deviceId: call.caller.deviceId });
}

function decodeArgs<N extends CallName>(name: N, call: Call, caller: Caller): DecodedCall<N> {
  const wire = (call as unknown as Record<N, WireArgs<N>>)[name];
  return { name, caller, args: CALLS[name].decodeArgs(wire) };
}

export function encodeResult<N extends CallName>(name: N, result: CallResults[N]): Uint8Array {
  const answer: CallResultInit = { [name]: CALLS[name].encodeResult(result) };
  return encode(CallResultType, answer);
}

/** The chat core refused or failed a call: the caller's router gets it back as the same ChorusError. */
export function encodeError(err: ChorusError): Uint8Array {
  return encode(CallResultType, { error: { code: err.code, message: err.message, retryAfterMs: err.retryAfterMs } } satisfies CallResultInit);
}

/** An owner's answer: the result, or the ChorusError the owner's chat core threw. */
export function decodeResult<N extends CallName>(name: N, conversationId: string, bytes: Uint8Array): CallResults[N] {
  let answer: CallResult;
  try {
    answer = CallResultType.decode(bytes) as unknown as CallResult;
  } catch (err) {
    throw new MalformedResultError(`malformed ${name} result`, { cause: err });
  }
  if (answer.result === 'error') {
    const e = answer.error;
    throw new ChorusError(e.code > 0 ? (e.code as ErrorCode) : ErrorCode.UNAVAILABLE, e.message, { retryAfterMs: e.retryAfterMs });
  }
  if (answer.result !== name) throw new MalformedResultError(`a ${name} call answered with ${answer.result ?? 'nothing'}`);
  const wire = (answer as unknown as Record<N, WireResult<N>>)[name];
  try {
    return CALLS[name].decodeResult(wire, conversationId);
  } catch (err) {
    throw new MalformedResultError(`malformed ${name} result`, { cause: err });
  }
}

// --- directory and deliveries -------------------------------------------------------------------

/** `opening`: the registration adds a session, which the directory node may refuse (the per-user cap). */
export function encodeSessionCount(count: number, opening = false): Uint8Array {
  return encode(SessionCountType, (opening ? { count, opening } : { count }) satisfies SessionCountInit);
}

export function decodeSessionCount(bytes: Uint8Array): number {
  return decode<SessionCount>(SessionCountType, bytes, 'session count').count;
}

export function decodeSessionRegistration(bytes: Uint8Array): { count: number; opening: boolean } {
  const { count, opening } = decode<SessionCount>(SessionCountType, bytes, 'session count');
  return { count, opening };
}

/** The user's frame budget is split over this many gateways (at least 1). */
export function encodeBudgetShare(userId: string, gateways: number): Uint8Array {
  return encode(BudgetShareType, { userId, gateways } satisfies BudgetShareInit);
}

export function decodeBudgetShare(bytes: Uint8Array): { userId: string; gateways: number } {
  const { userId, gateways } = decode<BudgetShare>(BudgetShareType, bytes, 'budget share');
  if (gateways < 1) throw invalid('a budget share is split over at least one gateway');
  return { userId, gateways };
}

export function encodeUsers(users: readonly string[]): Uint8Array {
  return encode(UserListType, { users });
}

export function decodeUsers(bytes: Uint8Array): string[] {
  const { users } = decode<UserList>(UserListType, bytes, 'user list');
  if (users.length > MAX_QUESTION_USERS) throw invalid(`a user list names at most ${MAX_QUESTION_USERS} users`);
  return users;
}

export function encodeDelivery(hops: number, users: readonly string[], frame: Uint8Array): Uint8Array {
  if (users.length > MAX_DELIVERY_USERS) throw new RangeError(`a delivery names at most ${MAX_DELIVERY_USERS} users`);
  return encode(DeliveryType, { hops, users, frame });
}

/** A peer's delivery; malformed input is INVALID_ARGUMENT (the tell is returned). */
export function decodeDelivery(bytes: Uint8Array): Delivery {
  const d = decode<Delivery>(DeliveryType, bytes, 'delivery');
  if (d.users.length > MAX_DELIVERY_USERS) throw invalid(`a delivery names at most ${MAX_DELIVERY_USERS} users`);
  if (!d.users.every(isValidId)) throw invalid('delivery names an invalid user id');
  // An absent bytes field decodes to protobufjs' default (an empty array), not a Uint8Array.
  if (!(d.frame instanceof Uint8Array) || d.frame.length === 0) throw invalid('delivery without a frame');
  return d;
}

/** Users' gateways, from their directory node to a conversation host (its route cache). */
export function encodeRoutes(routes: ReadonlyMap<string, readonly string[]>): Uint8Array {
  return encode(RoutesType, { routes: Array.from(routes, ([userId, gateways]) => ({ userId, gateways: [...gateways] })) });
}

export function decodeRoutes(bytes: Uint8Array): Map<string, string[]> {
  const { routes } = decode<Routes>(RoutesType, bytes, 'routes');
  if (routes.length > MAX_DELIVERY_USERS) throw invalid(`routes name at most ${MAX_DELIVERY_USERS} users`);
  const out = new Map<string, string[]>();
  for (const r of routes) {
    if (!isValidId(r.userId)) throw invalid('routes name an invalid user id');
    out.set(r.userId, r.gateways);
  }
  return out;
}
