import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import type { Socket } from 'node:net';

/**
 * Turns TCP_NODELAY on for every TCP socket this process creates or accepts from now on, until the
 * returned function is called, through Node's `net.client.socket` / `net.server.socket` diagnostics
 * channels.
 *
 * Why: the harness runs the TCP balancer of the cluster tests (testing/balancer.ts) in its own
 * process, and that balancer leaves Nagle's algorithm on. On loopback a proxied send then waits for
 * the peer's delayed ACK: measured here, a send→ack of ~7 ms direct became ~55 ms through it. A
 * kernel load balancer (a Kubernetes Service) adds nothing of the kind, so the benchmarks switch
 * Nagle off for the proxy's sockets (WebSocket and database clients set it themselves already).
 */
export function noDelayForAllSockets(): () => void {
  const on = (message: unknown): void => {
    const socket = (message as { socket?: Socket }).socket;
    socket?.setNoDelay(true);
  };
  subscribe('net.client.socket', on);
  subscribe('net.server.socket', on);
  return () => {
    unsubscribe('net.client.socket', on);
    unsubscribe('net.server.socket', on);
  };
}
