import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Options } from './options.js';

/** The repository's service scripts (scripts/etcd, scripts/cassandra), from dist/bench/lib. */
const SCRIPTS = join(dirname(fileURLToPath(import.meta.url)), '../../../scripts');

/**
 * The services a cluster scenario needs: etcd (membership) and a CQL store (Cassandra standing in
 * for ScyllaDB). Either given — `--etcd=http://127.0.0.1:2379 --cassandra=127.0.0.1:9042`, or the
 * CHORUS_ETCD / CHORUS_CASSANDRA that `npm test` exports, passed in by the scenario — or started
 * here with scripts/etcd/start.sh and scripts/cassandra/start.sh on free ports and stopped by stop().
 * `pids` are the local processes to sample (CPU, RSS) when known: those started here, or the ones
 * named with --service-pids=ETCD_PID,CASSANDRA_PID.
 */
export interface Services {
  etcd: string;
  cassandra: string;
  dc: string;
  pids: { etcd: number | null; cassandra: number | null };
  /** What was started here (the rest was given). */
  started: string[];
  stop(): Promise<void>;
}

export interface ServiceDefaults {
  etcd?: string;
  cassandra?: string;
}

export async function openServices(opts: Options, given: ServiceDefaults, log: (s: string) => void): Promise<Services> {
  const etcdGiven = opts.str('etcd', given.etcd ?? '');
  const cassandraGiven = opts.str('cassandra', given.cassandra ?? '');
  const dc = opts.str('cassandra-dc', 'dc1');
  for (const addr of [etcdGiven, cassandraGiven]) {
    if (addr === '') continue;
    const host = new URL(addr.includes('://') ? addr : `tcp://${addr}`).hostname;
    if (!(host === 'localhost' || host.startsWith('127.'))) throw new Error(`${addr} is not a loopback address: the cluster benchmarks run on 127.0.0.1 only`);
  }
  const [etcdPid, cassandraPid] = opts.list('service-pids').map(Number);
  const stops: (() => Promise<void>)[] = [];
  const started: string[] = [];
  const stop = async (): Promise<void> => {
    for (const s of stops.reverse()) await s().catch((err: unknown) => log(`stopping a service failed: ${String(err)}`));
    stops.length = 0;
  };
  try {
    let etcd = etcdGiven;
    let pidE: number | null = etcdPid ?? null;
    if (etcd === '') {
      log('starting etcd (scripts/etcd/start.sh)');
      const out = await script('etcd/start.sh', { ETCD_PORT: String(await freePort()) });
      const dir = field(out, 'ETCD_DIR');
      stops.push(async () => void (await script('etcd/stop.sh', {}, [dir])));
      etcd = field(out, 'ETCD_ENDPOINT');
      pidE = Number(field(out, 'ETCD_PID'));
      started.push(`etcd ${etcd}`);
    }
    let cassandra = cassandraGiven;
    let pidC: number | null = cassandraPid ?? null;
    if (cassandra === '') {
      // The script derives the storage port as port − 2042; both must be free.
      const port = await freeCassandraPort();
      log(`starting Cassandra on 127.0.0.1:${port} (scripts/cassandra/start.sh; up to a few minutes on a busy machine)`);
      const out = await script('cassandra/start.sh', { CASSANDRA_PORT: String(port), CASSANDRA_DC: dc });
      const dir = field(out, 'CASSANDRA_DIR');
      stops.push(async () => void (await script('cassandra/stop.sh', {}, [dir])));
      cassandra = `127.0.0.1:${field(out, 'CASSANDRA_PORT')}`;
      pidC = Number(field(out, 'CASSANDRA_PID'));
      started.push(`Cassandra ${cassandra}`);
    }
    return { etcd, cassandra, dc, pids: { etcd: pidE, cassandra: pidC }, started, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}

function field(out: string, name: string): string {
  const m = new RegExp(`^${name}=(.*)$`, 'm').exec(out);
  if (m === null) throw new Error(`the service script printed no ${name}: ${out}`);
  return m[1]!;
}

function script(name: string, env: Record<string, string>, args: string[] = []): Promise<string> {
  const child = spawn('bash', [join(SCRIPTS, name), ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve, reject) =>
    child.once('exit', (code) => (code === 0 ? resolve(stdout) : reject(new Error(`scripts/${name} exited ${code}: ${stderr.slice(-2000)}`)))),
  );
}

/** A port on 127.0.0.1 that nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = createServer();
    s.once('error', () => resolve(false));
    s.listen(port, '127.0.0.1', () => s.close(() => resolve(true)));
  });
}

/** A CQL port p in 20000..30000 with p and p − 2042 (the script's storage port) both free. */
async function freeCassandraPort(): Promise<number> {
  for (let i = 0; i < 50; i++) {
    const p = 20_000 + Math.floor(Math.random() * 10_000);
    if ((await portFree(p)) && (await portFree(p - 2042))) return p;
  }
  throw new Error('no free port pair for Cassandra');
}
