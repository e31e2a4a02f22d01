import type { chorus } from '../../protocol/gen/chorus.js';
import type { FrameHandlers } from './frame_handler.js';

/** Message search (docs/search.md). */
export const SEARCH: FrameHandlers<'search'> = {
  search: {
    request: async (s, frame) => {
      const q = frame.search as chorus.v1.SearchRequest;
      const page = await s.env.service.search(s, {
        query: q.query,
        order: q.order === 1 ? 'relevance' : 'newest',
        limit: q.limit,
        cursor: q.cursor,
        ...(q.conversationId !== '' ? { conversationId: q.conversationId } : {}),
        ...(q.senderId !== '' ? { senderId: q.senderId } : {}),
        ...(q.sinceMs != null ? { sinceMs: Number(q.sinceMs) } : {}),
        ...(q.untilMs != null ? { untilMs: Number(q.untilMs) } : {}),
      });
      const hits = page.hits.map((h) => ({ conversationId: h.conversationId, seq: h.seq, senderId: h.senderId, sentAtMs: h.sentAt, snippet: h.snippet, highlights: h.highlights }));
      return { searchResults: { hits, nextCursor: page.nextCursor } };
    },
  },
};

