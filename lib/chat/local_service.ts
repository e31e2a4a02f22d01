import { randomBytes } from 'node:crypto';
import type { ActorSystem, Reply } from '../actors/mod.js';
import { conversationKind } from './conversation_kind.js';
import { CONVERSATION, type ConversationDeps, type ConversationLimits, type ConversationMessage, type ConversationObserver, type ConversationOwnership } from './conversation_types.js';
import { ChorusError, ErrorCode, checkConversationId, checkId, encodeServerFrame, invalid } from '../protocol/mod.js';
import { type ConversationRecord, type Inbox, type MemberRecord, type MessageRecord, type ReactionCount, StoreLimits } from '../storage/mod.js';
import { CALLS, type CallArgs, type CallName, type CallResults, ConversationCalls } from './calls.js';
import { checkTitle, pageLimit } from './checks.js';
import { toClientError } from './errors.js';
import { everyMember } from './receipts.js';
import type {
  Caller,
  ChatLimits,
  ChatService,
  ConversationView,
  CreateRequest,
  Fanout,
  InboxEntry,
  InboxRequest,
  ListRequest,
  SearchRequest,
  SyncRequest,
  SyncResult,
} from './types.js';
import { toWireConversation } from './wire.js';
import { e2eeIdPrefix } from './e2ee_rules.js';
import { type ConversationSearch, searchDisabled } from './search.js';
import type { SearchPage } from '../search/mod.js';

/** Conversations examined per sync round trip before the page is cut. */
const SYNC_SCAN = 200;
/** Unread counts stop here ("999+"): counting further costs reads nobody needs. */
const UNREAD_CAP = 1000;

export interface LocalChatServiceDeps {
  system: ActorSystem;
  /** What the conversation actors need, and the inbox for sync. */
  store: ConversationDeps['store'] & Inbox;
  fanout: Fanout;
  limits: ChatLimits;
  passivateAfterMs: number;
  mailboxCapacity: number;
  onActorFailure?(key: string, err: unknown, restarts: number): void;
  observe?: ConversationObserver;
  /** Called after each entry is stored and fanned out (the push planner). */
  stored?(conversation: ConversationRecord, entry: MessageRecord, members: ReadonlySet<string>): void;
  /** Cluster nodes: owner epochs and the placement check (see ConversationOwnership). */
  ownership?: ConversationOwnership;
  /** Message search; absent: search frames are answered SEARCH_DISABLED. */
  search?: ConversationSearch;
  /**
   * This node's region (docs/regions.md): the home of the conversations it creates, and the home
   * shown for those stored without one. Absent or '': no region.
   */
  region?: string;
  /**
   * Where a new conversation's `joined` frames come from (a cluster: its owner, which may deliver;
   * a gateway-only node may not). Absent: from here, at once (announceJoined).
   */
  announceJoined?(conversationId: string): void;
}

/** The chat core in one process: conversation actors on the local actor system. */
export class LocalChatService extends ConversationCalls implements ChatService {
  private readonly system: ActorSystem;
  private readonly store: LocalChatServiceDeps['store'];
  private readonly fanout: Fanout;
  private readonly limits: ChatLimits;
  private readonly searcher: ConversationSearch | undefined;
  private readonly region: string;
  private readonly joinedFrom: ((conversationId: string) => void) | undefined;

