import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream, statSync, type WriteStream } from 'node:fs';
import { mkdir, open, readFile, readdir, rename, rm, stat, unlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Clock } from '../time/mod.js';
import { digestInWorker } from './digest.js';
import { UrlSigner } from './signing.js';
import { type Digest, type MediaStore, MediaStoreError, type UploadPlan, checkKey, isMediaKey, planParts } from './store.js';

const UPLOAD_ID = /^[0-9a-f]{24}$/;
/** Path of the embedded store's URLs on the Chorus HTTP server. */
export const FILE_MEDIA_PATH = '/media/v1';

export interface FileMediaStoreOptions {
  /** Directory of the objects and uploads (created if missing). */
  root: string;
  /** Signs the URLs; at least 16 bytes. URLs signed with another secret are refused. */
  secret: Uint8Array;
  /** Prefix of the URLs handed out ('' for URLs relative to the server, `https://chat.example.com` behind a proxy). */
  publicUrl: string;
  clock: Clock;
}

/** Where one part PUT writes: checked and signed, ready for the HTTP layer to stream into. */
export interface PartTarget {
  file: string;
  offset: number;
  size: number;
  marker: string;
}

/** What one download GET serves. */
export interface DownloadTarget {
  file: string;
  size: number;
  contentType: string;
  fileName: string;
}

