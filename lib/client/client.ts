import type { chorus } from '../protocol/gen/chorus.js';
import type { IClientFrame, ServerFrame } from '../protocol/codec.js';
import { ClientCache } from './cache.js';
import { Connection } from './connection.js';
import { type DispatchTarget, dispatch } from './dispatch.js';
import { Emitter } from './emitter.js';
import { ClientClosedError } from './errors.js';
import { Outbox, newClientId } from './outbox.js';
import { Typers } from './typing.js';
import type { LocalSearchIndex } from './search/local_search.js';
import { mergedSearch } from './search/search_merge.js';
import { type Attachment, type MediaOptions, attachmentInput, httpBase, uploadMedia } from './media.js';
import type {
  ClientEvents,
  ClientOptions,
  ClientState,
  Conversation,
  Emit,
  HistoryPage,
  InboxEntry,
  MemberReceipt,
  Message,
  Presence,
  ReactionCount,
  Request,
  SearchHit,
  SearchOptions,
  SearchResultPage,
  SendAck,
  Welcome,
} from './types.js';


/**
 * Chorus client SDK. Keeps one connection open, resends unacknowledged messages after reconnects
 * (same client ids, so nothing is stored twice), catches up with sync and fills gaps, and emits
 * every message once, in order.
 */
export class ChorusClient extends Emitter<ClientEvents> {
  private readonly connection: Connection;
  private readonly typers = new Typers();
  private readonly cache: ClientCache;
  private readonly outbox: Outbox;
  private localSearch: LocalSearchIndex | null = null;

  private readonly baseUrl: string;

  constructor(options: ClientOptions) {
    super();
    this.baseUrl = options.url;
    const emit: Emit = (event, ...args) => this.emit(event, ...args);
    const request: Request = (body) => this.request(body);
    const ready = (): boolean => this.connection.state === 'ready';
    const welcome = (): Welcome | null => this.connection.welcome;
    this.cache = new ClientCache(
      { request, history: (conversationId, q) => this.history(conversationId, q), ready, welcome, emit, typers: this.typers },
      options,
    );
    this.outbox = new Outbox({ request, sendable: () => ready() && !this.cache.syncing, welcome });
    const pushed: DispatchTarget = { emit, cache: this.cache, typers: this.typers, tokenExpiring: () => this.connection.renewToken() };
    this.connection = new Connection(options, {
      emit,
      pushed: (frame) => dispatch(frame, pushed),
      sync: () => this.sync(),
      caughtUp: () => this.outbox.pump(),
      lost: () => this.outbox.reset(),
      closed: () => this.outbox.close(),
    });
  }

  get state(): ClientState {
    return this.connection.state;
  }

  get welcome(): Welcome | null {
    return this.connection.welcome;
  }

  get userId(): string {
    return this.connection.welcome?.userId ?? '';
  }

  /** Highest contiguous seq emitted per conversation: persist it to resume without re-downloading. */
  get cursors(): ReadonlyMap<string, number> {
    return this.cache.cursors;
  }

  /** Server time of the last completed sync; persist it with the cursors and pass it back as `syncPoint`. */
  get syncPoint(): number {
    return this.cache.syncPoint;
  }

  /** Messages accepted by send() and not yet acknowledged. */
  get unacknowledged(): number {
    return this.outbox.size;
  }

  /** Connects; resolves on the first Welcome (and, with autoSync, after the first sync). */
  connect(): Promise<Welcome> {
    return this.connection.connect();
  }

  /**
   * Queues a message; resolves with its ack, surviving reconnects. Rejects on non-retryable errors.
   * `resend`: this client id may have been transmitted before (by an earlier run of the app, say),
   * so the server looks it up in the stored log too.
   */
  send(conversationId: string, text: string, clientId: string = newClientId(), options: { resend?: boolean } = {}): Promise<SendAck> {
    if (this.connection.state === 'closed') return Promise.reject(new ClientClosedError('client is closed'));
    return this.outbox.add(conversationId, text, clientId, options.resend === true);
  }

  async history(conversationId: string, q: { beforeSeq?: number; afterSeq?: number; limit?: number } = {}): Promise<HistoryPage> {
    const f = await this.request({ history: { conversationId, limit: q.limit ?? 0, ...(q.beforeSeq !== undefined ? { beforeSeq: q.beforeSeq } : {}), ...(q.afterSeq !== undefined ? { afterSeq: q.afterSeq } : {}) } });
    const h = f.history as chorus.v1.HistoryPage;
    return { conversationId: h.conversationId, messages: h.messages as Message[], hasMore: h.hasMore, lastSeq: h.lastSeq };
  }

