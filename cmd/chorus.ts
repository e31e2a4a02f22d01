#!/usr/bin/env node
import { rmSync } from 'node:fs';
import { pino } from 'pino';
import { type ChorusConfig, type Command, ConfigError, loadConfig, loadMigrateConfig, loadRegionCommandConfig, type MigrateConfig, usage, version } from './config.js';
import { runRegion } from './region.js';
import { runMigrate } from './migrate.js';
import { GatewayProcesses, planGatewayProcesses } from './gateway_processes.js';
import { type RunningNode, startNode } from './node.js';

/** `chorus [serve] [options]`, `chorus migrate [options]` or `chorus region ACTION [options]`. */
async function main(): Promise<void> {
  let argv = process.argv.slice(2);
  let command: Command = 'serve';
  if (argv[0] === 'serve' || argv[0] === 'migrate' || argv[0] === 'region') {
    command = argv[0];
    argv = argv.slice(1);
  }
  if (argv.includes('--version') || argv.includes('-v')) {
    console.log(`chorus ${version()}`);
    return;
  }
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(usage(command));
    return;
  }
  if (command === 'migrate') return migrateCommand(argv);
  if (command === 'region') return regionCommand(argv);
  return serve(argv);
}

/** Bad options: one line on stderr, exit 2. */
function configOrExit<T>(prefix: string, load: () => T): T {
  try {
    return load();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(`${prefix}: ${err.message}`);
      process.exit(2);
    }
    throw err;
  }
}

async function migrateCommand(argv: string[]): Promise<void> {
  const config: MigrateConfig = configOrExit('chorus migrate', () => loadMigrateConfig(argv, process.env));
  try {
    await runMigrate(config, (line) => console.log(`chorus migrate: ${line}`));
  } catch (err) {
    console.error(`chorus migrate: failed: ${oneLine(err)}`);
    process.exit(1);
  }
}

async function regionCommand(argv: string[]): Promise<void> {
  const config = configOrExit('chorus region', () => loadRegionCommandConfig(argv[0] ?? '', argv.slice(1), process.env));
  try {
    await runRegion(config, (line) => console.log(`chorus region: ${line}`));
  } catch (err) {
    console.error(`chorus region: ${config.action} refused or failed: ${oneLine(err)}`);
    process.exit(1);
  }
}

async function serve(argv: string[]): Promise<void> {
  const loaded: ChorusConfig = configOrExit('chorus', () => loadConfig(argv, process.env));
  // More than one gateway process: this one (every role) and gateway-only children on the same port.
  let config = loaded;
  try {
    if (loaded.gatewayProcesses > 1) config = await planGatewayProcesses(loaded);
  } catch (err) {
    console.error(`chorus: ${oneLine(err)}`);
    process.exit(err instanceof ConfigError ? 2 : 1);
  }
  const log = pino({ level: config.logLevel, base: { pid: process.pid } });
  let started: RunningNode | null = null;
  let gateways: GatewayProcesses | null = null;
  try {
    const running = await startNode(config, log);
    started = running;
    if (config.gatewayProcesses > 1) {
      gateways = new GatewayProcesses(config, argv, running.port, { log, registry: running.metrics.registry, setUp: (up) => running.setLocalPeers?.(up) });
      await gateways.start();
    }
  } catch (err) {
    // A gateway process that cannot start stops the whole start: children, this node, the socket directory.
    await gateways?.stop();
    await started?.stop().catch(() => undefined);
    if (config.localPeers !== undefined) rmSync(config.localPeers.dir, { recursive: true, force: true });
    console.error(`chorus: cannot start: ${oneLine(err)}`);
    process.exit(1);
  }
  const node = started;
  const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${node.port}/`;
  // The one startup line, written whatever --log-level says: scripts and tests that start us with
  // port 0 read the ports from it (testing/process.ts).
  log.child({}, { level: 'info' }).info(
    { port: node.port, url, adminPort: node.adminPort, gatewayProcesses: config.gatewayProcesses, childAdminPorts: gateways?.adminPorts(), grpc: node.grpcAddress || undefined, node: config.cluster.nodeId, region: config.region.name || undefined, dataDir: config.dataDir, store: config.store.kind, dev: config.dev, version: version() },
    'chorus listening',
  );
  if (process.stdout.isTTY) process.stdout.write(banner(url, config.dev));

  let stopping = false;
  const shutdown = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    // The children first: their sockets close, then this process drains and stops.
    (gateways?.stop() ?? Promise.resolve()).then(() => node.stop()).then(
      () => process.exit(0),
      (err: unknown) => {
        log.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

/** For a person at a terminal (never in a pipe or a log collector). */
function banner(url: string, dev: boolean): string {
  const next = dev ? `open ${url} in two browser tabs and log in as two names` : `the chat page is at ${url}`;
  return `\n  Chorus ${version()} is running: ${next}.\n  Ctrl-C stops it.\n\n`;
}

/** An error as one line. The driver's "no host available" names each host's own error instead. */
function oneLine(err: unknown): string {
  let e = err;
  while (e instanceof Error && e.cause !== undefined && e.name === 'StoreUnavailableError') e = e.cause;
  const inner = (e as { innerErrors?: unknown } | null)?.innerErrors;
  const text =
    inner !== null && typeof inner === 'object' && Object.keys(inner).length > 0
      ? `no database node could be used: ${Object.entries(inner)
          .map(([host, he]) => `${host} (${he instanceof Error ? he.message : String(he)})`)
          .join(', ')}`
      : err instanceof Error
        ? err.message
        : String(err);
  return text.replace(/\s*\n\s*/g, ' ');
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
