import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const RESULTS_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../../bench/results');

export type Figures = Record<string, number | string | boolean>;

/**
 * Prints one fixed-format line per result — `BENCH <name> key=value ...` — and writes
 * <dir>/<name>.json (bench/results by default) with the figures, what the machine was, and any
 * `extra` fields (the load harness adds its configuration, phases, time series and distribution).
 */
export function report(name: string, figures: Figures, notes: string[] = [], extra: Record<string, unknown> = {}, dir: string = RESULTS_DIR): void {
  const line = Object.entries(figures)
    .map(([k, v]) => `${k}=${typeof v === 'number' ? round(v) : v}`)
    .join(' ');
  console.log(`BENCH ${name} ${line}`);
  for (const n of notes) console.log(`  note: ${n}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${name}.json`), `${JSON.stringify({ name, at: new Date().toISOString(), machine: machine(), figures, notes, ...extra }, null, 2)}\n`);
}

export function machine(): { cpus: number; cpu: string; node: string } {
  return { cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', node: process.version };
}

export function round(v: number): number {
  if (Number.isInteger(v)) return v;
  return Math.abs(v) >= 100 ? Math.round(v) : Math.round(v * 1000) / 1000;
}

/** Exact percentiles of a sample (sorted copy). */
export function percentiles(values: number[], ps: number[]): number[] {
  const s = Float64Array.from(values).sort();
  return ps.map((p) => (s.length === 0 ? 0 : s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!));
}

/** Resident set size of a process in bytes, from /proc (Linux). */
export function rssOf(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const m = /VmRSS:\s+(\d+) kB/.exec(status);
  return m ? Number(m[1]) * 1024 : 0;
}

/** CPU seconds (user + system) a process has used so far, from /proc. */
export function cpuSecondsOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}
