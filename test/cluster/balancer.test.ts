/**
 * testing/balancer.ts against real sockets: two tiny HTTP + WebSocket servers (`ws`) as
 * backends, clients through the balancer. Waits are on socket events, never on sleeps; every test
 * has a deadline.
 */
import assert from 'node:assert/strict';
import { createServer as createHttpServer, get, type Server } from 'node:http';
import { type AddressInfo, connect, type Socket } from 'node:net';
import { after, afterEach, before, describe, it } from 'node:test';
import WebSocket, { WebSocketServer } from 'ws';
import { Balancer } from '../../testing/balancer.js';

const T = { timeout: 10_000 };

/** A backend: answers HTTP with its name, greets each WebSocket with its name and echoes. */
class Backend {
  /** Server-side sockets open now (HTTP and upgraded). */
  readonly open = new Set<Socket>();
  private readonly waiting: ((s: Socket) => void)[] = [];

  private constructor(
    readonly name: string,
    private readonly http: Server,
    private readonly wss: WebSocketServer,
    readonly port: number,
  ) {}

  static async start(name: string): Promise<Backend> {
    const http = createHttpServer((_req, res) => res.end(name));
    const wss = new WebSocketServer({ server: http });
    const port = await new Promise<number>((resolve) => http.listen(0, '127.0.0.1', () => resolve((http.address() as AddressInfo).port)));
    const b = new Backend(name, http, wss, port);
    http.on('connection', (s: Socket) => {
      watch(s);
      b.open.add(s);
      s.once('close', () => b.open.delete(s));
      b.waiting.shift()?.(s);
    });
    wss.on('connection', (ws) => {
      ws.send(name);
      ws.on('message', (data, isBinary) => {
        const text = isBinary ? '' : data.toString();
        if (text.startsWith('close:')) ws.close(Number(text.slice(6)), 'asked to');
        else ws.send(data, { binary: isBinary });
      });
    });
    return b;
  }

  /** The server side of the next connection this backend accepts. */
  nextConnection(): Promise<Socket> {
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  /** Resolves when every connection open now has closed. */
  async idle(): Promise<void> {
    await Promise.all([...this.open].map(closed));
  }

  /** Stops listening and drops every connection, as a killed process would. */
  async close(): Promise<void> {
    for (const ws of this.wss.clients) ws.terminate();
    for (const s of this.open) s.destroy();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    await new Promise<void>((resolve) => this.http.close(() => resolve()));
    await nextLoopTurn();
  }
}

/** 'close' of every socket watched, by socket: its handle is closed then (`s.closed` is set earlier). */
const closes = new WeakMap<Socket, Promise<void>>();

/** Call when the socket is created, before it can close. */
function watch(s: Socket): Socket {
  if (!closes.has(s)) closes.set(s, new Promise((resolve) => s.once('close', () => resolve())));
  return s;
}

function closed(s: Socket): Promise<void> {
  const p = closes.get(s);
  if (p === undefined) throw new Error('closed() of a socket that was not watched from its creation');
  return p;
}

interface Client {
  ws: WebSocket;
  /** The name of the backend that greeted it. */
  backend: string;
  /** Messages after the greeting. */
  next(): Promise<WebSocket.RawData>;
  closed: Promise<{ code: number; reason: string }>;
}

/** Opens a WebSocket through `port` and waits for the backend's greeting. */
function open(port: number): Promise<Client> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`ws://127.0.0.1:${port}/`);
    const queue: WebSocket.RawData[] = [];
    const waiters: ((d: WebSocket.RawData) => void)[] = [];
    const closedP = new Promise<{ code: number; reason: string }>((res) => ws.once('close', (code, reason) => res({ code, reason: reason.toString() })));
    ws.once('error', reject);
    ws.once('message', (greeting) => {
      ws.on('message', (d) => {
        const w = waiters.shift();
        if (w) w(d);
        else queue.push(d);
      });
      resolve({
        ws,
        backend: greeting.toString(),
        next: () => {
          const d = queue.shift();
          return d !== undefined ? Promise.resolve(d) : new Promise((r) => waiters.push(r));
        },
        closed: closedP,
      });
    });
  });
}

