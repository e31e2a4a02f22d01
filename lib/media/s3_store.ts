import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  ListPartsCommand,
  type Part,
  PutObjectCommand,
  S3Client,
  UploadPartCommand,
} from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import type { Clock } from '../time/mod.js';
import { digestInWorker } from './digest.js';
import { type Digest, type MediaStore, MediaStoreError, type UploadPlan, checkKey, planParts } from './store.js';

export interface S3MediaStoreOptions {
  /** e.g. http://127.0.0.1:8333 (MinIO, SeaweedFS, Ceph, R2); empty for AWS S3 of the region. */
  endpoint: string;
  region: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** Path-style URLs (http://host/bucket/key), which most self-hosted stores need. */
  forcePathStyle: boolean;
  /** Prefix of every key in the bucket ('' or ending in '/'), so one bucket can hold several deployments. */
  keyPrefix: string;
  clock: Clock;
}

/**
 * Media on any S3-compatible store: presigned PUT (one part) or multipart upload with a presigned
 * URL per part, presigned GET for downloads. The bytes go between client and store directly; this
 * process reads an object only to verify it.
 */
export class S3MediaStore implements MediaStore {
  private readonly s3: S3Client;
  private readonly bucket: string;

  constructor(private readonly options: S3MediaStoreOptions) {
    this.bucket = options.bucket;
    this.s3 = new S3Client({
      region: options.region,
      ...(options.endpoint !== '' ? { endpoint: options.endpoint } : {}),
      forcePathStyle: options.forcePathStyle,
      credentials: { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey },
      // Presigned URLs must not carry a checksum of an empty body; S3 requires none for these calls.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
  }

  async beginUpload(key: string, size: number, partSize: number, expiresAt: number): Promise<UploadPlan> {
    checkKey(key);
    const Key = this.key(key);
    const planned = planParts(size, partSize);
    if (planned.length === 1) {
      const url = await this.presign(new PutObjectCommand({ Bucket: this.bucket, Key }), expiresAt);
      return { uploadId: '', parts: [{ ...planned[0]!, url }] };
    }
    const created = await this.s3.send(new CreateMultipartUploadCommand({ Bucket: this.bucket, Key }));
    const uploadId = created.UploadId ?? '';
    const parts = await Promise.all(
      planned.map(async (p) => ({ ...p, url: await this.presign(new UploadPartCommand({ Bucket: this.bucket, Key, UploadId: uploadId, PartNumber: p.number }), expiresAt) })),
    );
    return { uploadId, parts };
  }

  async completeUpload(key: string, plan: UploadPlan): Promise<void> {
    checkKey(key);
    const Key = this.key(key);
    if (plan.uploadId === '') {
      const size = await this.size(key);
      const want = plan.parts[0]?.size ?? -1;
      if (size === undefined || size < want) {
        if (size !== undefined) await this.delete([key]);
        throw new MediaStoreError('incomplete', size === undefined ? 'nothing was uploaded' : 'the upload was cut short');
      }
      return;
    }
    const uploaded = await this.uploadedParts(Key, plan.uploadId);
    const parts: Part[] = [];
    for (const p of plan.parts) {
      const got = uploaded.get(p.number);
      if (got === undefined || got.Size !== p.size) throw new MediaStoreError('incomplete', `part ${p.number} was not uploaded whole`);
      parts.push({ PartNumber: p.number, ETag: got.ETag });
    }
    await this.s3.send(new CompleteMultipartUploadCommand({ Bucket: this.bucket, Key, UploadId: plan.uploadId, MultipartUpload: { Parts: parts } }));
  }

  async abortUpload(key: string, plan: UploadPlan): Promise<void> {
    checkKey(key);
    if (plan.uploadId === '') return this.delete([key]);
    await this.s3.send(new AbortMultipartUploadCommand({ Bucket: this.bucket, Key: this.key(key), UploadId: plan.uploadId })).catch((err: unknown) => {
      if (!isNotFound(err)) throw err;
    });
  }

  async downloadUrl(key: string, expiresAt: number, as: { contentType: string; fileName: string }): Promise<string> {
    checkKey(key);
    const disposition = as.fileName === '' ? 'inline' : `inline; filename*=UTF-8''${encodeURIComponent(as.fileName)}`;
    return this.presign(
      new GetObjectCommand({ Bucket: this.bucket, Key: this.key(key), ResponseContentType: as.contentType, ResponseContentDisposition: disposition }),
      expiresAt,
    );
  }

  async size(key: string): Promise<number | undefined> {
    checkKey(key);
    try {
      const head = await this.s3.send(new HeadObjectCommand({ Bucket: this.bucket, Key: this.key(key) }));
      return head.ContentLength ?? 0;
    } catch (err) {
      if (isNotFound(err)) return undefined;
      throw err;
    }
  }

  async read(key: string): Promise<AsyncIterable<Uint8Array>> {
    checkKey(key);
    try {
      const got = await this.s3.send(new GetObjectCommand({ Bucket: this.bucket, Key: this.key(key) }));
      return got.Body as unknown as AsyncIterable<Uint8Array>;
    } catch (err) {
      if (isNotFound(err)) throw new MediaStoreError('missing', `no object ${key}`, { cause: err });
      throw err;
    }
  }

  digest(key: string, keep: boolean): Promise<Digest> {
    checkKey(key);
    const o = this.options;
    return digestInWorker(
      { kind: 's3', endpoint: o.endpoint, region: o.region, forcePathStyle: o.forcePathStyle, accessKeyId: o.accessKeyId, secretAccessKey: o.secretAccessKey, bucket: o.bucket, key: this.key(key) },
      keep,
    );
  }

  async put(key: string, bytes: Uint8Array, contentType: string): Promise<void> {
    checkKey(key);
    await this.s3.send(new PutObjectCommand({ Bucket: this.bucket, Key: this.key(key), Body: bytes, ContentType: contentType }));
  }

  async get(key: string): Promise<Uint8Array | undefined> {
    checkKey(key);
    try {
      const got = await this.s3.send(new GetObjectCommand({ Bucket: this.bucket, Key: this.key(key) }));
      return got.Body === undefined ? new Uint8Array(0) : await got.Body.transformToByteArray();
    } catch (err) {
      if (isNotFound(err)) return undefined;
      throw err;
    }
  }

  async delete(keys: readonly string[]): Promise<void> {
    for (const k of keys) checkKey(k);
    await Promise.all(keys.map((k) => this.s3.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: this.key(k) }))));
  }

