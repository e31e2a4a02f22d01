// How things read on the page: times, system lines, typing and presence phrases.
import { ErrorCode, MessageKind, ServerError } from '../lib/client/mod.js';
import { humanError } from './errors.js';
import type { SystemChange } from './state.js';

/** "14:05" today, with the date before it otherwise. */
export function formatTime(ms: number): string {
  const d = new Date(ms);
  const time = d.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
  return d.toDateString() === new Date().toDateString() ? time : `${d.toLocaleDateString()} ${time}`;
}

/** "Today", "Yesterday", or the date, for the separators between days. */
export function dayLabel(ms: number, now = Date.now()): string {
  const d = new Date(ms);
  const today = new Date(now);
  if (d.toDateString() === today.toDateString()) return 'Today';
  today.setDate(today.getDate() - 1);
  if (d.toDateString() === today.toDateString()) return 'Yesterday';
  return d.toLocaleDateString([], { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
}

/** "bob and carol" / "bob, carol and dan". */
export function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** "bob is typing…", "bob and carol are typing…", "4 people are typing…"; '' for nobody. */
export function typingLine(users: readonly string[]): string {
  if (users.length === 0) return '';
  if (users.length === 1) return `${users[0]} is typing…`;
  if (users.length <= 3) return `${listNames(users)} are typing…`;
  return `${users.length} people are typing…`;
}

/** Why a message was not sent, in words for the person who wrote it. */
export function refusalText(err: unknown, text: string, maxBytes: number): string {
  if (err instanceof ServerError) {
    if (err.code === ErrorCode.TOO_LARGE) {
      const bytes = new TextEncoder().encode(text).length;
      return `Too long: ${bytes.toLocaleString('en')} bytes, at most ${maxBytes.toLocaleString('en')}.`;
    }
  }
  return humanError(err, 'send');
}

/** A MEMBERS or RENAME entry as a sentence: "alice added carol", "bob left", "alice renamed the group to …". */
export function systemLine(kind: number, sender: string, s: SystemChange, me: string): string {
  const who = (u: string): string => (u === me ? 'you' : u);
  const actor = who(sender);
  if (kind === MessageKind.RENAME) return capitalize(`${actor} renamed the group to “${s.title}”`);
  const parts: string[] = [];
  if (s.added.length > 0) parts.push(`${actor} added ${listNames(s.added.map(who))}`);
  const leaving = s.removed.includes(sender);
  const removed = s.removed.filter((u) => u !== sender);
  if (removed.length > 0) parts.push(`${actor} removed ${listNames(removed.map(who))}`);
  if (leaving) parts.push(`${actor} left`);
  for (const r of s.roles) {
    const [u = '', role = ''] = r.split('=');
    parts.push(role === 'owner' ? `${who(u)} ${u === me ? 'are' : 'is'} now the owner` : `${actor} made ${who(u)} ${role === 'admin' ? 'an admin' : 'a member'}`);
  }
  return capitalize(parts.join('; '));
}

/** "online", "last seen 14:05", "offline". */
export function presenceLine(online: boolean, lastSeenMs: number): string {
  if (online) return 'online';
  return lastSeenMs > 0 ? `last seen ${formatTime(lastSeenMs)}` : 'offline';
}

/** "you added carol" → "You added carol"; user names keep their case. */
function capitalize(s: string): string {
  return s.startsWith('you ') ? `Y${s.slice(1)}` : s;
}
