/**
 * Where media bytes live. The chat server never carries them: clients PUT and GET them by signed,
 * expiring URLs that the store hands out, and the server only reads an object back to verify it.
 * Implementations: FileMediaStore (files under the data dir, served by the Chorus process itself)
 * and S3MediaStore (any S3-compatible store). Both pass test/media/store_contract.ts.
 *
 * Keys are made by the media service, never by clients, and are checked anyway (isMediaKey): a key
 * is `<letter>/<segment>[/<segment>]`, segments of [A-Za-z0-9_.-] that are not `.` or `..`.
 */
export interface MediaStore {
  /**
   * Starts an upload of exactly `size` bytes to `key` in parts of `partSize` bytes (the last may
   * be shorter; one part when size <= partSize). Each part's URL takes one PUT of exactly that
   * part's bytes until `expiresAt` (ms since the epoch); a part may be PUT again.
   */
  beginUpload(key: string, size: number, partSize: number, expiresAt: number): Promise<UploadPlan>;
  /**
   * Makes the uploaded parts the object `key`. Throws MediaStoreError('incomplete') when a part is
   * missing or shorter than planned; nothing is then stored under `key`.
   */
  completeUpload(key: string, plan: UploadPlan): Promise<void>;
  /** Drops an upload's parts (an abandoned or refused upload). Harmless when already gone. */
  abortUpload(key: string, plan: UploadPlan): Promise<void>;
  /** A URL that GETs the object until `expiresAt`, answered with this type and file name. */
  downloadUrl(key: string, expiresAt: number, as: { contentType: string; fileName: string }): Promise<string>;
  /** The object's size, undefined when it does not exist. */
  size(key: string): Promise<number | undefined>;
  /** The object's bytes as a stream. Throws MediaStoreError('missing'). */
  read(key: string): Promise<AsyncIterable<Uint8Array>>;
  /**
   * Reads the object once off the event loop (a worker thread) for verification: its SHA-256,
   * first bytes and, with `keep`, all of it. Throws MediaStoreError('missing').
   */
  digest(key: string, keep: boolean): Promise<Digest>;
  /** Stores a small object (records, thumbnails) in one call. */
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  /** A small object's bytes, undefined when it does not exist. */
  get(key: string): Promise<Uint8Array | undefined>;
  /** Deletes objects; missing ones are not an error. */
  delete(keys: readonly string[]): Promise<void>;
  /** Keys under a prefix (for quotas and expiry sweeps), in no particular order. */
  list(prefix: string): AsyncIterable<string>;
}

/** What verification needs of an object: its SHA-256 (hex), its first bytes, and (when asked) all of it. */
export interface Digest {
  sha256: string;
  head: Uint8Array;
  whole: Uint8Array | null;
}

export interface UploadPlan {
  /** The store's id of a multipart upload; '' for a single PUT. */
  uploadId: string;
  parts: PlannedPart[];
}

export interface PlannedPart {
  number: number;
  offset: number;
  size: number;
  url: string;
}

export type MediaStoreErrorKind = 'incomplete' | 'missing' | 'bad_key';

export class MediaStoreError extends Error {
  override readonly name = 'MediaStoreError';
  constructor(
    readonly kind: MediaStoreErrorKind,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

const SEGMENT = /^[A-Za-z0-9_.-]{1,200}$/;

/** Whether a key has the shape the stores accept (no path tricks possible). */
export function isMediaKey(key: string): boolean {
  const parts = key.split('/');
  if (parts.length < 2 || parts.length > 3 || !/^[a-z]$/.test(parts[0]!)) return false;
  return parts.slice(1).every((p) => SEGMENT.test(p) && p !== '.' && p !== '..');
}

export function checkKey(key: string): void {
  if (!isMediaKey(key)) throw new MediaStoreError('bad_key', `not a media key: ${JSON.stringify(key.slice(0, 80))}`);
}

/** Splits `size` bytes into parts of `partSize` (the last shorter), numbered from 1. */
export function planParts(size: number, partSize: number): { number: number; offset: number; size: number }[] {
  if (!Number.isSafeInteger(size) || size < 1) throw new RangeError('size must be a positive integer');
  if (!Number.isSafeInteger(partSize) || partSize < 1) throw new RangeError('partSize must be a positive integer');
  const parts: { number: number; offset: number; size: number }[] = [];
  for (let offset = 0, n = 1; offset < size; offset += partSize, n++) parts.push({ number: n, offset, size: Math.min(partSize, size - offset) });
  return parts;
}
