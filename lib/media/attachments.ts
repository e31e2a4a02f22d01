import type { MediaKindName } from './sniff.js';

/**
 * One attachment as a message stores it (in the log entry's meta, as JSON) and as the protocol's
 * Attachment carries it. Binary fields are base64 in JSON. Everything but the client-supplied
 * fields (duration, video size and poster, encryption) comes from the server's verification.
 */
export interface StoredAttachment {
  mediaId: string;
  kind: MediaKindName;
  contentType: string;
  size: number;
  /** Hex. */
  sha256: string;
  name: string;
  width: number;
  height: number;
  durationMs: number;
  thumbnailId: string;
  /** Base64. */
  placeholder: string;
  encryption: { key: string; digest: string; scheme: string } | null;
}

const KIND_NUMBER: Record<MediaKindName, number> = { image: 1, video: 2, audio: 3, file: 4 };

/** The meta of a TEXT entry with media. */
export function attachmentsMeta(list: readonly StoredAttachment[]): string {
  return JSON.stringify({ attachments: list });
}

/** The attachments of a TEXT entry's meta ('' or anything else: none). */
export function attachmentsOf(meta: string): StoredAttachment[] {
  if (meta === '' || meta[0] !== '{') return [];
  try {
    const parsed = JSON.parse(meta) as { attachments?: unknown };
    return Array.isArray(parsed.attachments) ? (parsed.attachments as StoredAttachment[]) : [];
  } catch {
    return [];
  }
}

/** The protocol's Attachment (chorus.v1.IAttachment) of a stored one. */
export function attachmentToWire(a: StoredAttachment): {
  mediaId: string;
  kind: number;
  contentType: string;
  size: number;
  sha256: Uint8Array;
  name: string;
  width: number;
  height: number;
  durationMs: number;
  thumbnailId: string;
  placeholder: Uint8Array;
  encryption?: { key: Uint8Array; digest: Uint8Array; scheme: string };
} {
  return {
    mediaId: a.mediaId,
    kind: KIND_NUMBER[a.kind] ?? 4,
    contentType: a.contentType,
    size: a.size,
    sha256: Buffer.from(a.sha256, 'hex'),
    name: a.name,
    width: a.width,
    height: a.height,
    durationMs: a.durationMs,
    thumbnailId: a.thumbnailId,
    placeholder: Buffer.from(a.placeholder, 'base64'),
    ...(a.encryption !== null ? { encryption: { key: Buffer.from(a.encryption.key, 'base64'), digest: Buffer.from(a.encryption.digest, 'base64'), scheme: a.encryption.scheme } } : {}),
  };
}

/** Media ids a message's attachments hold (their thumbnails and posters included). */
export function mediaIdsOf(meta: string): string[] {
  const ids = new Set<string>();
  for (const a of attachmentsOf(meta)) {
    ids.add(a.mediaId);
    if (a.thumbnailId !== '') ids.add(a.thumbnailId);
  }
  return [...ids];
}

const LABEL: Record<MediaKindName, string> = { image: '📷 Photo', video: '🎥 Video', audio: '🎤 Audio', file: '📄 File' };

/**
 * A push notification's text for a message: its text, and for media what they are ("📷 Photo",
 * "📷 Photo: the caption", "📄 File +2"), cut to `max` characters.
 */
export function pushText(text: string, meta: string, max: number): string {
  const list = attachmentsOf(meta);
  let out = text;
  if (list.length > 0) {
    const label = `${LABEL[list[0]!.kind] ?? LABEL.file}${list.length > 1 ? ` +${list.length - 1}` : ''}`;
    out = text === '' ? label : `${label}: ${text}`;
  }
  return out.length > max ? `${out.slice(0, max - 1)}…` : out;
}
