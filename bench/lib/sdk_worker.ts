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
import { encodeHistogram, newHistogram } from './histogram.js';
import type { ConvSpec, Counters, FromWorker, SendSpec, ToWorker, UserSpec, WorkerInit } from './messages.js';

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

let phase = -1;
const c: Counters = { phase: -1, sendingDone: true, sent: 0, acked: 0, errors: 0, delivered: 0, expected: 0, receipts: 0, errorCodes: {} };
let secSent = 0;
let secAcked = 0;
let secDelivered = 0;
let lat = newHistogram();
let ackLat = newHistogram();
let lag = newHistogram();
let t0 = 0;
let lastSec = 0;
let tickTimer: NodeJS.Timeout | null = null;
let pumpTimer: NodeJS.Timeout | null = null;
let padding = '';

function onMessage(s: Session, m: Message): void {
  // Text: "<send µs>|<sender's gateway>|<padding>".
  const text = m.text ?? '';
  const a = text.indexOf('|');
  const b = a <= 0 ? -1 : text.indexOf('|', a + 1);
  if (b <= 0 || phase < 0) return;
  c.delivered++;
  secDelivered++;
  if (GATEWAYS_KNOWN && Number(text.slice(a + 1, b)) === s.gateway) return;
  lat.recordValue(Math.max(1, Math.round(nowUs() - Number(text.slice(0, a)))));
}

async function pool<T>(items: T[], parallel: number, fn: (item: T, i: number) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      await fn(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(parallel, items.length) }, lane));
}

async function connect(rid: number, users: UserSpec[], parallel: number): Promise<void> {
  const hist = newHistogram();
  let failed = 0;
  let firstError: string | null = null;
  const start = nowUs();
  const slots: (Session | null)[] = Array.from({ length: users.length }, () => null);
  await pool(users, parallel, async (user, i) => {
    const t = nowUs();
    const client = new ChorusClient({ url: init.urls[user.server]!, token: await issuer.issue(user.name), deviceId: 'bench', WebSocket: WebSocket as unknown as WebSocketConstructor, requestTimeoutMs: 30_000 });
    const s: Session = { client, gateway: user.server };
    client.on('message', (m) => onMessage(s, m));
    client.on('error', () => undefined);
    try {
      await client.connect();
      slots[i] = s;
      hist.recordValue(Math.max(1, Math.round(nowUs() - t)));
    } catch (err) {
      client.close();
      failed++;
      firstError ??= err instanceof Error ? err.message : String(err);
    }
  });
  sessions.push(...slots);
  send({ t: 'connected', rid, ready: users.length - failed, failed, ms: (nowUs() - start) / 1000, connectHist: encodeHistogram(hist), firstError });
}

