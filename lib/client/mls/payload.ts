/**
 * What travels inside MLS application messages: the text and the conversation features whose
 * content the server must not see (edits, reactions, deletes for everyone). JSON, encrypted.
 */
export type E2eePayload =
  | { t: 'text'; text: string }
  | { t: 'edit'; ref: number; text: string }
  | { t: 'react'; ref: number; emoji: string; add: boolean }
  | { t: 'delete'; ref: number };

export function encodePayload(p: E2eePayload): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(p));
}

/** Decodes a payload; anything unexpected is a text showing what arrived (never throws). */
export function decodePayload(b: Uint8Array): E2eePayload {
  const raw = new TextDecoder().decode(b);
  try {
    const p = JSON.parse(raw) as Partial<E2eePayload> & { t?: unknown };
    if (p.t === 'text' && typeof p.text === 'string') return { t: 'text', text: p.text };
    if (p.t === 'edit' && typeof p.ref === 'number' && typeof p.text === 'string') return { t: 'edit', ref: p.ref, text: p.text };
    if (p.t === 'react' && typeof p.ref === 'number' && typeof p.emoji === 'string') return { t: 'react', ref: p.ref, emoji: p.emoji, add: p.add !== false };
    if (p.t === 'delete' && typeof p.ref === 'number') return { t: 'delete', ref: p.ref };
  } catch {
    // not JSON: shown as text below
  }
  return { t: 'text', text: raw };
}
