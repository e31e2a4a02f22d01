// Runs the k6 script (bench/k6/chat.js) in Node under a minimal shim of the k6 modules it imports,
// so that the script and its protocol bundle are tested without k6 (which this project never
// fetches or builds). The shim covers only what chat.js uses: a synchronous http.post for dev
// tokens (answered from tokens issued beforehand), check/fail, Counter/Rate/Trend, a browser-style
// WebSocket (the `ws` package) and timers.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';
import WebSocket from 'ws';

const K6_DIR = fileURLToPath(new URL('../../bench/k6/', import.meta.url));

/** What a run recorded, by metric name, plus the checks that failed. */
export interface K6Run {
  metrics: Map<string, number[]>;
  failedChecks: string[];
}

interface K6Script {
  setup(): { run: string };
  default(data: { run: string }): void;
}

/** The shimmed modules read their implementation from here (esbuild inlines only these stubs). */
interface Shim {
  http: { post(url: string, body: string): { status: number; json(key: string): unknown } };
  check(value: unknown, checks: Record<string, (v: unknown) => boolean>): boolean;
  fail(message: string): never;
  metric(name: string): { add(v: number | boolean): void };
}

const STUBS: Record<string, string> = {
  'k6': 'export const check = (v, c) => globalThis.__k6.check(v, c); export const fail = (m) => globalThis.__k6.fail(m);',
  'k6/http': 'export default { post: (u, b) => globalThis.__k6.http.post(u, b) };',
  'k6/metrics': ['Counter', 'Rate', 'Trend'].map((k) => `export class ${k} { constructor(n) { this.m = globalThis.__k6.metric(n); } add(v) { this.m.add(v); } }`).join('\n'),
  'k6/websockets': 'export const WebSocket = globalThis.__k6.WebSocket;',
  'k6/timers': 'export const setTimeout = globalThis.setTimeout; export const setInterval = globalThis.setInterval; export const clearInterval = globalThis.clearInterval;',
};

const shimPlugin: Plugin = {
  name: 'k6-shim',
  setup(b) {
    b.onResolve({ filter: /^k6(\/.*)?$/ }, (a) => ({ path: a.path, namespace: 'k6-shim' }));
    b.onLoad({ filter: /.*/, namespace: 'k6-shim' }, (a) => ({ contents: STUBS[a.path] ?? `throw new Error('k6 shim: no ${a.path}')`, loader: 'js' }));
  },
};

/**
 * Bundles the protocol code as bench/k6/bundle.mjs does for k6, then chat.js against the shim, and
 * runs one virtual user (a pair) until both its sockets closed. `token` issues dev tokens.
 */
export async function runK6Chat(env: Record<string, string>, token: (user: string) => Promise<string>, timeoutMs = 30_000): Promise<K6Run> {
  execFileSync(process.execPath, [join(K6_DIR, 'bundle.mjs')], { stdio: 'ignore' });
  const dir = mkdtempSync(join(tmpdir(), 'chorus-k6-'));
  try {
    const out = join(dir, 'chat.mjs');
    await build({ entryPoints: [join(K6_DIR, 'chat.js')], outfile: out, bundle: true, format: 'esm', platform: 'neutral', logLevel: 'warning', plugins: [shimPlugin] });

    const metrics = new Map<string, number[]>();
    const failedChecks: string[] = [];
    const tokens = new Map<string, string>();
    const sockets: WebSocket[] = [];
    class TrackedSocket extends WebSocket {
      constructor(url: string) {
        super(url);
        sockets.push(this);
      }
    }
    const shim: Shim & { WebSocket: new (url: string) => WebSocket } = {
      http: {
        post(_url, body) {
          const user = (JSON.parse(body) as { user: string }).user;
          const t = tokens.get(user);
          return { status: t === undefined ? 404 : 200, json: () => t };
        },
      },
      check(value, checks) {
        let ok = true;
        for (const [name, fn] of Object.entries(checks)) {
          if (!fn(value)) {
            ok = false;
            failedChecks.push(name);
          }
        }
        return ok;
      },
      fail(message) {
        throw new Error(`k6 fail(): ${message}`);
      },
      metric(name) {
        const values: number[] = [];
        metrics.set(name, values);
        return { add: (v) => values.push(Number(v)) };
      },
      WebSocket: TrackedSocket,
    };
    Object.assign(globalThis, { __k6: shim, __ENV: env, __VU: 1 });
    const script = (await import(pathToFileURL(out).href)) as K6Script;
    const data = script.setup();
    for (const side of ['a', 'b']) tokens.set(`${data.run}_1${side}`, await token(`${data.run}_1${side}`));
    script.default(data);
    const deadline = Date.now() + timeoutMs;
    while (sockets.length < 2 || sockets.some((s) => s.readyState !== WebSocket.CLOSED)) {
      if (Date.now() > deadline) throw new Error('the k6 script did not finish in time');
      await new Promise((r) => setTimeout(r, 20));
    }
    return { metrics, failedChecks };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
