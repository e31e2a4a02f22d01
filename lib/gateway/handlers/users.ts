import type { chorus } from '../../protocol/gen/chorus.js';
import { invalid, isValidId } from '../../protocol/mod.js';
import type { FrameHandlers } from './frame_handler.js';

/** User ids one LookupUsers may ask about. */
export const MAX_LOOKUP_USERS = 100;

/**
 * Who exists, as far as this server can tell: a user is known while online or once a last-seen time
 * was stored for them (written when they go offline). Read from the presence directory, the same
 * place a presence snapshot comes from, so it costs what a snapshot of these users costs.
 */
export const USERS: FrameHandlers<'lookupUsers'> = {
  lookupUsers: {
    request: async (s, frame) => {
      const ids = (frame.lookupUsers as chorus.v1.LookupUsers).userIds;
      if (ids.length > MAX_LOOKUP_USERS) throw invalid(`at most ${MAX_LOOKUP_USERS} user ids per lookup`);
      const bad = ids.find((u) => !isValidId(u));
      if (bad !== undefined) throw invalid('user ids must match [A-Za-z0-9_-]{1,64}');
      const seen = new Set((await s.env.presence.snapshot([...new Set(ids)])).filter((p) => p.online || p.lastSeen > 0).map((p) => p.userId));
      return { userLookup: { known: ids.filter((u) => seen.has(u)) } };
    },
  },
};
