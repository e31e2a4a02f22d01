// What the page says when something fails: words for the person using it, never the server's text.
import { ClientClosedError, ConnectionLostError, ErrorCode, RequestTimeoutError, ServerError } from '../lib/client/mod.js';

/** A refusal the page itself words (checks before anything is sent): shown as it is. */
export class PageError extends Error {
  override readonly name = 'PageError';
}

/** What the person was doing when it failed: the same code reads differently per action. */
export const DOINGS = ['login', 'start', 'send', 'edit', 'delete', 'react', 'load', 'manage', 'roles', 'leave', 'upload', 'download', 'search'] as const;
export type Doing = (typeof DOINGS)[number];

const TRY_AGAIN = 'Chorus is busy or briefly unavailable. Try again in a moment.';

/** Per code, what it means for each action (`any` when the action does not change it). */
const WORDS: Partial<Record<ErrorCode, Partial<Record<Doing | 'any', string>>>> = {
  [ErrorCode.FORBIDDEN]: {
    edit: 'You can edit only your own messages, and only for a while after sending them.',
    delete: 'You can delete only your own messages (group admins can delete any), and only for a while after sending them.',
    manage: 'Only the group’s owner or an admin can change the group, and the owner cannot be removed.',
    roles: 'Only the group’s owner can change roles.',
    leave: 'You are no longer a member of this group.',
    download: 'Only members can open this conversation’s files.',
    any: 'You are no longer a member of this conversation.',
  },
  [ErrorCode.NOT_FOUND]: {
    edit: 'That message was deleted.',
    delete: 'That message was already deleted.',
    react: 'That message was deleted.',
    any: 'This conversation no longer exists.',
  },
  [ErrorCode.TOO_LARGE]: {
    send: 'That message is too long.',
    upload: 'That file is too large, or has too many attachments with it.',
    search: 'That search is too long: use fewer words.',
    edit: 'That message is too long.',
    start: 'Too many people: a group has a member limit, and each person a limit of conversations.',
    manage: 'Too many people: a group has a member limit, and each person a limit of conversations.',
    any: 'That is larger than Chorus allows.',
  },
  [ErrorCode.INVALID_ARGUMENT]: {
    start: 'Check the names: each is 1–64 letters, digits, _ or -, and a chat needs someone other than you.',
    manage: 'Check the names and the title: names are 1–64 letters, digits, _ or -.',
    roles: 'That role cannot be given to this member.',
    react: 'That reaction cannot be used.',
    search: 'Type some words to search for.',
    send: 'That message cannot be sent as it is.',
    any: 'Chorus could not do that. Reload the page and try again.',
  },
  [ErrorCode.MEDIA_NOT_UPLOADED]: { any: 'The file did not finish uploading. Attach it again.' },
  [ErrorCode.MEDIA_SIZE_MISMATCH]: { any: 'The file changed or was cut off while uploading. Attach it again.' },
  [ErrorCode.MEDIA_HASH_MISMATCH]: { any: 'The file changed or was cut off while uploading. Attach it again.' },
  [ErrorCode.MEDIA_TYPE_MISMATCH]: { any: 'That file’s contents do not match its type, so it was not sent.' },
  [ErrorCode.MEDIA_QUOTA_EXCEEDED]: { any: 'You have used all the storage allowed for your files. Delete some, then try again.' },
  [ErrorCode.MEDIA_EXPIRED]: { download: 'That link expired. Open the file again.', any: 'The upload took too long. Attach the file again.' },
  [ErrorCode.MLS_STALE_EPOCH]: { any: 'Someone changed this encrypted chat at the same moment. Try again.' },
  [ErrorCode.ENCRYPTED_CONVERSATION]: { any: 'That cannot be done in an encrypted chat.' },
  [ErrorCode.BAD_MLS_MESSAGE]: { any: 'This device’s encryption keys are out of step with the chat. Reload the page.' },
  [ErrorCode.SEARCH_DISABLED]: { any: 'Search is not available on this server.' },
  [ErrorCode.ALREADY_EXISTS]: { any: 'That already exists. Try again.' },
  [ErrorCode.RATE_LIMITED]: {
    login: 'You have too many tabs or devices connected. Close one, then try again.',
    any: 'That was too fast. Wait a moment, then try again.',
  },
  [ErrorCode.UNAUTHENTICATED]: { any: 'Your login has expired. Log out and in again.' },
  [ErrorCode.TOKEN_EXPIRED]: { any: 'Your login has expired. Log out and in again.' },
  [ErrorCode.UNSUPPORTED_VERSION]: { any: 'This page is out of date. Reload it.' },
  [ErrorCode.UNAVAILABLE]: { any: TRY_AGAIN },
  [ErrorCode.TIMEOUT]: { any: TRY_AGAIN },
  [ErrorCode.OVERLOADED]: { any: TRY_AGAIN },
};

/** Codes that mean the page itself sent something wrong: only a reload helps. */
const PAGE_FAULT = 'Something went wrong in this page. Reload it and try again.';

/** The sentence the page shows for `err` while doing `doing`. The raw error goes to the console. */
export function humanError(err: unknown, doing: Doing): string {
  if (err instanceof PageError) return err.message;
  console.warn(`chorus: ${doing} failed:`, err);
  if (err instanceof ServerError) {
    const words = WORDS[err.code];
    return words?.[doing] ?? words?.any ?? PAGE_FAULT;
  }
  if (err instanceof ConnectionLostError) return 'The connection dropped before Chorus answered. Try again once it is back.';
  if (err instanceof RequestTimeoutError) return 'Chorus did not answer in time. Check your connection and try again.';
  if (err instanceof ClientClosedError) return 'You are logged out.';
  if (err instanceof TypeError && doing === 'login') return 'Cannot reach the Chorus server. Check your connection and try again.';
  return 'Something went wrong. Try again.';
}

/** Why the connection last closed, for the connection badge's tooltip (close codes: docs/protocol.md). */
export function closeText(code: number): string {
  if (code === 1001 || code === 4101) return 'The server restarted or moved this connection; reconnected.';
  if (code === 1006) return 'The network dropped.';
  if (code === 4003 || code === 4004) return 'Your login expired.';
  if (code === 4100) return 'This page fell behind on a busy chat and caught up again.';
  if (code === 4102) return 'Chorus could not set up the connection (or too many tabs and devices are open).';
  if (code === 4103) return 'Nothing was heard from this page for a while.';
  if (code === 4005 || code === 4008 || code === 4001) return 'This page is out of date. Reload it.';
  return 'The connection closed.';
}
