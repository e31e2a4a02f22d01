import type { Reply } from '../actors/mod.js';
import type { ConversationMessage } from './conversation_types.js';
import { checkEmoji, checkText, checkTitle, pageLimit } from './checks.js';
import type { Call, CallInit, CallResult, CallResultInit } from './cluster/gen/chat.js';
import { cursorKinds, fromAck, fromCursors, fromHistory, fromReactions, roles, safe, toAck, toHistory } from './cluster/shapes.js';
import type {
  Caller,
  ChatLimits,
  ChatService,
  DeleteRequest,
  EditRequest,
  GroupUpdate,
  HistoryRequest,
  HistoryResult,
  MlsSendRequest,
  SendRequest,
  SendResult,
} from './types.js';
import { ChorusError, ErrorCode, checkId, invalid } from '../protocol/mod.js';
import { checkMlsArgs } from './e2ee_rules.js';
import type { CursorKind, MemberCursor, ReactionCount } from '../storage/mod.js';

type NoArgs = Record<string, never>;

/**
 * The conversation calls: what each takes besides the caller and the conversation id (which is
 * also the routing key), and what it answers. Adding a call: a line in both, its entry in CALLS,
 * its members in chat.proto (Call and CallResult), its case in the conversation actor, and the
 * gateway's frame handler with a ChatService method.
 */
export interface CallArgs {
  send: Omit<SendRequest, 'conversationId'>;
  edit: Omit<EditRequest, 'conversationId'>;
  delete: Omit<DeleteRequest, 'conversationId'>;
  group: Omit<GroupUpdate, 'conversationId'>;
  history: Omit<HistoryRequest, 'conversationId'>;
  react: { seq: number; emoji: string; add: boolean };
  typing: NoArgs;
  receipt: { kind: CursorKind; seq: number };
  receipts: NoArgs;
  members: NoArgs;
  mls: Omit<MlsSendRequest, 'conversationId'>;
}

export interface CallResults {
  send: SendResult;
  edit: SendResult;
  delete: SendResult;
  group: SendResult;
  history: HistoryResult;
  react: ReactionCount[];
  typing: void;
  /** The device's cursor after the receipt. */
  receipt: number;
  receipts: MemberCursor[];
  members: string[];
  mls: SendResult;
}

export type CallName = keyof CallArgs & keyof CallResults;

/** The member N of a decoded oneof D in the union U: e.g. Call's `send` when `call` is 'send'. */
type Member<U, D extends string, N extends string> = U extends { [K in D]: N } & { [K in N]: infer V } ? V : never;
/** The call's member of chat.proto's Call (and of CallResult), as decoded. */
export type WireArgs<N extends CallName> = Member<Call, 'call', N>;
export type WireResult<N extends CallName> = Member<CallResult, 'result', N>;

export interface CallSpec<N extends CallName> {
  /** Checks and normalises the arguments where the call runs, exactly as for a local call. */
  check(args: CallArgs[N], limits: ChatLimits): CallArgs[N];
  /** The conversation actor's message (its tag is the call's name). */
  message(caller: Caller, args: CallArgs[N], reply: Reply<CallResults[N]>): Extract<ConversationMessage, { t: N }>;
  /** The arguments of a second or later attempt (a send is marked a resend); default: the same. */
  again?(args: CallArgs[N]): CallArgs[N];
  /** Node-to-node: the arguments as the call's member of Call, and back (shape only: `check` runs at the owner). */
  encodeArgs(args: CallArgs[N]): NonNullable<CallInit[N]>;
  decodeArgs(wire: WireArgs<N>): CallArgs[N];
  /** Node-to-node: the result as the call's member of CallResult, and back. */
  encodeResult(result: CallResults[N]): NonNullable<CallResultInit[N]>;
  decodeResult(wire: WireResult<N>, conversationId: string): CallResults[N];
}

const none = {
  check: (a: NoArgs): NoArgs => a,
  encodeArgs: (): NoArgs => ({}),
  decodeArgs: (): NoArgs => ({}),
};

const ack = { encodeResult: toAck, decodeResult: fromAck };

