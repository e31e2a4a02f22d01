import { randomBytes } from 'node:crypto';
import { type ActorSystem } from '../actors/mod.js';
import { CONVERSATION, type ConversationMessage, conversationKind } from '../actors/conversation.js';
import { ChorusError, ErrorCode, checkConversationId, checkId, encodeServerFrame, invalid } from '../protocol/mod.js';
import type { MemberRecord, MessageRecord, MessageStore } from '../storage/mod.js';
import { toClientError } from './errors.js';
import type {
  Caller,
  ChatLimits,
  ChatService,
  ConversationView,
  CreateRequest,
  Fanout,
  HistoryRequest,
  HistoryResult,
  ListRequest,
  SendRequest,
  SendResult,
  SyncRequest,
  SyncResult,
} from './types.js';

const encoder = new TextEncoder();
/** Conversations examined per sync round trip before the page is cut. */
const SYNC_SCAN = 200;

export interface LocalChatServiceDeps {
  system: ActorSystem;
  store: MessageStore;
  fanout: Fanout;
  limits: ChatLimits;
  passivateAfterMs: number;
  mailboxCapacity: number;
  onActorFailure?(key: string, err: unknown, restarts: number): void;
}

/** The chat core in one process: conversation actors on the local actor system. */
export class LocalChatService implements ChatService {
  private readonly system: ActorSystem;
  private readonly store: MessageStore;
  private readonly fanout: Fanout;
  private readonly limits: ChatLimits;

  constructor(deps: LocalChatServiceDeps) {
    this.system = deps.system;
    this.store = deps.store;
    this.fanout = deps.fanout;
    this.limits = deps.limits;
    this.system.register(
      conversationKind({
        store: deps.store,
        fanout: deps.fanout,
        now: () => deps.system.clock.now(),
        dedupWindow: deps.limits.dedupWindow,
        passivateAfterMs: deps.passivateAfterMs,
        mailboxCapacity: deps.mailboxCapacity,
        ...(deps.onActorFailure ? { onFailure: deps.onActorFailure } : {}),
      }),
    );
  }

  async send(caller: Caller, req: SendRequest): Promise<SendResult> {
    const conversationId = checkConversationId(req.conversationId);
    const clientId = checkId('client_id', req.clientId);
    if (typeof req.text !== 'string' || req.text.length === 0) throw invalid('text must not be empty');
    if (encoder.encode(req.text).length > this.limits.maxTextBytes) {
      throw new ChorusError(ErrorCode.TOO_LARGE, `text is larger than ${this.limits.maxTextBytes} bytes`);
    }
    const ref = this.system.ref<ConversationMessage>(CONVERSATION, conversationId);
    try {
      return await this.system.ask<ConversationMessage, SendResult>(
        ref,
        (reply) => ({ t: 'send', sender: caller.userId, device: caller.deviceId, clientId, text: req.text, resend: req.resend, reply }),
        this.limits.requestTimeoutMs,
      );
    } catch (err) {
      throw toClientError(err);
    }
  }

  async history(caller: Caller, req: HistoryRequest): Promise<HistoryResult> {
    const conversationId = checkConversationId(req.conversationId);
    const limit = this.pageLimit(req.limit);
    if (req.afterSeq !== undefined && req.beforeSeq !== undefined) throw invalid('before_seq and after_seq exclude each other');
    const query = {
      limit,
      ...(req.afterSeq !== undefined ? { afterSeq: req.afterSeq } : {}),
      ...(req.beforeSeq !== undefined ? { beforeSeq: req.beforeSeq } : {}),
    };
    const ref = this.system.ref<ConversationMessage>(CONVERSATION, conversationId);
    try {
      return await this.system.ask<ConversationMessage, HistoryResult>(
        ref,
        (reply) => ({ t: 'history', userId: caller.userId, query, reply }),
        this.limits.requestTimeoutMs,
      );
    } catch (err) {
      throw toClientError(err);
    }
  }

