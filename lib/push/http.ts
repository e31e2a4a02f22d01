import http from 'node:http';
import type { IncomingHttpHeaders } from 'node:http';
import https from 'node:https';
import { PushTransportError } from './errors.js';
import type { PushRetry } from './provider.js';

export interface HttpAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export interface HttpPost {
  url: URL;
  headers: Readonly<Record<string, string>>;
  body: Buffer | string;
  signal: AbortSignal;
}

export interface HttpTransportOptions {
  /** Connections per origin. */
  maxSockets?: number;
  /** Answers larger than this fail with RESPONSE_TOO_LARGE (the services answer in a few hundred bytes). */
  maxResponseBytes?: number;
}

/**
 * HTTP/1.1 POSTs with keep-alive for the providers that speak HTTP/1.1 (FCM and its token
 * endpoint, Web Push, webhooks). Every request is bound to an AbortSignal; failures without an
 * HTTP answer reject with PushTransportError. One instance per provider, closed with it.
 */
export class HttpTransport {
  private readonly httpAgent: http.Agent;
  private readonly httpsAgent: https.Agent;
  private readonly maxResponseBytes: number;

  constructor(options: HttpTransportOptions = {}) {
    const agentOptions = { keepAlive: true, maxSockets: options.maxSockets ?? 32 };
    this.httpAgent = new http.Agent(agentOptions);
    this.httpsAgent = new https.Agent(agentOptions);
    this.maxResponseBytes = options.maxResponseBytes ?? 64 * 1024;
  }

  post(req: HttpPost): Promise<HttpAnswer> {
    return new Promise<HttpAnswer>((resolve, reject) => {
      let written = false;
      let answered = false;
      const fail = (err: unknown): void => {
        if (err instanceof PushTransportError) {
          reject(err);
          return;
        }
        // A kept-alive socket the server closed as idle just as we wrote: the request was not
        // processed (Node's documented retry case), so it is not ambiguous.
        const staleSocket = request.reusedSocket && !answered && (err as { code?: string }).code === 'ECONNRESET';
        const sent = written && !staleSocket;
        if (req.signal.aborted) reject(new PushTransportError('TIMEOUT', `request to ${req.url.host} cancelled`, sent, { cause: err }));
        else reject(new PushTransportError('NETWORK', `request to ${req.url.host} failed: ${String(err)}`, sent, { cause: err }));
      };
      if (req.signal.aborted) {
        reject(new PushTransportError('TIMEOUT', `request to ${req.url.host} cancelled before sending`, false, { cause: req.signal.reason }));
        return;
      }
      const secure = req.url.protocol === 'https:';
      const body = typeof req.body === 'string' ? Buffer.from(req.body) : req.body;
      const request = (secure ? https : http).request(
        req.url,
        {
          method: 'POST',
          headers: { ...req.headers, 'content-length': String(body.length) },
          agent: secure ? this.httpsAgent : this.httpAgent,
          signal: req.signal,
        },
        (res) => {
          answered = true;
          const chunks: Buffer[] = [];
          let size = 0;
          const onData = (chunk: Buffer): void => {
            size += chunk.length;
            if (size > this.maxResponseBytes) {
              res.off('data', onData);
              reject(new PushTransportError('RESPONSE_TOO_LARGE', `answer from ${req.url.host} exceeds ${this.maxResponseBytes} bytes`, true));
              request.destroy();
              return;
            }
            chunks.push(chunk);
          };
          res.on('data', onData);
          res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
          res.on('error', fail);
        },
      );
      request.on('finish', () => {
        written = true;
      });
      request.on('error', fail);
      request.end(body);
    });
  }

  close(): void {
    this.httpAgent.destroy();
    this.httpsAgent.destroy();
  }
}

/**
 * Retry-After (RFC 9110 §10.2.3): delay-seconds or an HTTP date. Returns ms from `now`, or
 * undefined when the header is absent or unreadable.
 */
export function parseRetryAfter(value: string | readonly string[] | undefined, now: number): number | undefined {
  const v = (Array.isArray(value) ? value[0] : value)?.trim();
  if (v === undefined || v === '') return undefined;
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  // HTTP dates start with a day name ("Sun, 06 Nov 1994 08:49:37 GMT"); anything else is not one.
  if (!/^[A-Za-z]{3,9},? /.test(v)) return undefined;
  const at = Date.parse(v);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** The outcome for a request that got no answer. Anything but a transport failure is a bug and is rethrown. */
export function transportFailure(err: unknown): PushRetry {
  if (!(err instanceof PushTransportError)) throw err;
  const reason = err.code === 'TIMEOUT' ? 'timeout' : err.code === 'NETWORK' ? 'network' : 'bad-response';
  return err.sent ? { kind: 'retry', reason, ambiguous: true } : { kind: 'retry', reason };
}

/** A header value as one string. */
export function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const v = headers[name];
  return Array.isArray(v) ? v[0] : v;
}

/** Parses a JSON answer body; undefined for an empty or non-JSON body (services are not always kind). */
export function jsonBody(body: Buffer): unknown {
  if (body.length === 0) return undefined;
  try {
    return JSON.parse(body.toString('utf8')) as unknown;
  } catch {
    return undefined;
  }
}