/** Every conversation call, by name. */
export const CALLS: { readonly [N in CallName]: CallSpec<N> } = {
  send: {
    check: (a, l) => ({ ...a, clientId: checkId('client_id', a.clientId), text: captioned(a) ? a.text : checkText(a.text, l), meta: checkMeta(a.meta) }),
    message: (c, a, reply) => ({ t: 'send', sender: c.userId, device: c.deviceId, clientId: a.clientId, text: a.text, resend: a.resend, meta: a.meta ?? '', reply }),
    // Retrying is safe because the owner looks a resend's client id up in the store first.
    again: (a) => ({ ...a, resend: true }),
    encodeArgs: (a) => a,
    decodeArgs: (w) => ({ clientId: w.clientId, text: w.text, resend: w.resend, ...(w.meta !== '' ? { meta: w.meta } : {}) }),
    ...ack,
  },
  edit: {
    check: (a, l) => ({ ...a, clientId: checkId('client_id', a.clientId), text: checkText(a.text, l) }),
    message: (c, a, reply) => ({ t: 'edit', sender: c.userId, device: c.deviceId, clientId: a.clientId, refSeq: a.seq, text: a.text, resend: true, reply }),
    encodeArgs: (a) => a,
    decodeArgs: (w) => ({ seq: w.seq, text: w.text, clientId: w.clientId }),
    ...ack,
  },
  delete: {
    check: (a) => ({ ...a, clientId: checkId('client_id', a.clientId) }),
    message: (c, a, reply) => ({ t: 'delete', sender: c.userId, device: c.deviceId, clientId: a.clientId, refSeq: a.seq, resend: true, reply }),
    encodeArgs: (a) => a,
    decodeArgs: (w) => ({ seq: w.seq, clientId: w.clientId }),
    ...ack,
  },
  group: {
    check: (a) => {
      const clientId = checkId('client_id', a.clientId);
      const add = a.add.map((u) => checkId('member', u));
      const remove = a.remove.map((u) => checkId('member', u));
      for (const r of a.roles) checkId('member', r.userId);
      return { ...a, clientId, add, remove, title: a.title === null ? null : checkTitle(a.title) };
    },
    message: (c, a, reply) => ({ t: 'group', sender: c.userId, device: c.deviceId, resend: true, reply, ...a }),
    encodeArgs: (a) => ({
      clientId: a.clientId,
      ...(a.title !== null ? { title: a.title } : {}),
      add: a.add,
      remove: a.remove,
      roles: a.roles.map((r) => ({ userId: r.userId, role: roles.encode(r.role) })),
    }),
    decodeArgs: (w) => ({
      clientId: w.clientId,
      title: w.rename === 'title' ? w.title : null,
      add: w.add,
      remove: w.remove,
      roles: w.roles.map((r) => ({ userId: r.userId, role: roles.decode(r.role) })),
    }),
    ...ack,
  },
  history: {
    check: (a, l) => {
      if (a.afterSeq !== undefined && a.beforeSeq !== undefined) throw invalid('before_seq and after_seq exclude each other');
      return { ...a, limit: pageLimit(a.limit, l) };
    },
    message: (c, a, reply) => ({ t: 'history', userId: c.userId, query: a, reply }),
    encodeArgs: (a) => {
      // One field on the wire (a oneof): both would silently become one.
      if (a.afterSeq !== undefined && a.beforeSeq !== undefined) throw invalid('before_seq and after_seq exclude each other');
      return a;
    },
    decodeArgs: (w) => ({ limit: w.limit, ...(w.from === 'beforeSeq' ? { beforeSeq: w.beforeSeq } : w.from === 'afterSeq' ? { afterSeq: w.afterSeq } : {}) }),
    encodeResult: toHistory,
    decodeResult: fromHistory,
  },
  react: {
    check: (a) => ({ ...a, emoji: checkEmoji(a.emoji) }),
    message: (c, a, reply) => ({ t: 'react', userId: c.userId, seq: a.seq, emoji: a.emoji, add: a.add, reply }),
    encodeArgs: (a) => a,
    decodeArgs: (w) => ({ seq: w.seq, emoji: w.emoji, add: w.add }),
    encodeResult: (counts) => ({ counts }),
    decodeResult: (w) => fromReactions(w.counts),
  },
  typing: {
    ...none,
    message: (c, _a, reply) => ({ t: 'typing', userId: c.userId, reply }),
    encodeResult: () => ({}),
    decodeResult: () => undefined,
  },
  receipt: {
    check: (a) => a,
    message: (c, a, reply) => ({ t: 'receipt', userId: c.userId, deviceId: c.deviceId, kind: a.kind, seq: a.seq, reply }),
    encodeArgs: (a) => ({ kind: cursorKinds.encode(a.kind), seq: a.seq }),
    decodeArgs: (w) => ({ kind: cursorKinds.decode(w.kind), seq: w.seq }),
    encodeResult: (cursor) => cursor,
    decodeResult: (w) => safe('cursor', w),
  },
  receipts: {
    ...none,
    message: (c, _a, reply) => ({ t: 'receipts', userId: c.userId, reply }),
    encodeResult: (cursors) => ({ cursors }),
    decodeResult: (w) => fromCursors(w.cursors),
  },
  members: {
    ...none,
    message: (c, _a, reply) => ({ t: 'members', userId: c.userId, reply }),
    encodeResult: (users) => ({ users }),
    decodeResult: (w) => w.users,
  },
  mls: {
    check: (a, l) => checkMlsArgs(a, l.maxGroupMembers),
    message: (c, a, reply) => ({ t: 'mls', sender: c.userId, device: c.deviceId, reply, ...a }),
    again: (a) => ({ ...a, resend: true }),
    encodeArgs: (a) => a,
    decodeArgs: (w) => ({ clientId: w.clientId, resend: w.resend, message: new Uint8Array(w.message.buffer, w.message.byteOffset, w.message.byteLength), addUsers: w.addUsers, removeUsers: w.removeUsers, welcomeTo: w.welcomeTo, part: w.part, parts: w.parts }),
    ...ack,
  },
};