  async sync(caller: Caller, req: SyncRequest): Promise<SyncResult> {
    let budget = this.pageLimit(req.limit);
    const messages: MessageRecord[] = [];
    const touched: string[] = [];
    try {
      let after = '';
      for (;;) {
        const ids = await this.store.conversationsOf(caller.userId, after, SYNC_SCAN);
        for (const id of ids) {
          const known = req.cursors.get(id);
          const last = await this.store.lastSeq(id);
          if (known !== undefined && last <= known) continue;
          if (budget === 0) return { messages, conversations: await this.views(touched), done: false };
          touched.push(id);
          const from = known ?? 0;
          if (last > from) {
            const rows = await this.store.range(id, { afterSeq: from, limit: Math.min(budget, last - from) });
            for (const r of rows) messages.push(r);
            budget -= rows.length;
            if (rows.length < last - from) return { messages, conversations: await this.views(touched), done: false };
          }
        }
        if (ids.length < SYNC_SCAN) break;
        after = ids[ids.length - 1]!;
      }
      return { messages, conversations: await this.views(touched), done: true };
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
      id = `d.${pair[0]}.${pair[1]}`;
      members = pair.map((userId) => ({ userId, role: 'member' as const, joinedAt: now }));
    } else {
      if (others.length + 1 > this.limits.maxGroupMembers) {
        throw new ChorusError(ErrorCode.TOO_LARGE, `a group has at most ${this.limits.maxGroupMembers} members`);
      }
      if (encoder.encode(req.title).length > 256) throw invalid('title is longer than 256 bytes');
      id = `g.${randomBytes(12).toString('base64url')}`;
      members = [
        { userId: caller.userId, role: 'owner', joinedAt: now },
        ...others.map((userId) => ({ userId, role: 'member' as const, joinedAt: now })),
      ];
    }
    try {
      const result = await this.store.createConversation(
        { id, kind: req.kind, title: req.kind === 'group' ? req.title : '', createdBy: caller.userId, createdAt: now },
        members,
      );
      const view = await this.view(result.conversation.id);
      if (result.created) {
        this.fanout.toUsers(view.members.map((m) => m.userId), encodeServerFrame({ joined: toWireConversation(view) }));
      }
      return view;
    } catch (err) {
      throw toClientError(err);
    }
  }

  async listConversations(caller: Caller, req: ListRequest): Promise<{ conversations: ConversationView[]; hasMore: boolean }> {
    const limit = this.pageLimit(req.limit);
    try {
      const ids = await this.store.conversationsOf(caller.userId, req.afterId, limit + 1);
      const hasMore = ids.length > limit;
      return { conversations: await this.views(ids.slice(0, limit)), hasMore };
    } catch (err) {
      throw toClientError(err);
    }
  }

  async receipt(caller: Caller, conversationId: string, kind: 'delivered' | 'read', seq: number): Promise<number> {
    checkConversationId(conversationId);
    try {
      const [members, last] = await Promise.all([this.store.members(conversationId), this.store.lastSeq(conversationId)]);
      if (!members.some((m) => m.userId === caller.userId)) throw new ChorusError(ErrorCode.FORBIDDEN, 'not a member of this conversation');
      if (!Number.isSafeInteger(seq) || seq < 1 || seq > last) throw invalid(`seq must be between 1 and ${last}`);
      return await this.store.advanceCursor({ userId: caller.userId, deviceId: caller.deviceId, conversationId, kind, seq });
    } catch (err) {
      throw toClientError(err);
    }
  }

  private pageLimit(limit: number): number {
    if (limit === 0) return Math.min(100, this.limits.maxPage);
    if (!Number.isSafeInteger(limit) || limit < 0) throw invalid('limit must be a positive integer');
    return Math.min(limit, this.limits.maxPage);
  }

  private views(ids: string[]): Promise<ConversationView[]> {
    return Promise.all(ids.map((id) => this.view(id)));
  }

  private async view(id: string): Promise<ConversationView> {
    const [record, members, lastSeq] = await Promise.all([
      this.store.getConversation(id),
      this.store.members(id),
      this.store.lastSeq(id),
    ]);
    if (record === undefined) throw new ChorusError(ErrorCode.NOT_FOUND, 'no such conversation');
    return { ...record, members: members.map((m) => ({ userId: m.userId, role: m.role })), lastSeq };
  }
}

export function toWireConversation(v: ConversationView): {
  id: string;
  kind: number;
  title: string;
  members: string[];
  lastSeq: number;
  createdAtMs: number;
  createdBy: string;
} {
  return {
    id: v.id,
    kind: v.kind === 'direct' ? 1 : 2,
    title: v.title,
    members: v.members.map((m) => m.userId),
    lastSeq: v.lastSeq,
    createdAtMs: v.createdAt,
    createdBy: v.createdBy,
  };
}
