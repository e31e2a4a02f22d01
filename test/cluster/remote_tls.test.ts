/**
 * mTLS on the node-to-node transport, with real gRPC servers on 127.0.0.1 and certificates from
 * throwaway CAs (testing/cluster/certs.ts): peers with the cluster CA's certificate for their own
 * id talk; a certificate from another CA, an expired one, another node's identity or no TLS at all
 * are refused, logged, and nothing reaches a handler; a dialled node must present the identity of
 * the member record; certificates rotate without a restart.
 */
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import * as grpc from '@grpc/grpc-js';
import { ClusterConfigError } from '../../lib/cluster/errors.js';
import { ClusterTls, type KindHandler, PeerRefusedError, Remote, RemoteTimeoutError, certificateNodeId } from '../../lib/cluster/remote/mod.js';
import { TestPki } from '../../testing/cluster/certs.js';
import { recordingLog } from '../../testing/cluster/log.js';
import { rawPeerRequest } from '../../testing/cluster/raw_peer.js';

const enc = new TextEncoder();
const dec = new TextDecoder();

describe('cluster transport with mTLS', () => {
  let dir: string;
  let pki: TestPki;
  let rogue: TestPki;
  const running: Remote[] = [];
  const tlses: ClusterTls[] = [];

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'chorus-tls-'));
    pki = new TestPki(join(dir, 'ca'));
    rogue = new TestPki(join(dir, 'rogue'), 'rogue-ca');
  });
  after(async () => {
    for (const r of running) await r.stop();
    for (const t of tlses) t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  function tlsFor(nodeId: string, files = pki.issue(nodeId), log = recordingLog().log): ClusterTls {
    const t = new ClusterTls({ nodeId, ...files, log });
    tlses.push(t);
    return t;
  }

  async function node(id: string, handler?: KindHandler): Promise<{ remote: Remote; logs: ReturnType<typeof recordingLog>; seen: string[] }> {
    const logs = recordingLog();
    const seen: string[] = [];
    const remote = new Remote({ nodeId: id, listen: '127.0.0.1:0', tls: tlsFor(id, pki.issue(id), logs.log), log: logs.log });
    remote.handle(
      'test',
      handler ?? {
        request: (m) => {
          seen.push(`${m.from}:${m.type}`);
          return enc.encode(`echo:${dec.decode(m.payload)}`);
        },
      },
    );
    running.push(remote);
    await remote.start();
    return { remote, logs, seen };
  }

  it('reads the node id from the SAN URI, and only a single one', () => {
    assert.equal(certificateNodeId('URI:chorus://node/p1'), 'p1');
    assert.equal(certificateNodeId('DNS:p1.chorus, URI:chorus://node/p-1.x'), 'p-1.x');
    assert.equal(certificateNodeId('URI:chorus://node/a, URI:chorus://node/b'), undefined);
    assert.equal(certificateNodeId('DNS:chorus://node/p1'), undefined);
    assert.equal(certificateNodeId('URI:"chorus://node/a, URI:chorus://node/b"'), undefined);
    assert.equal(certificateNodeId(undefined), undefined);
  });

  it('refuses files that cannot serve this node', () => {
    const other = pki.issue('p9');
    assert.throws(() => new ClusterTls({ nodeId: 'p1', ...other }), (e: unknown) => e instanceof ClusterConfigError && /chorus:\/\/node\/p1/.test(e.message));
    const mine = pki.issue('p1');
    assert.throws(() => new ClusterTls({ nodeId: 'p1', ...mine, keyFile: other.keyFile }), /does not belong/);
    const two = pki.issue('p1', { uris: ['chorus://node/p1', 'chorus://node/p2'] });
    assert.throws(() => new ClusterTls({ nodeId: 'p1', ...two }), ClusterConfigError);
    assert.throws(() => new Remote({ nodeId: 'p2', listen: '127.0.0.1:0', tls: tlsFor('p1', mine) }), /certificate is for node p1/);
  });

  it('carries requests between nodes of the cluster CA, with the authenticated sender', async () => {
    const a = await node('a');
    const b = await node('b');
    const reply = await a.remote.request({ id: 'b', grpcAddress: b.remote.address }, { kind: 'test', key: 'k' }, 'echo', enc.encode('hi'));
    assert.equal(dec.decode(reply), 'echo:hi');
    assert.deepEqual(b.seen, ['a:echo']);
  });

  for (const [what, files, claimed, expect] of [
    ['a certificate from another CA', () => rogue.issue('x', { trust: pki.caFile }), 'x', /none, another CA, expired/],
    ['an expired certificate', () => pki.issue('x', { expired: true }), 'x', /none, another CA, expired/],
    ['another node’s identity', () => pki.issue('a'), 'x', /a certificate for a, not for x/],
    ['a certificate naming no node', () => pki.issue('x', { uris: ['spiffe://elsewhere/x'] }), 'x', /for no single node/],
    ['no TLS at all', () => null, 'x', null],
  ] as const) {
    it(`refuses a peer with ${what}, logs it, and serves nothing`, async () => {
      const target = await node(`t-${what.length}`);
      const out = await rawPeerRequest(target.remote.address, files(), claimed, { kind: 'test', key: 'k', type: 'echo' });
      assert.equal(out.answers, 0, 'nothing answered');
      assert.deepEqual(target.seen, [], 'no handler ran');
      if (expect === null) {
        // A plaintext client cannot even speak HTTP/2 to a TLS port.
        assert.equal(out.code, grpc.status.UNAVAILABLE, out.details);
        return;
      }
      assert.equal(out.code, grpc.status.UNAUTHENTICATED, out.details);
      assert.ok(target.logs.entries.some((e) => e.level === 'warn' && e.message.startsWith('cluster peer refused') && expect.test(e.message)), JSON.stringify(target.logs.entries));
    });
  }

  it('a refused Remote gets PeerRefusedError at once, not a timeout', async () => {
    const target = await node('r-target');
    // The rogue node trusts the cluster CA (its bundle is not secret) but its own certificate is not from it.
    const logs = recordingLog();
    const files = rogue.issue('rogue', { trust: pki.caFile });
    const remote = new Remote({ nodeId: 'rogue', listen: '127.0.0.1:0', tls: tlsFor('rogue', files), log: logs.log });
    running.push(remote);
    await remote.start();
    const err = await remote.request({ id: 'r-target', grpcAddress: target.remote.address }, { kind: 'test', key: 'k' }, 'echo', enc.encode('x'), { timeoutMs: 5_000 }).then(
      () => assert.fail('expected a refusal'),
      (e: unknown) => e,
    );
    assert.ok(err instanceof PeerRefusedError, String(err));
    assert.deepEqual(target.seen, []);
  });

  it('a dialling node refuses a server whose certificate names another node than the member record', async () => {
    const real = await node('m-real');
    const a = await node('m-caller');
    // A stale or forged member record: id "m-other" at the address where m-real answers.
    const err = await a.remote.request({ id: 'm-other', grpcAddress: real.remote.address }, { kind: 'test', key: 'k' }, 'echo', enc.encode('x'), { timeoutMs: 1_500 }).then(
      () => assert.fail('expected no answer'),
      (e: unknown) => e,
    );
    assert.ok(err instanceof RemoteTimeoutError, String(err));
    assert.deepEqual(real.seen, []);
    assert.ok(a.logs.has('warn', 'presented a certificate for another identity'), JSON.stringify(a.logs.entries));
  });

  it('rotates certificates without a restart: a new CA is trusted after the bundle and pairs are replaced', async () => {
    const next = new TestPki(join(dir, 'next'), 'next-ca');
    const bundle = pki.bundle([next], join(dir, 'overlap.crt'));
    // Node files live at fixed paths, replaced in place as a mounted Secret would be.
    const paths = (id: string) => ({ caFile: join(dir, `${id}-ca.crt`), certFile: join(dir, `${id}.crt`), keyFile: join(dir, `${id}.key`) });
    const install = (id: string, from: { caFile: string; certFile: string; keyFile: string }): void => {
      const to = paths(id);
      copyFileSync(from.caFile, to.caFile);
      copyFileSync(from.certFile, to.certFile);
      copyFileSync(from.keyFile, to.keyFile);
    };
    install('rot-s', pki.issue('rot-s'));
    install('rot-c', pki.issue('rot-c'));
    const serverLogs = recordingLog();
    const serverTls = tlsFor('rot-s', paths('rot-s'), serverLogs.log);
    const clientTls = tlsFor('rot-c', paths('rot-c'));
    const server = new Remote({ nodeId: 'rot-s', listen: '127.0.0.1:0', tls: serverTls });
    server.handle('test', { request: (m) => m.payload });
    running.push(server);
    await server.start();
    const call = async (): Promise<string> => {
      const client = new Remote({ nodeId: 'rot-c', listen: '127.0.0.1:0', tls: clientTls });
      try {
        return dec.decode(await client.request({ id: 'rot-s', grpcAddress: server.address }, { kind: 'test', key: 'k' }, 'echo', enc.encode('ok'), { timeoutMs: 3_000 }));
      } finally {
        await client.stop();
      }
    };
    assert.equal(await call(), 'ok');
    // Step 1: both trust old and new CA. Step 2: the server moves to a certificate of the new CA.
    install('rot-s', { ...pki.issue('rot-s'), caFile: bundle });
    install('rot-c', { ...pki.issue('rot-c'), caFile: bundle });
    assert.equal(serverTls.reload(), true);
    assert.equal(clientTls.reload(), true);
    assert.equal(await call(), 'ok');
    install('rot-s', { ...next.issue('rot-s'), caFile: bundle });
    assert.equal(serverTls.reload(), true);
    assert.equal(await call(), 'ok');
    // A bad replacement (another node's certificate) is refused and the loaded pair kept.
    install('rot-s', { ...next.issue('someone-else'), caFile: bundle });
    assert.equal(serverTls.reload(), false);
    assert.ok(serverLogs.has('error', 'new cluster TLS files refused'));
    assert.equal(await call(), 'ok');
    assert.equal(serverTls.reload(), false, 'refused files are not taken later either');
    assert.equal(serverLogs.entries.filter((e) => e.message.startsWith('new cluster TLS files refused')).length, 1, 'a refusal is logged once');
  });
});
