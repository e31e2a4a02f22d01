// k6 load script for Chorus that speaks the real binary protocol (protobuf over WebSocket).
//
// Each virtual user is one pair of users, alice and bob, each with their own WebSocket: it logs both in
// through POST /dev/token (a --dev server), says Hello, creates their direct conversation, and then
// both send to each other at RATE messages/s each for DURATION. Every message text carries the
// sender's Date.now(); the other side's socket times the pushed Message against it (both sockets
// live in the same VU, so one clock). Thresholds fail the run when delivery is slow or lossy.
//
//   node bench/k6/bundle.mjs                          # once: bench/k6/dist/chorus-protocol.js
//   k6 run bench/k6/chat.js                           # against http://127.0.0.1:8080
//   k6 run -e CHORUS_URLS=http://127.0.0.1:8080,http://127.0.0.1:8081 -e PAIRS=200 -e RATE=5 bench/k6/chat.js
//   scripts/k6/run.sh                                 # bundles, starts a dev server, runs your k6
//
// Env: CHORUS_URLS (comma-separated http base URLs; alice uses node i, bob node i+1, so on a cluster
// most deliveries cross nodes), PAIRS (VUs, default 50), RATE (messages/s per user, default 2),
// DURATION (seconds of sending, default 20), SIZE (text bytes, default 100),
// P99_MS / P95_MS (thresholds on delivery latency, default 50 / 25).
import http from 'k6/http';
import { check, fail } from 'k6';
import { Counter, Rate, Trend } from 'k6/metrics';
import { WebSocket } from 'k6/websockets';
import { setInterval, clearInterval, setTimeout } from 'k6/timers';
import { PROTOCOL_VERSION, ConversationKind, decodeServerFrame, encodeClientFrame } from './dist/chorus-protocol.js';

const URLS = (__ENV.CHORUS_URLS || __ENV.CHORUS_URL || 'http://127.0.0.1:8080').split(',').map((u) => u.trim().replace(/\/$/, ''));
const PAIRS = Number(__ENV.PAIRS || 50);
const RATE = Number(__ENV.RATE || 2);
const DURATION = Number(__ENV.DURATION || 20);
const SIZE = Number(__ENV.SIZE || 100);
const P99 = Number(__ENV.P99_MS || 50);
const P95 = Number(__ENV.P95_MS || 25);

const deliveryLatency = new Trend('chorus_delivery_latency', true);
const ackLatency = new Trend('chorus_ack_latency', true);
const connectLatency = new Trend('chorus_connect_latency', true);
const sent = new Counter('chorus_sent');
const delivered = new Counter('chorus_delivered');
const errors = new Counter('chorus_errors');
const deliveredRatio = new Rate('chorus_delivered_ratio');

export const options = {
  scenarios: {
    pairs: {
      executor: 'per-vu-iterations',
      vus: PAIRS,
      iterations: 1,
      maxDuration: `${DURATION + 60}s`,
    },
  },
  thresholds: {
    chorus_delivery_latency: [`p(99)<${P99}`, `p(95)<${P95}`],
    chorus_ack_latency: [`p(99)<${P99}`],
    chorus_delivered: ['count>0'],
    chorus_delivered_ratio: ['rate>0.999'],
    chorus_errors: ['count==0'],
    checks: ['rate>0.99'],
  },
};

export function setup() {
  // One tag per run so repeated runs against a long-lived server never share users.
  return { run: `k6${Date.now().toString(36)}` };
}

function token(base, user) {
  const res = http.post(`${base}/dev/token`, JSON.stringify({ user }), { headers: { 'content-type': 'application/json' }, tags: { name: 'dev_token' } });
  if (!check(res, { 'dev token issued': (r) => r.status === 200 })) fail(`POST ${base}/dev/token: HTTP ${res.status} (is the server running with --dev?)`);
  return res.json('token');
}

function wsUrl(base) {
  return `${base.replace(/^http/, 'ws')}/v1/ws`;
}

