/**
 * Preloaded into a benchmarked `chorus` process (NODE_OPTIONS=--import=<this file>) so the harness can
 * see what /proc cannot: V8 heap use, event-loop utilisation and event-loop delay. Every second it
 * writes one JSON line of figures to the file named by CHORUS_BENCH_PROBE (replacing the previous
 * contents); SIGUSR2 forces a garbage collection (when --expose-gc is on) and an immediate write.
 * The harness samples once a second, so readings are written once a second too.
 * Nothing here touches Chorus itself; without CHORUS_BENCH_PROBE the module does nothing.
 */
import { renameSync, writeFileSync } from 'node:fs';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { isMainThread } from 'node:worker_threads';

export interface ProbeReading {
  at: number;
  rss: number;
  heapUsed: number;
  heapTotal: number;
  external: number;
  arrayBuffers: number;
  /** Event-loop utilisation since the previous reading, 0..1. */
  elu: number;
  /** Event-loop delay p99 and max since the previous reading, ms. */
  delayP99Ms: number;
  delayMaxMs: number;
  /** True when this reading follows a forced garbage collection. */
  afterGc: boolean;
}

// A gateway process forked by the server (--gateway-processes) writes beside it: <file>.<pid>.
// Worker threads (the SQLite writer, the search reader) load this module too and would overwrite the
// main thread's readings with their own loop's: only the main thread writes.
const named = isMainThread ? process.env['CHORUS_BENCH_PROBE'] : undefined;
const file = named !== undefined && named !== '' && process.send !== undefined ? `${named}.${process.pid}` : named;
if (file !== undefined && file !== '') {
  // The histogram records the whole interval between its timer's ticks, the 10 ms included: a
  // reading subtracts it, so an idle loop reads 0 and a stall of 30 ms reads about 30.
  const RESOLUTION_MS = 10;
  const delay = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
  delay.enable();
  let elu = performance.eventLoopUtilization();
  const write = (afterGc: boolean): void => {
    const m = process.memoryUsage();
    const now = performance.eventLoopUtilization();
    const reading: ProbeReading = {
      at: Date.now(),
      rss: m.rss,
      heapUsed: m.heapUsed,
      heapTotal: m.heapTotal,
      external: m.external,
      arrayBuffers: m.arrayBuffers,
      elu: performance.eventLoopUtilization(now, elu).utilization,
      delayP99Ms: Math.max(0, delay.percentile(99) / 1e6 - RESOLUTION_MS),
      delayMaxMs: Math.max(0, delay.max / 1e6 - RESOLUTION_MS),
      afterGc,
    };
    elu = now;
    delay.reset();
    try {
      writeFileSync(`${file}.tmp`, JSON.stringify(reading));
      renameSync(`${file}.tmp`, file);
    } catch {
      // The harness removed the directory: it no longer wants readings.
    }
  };
  setInterval(() => write(false), 1000).unref();
  process.on('SIGUSR2', () => {
    const gc = (globalThis as { gc?: () => void }).gc;
    if (gc !== undefined) gc();
    write(gc !== undefined);
  });
}
