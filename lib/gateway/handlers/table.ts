import type { ClientBodyKind } from '../../protocol/mod.js';
import { CONVERSATIONS } from './conversations.js';
import { E2EE } from './e2ee.js';
import type { FrameHandler } from './frame_handler.js';
import { MEDIA } from './media.js';
import { MESSAGING } from './messaging.js';
import { PUSH } from './push.js';
import { RECEIPTS_PRESENCE } from './receipts_presence.js';
import { SEARCH } from './search.js';
import { SESSION } from './session.js';
import { USERS } from './users.js';

export type { DirectHandler, FrameHandler, FrameSession, RequestHandler } from './frame_handler.js';

/**
 * Every client frame body a ready session accepts, and its handler. Shared by all sessions of the
 * process (a session holds no handler state); the type makes a body without an entry a compile error.
 */
export const FRAME_HANDLERS: { readonly [K in ClientBodyKind]: FrameHandler } = {
  ...SESSION,
  ...MESSAGING,
  ...CONVERSATIONS,
  ...RECEIPTS_PRESENCE,
  ...PUSH,
  ...USERS,
  ...MEDIA,
  ...E2EE,
  ...SEARCH,
};