  /**
   * Searches the messages this user can read (docs/search.md). The text is matched word by word,
   * never as query syntax; page on with `page.next()` (or `opts.cursor = page.nextCursor`). With a
   * local index (useLocalSearch: E2eeClient sets it) the page merges the server's hits with this
   * device's hits in encrypted conversations (search/search_merge.ts).
   */
  async search(query: string, opts: SearchOptions = {}): Promise<SearchResultPage> {
    const server = (q: string, o: SearchOptions): Promise<{ hits: SearchHit[]; nextCursor: string }> => this.serverSearch(q, o);
    const r = this.localSearch === null ? await server(query, opts) : await mergedSearch(server, this.localSearch, query, opts);
    const nextCursor = r.nextCursor;
    return { hits: r.hits, nextCursor, next: () => (nextCursor === '' ? null : this.search(query, { ...opts, cursor: nextCursor })) };
  }

  /** This device's index of decrypted messages, searched by search() beside the server's (null: none). */
  useLocalSearch(index: LocalSearchIndex | null): void {
    this.localSearch = index;
  }

  private async serverSearch(query: string, opts: SearchOptions): Promise<{ hits: SearchHit[]; nextCursor: string }> {
    const body: chorus.v1.ISearchRequest = {
      query,
      conversationId: opts.conversationId ?? '',
      senderId: opts.senderId ?? '',
      order: opts.order === 'relevance' ? 1 : 0,
      limit: opts.limit ?? 0,
      cursor: opts.cursor ?? '',
      ...(opts.sinceMs !== undefined ? { sinceMs: opts.sinceMs } : {}),
      ...(opts.untilMs !== undefined ? { untilMs: opts.untilMs } : {}),
    };
    const r = (await this.request({ search: body })).searchResults as chorus.v1.SearchResults;
    const hits = (r.hits as chorus.v1.SearchHit[]).map((h) => ({
      conversationId: h.conversationId,
      seq: Number(h.seq),
      senderId: h.senderId,
      sentAtMs: Number(h.sentAtMs),
      snippet: h.snippet,
      highlights: (h.highlights as chorus.v1.SearchHighlight[]).map((x) => ({ start: x.start, length: x.length })),
    }));
    return { hits, nextCursor: r.nextCursor };
  }

  async createDirect(userId: string): Promise<Conversation> {
    return this.cache.learn((await this.request({ createConversation: { kind: 1, members: [userId] } })).conversation as Conversation);
  }

  async createGroup(title: string, members: string[]): Promise<Conversation> {
    return this.cache.learn((await this.request({ createConversation: { kind: 2, members, title } })).conversation as Conversation);
  }

  async listConversations(afterId = '', limit = 0): Promise<{ conversations: Conversation[]; hasMore: boolean }> {
    const list = (await this.request({ listConversations: { afterId, limit } })).conversations as chorus.v1.ConversationList;
    return { conversations: list.conversations as Conversation[], hasMore: list.hasMore };
  }

  async markRead(conversationId: string, seq: number): Promise<number> {
    return ((await this.request({ receipt: { conversationId, seq, kind: 2 } })).receipt as chorus.v1.ReceiptAck).seq;
  }

  async markDelivered(conversationId: string, seq: number): Promise<number> {
    return ((await this.request({ receipt: { conversationId, seq, kind: 1 } })).receipt as chorus.v1.ReceiptAck).seq;
  }

  /** Each member's highest delivered and read seq (over their devices). */
  async receipts(conversationId: string): Promise<MemberReceipt[]> {
    return ((await this.request({ receipts: { conversationId } })).receipts as chorus.v1.ConversationReceipts).members as MemberReceipt[];
  }

  /** Replaces the text of one's own message; resolves with the EDIT entry's ack. */
  async edit(conversationId: string, seq: number, text: string, clientId: string = newClientId()): Promise<SendAck> {
    return (await this.request({ edit: { conversationId, seq, text, clientId } })).ack as SendAck;
  }

  /** Deletes a message for everyone; resolves with the DELETE entry's ack. */
  async delete(conversationId: string, seq: number, clientId: string = newClientId()): Promise<SendAck> {
    return (await this.request({ delete: { conversationId, seq, clientId } })).ack as SendAck;
  }

  /** Adds (or removes) a reaction; resolves with the message's counts afterwards. */
  async react(conversationId: string, seq: number, emoji: string, add = true): Promise<ReactionCount[]> {
    return ((await this.request({ react: { conversationId, seq, emoji, add } })).reactionAck as chorus.v1.ReactionAck).reactions as ReactionCount[];
  }

  /** Users typing in a conversation right now (indicators lapse by themselves after the server's TTL). */
  whoIsTyping(conversationId: string): string[] {
    return this.typers.who(conversationId);
  }

  /** Tells the other members that this user is typing (the server rate-limits and expires it). */
  async typing(conversationId: string): Promise<void> {
    await this.request({ typing: { conversationId } });
  }

  /** Watches the presence of the members of these conversations (replacing the previous set). */
  async watchPresence(conversationIds: string[]): Promise<Presence[]> {
    return ((await this.request({ subscribePresence: { conversationIds } })).presenceSnapshot as chorus.v1.PresenceSnapshot).users as Presence[];
  }

