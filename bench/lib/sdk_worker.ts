/**
 * A client worker process of the load harness that drives real SDK clients (lib/client), for the
 * `cluster` scenario. It answers the same commands as bench/workers/client.ts (bench/lib/messages.ts),
 * so WorkerPool and LoadRunner drive it unchanged; the differences:
 *
 * - each session is a ChorusClient (its outbox, acks, resend on reconnect, gapless in-order
 *   `message` events), so latency is measured as an app sees it: sender's send() → receiver's
 *   `message` event;
 * - the sender stamps its CLOCK_MONOTONIC reading (bench/lib/clock.ts) and its gateway's index into
 *   the text, and the receiver records the latency only for cross-gateway deliveries: the receiving
 *   session sits on another gateway than the sender's. Every delivery still counts as delivered (the
 *   drain and `missing` stay exact). When the gateways are not known — every session connects to the
 *   same URL, such as a balancer's — every delivery is recorded.
 */
import WebSocket from 'ws';
import { DevTokenIssuer } from '../../lib/auth/tokens.js';
import { ChorusClient, type Message, ServerError, type WebSocketConstructor } from '../../lib/client/mod.js';
import { nowUs } from './clock.js';
import type { ConvSpec, FromWorker, SendSpec, UserSpec, WorkerInit } from './messages.js';
import { WorkerMeter, inPool, openSessions } from './worker_meter.js';

const init = JSON.parse(process.argv[2]!) as WorkerInit;
/** Sessions' gateways are known only when every server has its own URL. */
const GATEWAYS_KNOWN = new Set(init.urls).size === init.urls.length;

interface Session {
  client: ChorusClient;
  gateway: number;
}

const sessions: (Session | null)[] = [];
const send = (m: FromWorker): void => {
  process.send!(m);
};

if (init.auth.kind !== 'secret') throw new Error('the SDK worker signs its own tokens: give the servers\' JWT secret');
const issuer = new DevTokenIssuer({ secret: new TextEncoder().encode(init.auth.secret), issuer: 'chorus', audience: 'chorus', clockToleranceSec: 30 }, 86_400);

const meter = new WorkerMeter(send);

function onMessage(s: Session, m: Message): void {
  // Text: "<send µs>|<sender's gateway>|<padding>".
  const text = m.text ?? '';
  const a = text.indexOf('|');
  const b = a <= 0 ? -1 : text.indexOf('|', a + 1);
  if (b <= 0 || meter.phase < 0) return;
  // Deliveries within one gateway count, but only cross-gateway ones are measured.
  meter.delivered(GATEWAYS_KNOWN && Number(text.slice(a + 1, b)) === s.gateway ? null : nowUs() - Number(text.slice(0, a)));
}

async function openOne(user: UserSpec): Promise<Session> {
  const client = new ChorusClient({ url: init.urls[user.server]!, token: await issuer.issue(user.name), deviceId: 'bench', WebSocket: WebSocket as unknown as WebSocketConstructor, requestTimeoutMs: 30_000 });
  const s: Session = { client, gateway: user.server };
  client.on('message', (m) => onMessage(s, m));
  client.on('error', () => undefined);
  try {
    await client.connect();
    return s;
  } catch (err) {
    client.close();
    throw err;
  }
}

async function connect(rid: number, users: UserSpec[], parallel: number): Promise<void> {
  sessions.push(...(await openSessions(rid, users, parallel, openOne, send)));
}

async function create(rid: number, convs: ConvSpec[], parallel: number): Promise<void> {
  const ids: [number, string][] = [];
  let failed = 0;
  let firstError: string | null = null;
  await inPool(convs, parallel, async (conv) => {
    const s = sessions[conv.creator];
    try {
      if (s == null) throw new Error(`no session ${conv.creator}`);
      const made = conv.kind === 1 ? await s.client.createDirect(conv.others[0]!) : await s.client.createGroup(`bench ${conv.key}`, conv.others);
      ids.push([conv.key, made.id]);
    } catch (err) {
      failed++;
      firstError ??= err instanceof Error ? err.message : String(err);
    }
  });
  send({ t: 'created', rid, ids, failed, firstError });
}

let clientSeq = 0;

function sendOne(conv: SendSpec, scheduledUs: number): void {
  const s = sessions[conv.sender];
  if (s == null) {
    meter.noSession();
    return;
  }
  const t = nowUs();
  meter.sent(t - scheduledUs);
  const sendPhase = meter.phase;
  s.client.send(conv.id, `${Math.round(t)}|${s.gateway}|${meter.padding}`, `w${init.index}x${(clientSeq++).toString(36)}`).then(
    () => {
      if (sendPhase === meter.phase) meter.acked(nowUs() - t, conv.members);
    },
    (err: unknown) => {
      if (sendPhase === meter.phase) meter.failed(err instanceof ServerError ? String(err.code) : err instanceof Error ? err.name : 'unknown');
    },
  );
}

meter.serve(init.index, {
  connect,
  create,
  sendOne,
  close() {
    for (const s of sessions) s?.client.close();
  },
}, 4);