async function create(rid: number, convs: ConvSpec[], parallel: number): Promise<void> {
  const ids: [number, string][] = [];
  let failed = 0;
  let firstError: string | null = null;
  await pool(convs, parallel, async (conv) => {
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

let plan: SendSpec[] = [];
let cumulative = new Float64Array(0);

function setPlan(convs: SendSpec[]): void {
  plan = convs;
  cumulative = new Float64Array(convs.length);
  let sum = 0;
  convs.forEach((cv, i) => {
    sum += cv.weight;
    cumulative[i] = sum;
  });
}

function pick(): SendSpec {
  const x = Math.random() * cumulative[cumulative.length - 1]!;
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cumulative[mid]! > x) hi = mid;
    else lo = mid + 1;
  }
  return plan[lo]!;
}

let clientSeq = 0;

function sendOne(conv: SendSpec, scheduledUs: number): void {
  const s = sessions[conv.sender];
  c.sent++;
  secSent++;
  if (s == null) {
    c.errors++;
    return;
  }
  const t = nowUs();
  lag.recordValue(Math.max(1, Math.round(t - scheduledUs)));
  const sendPhase = phase;
  s.client.send(conv.id, `${Math.round(t)}|${s.gateway}|${padding}`, `w${init.index}x${(clientSeq++).toString(36)}`).then(
    () => {
      if (sendPhase !== phase) return;
      ackLat.recordValue(Math.max(1, Math.round(nowUs() - t)));
      c.acked++;
      secAcked++;
      c.expected += conv.members;
    },
    (err: unknown) => {
      if (sendPhase !== phase) return;
      c.errors++;
      const code = err instanceof ServerError ? String(err.code) : err instanceof Error ? err.name : 'unknown';
      c.errorCodes[code] = (c.errorCodes[code] ?? 0) + 1;
    },
  );
}

function flushTick(sec: number): void {
  send({ t: 'tick', phase, sec, sent: secSent, acked: secAcked, delivered: secDelivered, lat: encodeHistogram(lat), ack: encodeHistogram(ackLat), lag: encodeHistogram(lag) });
  secSent = secAcked = secDelivered = 0;
  lat.reset();
  ackLat.reset();
  lag.reset();
}

function scheduleTick(sec: number): void {
  const due = t0 + (sec + 1) * 1e6;
  tickTimer = setTimeout(() => {
    flushTick(sec);
    scheduleTick(sec + 1);
  }, Math.max(0, (due - nowUs()) / 1000));
}

function load(m: Extract<ToWorker, { t: 'load' }>): void {
  phase = m.phase;
  padding = 'x'.repeat(Math.max(0, m.textBytes - String(Math.round(nowUs())).length - 4));
  Object.assign(c, { phase, sendingDone: false, sent: 0, acked: 0, errors: 0, delivered: 0, expected: 0, receipts: 0, errorCodes: {} });
  secSent = secAcked = secDelivered = 0;
  lat = newHistogram();
  ackLat = newHistogram();
  lag = newHistogram();
  t0 = m.t0Us;
  lastSec = Math.max(0, Math.ceil(m.seconds) - 1);
  const end = t0 + m.seconds * 1e6;
  const interval = m.rate > 0 && plan.length > 0 ? 1e6 / m.rate : Infinity;
  scheduleTick(0);
  if (interval === Infinity) {
    c.sendingDone = true;
    return;
  }
  const total = Math.ceil((end - t0) / interval);
  let issued = 0;
  pumpTimer = setInterval(() => {
    const now = nowUs();
    if (now < t0) return;
    const due = Math.min(total, Math.floor((now - t0) / interval) + 1);
    while (issued < due) sendOne(pick(), t0 + issued++ * interval);
    if (now >= end) {
      clearInterval(pumpTimer!);
      pumpTimer = null;
      c.sendingDone = true;
    }
  }, 1);
}

function stop(rid: number): void {
  if (pumpTimer !== null) clearInterval(pumpTimer);
  pumpTimer = null;
  c.sendingDone = true;
  if (tickTimer !== null) clearTimeout(tickTimer);
  tickTimer = null;
  flushTick(Math.max(0, Math.min(Math.floor((nowUs() - t0) / 1e6), lastSec)));
  send({ t: 'stopped', rid, ...c });
}

process.on('message', (m: ToWorker) => {
  switch (m.t) {
    case 'connect':
      void connect(m.rid, m.users, m.parallel);
      break;
    case 'create':
      void create(m.rid, m.convs, m.parallel);
      break;
    case 'plan':
      setPlan(m.convs);
      send({ t: 'planned', rid: m.rid });
      break;
    case 'load':
      load(m);
      send({ t: 'started', rid: m.rid });
      break;
    case 'stats':
      send({ t: 'stats', rid: m.rid, ...c });
      break;
    case 'stop':
      stop(m.rid);
      break;
    case 'close':
      for (const s of sessions) s?.client.close();
      process.exit(0);
  }
});
process.on('disconnect', () => process.exit(0));
send({ t: 'ready', index: init.index });