/** One protocol session: Hello on open, answers matched by request id, pushes to onPush. */
function session(base, user, onReady, onPush) {
  const tok = token(base, user);
  const ws = new WebSocket(wsUrl(base));
  ws.binaryType = 'arraybuffer';
  const s = { ws, user, nextId: 1, waiting: {}, open: true };
  const started = Date.now();
  s.call = (frame, cb) => {
    const id = ++s.nextId;
    frame.id = id;
    s.waiting[id] = cb;
    ws.send(encodeClientFrame(frame));
    return id;
  };
  ws.onopen = () => {
    s.waiting[1] = (f) => {
      if (!check(f, { 'welcome received': (x) => x.body === 'welcome' })) {
        errors.add(1);
        ws.close();
        return;
      }
      connectLatency.add(Date.now() - started);
      onReady(s);
    };
    ws.send(encodeClientFrame({ id: 1, hello: { protocolVersion: PROTOCOL_VERSION, token: tok, deviceId: 'k6' } }));
  };
  ws.onmessage = (e) => {
    const f = decodeServerFrame(e.data);
    if (f.id === 0) {
      onPush(s, f);
      return;
    }
    const cb = s.waiting[f.id];
    if (cb !== undefined) {
      delete s.waiting[f.id];
      cb(f);
    }
  };
  ws.onerror = (e) => {
    if (s.open) {
      errors.add(1);
      console.error(`${user}: ${e.error}`);
    }
  };
  ws.onclose = () => {
    s.open = false;
  };
  return s;
}

export default function (data) {
  const vu = __VU;
  const aliceBase = URLS[vu % URLS.length];
  const bobBase = URLS[(vu + 1) % URLS.length];
  const names = { alice: `${data.run}_${vu}a`, bob: `${data.run}_${vu}b` };
  const padding = 'x'.repeat(Math.max(0, SIZE - 14));
  let ready = 0;
  let conversationId = null;
  let expected = 0;
  let got = 0;
  let seqCounter = 0;
  const sessions = [];

  const onPush = (s, f) => {
    if (f.body !== 'message') return;
    const text = f.message.text || '';
    const bar = text.indexOf('|');
    if (bar <= 0) return;
    // Time only the other side's copy (the sender's own session gets the push too).
    if (f.message.senderId === s.user) return;
    deliveryLatency.add(Date.now() - Number(text.slice(0, bar)));
    delivered.add(1);
    got++;
  };

  const sendFrom = (s) => {
    if (!s.open || conversationId === null) return;
    const t = Date.now();
    s.call({ send: { conversationId, clientId: `${s.user}-${(seqCounter++).toString(36)}`, text: `${t}|${padding}` } }, (f) => {
      if (f.body === 'ack') {
        ackLatency.add(Date.now() - t);
        expected++;
      } else {
        errors.add(1);
        console.error(`send failed: ${f.error ? `${f.error.code} ${f.error.message}` : f.body}`);
      }
    });
    sent.add(1);
  };

  const start = () => {
    const [alice, bob] = sessions;
    alice.call({ createConversation: { kind: ConversationKind.DIRECT, members: [names.bob] } }, (f) => {
      if (!check(f, { 'conversation created': (x) => x.body === 'conversation' })) {
        errors.add(1);
        alice.ws.close();
        bob.ws.close();
        return;
      }
      conversationId = f.conversation.id;
      // Spread the pairs' sends over the interval instead of sending in lockstep.
      const every = 1000 / RATE;
      setTimeout(() => {
        const timer = setInterval(() => {
          sendFrom(alice);
          sendFrom(bob);
        }, every);
        setTimeout(() => {
          clearInterval(timer);
          // Let the last acks and deliveries arrive, then count what never came.
          setTimeout(() => {
            for (let i = 0; i < got; i++) deliveredRatio.add(true);
            for (let i = got; i < expected; i++) deliveredRatio.add(false);
            alice.ws.close();
            bob.ws.close();
          }, 2000);
        }, DURATION * 1000);
      }, Math.random() * every);
    });
  };

  const onReady = () => {
    if (++ready === 2) start();
  };
  sessions.push(session(aliceBase, names.alice, onReady, onPush));
  sessions.push(session(bobBase, names.bob, onReady, onPush));
}
