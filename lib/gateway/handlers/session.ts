import type { chorus } from '../../protocol/gen/chorus.js';
import { ErrorCode, encodeServerFrame, errorFrame } from '../../protocol/mod.js';
import type { FrameHandlers } from './frame_handler.js';

/** The session itself, once ready: ping, a fresh token, a second Hello. */
export const SESSION: FrameHandlers<'ping' | 'refreshToken' | 'hello'> = {
  ping: {
    // id 0 means no reply wanted, so no pong.
    direct: (s, frame, id) => {
      if (id !== 0) s.write(encodeServerFrame({ id, pong: { clientTimeMs: (frame.ping as chorus.v1.Ping).clientTimeMs, serverTimeMs: s.env.now() } }));
    },
  },
  refreshToken: {
    direct: (s, frame, id) => s.refresh(id, (frame.refreshToken as chorus.v1.RefreshToken).token),
  },
  hello: {
    direct: (s, _frame, id) => s.write(errorFrame(id, ErrorCode.ALREADY_AUTHENTICATED, 'this session is already authenticated')),
  },
};
