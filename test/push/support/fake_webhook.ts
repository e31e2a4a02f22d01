import { createHmac, timingSafeEqual } from 'node:crypto';
import { Deliveries, Script, isRecord, readBody, serveHttp } from './serve.js';

/**
 * A custom push gateway behind the webhook. It checks X-Chorus-Signature (HMAC-SHA256 over
 * "<t>.<body>", timestamp within five minutes) with its own code, X-Chorus-Delivery against the
 * body's id, and counts deliveries per id.
 */
export interface FakeWebhook {
  url: string;
  secret: string;
  script: Script;
  /** By idempotency key (the delivery id). */
  deliveries: Deliveries;
  requests: number;
  bodies: Record<string, unknown>[];
  dead: Set<string>;
  violations: string[];
  close(): Promise<void>;
}

export async function startFakeWebhook(options: { now?: () => number } = {}): Promise<FakeWebhook> {
  const now = options.now ?? Date.now;
  const fake: FakeWebhook = {
    url: '',
    secret: 'webhook-secret-webhook-secret-0123456789',
    script: new Script(),
    deliveries: new Deliveries(),
    requests: 0,
    bodies: [],
    dead: new Set(),
    violations: [],
    close: async () => undefined,
  };
  const served = await serveHttp(async (req, res) => {
    fake.requests++;
    const reply = (status: number, headers: Record<string, string> = {}): void => {
      res.writeHead(status, { 'content-length': '0', ...headers }).end();
    };
    const refuse = (status: number, why: string): void => {
      fake.violations.push(why);
      reply(status);
    };
    if (req.method !== 'POST' || req.url !== '/hook') return refuse(404, `${req.method} ${req.url}`);
    if (req.headers['content-type'] !== 'application/json') return refuse(415, 'content-type');
    const raw = await readBody(req);
    const sig = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(String(req.headers['x-chorus-signature'] ?? ''));
    if (!sig) return refuse(401, 'no signature');
    const t = Number(sig[1]);
    if (Math.abs(now() / 1000 - t) > 300) return refuse(401, 'stale signature');
    const expected = createHmac('sha256', fake.secret).update(`${t}.`).update(raw).digest();
    if (!timingSafeEqual(expected, Buffer.from(sig[2]!, 'hex'))) return refuse(401, 'signature mismatch');
    const body = JSON.parse(raw.toString('utf8')) as unknown;
    if (!isRecord(body) || typeof body['id'] !== 'string' || typeof body['token'] !== 'string' || !isRecord(body['notification'])) {
      return refuse(400, 'body shape');
    }
    if (req.headers['x-chorus-delivery'] !== body['id']) return refuse(400, 'X-Chorus-Delivery differs from the body id');
    if (fake.dead.has(body['token'])) return reply(410);
    const answer = fake.script.next();
    if (answer === 'hang') return;
    if (answer === 'unregistered') return reply(410);
    if (answer === 'bad-request') return reply(400);
    if (answer !== 'ok') return reply(answer.status, answer.retryAfter === undefined ? {} : { 'retry-after': answer.retryAfter });
    fake.bodies.push(body);
    fake.deliveries.add(body['id']);
    reply(204);
  });
  fake.url = `${served.origin}/hook`;
  fake.close = served.close;
  return fake;
}
