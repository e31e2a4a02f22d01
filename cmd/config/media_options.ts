import { DEFAULT_MEDIA_LIMITS } from '../../lib/media/mod.js';

const MiB = 1024 * 1024;
const D = DEFAULT_MEDIA_LIMITS;

/** Media settings (docs/operations.md, "Media"); the defaults are DEFAULT_MEDIA_LIMITS. */
export const MEDIA_OPTIONS = [
  { flag: 'media-store', env: 'CHORUS_MEDIA_STORE', kind: 'enum', def: 'file', values: ['file', 's3', 'off'], help: 'where media bytes live: file (under --data-dir, served on --port), s3, or off (no media)' },
  { flag: 'media-max-mb', env: 'CHORUS_MEDIA_MAX_MB', kind: 'int', def: String(D.maxBytes / MiB), min: 1, max: 1048576, help: 'largest upload, MiB' },
  { flag: 'media-max-image-mb', env: 'CHORUS_MEDIA_MAX_IMAGE_MB', kind: 'int', def: String(D.maxImageBytes / MiB), min: 1, max: 1024, help: 'largest image, MiB (images are decoded for thumbnails and metadata stripping)' },
  { flag: 'media-quota-mb', env: 'CHORUS_MEDIA_QUOTA_MB', kind: 'int', def: String(D.quotaBytes / MiB), min: 0, max: 1073741824, help: 'media one user may have stored, MiB (0: no quota)' },
  { flag: 'media-max-open-uploads', env: 'CHORUS_MEDIA_MAX_OPEN_UPLOADS', kind: 'int', def: String(D.maxOpenUploads), min: 1, max: 10000, help: 'uploads one user may have started and not completed' },
  { flag: 'media-max-attachments', env: 'CHORUS_MEDIA_MAX_ATTACHMENTS', kind: 'int', def: String(D.maxAttachments), min: 1, max: 100, help: 'attachments per message' },
  { flag: 'media-part-mb', env: 'CHORUS_MEDIA_PART_MB', kind: 'int', def: String(D.partSize / MiB), min: 5, max: 5120, help: 'upload part size, MiB (S3 needs at least 5)' },
  { flag: 'media-upload-ttl-sec', env: 'CHORUS_MEDIA_UPLOAD_TTL_SEC', kind: 'int', def: String(D.uploadTtlMs / 1000), min: 60, max: 604800, help: 'upload URLs work this long; uploads not completed by then are deleted' },
  { flag: 'media-download-ttl-sec', env: 'CHORUS_MEDIA_DOWNLOAD_TTL_SEC', kind: 'int', def: String(D.downloadTtlMs / 1000), min: 10, max: 604800, help: 'download URLs work this long' },
  { flag: 'media-public-url', env: 'CHORUS_MEDIA_PUBLIC_URL', kind: 'string', def: '', help: 'file store: origin of its URLs behind a proxy (https://chat.example.com); default: relative to the server' },
  { flag: 'media-secret-file', env: 'CHORUS_MEDIA_SECRET_FILE', kind: 'string', def: '', help: 'file store: file holding the URL signing key (at least 16 bytes); default: generated under --data-dir' },
  { flag: 'media-s3-endpoint', env: 'CHORUS_MEDIA_S3_ENDPOINT', kind: 'string', def: '', help: 'S3 endpoint URL (MinIO, SeaweedFS, Ceph, R2); empty: AWS S3 of the region' },
  { flag: 'media-s3-region', env: 'CHORUS_MEDIA_S3_REGION', kind: 'string', def: 'us-east-1', help: 'S3 region' },
  { flag: 'media-s3-bucket', env: 'CHORUS_MEDIA_S3_BUCKET', kind: 'string', def: '', help: 'S3 bucket (must exist); required with --media-store s3' },
  { flag: 'media-s3-key-prefix', env: 'CHORUS_MEDIA_S3_KEY_PREFIX', kind: 'string', def: '', help: 'prefix of every key in the bucket, ending in / (several deployments in one bucket)' },
  { flag: 'media-s3-access-key-id', env: 'CHORUS_MEDIA_S3_ACCESS_KEY_ID', kind: 'string', def: '', help: 'S3 access key id' },
  { flag: 'media-s3-secret-access-key', env: 'CHORUS_MEDIA_S3_SECRET_ACCESS_KEY', kind: 'string', def: '', help: 'S3 secret key; prefer the environment variable (a Kubernetes secret)' },
  { flag: 'media-s3-path-style', env: 'CHORUS_MEDIA_S3_PATH_STYLE', kind: 'bool', def: 'true', help: 'path-style URLs (host/bucket/key), which self-hosted stores need; false for virtual-hosted AWS buckets' },
] as const;
