import { invalid } from './codes.js';

const ID = /^[A-Za-z0-9_-]{1,64}$/;
const CONVERSATION_ID = /^[A-Za-z0-9_.:-]{1,140}$/;

/** User, device and client message ids: URL- and key-safe, bounded. */
export function checkId(what: string, value: string | null | undefined): string {
  if (typeof value !== 'string' || !ID.test(value)) throw invalid(`${what} must match [A-Za-z0-9_-]{1,64}`);
  return value;
}

export function checkConversationId(value: string | null | undefined): string {
  if (typeof value !== 'string' || !CONVERSATION_ID.test(value)) throw invalid('conversation_id is not a valid id');
  return value;
}

export function isValidId(value: string): boolean {
  return ID.test(value);
}
