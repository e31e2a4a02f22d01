import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from 'pino';
import { Counter, type Registry } from 'prom-client';
import type { MediaHttpObserver } from '../lib/gateway/media_http.js';
import { FileMediaStore, type MediaObserver, MediaService, S3MediaStore } from '../lib/media/mod.js';
import type { Clock, Timer } from '../lib/time/mod.js';
import type { MediaConfig } from './config/types.js';

export interface MediaWiring {
  service: MediaService;
  /** The embedded store, whose URLs the gateway serves; null with S3. */
  files: FileMediaStore | null;
  observe: MediaHttpObserver;
  stop(): void;
}

const SWEEP_EVERY_MS = 10 * 60 * 1000;
/** Media of conversations nobody can read are collected every this many sweeps (6 hours). */
const COLLECT_EVERY_SWEEPS = 36;

/** The media service on the configured store, its metrics, and the sweep of abandoned uploads. */
export function startMedia(
  config: MediaConfig,
  dataDir: string,
  clock: Clock,
  registry: Registry,
  log: Logger,
  readable: (conversationId: string) => Promise<boolean>,
): MediaWiring | null {
  if (config.kind === 'off') return null;
  let files: FileMediaStore | null = null;
  let s3: S3MediaStore | null = null;
  if (config.kind === 'file') {
    const root = join(dataDir, 'media');
    files = new FileMediaStore({ root, secret: config.secret ?? localSecret(root), publicUrl: config.publicUrl, clock });
  } else {
    s3 = new S3MediaStore({ ...config.s3, clock });
  }
  const service = new MediaService((files ?? s3)!, config.limits, clock, observer(registry));
  const httpBytes = new Counter({ name: 'chorus_media_http_bytes_total', help: 'Media bytes the embedded store moved over the Chorus HTTP server, by direction', labelNames: ['direction'], registers: [registry] });
  let timer: Timer | null = null;
  let sweeps = 0;
  const sweep = (): void => {
    service.sweep().then(
      (n) => n > 0 && log.info({ expired: n }, 'abandoned media uploads removed'),
      (err: unknown) => log.warn({ err }, 'media sweep failed'),
    );
    if (++sweeps % COLLECT_EVERY_SWEEPS === 0) {
      service.collect(readable).then(
        (n) => n > 0 && log.info({ collected: n }, 'media of conversations nobody can read removed'),
        (err: unknown) => log.warn({ err }, 'media collection failed'),
      );
    }
    timer = clock.setTimeout(sweep, SWEEP_EVERY_MS);
    timer.unref?.();
  };
  timer = clock.setTimeout(sweep, SWEEP_EVERY_MS);
  timer.unref?.();
  log.info({ store: config.kind }, 'media enabled');
  return {
    service,
    files,
    observe: { uploaded: (n) => httpBytes.labels({ direction: 'upload' }).inc(n), downloaded: (n) => httpBytes.labels({ direction: 'download' }).inc(n) },
    stop() {
      if (timer !== null) clock.clearTimeout(timer);
      s3?.close();
    },
  };
}

/** The file store's URL signing key: kept under the data dir so URLs survive a restart. */
function localSecret(root: string): Uint8Array {
  const file = join(root, 'url-secret');
  try {
    return readFileSync(file);
  } catch {
    mkdirSync(root, { recursive: true });
    const secret = randomBytes(32);
    writeFileSync(file, secret, { mode: 0o600 });
    return secret;
  }
}

function observer(registry: Registry): MediaObserver {
  const registers = [registry];
  const requested = new Counter({ name: 'chorus_media_upload_slots_total', help: 'Upload slots handed out', registers });
  const completed = new Counter({ name: 'chorus_media_uploads_total', help: 'Uploads verified and ready to send', registers });
  const stored = new Counter({ name: 'chorus_media_stored_bytes_total', help: 'Bytes of verified media stored (minus chorus_media_deleted_bytes_total: bytes held)', registers });
  const deleted = new Counter({ name: 'chorus_media_deleted_bytes_total', help: 'Bytes of media deleted (messages deleted for everyone)', registers });
  const refused = new Counter({ name: 'chorus_media_refused_total', help: 'Uploads refused, by reason (not_uploaded, size, hash, type, too_large, quota, expired)', labelNames: ['reason'], registers });
  return {
    uploadRequested: () => requested.inc(),
    uploadCompleted: (bytes) => {
      completed.inc();
      stored.inc(bytes);
    },
    refused: (why) => refused.labels({ reason: why }).inc(),
    deleted: (bytes) => deleted.inc(bytes),
  };
}
