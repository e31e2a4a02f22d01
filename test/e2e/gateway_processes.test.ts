/**
 * A server with two gateway processes on one port (--gateway-processes=2, cmd/gateway_processes.ts):
 * real processes, real sockets. Clients are placed on a chosen process (read from each process's
 * chorus_connections), then group and direct chat, receipts and presence are checked across the
 * processes against the store (AckLedger); the child is killed with SIGKILL under traffic (its
 * clients reconnect, nothing acknowledged is lost, it is restarted); SIGTERM to the primary stops
 * everything; a primary killed with SIGKILL leaves no child behind.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { ChorusClient, Presence, ReceiptUpdate, SendAck } from '../../lib/client/mod.js';
import { type MessageRecord, SqliteStore } from '../../lib/storage/mod.js';
import { nextEvent } from '../../testing/cluster/wait.js';
import { alive, childAdminPorts, childPids, deviceOn, eventually, metric } from '../../testing/gateway_processes.js';
import { AckLedger, type LogSource } from '../../testing/ledger.js';
import { TEST_SECRET } from '../../testing/node.js';
import { type ServerProcess, startServerProcess } from '../../testing/process.js';

const ENV = { CHORUS_GATEWAY_PROCESSES: '2', CHORUS_LOG_LEVEL: 'info' };

function serverArgs(dir: string): string[] {
  return ['--port', '0', '--admin-port', '0', '--data-dir', dir, '--jwt-secret', TEST_SECRET, '--presence-grace-ms', '200'];
}

function fileLog(store: SqliteStore): LogSource {
  return { log: (id: string): Promise<MessageRecord[]> => store.range(id, { afterSeq: 0, limit: 1000 }) };
}

/** The child's node id and its admin port and pid (the latest it logged). */
function theChild(server: ServerProcess): { node: string; pid: number; adminPort: number } {
  const children = [...childAdminPorts(server)];
  assert.equal(children.length, 1, 'one child process');
  const [node, c] = children[0]!;
  return { node, ...c };
}

function sendAll(client: ChorusClient, conversationId: string, n: number, tag: string, ledger: AckLedger, onAck: () => void = () => {}): Promise<void>[] {
  return Array.from({ length: n }, (_, k) =>
    client.send(conversationId, `${tag} #${k}`).then(
      (ack: SendAck) => {
        ledger.acked(ack.conversationId, ack.clientId, Number(ack.seq));
        onAck();
      },
      () => undefined,
    ),
  );
}

async function assertClean(ledger: AckLedger, store: SqliteStore, members: Map<string, string[]>): Promise<void> {
  assert.ok(await ledger.caughtUp(fileLog(store), members, 20_000), 'every receiver caught up with the logs');
  const verdict = await ledger.verify(fileLog(store), members);
  assert.deepEqual(verdict.problems, []);
  assert.equal(verdict.lost + verdict.gaps + verdict.duplicates + verdict.misdelivered, 0);
}

