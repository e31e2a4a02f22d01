import type { chorus } from '../../protocol/gen/chorus.js';
import { ChorusError, ErrorCode } from '../../protocol/mod.js';
import { type AttachmentInput, type MediaRecord, type MediaService, attachmentToWire, attachmentsMeta, mediaIdsOf } from '../../media/mod.js';
import type { FrameHandlers, FrameSession } from './frame_handler.js';

/**
 * Media frames: upload slots, completion (verification) and download URLs. The bytes never pass
 * here: clients PUT and GET them by the signed URLs the media store hands out. Every request is
 * for a conversation the user is a current member of (asked of the conversation's owner).
 */
export const MEDIA: FrameHandlers<'requestUpload' | 'completeUpload' | 'mediaUrl'> = {
  requestUpload: {
    request: async (s, frame) => {
      const q = frame.requestUpload as chorus.v1.RequestUpload;
      // Decoded bytes are views into the socket's buffer, which uWS reuses once this call returns: copy now.
      const sha256 = Buffer.from(q.sha256);
      const media = mediaOf(s);
      await member(s, q.conversationId);
      const slot = await media.requestUpload(s.userId, {
        conversationId: q.conversationId,
        size: Number(q.size),
        contentType: q.contentType,
        sha256,
        name: q.name,
        encrypted: q.encrypted,
        keepMetadata: q.keepMetadata,
      });
      return { uploadSlot: { mediaId: slot.mediaId, expiresAtMs: slot.expiresAt, parts: slot.plan.parts } };
    },
  },
  completeUpload: {
    request: async (s, frame) => {
      const c = frame.completeUpload as chorus.v1.CompleteUpload;
      const r = await mediaOf(s).complete(s.userId, c.mediaId);
      return { mediaReady: readyView(r) };
    },
  },
  mediaUrl: {
    request: async (s, frame) => {
      const q = frame.mediaUrl as chorus.v1.MediaUrlRequest;
      const media = mediaOf(s);
      await member(s, q.conversationId);
      const u = await media.downloadUrl(q.conversationId, q.mediaId);
      return { mediaUrl: { url: u.url, expiresAtMs: u.expiresAt } };
    },
  },
};

/** The meta of a message with attachments: each verified, the sender's, for this conversation; '' without any. */
export async function sendMeta(s: FrameSession, m: chorus.v1.SendMessage): Promise<string> {
  if (m.attachments.length === 0) return '';
  const media = mediaOf(s);
  // A resend of a stored message is answered from the log; its media were checked the first time.
  const inputs: AttachmentInput[] = (m.attachments as chorus.v1.Attachment[]).map((a) => ({
    mediaId: a.mediaId,
    durationMs: a.durationMs,
    width: a.width,
    height: a.height,
    thumbnailId: a.thumbnailId,
    // Copied: decoded bytes are views into the socket's buffer (see requestUpload).
    encryption: a.encryption == null ? null : { key: Buffer.from(a.encryption.key ?? []), digest: Buffer.from(a.encryption.digest ?? []), scheme: a.encryption.scheme ?? '' },
  }));
  return attachmentsMeta(await media.attach(s.userId, m.conversationId, inputs));
}

/**
 * Media of the message a delete targets, read before the delete (the store erases the entry's
 * content with it); deleted from the media store once the delete is stored.
 */
export async function mediaOfTarget(s: FrameSession, conversationId: string, seq: number): Promise<string[]> {
  if (s.env.media === null || seq < 1) return [];
  const page = await s.env.service.history(s, { conversationId, afterSeq: seq - 1, limit: 1 });
  const target = page.messages.find((x) => x.seq === seq);
  return target === undefined || target.kind !== 'text' || target.deleted ? [] : mediaIdsOf(target.meta);
}

export function dropMedia(s: FrameSession, conversationId: string, ids: readonly string[]): void {
  if (ids.length === 0 || s.env.media === null) return;
  // The delete is stored and acknowledged; a failure here leaves objects the collection finds.
  s.env.media.delete(conversationId, ids).catch(() => undefined);
}

function mediaOf(s: FrameSession): MediaService {
  if (s.env.media === null) throw new ChorusError(ErrorCode.FORBIDDEN, 'this server takes no media');
  return s.env.media;
}

async function member(s: FrameSession, conversationId: string): Promise<void> {
  // Answered by the conversation's owner: FORBIDDEN unless the user is a current member.
  await s.env.service.membersOf(s, [conversationId]);
}

function readyView(r: MediaRecord): chorus.v1.IAttachment {
  return attachmentToWire({
    mediaId: r.id,
    kind: r.kind,
    contentType: r.contentType,
    size: r.size,
    sha256: r.sha256,
    name: r.declared.name,
    width: r.width,
    height: r.height,
    durationMs: 0,
    thumbnailId: r.thumbnailId,
    placeholder: r.placeholder,
    encryption: null,
  });
}
