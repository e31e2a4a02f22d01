/**
 * Chorus as a cluster: real node processes joined through the suite's etcd, sharing a keyspace in
 * the suite's Cassandra, with SDK clients over real sockets. After each scenario every
 * acknowledged message must be stored exactly once at its acknowledged seq, every log gapless, and
 * every receiver must have seen its conversations' logs whole and in order (the SDK drops
 * duplicates and fills gaps, as in an app). Each test prints how many messages it checked.
 */
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import { type ChorusClient, ConnectionLostError } from '../../lib/client/mod.js';
import { Balancer } from '../../testing/balancer.js';
import { ChatCluster, Ledger, SteadySender, TTL_SEC, requireServices } from '../../testing/cluster/chat_cluster.js';

const URL_OF = (port: number): string => `ws://127.0.0.1:${port}/v1/ws`;

/** Users, their clients and their conversations: two direct chats per user pair ring and one group. */
interface Workload {
  clients: Map<string, ChorusClient>;
  /** conversation → the users who receive it (all members). */
  members: Map<string, string[]>;
  /** user → conversations they send to. */
  sendsTo: Map<string, string[]>;
}

/**
 * A setup call that survives a reconnect: on a busy machine a node may lose its 2 s lease during
 * setup and close its sockets with 4101 (seen: createGroup failed with "not connected"). A group
 * made twice leaves one unused; a direct chat is the same one.
 */
async function settled<T>(c: ChorusClient, call: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (err) {
      if (!(err instanceof ConnectionLostError) || attempt >= 5) throw err;
      const deadline = Date.now() + 30_000;
      while (c.state !== 'ready' && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    }
  }
}

/** `clients` is filled as they connect, so that a failure half-way can still close them. */
async function workload(cluster: ChatCluster, ledger: Ledger, users: string[], urlOf: (user: string, i: number) => string, clients: Map<string, ChorusClient>): Promise<Workload> {
  for (const [i, u] of users.entries()) {
    const c = await cluster.client(u, urlOf(u, i));
    ledger.watch(u, c);
    clients.set(u, c);
  }
  const members = new Map<string, string[]>();
  const sendsTo = new Map<string, string[]>(users.map((u) => [u, []]));
  for (let i = 0; i < users.length; i++) {
    const a = users[i]!;
    const b = users[(i + 1) % users.length]!;
    const direct = await settled(clients.get(a)!, () => clients.get(a)!.createDirect(b));
    members.set(direct.id, [a, b]);
    sendsTo.get(a)!.push(direct.id);
    sendsTo.get(b)!.push(direct.id);
  }
  const group = await settled(clients.get(users[0]!)!, () => clients.get(users[0]!)!.createGroup('everyone', users.slice(1)));
  members.set(group.id, [...users]);
  for (const u of users) sendsTo.get(u)!.push(group.id);
  return { clients, members, sendsTo };
}

function report(name: string, r: { stored: number; acked: number; deliveries: number }, extra = ''): void {
  console.log(`# ${name}: checked ${r.stored} stored messages, ${r.acked} acknowledged sends, ${r.deliveries} deliveries${extra}`);
}

/** Three nodes behind a balancer, six users sending steadily to their direct chats and a group. */
interface UnderLoad {
  cluster: ChatCluster;
  balancer: Balancer;
  ledger: Ledger;
  w: Workload;
  senders: SteadySender[];
  /** Resolves once `more` further sends have been acknowledged. */
  acksAfter(more: number): Promise<void>;
  /** Stops the senders, waits for every receiver, checks everything against the store, prints the count. */
  finish(name: string, extra?: string): Promise<void>;
  /** After the test, passed or not: closes clients, balancer and nodes (a failure prints the nodes' warnings first). */
  close(): Promise<void>;
}

/** Resolves true when `p` settles within `ms`, false otherwise. */
async function within(p: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<false>((r) => (timer = setTimeout(() => r(false), ms)));
  try {
    return await Promise.race([p.then(() => true), late]);
  } finally {
    clearTimeout(timer);
  }
}

