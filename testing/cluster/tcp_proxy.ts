import { type Server, type Socket, connect, createServer } from 'node:net';

/**
 * A TCP proxy that a test can partition: `blackhole()` stops moving bytes both ways (connections
 * stay open and silent, as when a network drops packets or a peer is paused with SIGSTOP), `cut()`
 * resets every connection and refuses new ones, `restore()` heals either. Bytes held back by a
 * blackhole are delivered in order after restore(), as TCP would after a partition heals.
 */
export class TcpProxy {
  private mode: 'open' | 'blackhole' | 'cut' = 'open';
  private readonly pairs = new Set<[Socket, Socket]>();
  connections = 0;

  private constructor(
    private readonly server: Server,
    readonly port: number,
  ) {}

  static async start(targetHost: string, targetPort: number): Promise<TcpProxy> {
    let proxy: TcpProxy | undefined;
    const server = createServer((client) => proxy!.accept(client, targetHost, targetPort));
    const port = await new Promise<number>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port));
    });
    proxy = new TcpProxy(server, port);
    return proxy;
  }

  get endpoint(): string {
    return `127.0.0.1:${this.port}`;
  }

  blackhole(): void {
    this.mode = 'blackhole';
    for (const [a, b] of this.pairs) {
      a.pause();
      b.pause();
    }
  }

  cut(): void {
    this.mode = 'cut';
    for (const [a, b] of this.pairs) {
      a.resetAndDestroy();
      b.resetAndDestroy();
    }
    this.pairs.clear();
  }

  restore(): void {
    this.mode = 'open';
    for (const [a, b] of this.pairs) {
      a.resume();
      b.resume();
    }
  }

  async close(): Promise<void> {
    this.cut();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private accept(client: Socket, host: string, port: number): void {
    if (this.mode === 'cut') {
      client.resetAndDestroy();
      return;
    }
    this.connections++;
    const upstream = connect(port, host);
    const pair: [Socket, Socket] = [client, upstream];
    this.pairs.add(pair);
    client.on('data', (d) => upstream.write(d));
    upstream.on('data', (d) => client.write(d));
    const done = (): void => {
      this.pairs.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    client.on('close', done);
    upstream.on('close', done);
    client.on('error', done);
    upstream.on('error', done);
    if (this.mode === 'blackhole') {
      client.pause();
      upstream.pause();
    }
  }
}
