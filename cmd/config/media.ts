import { readFileSync } from 'node:fs';
import type { MediaLimits } from '../../lib/media/mod.js';
import type { Reader } from './reader.js';
import { ConfigError, type MediaConfig } from './types.js';

const MiB = 1024 * 1024;

export function mediaConfig(r: Reader): MediaConfig {
  const kind = r.oneOf<'file' | 's3' | 'off'>('media-store');
  const limits: MediaLimits = {
    maxBytes: r.int('media-max-mb') * MiB,
    maxImageBytes: r.int('media-max-image-mb') * MiB,
    quotaBytes: r.int('media-quota-mb') * MiB,
    maxOpenUploads: r.int('media-max-open-uploads'),
    maxAttachments: r.int('media-max-attachments'),
    partSize: r.int('media-part-mb') * MiB,
    uploadTtlMs: r.int('media-upload-ttl-sec') * 1000,
    downloadTtlMs: r.int('media-download-ttl-sec') * 1000,
  };
  const publicUrl = r.get('media-public-url').replace(/\/+$/, '');
  if (publicUrl !== '' && !/^https?:\/\/[^/?#]+(\/[^?#]*)?$/.test(publicUrl)) throw new ConfigError('--media-public-url must be an http(s) URL without query');
  if (kind === 'off') return { kind };
  if (kind === 'file') {
    const file = r.get('media-secret-file');
    let secret: Uint8Array | null = null;
    if (file !== '') {
      secret = readFileSync(file);
      if (secret.byteLength < 16) throw new ConfigError('--media-secret-file must hold at least 16 bytes');
    }
    return { kind, limits, publicUrl, secret };
  }
  const bucket = r.get('media-s3-bucket');
  if (bucket === '') throw new ConfigError('--media-store s3 needs --media-s3-bucket (CHORUS_MEDIA_S3_BUCKET)');
  const endpoint = r.get('media-s3-endpoint');
  if (endpoint !== '' && !/^https?:\/\/[^/?#]+\/?$/.test(endpoint)) throw new ConfigError('--media-s3-endpoint must be an http(s) origin, e.g. http://minio:9000');
  const keyPrefix = r.get('media-s3-key-prefix');
  if (keyPrefix !== '' && !/^[A-Za-z0-9_.\-/]*\/$/.test(keyPrefix)) throw new ConfigError('--media-s3-key-prefix must end in / and hold only [A-Za-z0-9_.-/]');
  const accessKeyId = r.get('media-s3-access-key-id');
  const secretAccessKey = r.get('media-s3-secret-access-key');
  if (accessKeyId === '' || secretAccessKey === '') throw new ConfigError('--media-store s3 needs CHORUS_MEDIA_S3_ACCESS_KEY_ID and CHORUS_MEDIA_S3_SECRET_ACCESS_KEY');
  return { kind, limits, s3: { endpoint, region: r.get('media-s3-region'), bucket, keyPrefix, accessKeyId, secretAccessKey, forcePathStyle: r.bool('media-s3-path-style') } };
}
