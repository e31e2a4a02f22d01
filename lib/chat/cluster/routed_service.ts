import type { LocalChatService } from '../local_service.js';
import type {
  Caller,
  ChatService,
  ConversationView,
  CreateRequest,
  DeleteRequest,
  EditRequest,
  GroupUpdate,
  HistoryRequest,
  HistoryResult,
  InboxEntry,
  InboxRequest,
  ListRequest,
  SendRequest,
  SendResult,
  SyncRequest,
  SyncResult,
} from '../types.js';
import { ChorusError, ErrorCode, checkConversationId, invalid } from '../../protocol/mod.js';
import type { CursorKind, MemberCursor, ReactionCount } from '../../storage/mod.js';
import { backoffMs, delay } from '../../time/mod.js';
import type { ClusterLog } from '../../cluster/log.js';
import type { Placement } from '../../cluster/placement.js';
import { NotOwnerError, RemoteError, RemoteHandlerError, UnsupportedVersionError } from '../../cluster/remote/errors.js';
import type { Transport } from '../../cluster/transport.js';
import { type CallName, type CallResults, type ChatCall, decodeResult, encodeCall } from './calls.js';

export const CONVERSATION_KIND = 'conversation';

export interface RoutedChatServiceDeps {
  /** Runs calls for conversations this node owns, and the store-wide reads (sync, inbox, lists). */
  local: LocalChatService;
  placement: Placement;
  remote: Transport;
  /** Whether this node may run conversation actors right now (conversation role, lease valid, not draining). */
  hosting(): boolean;
  requestTimeoutMs: number;
  log: ClusterLog;
  /** Counts a call that had to be tried again (moved conversation, unreachable owner). */
  retried?(reason: string): void;
  /** Counts a failed call to a peer, by the transport's error code. */
  peerError?(peer: string, code: string): void;
}

const INTERNAL = 'internal error, retry';
/** Retries of a plain UNAVAILABLE answer (a store outage is not cured by re-routing). */
const MAX_UNAVAILABLE_RETRIES = 3;
const MAX_PRESENCE_CONVERSATIONS = 20;

/**
 * The chat core as a gateway sees it in a cluster: each conversation call goes to the node that
 * owns the conversation on the ring (locally when that is this node), and is tried again,
 * within the request's deadline, when the conversation moved or its owner cannot be reached.
 * Retrying is safe because every logged entry carries a client id: a retried send is marked
 * `resend`, so the owner looks the id up in the store before appending.
 */
export class RoutedChatService implements ChatService {
  constructor(private readonly d: RoutedChatServiceDeps) {}

  send(caller: Caller, req: SendRequest): Promise<SendResult> {
    return this.route(req.conversationId, (again) => ({ t: 'send', caller, req: again ? { ...req, resend: true } : req }));
  }

  edit(caller: Caller, req: EditRequest): Promise<SendResult> {
    return this.route(req.conversationId, () => ({ t: 'edit', caller, req }));
  }

  delete(caller: Caller, req: DeleteRequest): Promise<SendResult> {
    return this.route(req.conversationId, () => ({ t: 'delete', caller, req }));
  }

  updateGroup(caller: Caller, req: GroupUpdate): Promise<SendResult> {
    return this.route(req.conversationId, () => ({ t: 'group', caller, req }));
  }

  history(caller: Caller, req: HistoryRequest): Promise<HistoryResult> {
    return this.route(req.conversationId, () => ({ t: 'history', caller, req }));
  }

  react(caller: Caller, conversationId: string, seq: number, emoji: string, add: boolean): Promise<ReactionCount[]> {
    return this.route(conversationId, () => ({ t: 'react', caller, seq, emoji, add }));
  }

  typing(caller: Caller, conversationId: string): Promise<void> {
    return this.route(conversationId, () => ({ t: 'typing', caller }));
  }

  receipt(caller: Caller, conversationId: string, kind: CursorKind, seq: number): Promise<number> {
    return this.route(conversationId, () => ({ t: 'receipt', caller, kind, seq }));
  }

  receipts(caller: Caller, conversationId: string): Promise<MemberCursor[]> {
    return this.route(conversationId, () => ({ t: 'receipts', caller }));
  }

  async membersOf(caller: Caller, conversationIds: string[]): Promise<string[]> {
    if (conversationIds.length > MAX_PRESENCE_CONVERSATIONS) throw invalid(`presence for at most ${MAX_PRESENCE_CONVERSATIONS} conversations at once`);
    const lists = await Promise.all(conversationIds.map((id) => this.route(id, () => ({ t: 'members', caller }))));
    return [...new Set(lists.flat())].filter((u) => u !== caller.userId);
  }

  // Store-wide reads and creation need no owner: they run here, on the shared store.
  sync(caller: Caller, req: SyncRequest): Promise<SyncResult> {
    return this.d.local.sync(caller, req);
  }

  createConversation(caller: Caller, req: CreateRequest): Promise<ConversationView> {
    return this.d.local.createConversation(caller, req);
  }

  listConversations(caller: Caller, req: ListRequest): Promise<{ conversations: ConversationView[]; hasMore: boolean }> {
    return this.d.local.listConversations(caller, req);
  }

