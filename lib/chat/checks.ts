import type { ChatLimits } from './types.js';
import { ChorusError, ErrorCode, invalid } from '../protocol/mod.js';

/** Argument checks the chat core applies wherever a call runs (the conversation's owner). */

const encoder = new TextEncoder();
const MAX_TITLE_BYTES = 256;

export function checkText(text: string, limits: Pick<ChatLimits, 'maxTextBytes'>): string {
  if (typeof text !== 'string' || text.length === 0) throw invalid('text must not be empty');
  if (encoder.encode(text).length > limits.maxTextBytes) {
    throw new ChorusError(ErrorCode.TOO_LARGE, `text is larger than ${limits.maxTextBytes} bytes`);
  }
  return text;
}

export function checkTitle(title: string): string {
  if (encoder.encode(title).length > MAX_TITLE_BYTES) throw invalid(`title is longer than ${MAX_TITLE_BYTES} bytes`);
  return title;
}

export function checkEmoji(emoji: string): string {
  const bytes = encoder.encode(emoji).length;
  if (bytes === 0 || bytes > 32 || /[\p{Cc}\s]/u.test(emoji)) throw invalid('a reaction is 1 to 32 bytes without spaces');
  return emoji;
}

/** A page size: 0 asks for the default (100), larger ones are cut to the limit. */
export function pageLimit(limit: number, limits: Pick<ChatLimits, 'maxPage'>): number {
  if (limit === 0) return Math.min(100, limits.maxPage);
  if (!Number.isSafeInteger(limit) || limit < 0) throw invalid('limit must be a positive integer');
  return Math.min(limit, limits.maxPage);
}
