import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import WebSocket from 'ws';
import { DevTokenIssuer } from '../../lib/auth/tokens.js';
import { ChorusClient, type SendAck, type WebSocketConstructor } from '../../lib/client/mod.js';
import { type MessageRecord, SqliteStore } from '../../lib/storage/mod.js';
import { AckLedger, type LogSource } from '../../testing/ledger.js';
import { TEST_SECRET } from '../../testing/node.js';
import { type ServerProcess, startServerProcess } from '../../testing/process.js';

const dir = mkdtempSync(join(tmpdir(), 'chorus-crash-'));
const args = ['--port', '0', '--admin-port', '0', '--data-dir', dir, '--jwt-secret', TEST_SECRET, '--sqlite-sync', 'FULL'];
const issuer = new DevTokenIssuer({ secret: new TextEncoder().encode(TEST_SECRET), issuer: 'chorus', audience: 'chorus', clockToleranceSec: 30 }, 3600);
const USERS = ['alice', 'bob', 'carol'];
const ROUNDS = 4;
/** Sends each user keeps in flight per round; the process is killed long before they are all answered. */
const SENDS_PER_USER = 400;
/** Which conversations (the group, alice–bob, bob–carol) each user sends to. */
const SENDS_TO = [[0, 1], [0, 1, 2], [0, 2]];

async function connect(url: string, user: string): Promise<ChorusClient> {
  const c = new ChorusClient({ url, token: await issuer.issue(user), deviceId: `${user}-d`, WebSocket: WebSocket as unknown as WebSocketConstructor, reconnect: false });
  await c.connect();
  return c;
}

/** The store file itself, read after the process is dead: the truth the acks are checked against. */
function fileLog(store: SqliteStore): LogSource {
  return {
    async log(conversationId: string): Promise<MessageRecord[]> {
      let all: MessageRecord[] = [];
      for (let from = 0; ; ) {
        const page = await store.range(conversationId, { afterSeq: from, limit: 1000 });
        all = all.concat(page);
        if (page.length < 1000) return all;
        from = page[page.length - 1]!.seq;
      }
    },
  };
}

/**
 * One round: the users connect, the first round creates the conversations, then every user keeps
 * SENDS_PER_USER sends in flight; right after the `killAt`-th ack the server is killed. Acks go to
 * the ledger. Returns the conversations and how many acks came.
 */
async function round(server: ServerProcess, n: number, ledger: AckLedger, conversations: string[]): Promise<{ conversations: string[]; acks: number }> {
  const clients = await Promise.all(USERS.map((u) => connect(server.url, u)));
  try {
    if (n === 0) {
      const group = await clients[0]!.createGroup('crash', ['bob', 'carol']);
      const ab = await clients[0]!.createDirect('bob');
      const bc = await clients[1]!.createDirect('carol');
      conversations = [group.id, ab.id, bc.id];
    }
    // Kill right after an ack arrives, at a different count each round, with hundreds of sends in flight.
    const killAt = 150 + n * 61;
    let acks = 0;
    let reached!: () => void;
    const threshold = new Promise<void>((resolve) => (reached = resolve));
    const inflight: Promise<void>[] = [];
    clients.forEach((c, u) => {
      const mine = SENDS_TO[u]!.map((i) => conversations[i]!);
      for (let k = 0; k < SENDS_PER_USER; k++) {
        const onAck = (ack: SendAck): void => {
          ledger.acked(ack.conversationId, ack.clientId, Number(ack.seq));
          if (++acks === killAt) reached();
        };
        inflight.push(c.send(mine[k % mine.length]!, `${USERS[u]} r${n} #${k}`).then(onAck, () => undefined));
      }
    });
    await threshold;
    server.child.kill('SIGKILL');
    assert.equal(await server.exited, 'SIGKILL');
    for (const c of clients) c.close();
    await Promise.allSettled(inflight);
    assert.ok(acks >= killAt, `round ${n}: ${acks} acks`);
    return { conversations, acks };
  } finally {
    for (const c of clients) c.close();
  }
}

describe('a server killed with SIGKILL again and again under load (SQLite FULL, writes on the writer thread)', () => {
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('never loses a message it acknowledged, and every log stays gapless across the restarts', async () => {
    const ledger = new AckLedger();
    let conversations: string[] = [];
    for (let n = 0; n < ROUNDS; n++) {
      const server = await startServerProcess(args);
      try {
        ({ conversations } = await round(server, n, ledger, conversations));
      } finally {
        // Killed in the round already, unless the round failed first: never leave a server behind.
        server.child.kill('SIGKILL');
        await server.exited;
      }
    }
    const store = new SqliteStore({ path: join(dir, 'chorus.db') });
    try {
      const verdict = await ledger.verify(fileLog(store), new Map(conversations.map((id) => [id, []])));
      console.log(`# crash loop: ${ROUNDS} SIGKILLs, ${verdict.acked} acknowledged, ${verdict.stored} stored, lost ${verdict.lost}, gaps ${verdict.gaps}, duplicates ${verdict.duplicates}`);
      assert.deepEqual(verdict.problems, []);
      assert.equal(verdict.lost, 0);
      assert.equal(verdict.gaps, 0);
      assert.equal(verdict.duplicates, 0);
      assert.ok(verdict.acked >= ROUNDS * 150 && verdict.stored >= verdict.acked);
    } finally {
      await store.close();
    }
  });
});
