import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** How a fake service answers its next request. */
export type Answer =
  | 'ok'
  | 'unregistered'
  | 'bad-request'
  /** Never answer (the client times out). */
  | 'hang'
  | { status: 429 | 500 | 503; retryAfter?: string };

/** Scripted answers, consumed one per request; 'ok' when empty. */
export class Script {
  private readonly queue: Answer[] = [];
  push(...answers: Answer[]): void {
    this.queue.push(...answers);
  }
  next(): Answer {
    return this.queue.shift() ?? 'ok';
  }
  get pending(): number {
    return this.queue.length;
  }
}

/** Counts what a fake service accepted, per delivery key (`address|conversation:seq`). */
export class Deliveries {
  private readonly counts = new Map<string, number>();
  add(key: string): void {
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }
  count(key: string): number {
    return this.counts.get(key) ?? 0;
  }
  get total(): number {
    let n = 0;
    for (const c of this.counts.values()) n += c;
    return n;
  }
}

export interface Served {
  origin: string;
  close(): Promise<void>;
}

/** An HTTP/1.1 server on 127.0.0.1 with a random port; close() also ends idle and hanging connections. */
export async function serveHttp(handler: (req: http.IncomingMessage, res: http.ServerResponse) => void | Promise<void>): Promise<Served> {
  const server = http.createServer((req, res) => {
    Promise.resolve(handler(req, res)).catch((err: unknown) => {
      if (!res.headersSent) res.writeHead(500).end(String(err));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Reads a whole request body, refusing more than `limit` bytes. */
export async function readBody(req: http.IncomingMessage, limit = 64 * 1024): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new Error('request body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

export function sendJson(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Throws (the fakes turn it into a 400 and a recorded failure) unless every key of `o` is allowed. */
export function onlyKeys(what: string, o: Record<string, unknown>, allowed: readonly string[]): void {
  for (const k of Object.keys(o)) if (!allowed.includes(k)) throw new ContractViolation(`${what} has unknown field ${k}`);
}

/** A request that breaks the service's documented contract. */
export class ContractViolation extends Error {
  override readonly name = 'ContractViolation';
}
