/**
 * Secrets hygiene: a real cluster node is given known secrets (the JWT secret, a push webhook key,
 * its mTLS key; the CA key exists beside it) and run through normal and failing paths at debug
 * level: clients chatting, bad tokens, a peer refused at the transport, a bad config start. Then
 * everything it wrote (stdout logs, stderr, /metrics) is searched for each secret, whole and by
 * the lines of a PEM body, raw and base64.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import WebSocket from 'ws';
import { CASSANDRA, ChatCluster, ETCD, requireServices } from '../../testing/cluster/chat_cluster.js';
import { rawPeerRequest } from '../../testing/cluster/raw_peer.js';
import { TEST_SECRET } from '../../testing/node.js';
import { runToExit } from '../../testing/process.js';
import { until } from '../../testing/cluster/wait.js';

const WEBHOOK_KEY = 'webhook-hmac-key-9f3a1c7e5b2d4f6a8c0e1b3d5f7a9c2e';

/** The strings a secret may leak as: itself, its base64, and each long line of a PEM body. */
function needles(secret: string): string[] {
  const out = [secret.trim(), Buffer.from(secret.trim()).toString('base64')];
  for (const line of secret.split('\n')) if (line.length >= 16 && !line.startsWith('-----')) out.push(line.trim());
  return out;
}

describe('no secret reaches logs, errors or metrics', { timeout: 180_000 }, () => {
  let cluster: ChatCluster;
  let keyFile: string;
  let webhookFile: string;

  before(async () => {
    requireServices();
    cluster = await ChatCluster.create();
    webhookFile = join(cluster.pki.dir, 'webhook.key');
    writeFileSync(webhookFile, WEBHOOK_KEY, { mode: 0o600 });
    await cluster.start('s1', 'gateway,conversation', [
      '--log-level', 'debug',
      '--push-webhook-url', 'http://127.0.0.1:9/push', '--push-allow-insecure', '--push-webhook-secret-file', webhookFile,
    ]);
    keyFile = join(cluster.pki.dir, 'node-s1.key');
  });
  after(async () => {
    await cluster?.close();
  });

  it('scans stdout, stderr and /metrics of a node that chatted, refused tokens and refused a peer', async () => {
    const node = cluster.nodes.get('s1')!;
    const url = `ws://127.0.0.1:${node.port}/v1/ws`;
    const ann = await cluster.client('sec-ann', url);
    const bob = await cluster.client('sec-bob', url);
    const dm = await ann.createDirect('sec-bob');
    for (let i = 0; i < 5; i++) await ann.send(dm.id, `hello ${i}`);
    bob.close();
    // Failing paths: a token signed with another secret, a garbage token, a peer with a forged identity.
    for (const token of ['not-a-jwt', `${Buffer.from('{"alg":"HS256"}').toString('base64url')}.e30.c2lnbmF0dXJl`]) {
      await new Promise<void>((resolve) => {
        const ws = new WebSocket(`${url}?token=${token}`);
        // Refused on the upgrade (error) or after it (close 4003): either way the attempt is over.
        ws.on('error', () => resolve());
        ws.on('close', () => resolve());
      });
    }
    // A socket cut without a close frame: one more failing path for the scan.
    await new Promise<void>((resolve) => {
      const ws = new WebSocket(url);
      ws.on('open', () => {
        ws.terminate();
        resolve();
      });
      ws.on('error', () => resolve());
    });
    const forged = await rawPeerRequest(node.proc.grpc, cluster.pki.issue('mallory'), 's1', { kind: 'conversation', key: dm.id, type: 'history' });
    assert.notEqual(forged.code, 0);
    ann.close();
    const metrics = await (await fetch(`http://127.0.0.1:${node.adminPort}/metrics`)).text();
    // A start that fails on a key that does not match its certificate names the files, not their contents.
    const other = cluster.pki.issue('s2');
    const bad = await runToExit([
      '--node-id', 's2', '--port', '0', '--admin-port', '0', '--grpc-port', '0', '--jwt-secret', TEST_SECRET, '--data-dir', join(cluster.pki.dir, 'bad'),
      '--etcd-endpoints', ETCD, '--etcd-prefix', cluster.prefix, '--store', 'scylla', '--scylla-contact-points', CASSANDRA,
      '--scylla-local-dc', process.env['CHORUS_CASSANDRA_DC'] ?? 'dc1', '--scylla-keyspace', cluster.keyspace,
      '--cluster-ca-file', other.caFile, '--cluster-cert-file', other.certFile, '--cluster-key-file', keyFile,
    ]);
    assert.notEqual(bad.code, 0, 'a key of another certificate is refused at start');
    assert.match(bad.stdout + bad.stderr, /does not belong to the certificate/);

    const secrets: Record<string, string> = {
      'JWT secret': TEST_SECRET,
      'webhook key': WEBHOOK_KEY,
      'node TLS key': readFileSync(keyFile, 'utf8'),
      'CA key': cluster.pki.keyPem(),
    };
    const outputs: Record<string, string> = {
      stdout: node.proc.logs(),
      stderr: node.proc.stderr(),
      metrics,
      'failed start': bad.stdout + bad.stderr,
    };
    await until(() => node.proc.logs().includes('"msg":"session closed"'), 'the node to log the closed sessions', 5_000);
    outputs['stdout'] = node.proc.logs();
    assert.ok(outputs['stdout']!.includes('cluster peer refused'), 'the refused peer was logged');
    for (const [what, secret] of Object.entries(secrets)) {
      for (const needle of needles(secret)) {
        for (const [where, text] of Object.entries(outputs)) {
          assert.ok(!text.includes(needle), `${what} appears in ${where}`);
        }
      }
    }
  });
});
