import { readFileSync, readdirSync, readlinkSync } from 'node:fs';

const TICKS_PER_SEC = 100;

/** CPU seconds (user + system) a process has used so far, from /proc/<pid>/stat; null once it is gone. */
export function cpuSeconds(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SEC;
  } catch {
    return null;
  }
}

/** Resident set size in bytes, from /proc/<pid>/status; null once the process is gone. */
export function rssBytes(pid: number): number | null {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : null;
  } catch {
    return null;
  }
}

/**
 * Times a process has gone to sleep waiting (voluntary context switches, all its threads, from
 * /proc/<pid>/task/<tid>/status): each is a wake-up of the event loop or a helper thread when
 * something arrives. Null once the process is gone.
 */
export function wakeups(pid: number): number | null {
  try {
    let n = 0;
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      const m = /voluntary_ctxt_switches:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/task/${tid}/status`, 'utf8'));
      if (m) n += Number(m[1]);
    }
    return n;
  } catch {
    return null;
  }
}

/** The 1-minute load average of the machine (other users of the machine show up here). */
export function loadAverage(): number {
  try {
    return Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]);
  } catch {
    return 0;
  }
}

/**
 * CPU seconds the whole machine has spent so far (all cores), from /proc/stat: `busy` is user, nice,
 * system and steal time; `irq` is interrupt and softirq time, which on loopback is mostly the kernel
 * moving this benchmark's own packets, so it is kept apart from "other users".
 */
export function machineSeconds(): { busy: number; irq: number } {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n')[0]!;
    const f = line.trim().split(/\s+/).slice(1).map(Number);
    // user nice system idle iowait irq softirq steal
    const busy = (f[0] ?? 0) + (f[1] ?? 0) + (f[2] ?? 0) + (f[7] ?? 0);
    const irq = (f[5] ?? 0) + (f[6] ?? 0);
    return { busy: busy / TICKS_PER_SEC, irq: irq / TICKS_PER_SEC };
  } catch {
    return { busy: 0, irq: 0 };
  }
}

/** The fields of every row of /proc/net/tcp and tcp6: f[1] local ADDR:PORT, f[2] remote, f[3] state, f[9] inode. */
function tcpRows(): string[][] {
  const rows: string[][] = [];
  for (const file of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text = '';
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    for (const line of text.split('\n').slice(1)) {
      const f = line.trim().split(/\s+/);
      if (f.length > 9) rows.push(f);
    }
  }
  return rows;
}

/** The socket inodes a process holds open ([] once it is gone). */
function socketInodes(pid: number | string): string[] {
  let fds: string[];
  try {
    fds = readdirSync(`/proc/${pid}/fd`);
  } catch {
    return [];
  }
  const inodes: string[] = [];
  for (const fd of fds) {
    try {
      const m = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`));
      if (m !== null) inodes.push(m[1]!);
    } catch {
      // the fd closed meanwhile
    }
  }
  return inodes;
}

const hexPort = (port: number): string => port.toString(16).toUpperCase().padStart(4, '0');

/**
 * The pid of the local process listening on a TCP port (e.g. the Cassandra JVM on 9042), from
 * /proc/net/tcp{,6} and the processes' fd links; null when none of this user's processes is.
 */
export function pidListeningOn(port: number): number | null {
  const hex = hexPort(port);
  // 0A: LISTEN.
  const inodes = new Set(tcpRows().filter((f) => f[1]!.endsWith(`:${hex}`) && f[3] === '0A').map((f) => f[9]!));
  if (inodes.size === 0) return null;
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    if (socketInodes(pid).some((i) => inodes.has(i))) return Number(pid);
  }
  return null;
}

/** Local TCP ports of the processes' connections to `remotePort` (e.g. their Cassandra driver's connections to 9042). */
export function localPortsTo(pids: readonly number[], remotePort: number): Set<number> {
  const inodes = new Set(pids.flatMap((pid) => socketInodes(pid)));
  const hex = hexPort(remotePort);
  const ports = new Set<number>();
  for (const f of tcpRows()) if (f[2]!.endsWith(`:${hex}`) && inodes.has(f[9]!)) ports.add(parseInt(f[1]!.split(':')[1]!, 16));
  return ports;
}
