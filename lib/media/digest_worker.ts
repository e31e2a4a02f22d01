// Runs in a worker thread (lib/media/digest.ts): reads one object, hashes it, answers once.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { DigestReply, DigestSource } from './digest.js';
import { SNIFF_BYTES } from './sniff.js';

const { source, keep } = workerData as { source: DigestSource; keep: boolean };

async function open(s: DigestSource): Promise<{ body: AsyncIterable<Uint8Array>; done(): void }> {
  if (s.kind === 'file') return { body: createReadStream(s.path, { highWaterMark: 1 << 20 }), done: () => undefined };
  const client = new S3Client({
    region: s.region,
    ...(s.endpoint !== '' ? { endpoint: s.endpoint } : {}),
    forcePathStyle: s.forcePathStyle,
    credentials: { accessKeyId: s.accessKeyId, secretAccessKey: s.secretAccessKey },
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  const got = await client.send(new GetObjectCommand({ Bucket: s.bucket, Key: s.key }));
  return { body: got.Body as unknown as AsyncIterable<Uint8Array>, done: () => client.destroy() };
}

async function digest(): Promise<DigestReply> {
  const { body, done } = await open(source);
  try {
    const hash = createHash('sha256');
    const chunks: Uint8Array[] = [];
    let head = Buffer.alloc(0);
    for await (const chunk of body) {
      hash.update(chunk);
      if (head.byteLength < SNIFF_BYTES) head = Buffer.concat([head, chunk.subarray(0, SNIFF_BYTES - head.byteLength)]);
      if (keep) chunks.push(chunk);
    }
    return { ok: true, sha256: hash.digest('hex'), head, whole: keep ? Buffer.concat(chunks) : null };
  } finally {
    done();
  }
}

digest().then(
  (reply) => {
    // Moved, not copied, when the bytes own their buffer (a large concat does; small ones are pooled).
    const w = reply.ok ? reply.whole : null;
    const transfer = w !== null && w.byteOffset === 0 && w.byteLength === w.buffer.byteLength ? [w.buffer as ArrayBuffer] : [];
    parentPort!.postMessage(reply, transfer);
  },
  (err: unknown) => {
    const e = err as { name?: string; code?: string; message?: string; $metadata?: { httpStatusCode?: number } };
    const missing = e.code === 'ENOENT' || e.name === 'NoSuchKey' || e.$metadata?.httpStatusCode === 404;
    parentPort!.postMessage({ ok: false, missing, message: e.message ?? String(err) } satisfies DigestReply, []);
  },
);
