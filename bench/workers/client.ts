/**
 * A client worker of the load harness (one child process, at most ~18k sockets: a process may hold
 * 20k files here). It speaks the real binary protocol over `ws` with the generated codec — no SDK
 * bookkeeping — and answers the parent's commands (bench/lib/messages.ts):
 *   connect  open and authenticate sessions (Hello), timing each;
 *   create   create conversations from their first member's session;
 *   plan     which conversations this worker sends into, from which session, with what weight;
 *   load     send at a fixed rate from t0 for N seconds (open loop: a slow server does not slow the
 *            schedule), stamping each text with the sender's CLOCK_MONOTONIC (bench/lib/clock.ts);
 *            every received Message is timed against its stamp. One tick per second to the parent with
 *            HDR histograms of send→deliver, send→ack and send lag (how late a send left compared with
 *            its schedule: when that grows, the client, not the server, is the bottleneck).
 */
import WebSocket from 'ws';
import { DevTokenIssuer } from '../../lib/auth/tokens.js';
import { PROTOCOL_VERSION, type ServerFrame, decodeServerFrame, encodeClientFrame } from '../../lib/protocol/mod.js';
import { nowUs } from '../lib/clock.js';
import { encodeHistogram, newHistogram } from '../lib/histogram.js';
import type { ConvSpec, Counters, FromWorker, SendSpec, ToWorker, UserSpec, WorkerInit } from '../lib/messages.js';

const init = JSON.parse(process.argv[2]!) as WorkerInit;
const DEVICE = 'bench';
const STAMP_END = '|';

interface PendingSend {
  t: number;
  members: number;
}

interface Session {
  ws: WebSocket;
  name: string;
  nextId: number;
  sends: Map<number, PendingSend> | null;
  calls: Map<number, (f: ServerFrame) => void> | null;
}

/** By local index; null where the connect failed, so the parent's indexes stay right. */
const sessions: (Session | null)[] = [];
const send = (m: FromWorker): void => {
  process.send!(m);
};

// ---- tokens ---------------------------------------------------------------------------------------

const issuer =
  init.auth.kind === 'secret'
    ? new DevTokenIssuer({ secret: new TextEncoder().encode(init.auth.secret), issuer: 'chorus', audience: 'chorus', clockToleranceSec: 30 }, 86_400)
    : null;

async function tokenFor(user: UserSpec): Promise<string> {
  if (issuer !== null) return issuer.issue(user.name);
  const u = new URL(init.urls[user.server]!);
  const res = await fetch(`${u.protocol === 'wss:' ? 'https:' : 'http:'}//${u.host}/dev/token`, { method: 'POST', body: JSON.stringify({ user: user.name }) });
  if (!res.ok) throw new Error(`POST /dev/token: HTTP ${res.status} (is the server in --dev mode? else pass --jwt-secret)`);
  return ((await res.json()) as { token: string }).token;
}

// ---- load state -----------------------------------------------------------------------------------

let phase = -1;
let textBytes = 64;
let receiptRatio = 0;
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

function onFrame(s: Session, data: Buffer): void {
  const f = decodeServerFrame(data);
  if (f.id === 0) {
    if (f.body !== 'message') return;
    const m = f.message!;
    const text = m.text ?? '';
    const end = text.indexOf(STAMP_END);
    if (end <= 0) return;
    const now = nowUs();
    lat.recordValue(Math.max(1, Math.round(now - Number(text.slice(0, end)))));
    c.delivered++;
    secDelivered++;
    if (receiptRatio > 0 && m.senderId !== s.name && Math.random() < receiptRatio) {
      const id = nextId(s);
      s.ws.send(encodeClientFrame({ id, receipt: { conversationId: m.conversationId, seq: m.seq, kind: 2 } }));
      c.receipts++;
    }
    return;
  }
  const p = s.sends?.get(f.id);
  if (p !== undefined) {
    s.sends!.delete(f.id);
    if (f.body === 'ack') {
      ackLat.recordValue(Math.max(1, Math.round(nowUs() - p.t)));
      c.acked++;
      secAcked++;
      c.expected += p.members;
    } else {
      c.errors++;
      const code = f.body === 'error' ? String(f.error!.code) : `unexpected:${f.body}`;
      c.errorCodes[code] = (c.errorCodes[code] ?? 0) + 1;
    }
    return;
  }
  const waiter = s.calls?.get(f.id);
  if (waiter !== undefined) {
    s.calls!.delete(f.id);
    waiter(f);
  }
}