export function isCallName(name: string): name is CallName {
  return Object.hasOwn(CALLS, name);
}

const MAX_PRESENCE_CONVERSATIONS = 20;

type ConversationMethods = 'sendMls' | 'send' | 'edit' | 'delete' | 'updateGroup' | 'history' | 'react' | 'typing' | 'receipt' | 'receipts' | 'membersOf';

/**
 * ChatService's conversation methods, each a line over `call`: the local core runs a call on the
 * conversation's actor, the router sends it to the conversation's owner.
 */
export abstract class ConversationCalls implements Pick<ChatService, ConversationMethods> {
  abstract call<N extends CallName>(name: N, caller: Caller, conversationId: string, args: CallArgs[N]): Promise<CallResults[N]>;

  send(caller: Caller, { conversationId, ...args }: SendRequest): Promise<SendResult> {
    return this.call('send', caller, conversationId, args);
  }

  sendMls(caller: Caller, { conversationId, ...args }: MlsSendRequest): Promise<SendResult> {
    return this.call('mls', caller, conversationId, args);
  }

  edit(caller: Caller, { conversationId, ...args }: EditRequest): Promise<SendResult> {
    return this.call('edit', caller, conversationId, args);
  }

  delete(caller: Caller, { conversationId, ...args }: DeleteRequest): Promise<SendResult> {
    return this.call('delete', caller, conversationId, args);
  }

  updateGroup(caller: Caller, { conversationId, ...args }: GroupUpdate): Promise<SendResult> {
    return this.call('group', caller, conversationId, args);
  }

  history(caller: Caller, { conversationId, ...args }: HistoryRequest): Promise<HistoryResult> {
    return this.call('history', caller, conversationId, args);
  }

  react(caller: Caller, conversationId: string, seq: number, emoji: string, add: boolean): Promise<ReactionCount[]> {
    return this.call('react', caller, conversationId, { seq, emoji, add });
  }

  typing(caller: Caller, conversationId: string): Promise<void> {
    return this.call('typing', caller, conversationId, {});
  }

  receipt(caller: Caller, conversationId: string, kind: CursorKind, seq: number): Promise<number> {
    return this.call('receipt', caller, conversationId, { kind, seq });
  }

  receipts(caller: Caller, conversationId: string): Promise<MemberCursor[]> {
    return this.call('receipts', caller, conversationId, {});
  }

  async membersOf(caller: Caller, conversationIds: string[]): Promise<string[]> {
    if (conversationIds.length > MAX_PRESENCE_CONVERSATIONS) throw invalid(`presence for at most ${MAX_PRESENCE_CONVERSATIONS} conversations at once`);
    const lists = await Promise.all(conversationIds.map((id) => this.call('members', caller, id, {})));
    return [...new Set(lists.flat())].filter((u) => u !== caller.userId);
  }
}

/** A message with media may have an empty caption (checked like any text otherwise). */
function captioned(a: { text: string; meta?: string | undefined }): boolean {
  return a.text === '' && (a.meta ?? '') !== '';
}

/** Attachments JSON made by the gateway's media handler; bounded like any stored meta. */
function checkMeta(meta: string | undefined): string {
  if (meta === undefined || meta === '') return '';
  if (typeof meta !== 'string' || meta.length > MAX_ATTACHMENTS_META) throw new ChorusError(ErrorCode.TOO_LARGE, 'attachments too large');
  return meta;
}

/** Bytes of attachments JSON one message may carry (ten attachments with placeholders fit in 24 KiB). */
const MAX_ATTACHMENTS_META = 32 * 1024;
