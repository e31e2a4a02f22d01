/**
 * Two regions of real Chorus node processes on a two-DC Cassandra pair that a test may kill
 * (test/region/region_loss.test.ts): region a on dc1, region b on dc2, each its own ring (its own
 * etcd prefix), mTLS between nodes, one keyspace with a replica in each DC. Users that keep sending
 * with stable client ids, resending the pending one after a reconnect or a move to another region.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';
import { loadConfig } from '../cmd/config.js';
import { DevTokenIssuer } from '../lib/auth/tokens.js';
import { ChorusClient, type WebSocketConstructor } from '../lib/client/mod.js';
import type { AckLedger } from './ledger.js';
import { TestPki } from './cluster/certs.js';
import { TEST_SECRET } from './node.js';
import { type ServerProcess, startServerProcess } from './process.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface RegionSpec {
  name: 'a' | 'b';
  contact: string;
  dc: string;
}

/** The killable pair: CQL addresses from TWO_DC_LOSS_PAIR, the restart script's port from TWO_DC_LOSS_PORT_A. */
export function lossPair(): { a: RegionSpec; b: RegionSpec; portA: string } | null {
  const pair = (process.env['TWO_DC_LOSS_PAIR'] ?? '').split(',').filter((s) => s !== '');
  if (pair.length !== 2 || (process.env['CHORUS_ETCD'] ?? '') === '') return null;
  return { a: { name: 'a', contact: pair[0]!, dc: 'dc1' }, b: { name: 'b', contact: pair[1]!, dc: 'dc2' }, portA: pair[0]!.split(':')[1]! };
}

/** The state file start_two_dc.sh wrote for the pair whose dc1 listens on `portA`. */
function pairState(portA: string): Record<string, string> {
  const cache = process.env['CHORUS_CACHE'] ?? join(process.env['HOME'] ?? '', '.cache/chorus');
  const text = readFileSync(join(cache, 'run', portA === '19042' ? 'cassandra-two-dc.env' : `cassandra-two-dc-${portA}.env`), 'utf8');
  return Object.fromEntries(text.split('\n').filter((l) => l.includes('=')).map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));
}

/** SIGKILLs dc1's Cassandra node of the pair (its pid from its directory). */
export function killDc1(portA: string): void {
  const dir = pairState(portA)['TWO_DC_DIR_A']!;
  const pid = Number(readFileSync(join(dir, 'chorus.pid'), 'utf8').trim());
  process.kill(pid, 'SIGKILL');
}

