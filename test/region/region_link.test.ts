/**
 * A cross-region link (Remote.regionLink): the entry point of another region may be answered by any
 * of its nodes, so the link takes any node id the cluster CA certifies, and still refuses a
 * certificate from another CA. Real gRPC servers on 127.0.0.1 with mTLS.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { ClusterTls, Remote } from '../../lib/cluster/remote/mod.js';
import { TestPki } from '../../testing/cluster/certs.js';
import { recordingLog } from '../../testing/cluster/log.js';

const enc = new TextEncoder();
const dec = new TextDecoder();

describe('cross-region link', () => {
  const dir = mkdtempSync(join(tmpdir(), 'chorus-region-link-'));
  const cas = { cluster: new TestPki(join(dir, 'ca')), rogue: new TestPki(join(dir, 'rogue'), 'rogue-ca') };
  const open: { stop(): Promise<void> | void }[] = [];
  after(async () => {
    for (const x of open.reverse()) await x.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  async function node(id: string, ca: TestPki): Promise<Remote> {
    const log = recordingLog().log;
    const tls = new ClusterTls({ nodeId: id, ...ca.issue(id), log });
    open.push({ stop: () => tls.close() });
    const remote = new Remote({ nodeId: id, listen: '127.0.0.1:0', tls, log });
    remote.handle('region', { request: (m) => enc.encode(`${m.from}->${id}:${dec.decode(m.payload)}`) });
    open.push(remote);
    await remote.start();
    return remote;
  }

  it('is answered by whichever node of the region the entry point reaches, under the cluster CA', async () => {
    const a1 = await node('a1', cas.cluster);
    const b7 = await node('b7', cas.cluster);
    const reply = await a1.regionLink('b', b7.address).request('region', 'g.x', 'send', enc.encode('hi'), { timeoutMs: 10_000 });
    assert.equal(dec.decode(reply), 'a1->b7:hi');
    assert.equal(a1.regionLink('b', b7.address), a1.regionLink('b', b7.address), 'one link per region');
    assert.ok(a1.stats().links.some((l) => l.peer === 'region:b' && l.state === 'ready'));
  });

  it('refuses a region node whose certificate another CA signed', async () => {
    const a2 = await node('a2', cas.cluster);
    const c1 = await node('c1', cas.rogue);
    await assert.rejects(a2.regionLink('c', c1.address).request('region', 'g.x', 'send', enc.encode('hi'), { timeoutMs: 1_500 }));
  });
});
