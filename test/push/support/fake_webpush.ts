import { createECDH, createPublicKey, randomBytes } from 'node:crypto';
import type http from 'node:http';
import { decodeProtectedHeader, jwtVerify } from 'jose';
import type { WebPushTarget } from '../../../lib/push/mod.js';
import { Deliveries, Script, readBody, serveHttp } from './serve.js';
import { decryptWebPush } from './webpush_decrypt.js';

/**
 * A Web Push service (RFC 8030) on 127.0.0.1. Subscriptions are made here, like a browser would,
 * with their own P-256 key and auth secret. A push must carry TTL, a valid Urgency and Topic,
 * Content-Encoding aes128gcm and VAPID (RFC 8292) whose key is the one the subscription was made
 * with and whose JWT verifies; the body is DECRYPTED with the subscription's private key.
 */
export interface FakeWebPush {
  origin: string;
  script: Script;
  deliveries: Deliveries;
  requests: number;
  /** Decrypted payloads with the headers they came with. */
  received: { subscription: string; headers: http.IncomingHttpHeaders; payload: Record<string, unknown> }[];
  /** Distinct VAPID JWTs seen. */
  vapidTokens: Set<string>;
  violations: string[];
  /** A new subscription for `applicationServerKey` (base64url). */
  subscribe(applicationServerKey: string): WebPushTarget;
  /** Subscriptions that were cancelled: 410 Gone. */
  dead: Set<string>;
  close(): Promise<void>;
}

interface Subscription {
  id: string;
  privateKey: Buffer;
  auth: Buffer;
  applicationServerKey: string;
}

export async function startFakeWebPush(options: { now?: () => number } = {}): Promise<FakeWebPush> {
  const now = options.now ?? Date.now;
  const subscriptions = new Map<string, Subscription>();
  let messages = 0;

  const fake: FakeWebPush = {
    origin: '',
    script: new Script(),
    deliveries: new Deliveries(),
    requests: 0,
    received: [],
    vapidTokens: new Set(),
    violations: [],
    dead: new Set(),
    subscribe: () => {
      throw new Error('not started');
    },
    close: async () => undefined,
  };

  const served = await serveHttp(async (req, res) => {
    fake.requests++;
    const refuse = (status: number, why: string): void => {
      fake.violations.push(`${status}: ${why}`);
      res.writeHead(status, { 'content-type': 'text/plain' }).end(why);
    };
    const id = /^\/push\/([A-Za-z0-9_-]+)$/.exec(new URL(req.url ?? '/', 'http://x').pathname)?.[1];
    const sub = id === undefined ? undefined : subscriptions.get(id);
    if (req.method !== 'POST' || sub === undefined) return refuse(404, `no subscription at ${req.url}`);

    const ttl = req.headers['ttl'];
    if (typeof ttl !== 'string' || !/^\d+$/.test(ttl)) return refuse(400, 'TTL header missing or not a number');
    const urgency = req.headers['urgency'];
    if (urgency !== undefined && !['very-low', 'low', 'normal', 'high'].includes(String(urgency))) return refuse(400, `Urgency ${urgency}`);
    const topic = req.headers['topic'];
    if (topic !== undefined && !/^[A-Za-z0-9_-]{1,32}$/.test(String(topic))) return refuse(400, `Topic ${topic}`);
    if (req.headers['content-encoding'] !== 'aes128gcm') return refuse(415, `Content-Encoding ${req.headers['content-encoding']}`);

    const vapid = /^vapid t=([A-Za-z0-9_.-]+),\s*k=([A-Za-z0-9_-]+)$/.exec(req.headers.authorization ?? '');
    if (!vapid) return refuse(401, 'no VAPID authorization');
    const [, jwt, k] = vapid as unknown as [string, string, string];
    if (k !== sub.applicationServerKey) return refuse(403, 'VAPID key is not the subscription’s applicationServerKey');
    try {
      const header = decodeProtectedHeader(jwt);
      if (header.alg !== 'ES256' || header.typ !== 'JWT') return refuse(401, 'VAPID header');
      const key = Buffer.from(k, 'base64url');
      const publicKey = createPublicKey({
        format: 'jwk',
        key: { kty: 'EC', crv: 'P-256', x: key.subarray(1, 33).toString('base64url'), y: key.subarray(33).toString('base64url') },
      });
      const { payload } = await jwtVerify(jwt, publicKey, {
        algorithms: ['ES256'],
        audience: fake.origin,
        currentDate: new Date(now()),
        requiredClaims: ['exp', 'sub'],
      });
      if (payload.exp! > now() / 1000 + 24 * 3600) return refuse(401, 'VAPID exp more than 24 h ahead');
      if (!/^(mailto:|https:)/.test(String(payload.sub))) return refuse(401, 'VAPID sub');
    } catch (err) {
      return refuse(401, `VAPID JWT does not verify: ${String(err)}`);
    }
    fake.vapidTokens.add(jwt);

    const body = await readBody(req);
    let payload: Record<string, unknown>;
    try {
      payload = JSON.parse(decryptWebPush(body, sub.privateKey, sub.auth).toString('utf8')) as Record<string, unknown>;
    } catch (err) {
      return refuse(400, `payload does not decrypt: ${String(err)}`);
    }
    if (fake.dead.has(sub.id)) return respond(res, 410);
    const answer = fake.script.next();
    if (answer === 'hang') return;
    if (answer === 'unregistered') return respond(res, 410);
    if (answer === 'bad-request') return respond(res, 400);
    if (answer !== 'ok') return respond(res, answer.status, answer.retryAfter === undefined ? {} : { 'retry-after': answer.retryAfter });
    fake.received.push({ subscription: sub.id, headers: req.headers, payload });
    fake.deliveries.add(`${sub.id}|${String(payload['conversationId'])}:${String(payload['seq'])}`);
    respond(res, 201, { location: `${fake.origin}/message/${++messages}` });
  });

  fake.origin = served.origin;
  fake.close = served.close;
  fake.subscribe = (applicationServerKey) => {
    const ecdh = createECDH('prime256v1');
    ecdh.generateKeys();
    const sub: Subscription = { id: randomBytes(12).toString('base64url'), privateKey: ecdh.getPrivateKey(), auth: randomBytes(16), applicationServerKey };
    subscriptions.set(sub.id, sub);
    return {
      platform: 'webpush',
      endpoint: `${served.origin}/push/${sub.id}`,
      keys: { p256dh: ecdh.getPublicKey().toString('base64url'), auth: sub.auth.toString('base64url') },
    };
  };
  return fake;
}

/** The fake's id of a subscription target. */
export function subscriptionId(target: WebPushTarget): string {
  return target.endpoint.slice(target.endpoint.lastIndexOf('/') + 1);
}

function respond(res: http.ServerResponse, status: number, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-length': '0', ...headers }).end();
}
