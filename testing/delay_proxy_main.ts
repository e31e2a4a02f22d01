/**
 * Runs delaying TCP proxies as a process, for scripts (scripts/cassandra/start_two_dc.sh puts one in
 * front of each Cassandra node's storage port so that inter-DC traffic pays the distance):
 *
 *   node dist/testing/delay_proxy_main.js --delay-ms 30 LISTEN_HOST:PORT=TARGET_HOST:PORT ...
 *
 * Prints one line `delay-proxy listening LISTEN -> TARGET (N ms)` per route once all listen, then
 * runs until SIGTERM or SIGINT. Exit 2: bad arguments; 1: a route could not listen.
 */
import { DelayProxy } from './delay_proxy.js';

interface Route {
  listenHost: string;
  listenPort: number;
  targetHost: string;
  targetPort: number;
}

function hostPort(text: string): [string, number] {
  const m = /^([^:\s]+):(\d{1,5})$/.exec(text);
  if (!m || Number(m[2]) > 65535) throw new Error(`expected HOST:PORT, got "${text}"`);
  return [m[1]!, Number(m[2])];
}

function parse(argv: readonly string[]): { delayMs: number; routes: Route[] } {
  let delayMs = 0;
  const routes: Route[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--delay-ms') {
      delayMs = Number(argv[++i]);
      if (!Number.isFinite(delayMs) || delayMs < 0) throw new Error(`--delay-ms needs a number >= 0, got "${argv[i]}"`);
      continue;
    }
    const [listen, target] = a.split('=');
    if (listen === undefined || target === undefined) throw new Error(`expected LISTEN_HOST:PORT=TARGET_HOST:PORT, got "${a}"`);
    const [listenHost, listenPort] = hostPort(listen);
    const [targetHost, targetPort] = hostPort(target);
    routes.push({ listenHost, listenPort, targetHost, targetPort });
  }
  if (routes.length === 0) throw new Error('no routes given');
  return { delayMs, routes };
}

async function main(): Promise<void> {
  let args: ReturnType<typeof parse>;
  try {
    args = parse(process.argv.slice(2));
  } catch (err) {
    console.error(`delay-proxy: ${(err as Error).message}\nusage: delay_proxy_main.js --delay-ms N LISTEN_HOST:PORT=TARGET_HOST:PORT ...`);
    process.exit(2);
  }
  const proxies: DelayProxy[] = [];
  try {
    for (const r of args.routes) proxies.push(await DelayProxy.start({ ...r, delayMs: args.delayMs }));
  } catch (err) {
    console.error(`delay-proxy: ${(err as Error).message}`);
    process.exit(1);
  }
  for (const p of proxies) {
    const r = args.routes[proxies.indexOf(p)]!;
    console.log(`delay-proxy listening ${p.endpoint} -> ${r.targetHost}:${r.targetPort} (${args.delayMs} ms)`);
  }
  const stop = (): void => {
    void Promise.all(proxies.map((p) => p.close())).then(() => process.exit(0));
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

void main();
