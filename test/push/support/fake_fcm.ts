import { generateKeyPairSync, randomBytes, type KeyObject } from 'node:crypto';
import type http from 'node:http';
import { decodeProtectedHeader, jwtVerify } from 'jose';
import { FCM_SCOPE, type ServiceAccount } from '../../../lib/push/mod.js';
import { ContractViolation, Deliveries, Script, isRecord, onlyKeys, readBody, sendJson, serveHttp } from './serve.js';

/**
 * Google's OAuth 2.0 token endpoint and the FCM HTTP v1 send API, on one local HTTP/1.1 server.
 * The token endpoint verifies the service account's RS256 assertion with the account's public key
 * before it issues an access token; sends must carry an issued, unexpired token and a v1 message.
 */
export interface FakeFcm {
  origin: string;
  account: ServiceAccount;
  projectId: string;
  script: Script;
  deliveries: Deliveries;
  /** Every accepted v1 `message`, in order. */
  messages: Record<string, unknown>[];
  /** Send requests answered (any status). */
  sendRequests: number;
  tokensIssued: number;
  /** Tokens that are gone: sends to them answer 404 UNREGISTERED. */
  dead: Set<string>;
  /** Contract violations seen; a correct client causes none. */
  violations: string[];
  /** Invalidates every access token issued so far. */
  revokeTokens(): void;
  close(): Promise<void>;
}

const JWT_BEARER = 'urn:ietf:params:oauth:grant-type:jwt-bearer';
const MESSAGE_KEYS = ['name', 'data', 'notification', 'android', 'webpush', 'apns', 'fcm_options', 'token', 'topic', 'condition'];

export async function startFakeFcm(options: { now?: () => number; accessTokenTtlSec?: number; projectId?: string } = {}): Promise<FakeFcm> {
  const now = options.now ?? Date.now;
  const projectId = options.projectId ?? 'chorus-test';
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const tokens = new Map<string, number>();
  let messageId = 0;

  const fake: FakeFcm = {
    origin: '',
    account: undefined as unknown as ServiceAccount,
    projectId,
    script: new Script(),
    deliveries: new Deliveries(),
    messages: [],
    sendRequests: 0,
    tokensIssued: 0,
    dead: new Set(),
    violations: [],
    revokeTokens: () => tokens.clear(),
    close: async () => undefined,
  };

  const served = await serveHttp(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (req.method === 'POST' && url.pathname === '/token') return tokenEndpoint(req, res);
    if (req.method === 'POST' && url.pathname.startsWith('/v1/')) return send(req, res, url.pathname);
    fake.violations.push(`unexpected ${req.method} ${url.pathname}`);
    sendJson(res, 404, { error: { code: 404, status: 'NOT_FOUND', message: 'no such method' } });
  });

  async function tokenEndpoint(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const refuse = (why: string): void => {
      fake.violations.push(`token: ${why}`);
      sendJson(res, 400, { error: 'invalid_grant', error_description: why });
    };
    if (!String(req.headers['content-type']).startsWith('application/x-www-form-urlencoded')) return refuse('content-type');
    const form = new URLSearchParams((await readBody(req)).toString('utf8'));
    if (form.get('grant_type') !== JWT_BEARER) return refuse('grant_type');
    const assertion = form.get('assertion');
    if (!assertion) return refuse('no assertion');
    try {
      const header = decodeProtectedHeader(assertion);
      if (header.alg !== 'RS256' || header.typ !== 'JWT' || header.kid !== fake.account.privateKeyId) return refuse('header');
      const { payload } = await jwtVerify(assertion, publicKey as KeyObject, {
        algorithms: ['RS256'],
        issuer: fake.account.clientEmail,
        audience: fake.account.tokenUri,
        currentDate: new Date(now()),
        requiredClaims: ['iat', 'exp', 'scope'],
      });
      if (typeof payload.scope !== 'string' || !payload.scope.split(' ').includes(FCM_SCOPE)) return refuse('scope');
      if (payload.exp! - payload.iat! > 3600) return refuse('assertion lives longer than an hour');
      if (payload.iat! * 1000 > now() + 60_000) return refuse('iat in the future');
    } catch (err) {
      return refuse(`assertion does not verify: ${String(err)}`);
    }
    const ttl = options.accessTokenTtlSec ?? 3600;
    const token = `ya29.${randomBytes(24).toString('base64url')}`;
    tokens.set(token, now() + ttl * 1000);
    fake.tokensIssued++;
    sendJson(res, 200, { access_token: token, expires_in: ttl, token_type: 'Bearer' });
  }

  async function send(req: http.IncomingMessage, res: http.ServerResponse, path: string): Promise<void> {
    fake.sendRequests++;
    const googleError = (status: number, code: string, message: string, fcmCode?: string, headers: Record<string, string> = {}): void => {
      const details = fcmCode ? [{ '@type': 'type.googleapis.com/google.firebase.fcm.v1.FcmError', errorCode: fcmCode }] : [];
      sendJson(res, status, { error: { code: status, message, status: code, details } }, headers);
    };
    const bearer = /^Bearer (\S+)$/.exec(req.headers.authorization ?? '')?.[1];
    const expires = bearer === undefined ? undefined : tokens.get(bearer);
    if (expires === undefined || expires <= now()) {
      return googleError(401, 'UNAUTHENTICATED', 'Request had invalid authentication credentials.');
    }
    let message: Record<string, unknown>;
    try {
      if (path !== `/v1/projects/${projectId}/messages:send`) throw new ContractViolation(`path ${path}`);
      if (!String(req.headers['content-type']).startsWith('application/json')) throw new ContractViolation('content-type');
      const body = JSON.parse((await readBody(req)).toString('utf8')) as unknown;
      if (!isRecord(body)) throw new ContractViolation('body is not an object');
      onlyKeys('request', body, ['message', 'validate_only']);
      if (!isRecord(body['message'])) throw new ContractViolation('no message');
      message = body['message'];
      checkMessage(message);
    } catch (err) {
      fake.violations.push(`send: ${String(err)}`);
      return googleError(400, 'INVALID_ARGUMENT', String(err), 'INVALID_ARGUMENT');
    }
    const token = message['token'] as string;
    if (fake.dead.has(token)) return googleError(404, 'NOT_FOUND', 'Requested entity was not found.', 'UNREGISTERED');
    const answer = fake.script.next();
    if (answer === 'hang') return;
    if (answer === 'unregistered') return googleError(404, 'NOT_FOUND', 'Requested entity was not found.', 'UNREGISTERED');
    if (answer === 'bad-request') return googleError(400, 'INVALID_ARGUMENT', 'Invalid value at message.android.ttl', 'INVALID_ARGUMENT');
    if (answer !== 'ok') {
      const headers: Record<string, string> = answer.retryAfter === undefined ? {} : { 'retry-after': answer.retryAfter };
      if (answer.status === 429) return googleError(429, 'RESOURCE_EXHAUSTED', 'quota exceeded', 'QUOTA_EXCEEDED', headers);
      if (answer.status === 503) return googleError(503, 'UNAVAILABLE', 'The service is currently unavailable.', 'UNAVAILABLE', headers);
      return googleError(500, 'INTERNAL', 'Internal error encountered.', 'INTERNAL', headers);
    }
    const data = message['data'] as Record<string, string>;
    fake.messages.push(message);
    fake.deliveries.add(`${token}|${data['chorus_conversation']}:${data['chorus_seq']}`);
    sendJson(res, 200, { name: `projects/${projectId}/messages/${++messageId}` });
  }

  fake.origin = served.origin;
  fake.account = {
    projectId,
    clientEmail: `push@${projectId}.iam.gserviceaccount.com`,
    privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }) as string,
    privateKeyId: 'key-1',
    tokenUri: `${served.origin}/token`,
  };
  fake.close = served.close;
  return fake;
}

