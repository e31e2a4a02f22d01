import type { chorus } from '../protocol/gen/chorus.js';
import type { Request } from './types.js';

export type Attachment = chorus.v1.Attachment;

/** How sendMedia / uploadMedia treat one file. */
export interface MediaOptions {
  /** The message text shown with the media. */
  caption?: string;
  /** File name offered on download; default: the File's name, else ''. */
  name?: string;
  /** Declared type; default: the Blob's type, else application/octet-stream. The server checks it against the bytes. */
  contentType?: string;
  /** Keep the image's EXIF/GPS metadata (the server strips it by default). */
  keepMetadata?: boolean;
  /** Video and audio: length in ms (the server stores what the client says, bounded). */
  durationMs?: number;
  /** Video: pixel size. */
  width?: number;
  height?: number;
  /** Upload progress in bytes, after each part. */
  onProgress?: (sent: number, total: number) => void;
  clientId?: string;
}

/** The bytes of a Blob/File or a byte array, and its name and type when it has them. */
async function bytesOf(data: Blob | Uint8Array): Promise<{ bytes: Uint8Array; name: string; type: string }> {
  if (data instanceof Uint8Array) return { bytes: data, name: '', type: '' };
  const name = (data as Blob & { name?: unknown }).name;
  return { bytes: new Uint8Array(await data.arrayBuffer()), name: typeof name === 'string' ? name : '', type: data.type };
}

/**
 * Uploads one file to a conversation: asks for a slot, PUTs its parts (three at a time) to the
 * signed URLs, and completes it, which makes the server verify size, hash and type. Resolves with
 * the verified media, ready to be sent. Relative URLs are resolved against `base` (the server).
 */
export async function uploadMedia(request: Request, base: string, conversationId: string, data: Blob | Uint8Array, o: MediaOptions = {}): Promise<Attachment> {
  const { bytes, name, type } = await bytesOf(data);
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
  const slot = (
    await request({
      requestUpload: {
        conversationId,
        size: bytes.byteLength,
        contentType: o.contentType ?? (type || 'application/octet-stream'),
        sha256: digest,
        name: o.name ?? name,
        keepMetadata: o.keepMetadata ?? false,
      },
    })
  ).uploadSlot as chorus.v1.UploadSlot;
  const parts = [...(slot.parts as chorus.v1.UploadPart[])];
  let sent = 0;
  const worker = async (): Promise<void> => {
    for (let p = parts.shift(); p !== undefined; p = parts.shift()) {
      const offset = Number(p.offset);
      const body = bytes.subarray(offset, offset + Number(p.size));
      const res = await fetch(new URL(p.url, base), { method: 'PUT', body: body as Uint8Array<ArrayBuffer> });
      if (!res.ok) throw new Error(`upload of part ${p.number} failed: HTTP ${res.status} ${await res.text()}`);
      sent += body.byteLength;
      o.onProgress?.(sent, bytes.byteLength);
    }
  };
  await Promise.all([worker(), worker(), worker()]);
  return (await request({ completeUpload: { mediaId: slot.mediaId } })).mediaReady as Attachment;
}

/** The SendMessage attachment fields a client sets for uploaded media. */
export function attachmentInput(media: Attachment, o: MediaOptions = {}): chorus.v1.IAttachment {
  return { mediaId: media.mediaId, durationMs: o.durationMs ?? 0, width: o.width ?? 0, height: o.height ?? 0 };
}

/** The http(s) origin of a ws(s) URL, against which the server's relative media URLs resolve. */
export function httpBase(wsUrl: string): string {
  const u = new URL(wsUrl);
  u.protocol = u.protocol === 'wss:' ? 'https:' : 'http:';
  return u.origin;
}
