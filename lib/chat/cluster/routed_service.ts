import type { LocalChatService } from '../local_service.js';
import { CALLS, type CallArgs, type CallName, type CallResults, ConversationCalls } from '../calls.js';
import type { Caller, ChatService, ConversationView, CreateRequest, HistoryResult, InboxEntry, InboxRequest, ListRequest, SearchRequest, SyncRequest, SyncResult } from '../types.js';
import type { SearchPage } from '../../search/mod.js';
import { ChorusError, ErrorCode, checkConversationId } from '../../protocol/mod.js';
import { backoffMs, type Clock, delay } from '../../time/mod.js';
import type { ClusterLog } from '../../cluster/log.js';
import type { Placement } from '../../cluster/placement.js';
import { NotOwnerError, RemoteError, RemoteHandlerError, UnsupportedVersionError } from '../../cluster/remote/errors.js';
import type { InboundMessage, Transport } from '../../cluster/transport.js';
import { decodeCall, decodeResult, encodeCall, encodeError, encodeResult } from './codec.js';

export const CONVERSATION_KIND = 'conversation';

/** What routing needs of the local chat core (LocalChatService). */
export type ChatCore = Pick<LocalChatService, 'call' | 'sync' | 'createConversation' | 'listConversations' | 'inbox' | 'withConversations' | 'search'>;

export interface RoutedChatServiceDeps {
  /** Runs calls for conversations this node owns, and the store-wide reads (sync, inbox, lists). */
  local: ChatCore;
  placement: Placement;
  remote: Transport;
  /** Whether this node may run conversation actors right now (conversation role, lease valid, not draining). */
  hosting(): boolean;
  requestTimeoutMs: number;
  /** Deadlines and back-off pauses. */
  clock: Clock;
  log: ClusterLog;
  /** Counts a call that had to be tried again (moved conversation, unreachable owner). */
  retried?(reason: string): void;
  /** Counts a failed call to a peer, by the transport's error code. */
  peerError?(peer: string, code: string): void;
  /** Several regions (docs/regions.md): calls for conversations homed elsewhere go to their home region. */
  regions?: RegionRouting;
}

/** How calls reach a conversation's home region (region_bridge.ts). */
export interface RegionRouting {
  /** This node's region. */
  readonly self: string;
  /**
   * The conversation's home region: '' when it was stored without one (before regions: routed on
   * this region's ring); rejects UNAVAILABLE while its record has not reached this region's DC.
   */
  home(id: string): Promise<string>;
  /** The home named in the cache was wrong (its region answered "not homed here"): look it up again. */
  forget(id: string): void;
  /** Sends an encoded call to the home region's entry point; resolves with the encoded result. */
  forward(region: string, id: string, type: string, payload: Uint8Array, options: { timeoutMs: number; signal?: AbortSignal }): Promise<Uint8Array>;
  /** A history page this region's DC can serve for a conversation homed elsewhere (region_reads.ts); undefined: ask the home. */
  localHistory?(id: string, caller: Caller, args: CallArgs['history']): Promise<HistoryResult | undefined>;
  /** A forwarded call's answer: what it says of the home's log. */
  answered?(id: string, name: CallName, result: unknown): void;
  /** A sync page read from this region's DC, made gapless and completed from the homes (region_sync.ts). */
  completeSync?(caller: Caller, req: SyncRequest, page: SyncResult, history: (caller: Caller, id: string, args: CallArgs['history']) => Promise<HistoryResult>): Promise<SyncResult>;
}

const INTERNAL = 'internal error, retry';
/** Retries of a plain UNAVAILABLE answer (a store outage is not cured by re-routing). */
const MAX_UNAVAILABLE_RETRIES = 3;

/**
 * The chat core as a gateway sees it in a cluster: each conversation call goes to the node that
 * owns the conversation on the ring (locally when that is this node), and is tried again,
 * within the request's deadline, when the conversation moved or its owner cannot be reached.
 * Retrying is safe because every logged entry carries a client id: a retried send is marked
 * `resend`, so the owner looks the id up in the store before appending.
 */
export class RoutedChatService extends ConversationCalls implements ChatService {
  constructor(private readonly d: RoutedChatServiceDeps) {
    super();
  }

  /** Runs a conversation call at the conversation's owner (here, or a peer). */
  call<N extends CallName>(name: N, caller: Caller, conversationId: string, args: CallArgs[N]): Promise<CallResults[N]> {
    return this.route(name, caller, conversationId, args);
  }

