import { ChorusError, ErrorCode } from '../protocol/mod.js';
import type { MediaKindName } from './sniff.js';
import type { MediaStore, UploadPlan } from './store.js';

/**
 * What the service knows of one media object, kept as a small JSON object in the media store
 * itself (`r/<id>`), so that every node of a cluster sharing an S3 bucket can issue, verify and
 * serve any media without another database. Next to it: the bytes (`o/<id>`), a quota marker per
 * owner (`u/<owner>/<id>.<bytes>`, `.p` appended while pending), once ready a marker per
 * conversation (`c/<conversation>/<id>`, for collection) and, while pending, an expiry marker
 * (`p/<expiresAt>.<id>`) that the sweep finds without reading records.
 */
export interface MediaRecord {
  id: string;
  owner: string;
  conversationId: string;
  state: 'pending' | 'ready';
  createdAt: number;
  /** Pending: when the upload URLs stop working and the upload is abandoned. */
  expiresAt: number;
  declared: { size: number; sha256: string; contentType: string; name: string; encrypted: boolean; keepMetadata: boolean };
  /** Pending: the store's upload (part URLs left out). */
  plan: UploadPlan | null;
  /** Ready: what verification found. */
  kind: MediaKindName;
  contentType: string;
  size: number;
  sha256: string;
  width: number;
  height: number;
  /** Ready images: the server's thumbnail (a media id of its own). */
  thumbnailId: string;
  /** Base64 of a tiny JPEG. */
  placeholder: string;
  /** A thumbnail's original: deleted together. */
  parent: string;
}

const MEDIA_ID = /^[A-Za-z0-9_-]{22}$/;

export function isMediaId(id: unknown): id is string {
  return typeof id === 'string' && MEDIA_ID.test(id);
}

export const keys = {
  record: (id: string) => `r/${id}`,
  object: (id: string) => `o/${id}`,
  quota: (owner: string, id: string, bytes: number, pending: boolean) => `u/${owner}/${id}.${bytes}${pending ? '.p' : ''}`,
  quotaPrefix: (owner: string) => `u/${owner}/`,
  expiry: (expiresAt: number, id: string) => `p/${expiresAt}.${id}`,
  /** Ready media by conversation (the id base64url-encoded: conversation ids hold ':'), for collection. */
  conversation: (conversationId: string, id: string) => `c/${Buffer.from(conversationId).toString('base64url')}/${id}`,
};

/** Parses a quota marker's file name: the bytes it counts and whether the upload is pending. */
export function quotaEntry(key: string): { id: string; bytes: number; pending: boolean } | null {
  const m = /\/([A-Za-z0-9_-]{22})\.(\d+)(\.p)?$/.exec(key);
  return m === null ? null : { id: m[1]!, bytes: Number(m[2]), pending: m[3] !== undefined };
}

/** Parses a conversation marker. */
export function conversationEntry(key: string): { conversationId: string; id: string } | null {
  const m = /^c\/([A-Za-z0-9_-]+)\/([A-Za-z0-9_-]{22})$/.exec(key);
  return m === null ? null : { conversationId: Buffer.from(m[1]!, 'base64url').toString(), id: m[2]! };
}

/** Parses an expiry marker. */
export function expiryEntry(key: string): { id: string; expiresAt: number } | null {
  const m = /^p\/(\d+)\.([A-Za-z0-9_-]{22})$/.exec(key);
  return m === null ? null : { expiresAt: Number(m[1]), id: m[2]! };
}

export async function loadRecord(store: MediaStore, id: string): Promise<MediaRecord | undefined> {
  if (!isMediaId(id)) return undefined;
  const bytes = await store.get(keys.record(id));
  return bytes === undefined ? undefined : (JSON.parse(Buffer.from(bytes).toString('utf8')) as MediaRecord);
}

export function saveRecord(store: MediaStore, r: MediaRecord): Promise<void> {
  return store.put(keys.record(r.id), Buffer.from(JSON.stringify(r)), 'application/json');
}

export function mediaError(code: ErrorCode, message: string): ChorusError {
  return new ChorusError(code, message);
}

export const NOT_FOUND = (): ChorusError => new ChorusError(ErrorCode.NOT_FOUND, 'no such media');
