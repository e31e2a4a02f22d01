/**
 * A cluster node with two gateway processes (--gateway-processes=2 with --etcd-endpoints): the
 * child joins etcd as a gateway node of its own (`n1-g1`, its own mTLS certificate named through
 * `{node}` in the file options), the two share the client port, users on both chat (checked
 * against the store), and SIGTERM to the node drains and stops both.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { ChorusClient, SendAck } from '../../lib/client/mod.js';
import { ChatCluster, type ClusterNode, Ledger } from '../../testing/cluster/chat_cluster.js';
import { alive, childAdminPorts, childPids, deviceOn, metric } from '../../testing/gateway_processes.js';

describe('a cluster node with two gateway processes (etcd, Cassandra, mTLS)', { timeout: 300_000 }, () => {
  let cluster: ChatCluster;
  let n1: ClusterNode;
  const clients: ChorusClient[] = [];
  const level = process.env['CHORUS_TEST_LOG_LEVEL'];

  before(async () => {
    cluster = await ChatCluster.create();
    // The child's certificate, beside the node's (the harness names them node-<id>.crt/.key).
    cluster.pki.issue('n1-g1', { label: 'node-n1-g1' });
    const dir = cluster.pki.dir;
    process.env['CHORUS_TEST_LOG_LEVEL'] = 'info';
    n1 = await cluster.start('n1', 'gateway,conversation', ['--gateway-processes', '2', '--cluster-cert-file', join(dir, 'node-{node}.crt'), '--cluster-key-file', join(dir, 'node-{node}.key')]);
  });
  after(async () => {
    if (level === undefined) delete process.env['CHORUS_TEST_LOG_LEVEL'];
    else process.env['CHORUS_TEST_LOG_LEVEL'] = level;
    for (const c of clients) c.close();
    const kids = childPids(n1.proc.child.pid!);
    await cluster.close();
    for (const pid of kids) if (alive(pid)) process.kill(pid, 'SIGKILL');
  });

  it('the child is a gateway node of its own; users on both processes chat; SIGTERM stops both', async () => {
    const child = childAdminPorts(n1.proc).get('n1-g1');
    assert.ok(child !== undefined, 'n1-g1 serving');
    const ports = [n1.adminPort, child.adminPort];
    const url = `ws://127.0.0.1:${n1.port}/v1/ws`;
    const alice = await deviceOn(url, ports, 'alice', 0, 'alice0');
    const bob = await deviceOn(url, ports, 'bob', 1, 'bob1');
    clients.push(alice, bob);
    const ledger = new Ledger();
    ledger.watch('alice0', alice);
    ledger.watch('bob1', bob);
    const group = (await alice.createGroup('two processes', ['bob'])).id;
    const direct = (await bob.createDirect('alice')).id;
    const sends = (c: ChorusClient, id: string, tag: string): Promise<void>[] =>
      Array.from({ length: 15 }, (_, k) => c.send(id, `${tag} ${k}`).then((a: SendAck) => ledger.acked(a.conversationId, a.clientId, Number(a.seq))));
    await Promise.all([...sends(alice, group, 'a'), ...sends(bob, group, 'b'), ...sends(bob, direct, 'b')]);
    const members = new Map([[group, ['alice0', 'bob1']], [direct, ['alice0', 'bob1']]]);
    await ledger.receiversCaughtUp(cluster, members);
    assert.equal((await ledger.check(cluster, members)).acked, 45);
    // The child holds bob's session, joined through etcd (its ring has n1) and speaks mTLS as n1-g1.
    assert.ok((await metric(child.adminPort, 'chorus_connections')) >= 1);
    assert.equal(await metric(child.adminPort, 'chorus_ring_members'), 1);
    assert.match(n1.proc.logs(), /"node":"n1-g1"[^\n]*"mtls":true[^\n]*"cluster transport listening"/);

    const kids = childPids(n1.proc.child.pid!);
    assert.equal(kids.length, 1);
    n1.proc.child.kill('SIGTERM');
    assert.equal(await n1.proc.exited, 0);
    for (const pid of kids) assert.ok(!alive(pid), `child ${pid} is gone`);
  });
});