/** Everything a socket reads until it closes. */
function received(s: Socket): Promise<string> {
  let text = '';
  s.on('data', (d: Buffer) => (text += d.toString()));
  return closed(s).then(() => text);
}

/** A raw TCP connection through the balancer, connected. */
function raw(port: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const s = watch(connect(port, '127.0.0.1', () => resolve(s)));
    s.once('error', reject);
  });
}

/** Connects to a port expected to refuse; resolves with the error code once the socket is closed. */
function refused(port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const s = watch(connect(port, '127.0.0.1', () => {
      s.destroy();
      reject(new Error(`port ${port} accepted a connection`));
    }));
    s.once('error', (err: NodeJS.ErrnoException) => void closed(s).then(() => resolve(err.code ?? '')));
  });
}

/** One plain HTTP request with a connection of its own; resolves with the body once the socket closed. */
function httpGet(port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = get({ host: '127.0.0.1', port, path: '/', agent: false }, (res) => {
      let body = '';
      res.on('data', (d: Buffer) => (body += d.toString()));
      res.once('end', () => void closed(res.socket).then(() => resolve(body)));
    });
    req.once('socket', watch);
    req.once('error', reject);
  });
}

/** Terminates a WebSocket and resolves once its socket is closed. */
function terminate(ws: WebSocket): Promise<void> {
  if (ws.readyState === WebSocket.CLOSED) return Promise.resolve();
  const done = new Promise<void>((resolve) => ws.once('close', () => resolve()));
  ws.terminate();
  return done;
}

/** A port on 127.0.0.1 that nothing listens on (refuses connections). */
async function refusedPort(): Promise<number> {
  const b = await Backend.start('gone');
  await b.close();
  return b.port;
}

/** Handles are released in the loop's close phase, after their 'close' events: one turn later they are gone. */
function nextLoopTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(() => setImmediate(resolve)));
}

/** TCP handles of this process (sockets and servers), by type. */
function tcpHandles(): string[] {
  return process.getActiveResourcesInfo().filter((r) => r.startsWith('TCP')).sort();
}