/** Why a signed request is refused, as an HTTP status. */
export class SignedRequestError extends Error {
  override readonly name = 'SignedRequestError';
  constructor(
    readonly status: 400 | 403 | 404 | 410,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The embedded media store: objects are files under `root/objects`, uploads are written in place
 * into one preallocated file per upload (`root/uploads/<id>.data`, each part at its offset) with a
 * marker file per part that arrived whole. The Chorus HTTP server serves its URLs
 * (lib/gateway/media_http.ts) after `acceptPart` / `acceptDownload` checked their signature and
 * expiry; keys and upload ids are checked against strict patterns, so no request names a path.
 */
export class FileMediaStore implements MediaStore {
  private readonly signer: UrlSigner;
  private readonly objects: string;
  private readonly uploads: string;

  constructor(private readonly options: FileMediaStoreOptions) {
    this.signer = new UrlSigner(options.secret);
    this.objects = join(options.root, 'objects');
    this.uploads = join(options.root, 'uploads');
  }

  async beginUpload(key: string, size: number, partSize: number, expiresAt: number): Promise<UploadPlan> {
    checkKey(key);
    const uploadId = randomBytes(12).toString('hex');
    await mkdir(this.uploads, { recursive: true });
    const handle = await open(this.dataFile(uploadId), 'wx');
    try {
      await handle.truncate(size);
    } finally {
      await handle.close();
    }
    const parts = planParts(size, partSize).map((p) => {
      const q = this.signer.sign('put', { k: key, u: uploadId, p: String(p.number), o: String(p.offset), n: String(p.size), e: String(expiresAt) });
      return { ...p, url: `${this.options.publicUrl}${FILE_MEDIA_PATH}/put?${q.toString()}` };
    });
    return { uploadId, parts };
  }

  async completeUpload(key: string, plan: UploadPlan): Promise<void> {
    checkKey(key);
    checkUploadId(plan.uploadId);
    const data = this.dataFile(plan.uploadId);
    const planned = plan.parts.reduce((n, p) => n + p.size, 0);
    const size = await stat(data).then((s) => s.size, () => -1);
    if (size !== planned) throw new MediaStoreError('incomplete', 'the upload is gone or has the wrong size');
    for (const p of plan.parts) {
      const done = await stat(this.marker(plan.uploadId, p.number)).then(() => true, () => false);
      if (!done) throw new MediaStoreError('incomplete', `part ${p.number} was not uploaded whole`);
    }
    const target = this.objectFile(key);
    await mkdir(dirname(target), { recursive: true });
    await rename(data, target);
    await this.abortUpload(key, plan);
  }

  async abortUpload(_key: string, plan: UploadPlan): Promise<void> {
    checkUploadId(plan.uploadId);
    await rm(this.dataFile(plan.uploadId), { force: true });
    await Promise.all(plan.parts.map((p) => rm(this.marker(plan.uploadId, p.number), { force: true })));
  }

  async downloadUrl(key: string, expiresAt: number, as: { contentType: string; fileName: string }): Promise<string> {
    checkKey(key);
    const q = this.signer.sign('get', { k: key, e: String(expiresAt), t: as.contentType, f: as.fileName });
    return `${this.options.publicUrl}${FILE_MEDIA_PATH}/get?${q.toString()}`;
  }

  async size(key: string): Promise<number | undefined> {
    checkKey(key);
    return stat(this.objectFile(key)).then((s) => s.size, () => undefined);
  }

  async read(key: string): Promise<AsyncIterable<Uint8Array>> {
    checkKey(key);
    const file = this.objectFile(key);
    await stat(file).catch((err: unknown) => {
      throw new MediaStoreError('missing', `no object ${key}`, { cause: err });
    });
    return createReadStream(file, { highWaterMark: 1 << 20 });
  }

  digest(key: string, keep: boolean): Promise<Digest> {
    checkKey(key);
    return digestInWorker({ kind: 'file', path: this.objectFile(key) }, keep);
  }

  async put(key: string, bytes: Uint8Array, _contentType: string): Promise<void> {
    checkKey(key);
    const target = this.objectFile(key);
    await mkdir(dirname(target), { recursive: true });
    const temp = `${target}.${randomBytes(6).toString('hex')}.tmp`;
    await writeFile(temp, bytes);
    await rename(temp, target);
  }

  async get(key: string): Promise<Uint8Array | undefined> {
    checkKey(key);
    return readFile(this.objectFile(key)).catch(() => undefined);
  }

  async delete(keys: readonly string[]): Promise<void> {
    for (const k of keys) checkKey(k);
    await Promise.all(keys.map((k) => unlink(this.objectFile(k)).catch(() => undefined)));
  }

  async *list(prefix: string): AsyncIterable<string> {
    const dir = prefix.endsWith('/') ? prefix.slice(0, -1) : prefix;
    if (!isMediaKey(`${dir}/x`) && !/^[a-z]$/.test(dir)) throw new MediaStoreError('bad_key', 'a prefix is a letter or a key folder');
    for (const entry of await readdir(join(this.objects, dir), { withFileTypes: true }).catch(() => [])) {
      if (entry.name.endsWith('.tmp')) continue;
      if (entry.isFile()) yield `${dir}/${entry.name}`;
      else if (entry.isDirectory()) {
        for (const inner of await readdir(join(this.objects, dir, entry.name)).catch(() => [])) {
          if (!inner.endsWith('.tmp')) yield `${dir}/${entry.name}/${inner}`;
        }
      }
    }
  }

  /** Checks a part PUT's URL: signature, expiry, and that its upload still exists. */
  acceptPart(query: URLSearchParams): PartTarget {
    this.checkSigned('put', query);
    const key = query.get('k') ?? '';
    const uploadId = query.get('u') ?? '';
    const [part, offset, size] = ['p', 'o', 'n'].map((n) => Number(query.get(n)));
    if (!isMediaKey(key) || !UPLOAD_ID.test(uploadId) || ![part, offset, size].every((v) => Number.isSafeInteger(v) && v! >= 0)) {
      throw new SignedRequestError(400, 'malformed upload URL');
    }
    const file = this.dataFile(uploadId);
    const total = (() => {
      try {
        return statSync(file).size;
      } catch {
        return -1;
      }
    })();
    if (total < offset! + size!) throw new SignedRequestError(410, 'this upload was completed, aborted or expired');
    return { file, offset: offset!, size: size!, marker: this.marker(uploadId, part!) };
  }

  /** Opens the part's region for writing; the caller writes exactly target.size bytes, then calls partDone. */
  async openPart(target: PartTarget): Promise<WriteStream> {
    await rm(target.marker, { force: true });
    return createWriteStream(target.file, { flags: 'r+', start: target.offset });
  }

  async partDone(target: PartTarget): Promise<void> {
    await writeFile(target.marker, '');
  }

  /** Checks a download GET's URL: signature, expiry, and that the object exists. */
  acceptDownload(query: URLSearchParams): DownloadTarget {
    this.checkSigned('get', query);
    const key = query.get('k') ?? '';
    if (!isMediaKey(key)) throw new SignedRequestError(400, 'malformed download URL');
    const file = this.objectFile(key);
    try {
      const size = statSync(file).size;
      return { file, size, contentType: query.get('t') ?? 'application/octet-stream', fileName: query.get('f') ?? '' };
    } catch {
      throw new SignedRequestError(404, 'no such media');
    }
  }

  private checkSigned(op: string, query: URLSearchParams): void {
    if (!this.signer.verify(op, query)) throw new SignedRequestError(403, 'bad signature');
    const expires = Number(query.get('e'));
    if (!Number.isSafeInteger(expires) || expires < this.options.clock.now()) throw new SignedRequestError(403, 'this URL has expired');
  }

  private objectFile(key: string): string {
    return join(this.objects, ...key.split('/'));
  }

  private dataFile(uploadId: string): string {
    return join(this.uploads, `${uploadId}.data`);
  }

  private marker(uploadId: string, part: number): string {
    return join(this.uploads, `${uploadId}.${part}.done`);
  }
}

function checkUploadId(id: string): void {
  if (!UPLOAD_ID.test(id)) throw new MediaStoreError('bad_key', 'not an upload id of this store');
}