describe('a server with two gateway processes on one port', () => {
  const dir = mkdtempSync(join(tmpdir(), 'chorus-gwp-'));
  let server: ServerProcess;
  let store: SqliteStore;
  let ports: number[];
  const ledger = new AckLedger();
  const clients: ChorusClient[] = [];
  let group = '';
  let alice1: ChorusClient;
  let carol0: ChorusClient;

  before(async () => {
    server = await startServerProcess(serverArgs(dir), ENV);
    ports = [server.adminPort, theChild(server).adminPort];
    store = new SqliteStore({ path: join(dir, 'chorus.db') });
  });
  after(async () => {
    for (const c of clients) c.close();
    for (const pid of childPids(server.child.pid!)) if (alive(pid)) process.kill(pid, 'SIGKILL');
    server.child.kill('SIGKILL');
    await server.exited;
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('spreads sockets over both processes; group and direct chat, receipts and presence work across them', async () => {
    const on = async (user: string, p: number, tag: string): Promise<ChorusClient> => {
      const c = await deviceOn(server.url, ports, user, p, tag);
      clients.push(c);
      ledger.watch(tag, c);
      return c;
    };
    // alice has a device on each process; bob only on the child, carol only on the primary.
    const alice0 = await on('alice', 0, 'alice0');
    alice1 = await on('alice', 1, 'alice1');
    const bob1 = await on('bob', 1, 'bob1');
    carol0 = await on('carol', 0, 'carol0');
    assert.ok((await metric(ports[0]!, 'chorus_connections')) >= 2 && (await metric(ports[1]!, 'chorus_connections')) >= 2);

    group = (await alice0.createGroup('both', ['bob', 'carol'])).id;
    const direct = (await bob1.createDirect('carol')).id;
    await Promise.all([...sendAll(alice0, group, 20, 'alice0', ledger), ...sendAll(alice1, group, 10, 'alice1', ledger), ...sendAll(bob1, group, 20, 'bob1', ledger), ...sendAll(carol0, direct, 20, 'carol0', ledger), ...sendAll(bob1, direct, 10, 'bob1', ledger)]);
    assert.equal(ledger.ackCount, 80);
    await assertClean(ledger, store, new Map([[group, ['alice0', 'alice1', 'bob1', 'carol0']], [direct, ['bob1', 'carol0']]]));

    // A read receipt from the primary reaches the sender's devices on both processes.
    const last = (await fileLog(store).log(group)).length;
    const receiptOn = (c: ChorusClient): Promise<ReceiptUpdate> => nextEvent<ReceiptUpdate>((fn) => c.on('receipt', fn), (r) => r.userId === 'carol' && Number(r.seq) === last, 'carol\'s read receipt');
    const seen = [receiptOn(alice0), receiptOn(alice1), receiptOn(bob1)];
    await carol0.markRead(group, last);
    await Promise.all(seen);

    // Presence is per user: alice stays online while one of her devices is connected anywhere.
    const snapshot = await carol0.watchPresence([group]);
    assert.deepEqual(snapshot.filter((p) => p.userId !== 'carol').map((p) => [p.userId, p.online]).sort(), [['alice', true], ['bob', true]]);
    const bobOffline = nextEvent<Presence>((fn) => carol0.on('presence', fn), (p) => p.userId === 'bob' && !p.online, 'bob offline');
    alice0.close();
    bob1.close();
    await bobOffline;
    const later = await carol0.watchPresence([group]);
    assert.deepEqual(later.filter((p) => p.userId !== 'carol').map((p) => [p.userId, p.online]).sort(), [['alice', true], ['bob', false]]);
  });

  it('a child killed with SIGKILL under traffic: its clients reconnect, nothing acknowledged is lost, it is restarted', async () => {
    const child = theChild(server);
    // erin's only session is on the child and does not reconnect: she must go offline with it.
    const erin = await deviceOn(server.url, ports, 'erin', 1, 'erin1', false);
    clients.push(erin);
    const withErin = (await carol0.createDirect('erin')).id;
    assert.ok((await carol0.watchPresence([group, withErin])).some((p) => p.userId === 'erin' && p.online));
    const erinOffline = nextEvent<Presence>((fn) => carol0.on('presence', fn), (p) => p.userId === 'erin' && !p.online, 'erin offline after her process died');
    const restartsBefore = await metric(server.adminPort, 'chorus_gateway_process_restarts_total');
    let acks = 0;
    let reached!: () => void;
    const threshold = new Promise<void>((resolve) => (reached = resolve));
    const count = (): void => void (++acks === 60 && reached());
    // alice1's socket is on the child: its sends in flight are resent after it reconnects.
    const inflight = [...sendAll(carol0, group, 200, 'carol0 kill', ledger, count), ...sendAll(alice1, group, 200, 'alice1 kill', ledger, count)];
    await threshold;
    process.kill(child.pid, 'SIGKILL');
    await Promise.all(inflight);
    assert.ok(ledger.ackCount >= 80 + 60);
    await erinOffline;
    await eventually(() => theChild(server).pid !== child.pid && alive(theChild(server).pid), 'the child restarted and serving');
    assert.equal(await metric(server.adminPort, 'chorus_gateway_process_restarts_total'), restartsBefore + 1);
    assert.ok(!alive(child.pid));
    await assertClean(ledger, store, new Map([[group, ['alice1', 'carol0']]]));
    // The restarted child serves: a new device lands on it and chats.
    ports[1] = theChild(server).adminPort;
    const dave = await deviceOn(server.url, ports, 'bob', 1, 'bob-again');
    clients.push(dave);
    const ack = await dave.send(group, 'back');
    ledger.acked(ack.conversationId, ack.clientId, Number(ack.seq));
    await assertClean(ledger, store, new Map([[group, ['alice1', 'carol0']]]));
  });

  it('SIGTERM to the primary stops the child too, and the primary exits 0', async () => {
    const kids = childPids(server.child.pid!);
    assert.equal(kids.length, 1);
    server.child.kill('SIGTERM');
    assert.equal(await server.exited, 0);
    for (const pid of kids) assert.ok(!alive(pid), `child ${pid} is gone`);
  });
});

describe('a primary killed with SIGKILL', () => {
  it('leaves no gateway process behind: the child sees its channel close and exits', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chorus-gwp-orphan-'));
    const server = await startServerProcess(serverArgs(dir), ENV);
    const kids = childPids(server.child.pid!);
    try {
      assert.equal(kids.length, 1);
      server.child.kill('SIGKILL');
      await server.exited;
      await eventually(() => kids.every((pid) => !alive(pid)), 'the orphaned child to exit', 10_000);
    } finally {
      for (const pid of kids) if (alive(pid)) process.kill(pid, 'SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a client port that another server holds', () => {
  async function refusedOn(port: number, processes: string): Promise<string> {
    const dir = mkdtempSync(join(tmpdir(), 'chorus-gwp-taken-'));
    try {
      const args = serverArgs(dir).map((a, i, all) => (all[i - 1] === '--port' ? String(port) : a));
      const err = await startServerProcess(args, { ...ENV, CHORUS_GATEWAY_PROCESSES: processes }).then(
        async (s) => {
          s.child.kill('SIGKILL');
          await s.exited;
          return null;
        },
        (e: unknown) => e,
      );
      assert.ok(err instanceof Error, `a second server with ${processes} process(es) started on port ${port}`);
      return err.message;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  for (const held of ['1', '2']) {
    it(`is refused to a second server, whatever either's process count (held by ${held})`, async () => {
      const dir = mkdtempSync(join(tmpdir(), 'chorus-gwp-holder-'));
      const holder = await startServerProcess(serverArgs(dir), { ...ENV, CHORUS_GATEWAY_PROCESSES: held });
      try {
        for (const processes of ['1', '2']) assert.match(await refusedOn(holder.port, processes), /cannot listen on 127\.0\.0\.1:\d+|cannot listen on [^:]+:\d+/);
      } finally {
        holder.child.kill('SIGTERM');
        await holder.exited;
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }
});
