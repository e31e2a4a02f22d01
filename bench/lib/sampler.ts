import { nowUs } from './clock.js';
import { childPids } from '../../testing/process.js';
import { cpuSeconds, loadAverage, machineSeconds, rssBytes } from './procstat.js';
import type { TargetServer } from './target.js';

/** One reading of every process the harness watches. */
export interface Reading {
  atUs: number;
  /** Per server: CPU seconds so far, RSS bytes, heap used bytes (null where not observable). */
  servers: { cpu: number | null; rss: number | null; heap: number | null; elu: number | null; delayMaxMs: number | null }[];
  /** Per client worker: CPU seconds so far. */
  workers: (number | null)[];
  /** The harness parent itself. */
  parent: number;
  machineBusy: number;
  machineIrq: number;
  load1: number;
}

export function read(servers: TargetServer[], workerPids: number[]): Reading {
  const cpu = process.cpuUsage();
  const machine = machineSeconds();
  return {
    atUs: nowUs(),
    servers: servers.map((s) => {
      const p = s.probe();
      return {
        // The server and its gateway processes (--gateway-processes) together.
        cpu: s.pid === null ? null : treeSum(s.pid, cpuSeconds),
        rss: s.pid === null ? null : treeSum(s.pid, rssBytes),
        heap: p?.heapUsed ?? null,
        elu: p?.elu ?? null,
        delayMaxMs: p?.delayMaxMs ?? null,
      };
    }),
    workers: workerPids.map((pid) => cpuSeconds(pid)),
    parent: (cpu.user + cpu.system) / 1e6,
    machineBusy: machine.busy,
    machineIrq: machine.irq,
    load1: loadAverage(),
  };
}

/** A figure of a process plus its children's (null when the process is gone). */
function treeSum(pid: number, of: (pid: number) => number | null): number | null {
  const own = of(pid);
  if (own === null) return null;
  return childPids(pid).reduce((sum, c) => sum + (of(c) ?? 0), own);
}

/** CPU use between two readings, in cores (1.0 = one core busy all the time). */
export interface Usage {
  seconds: number;
  /** Sum over the servers that can be sampled; null when none can. */
  serverCores: number | null;
  serverCoresEach: (number | null)[];
  workerCoresEach: (number | null)[];
  clientCores: number;
  /** Busy cores of the whole machine, interrupts included. */
  machineCores: number;
  /** Interrupt and softirq time: mostly the kernel carrying this benchmark's loopback traffic. */
  irqCores: number;
  /** CPU used by neither the servers nor the harness: other users of the machine, kernel threads. */
  otherCores: number;
  /** Peak RSS and heap over the servers at the end reading. */
  serverRssBytes: number | null;
  serverHeapBytes: number | null;
  load1: number;
}

export function usage(a: Reading, b: Reading): Usage {
  const seconds = Math.max(1e-6, (b.atUs - a.atUs) / 1e6);
  const rate = (x: number | null, y: number | null): number | null => (x === null || y === null ? null : (y - x) / seconds);
  const serverCoresEach = a.servers.map((s, i) => rate(s.cpu, b.servers[i]!.cpu));
  const known = serverCoresEach.filter((x): x is number => x !== null);
  const workerCoresEach = a.workers.map((w, i) => rate(w, b.workers[i]!));
  const sumKnown = (xs: (number | null)[]): number | null => {
    const k = xs.filter((x): x is number => x !== null);
    return k.length === 0 ? null : k.reduce((s, x) => s + x, 0);
  };
  const serverCores = known.length === 0 ? null : known.reduce((s, x) => s + x, 0);
  const clientCores = workerCoresEach.reduce<number>((s, x) => s + (x ?? 0), 0) + (b.parent - a.parent) / seconds;
  const irqCores = (b.machineIrq - a.machineIrq) / seconds;
  const machineCores = (b.machineBusy - a.machineBusy) / seconds + irqCores;
  return {
    seconds,
    serverCores,
    serverCoresEach,
    workerCoresEach,
    clientCores,
    machineCores,
    irqCores,
    otherCores: Math.max(0, machineCores - irqCores - clientCores - (serverCores ?? 0)),
    serverRssBytes: sumKnown(b.servers.map((s) => s.rss)),
    serverHeapBytes: sumKnown(b.servers.map((s) => s.heap)),
    load1: b.load1,
  };
}
