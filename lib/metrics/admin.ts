import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface AdminChecks {
  /** Prometheus text exposition. */
  metrics(): Promise<string>;
  /** Ready to take traffic: listening, not draining, the store answers. Throws (or rejects) the reason. */
  ready(): Promise<void>;
}

/**
 * The admin port, apart from client traffic: /metrics, /healthz (the process is alive and its
 * event loop turns) and /readyz (it should receive traffic). Plain node:http: a scrape must not
 * compete with client frames in the gateway.
 */
export class AdminServer {
  private server: Server | null = null;

  constructor(private readonly checks: AdminChecks) {}

  listen(host: string, port: number): Promise<number> {
    const server = createServer((req, res) => {
      const path = (req.url ?? '/').split('?')[0];
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { allow: 'GET' }).end();
        return;
      }
      if (path === '/healthz') {
        res.writeHead(200, { 'content-type': 'text/plain' }).end('ok\n');
        return;
      }
      if (path === '/readyz') {
        this.checks.ready().then(
          () => res.writeHead(200, { 'content-type': 'text/plain' }).end('ready\n'),
          (err: unknown) => res.writeHead(503, { 'content-type': 'text/plain' }).end(`not ready: ${err instanceof Error ? err.message : String(err)}\n`),
        );
        return;
      }
      if (path === '/metrics') {
        this.checks.metrics().then(
          (text) => res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4; charset=utf-8' }).end(text),
          () => res.writeHead(500).end(),
        );
        return;
      }
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
    });
    this.server = server;
    return new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => resolve((server.address() as AddressInfo).port));
    });
  }

  close(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server === null) return Promise.resolve();
    server.closeAllConnections();
    return new Promise((resolve) => server.close(() => resolve()));
  }
}
