import { type AddressInfo, type Server, type Socket, connect, createServer } from 'node:net';

/**
 * A TCP load balancer in front of gateway processes, as a Kubernetes Service is in front of
 * gateway pods: tests point SDK clients at `port`, and a client whose gateway dies or drains
 * reconnects through it to another one.
 *
 * Each accepted connection goes to one backend port on 127.0.0.1, picked round robin from what
 * `backends()` returns at that moment. A backend that refuses (or otherwise fails to connect) is
 * skipped for the next one in the list; when none accepts, the client socket is closed. Bytes are
 * piped unchanged both ways, so HTTP and WebSocket upgrades pass through untouched.
 *
 * No half-open connections: when either side ends, what was read from it is flushed to the other
 * side, which is then ended too, and both sockets are closed. An error on either side closes both
 * at once. `close()` stops accepting, closes every socket and resolves when all of them are closed.
 */
export class Balancer {
  /** Every socket this balancer holds open: accepted clients and connections to backends. */
  private readonly sockets = new Set<Socket>();
  private readonly clients = new Set<Socket>();
  private turn = 0;
  private closing = false;

  private constructor(
    private readonly server: Server,
    readonly port: number,
    private readonly backends: () => readonly number[],
  ) {}

  /** Listens on 127.0.0.1 on a free port. `backends` is asked once per accepted connection. */
  static async start(backends: () => number[]): Promise<Balancer> {
    let balancer: Balancer | undefined;
    // Paused until a backend accepted: nothing the client sends is read before it can be passed on.
    const server = createServer({ pauseOnConnect: true, noDelay: true }, (client) => balancer!.accept(client));
    const port = await new Promise<number>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => {
        server.off('error', reject);
        resolve((server.address() as AddressInfo).port);
      });
    });
    balancer = new Balancer(server, port, backends);
    return balancer;
  }

  /** Client connections open now, whether piped to a backend or still waiting for one. */
  connections(): number {
    return this.clients.size;
  }

  /** Stops accepting, closes every connection (both sides) and resolves when all are closed. */
  async close(): Promise<void> {
    this.closing = true;
    const stopped = new Promise<void>((resolve) => this.server.close(() => resolve()));
    // Every socket in the set has yet to emit 'close' (track() removes it then).
    const open = [...this.sockets];
    const all = Promise.all([stopped, ...open.map(closed)]);
    for (const s of open) s.destroy();
    await all;
    // The listening handle is released in the loop's close phase, after 'close' was emitted: one
    // full turn later it is gone, so that close() leaves no handle behind.
    await nextLoopTurn();
  }

  private track(s: Socket): void {
    this.sockets.add(s);
    s.once('close', () => this.sockets.delete(s));
  }

  private accept(client: Socket): void {
    if (this.closing) {
      client.destroy();
      return;
    }
    this.track(client);
    this.clients.add(client);
    client.once('close', () => this.clients.delete(client));
    const ports = [...this.backends()];
    const first = this.turn++;
    let upstream: Socket | null = null;
    // Until spliced: the client going away cancels the connection attempt.
    const abandon = (): void => {
      client.destroy();
      upstream?.destroy();
    };
    client.on('error', abandon);
    client.on('close', abandon);
    const attempt = (i: number): void => {
      if (this.closing || client.destroyed) return;
      if (i >= ports.length) {
        client.destroy();
        return;
      }
      const s = connect({ host: '127.0.0.1', port: ports[(first + i) % ports.length]!, noDelay: true });
      upstream = s;
      this.track(s);
      const failed = (): void => {
        s.destroy();
        upstream = null;
        attempt(i + 1);
      };
      s.once('error', failed);
      s.once('connect', () => {
        s.off('error', failed);
        client.off('error', abandon);
        client.off('close', abandon);
        splice(client, s);
      });
    };
    attempt(0);
  }
}

/** Pipes a and b into each other until either ends or fails; then both close. */
function splice(a: Socket, b: Socket): void {
  let ending = false;
  const kill = (): void => {
    a.destroy();
    b.destroy();
  };
  for (const [from, to] of [
    [a, b],
    [b, a],
  ] as const) {
    from.pipe(to, { end: false });
    from.once('end', () => {
      // Everything `from` sent is already queued on `to`: flush it, end `to`, then close both.
      ending = true;
      to.end(kill);
    });
    from.on('error', kill);
    from.once('close', () => {
      if (!ending) kill();
    });
  }
}

/** Resolves on the socket's 'close' event: its handle is closed then (`s.closed` is set earlier). */
function closed(s: Socket): Promise<void> {
  return new Promise((resolve) => s.once('close', () => resolve()));
}

/** Resolves after the event loop has passed its close phase once more. */
function nextLoopTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(() => setImmediate(resolve)));
}
