import type { chorus } from '../../protocol/gen/chorus.js';
import { invalid, isValidId } from '../../protocol/mod.js';
import type { FrameHandlers } from './frame_handler.js';

/** User ids one LookupUsers may ask about. */
export const MAX_LOOKUP_USERS = 100;

/**
 * Who exists, as far as this server can tell: a user is known while online, once a last-seen time
 * was stored for them (written when they go offline), or while they belong to a conversation (someone
 * added them, even if they never connected). Presence answers first; only the ids it does not know
 * cost a store read each.
 */
export const USERS: FrameHandlers<'lookupUsers'> = {
  lookupUsers: {
    request: async (s, frame) => {
      const ids = (frame.lookupUsers as chorus.v1.LookupUsers).userIds;
      if (ids.length > MAX_LOOKUP_USERS) throw invalid(`at most ${MAX_LOOKUP_USERS} user ids per lookup`);
      const bad = ids.find((u) => !isValidId(u));
      if (bad !== undefined) throw invalid('user ids must match [A-Za-z0-9_-]{1,64}');
      const unique = [...new Set(ids)];
      const seen = new Set((await s.env.presence.snapshot(unique)).filter((p) => p.online || p.lastSeen > 0).map((p) => p.userId));
      for (const member of await s.env.service.withConversations(unique.filter((u) => !seen.has(u)))) seen.add(member);
      return { userLookup: { known: ids.filter((u) => seen.has(u)) } };
    },
  },
};