  constructor(deps: LocalChatServiceDeps) {
    super();
    this.region = deps.region ?? '';
    this.joinedFrom = deps.announceJoined;
    this.system = deps.system;
    this.store = deps.store;
    this.fanout = deps.fanout;
    this.limits = deps.limits;
    this.searcher = deps.search;
    const l = deps.limits;
    const limits: ConversationLimits = {
      dedupWindow: l.dedupWindow,
      maxGroupMembers: l.maxGroupMembers,
      editWindowMs: l.editWindowMs,
      deleteWindowMs: l.deleteWindowMs,
      typingIntervalMs: l.typingIntervalMs,
      typingTtlMs: l.typingTtlMs,
    };
    this.system.register(
      conversationKind({
        store: deps.store,
        fanout: deps.fanout,
        limits,
        now: () => deps.system.clock.now(),
        passivateAfterMs: deps.passivateAfterMs,
        mailboxCapacity: deps.mailboxCapacity,
        membershipChanged: (conversationId, userId, added, seq) => this.membershipChanged(conversationId, userId, added, seq),
        checkCanJoin: async (userIds, caller) => {
          try {
            await Promise.all(userIds.map((u) => this.checkConversationCount(u, caller)));
          } catch (err) {
            // A store read that failed is the caller's to retry, not a reason to restart the actor.
            if (err instanceof ChorusError) throw err;
            throw new ChorusError(ErrorCode.UNAVAILABLE, 'cannot check the members’ conversation counts now, retry', { cause: err, retryAfterMs: 1000 });
          }
        },
        ...(deps.onActorFailure ? { onFailure: deps.onActorFailure } : {}),
        ...(deps.stored ? { stored: deps.stored } : {}),
        ...(deps.observe ? { observe: deps.observe } : {}),
        ...(deps.ownership ? { ownership: deps.ownership } : {}),
      }),
    );
  }

  /** Conversations with a live actor on this node. */
  activeConversations(): string[] {
    return this.system.keys(CONVERSATION);
  }

  /** Hands a conversation off: its actor stores what is pending, then stops; later requests go elsewhere. */
  release(conversationId: string): void {
    if (this.system.isActive(CONVERSATION, conversationId)) this.system.deliver<ConversationMessage>(CONVERSATION, conversationId, { t: 'release' });
  }

  /** Runs a conversation call on the conversation's actor on this node. */
  async call<N extends CallName>(name: N, caller: Caller, conversationId: string, args: CallArgs[N]): Promise<CallResults[N]> {
    const spec = CALLS[name];
    const checked = spec.check(args, this.limits);
    // Nothing is awaited before the ask: a caller's calls reach the mailbox in the order made.
    return this.ask<CallResults[N]>(conversationId, (reply) => spec.message(caller, checked, reply));
  }

  search(caller: Caller, req: SearchRequest): Promise<SearchPage> {
    return this.searcher === undefined ? Promise.reject(searchDisabled()) : this.searcher.search(caller, req);
  }

  async sync(caller: Caller, req: SyncRequest): Promise<SyncResult> {
    let budget = pageLimit(req.limit, this.limits);
    const messages: MessageRecord[] = [];
    const reactions = new Map<string, Map<number, ReactionCount[]>>();
    const touched: string[] = [];
    const done = (finished: boolean): Promise<SyncResult> =>
      this.views(touched, true).then((conversations) => ({ messages, reactions, conversations, done: finished }));
    try {
      for (let after = ''; ; ) {
        const ids = await this.store.conversationsOf(caller.userId, after, SYNC_SCAN);
        for (const id of ids) {
          const known = req.cursors.get(id);
          const [last, me, receiptsAt] = await Promise.all([
            this.store.lastSeq(id),
            this.store.member(id, caller.userId),
            req.receiptsSince > 0 ? this.store.receiptsUpdatedAt(id) : Promise.resolve(0),
          ]);
          // Former members are not shown the conversation any more; a device that still tracks it
          // catches up to the entry that removed them (which tells it so), and no further.
          const former = me !== undefined && me.leftSeq > 0;
          if (former && known === undefined) continue;
          const upper = former ? Math.min(me.leftSeq, last) : last;
          const news = known === undefined || upper > known;
          if (!news && (former || receiptsAt <= req.receiptsSince)) continue;
          if (news && upper > (known ?? 0) && budget === 0) return await done(false);
          if (!former) touched.push(id);
          const from = known ?? 0;
          if (upper > from) {
            const rows = await this.store.range(id, { afterSeq: from, limit: Math.min(budget, upper - from) });
            for (const r of rows) messages.push(r);
            budget -= rows.length;
            const texts = rows.filter((r) => r.kind === 'text' && !r.deleted).map((r) => r.seq);
            const counts = await this.store.reactions(id, texts, caller.userId);
            if (counts.size > 0) reactions.set(id, counts);
            if (rows.length < upper - from) return await done(false);
          }
        }
        if (ids.length < SYNC_SCAN) break;
        after = ids[ids.length - 1]!;
      }
      return await done(true);
    } catch (err) {
      throw toClientError(err);
    }
  }

