import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import http2 from 'node:http2';
import type { AddressInfo } from 'node:net';
import { decodeProtectedHeader, jwtVerify } from 'jose';
import { Deliveries, Script, isRecord } from './serve.js';

/**
 * APNs' provider API over cleartext HTTP/2 (h2c) on 127.0.0.1. It verifies the ES256 provider
 * token with the team's public key (kid, iss, iat no older than an hour), checks the apns-*
 * headers and the payload as Apple documents them, and answers in APNs' JSON error format.
 */
export interface FakeApns {
  origin: string;
  teamId: string;
  keyId: string;
  topic: string;
  /** The .p8 key (PKCS#8 PEM) the provider signs with. */
  signingKey: string;
  script: Script;
  deliveries: Deliveries;
  requests: number;
  /** Accepted pushes: headers and payload. */
  accepted: { token: string; headers: http2.IncomingHttpHeaders; payload: Record<string, unknown> }[];
  /** Distinct provider tokens seen. */
  providerTokens: Set<string>;
  /** Device tokens that are gone: 410 Unregistered. */
  dead: Set<string>;
  violations: string[];
  close(): Promise<void>;
}

const PUSH_TYPES = ['alert', 'background', 'voip', 'complication', 'fileprovider', 'mdm', 'location', 'liveactivity'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export async function startFakeApns(options: { now?: () => number; topic?: string } = {}): Promise<FakeApns> {
  const now = options.now ?? Date.now;
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const server = http2.createServer();
  const sessions = new Set<http2.ServerHttp2Session>();
  server.on('session', (s) => {
    sessions.add(s);
    s.on('close', () => sessions.delete(s));
  });

  const fake: FakeApns = {
    origin: '',
    teamId: 'TEAM123456',
    keyId: 'KEY1234567',
    topic: options.topic ?? 'com.example.chorus',
    signingKey: privateKey.export({ type: 'pkcs8', format: 'pem' }) as string,
    script: new Script(),
    deliveries: new Deliveries(),
    requests: 0,
    accepted: [],
    providerTokens: new Set(),
    dead: new Set(),
    violations: [],
    close: async () => undefined,
  };

  server.on('stream', (stream, headers) => {
    const chunks: Buffer[] = [];
    stream.on('data', (c: Buffer) => chunks.push(c));
    stream.on('end', () => {
      void handle(stream, headers, Buffer.concat(chunks));
    });
  });

  async function handle(stream: http2.ServerHttp2Stream, h: http2.IncomingHttpHeaders, body: Buffer): Promise<void> {
    fake.requests++;
    const apnsId = typeof h['apns-id'] === 'string' ? h['apns-id'] : '00000000-0000-4000-8000-000000000000';
    const answer = (status: number, reason?: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}): void => {
      if (stream.destroyed) return;
      if (reason === undefined) {
        stream.respond({ ':status': status, 'apns-id': apnsId, ...headers });
        stream.end();
        return;
      }
      const text = JSON.stringify({ reason, ...extra });
      stream.respond({ ':status': status, 'apns-id': apnsId, 'content-type': 'application/json', ...headers });
      stream.end(text);
    };
    const violation = (status: number, reason: string, why: string): void => {
      fake.violations.push(`${reason}: ${why}`);
      answer(status, reason);
    };

    if (h[':method'] !== 'POST') return violation(405, 'MethodNotAllowed', String(h[':method']));
    const path = /^\/3\/device\/([^/]+)$/.exec(String(h[':path']));
    if (!path) return violation(404, 'BadPath', String(h[':path']));
    const token = path[1]!;
    if (!/^(?:[0-9a-f]{2}){32,100}$/.test(token)) return violation(400, 'BadDeviceToken', token);

    const auth = /^bearer (\S+)$/.exec(String(h['authorization'] ?? ''))?.[1];
    if (auth === undefined) return violation(403, 'MissingProviderToken', 'no authorization');
    try {
      const header = decodeProtectedHeader(auth);
      if (header.alg !== 'ES256' || header.kid !== fake.keyId) return violation(403, 'InvalidProviderToken', 'header');
      const { payload } = await jwtVerify(auth, publicKey as KeyObject, { algorithms: ['ES256'], issuer: fake.teamId, currentDate: new Date(now()) });
      const claims = Object.keys(payload).sort().join(',');
      if (claims !== 'iat,iss') return violation(403, 'InvalidProviderToken', `claims ${claims}`);
      const age = now() / 1000 - (payload.iat as number);
      if (age > 3600) return violation(403, 'ExpiredProviderToken', `iat ${age}s old`);
      if (age < -60) return violation(403, 'InvalidProviderToken', 'iat in the future');
    } catch (err) {
      return violation(403, 'InvalidProviderToken', `does not verify: ${String(err)}`);
    }
    fake.providerTokens.add(auth);

    const topic = h['apns-topic'];
    if (topic === undefined) return violation(400, 'MissingTopic', 'no apns-topic');
    if (topic !== fake.topic) return violation(400, 'DeviceTokenNotForTopic', String(topic));
    const pushType = String(h['apns-push-type']);
    if (!PUSH_TYPES.includes(pushType)) return violation(400, 'InvalidPushType', pushType);
    const priority = h['apns-priority'];
    if (priority !== undefined && !['1', '5', '10'].includes(String(priority))) return violation(400, 'BadPriority', String(priority));
    if (pushType === 'background' && priority !== '5') return violation(400, 'BadPriority', 'background needs priority 5');
    const expiration = h['apns-expiration'];
    if (expiration !== undefined && !/^\d+$/.test(String(expiration))) return violation(400, 'BadExpirationDate', String(expiration));
    const collapse = h['apns-collapse-id'];
    if (collapse !== undefined && Buffer.byteLength(String(collapse)) > 64) return violation(400, 'BadCollapseId', String(collapse));
    if (h['apns-id'] !== undefined && !UUID.test(String(h['apns-id']))) return violation(400, 'BadMessageId', String(h['apns-id']));

    if (body.length === 0) return violation(400, 'PayloadEmpty', 'empty body');
    if (body.length > 4096) return violation(413, 'PayloadTooLarge', `${body.length} bytes`);
    let payload: unknown;
    try {
      payload = JSON.parse(body.toString('utf8'));
    } catch {
      return violation(400, 'BadPayload', 'not JSON');
    }
    if (!isRecord(payload) || !isRecord(payload['aps'])) return violation(400, 'BadPayload', 'no aps dictionary');
    const aps = payload['aps'];
    if (pushType === 'background') {
      if (aps['content-available'] !== 1) return violation(400, 'BadPayload', 'background push without content-available');
      if (aps['alert'] !== undefined || aps['sound'] !== undefined || aps['badge'] !== undefined) {
        return violation(400, 'BadPayload', 'background push with alert, sound or badge');
      }
    }
    if (pushType === 'alert' && aps['alert'] === undefined) return violation(400, 'BadPayload', 'alert push without alert');
    if (aps['badge'] !== undefined && !Number.isInteger(aps['badge'])) return violation(400, 'BadPayload', 'badge not an integer');

    if (fake.dead.has(token)) return answer(410, 'Unregistered', { timestamp: now() });
    const scripted = fake.script.next();
    if (scripted === 'hang') return;
    if (scripted === 'unregistered') return answer(410, 'Unregistered', { timestamp: now() });
    if (scripted === 'bad-request') return answer(400, 'DeviceTokenNotForTopic');
    if (scripted !== 'ok') {
      const headers: Record<string, string> = scripted.retryAfter === undefined ? {} : { 'retry-after': scripted.retryAfter };
      const reason = scripted.status === 429 ? 'TooManyRequests' : scripted.status === 503 ? 'ServiceUnavailable' : 'InternalServerError';
      return answer(scripted.status, reason, {}, headers);
    }
    fake.accepted.push({ token, headers: h, payload });
    fake.deliveries.add(`${token}|${String(payload['chorus_conversation'])}:${String(payload['chorus_seq'])}`);
    answer(200);
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fake.origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  fake.close = () =>
    new Promise<void>((resolve) => {
      for (const s of sessions) s.destroy();
      server.close(() => resolve());
    });
  return fake;
}
