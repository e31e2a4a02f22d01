import type { Caller } from '../../chat/types.js';
import type { ClientBodyKind, ClientFrame, IServerFrame } from '../../protocol/mod.js';
import type { SessionEnv } from '../session_env.js';

/** What a frame handler may use of the ready session the frame came on (a UserActor). */
export interface FrameSession extends Caller {
  readonly env: SessionEnv;
  /** Writes an answer or notice to the socket (subject to the backpressure hard limit). */
  write(bytes: Uint8Array): void;
  /** Replaces the users whose presence changes this session receives. */
  watch(users: string[]): void;
  /** Moves the session to a fresh token for the same user (RefreshToken). */
  refresh(id: number, token: string): void;
}

/**
 * A request: the session counts it against its in-flight limit, answers with the returned frame
 * (its id filled in) or turns a rejection into an error frame (counted in chorus_errors_total).
 * Handlers are async functions, so a synchronous validation error becomes a rejection too.
 */
export interface RequestHandler {
  readonly request: (session: FrameSession, frame: ClientFrame, id: number) => Promise<IServerFrame>;
}

/** Answered on the spot, or with its own accounting (ping, refresh). */
export interface DirectHandler {
  readonly direct: (session: FrameSession, frame: ClientFrame, id: number) => void;
}

export type FrameHandler = RequestHandler | DirectHandler;

/** Part of the frame table: the handlers of one concern. */
export type FrameHandlers<K extends ClientBodyKind> = { readonly [B in K]: FrameHandler };