  async createConversation(caller: Caller, req: CreateRequest): Promise<ConversationView> {
    const others = [...new Set(req.members.map((m) => checkId('member', m)))].filter((m) => m !== caller.userId);
    const now = this.system.clock.now();
    let id: string;
    let members: MemberRecord[];
    if (req.kind === 'direct') {
      if (others.length !== 1) throw invalid('a direct conversation has exactly one other member');
      const pair = [caller.userId, others[0]!].sort();
      id = `${e2eeIdPrefix(req.e2eeSuite, 'd')}.${pair[0]}.${pair[1]}`;
      members = pair.map((userId) => ({ userId, role: 'member' as const, joinedAt: now, leftSeq: 0 }));
    } else {
      if (others.length + 1 > this.limits.maxGroupMembers) {
        throw new ChorusError(ErrorCode.TOO_LARGE, `a group has at most ${this.limits.maxGroupMembers} members`);
      }
      checkTitle(req.title);
      id = `${e2eeIdPrefix(req.e2eeSuite, 'g')}.${randomBytes(12).toString('base64url')}`;
      // An encrypted group starts with its creator; others join by MLS commits (e2ee_rules.ts).
      if (id.startsWith('e') && others.length > 0) throw invalid('an encrypted group starts with its creator alone: add members with an MLS commit');
      members = [
        { userId: caller.userId, role: 'owner', joinedAt: now, leftSeq: 0 },
        ...others.map((userId) => ({ userId, role: 'member' as const, joinedAt: now, leftSeq: 0 })),
      ];
    }
    try {
      if (!(await this.store.getConversation(id))) {
        // The cap binds whoever a new conversation would add: the creator and, for a direct chat,
        // the other user (so nobody can be flooded with conversations).
        const bound = req.kind === 'direct' ? members.map((m) => m.userId) : [caller.userId];
        await Promise.all(bound.map((u) => this.checkConversationCount(u, caller.userId)));
      }
      const result = await this.store.createConversation(
        // The home is the creating node's region: users connect to their nearest region, so it is the
        // creator's (for a direct conversation: the member who starts it; a later create keeps it).
        { id, kind: req.kind, title: req.kind === 'group' ? req.title : '', createdBy: caller.userId, createdAt: now, lastActivity: now, ...(this.region === '' ? {} : { homeRegion: this.region }) },
        members,
      );
      const view = await this.view(result.conversation.id, false);
      if (result.created) {
        if (this.joinedFrom !== undefined) this.joinedFrom(view.id);
        else this.joined(view);
      }
      return view;
    } catch (err) {
      throw toClientError(err);
    }
  }

  /** Tells the conversation's members (from the store's view now) that they are in it: a `joined` frame each. */
  async announceJoined(conversationId: string): Promise<void> {
    try {
      this.joined(await this.view(checkConversationId(conversationId), false));
    } catch (err) {
      throw toClientError(err);
    }
  }

  private joined(view: ConversationView): void {
    this.fanout.toUsers(view.members.map((m) => m.userId), encodeServerFrame({ joined: toWireConversation(view) }));
  }

  async listConversations(caller: Caller, req: ListRequest): Promise<{ conversations: ConversationView[]; hasMore: boolean }> {
    const limit = pageLimit(req.limit, this.limits);
    try {
      const ids = await this.currentConversations(caller.userId, req.afterId, limit + 1);
      const hasMore = ids.length > limit;
      return { conversations: await this.views(ids.slice(0, limit), false), hasMore };
    } catch (err) {
      throw toClientError(err);
    }
  }

