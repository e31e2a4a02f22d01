/**
 * A client worker of the load harness (one child process, at most ~18k sockets: a process may hold
 * 20k files here). It speaks the real binary protocol over a lean WebSocket client
 * (testing/lean_ws.ts) with the generated codec — no SDK bookkeeping — and answers the parent's
 * commands (bench/lib/messages.ts):
 *   connect  open and authenticate sessions (Hello), timing each;
 *   create   create conversations from their first member's session;
 *   plan     which conversations this worker sends into, from which session, with what weight;
 *   load     send at a fixed rate from t0 for N seconds (open loop: a slow server does not slow the
 *            schedule), stamping each text with the sender's CLOCK_MONOTONIC (bench/lib/clock.ts);
 *            every received Message is timed against its stamp. One tick per second to the parent with
 *            HDR histograms of send→deliver, send→ack and send lag (how late a send left compared with
 *            its schedule: when that grows, the client, not the server, is the bottleneck).
 */
import { DevTokenIssuer } from '../../lib/auth/tokens.js';
import { PROTOCOL_VERSION, type ServerFrame, decodeServerFrame, encodeClientFrame } from '../../lib/protocol/mod.js';
import { nowUs } from '../lib/clock.js';
import { LeanWebSocket } from '../../testing/lean_ws.js';
import { chorusStamp } from '../../testing/stamp.js';
import type { ConvSpec, FromWorker, SendSpec, UserSpec, WorkerInit } from '../lib/messages.js';
import { WorkerMeter, inPool, openSessions } from '../lib/worker_meter.js';

const init = JSON.parse(process.argv[2]!) as WorkerInit;
const DEVICE = 'bench';
const STAMP_END = '|';

interface PendingSend {
  t: number;
  members: number;
}

interface Session {
  ws: LeanWebSocket;
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

let receiptRatio = 0;
const meter = new WorkerMeter(send);

function onFrame(s: Session, data: Buffer): void {
  if (receiptRatio === 0) {
    // Pushed messages are only timed: read the stamp from the bytes (testing/stamp.ts).
    const stamp = chorusStamp(data);
    if (stamp !== null) {
      if (stamp > 0) meter.delivered(nowUs() - stamp);
      return;
    }
  }
  const f = decodeServerFrame(data);
  if (f.id === 0) {
    if (f.body !== 'message') return;
    const m = f.message!;
    const text = m.text ?? '';
    const end = text.indexOf(STAMP_END);
    if (end <= 0) return;
    meter.delivered(nowUs() - Number(text.slice(0, end)));
    if (receiptRatio > 0 && m.senderId !== s.name && Math.random() < receiptRatio) {
      const id = nextId(s);
      s.ws.send(encodeClientFrame({ id, receipt: { conversationId: m.conversationId, seq: m.seq, kind: 2 } }));
      meter.c.receipts++;
    }
    return;
  }
  const p = s.sends?.get(f.id);
  if (p !== undefined) {
    s.sends!.delete(f.id);
    if (f.body === 'ack') meter.acked(nowUs() - p.t, p.members);
    else meter.failed(f.body === 'error' ? String(f.error!.code) : `unexpected:${f.body}`);
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
  return tokenFor(user).then(async (token) => {
    const ws = await LeanWebSocket.open(init.urls[user.server]!);
    const s: Session = { ws, name: user.name, nextId: 0, sends: null, calls: null };
    return new Promise<Session>((resolve, reject) => {
      ws.onclose(() => reject(new Error('closed before the welcome')));
      ws.onmessage((data) => {
        const f = decodeServerFrame(data);
        if (f.body !== 'welcome') {
          ws.terminate();
          reject(new Error(`no welcome: ${f.body === 'error' ? f.error!.message : String(f.body)}`));
          return;
        }
        s.nextId = 1;
        ws.onclose(() => undefined);
        ws.onmessage((d) => onFrame(s, d));
        resolve(s);
      });
      ws.send(encodeClientFrame({ id: 1, hello: { protocolVersion: PROTOCOL_VERSION, token, deviceId: DEVICE } }));
    });
  });
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

let clientSeq = 0;

function sendOne(conv: SendSpec, scheduledUs: number): void {
  const s = sessions[conv.sender];
  if (s == null) {
    meter.noSession();
    return;
  }
  const id = nextId(s);
  const t = nowUs();
  s.sends ??= new Map();
  s.sends.set(id, { t, members: conv.members });
  const text = `${Math.round(t)}${STAMP_END}${meter.padding}`;
  s.ws.send(encodeClientFrame({ id, send: { conversationId: conv.id, clientId: `w${init.index}x${(clientSeq++).toString(36)}`, text } }));
  meter.sent(t - scheduledUs);
}

meter.serve(init.index, {
  connect,
  create,
  sendOne,
  load(m) {
    receiptRatio = m.receiptRatio;
  },
  close() {
    for (const s of sessions) s?.ws.terminate();
  },
}, STAMP_END.length);