describe('Balancer', () => {
  let a: Backend;
  let b: Backend;
  let ports: number[];
  let current: Balancer | undefined;
  const clients: WebSocket[] = [];

  before(async () => {
    a = await Backend.start('a');
    b = await Backend.start('b');
  });
  after(async () => {
    await a.close();
    await b.close();
  });
  const startLb = async (backends = [a.port, b.port]): Promise<Balancer> => {
    ports = backends;
    current = await Balancer.start(() => ports);
    return current;
  };
  const via = async (): Promise<Client> => {
    const c = await open(current!.port);
    clients.push(c.ws);
    return c;
  };
  // Each test starts from nothing open: the next one's handle count depends on it.
  afterEach(async () => {
    await Promise.all(clients.splice(0).map(terminate));
    await current?.close();
    current = undefined;
    await Promise.all([a.idle(), b.idle()]);
  });

  it('spreads connections round robin over the backends', T, async () => {
    const lb = await startLb();
    const seen: string[] = [];
    for (let i = 0; i < 5; i++) seen.push((await via()).backend);
    assert.deepEqual(seen, ['a', 'b', 'a', 'b', 'a']);
    assert.equal(lb.connections(), 5);
    // The list is read per connection: a backend that leaves it gets no new connections.
    ports = [b.port];
    assert.deepEqual([(await via()).backend, (await via()).backend], ['b', 'b']);
  });

  it('passes WebSocket traffic and close codes through untouched', T, async () => {
    const lb = await startLb();
    const c = await via();
    const big = Buffer.alloc(1024 * 1024);
    for (let i = 0; i < big.length; i++) big[i] = (i * 31) & 0xff;
    c.ws.send(big);
    const echoed = await c.next();
    assert.ok(Buffer.isBuffer(echoed));
    assert.ok(big.equals(echoed), 'a 1 MiB binary message comes back byte for byte');
    c.ws.send('hello');
    assert.equal((await c.next()).toString(), 'hello');
    // A draining gateway closes with 4101: the code must reach the client.
    c.ws.send('close:4101');
    assert.deepEqual(await c.closed, { code: 4101, reason: 'asked to' });
    assert.ok(['a', 'b'].includes(await httpGet(lb.port)), 'plain HTTP passes too');
  });

  it('skips a backend that refuses and fails over when one dies', T, async () => {
    await startLb([await refusedPort(), a.port]);
    // Every turn, including the ones that land on the refusing port first, ends on a.
    for (let i = 0; i < 4; i++) assert.equal((await via()).backend, 'a');

    // A backend dies under its connections: they are closed, and reconnects land on the other
    // while the list still names the dead one (as endpoints lag behind a crash).
    const dying = await Backend.start('dying');
    ports = [dying.port, b.port];
    const victim = await via();
    assert.equal(victim.backend, 'dying', 'turn 4 of 2 backends starts at the first');
    await dying.close();
    assert.equal((await victim.closed).code, 1006, 'the client sees its connection drop');
    const seen: string[] = [];
    for (let i = 0; i < 4; i++) seen.push((await via()).backend);
    assert.deepEqual(seen, ['b', 'b', 'b', 'b'], 'the stale entry for the dead backend is skipped');
  });

  it('closes the client when no backend accepts', T, async () => {
    const lb = await startLb([await refusedPort(), await refusedPort()]);
    assert.equal(await received(await raw(lb.port)), '');
    ports = [];
    await closed(await raw(lb.port));
    assert.equal(lb.connections(), 0);
  });

  it('closes both sides when either side half-closes or fails', T, async () => {
    const lb = await startLb([a.port]);
    const cases: [string, (client: Socket, server: Socket) => void][] = [
      ['client half-closes', (client) => client.end('to backend')],
      ['backend half-closes', (_client, server) => server.end('to client')],
      ['client resets', (client) => client.resetAndDestroy()],
      ['backend resets', (_client, server) => server.resetAndDestroy()],
    ];
    for (const [what, act] of cases) {
      const accepted = a.nextConnection();
      const client = await raw(lb.port);
      client.on('error', () => {});
      const server = await accepted;
      server.on('error', () => {});
      const toClient = received(client);
      const toServer = received(server);
      act(client, server);
      await Promise.all([closed(client), closed(server)]);
      // Bytes sent before a half-close still arrive before the other side is closed.
      if (what === 'client half-closes') assert.equal(await toServer, 'to backend', what);
      if (what === 'backend half-closes') assert.equal(await toClient, 'to client', what);
    }
    assert.equal(lb.connections(), 0);
  });

  it('leaves no connection or handle open after close()', T, async (t) => {
    await nextLoopTurn();
    const baseline = tcpHandles();
    const c1 = await Backend.start('c1');
    const c2 = await Backend.start('c2');
    const own = await Balancer.start(() => [c1.port, c2.port]);
    // Should an assertion fail: nothing may keep the test process alive.
    t.after(async () => {
      await own.close();
      await c1.close();
      await c2.close();
    });
    const ws = await Promise.all([open(own.port), open(own.port), open(own.port)]);
    const accepted = Promise.race([c1.nextConnection(), c2.nextConnection()]);
    const idle = await raw(own.port);
    await accepted;
    assert.equal(own.connections(), 4);
    await own.close();
    assert.equal(own.connections(), 0);
    await Promise.all([...ws.map((w) => w.closed), closed(idle), c1.idle(), c2.idle()]);
    assert.equal(c1.open.size + c2.open.size, 0, 'the backends saw every connection close');
    assert.equal(await refused(own.port), 'ECONNREFUSED', 'no longer listening');
    await c1.close();
    await c2.close();
    assert.deepEqual(tcpHandles(), baseline, 'TCP handles are back to where they were');
  });
});
