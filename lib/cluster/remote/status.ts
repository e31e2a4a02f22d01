import { MailboxFullError } from '../../actors/errors.js';
import type { EnvelopeInit } from '../gen/cluster.js';
import {
  MalformedEnvelopeError,
  NotOwnerError,
  PeerOverloadedError,
  PeerUnavailableError,
  RemoteHandlerError,
  type RemoteError,
  UnknownTargetError,
} from './errors.js';
import { Status } from './wire.js';

/**
 * Wire statuses, both ways: how a handler's failure is answered (errorStatus) and how an answer
 * becomes the sender's typed error (statusError). The only place that maps between them.
 */

/** What an answer is about, for the error: the target and a short description ("kind/key type"). */
export interface About {
  kind: string;
  key: string;
  what: string;
}

/** Translates a wire status into the transport's typed error (undefined for OK). */
export function statusError(
  peer: string,
  r: { status: number; detail: string; appCode: number; ownerHint: string; generation: number },
  about: About,
): RemoteError | undefined {
  const { detail } = r;
  const { what } = about;
  switch (r.status) {
    case Status.STATUS_OK:
      return undefined;
    case Status.STATUS_NOT_OWNER:
      return new NotOwnerError(peer, about.kind, about.key, r.ownerHint, r.generation, detail);
    case Status.STATUS_MALFORMED:
      return new MalformedEnvelopeError(peer, `${peer} refused ${what} as malformed: ${detail}`);
    case Status.STATUS_UNKNOWN_TARGET:
      return new UnknownTargetError(peer, `${peer} has no handler for ${what}: ${detail}`);
    case Status.STATUS_HANDLER_FAILED:
      return new RemoteHandlerError(peer, detail || `${what} failed on ${peer}`, r.appCode);
    case Status.STATUS_OVERLOADED:
      return new PeerOverloadedError(peer, `${peer} is overloaded: ${detail}`);
    case Status.STATUS_UNAVAILABLE:
      return new PeerUnavailableError(peer, `${peer} cannot take ${what} now: ${detail}`);
    default:
      return new MalformedEnvelopeError(peer, `${peer} answered with unknown status ${r.status}`);
  }
}

/** How a handler's failure is answered on the wire. */
export function errorStatus(err: unknown): EnvelopeInit {
  if (err instanceof NotOwnerError) return { status: Status.STATUS_NOT_OWNER, detail: err.message, ownerHint: err.ownerHint, generation: err.generation };
  if (err instanceof MailboxFullError || err instanceof PeerOverloadedError) return { status: Status.STATUS_OVERLOADED, detail: err.message };
  if (err instanceof PeerUnavailableError) return { status: Status.STATUS_UNAVAILABLE, detail: err.message };
  const message = err instanceof Error ? err.message : String(err);
  const code = (err as { code?: unknown } | null)?.code;
  const appCode = typeof code === 'number' && Number.isInteger(code) && code > 0 && code <= 0xffff_ffff ? code : 0;
  return { status: Status.STATUS_HANDLER_FAILED, detail: message, appCode };
}