/** The parts of the v1 Message resource Chorus uses, checked the way the API does. */
function checkMessage(m: Record<string, unknown>): void {
  onlyKeys('message', m, MESSAGE_KEYS);
  const targets = ['token', 'topic', 'condition'].filter((k) => m[k] !== undefined);
  if (targets.length !== 1 || typeof m['token'] !== 'string' || m['token'] === '') throw new ContractViolation('message needs exactly one token');
  if (m['data'] !== undefined) stringMap('data', m['data']);
  if (m['notification'] !== undefined) {
    if (!isRecord(m['notification'])) throw new ContractViolation('notification');
    onlyKeys('notification', m['notification'], ['title', 'body', 'image']);
    stringMap('notification', m['notification']);
  }
  if (m['android'] !== undefined) {
    const a = m['android'];
    if (!isRecord(a)) throw new ContractViolation('android');
    onlyKeys('android', a, ['collapse_key', 'priority', 'ttl', 'restricted_package_name', 'data', 'notification', 'fcm_options', 'direct_boot_ok']);
    if (a['priority'] !== undefined && a['priority'] !== 'normal' && a['priority'] !== 'high') throw new ContractViolation('android.priority');
    if (a['ttl'] !== undefined && (typeof a['ttl'] !== 'string' || !/^\d+(\.\d{1,9})?s$/.test(a['ttl']))) throw new ContractViolation('android.ttl');
    if (a['collapse_key'] !== undefined && typeof a['collapse_key'] !== 'string') throw new ContractViolation('android.collapse_key');
    if (a['notification'] !== undefined) {
      if (!isRecord(a['notification'])) throw new ContractViolation('android.notification');
      const n = a['notification'];
      onlyKeys('android.notification', n, ['title', 'body', 'icon', 'color', 'sound', 'tag', 'click_action', 'channel_id', 'notification_count']);
      if (n['notification_count'] !== undefined && !Number.isInteger(n['notification_count'])) throw new ContractViolation('notification_count');
    }
  }
  if (m['apns'] !== undefined) {
    const a = m['apns'];
    if (!isRecord(a)) throw new ContractViolation('apns');
    onlyKeys('apns', a, ['headers', 'payload', 'fcm_options']);
    if (a['headers'] !== undefined) stringMap('apns.headers', a['headers']);
    if (a['payload'] !== undefined && (!isRecord(a['payload']) || !isRecord(a['payload']['aps']))) throw new ContractViolation('apns.payload.aps');
  }
  if (m['webpush'] !== undefined) {
    const w = m['webpush'];
    if (!isRecord(w)) throw new ContractViolation('webpush');
    onlyKeys('webpush', w, ['headers', 'data', 'notification', 'fcm_options']);
    if (w['headers'] !== undefined) stringMap('webpush.headers', w['headers']);
  }
}

function stringMap(what: string, v: unknown): void {
  if (!isRecord(v)) throw new ContractViolation(`${what} must be a map`);
  for (const [k, x] of Object.entries(v)) if (typeof x !== 'string') throw new ContractViolation(`${what}.${k} must be a string`);
}
