import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import WebSocket from 'ws';
import { loadConfig, type ChorusConfig } from '../cmd/config.js';
import { type RunningNode, startNode } from '../cmd/node.js';
import { DevTokenIssuer } from '../lib/auth/tokens.js';
import { ChorusClient, type WebSocketConstructor } from '../lib/client/mod.js';

export const TEST_SECRET = 'test-secret-test-secret-test-secret-0123456789';

export interface TestNode {
  node: RunningNode;
  config: ChorusConfig;
  url: string;
  dataDir: string;
  token(user: string, ttlSec?: number): Promise<string>;
  client(user: string, device?: string, extra?: { autoSync?: boolean; cursors?: [string, number][]; syncPoint?: number }): Promise<ChorusClient>;
  /** Stops the node; keeps the data dir unless `wipe`. */
  stop(wipe?: boolean): Promise<void>;
}

/** An in-process Chorus on a random port with a fresh (or given) data dir. */
export async function startTestNode(args: string[] = [], dataDir?: string): Promise<TestNode> {
  const dir = dataDir ?? mkdtempSync(join(tmpdir(), 'chorus-test-'));
  const config = loadConfig(['--port', '0', '--admin-port', '0', '--connect-rate', '100000', '--data-dir', dir, '--jwt-secret', TEST_SECRET, '--sqlite-sync', 'NORMAL', ...args], {});
  const node = await startNode(config, pino({ level: 'silent' }));
  const issuer = new DevTokenIssuer(config.jwt, 3600);
  const url = `ws://127.0.0.1:${node.port}/v1/ws`;
  const clients: ChorusClient[] = [];
  return {
    node,
    config,
    url,
    dataDir: dir,
    token: (user, ttlSec) => (ttlSec === undefined ? issuer.issue(user) : new DevTokenIssuer(config.jwt, ttlSec).issue(user)),
    async client(user, device = 'dev1', extra = {}) {
      const token = await issuer.issue(user);
      const c = new ChorusClient({
        url,
        token,
        deviceId: device,
        WebSocket: WebSocket as unknown as WebSocketConstructor,
        reconnect: { minDelayMs: 20, maxDelayMs: 200 },
        ...(extra.autoSync !== undefined ? { autoSync: extra.autoSync } : {}),
        ...(extra.cursors !== undefined ? { cursors: extra.cursors } : {}),
        ...(extra.syncPoint !== undefined ? { syncPoint: extra.syncPoint } : {}),
      });
      clients.push(c);
      await c.connect();
      return c;
    },
    async stop(wipe = true) {
      for (const c of clients) c.close();
      await node.stop();
      if (wipe) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Resolves when cond() holds; fails with `what` after the deadline. Polls on the event loop. */
export async function until(cond: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!cond()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}
