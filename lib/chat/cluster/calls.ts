import type { Caller, DeleteRequest, EditRequest, GroupUpdate, HistoryRequest, HistoryResult, SendRequest, SendResult } from '../types.js';
import { invalid } from '../../protocol/mod.js';
import type { CursorKind, MemberCursor, ReactionCount } from '../../storage/mod.js';

/**
 * The conversation calls a gateway sends to the conversation's owner node: the envelope's `type`
 * is the call's name, its `key` the conversation id, its payload this JSON body. The caller always
 * comes from the gateway's authenticated session. JSON keeps these few small shapes simple; the
 * payload never carries a client frame, so a peer cannot smuggle one through.
 */
export type ChatCall =
  | { t: 'send'; caller: Caller; req: SendRequest }
  | { t: 'edit'; caller: Caller; req: EditRequest }
  | { t: 'delete'; caller: Caller; req: DeleteRequest }
  | { t: 'group'; caller: Caller; req: GroupUpdate }
  | { t: 'history'; caller: Caller; req: HistoryRequest }
  | { t: 'react'; caller: Caller; seq: number; emoji: string; add: boolean }
  | { t: 'typing'; caller: Caller }
  | { t: 'receipt'; caller: Caller; kind: CursorKind; seq: number }
  | { t: 'receipts'; caller: Caller }
  | { t: 'members'; caller: Caller };

export type CallName = ChatCall['t'];
export const CALL_NAMES: ReadonlySet<string> = new Set<CallName>(['send', 'edit', 'delete', 'group', 'history', 'react', 'typing', 'receipt', 'receipts', 'members']);

/** What each call answers. */
export interface CallResults {
  send: SendResult;
  edit: SendResult;
  delete: SendResult;
  group: SendResult;
  history: HistoryResult;
  react: ReactionCount[];
  typing: void;
  receipt: number;
  receipts: MemberCursor[];
  members: string[];
}

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

export function encodeCall(call: ChatCall): Uint8Array {
  const { t: _t, caller, ...body } = call;
  // The caller is often the session itself: only its identity travels.
  return encoder.encode(JSON.stringify({ ...body, caller: { userId: caller.userId, deviceId: caller.deviceId } }));
}

/** Decodes a call from a peer; anything malformed is INVALID_ARGUMENT (answered, logged, never thrown further). */
export function decodeCall(type: string, payload: Uint8Array): ChatCall {
  if (!CALL_NAMES.has(type)) throw invalid(`unknown conversation call ${JSON.stringify(type)}`);
  let body: unknown;
  try {
    body = JSON.parse(decoder.decode(payload));
  } catch {
    throw invalid(`malformed ${type} call`);
  }
  if (typeof body !== 'object' || body === null) throw invalid(`malformed ${type} call`);
  const caller = (body as { caller?: unknown }).caller;
  if (typeof caller !== 'object' || caller === null) throw invalid(`${type} call without a caller`);
  const { userId, deviceId } = caller as { userId?: unknown; deviceId?: unknown };
  if (typeof userId !== 'string' || typeof deviceId !== 'string') throw invalid(`${type} call with a malformed caller`);
  // The fields below are checked again by the chat core, exactly as for a local call.
  return { ...(body as object), t: type } as ChatCall;
}

export function encodeResult<N extends CallName>(name: N, result: CallResults[N]): Uint8Array {
  if (name === 'history') {
    const h = result as HistoryResult;
    return encoder.encode(JSON.stringify({ ...h, reactions: Array.from(h.reactions) }));
  }
  return encoder.encode(result === undefined ? 'null' : JSON.stringify(result));
}

export function decodeResult<N extends CallName>(name: N, payload: Uint8Array): CallResults[N] {
  const value: unknown = JSON.parse(decoder.decode(payload));
  if (name === 'history') {
    const h = value as Omit<HistoryResult, 'reactions'> & { reactions: [number, ReactionCount[]][] };
    return { ...h, reactions: new Map(h.reactions) } as CallResults[N];
  }
  if (name === 'typing') return undefined as CallResults[N];
  return value as CallResults[N];
}
