/**
 * The search call: who may read what (the caller's conversations, and the range of each they may
 * read), the bounds (query size in the index, page size, searches at once per user) and the
 * translation of the engine's refusals into client errors. The engine (a SearchIndex) applies
 * the rest of visibility: join positions, deletes and edits.
 */
import { ChorusError, ErrorCode, checkConversationId, checkId, invalid } from '../protocol/mod.js';
import { SEARCH_BOUNDS, type SearchIndex, type SearchPage, SearchQueryError, type SearchScope } from '../search/mod.js';
import type { ConversationIndex } from '../storage/mod.js';
import { toClientError } from './errors.js';
import type { Caller, SearchRequest } from './types.js';

export interface SearchLimits {
  /** Searches one user may have running at once on this node; more are refused with RATE_LIMITED. */
  maxConcurrentPerUser: number;
  /** Conversations a search spans at most (the user's conversation cap). */
  maxConversations: number;
}

export const DEFAULT_SEARCH_PAGE = 20;
/** Conversation ids read per store call while collecting the caller's scopes. */
const SCOPE_SCAN = 500;

export class ConversationSearch {
  private readonly running = new Map<string, number>();

  constructor(
    private readonly store: Pick<ConversationIndex, 'conversationsOf' | 'member'>,
    private readonly index: SearchIndex,
    private readonly limits: SearchLimits,
  ) {}

  async search(caller: Caller, req: SearchRequest): Promise<SearchPage> {
    const limit = req.limit === 0 ? DEFAULT_SEARCH_PAGE : Math.min(req.limit, SEARCH_BOUNDS.maxLimit);
    if (req.senderId !== undefined) checkId('sender', req.senderId);
    for (const t of [req.sinceMs, req.untilMs]) if (t !== undefined && !(Number.isSafeInteger(t) && t >= 0)) throw invalid('since_ms and until_ms are times in ms since the epoch');
    const n = this.running.get(caller.userId) ?? 0;
    if (n >= this.limits.maxConcurrentPerUser) {
      throw new ChorusError(ErrorCode.RATE_LIMITED, `at most ${this.limits.maxConcurrentPerUser} searches at once`, { retryAfterMs: 200 });
    }
    this.running.set(caller.userId, n + 1);
    try {
      const scopes = await this.scopes(caller.userId, req.conversationId);
      return await this.index.search({
        userId: caller.userId,
        text: req.query,
        scopes,
        order: req.order,
        limit,
        cursor: req.cursor,
        ...(req.senderId !== undefined ? { senderId: req.senderId } : {}),
        ...(req.sinceMs !== undefined ? { sinceMs: req.sinceMs } : {}),
        ...(req.untilMs !== undefined ? { untilMs: req.untilMs } : {}),
      });
    } catch (err) {
      throw searchError(err);
    } finally {
      const left = this.running.get(caller.userId)! - 1;
      if (left === 0) this.running.delete(caller.userId);
      else this.running.set(caller.userId, left);
    }
  }

  /** The conversations the caller may search and where each membership ended (current and former). */
  private async scopes(userId: string, only: string | undefined): Promise<SearchScope[]> {
    if (only !== undefined) {
      const me = await this.store.member(checkConversationId(only), userId);
      if (me === undefined) throw new ChorusError(ErrorCode.FORBIDDEN, 'not a member of this conversation');
      return [{ conversationId: only, leftSeq: me.leftSeq }];
    }
    const scopes: SearchScope[] = [];
    for (let after = ''; scopes.length < this.limits.maxConversations; ) {
      const ids = await this.store.conversationsOf(userId, after, SCOPE_SCAN);
      const records = await Promise.all(ids.map((id) => this.store.member(id, userId)));
      ids.forEach((id, i) => {
        if (records[i] !== undefined) scopes.push({ conversationId: id, leftSeq: records[i].leftSeq });
      });
      if (ids.length < SCOPE_SCAN) break;
      after = ids.at(-1)!;
    }
    return scopes.slice(0, this.limits.maxConversations);
  }
}

/** The engine's refusals as client errors (docs/search.md lists them). */
export function searchError(err: unknown): ChorusError {
  if (!(err instanceof SearchQueryError)) return toClientError(err);
  const tooLarge = err.code === 'QUERY_TOO_LONG' || err.code === 'TOO_MANY_TERMS';
  return new ChorusError(tooLarge ? ErrorCode.TOO_LARGE : ErrorCode.INVALID_ARGUMENT, err.message, { cause: err });
}

/** What a server without a search engine answers. */
export function searchDisabled(): ChorusError {
  return new ChorusError(ErrorCode.SEARCH_DISABLED, 'this server does not search conversations');
}