/** Closes what a setup that failed half-way had opened (left open, its clients and nodes kept the file alive to its timeout). */
async function abandon(cluster: ChatCluster, clients: Map<string, ChorusClient>, balancer: Balancer | undefined): Promise<void> {
  for (const c of clients.values()) c.close();
  await balancer?.close();
  await cluster.close();
}

async function underLoad(onClose: (u: UnderLoad) => void): Promise<UnderLoad> {
  const cluster = await ChatCluster.create();
  const ledger = new Ledger();
  const users = ['ann', 'bob', 'cat', 'dan', 'eve', 'fay'];
  const clients = new Map<string, ChorusClient>();
  let balancer: Balancer | undefined;
  let w: Workload;
  try {
    await Promise.all(['n1', 'n2', 'n3'].map((id) => cluster.start(id)));
    await cluster.ringSize(3);
    const b = (balancer = await Balancer.start(() => cluster.gatewayPorts()));
    w = await workload(cluster, ledger, users, () => URL_OF(b.port), clients);
  } catch (err) {
    await abandon(cluster, clients, balancer);
    throw err;
  }
  const senders = users.map((u) => new SteadySender(w.clients.get(u)!, u, w.sendsTo.get(u)!, ledger, 20));
  let finished = false;
  const u: UnderLoad = {
    cluster,
    balancer: balancer!,
    ledger,
    w,
    senders,
    async acksAfter(more) {
      const target = ledger.ackCount + more;
      const deadline = Date.now() + 120_000;
      while (ledger.ackCount < target) {
        if (Date.now() > deadline) throw new Error(`only ${ledger.ackCount} of ${target} acks`);
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    async finish(name, extra = '') {
      if (!(await within(Promise.all(senders.map((s) => s.stop())), 60_000))) {
        const stuck = senders.filter((s) => s.waiting !== null).map((s) => `${s.user} waits for ${s.waiting!.clientId} since ${Date.now() - s.waiting!.since} ms; ${ledger.history(s.user)}`);
        assert.fail(`senders did not stop within 60 s:\n${stuck.join('\n')}`);
      }
      assert.deepEqual(senders.flatMap((s) => s.errors.map((e) => e.message)), []);
      await ledger.receiversCaughtUp(cluster, w.members);
      report(name, await ledger.check(cluster, w.members), extra);
      finished = true;
    },
    async close() {
      // Closing the clients ends their reconnect timers and any send a sender still waits for:
      // left open after a failure, they kept the test file alive until its timeout.
      for (const s of senders) void s.stop();
      for (const c of w.clients.values()) c.close();
      await Promise.all(senders.map((s) => s.done));
      if (!finished) {
        for (const n of cluster.nodes.values()) console.log(`# ${n.id} (${n.alive ? 'running' : 'stopped'}), last warnings:\n${n.proc.logs().split('\n').slice(-30).join('\n')}${n.proc.stderr().slice(-2000)}`);
      }
      await balancer.close();
      await cluster.close();
    },
  };
  onClose(u);
  return u;
}

describe('chat cluster (3 real nodes, etcd, Cassandra)', { timeout: 600_000 }, () => {
  before(() => requireServices());

  describe('cross-node delivery', () => {
    let cluster: ChatCluster;
    const clients = new Map<string, ChorusClient>();
    after(async () => cluster && abandon(cluster, clients, undefined));

    it('delivers one-on-one and group messages between users on different gateways, in order', async () => {
      cluster = await ChatCluster.create();
      await Promise.all(['n1', 'n2', 'n3'].map((id) => cluster.start(id)));
      await cluster.ringSize(3);
      const gateways = ['n1', 'n2', 'n3'].map((id) => cluster.nodes.get(id)!.port);
      const ledger = new Ledger();
      const users = ['ann', 'bob', 'cat', 'dan', 'eve', 'fay'];
      // Users round-robin over the three gateways: every direct chat spans two gateways.
      const w = await workload(cluster, ledger, users, (_u, i) => URL_OF(gateways[i % 3]!), clients);
      for (let round = 0; round < 10; round++) {
        await Promise.all(
          users.map(async (u) => {
            for (const [k, conversationId] of w.sendsTo.get(u)!.entries()) {
              const clientId = `${u}-${round}-${k}`;
              const ack = await w.clients.get(u)!.send(conversationId, `${u} says ${round}`, clientId);
              ledger.acked(conversationId, clientId, Number(ack.seq));
            }
          }),
        );
      }
      await ledger.receiversCaughtUp(cluster, w.members);
      const r = await ledger.check(cluster, w.members);
      assert.equal(r.acked, users.length * 3 * 10);
      assert.equal(r.stored, r.acked);
      report('cross-node delivery', r);
      for (const c of w.clients.values()) c.close();
    });
  });

  describe('under steady load', () => {
    let current: UnderLoad | undefined;
    const track = (u: UnderLoad): void => {
      current = u;
    };
    afterEach(async () => {
      await current?.close();
      current = undefined;
    });

    it('scaling 3 → 4 → 2 nodes loses, duplicates and reorders nothing while nodes join and drain', async () => {
      const { cluster, acksAfter, finish } = await underLoad(track);
      await acksAfter(60);
      await cluster.start('n4');
      await cluster.ringSize(4);
      await acksAfter(60);
      for (const [id, left] of [['n4', 3], ['n3', 2]] as const) {
        const n = cluster.nodes.get(id)!;
        n.proc.child.kill('SIGTERM');
        assert.equal(await n.proc.exited, 0, `${id} did not drain cleanly: ${n.proc.stderr()}`);
        n.alive = false;
        await cluster.ringSize(left);
        await acksAfter(60);
      }
      await finish('scale 3→4→2');
    });

    it('SIGKILL of a node: the others take over within the lease TTL and keep every acknowledged message', async () => {
      const { cluster, ledger, w, acksAfter, finish } = await underLoad(track);
      await acksAfter(60);
      const victim = cluster.nodes.get('n2')!;
      victim.proc.child.kill('SIGKILL');
      const killedAt = Date.now();
      await victim.proc.exited;
      // Full service: every conversation has acknowledged sends that started after the kill.
      const counts = new Map([...w.members.keys()].map((id) => [id, ledger.acks.get(id)?.size ?? 0]));
      const deadline = killedAt + 60_000;
      while ([...counts].some(([id, n]) => (ledger.acks.get(id)?.size ?? 0) <= n + w.clients.size)) {
        if (Date.now() > deadline) throw new Error('service did not recover within 60 s of the kill');
        await new Promise((r) => setTimeout(r, 20));
      }
      const recoveredMs = Date.now() - killedAt;
      await cluster.ringSize(2);
      assert.ok(recoveredMs < (TTL_SEC + 10) * 1000, `full service took ${recoveredMs} ms`);
      await finish('SIGKILL', `; every conversation served again ${recoveredMs} ms after the kill (lease TTL ${TTL_SEC} s)`);
    });

    it('a node cut off from etcd while alive (SIGSTOP) is fenced: the others take over, its late work is refused, not interleaved', async () => {
      const { cluster, acksAfter, finish } = await underLoad(track);
      await acksAfter(60);
      const paused = cluster.nodes.get('n3')!;
      paused.proc.child.kill('SIGSTOP');
      // The others see its lease expire and take over while it is frozen mid-work.
      paused.alive = false;
      await cluster.ringSize(2);
      await acksAfter(60);
      paused.proc.child.kill('SIGCONT');
      paused.alive = true;
      // It finds its lease gone, steps down, registers again and takes its share back.
      await cluster.ringSize(3, 60_000);
      assert.ok((await cluster.metric('n3', 'chorus_membership_lost_total'))! >= 1, 'the paused node did not notice it had lost its lease');
      await acksAfter(60);
      await finish('SIGSTOP');
    });
  });
});
