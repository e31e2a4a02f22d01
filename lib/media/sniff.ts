/**
 * What the bytes are, from their first bytes (magic numbers), never from what the client said.
 * Only types the chat shows or plays are recognised; anything else is a plain file.
 */
export type MediaKindName = 'image' | 'video' | 'audio' | 'file';

/** Bytes sniff() looks at. */
export const SNIFF_BYTES = 64;

function ascii(b: Uint8Array, at: number, text: string): boolean {
  if (b.length < at + text.length) return false;
  for (let i = 0; i < text.length; i++) if (b[at + i] !== text.charCodeAt(i)) return false;
  return true;
}

function bytes(b: Uint8Array, at: number, want: readonly number[]): boolean {
  return b.length >= at + want.length && want.every((v, i) => b[at + i] === v);
}

/** ISO base media (MP4, MOV, HEIC, AVIF, M4A) by the major brand of the ftyp box. */
function isoBrand(b: Uint8Array): string | null {
  if (!ascii(b, 4, 'ftyp') || b.length < 12) return null;
  const brand = String.fromCharCode(b[8]!, b[9]!, b[10]!, b[11]!);
  if (brand === 'heic' || brand === 'heix' || brand === 'mif1' || brand === 'msf1') return 'image/heic';
  if (brand === 'avif' || brand === 'avis') return 'image/avif';
  if (brand === 'M4A ' || brand === 'M4B ') return 'audio/mp4';
  if (brand === 'qt  ') return 'video/quicktime';
  if (brand === '3gp4' || brand === '3gp5' || brand === '3g2a') return 'video/3gpp';
  return 'video/mp4';
}

/** The MIME type of the bytes, or null when they are none of the recognised kinds. */
export function sniff(b: Uint8Array): string | null {
  if (bytes(b, 0, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (bytes(b, 0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (ascii(b, 0, 'GIF87a') || ascii(b, 0, 'GIF89a')) return 'image/gif';
  if (ascii(b, 0, 'RIFF') && ascii(b, 8, 'WEBP')) return 'image/webp';
  if (ascii(b, 0, 'RIFF') && ascii(b, 8, 'WAVE')) return 'audio/wav';
  const iso = isoBrand(b);
  if (iso !== null) return iso;
  if (bytes(b, 0, [0x1a, 0x45, 0xdf, 0xa3])) return 'video/webm';
  if (ascii(b, 0, 'OggS')) return 'audio/ogg';
  if (ascii(b, 0, 'ID3') || bytes(b, 0, [0xff, 0xfb]) || bytes(b, 0, [0xff, 0xf3]) || bytes(b, 0, [0xff, 0xf2])) return 'audio/mpeg';
  if (ascii(b, 0, 'fLaC')) return 'audio/flac';
  if (ascii(b, 0, '#!AMR')) return 'audio/amr';
  if (ascii(b, 0, '%PDF-')) return 'application/pdf';
  if (bytes(b, 0, [0x50, 0x4b, 0x03, 0x04])) return 'application/zip';
  return null;
}

/** Declared types that the sniffed type stands for (aliases, and containers a sniff cannot tell apart). */
const ALSO: Record<string, readonly string[]> = {
  'image/jpeg': ['image/jpg', 'image/pjpeg'],
  'video/webm': ['audio/webm'],
  'video/mp4': ['audio/mp4', 'audio/x-m4a', 'audio/aac', 'video/x-m4v'],
  'audio/mp4': ['audio/x-m4a', 'audio/aac', 'video/mp4'],
  'audio/ogg': ['audio/opus', 'video/ogg', 'application/ogg'],
  'audio/wav': ['audio/x-wav', 'audio/wave'],
  'audio/mpeg': ['audio/mp3'],
  'image/heic': ['image/heif'],
  'application/zip': [
    'application/x-zip-compressed',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    'application/vnd.oasis.opendocument.text',
    'application/epub+zip',
  ],
};

export type TypeVerdict = { ok: true; contentType: string; kind: MediaKindName } | { ok: false; reason: string };

/**
 * Decides the stored type from the declared and the sniffed one. A recognised sniff must agree
 * with the declaration (or the declaration be application/octet-stream: "I do not know"), and is
 * what is stored. Unrecognised bytes are only a plain file (stored as application/octet-stream,
 * offered for download, never shown inline): declaring them an image, video or audio is a lie.
 */
export function decideType(declared: string, sniffed: string | null): TypeVerdict {
  const d = declared.toLowerCase().split(';')[0]!.trim();
  if (sniffed === null) {
    if (/^(image|video|audio)\//.test(d)) return { ok: false, reason: `the bytes are not ${d}` };
    return { ok: true, contentType: 'application/octet-stream', kind: 'file' };
  }
  const same = d === sniffed || d === 'application/octet-stream' || d === '' || (ALSO[sniffed]?.includes(d) ?? false);
  if (!same) return { ok: false, reason: `declared ${d}, the bytes are ${sniffed}` };
  // Keep the declared name for a container that the sniff cannot tell apart (audio/webm, a .docx).
  const stored = d !== sniffed && d !== 'application/octet-stream' && d !== '' && !['image/jpg', 'image/pjpeg'].includes(d) ? d : sniffed;
  return { ok: true, contentType: stored, kind: kindOf(stored) };
}

export function kindOf(contentType: string): MediaKindName {
  if (/^image\/(jpeg|png|gif|webp|heic|avif)$/.test(contentType)) return 'image';
  if (contentType.startsWith('video/')) return 'video';
  if (contentType.startsWith('audio/')) return 'audio';
  return 'file';
}
