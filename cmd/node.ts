import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from 'pino';
import { ActorSystem } from '../lib/actors/mod.js';
import { DevTokenIssuer, JwtVerifier } from '../lib/auth/tokens.js';
import { LocalChatService } from '../lib/chat/local_service.js';
import { Gateway } from '../lib/gateway/server.js';
import { loadStaticFiles } from '../lib/gateway/static.js';
import { CloseCode } from '../lib/protocol/mod.js';
import { SqliteStore } from '../lib/storage/mod.js';
import type { ChorusConfig } from './config.js';

export interface RunningNode {
  port: number;
  gateway: Gateway;
  system: ActorSystem;
  /** Closes sockets (clients reconnect elsewhere), stops actors, closes the store. */
  stop(): Promise<void>;
}

/** Wires a whole single-process Chorus (gateway + conversation host) on the embedded store. */
export async function startNode(config: ChorusConfig, log: Logger): Promise<RunningNode> {
  mkdirSync(config.dataDir, { recursive: true });
  const store = new SqliteStore({ path: join(config.dataDir, 'chorus.db'), synchronous: config.sqlite.synchronous });
  const system = new ActorSystem();
  const verifier = new JwtVerifier(config.jwt);
  const gateway = new Gateway(
    {
      host: config.host,
      port: config.port,
      limits: config.limits,
      idleTimeoutSec: config.gateway.idleTimeoutSec,
      maxBackpressureBytes: config.gateway.maxBackpressureBytes,
      devTokens: config.dev ? new DevTokenIssuer(config.jwt, config.jwt.devTokenTtlSec) : null,
      staticFiles: loadStaticFiles(config.webDir, ['index.html', 'app.js']),
    },
    { verifier, log: log.child({ module: 'gateway' }), now: Date.now },
  );
  const actorLog = log.child({ module: 'actors' });
  const service = new LocalChatService({
    system,
    store,
    fanout: gateway.fanout,
    limits: config.limits,
    passivateAfterMs: config.actors.passivateAfterMs,
    mailboxCapacity: config.actors.mailboxCapacity,
    onActorFailure: (key, err, restarts) => actorLog.warn({ conversation: key, err, restarts }, 'conversation actor failed; restarting'),
  });
  let port: number;
  try {
    port = await gateway.listen(service);
  } catch (err) {
    await store.close();
    system.shutdown();
    throw err;
  }
  let stopped = false;
  return {
    port,
    gateway,
    system,
    async stop() {
      if (stopped) return;
      stopped = true;
      gateway.close(CloseCode.GOING_AWAY, 'server shutting down');
      // Let in-flight group commits finish so that nothing acknowledged is cut short.
      await waitForIdle(system, 5_000);
      system.shutdown();
      await store.close();
    },
  };
}

async function waitForIdle(system: ActorSystem, deadlineMs: number): Promise<void> {
  const until = Date.now() + deadlineMs;
  while (Date.now() < until && system.snapshot().some((s) => s.queued > 0)) {
    await new Promise((r) => setImmediate(r));
  }
}
