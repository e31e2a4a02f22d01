// What the page keeps in the browser between visits: a device id per user, and the SDK's cursors
// and sync point, so that a reload resumes instead of downloading every conversation again.
import { newClientId } from '../lib/client/mod.js';
import { NAME } from './auth.js';

/** One device id per user and browser, so the server keeps this browser's cursors apart. */
export function deviceIdFor(user: string): string {
  const key = `chorus.device.${user}`;
  let id = localStorage.getItem(key);
  if (id === null || !NAME.test(id)) {
    id = `web-${newClientId().slice(0, 16)}`;
    localStorage.setItem(key, id);
  }
  return id;
}

export interface Resume {
  cursors: [string, number][];
  syncPoint: number;
}

export function loadResume(user: string): Resume {
  const syncPoint = Number(localStorage.getItem(`chorus.syncpoint.${user}`) ?? '0');
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(`chorus.cursors.${user}`) ?? '[]');
    const cursors = Array.isArray(parsed) ? parsed.filter((e): e is [string, number] => Array.isArray(e) && typeof e[0] === 'string' && typeof e[1] === 'number') : [];
    return { cursors, syncPoint: Number.isSafeInteger(syncPoint) && syncPoint > 0 ? syncPoint : 0 };
  } catch {
    return { cursors: [], syncPoint: 0 }; // unreadable: start over, the server has it all
  }
}

export function saveResume(user: string, cursors: ReadonlyMap<string, number>, syncPoint: number): void {
  localStorage.setItem(`chorus.cursors.${user}`, JSON.stringify([...cursors]));
  localStorage.setItem(`chorus.syncpoint.${user}`, String(syncPoint));
}

/** A message not acknowledged yet, or refused: kept until sent, edited back into the composer or discarded. */
export interface Draft {
  clientId: string;
  conversationId: string;
  text: string;
  createdAt: number;
  /** Why the server refused it; null while it is on its way. */
  failed: string | null;
}

export function loadDrafts(user: string): Draft[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(`chorus.drafts.${user}`) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter(isDraft) : [];
  } catch {
    return []; // unreadable: nothing to restore
  }
}

export function saveDrafts(user: string, drafts: readonly Draft[]): void {
  if (drafts.length === 0) localStorage.removeItem(`chorus.drafts.${user}`);
  else localStorage.setItem(`chorus.drafts.${user}`, JSON.stringify(drafts));
}

function isDraft(d: unknown): d is Draft {
  if (typeof d !== 'object' || d === null) return false;
  const o = d as Record<string, unknown>;
  return typeof o['clientId'] === 'string' && typeof o['conversationId'] === 'string' && typeof o['text'] === 'string' && typeof o['createdAt'] === 'number' && (o['failed'] === null || typeof o['failed'] === 'string');
}
