/**
 * The one clock of the load harness: CLOCK_MONOTONIC in microseconds (libuv's uv_hrtime).
 *
 * Send→deliver latency is measured across processes: a sender worker stamps the message text with
 * this clock and a receiver worker — often another process — subtracts the stamp from its own
 * reading. CLOCK_MONOTONIC is one system-wide clock on a Linux machine, so every worker on the same
 * machine reads the same timeline. `performance.now()` would not do: it counts from each process's
 * own `timeOrigin`. `Date.now()` would, but it has millisecond resolution and jumps with NTP steps.
 * Workers on different machines would need a synchronised wall clock instead; the harness always runs
 * its workers on one machine, whatever machines the servers are on.
 */
export function nowUs(): number {
  const [s, ns] = process.hrtime();
  return s * 1e6 + ns / 1e3;
}
