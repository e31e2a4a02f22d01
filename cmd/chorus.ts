#!/usr/bin/env node
import { pino } from 'pino';
import { ConfigError, loadConfig, usage } from './config.js';
import { startNode } from './node.js';

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(usage());
    return;
  }
  let config;
  try {
    config = loadConfig(argv, process.env);
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(`chorus: ${err.message}`);
      process.exit(2);
    }
    throw err;
  }
  const log = pino({ level: config.logLevel, base: { pid: process.pid } });
  let node;
  try {
    node = await startNode(config, log);
  } catch (err) {
    console.error(`chorus: cannot start: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  }
  const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${node.port}/`;
  log.info({ port: node.port, dataDir: config.dataDir, dev: config.dev }, 'chorus listening');
  // One machine-readable line for scripts and tests that start us with port 0.
  process.stdout.write(`${JSON.stringify({ chorus: 'listening', port: node.port, url })}\n`);
  if (config.dev) process.stderr.write(`\n  Chorus is running: open ${url} in two browser tabs and log in as two names.\n\n`);

  let stopping = false;
  const shutdown = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    node.stop().then(
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

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