function nextId(s: Session): number {
  s.nextId = s.nextId >= 0x7fffffff ? 1 : s.nextId + 1;
  return s.nextId;
}

function call(s: Session, frame: Parameters<typeof encodeClientFrame>[0]): Promise<ServerFrame> {
  const id = nextId(s);
  s.calls ??= new Map();
  return new Promise((resolve) => {
    s.calls!.set(id, resolve);
    s.ws.send(encodeClientFrame({ ...frame, id }));
  });
}

// ---- commands -------------------------------------------------------------------------------------

function openOne(user: UserSpec): Promise<Session> {
  return tokenFor(user).then(
    (token) =>
      new Promise<Session>((resolve, reject) => {
        const ws = new WebSocket(init.urls[user.server]!, { perMessageDeflate: false });
        ws.binaryType = 'nodebuffer';
        const s: Session = { ws, name: user.name, nextId: 0, sends: null, calls: null };
        const fail = (err: Error): void => {
          ws.terminate();
          reject(err);
        };
        ws.once('error', fail);
        ws.once('open', () => ws.send(encodeClientFrame({ id: 1, hello: { protocolVersion: PROTOCOL_VERSION, token, deviceId: DEVICE } })));
        ws.once('message', (data: Buffer) => {
          const f = decodeServerFrame(data);
          if (f.body !== 'welcome') {
            fail(new Error(`no welcome: ${f.body === 'error' ? f.error!.message : String(f.body)}`));
            return;
          }
          s.nextId = 1;
          ws.off('error', fail);
          ws.on('error', () => undefined);
          ws.on('message', (d: Buffer) => onFrame(s, d));
          resolve(s);
        });
      }),
  );
}

/** Runs `fn` over `items` with at most `parallel` in flight. */
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
  // Sessions keep the order of `users` so the parent's local indexes hold.
  const slots: (Session | null)[] = Array.from({ length: users.length }, () => null);
  await pool(users, parallel, async (user, i) => {
    const t = nowUs();
    try {
      slots[i] = await openOne(user);
      hist.recordValue(Math.max(1, Math.round(nowUs() - t)));
    } catch (err) {
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
    if (s == null) {
      failed++;
      firstError ??= `no session ${conv.creator}`;
      return;
    }
    const f = await call(s, { createConversation: { kind: conv.kind, members: conv.others, title: conv.kind === 2 ? `bench ${conv.key}` : '' } });
    if (f.body === 'conversation') ids.push([conv.key, String(f.conversation!.id)]);
    else {
      failed++;
      firstError ??= f.body === 'error' ? `${f.error!.code} ${f.error!.message}` : String(f.body);
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
  const total = cumulative[cumulative.length - 1]!;
  const x = Math.random() * total;
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
  if (s == null) {
    c.sent++;
    c.errors++;
    return;
  }
  const id = nextId(s);
  const t = nowUs();
  lag.recordValue(Math.max(1, Math.round(t - scheduledUs)));
  s.sends ??= new Map();
  s.sends.set(id, { t, members: conv.members });
  const text = `${Math.round(t)}${STAMP_END}${padding}`;
  s.ws.send(encodeClientFrame({ id, send: { conversationId: conv.id, clientId: `w${init.index}x${(clientSeq++).toString(36)}`, text } }));
  c.sent++;
  secSent++;
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
  textBytes = m.textBytes;
  receiptRatio = m.receiptRatio;
  // The stamp is ~13 digits and a separator; the padding brings the text to about textBytes.
  padding = 'x'.repeat(Math.max(0, textBytes - String(Math.round(nowUs())).length - 1));
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
  // Send k is scheduled at t0 + k·interval, for every k with that time before the end.
  const total = Math.ceil((end - t0) / interval);
  pumpTimer = setInterval(() => {
    const now = nowUs();
    if (now < t0) return;
    // Everything scheduled up to now goes out now; a send's lag is how late it leaves.
    const due = Math.min(total, Math.floor((now - t0) / interval) + 1);
    while (c.sent < due) sendOne(pick(), t0 + c.sent * interval);
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
  // Deliveries that arrived while draining count into the last second of the send window.
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
      for (const s of sessions) s?.ws.terminate();
      process.exit(0);
  }
});
// The parent going away (crash, Ctrl-C) must not leave sockets or this process behind.
process.on('disconnect', () => process.exit(0));
send({ t: 'ready', index: init.index });
