/**
 * Bad input from peers, against real cluster nodes (mTLS on, as the harness runs them): this test
 * process registers peers of its own in the cluster's membership (with the roles each case needs)
 * and opens the node-to-node stream to two real nodes, as a misbehaving or outdated peer would.
 * Every bad envelope is answered with a clear status, the sender can re-route, and the nodes keep
 * serving. Peers without the cluster CA's certificate for the id they claim, or without the role a
 * message needs, are refused and logged, and nothing is served to them.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { decodeResult, encodeCall, encodeSessionCount } from '../../lib/chat/cluster/codec.js';
import * as grpc from '@grpc/grpc-js';
import { ClusterTls, EtcdMembership, type Membership, Remote, NotOwnerError, PeerUnavailableError, RemoteHandlerError, UnsupportedVersionError, type ReturnedTell, type PeerAddress, type Role } from '../../lib/cluster/mod.js';
import { RingSnapshot } from '../../lib/cluster/ring.js';
import { ChorusError, ErrorCode } from '../../lib/protocol/mod.js';
import { ChatCluster, ETCD, requireServices } from '../../testing/cluster/chat_cluster.js';
import { TestPki } from '../../testing/cluster/certs.js';
import { rawPeerRequest } from '../../testing/cluster/raw_peer.js';
import { nextEvent, until } from '../../testing/cluster/wait.js';

const EMPTY = new Uint8Array(0);

describe('cluster nodes refuse bad peer input', { timeout: 300_000 }, () => {
  let cluster: ChatCluster;
  const peers: Remote[] = [];
  const memberships: Membership[] = [];
  const tlses: ClusterTls[] = [];
  let n1: PeerAddress;
  let n2: PeerAddress;
  let ring: RingSnapshot;

  before(async () => {
    requireServices();
    cluster = await ChatCluster.create();
    await Promise.all(['p1', 'p2'].map((id) => cluster.start(id)));
    await cluster.ringSize(2);
    n1 = { id: 'p1', grpcAddress: cluster.nodes.get('p1')!.proc.grpc };
    n2 = { id: 'p2', grpcAddress: cluster.nodes.get('p2')!.proc.grpc };
    // The same ring the nodes build: ids and weights decide placement.
    ring = RingSnapshot.of(
      [n1, n2].map((n) => ({ ...n, roles: ['conversation' as const], zone: '', weight: 1 })),
      { role: 'conversation' },
    );
  });
  after(async () => {
    for (const m of memberships) await m.stop();
    for (const p of peers) await p.stop();
    for (const t of tlses) t.close();
    await cluster?.close();
  });

  /**
   * A peer with the cluster CA's certificate for its id, registered as a member with `roles`
   * (weight 0: the ring places nothing on it), once both nodes know it: a request to p1 and p2
   * no longer answers "not a member".
   */
  async function peer(id: string, roles: Role[] = ['gateway'], protocolVersion?: number): Promise<Remote> {
    const tls = new ClusterTls({ nodeId: id, ...cluster.pki.issue(id) });
    tlses.push(tls);
    const r = new Remote({ nodeId: id, listen: '127.0.0.1:0', tls, ...(protocolVersion !== undefined ? { protocolVersion } : {}) });
    await r.start();
    peers.push(r);
    const m = new EtcdMembership({ self: { id, grpcAddress: r.address, roles, zone: '', weight: 0 }, endpoints: [ETCD], prefix: cluster.prefix, ttlSeconds: 2 });
    memberships.push(m);
    await m.start();
    if (protocolVersion !== undefined) return r;
    const deadline = Date.now() + 15_000;
    for (const node of [n1, n2]) {
      for (;;) {
        const err = await r.request(node, { kind: 'directory', key: '~' }, 'online', new Uint8Array(0)).then(() => undefined, (e: unknown) => e);
        if (!(err instanceof PeerUnavailableError)) break;
        assert.ok(Date.now() < deadline, `${node.id} did not learn of member ${id}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
    return r;
  }

  /** A conversation id the ring places on `owner`. */
  function placedOn(owner: string): string {
    for (let i = 0; ; i++) if (ring.ownerId(`g.peer-test-${i}`) === owner) return `g.peer-test-${i}`;
  }

  const failure = (p: Promise<unknown>): Promise<unknown> => p.then(() => assert.fail('expected a refusal'), (e: unknown) => e);
  const notFound = (id: string, reply: Uint8Array): void =>
    assert.throws(() => decodeResult('history', id, reply), (e: unknown) => e instanceof ChorusError && e.code === ErrorCode.NOT_FOUND);

  it('answers a malformed call or an unknown call with INVALID_ARGUMENT, and keeps serving', async () => {
    const r = await peer('bad-caller');
    const id = placedOn('p1');
    // A length-delimited field (the caller) longer than the payload.
    const garbage = await failure(r.request(n1, { kind: 'conversation', key: id }, 'send', Uint8Array.of(0x0a, 0x7f, 0x0a)));
    assert.ok(garbage instanceof RemoteHandlerError, String(garbage));
    assert.equal(garbage.appCode, ErrorCode.INVALID_ARGUMENT);
    assert.match(garbage.message, /malformed send call/);

    const noCaller = await failure(r.request(n1, { kind: 'conversation', key: id }, 'send', EMPTY));
    assert.ok(noCaller instanceof RemoteHandlerError && noCaller.appCode === ErrorCode.INVALID_ARGUMENT, String(noCaller));

    const unknown = await failure(r.request(n1, { kind: 'conversation', key: id }, 'explode', EMPTY));
    assert.ok(unknown instanceof RemoteHandlerError && unknown.appCode === ErrorCode.INVALID_ARGUMENT, String(unknown));
    assert.match(unknown.message, /unknown conversation call "explode"/);

    // A well-formed call still works: the conversation does not exist, which is the chat core's
    // answer, carried in the call's result.
    const call = encodeCall('history', { userId: 'ann', deviceId: 'd1' }, { limit: 10 });
    notFound(id, await r.request(n1, { kind: 'conversation', key: id }, 'history', call));
  });

  it('refuses a conversation it does not own with NOT_OWNER and the owner, where the sender re-routes', async () => {
    const r = await peer('wrong-owner');
    const id = placedOn('p2');
    const call = encodeCall('history', { userId: 'ann', deviceId: 'd1' }, { limit: 10 });
    const err = await failure(r.request(n1, { kind: 'conversation', key: id }, 'history', call));
    assert.ok(err instanceof NotOwnerError, String(err));
    assert.equal(err.ownerHint, 'p2');
    assert.ok(err.generation >= 1);
    // At the owner the call reaches the chat core (no such conversation), not a refusal.
    notFound(id, await r.request(n2, { kind: 'conversation', key: id }, 'history', call));
  });

  it('returns a malformed delivery and a session registration for a user placed elsewhere', async () => {
    const r = await peer('bad-teller', ['gateway', 'conversation']);
    const returned = nextEvent<ReturnedTell>((fn) => r.on('returned', fn), () => true, 'the malformed delivery to come back');
    // The user list's first entry is cut short.
    r.tell(n1, { kind: 'directory', key: '~' }, 'deliver', Uint8Array.of(0x12, 0x09, 0x61));
    const back = await returned;
    assert.ok(back.error instanceof RemoteHandlerError, String(back.error));
    assert.match(back.error.message, /malformed delivery/);

    let user = 'u0';
    for (let i = 0; ring.ownerId(`u:${user}`) !== 'p2'; i++) user = `u${i}`;
    const err = await failure(r.request(n1, { kind: 'directory', key: user }, 'session', encodeSessionCount(1)));
    assert.ok(err instanceof NotOwnerError && err.ownerHint === 'p2', String(err));
    assert.equal((await r.request(n2, { kind: 'directory', key: user }, 'session', encodeSessionCount(0))).length, 0);
  });

  it('refuses a peer speaking another protocol version', async () => {
    const r = await peer('future-peer', ['gateway'], 2);
    const err = await failure(r.request(n1, { kind: 'conversation', key: placedOn('p1') }, 'history', EMPTY));
    assert.ok(err instanceof UnsupportedVersionError, String(err));
    assert.match(err.message, /version/);
    // Both nodes are still up and serving members.
    assert.equal(await cluster.metric('p1', 'chorus_membership_healthy'), 1);
    assert.equal(await cluster.metric('p2', 'chorus_membership_healthy'), 1);
  });

  /** Waits until node `id` has logged a line containing `text`. */
  async function logged(id: string, text: string): Promise<void> {
    const proc = cluster.nodes.get(id)!.proc;
    await until(() => proc.logs().includes(text), `${id} to log "${text}"`);
  }

  it('refuses conversation calls and session registrations from a member without the gateway role, and logs it', async () => {
    const r = await peer('host-impostor', ['conversation']);
    const id = placedOn('p1');
    const call = encodeCall('history', { userId: 'ann', deviceId: 'd1' }, { limit: 10 });
    const err = await failure(r.request(n1, { kind: 'conversation', key: id }, 'history', call));
    assert.ok(err instanceof RemoteHandlerError && err.appCode === ErrorCode.FORBIDDEN, String(err));
    assert.match(err.message, /only from nodes with the role gateway/);
    let user = 'v0';
    for (let i = 0; ring.ownerId(`u:${user}`) !== 'p1'; i++) user = `v${i}`;
    const session = await failure(r.request(n1, { kind: 'directory', key: user }, 'session', encodeSessionCount(1)));
    assert.ok(session instanceof RemoteHandlerError && session.appCode === ErrorCode.FORBIDDEN, String(session));
    await logged('p1', 'chat message from a cluster peer refused: its role may not send it');
  });

  it('returns deliveries from a member whose role does not send them', async () => {
    const r = await peer('gateway-fanning-out', ['gateway']);
    for (const [target, type] of [[{ kind: 'gateway', key: 'p1' }, 'deliver'], [{ kind: 'directory', key: '~' }, 'deliver']] as const) {
      const returned = nextEvent<ReturnedTell>((fn) => r.on('returned', fn), (t) => t.kind === target.kind, `the ${target.kind} delivery to come back`);
      r.tell(n1, target, type, Uint8Array.of());
      const back = await returned;
      assert.ok(back.error instanceof RemoteHandlerError, String(back.error));
      assert.match(back.error.message, /taken only from nodes with the role conversation/);
    }
  });

  it('answers a peer that is not a member, even with a valid certificate, "unavailable" and serves nothing', async () => {
    const tls = new ClusterTls({ nodeId: 'stranger', ...cluster.pki.issue('stranger') });
    tlses.push(tls);
    const r = new Remote({ nodeId: 'stranger', listen: '127.0.0.1:0', tls });
    await r.start();
    peers.push(r);
    const call = encodeCall('history', { userId: 'ann', deviceId: 'd1' }, { limit: 10 });
    const err = await failure(r.request(n1, { kind: 'conversation', key: placedOn('p1') }, 'history', call));
    assert.ok(err instanceof PeerUnavailableError, String(err));
    await logged('p1', 'chat message from a cluster peer refused: the sender is not a member');
  });

  it('refuses another node’s identity, an expired certificate and an unknown CA at the stream: logged, nothing served', async () => {
    const rogue = new TestPki(join(cluster.pki.dir, 'rogue'), 'rogue-ca');
    await peer('real-gateway', ['gateway']);
    const call = encodeCall('history', { userId: 'ann', deviceId: 'd1' }, { limit: 10 });
    const target = { kind: 'conversation', key: placedOn('p1'), type: 'history', payload: call };
    const cases = [
      // A certificate of the cluster CA, but for another node than the member it claims to be.
      { files: cluster.pki.issue('someone-else'), claims: 'real-gateway', log: 'a certificate for someone-else, not for real-gateway' },
      { files: cluster.pki.issue('real-gateway', { expired: true }), claims: 'real-gateway', log: 'no certificate the cluster CA verifies' },
      { files: rogue.issue('real-gateway', { trust: cluster.pki.caFile }), claims: 'real-gateway', log: 'no certificate the cluster CA verifies' },
    ];
    for (const c of cases) {
      const out = await rawPeerRequest(n1.grpcAddress, c.files, c.claims, target);
      assert.equal(out.code, grpc.status.UNAUTHENTICATED, out.details);
      assert.equal(out.answers, 0);
      await logged('p1', c.log);
    }
  });

  it('exports the cluster metrics, well-formed for Prometheus', async () => {
    const text = await (await fetch(`http://127.0.0.1:${cluster.nodes.get('p1')!.adminPort}/metrics`)).text();
    for (const name of ['chorus_ring_members{role="conversation"} 2', 'chorus_membership_healthy 1', 'chorus_ring_changes_total{role="conversation"}', 'chorus_peer_inbound_streams']) {
      assert.ok(text.includes(name), `/metrics lacks ${name}`);
    }
    const promtool = spawnSync('promtool', ['check', 'metrics'], { input: text, encoding: 'utf8' });
    assert.equal(promtool.error, undefined, 'promtool is installed (npm test installs Debian’s prometheus package)');
    assert.equal(promtool.status, 0, `promtool check metrics: ${promtool.stdout}${promtool.stderr}`);
  });
});
