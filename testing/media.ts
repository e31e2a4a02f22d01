import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mountFileMedia } from '../lib/gateway/media_http.js';
import { nativeUws } from '../lib/gateway/uws.js';
import { FileMediaStore, S3MediaStore } from '../lib/media/mod.js';
import type { Clock } from '../lib/time/mod.js';

/** The S3 server of this run (scripts/seaweedfs/start.sh's output in the environment), or null. */
export interface S3Target {
  endpoint: string;
  accessKeyId: string;
  secretAccessKey: string;
}

export function s3FromEnv(): S3Target | null {
  const endpoint = process.env['SEAWEED_S3_ENDPOINT'] ?? '';
  if (endpoint === '') return null;
  return { endpoint, accessKeyId: process.env['SEAWEED_ACCESS_KEY'] ?? '', secretAccessKey: process.env['SEAWEED_SECRET_KEY'] ?? '' };
}

/** Why S3 tests are skipped (false: they run). */
export const s3Skip: string | false =
  s3FromEnv() === null ? 'SEAWEED_S3_ENDPOINT is not set (scripts/seaweedfs/start.sh; scripts/test.sh sets it when SeaweedFS builds)' : false;

/** The bucket every test shares (created once); each test keeps to a fresh key prefix of its own. */
const BUCKET = 'chorus-tests';

/** The shared bucket, created if missing, and a fresh key prefix in it. */
export async function testSpace(target: S3Target): Promise<{ bucket: string; keyPrefix: string }> {
  const admin = new S3Client({ region: 'us-east-1', endpoint: target.endpoint, forcePathStyle: true, credentials: { accessKeyId: target.accessKeyId, secretAccessKey: target.secretAccessKey } });
  try {
    await admin.send(new CreateBucketCommand({ Bucket: BUCKET }));
  } catch (err) {
    // SeaweedFS keeps one volume collection per bucket: tests share one rather than fill the disk.
    const name = (err as { name?: string }).name;
    if (name !== 'BucketAlreadyOwnedByYou' && name !== 'BucketAlreadyExists') throw err;
  } finally {
    admin.destroy();
  }
  return { bucket: BUCKET, keyPrefix: `t${randomBytes(6).toString('hex')}/` };
}

/** Server flags for media in a fresh key prefix on the S3 server. */
export async function s3Flags(target: S3Target): Promise<string[]> {
  const { bucket, keyPrefix } = await testSpace(target);
  return ['--media-store', 's3', '--media-s3-endpoint', target.endpoint, '--media-s3-bucket', bucket, '--media-s3-key-prefix', keyPrefix, '--media-s3-access-key-id', target.accessKeyId, '--media-s3-secret-access-key', target.secretAccessKey];
}

/** A store in a fresh key prefix on the S3 server. */
export async function s3Store(target: S3Target, clock: Clock): Promise<{ store: S3MediaStore; bucket: string }> {
  const { bucket, keyPrefix } = await testSpace(target);
  const store = new S3MediaStore({ ...target, region: 'us-east-1', bucket, forcePathStyle: true, keyPrefix, clock });
  return { store, bucket };
}

/** The embedded store in a temporary directory, served by a uWS server of its own on an ephemeral port. */
export async function fileStoreServer(clock: Clock): Promise<{ store: FileMediaStore; close(): void }> {
  const uws = nativeUws();
  const app = uws.App();
  const dir = mkdtempSync(join(tmpdir(), 'chorus-media-'));
  const socket = await new Promise<unknown>((resolve, reject) =>
    app.listen('127.0.0.1', 0, (s) => {
      if (s) resolve(s);
      else reject(new Error('cannot listen'));
    }),
  );
  const port = uws.us_socket_local_port(socket as never);
  // Absolute URLs (the server hands out relative ones, resolved against its own address).
  const store = new FileMediaStore({ root: dir, secret: randomBytes(32), publicUrl: `http://127.0.0.1:${port}`, clock });
  mountFileMedia(app, store);
  return {
    store,
    close() {
      uws.us_listen_socket_close(socket as never);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
