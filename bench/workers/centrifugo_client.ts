/**
 * The client worker for Centrifugo as a peer in the `peers` bench: the same commands and the same
 * meter as bench/workers/client.ts, over Centrifugo's JSON protocol on its WebSocket endpoint
 * (/connection/websocket): `connect` (anonymous, allowed by the bench's config on 127.0.0.1 only),
 * `subscribe` to a conversation's channel for every member, `publish` to send; a publication
 * arrives as a push on every subscriber, the sender's own session included, as Chorus delivers a
 * message to every member's session. Replies and pushes may share a frame, one JSON per line; an
 * empty command `{}` from the server is its ping, answered with `{}`.
 */
import { nowUs } from '../lib/clock.js';
import { LeanWebSocket } from '../../testing/lean_ws.js';
import { centrifugoStamp } from '../../testing/stamp.js';
import type { ConvSpec, FromWorker, SendSpec, UserSpec, WorkerInit } from '../lib/messages.js';
import { WorkerMeter, inPool, openSessions } from '../lib/worker_meter.js';

const init = JSON.parse(process.argv[2]!) as WorkerInit;
const STAMP_END = '|';

interface Reply {
  id?: number;
  error?: { code: number; message: string };
  push?: { channel: string; pub?: { data?: { t?: string } } };
  [k: string]: unknown;
}

interface Session {
  ws: LeanWebSocket;
  nextId: number;
  /** id → send time and members of a publish, or a waiter for another command's reply. */
  sends: Map<number, { t: number; members: number }>;
  calls: Map<number, (r: Reply) => void>;
}

const sessions: (Session | null)[] = [];
const send = (m: FromWorker): void => {
  process.send!(m);
};
const meter = new WorkerMeter(send);

function onFrame(s: Session, data: Buffer): void {
  for (let start = 0; start < data.length; ) {
    const nl = data.indexOf(0x0a, start);
    const lineEnd = nl < 0 ? data.length : nl;
    const lineStart = start;
    start = lineEnd + 1;
    if (lineEnd === lineStart) continue;
    // Publication pushes are only timed: read the stamp from the bytes (testing/stamp.ts).
    const stamp = centrifugoStamp(data, lineStart, lineEnd);
    if (stamp !== null) {
      if (stamp > 0) meter.delivered(nowUs() - stamp);
      continue;
    }
    const r = JSON.parse(data.toString('utf8', lineStart, lineEnd)) as Reply;
    if (r.id === undefined || r.id === 0) {
      if (r.push !== undefined) {
        const t = r.push.pub?.data?.t ?? '';
        const end = t.indexOf(STAMP_END);
        if (end > 0) meter.delivered(nowUs() - Number(t.slice(0, end)));
      } else if (Object.keys(r).length === 0) s.ws.send('{}');
      continue;
    }
    const p = s.sends.get(r.id);
    if (p !== undefined) {
      s.sends.delete(r.id);
      if (r.error === undefined) meter.acked(nowUs() - p.t, p.members);
      else meter.failed(String(r.error.code));
      continue;
    }
    const waiter = s.calls.get(r.id);
    s.calls.delete(r.id);
    waiter?.(r);
  }
}

function call(s: Session, command: Record<string, unknown>): Promise<Reply> {
  const id = ++s.nextId;
  return new Promise((resolve) => {
    s.calls.set(id, resolve);
    s.ws.send(JSON.stringify({ id, ...command }));
  });
}

async function openOne(user: UserSpec): Promise<Session> {
  const ws = await LeanWebSocket.open(init.urls[user.server]!);
  const s: Session = { ws, nextId: 0, sends: new Map(), calls: new Map() };
  ws.onmessage((d) => onFrame(s, d));
  ws.onclose(() => {
    for (const waiter of s.calls.values()) waiter({ error: { code: 0, message: 'connection closed' } });
    s.calls.clear();
  });
  const r = await call(s, { connect: { name: 'chorus-bench' } });
  if (r.error === undefined) return s;
  ws.terminate();
  throw new Error(`connect refused: ${r.error.code} ${r.error.message}`);
}

async function connect(rid: number, users: UserSpec[], parallel: number): Promise<void> {
  sessions.push(...(await openSessions(rid, users, parallel, openOne, send)));
}

/** Every member of this worker subscribes to the conversation's channel; the id is the channel. */
async function create(rid: number, convs: ConvSpec[], parallel: number): Promise<void> {
  let failed = 0;
  let firstError: string | null = null;
  const subs = convs.flatMap((c) => (c.locals ?? [c.creator]).map((local) => ({ local, channel: `c${c.key}` })));
  await inPool(subs, parallel, async ({ local, channel }) => {
    const s = sessions[local];
    const r = s == null ? { error: { code: 0, message: `no session ${local}` } } : await call(s, { subscribe: { channel } });
    if (r.error !== undefined) {
      failed++;
      firstError ??= `subscribe ${channel}: ${r.error.code} ${r.error.message}`;
    }
  });
  send({ t: 'created', rid, ids: convs.map((c) => [c.key, `c${c.key}`]), failed, firstError });
}

function sendOne(conv: SendSpec, scheduledUs: number): void {
  const s = sessions[conv.sender];
  if (s == null) {
    meter.noSession();
    return;
  }
  const id = ++s.nextId;
  const t = nowUs();
  s.sends.set(id, { t, members: conv.members });
  s.ws.send(JSON.stringify({ id, publish: { channel: conv.id, data: { t: `${Math.round(t)}${STAMP_END}${meter.padding}` } } }));
  meter.sent(t - scheduledUs);
}

meter.serve(
  init.index,
  {
    connect,
    create,
    sendOne,
    close() {
      for (const s of sessions) s?.ws.terminate();
    },
  },
  STAMP_END.length,
);
