import { StoreUnavailableError } from '../storage/mod.js';
import { type SearchCursor, type SearchIndex, type SearchPage, type SearchQuery, type SearchScope, decodeCursor, encodeCursor } from './search_index.js';
import { type OpenSearchHttp, joinId } from './opensearch_http.js';
import { snippet } from '../text/mod.js';
import { type QueryGroup, parseQuery } from '../text/mod.js';

interface Source {
  conversation_id: string;
  seq: number;
  sender_id: string;
  sent_at: number;
  text: string;
}

type Json = Record<string, unknown>;

/**
 * The production engine's queries on OpenSearch (written by OpenSearchIndexer from the log). The
 * user's text becomes term and phrase queries built as JSON values, never query-string syntax.
 */
export class OpenSearchIndex implements SearchIndex {
  constructor(private readonly http: OpenSearchHttp) {}

  async search(q: SearchQuery): Promise<SearchPage> {
    const groups = parseQuery(q.text);
    const cursor = decodeCursor(q.cursor, q.order);
    if (q.scopes.length === 0) return { hits: [], nextCursor: '' };
    const joins = await this.http.mget<{ seq: number }>(this.http.name('joins'), q.scopes.map((s) => joinId(s.conversationId, q.userId)));
    const offset = cursor?.order === 'relevance' ? cursor.offset : 0;
    const body: Json = {
      size: q.limit + 1,
      track_total_hits: false,
      _source: ['conversation_id', 'seq', 'sender_id', 'sent_at', 'text'],
      query: { bool: { must: groups.map(match), filter: filters(q, joins) } },
      sort:
        q.order === 'relevance'
          ? ['_score', { sent_at: 'desc' }, { conversation_id: 'desc' }, { seq: 'desc' }]
          : [{ sent_at: 'desc' }, { conversation_id: 'desc' }, { seq: 'desc' }],
      ...(q.order === 'relevance' ? { from: offset } : cursor?.order === 'newest' ? { search_after: cursor.after } : {}),
    };
    const { status, body: res } = await this.http.request<{ hits: { hits: { _source: Source; sort: (string | number)[] }[] } }>(
      'POST',
      `/${this.http.name('messages')}/_search`,
      body,
    );
    if (status === 404) throw new StoreUnavailableError('the search index does not exist yet (the indexer creates it)');
    const found = res.hits.hits;
    const page = found.slice(0, q.limit);
    const hits = page.map(({ _source: s }) => ({ conversationId: s.conversation_id, seq: s.seq, senderId: s.sender_id, sentAt: s.sent_at, ...snippet(s.text, groups) }));
    let next: SearchCursor | null = null;
    if (found.length > q.limit && page.length > 0) {
      next = q.order === 'relevance' ? { order: 'relevance', offset: offset + page.length } : { order: 'newest', after: page.at(-1)!.sort };
    }
    return { hits, nextCursor: next === null ? '' : encodeCursor(next) };
  }

  async close(): Promise<void> {}
}

function match(g: QueryGroup): Json {
  return 'prefix' in g ? { prefix: { terms: { value: g.prefix } } } : { match_phrase: { terms: { query: g.phrase.join(' ') } } };
}

/**
 * Visibility and the user's filters. Conversations the user saw from the start and still belongs
 * to share one terms filter; the others each get their seq range (few: late joins, removals).
 */
function filters(q: SearchQuery, joins: Map<string, { seq: number }>): Json[] {
  const whole: string[] = [];
  const ranged: Json[] = [];
  for (const s of q.scopes as SearchScope[]) {
    const after = joins.get(joinId(s.conversationId, q.userId))?.seq ?? 0;
    if (after === 0 && s.leftSeq === 0) whole.push(s.conversationId);
    else ranged.push({ bool: { filter: [{ term: { conversation_id: s.conversationId } }, { range: { seq: { gt: after, ...(s.leftSeq > 0 ? { lte: s.leftSeq } : {}) } } }] } });
  }
  const should: Json[] = [...ranged];
  if (whole.length > 0) should.push({ terms: { conversation_id: whole } });
  const out: Json[] = [{ bool: { should, minimum_should_match: 1 } }];
  if (q.senderId !== undefined) out.push({ term: { sender_id: q.senderId } });
  if (q.sinceMs !== undefined || q.untilMs !== undefined) {
    out.push({ range: { sent_at: { ...(q.sinceMs !== undefined ? { gte: q.sinceMs } : {}), ...(q.untilMs !== undefined ? { lt: q.untilMs } : {}) } } });
  }
  return out;
}