  async *list(prefix: string): AsyncIterable<string> {
    let token: string | undefined;
    const strip = this.options.keyPrefix.length;
    do {
      const page = await this.s3.send(new ListObjectsV2Command({ Bucket: this.bucket, Prefix: this.key(prefix), ContinuationToken: token }));
      for (const o of page.Contents ?? []) if (o.Key !== undefined) yield o.Key.slice(strip);
      token = page.IsTruncated === true ? page.NextContinuationToken : undefined;
    } while (token !== undefined);
  }

  /** Ends the HTTP agent's sockets. */
  close(): void {
    this.s3.destroy();
  }

  private key(key: string): string {
    return `${this.options.keyPrefix}${key}`;
  }

  private presign(command: PutObjectCommand | UploadPartCommand | GetObjectCommand, expiresAt: number): Promise<string> {
    const now = this.options.clock.now();
    const expiresIn = Math.max(1, Math.ceil((expiresAt - now) / 1000));
    // One presigner for three command types; its generic signature takes one at a time.
    return getSignedUrl(this.s3, command as GetObjectCommand, { expiresIn, signingDate: new Date(now) });
  }

  private async uploadedParts(Key: string, uploadId: string): Promise<Map<number, Part>> {
    const out = new Map<number, Part>();
    let marker: string | undefined;
    do {
      const page = await this.s3.send(new ListPartsCommand({ Bucket: this.bucket, Key, UploadId: uploadId, PartNumberMarker: marker }));
      for (const p of page.Parts ?? []) if (p.PartNumber !== undefined) out.set(p.PartNumber, p);
      marker = page.IsTruncated === true ? page.NextPartNumberMarker : undefined;
    } while (marker !== undefined);
    return out;
  }
}

function isNotFound(err: unknown): boolean {
  const e = err as { name?: string; $metadata?: { httpStatusCode?: number } };
  return e.name === 'NotFound' || e.name === 'NoSuchKey' || e.name === 'NoSuchUpload' || e.$metadata?.httpStatusCode === 404;
}
