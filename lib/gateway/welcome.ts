import { PROTOCOL_VERSION, encodeServerFrame } from '../protocol/mod.js';
import type { MediaLimits } from '../media/mod.js';
import type { SessionLimits } from './session_env.js';

/** The Welcome answer to a Hello: who the session is and the limits the client must keep. */
export function welcomeFrame(id: number, userId: string, sessionId: string, now: number, l: SessionLimits, media: MediaLimits | null): Uint8Array {
  return encodeServerFrame({
    id,
    welcome: {
      protocolVersion: PROTOCOL_VERSION,
      userId,
      sessionId,
      serverTimeMs: now,
      limits: {
        maxFrameBytes: l.maxFrameBytes,
        maxTextBytes: l.maxTextBytes,
        maxPendingRequests: l.maxPendingRequests,
        maxPage: l.maxPage,
        maxGroupMembers: l.maxGroupMembers,
        maxMediaBytes: media?.maxBytes ?? 0,
        maxAttachments: media?.maxAttachments ?? 0,
      },
    },
  });
}
