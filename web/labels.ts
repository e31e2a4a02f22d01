// How a message with attachments and no text reads in the conversation list and notifications.
import type { Attachment } from '../lib/client/mod.js';

const LABELS: Record<number, string> = { 1: '📷 Photo', 2: '🎥 Video', 3: '🎤 Audio', 4: '📄 File' };

/** What a conversation list shows for a message: its text, or what it carries when it has none. */
export function labelled(text: string, attachments: readonly Attachment[]): string {
  if (text !== '' || attachments.length === 0) return text;
  const first = LABELS[attachments[0]!.kind] ?? '📄 File';
  return attachments.length === 1 ? first : `${first} +${attachments.length - 1}`;
}
