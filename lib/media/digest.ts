import { Worker } from 'node:worker_threads';
import { type Digest, MediaStoreError } from './store.js';

/** Where a digest worker reads the object from (plain data: it crosses to the worker). */
export type DigestSource =
  | { kind: 'file'; path: string }
  | { kind: 's3'; endpoint: string; region: string; forcePathStyle: boolean; accessKeyId: string; secretAccessKey: string; bucket: string; key: string };

/** What the worker answers. */
export type DigestReply = { ok: true; sha256: string; head: Uint8Array; whole: Uint8Array | null } | { ok: false; missing: boolean; message: string };

const WORKER = new URL('./digest_worker.js', import.meta.url);

/**
 * Reads an object once in a worker thread and hashes it there, so its bytes never pass through
 * the event loop that serves sockets (for S3 they go from the store to the worker only). `keep`
 * returns the bytes too (images, for their previews), moved rather than copied.
 */
export function digestInWorker(source: DigestSource, keep: boolean): Promise<Digest> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, { workerData: { source, keep } });
    let settled = false;
    worker.once('message', (reply: DigestReply) => {
      settled = true;
      if (reply.ok) resolve({ sha256: reply.sha256, head: reply.head, whole: reply.whole });
      else reject(reply.missing ? new MediaStoreError('missing', reply.message) : new Error(reply.message));
      void worker.terminate();
    });
    worker.once('error', (err) => {
      if (!settled) reject(err);
      settled = true;
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`digest worker exited with ${code}`));
      settled = true;
    });
  });
}
