/**
 * Media on a cluster: three real node processes sharing one S3 prefix (SeaweedFS). A slot handed
 * out by one node is completed (verified) through another, sent through a third; a member on
 * another node receives and downloads it; a delete through yet another node removes the object.
 * Needs etcd, Cassandra and SeaweedFS (scripts/test.sh starts all three).
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import sharp from 'sharp';
import type { Attachment, ChorusClient, Message } from '../../lib/client/mod.js';
import type { chorus } from '../../lib/protocol/gen/chorus.js';
import { ChatCluster } from '../../testing/cluster/chat_cluster.js';
import { s3Flags, s3FromEnv, s3Skip } from '../../testing/media.js';
import { TEST_SECRET, until } from '../../testing/node.js';
import { RawConnection } from '../../testing/raw.js';
import { DevTokenIssuer } from '../../lib/auth/tokens.js';
import { loadConfig } from '../../cmd/config.js';

const URL_OF = (port: number): string => `ws://127.0.0.1:${port}/v1/ws`;

describe('media on a 3-node cluster with S3', { skip: s3Skip }, () => {
  let cluster: ChatCluster;
  const urls: string[] = [];
  before(async () => {
    cluster = await ChatCluster.create();
    const flags = await s3Flags(s3FromEnv()!);
    for (const id of ['m1', 'm2', 'm3']) urls.push(URL_OF((await cluster.start(id, 'gateway,conversation', flags)).port));
    await cluster.ringSize(3);
  });
  after(async () => cluster?.close());

  it('any node issues, verifies and serves media; a delete on another node removes it', async () => {
    const issuer = new DevTokenIssuer(loadConfig(['--jwt-secret', TEST_SECRET], {}).jwt, 3600);
    const alice: ChorusClient = await cluster.client('ann', urls[2]!);
    const bob: ChorusClient = await cluster.client('ben', urls[1]!);
    const got: Message[] = [];
    bob.on('message', (m) => got.push(m));
    const conv = (await alice.createDirect('ben')).id;
    const photo = await sharp({ create: { width: 90, height: 60, channels: 3, background: '#208040' } }).jpeg().toBuffer();

    // Slot from node 1, bytes straight to S3, completion through node 2.
    const onM1 = await RawConnection.login(urls[0]!, await issuer.issue('ann'));
    const slot = (await onM1.call({ requestUpload: { conversationId: conv, size: photo.byteLength, contentType: 'image/jpeg', sha256: createHash('sha256').update(photo).digest(), name: 'p.jpg' } })).uploadSlot as chorus.v1.UploadSlot;
    const part = (slot.parts as chorus.v1.UploadPart[])[0]!;
    assert.equal((await fetch(part.url, { method: 'PUT', body: new Uint8Array(photo) })).status, 200);
    const onM2 = await RawConnection.login(urls[1]!, await issuer.issue('ann'));
    const ready = await onM2.call({ completeUpload: { mediaId: slot.mediaId } }, 30_000);
    assert.equal(ready.body, 'mediaReady', JSON.stringify(ready.toJSON()));

    // Sent through node 3, received and downloaded on node 2.
    const ack = await alice.sendAttachments(conv, [{ mediaId: slot.mediaId }], 'from the cluster');
    await until(() => got.some((m) => Number(m.seq) === Number(ack.seq)), 'ben receives it', 30_000);
    const a = got.find((m) => Number(m.seq) === Number(ack.seq))!.attachments[0] as Attachment;
    assert.deepEqual([a.width, a.height], [90, 60]);
    const url = await bob.mediaUrl(conv, a.mediaId);
    const res = await fetch(url);
    assert.equal(res.status, 200);
    assert.deepEqual(createHash('sha256').update(Buffer.from(await res.arrayBuffer())).digest(), Buffer.from(a.sha256));

    // Deleted through node 1: the object goes, on the shared store.
    const del = await onM1.call({ delete: { conversationId: conv, seq: ack.seq, clientId: 'del-1' } }, 30_000);
    assert.equal(del.body, 'ack', JSON.stringify(del.toJSON()));
    const deadline = Date.now() + 15_000;
    while ((await fetch(url)).status !== 404) {
      assert.ok(Date.now() < deadline, 'the object is deleted');
      await new Promise((r) => setTimeout(r, 100));
    }
    onM1.close();
    onM2.close();
    alice.close();
    bob.close();
  });
});
