import { fork } from 'node:child_process';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type uWSTypes from 'uWebSockets.js';
import WebSocket from 'ws';
import { nativeUws } from '../lib/gateway/uws.js';
import { report } from './lib/report.js';

/**
 * Server CPU per delivered frame for the two ways a gateway can fan a frame out to N sockets with
 * one user topic each: `publish` (app.publish to the recipient's topic; uWS finds the subscriber in
 * C++) and `send` (a map lookup in JS, then ws.send on the socket, with the backlog check the
 * gateway does, which is what lets it skip ephemeral frames to backed-up sockets). The sockets are
 * read by a child process, so the figure includes the writes uWS defers to the end of the loop
 * iteration. Measures the fan-out path alone: no protocol, no actors, 100-byte frames, loopback.
 *
 *   node dist/bench/fanout_path.js [--quick] [--sockets=1000] [--rounds=300] [--out=DIR]
 */
function opt(args: string[], name: string, def: number): number {
  return Number(args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? def);
}

async function readers(port: number, n: number): Promise<void> {
  let got = 0;
  for (let i = 0; i < n; i++) {
    const c = new WebSocket(`ws://127.0.0.1:${port}/ws`, { perMessageDeflate: false });
    c.on('message', () => got++);
    await new Promise((r) => c.once('open', r));
  }
  process.send!('ready');
  setInterval(() => process.send!(got), 2);
}

interface Sock {
  ws: uWSTypes.WebSocket<unknown>;
  backlogged: boolean;
}

export async function run(args: string[]): Promise<void> {
  const quick = args.includes('--quick');
  const n = opt(args, 'sockets', quick ? 300 : 1000);
  const rounds = opt(args, 'rounds', quick ? 100 : 300);
  const out = args.find((a) => a.startsWith('--out='))?.slice(6);
  const uws = nativeUws();
  const app = uws.App();
  const socks: Sock[] = [];
  app.ws('/ws', {
    maxBackpressure: 0,
    closeOnBackpressureLimit: 0,
    open: (ws) => {
      ws.subscribe(`u:user${socks.length}`);
      socks.push({ ws, backlogged: false });
    },
  });
  const port = await new Promise<number>((resolve) => app.listen('127.0.0.1', 0, (ls) => resolve(uws.us_socket_local_port(ls))));
  const child = fork(fileURLToPath(import.meta.url), ['--readers', String(port), String(n)]);
  let got = 0;
  await new Promise<void>((resolve) =>
    child.on('message', (m) => {
      if (m === 'ready') resolve();
      else got = m as number;
    }),
  );
  const ids = socks.map((_, i) => `user${i}`);
  const byUser = new Map(socks.map((s, i) => [`user${i}`, [s]]));
  const frame = new Uint8Array(100);
  const publish = (): void => {
    for (const id of ids) app.publish(`u:${id}`, frame, true);
  };
  const send = (): void => {
    for (const id of ids) {
      const list = byUser.get(id);
      if (list === undefined) continue;
      for (const s of list) {
        if (s.backlogged && s.ws.getBufferedAmount() > 1 << 20) continue;
        s.backlogged = s.ws.send(frame, true) !== 1;
      }
    }
  };
  const figures: Record<string, number> = {};
  let expected = 0;
  // Alternate twice so that neither variant profits from running second.
  for (const [name, fn] of [['publish', publish], ['send', send], ['publish', publish], ['send', send]] as const) {
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    for (let r = 0; r < rounds; r++) {
      fn();
      expected += n;
      await new Promise((res) => setImmediate(res));
    }
    while (got < expected) await new Promise((res) => setTimeout(res, 1));
    const cpu = process.cpuUsage(cpu0);
    const us = (cpu.user + cpu.system) / (rounds * n);
    figures[`${name}_cpu_us_per_frame`] = Math.min(figures[`${name}_cpu_us_per_frame`] ?? Infinity, us);
    figures[`${name}_wall_ms`] = Math.min(figures[`${name}_wall_ms`] ?? Infinity, performance.now() - t0);
  }
  child.kill();
  report('fanout_path', { sockets: n, rounds, ...figures, load1: loadavg()[0]! }, ['best of two runs each; server process CPU including deferred writes; the readers run in a child process'], {}, ...(out === undefined ? [] : [out]));
}

if (process.argv[2] === '--readers') {
  void readers(Number(process.argv[3]), Number(process.argv[4]));
} else if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  run(process.argv.slice(2)).then(
    () => process.exit(0),
    (err: unknown) => {
      console.error(err);
      process.exit(1);
    },
  );
}