  // Store-wide reads and creation need no owner: they run here, on the shared store.
  sync(caller: Caller, req: SyncRequest): Promise<SyncResult> {
    const page = this.d.local.sync(caller, req);
    const regions = this.d.regions;
    if (regions?.completeSync === undefined) return page;
    return page.then((p) => regions.completeSync!(caller, req, p, (c, id, args) => this.call('history', c, id, args)));
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

  withConversations(userIds: readonly string[]): Promise<string[]> {
    return this.d.local.withConversations(userIds);
  }

  search(caller: Caller, req: SearchRequest): Promise<SearchPage> {
    return this.d.local.search(caller, req);
  }

  /**
   * A call another region forwarded here (the conversation's home, as this region's store says):
   * routed on this region's ring only, within the sender's deadline. "Not homed here" is the
   * transport's NOT_OWNER with the home this region sees as hint; the sender looks the home up again.
   */
  async callHomedHere<N extends CallName>(name: N, caller: Caller, conversationId: string, args: CallArgs[N], timeoutMs: number): Promise<CallResults[N]> {
    const until = this.d.clock.now() + Math.min(timeoutMs, this.d.requestTimeoutMs);
    const regions = this.d.regions;
    const id = checkConversationId(conversationId);
    if (regions !== undefined) {
      const home = await regions.home(id);
      if (home !== '' && home !== regions.self) throw new NotOwnerError(regions.self, 'region', id, home, 0, `conversation homed in ${home}, not ${regions.self}`);
    }
    return this.route(name, caller, id, args, true, until);
  }

  private async route<N extends CallName>(name: N, caller: Caller, conversationId: string, args: CallArgs[N], here = false, deadline?: number): Promise<CallResults[N]> {
    const id = checkConversationId(conversationId);
    const until = deadline ?? this.d.clock.now() + this.d.requestTimeoutMs;
    const again = CALLS[name].again?.(args) ?? args;
    let unavailable = 0;
    const signal = caller.signal;
    for (let attempt = 0; ; attempt++) {
      let failure: ChorusError;
      let reason: string;
      signal?.throwIfAborted();
      try {
        const callArgs = attempt > 0 ? again : args;
        const regions = here ? undefined : this.d.regions;
        if (regions === undefined) return await this.once(id, name, caller, callArgs, until);
        const home = await regions.home(id);
        if (home === '' || home === regions.self) return await this.once(id, name, caller, callArgs, until);
        if (name === 'history' && regions.localHistory !== undefined) {
          const page = await regions.localHistory(id, caller, callArgs as CallArgs['history']);
          if (page !== undefined) return page as CallResults[N];
        }
        return await this.forward(regions, home, id, name, caller, callArgs, until);
      } catch (err) {
        if (signal?.aborted) throw signal.reason;
        // Transport failures only: a handler's answer (FORBIDDEN, NOT_FOUND…) is the chat core speaking.
        if (err instanceof RemoteError && !(err instanceof RemoteHandlerError) && err.peer !== '') this.d.peerError?.(err.peer, err.code);
        [failure, reason] = classify(err);
        if (failure.cause === err && failure.message === INTERNAL) this.d.log.error({ err, conversation: id, call: name }, 'conversation call failed unexpectedly');
        if (reason === '') throw failure;
        if (reason === 'unavailable' && ++unavailable > MAX_UNAVAILABLE_RETRIES) throw failure;
      }
      const pause = backoffMs(attempt, 10, 500);
      if (this.d.clock.now() + pause >= until) throw failure;
      this.d.retried?.(reason);
      this.d.log.debug({ conversation: id, call: name, attempt, reason, err: failure }, 'conversation call retried');
      await delay(pause, signal, this.d.clock);
    }
  }

  /** One try at the home region; a "not homed here" answer drops the cached home before the retry. */
  private forward<N extends CallName>(regions: RegionRouting, home: string, id: string, name: N, caller: Caller, args: CallArgs[N], until: number): Promise<CallResults[N]> {
    const timeoutMs = Math.max(1, Math.floor(until - this.d.clock.now()));
    return regions
      .forward(home, id, name, encodeCall(name, caller, args), caller.signal ? { timeoutMs, signal: caller.signal } : { timeoutMs })
      .then((bytes) => {
        const result = decodeResult(name, id, bytes);
        regions.answered?.(id, name, result);
        return result;
      })
      .catch((err: unknown) => {
        if (err instanceof NotOwnerError) regions.forget(id);
        throw err;
      });
  }

  private once<N extends CallName>(id: string, name: N, caller: Caller, args: CallArgs[N], until: number): Promise<CallResults[N]> {
    const owner = this.d.placement.owner('conversation', id);
    if (owner === undefined) throw new ChorusError(ErrorCode.UNAVAILABLE, 'no conversation host in the cluster, retry', { retryAfterMs: 1000 });
    if (owner.id === this.d.placement.selfId) {
      if (!this.d.hosting()) throw new RoutingError('this node is not hosting conversations now');
      return this.d.local.call(name, caller, id, args);
    }
    const timeoutMs = Math.max(1, Math.floor(until - this.d.clock.now()));
    return this.d.remote
      .request(owner, { kind: CONVERSATION_KIND, key: id }, name, encodeCall(name, caller, args), caller.signal ? { timeoutMs, signal: caller.signal } : { timeoutMs })
      .then((bytes) => decodeResult(name, id, bytes));
  }
}

/** This node was asked for a conversation it may not host right now: route again. */
class RoutingError extends Error {
  override readonly name = 'RoutingError';
}

/**
 * The owner's side of a remote call: runs it on the local chat core and answers its result, or
 * the chat core's error with its retry hint. A malformed call is refused (INVALID_ARGUMENT).
 */
export async function serveCall(service: Pick<ChatCore, 'call'>, m: InboundMessage): Promise<Uint8Array> {
  const { name, caller, args } = decodeCall(m.type, m.payload);
  try {
    // The envelope key names the conversation: ownership was checked on it. The call reaches the
    // actor's mailbox before the first await, so per-stream order holds.
    return encodeResult(name, await service.call(name, caller, m.key, args));
  } catch (err) {
    if (err instanceof ChorusError) return encodeError(err);
    throw err;
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