  /** Which of these user ids the server knows (online now or seen before); ids are case-sensitive. */
  async lookupUsers(userIds: string[]): Promise<string[]> {
    return ((await this.request({ lookupUsers: { userIds } })).userLookup as chorus.v1.UserLookup).known;
  }

  /** Conversations by last activity with preview and unread count, newest first. */
  async inbox(limit = 0, before?: { lastActivityMs: number; conversationId: string }): Promise<{ entries: InboxEntry[]; hasMore: boolean }> {
    const page = (await this.request({ inbox: { limit, beforeActivityMs: before?.lastActivityMs ?? 0, beforeId: before?.conversationId ?? '' } })).inbox as chorus.v1.InboxPage;
    return { entries: page.entries as InboxEntry[], hasMore: page.hasMore };
  }

  /**
   * Renames a group, or adds/removes members and changes roles ("user=admin"). To retry after a
   * timeout or lost connection, pass the same clientId again: the server answers the first ack
   * (duplicate = true) instead of logging the change twice.
   */
  async updateGroup(conversationId: string, change: { title?: string; add?: string[]; remove?: string[]; roles?: string[] }, clientId: string = newClientId()): Promise<SendAck> {
    const body = { conversationId, clientId, ...(change.title !== undefined ? { title: change.title } : {}), add: change.add ?? [], remove: change.remove ?? [], roles: change.roles ?? [] };
    return (await this.request({ updateGroup: body })).ack as SendAck;
  }

  /**
   * Uploads a file (photo, video, voice note, document) and sends it as a message with an optional
   * caption; resolves with the ack once stored. The bytes go by HTTP to the signed URLs the server
   * hands out, never over the WebSocket. Not queued across reconnects like send(): call it again.
   */
  async sendMedia(conversationId: string, data: Blob | Uint8Array, options: MediaOptions = {}): Promise<SendAck> {
    const media = await this.uploadMedia(conversationId, data, options);
    const send = { conversationId, clientId: options.clientId ?? newClientId(), text: options.caption ?? '', attachments: [attachmentInput(media, options)] };
    return (await this.request({ send })).ack as SendAck;
  }

  /** Uploads a file for a conversation without sending it (several can go in one message with sendAttachments). */
  uploadMedia(conversationId: string, data: Blob | Uint8Array, options: MediaOptions = {}): Promise<Attachment> {
    return uploadMedia((body) => this.request(body), httpBase(this.baseUrl), conversationId, data, options);
  }

  /** Sends uploaded media (several in one message) with a caption. */
  async sendAttachments(conversationId: string, media: readonly (Attachment | chorus.v1.IAttachment)[], caption = '', clientId: string = newClientId()): Promise<SendAck> {
    return (await this.request({ send: { conversationId, clientId, text: caption, attachments: media.map((m) => ({ ...m })) } })).ack as SendAck;
  }

  /** A short-lived download URL of a conversation's media (an attachment's mediaId or thumbnailId); members only. */
  async mediaUrl(conversationId: string, mediaId: string): Promise<string> {
    const u = (await this.request({ mediaUrl: { conversationId, mediaId } })).mediaUrl as chorus.v1.MediaUrl;
    return new URL(u.url, httpBase(this.baseUrl)).toString();
  }

  /** Leaves a conversation; a retry with the same clientId answers the first ack, also once left. */
  async leave(conversationId: string, clientId: string = newClientId()): Promise<SendAck> {
    return (await this.request({ leave: { conversationId, clientId } })).ack as SendAck;
  }

  /**
   * Replaces the open session's token without reconnecting (same user only; a token for another
   * user makes the server close the connection). Without an argument the token provider is asked.
   * Resolves with the new token's expiry (ms since the epoch).
   */
  refreshToken(token?: string): Promise<number> {
    return this.connection.refreshToken(token);
  }

  async ping(): Promise<number> {
    const t = Date.now();
    await this.request({ ping: { clientTimeMs: t } });
    return Date.now() - t;
  }

  /** Fetches everything missed since the cursors, over all conversations. */
  sync(): Promise<void> {
    return this.cache.sync();
  }

  /** Closes for good: pending sends reject with ClientClosedError. */
  close(): void {
    this.connection.close();
  }

  /** Drops the socket as a network failure would (for tests and "airplane mode"); reconnects as usual. */
  dropConnection(): void {
    this.connection.drop();
  }

  /** Reconnects now instead of after the back-off, e.g. when the browser says it is online again. */
  reconnectNow(): void {
    this.connection.reconnectNow();
  }

  /** Sends any request frame and resolves with its answer: for layers on top (lib/client/mls). */
  call(body: Omit<IClientFrame, 'id'>): Promise<ServerFrame> {
    return this.connection.request(body);
  }

  private request(body: Omit<IClientFrame, 'id'>): Promise<ServerFrame> {
    return this.connection.request(body);
  }
}
