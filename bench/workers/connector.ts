import WebSocket from 'ws';
import { DevTokenIssuer } from '../../lib/auth/tokens.js';
import { PROTOCOL_VERSION, decodeServerFrame, encodeClientFrame } from '../../lib/protocol/mod.js';
import { BENCH_SECRET } from '../lib/server.js';

/**
 * Child process: opens `count` authenticated idle sessions to `url` and holds them until the
 * parent says "close". Reports {ready, failed, connectMs} over IPC.
 */
const [url, countText, prefix] = process.argv.slice(2) as [string, string, string];
const count = Number(countText);
const issuer = new DevTokenIssuer({ secret: new TextEncoder().encode(BENCH_SECRET), issuer: 'chorus', audience: 'chorus', clockToleranceSec: 30 }, 86_400);
const sockets: WebSocket[] = [];

async function openOne(i: number): Promise<void> {
  const token = await issuer.issue(`${prefix}${i}`);
  await new Promise<void>((resolve, reject) => {
    const ws = new WebSocket(url, { perMessageDeflate: false });
    ws.binaryType = 'nodebuffer';
    ws.once('open', () => ws.send(encodeClientFrame({ id: 1, hello: { protocolVersion: PROTOCOL_VERSION, token, deviceId: 'bench' } })));
    ws.once('message', (data: Buffer) => {
      const f = decodeServerFrame(data);
      if (f.body === 'welcome') {
        sockets.push(ws);
        resolve();
      } else reject(new Error('no welcome'));
    });
    ws.once('error', reject);
  });
}

async function main(): Promise<void> {
  const start = Date.now();
  let failed = 0;
  const parallel = 200;
  for (let i = 0; i < count; i += parallel) {
    const batch = [];
    for (let j = i; j < Math.min(count, i + parallel); j++) batch.push(openOne(j).catch(() => void failed++));
    await Promise.all(batch);
  }
  process.send!({ ready: sockets.length, failed, connectMs: Date.now() - start });
  process.on('message', (m: string) => {
    if (m === 'close') {
      for (const ws of sockets) ws.terminate();
      process.exit(0);
    }
  });
}

void main();