  inbox(caller: Caller, req: InboxRequest): Promise<{ entries: InboxEntry[]; hasMore: boolean }> {
    return this.d.local.inbox(caller, req);
  }

  private async route<C extends ChatCall>(conversationId: string, build: (again: boolean) => C): Promise<CallResults[C['t']]> {
    const id = checkConversationId(conversationId);
    const until = performance.now() + this.d.requestTimeoutMs;
    let unavailable = 0;
    for (let attempt = 0; ; attempt++) {
      const call = build(attempt > 0);
      let failure: ChorusError;
      let reason: string;
      try {
        return await this.once(id, call, until);
      } catch (err) {
        // Transport failures only: a handler's answer (FORBIDDEN, NOT_FOUND…) is the chat core speaking.
        if (err instanceof RemoteError && !(err instanceof RemoteHandlerError) && err.peer !== '') this.d.peerError?.(err.peer, err.code);
        [failure, reason] = classify(err);
        if (failure.cause === err && failure.message === INTERNAL) this.d.log.error({ err, conversation: id, call: call.t }, 'conversation call failed unexpectedly');
        if (reason === '') throw failure;
        if (reason === 'unavailable' && ++unavailable > MAX_UNAVAILABLE_RETRIES) throw failure;
      }
      const pause = backoffMs(attempt, 10, 500);
      if (performance.now() + pause >= until) throw failure;
      this.d.retried?.(reason);
      this.d.log.debug({ conversation: id, call: call.t, attempt, reason }, 'conversation call retried');
      await delay(pause);
    }
  }

  private once<C extends ChatCall>(id: string, call: C, until: number): Promise<CallResults[C['t']]> {
    const owner = this.d.placement.owner('conversation', id);
    if (owner === undefined) throw new ChorusError(ErrorCode.UNAVAILABLE, 'no conversation host in the cluster, retry', { retryAfterMs: 1000 });
    if (owner.id === this.d.placement.selfId) {
      if (!this.d.hosting()) throw new RoutingError('this node is not hosting conversations now');
      return local(this.d.local, id, call) as Promise<CallResults[C['t']]>;
    }
    const name: CallName = call.t;
    const timeoutMs = Math.max(1, Math.floor(until - performance.now()));
    return this.d.remote
      .request(owner, { kind: CONVERSATION_KIND, key: id }, name, encodeCall(call), { timeoutMs })
      .then((bytes) => decodeResult(name, bytes) as CallResults[C['t']]);
  }
}

/** This node was asked for a conversation it may not host right now: route again. */
class RoutingError extends Error {
  override readonly name = 'RoutingError';
}

/** Runs a call on the local chat core (the owner's side of a remote call, and local calls). */
export function local(service: LocalChatService, conversationId: string, call: ChatCall): Promise<unknown> {
  const c = call.caller;
  switch (call.t) {
    // The envelope key names the conversation: ownership was checked on it, so it wins over the body.
    case 'send':
      return service.send(c, { ...call.req, conversationId });
    case 'edit':
      return service.edit(c, { ...call.req, conversationId });
    case 'delete':
      return service.delete(c, { ...call.req, conversationId });
    case 'group':
      return service.updateGroup(c, { ...call.req, conversationId });
    case 'history':
      return service.history(c, { ...call.req, conversationId });
    case 'react':
      return service.react(c, conversationId, call.seq, call.emoji, call.add);
    case 'typing':
      return service.typing(c, conversationId);
    case 'receipt':
      return service.receipt(c, conversationId, call.kind, call.seq);
    case 'receipts':
      return service.receipts(c, conversationId);
    case 'members':
      return service.membersOf(c, [conversationId]);
  }
}

/** Whether a failure is worth another try, and why ('' = give the client this error). */
function classify(err: unknown): [ChorusError, string] {
  if (err instanceof RoutingError) return [new ChorusError(ErrorCode.UNAVAILABLE, 'conversation is moving, retry', { retryAfterMs: 100 }), 'moving'];
  if (err instanceof ChorusError) {
    return err.code === ErrorCode.UNAVAILABLE ? [err, 'unavailable'] : [err, ''];
  }
  if (err instanceof RemoteHandlerError) {
    const e = new ChorusError(err.appCode > 0 ? (err.appCode as ErrorCode) : ErrorCode.UNAVAILABLE, err.message, { cause: err });
    return e.code === ErrorCode.UNAVAILABLE ? [e, 'unavailable'] : [e, ''];
  }
  if (err instanceof UnsupportedVersionError) return [new ChorusError(ErrorCode.UNAVAILABLE, 'conversation host unavailable, retry', { cause: err }), ''];
  if (err instanceof NotOwnerError) return [new ChorusError(ErrorCode.UNAVAILABLE, 'conversation is moving, retry', { cause: err, retryAfterMs: 100 }), 'not_owner'];
  if (err instanceof RemoteError && err.retryable) {
    return [new ChorusError(ErrorCode.UNAVAILABLE, 'conversation host unavailable, retry', { cause: err, retryAfterMs: 200 }), err.code.toLowerCase()];
  }
  return [new ChorusError(ErrorCode.UNAVAILABLE, INTERNAL, { cause: err }), ''];
}