  async inbox(caller: Caller, req: InboxRequest): Promise<{ entries: InboxEntry[]; hasMore: boolean }> {
    const limit = pageLimit(req.limit, this.limits);
    try {
      const before = req.before === null ? null : { conversationId: req.before.conversationId, lastActivity: req.before.lastActivity };
      const page = await this.store.conversationsByActivity(caller.userId, before, limit + 1);
      const hasMore = page.length > limit;
      const entries = await Promise.all(
        page.slice(0, limit).map(async (p): Promise<InboxEntry> => {
          const [conversation, lastMessage] = await Promise.all([this.view(p.conversationId, true), this.store.lastText(p.conversationId)]);
          const readSeq = conversation.receipts?.find((c) => c.userId === caller.userId)?.read ?? 0;
          const unread = await this.store.unreadCount(p.conversationId, caller.userId, readSeq, UNREAD_CAP);
          return { conversation, lastMessage, unread, readSeq };
        }),
      );
      return { entries, hasMore };
    } catch (err) {
      throw toClientError(err);
    }
  }

  async withConversations(userIds: readonly string[]): Promise<string[]> {
    try {
      const found = await Promise.all(userIds.map(async (u) => (await this.store.conversationsByActivity(u, null, 1)).length > 0));
      return userIds.filter((_, i) => found[i]);
    } catch (err) {
      throw toClientError(err);
    }
  }

  private async ask<R>(conversationId: string, build: (reply: Reply<R>) => ConversationMessage): Promise<R> {
    const ref = this.system.ref<ConversationMessage>(CONVERSATION, checkConversationId(conversationId));
    try {
      return await this.system.ask<ConversationMessage, R>(ref, build, this.limits.requestTimeoutMs);
    } catch (err) {
      throw toClientError(err);
    }
  }

  /** After a MEMBERS entry: new members learn of the conversation, removed ones that it is gone. */
  private membershipChanged(conversationId: string, userId: string, added: boolean, seq: number): void {
    if (!added) {
      this.fanout.toUsers([userId], encodeServerFrame({ removed: { conversationId, seq } }));
      return;
    }
    this.view(conversationId, false).then(
      (view) => this.fanout.toUsers([userId], encodeServerFrame({ joined: toWireConversation(view) })),
      () => undefined, // the member finds it with the next sync
    );
  }

  /** The user's conversations in id order after `afterId`, without those they left or were removed from. */
  private async currentConversations(userId: string, afterId: string, want: number): Promise<string[]> {
    const out: string[] = [];
    for (let after = afterId; out.length < want; ) {
      const batch = Math.min(StoreLimits.maxRangeLimit, want - out.length);
      const ids = await this.store.conversationsOf(userId, after, batch);
      const records = await Promise.all(ids.map((id) => this.store.member(id, userId)));
      ids.forEach((id, i) => {
        if (records[i]?.leftSeq === 0) out.push(id);
      });
      if (ids.length < batch) break;
      after = ids[ids.length - 1]!;
    }
    return out;
  }

  private async checkConversationCount(userId: string, caller: string): Promise<void> {
    const max = this.limits.maxConversationsPerUser;
    let count = 0;
    for (let after = ''; count < max; ) {
      const want = Math.min(StoreLimits.maxRangeLimit, max - count);
      const ids = await this.store.conversationsOf(userId, after, want);
      count += ids.length;
      if (ids.length < want) break;
      after = ids[ids.length - 1]!;
    }
    if (count >= max) {
      const who = userId === caller ? 'you belong' : `${userId} belongs`;
      throw new ChorusError(ErrorCode.TOO_LARGE, `${who} to ${max} conversations, the most allowed`);
    }
  }

  private views(ids: string[], withReceipts: boolean): Promise<ConversationView[]> {
    return Promise.all(ids.map((id) => this.view(id, withReceipts)));
  }

  private async view(id: string, withReceipts: boolean): Promise<ConversationView> {
    const [record, members, lastSeq, receipts] = await Promise.all([
      this.store.getConversation(id),
      this.store.members(id),
      this.store.lastSeq(id),
      withReceipts ? this.store.memberCursors(id) : Promise.resolve(undefined),
    ]);
    if (record === undefined) throw new ChorusError(ErrorCode.NOT_FOUND, 'no such conversation');
    const current = members.filter((m) => m.leftSeq === 0).map((m) => ({ userId: m.userId, role: m.role }));
    const homeRegion = record.homeRegion ?? this.region;
    return { ...record, ...(homeRegion === '' ? {} : { homeRegion }), members: current, lastSeq, ...(receipts !== undefined ? { receipts: everyMember(current.map((m) => m.userId), receipts) } : {}) };
  }
}
