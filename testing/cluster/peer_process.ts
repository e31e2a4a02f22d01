/**
 * A cluster transport node as a separate process, for tests and bench/grpc_stream.ts:
 *
 *   node dist/testing/cluster/peer_process.js --id b --port 0 [--version 1]
 *
 * Prints one JSON line {"ready":true,"address":"127.0.0.1:<port>","pid":...} when listening.
 * Handlers (kind "test"): request "echo" answers its payload, "hang" never answers, "stats" answers
 * JSON {tells, outOfOrder, keys}; tell "seq" carries a uint32 counter per key that must grow
 * (gaps are allowed: delivery is at most once across a broken stream, order is not negotiable).
 * Exits on SIGTERM after stopping the transport.
 */
import { Remote } from '../../lib/cluster/remote/mod.js';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

const remote = new Remote({
  nodeId: arg('id', 'peer'),
  listen: `127.0.0.1:${arg('port', '0')}`,
  protocolVersion: Number(arg('version', '1')),
});
let tells = 0;
let outOfOrder = 0;
const last = new Map<string, number>();
remote.handle('test', {
  request(m) {
    if (m.type === 'echo') return m.payload;
    if (m.type === 'hang') return new Promise<Uint8Array>(() => undefined);
    if (m.type === 'stats') return new TextEncoder().encode(JSON.stringify({ tells, outOfOrder, keys: last.size }));
    throw new Error(`unknown request type ${m.type}`);
  },
  tell(m) {
    tells++;
    const n = new DataView(m.payload.buffer, m.payload.byteOffset, m.payload.byteLength).getUint32(0);
    const prev = last.get(m.key) ?? -1;
    if (n <= prev) outOfOrder++;
    last.set(m.key, n);
  },
});
const address = await remote.start();
console.log(JSON.stringify({ ready: true, address, pid: process.pid }));
process.on('SIGTERM', () => {
  void remote.stop().then(() => process.exit(0));
});