/** Brings dc1 back on its data (start_two_dc.sh --restart dc1). */
export function restartDc1(portA: string): void {
  const state = pairState(portA);
  execFileSync(join(ROOT, 'scripts/cassandra/start_two_dc.sh'), ['--restart', 'dc1'], {
    env: { ...process.env, TWO_DC_PORT_A: portA, TWO_DC_PORT_B: String(Number(portA) + 1), TWO_DC_DELAY_MS: state['TWO_DC_DELAY_MS'] ?? '60' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

export class RegionNodes {
  readonly procs = new Map<string, ServerProcess>();
  private readonly clients: ChorusClient[] = [];
  private readonly dir = mkdtempSync(join(tmpdir(), 'chorus-region-loss-'));
  private readonly pki = new TestPki(join(this.dir, 'pki'));
  private readonly issuer = new DevTokenIssuer(loadConfig(['--jwt-secret', TEST_SECRET], {}).jwt, 3600);

  /** Its own etcd prefix per keyspace: several sets of regions may run side by side. */
  private readonly prefix: string;

  constructor(
    readonly keyspace: string,
    private readonly extra: readonly string[],
  ) {
    this.prefix = `/chorus-region-loss/${keyspace}-${process.pid}`;
  }

  async start(id: string, r: RegionSpec): Promise<ServerProcess> {
    const tls = this.pki.issue(id, { label: `node-${id}-${this.procs.size}` });
    const other = r.name === 'a' ? 'b' : 'a';
    const args = [
      '--cluster-ca-file', tls.caFile, '--cluster-cert-file', tls.certFile, '--cluster-key-file', tls.keyFile,
      '--host', '127.0.0.1', '--port', '0', '--admin-port', '0', '--grpc-port', '0', '--node-id', id,
      '--etcd-endpoints', process.env['CHORUS_ETCD']!, '--etcd-prefix', `${this.prefix}/${r.name}/`, '--membership-ttl-sec', '2',
      '--store', 'scylla', '--scylla-contact-points', r.contact, '--scylla-local-dc', r.dc, '--scylla-keyspace', this.keyspace,
      '--scylla-request-timeout-ms', '4000', '--scylla-reconnect-max-ms', '1000',
      '--region', r.name, '--regions', `${other}=127.0.0.1:1`, '--region-lease-ms', '4000',
      '--jwt-secret', TEST_SECRET, '--data-dir', join(this.dir, id), '--connect-rate', '100000', '--frame-rate', '100000', '--frame-burst', '100000',
      '--presence-grace-ms', '200', '--drain-grace-ms', '2000', '--ring-settle-ms', '500',
      ...this.extra,
    ];
    const proc = await startServerProcess(args, { CHORUS_LOG_LEVEL: process.env['CHORUS_TEST_LOG_LEVEL'] ?? 'error' }, 60_000);
    this.procs.set(id, proc);
    return proc;
  }

  async kill(id: string): Promise<void> {
    const p = this.procs.get(id);
    if (p === undefined) return;
    p.child.kill('SIGKILL');
    await p.exited;
    this.procs.delete(id);
  }

  async client(user: string, port: number, reconnect: boolean): Promise<ChorusClient> {
    const c = new ChorusClient({
      url: `ws://127.0.0.1:${port}/v1/ws`,
      token: await this.issuer.issue(user),
      deviceId: 'd1',
      WebSocket: WebSocket as unknown as WebSocketConstructor,
      reconnect: reconnect ? { minDelayMs: 50, maxDelayMs: 300 } : false,
      requestTimeoutMs: 6_000,
    });
    this.clients.push(c);
    await c.connect();
    return c;
  }

  /**
   * A reconnecting client, once the node takes the session: right after a failover b's nodes may
   * still be stepping down or back up (their lease lapsed while a was away) and close a new
   * session with 4101/4102; the test waits that out rather than fail on it.
   */
  async clientWhenReady(user: string, port: number, timeoutMs = 30_000): Promise<ChorusClient> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      try {
        return await this.client(user, port, true);
      } catch (err) {
        if (Date.now() > deadline) throw err;
        await new Promise((r) => setTimeout(r, 250));
      }
    }
  }

  /** Milestones since the harness started, for the test's report. */
  readonly t0 = Date.now();
  mark(what: string): void {
    console.log(`# +${((Date.now() - this.t0) / 1000).toFixed(1)} s ${what}`);
  }

  async close(): Promise<void> {
    for (const c of this.clients) c.close();
    for (const id of this.procs.keys()) await this.kill(id);
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** A user sending to one conversation, one message at a time; a failed send is resent with the same client id. */
export class Sender {
  private running = true;
  private n = 0;
  private pending: string | null = null;
  private readonly done: Promise<void>;
  acked = 0;
  failures = 0;
  lastError = '';
  /** When each acknowledgement arrived (ms, wall), for the loss window. */
  readonly ackTimes = new Map<string, number>();

  constructor(
    public client: ChorusClient | null,
    readonly user: string,
    readonly conversationId: string,
    private readonly ledger: AckLedger,
    private readonly pauseMs = 40,
  ) {
    this.done = this.loop();
  }

  /** Resolves once `more` further sends are acknowledged. */
  async ackedMore(more: number, timeoutMs: number): Promise<void> {
    const target = this.acked + more;
    const deadline = Date.now() + timeoutMs;
    while (this.acked < target) {
      if (Date.now() > deadline) throw new Error(`${this.user}: ${more} more acks not seen within ${timeoutMs} ms (acked ${this.acked}, failures ${this.failures}, last: ${this.lastError})`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  stop(): Promise<void> {
    this.running = false;
    return this.done;
  }

  private async loop(): Promise<void> {
    while (this.running) {
      const client = this.client;
      if (client === null) {
        await new Promise((r) => setTimeout(r, 50));
        continue;
      }
      const resend = this.pending !== null;
      const clientId = (this.pending ??= `${this.user}-${this.n++}`);
      try {
        const ack = await client.send(this.conversationId, `${this.user} ${clientId}`, clientId, { resend });
        this.ledger.acked(this.conversationId, clientId, Number(ack.seq));
        this.ackTimes.set(clientId, Date.now());
        this.acked++;
        this.pending = null;
      } catch (err) {
        this.failures++;
        this.lastError = String(err);
        await new Promise((r) => setTimeout(r, 200));
      }
      await new Promise((r) => setTimeout(r, this.pauseMs));
    }
  }
}
