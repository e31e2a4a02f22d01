import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chartSvg } from './chart.js';
import { type Histogram, distributionMs } from './histogram.js';
import type { PhaseResult, SecondPoint } from './load.js';
import type { Options } from './options.js';
import { loadAverage } from './procstat.js';
import { type Figures, RESULTS_DIR, machine, report, round } from './report.js';

/** Everything a scenario hands over at the end; written as Markdown, JSON and SVG. */
export interface ScenarioResult {
  scenario: string;
  title: string;
  /** One paragraph: what the figures mean. */
  measures: string;
  notMeasured: string[];
  target: string;
  config: Record<string, string | number | boolean>;
  /** The BENCH line and the JSON `figures`. */
  figures: Figures;
  /** Extra Markdown tables (saturation steps, per-phase rows). */
  tables: { title: string; head: string[]; rows: (string | number)[][] }[];
  /** Client-bound and machine-saturation warnings. */
  flags: string[];
  notes: string[];
  series: SecondPoint[];
  hist: Histogram | null;
  boundMs: number | null;
  /** What the histogram holds, for the chart (default send→deliver latency). */
  histLabel?: string;
  /** More JSON fields (phases and the like). */
  json: Record<string, unknown>;
}

export function outDir(opts: Options): string {
  return opts.str('out', RESULTS_DIR);
}

/**
 * Prints the Markdown summary and the `BENCH` line to stdout and writes <out>/<scenario>.md, .json
 * and .svg (bench/results by default, --out=DIR elsewhere).
 */
export function writeResult(result: ScenarioResult, opts: Options, load1Before: number): { md: string; json: string; svg: string } {
  // --name=X files a variant (e.g. group_1k for --size=1024) beside the default run of a scenario.
  const r = { ...result, scenario: opts.str('name', result.scenario) };
  const dir = outDir(opts);
  mkdirSync(dir, { recursive: true });
  const distribution = r.hist === null ? [] : distributionMs(r.hist);
  const load = { before: load1Before, after: loadAverage() };
  const md = markdown(r, load);
  const paths = { md: join(dir, `${r.scenario}.md`), json: join(dir, `${r.scenario}.json`), svg: join(dir, `${r.scenario}.svg`) };
  writeFileSync(paths.md, md);
  writeFileSync(paths.svg, chartSvg(`Chorus bench: ${r.title}`, r.series, distribution, r.boundMs, r.histLabel));
  console.log(md);
  report(r.scenario, r.figures, [...r.flags.map((f) => `FLAG ${f}`), ...r.notes], { title: r.title, measures: r.measures, notMeasured: r.notMeasured, target: r.target, config: r.config, loadAverage: load, flags: r.flags, distribution, series: r.series, ...r.json }, dir);
  return paths;
}

function markdown(r: ScenarioResult, load: { before: number; after: number }): string {
  const m = machine();
  const lines: string[] = [];
  lines.push(`# Chorus bench: ${r.title}`, '');
  lines.push(r.measures, '');
  lines.push(`- When: ${new Date().toISOString()}; machine: ${m.cpus} × ${m.cpu}, Node ${m.node}; 1-min load average ${load.before.toFixed(2)} before, ${load.after.toFixed(2)} after.`);
  lines.push(`- Target: ${r.target}.`);
  lines.push(`- Files: \`${r.scenario}.json\`, \`${r.scenario}.svg\` (latency over time and distribution).`, '');
  lines.push('## Configuration', '', '| option | value |', '|---|---|');
  for (const [k, v] of Object.entries(r.config)) lines.push(`| ${k} | ${v} |`);
  lines.push('', '## Results', '', '| figure | value |', '|---|---|');
  for (const [k, v] of Object.entries(r.figures)) lines.push(`| ${k} | ${typeof v === 'number' ? round(v) : v} |`);
  for (const t of r.tables) {
    lines.push('', `## ${t.title}`, '', `| ${t.head.join(' | ')} |`, `|${t.head.map(() => '---').join('|')}|`);
    for (const row of t.rows) lines.push(`| ${row.map((x) => (typeof x === 'number' ? round(x) : x)).join(' | ')} |`);
  }
  lines.push('', '## Who was the bottleneck', '');
  if (r.flags.length === 0) lines.push('- No client-bound signs: client workers stayed under 90% of a core and sent on schedule.');
  else for (const f of r.flags) lines.push(`- ${f}`);
  if (r.notes.length > 0) {
    lines.push('', '## Notes', '');
    for (const n of r.notes) lines.push(`- ${n}`);
  }
  if (r.notMeasured.length > 0) {
    lines.push('', '## Not measured', '');
    for (const n of r.notMeasured) lines.push(`- ${n}`);
  }
  return `${lines.join('\n')}\n`;
}

/** CPU (in cores) used by others during a run beyond which its figures count as disturbed. */
export const OTHER_LIMIT = 0.25;
/** fsync p99 (ms) of the temp file system beyond which the disk counts as contended (idle here: < 1 ms; a harness-started server adds its own commits, 2-5 ms at saturation). */
export const FSYNC_LIMIT_MS = 10;

export function disturbed(p: PhaseResult): boolean {
  return p.usage.otherCores > OTHER_LIMIT || p.disk.p99_ms > FSYNC_LIMIT_MS;
}

/** Flags of one load phase as sentences, prefixed with its label when there are several phases. */
export function phaseFlags(p: PhaseResult, prefix = ''): string[] {
  const out = p.clientBound.map((c) => `${prefix}client-bound: ${c}`);
  if (p.machineSaturated) out.push(`${prefix}the machine's cores were all busy (${p.usage.machineCores.toFixed(2)} cores): server and clients compete, so this figure is a floor for the server`);
  if (p.usage.otherCores > OTHER_LIMIT) out.push(`${prefix}disturbed: other processes on the machine used ${(p.usage.otherCores * 100).toFixed(0)}% CPU during the run (load average ${p.usage.load1.toFixed(2)}); rerun for a clean figure`);
  if (p.disk.p99_ms > FSYNC_LIMIT_MS) out.push(`${prefix}disturbed: the disk was contended (a 4 KiB fsync, beside the server's own commits, took ${p.disk.p99_ms.toFixed(1)} ms at p99, ${p.disk.max_ms.toFixed(0)} ms at most; idle disk: under 1 ms), and the embedded store's commits wait on it; rerun for a clean figure`);
  if (p.missing > 0) out.push(`${prefix}${p.missing} deliveries did not arrive before the drain ended`);
  if (p.errors > 0) out.push(`${prefix}${p.errors} sends answered with errors ${JSON.stringify(p.errorCodes)}`);
  return out;
}

/** The figures every chat phase reports, in the BENCH line's key=value form. */
export function phaseFigures(p: PhaseResult): Figures {
  const u = p.usage;
  return {
    offered_per_sec: p.offered_per_sec,
    sent_per_sec: p.sent_per_sec,
    delivered_per_sec: p.delivered_per_sec,
    sent: p.sent,
    acked: p.acked,
    delivered: p.delivered,
    errors: p.errors,
    missing: p.missing,
    receipts_per_sec: p.receipts / p.seconds,
    p50_ms: p.latency.p50_ms,
    p90_ms: p.latency.p90_ms,
    p99_ms: p.latency.p99_ms,
    p999_ms: p.latency.p999_ms,
    max_ms: p.latency.max_ms,
    ack_p50_ms: p.ack.p50_ms,
    ack_p99_ms: p.ack.p99_ms,
    send_lag_p99_ms: p.lag.p99_ms,
    server_cpu_pct: u.serverCores === null ? 'n/a' : u.serverCores * 100,
    server_loop_util_pct: p.serverLoopUtil === null ? 'n/a' : p.serverLoopUtil * 100,
    server_loop_delay_max_ms: p.serverLoopDelayMaxMs ?? 'n/a',
    client_cpu_pct: u.clientCores * 100,
    machine_cpu_pct: u.machineCores * 100,
    kernel_irq_cpu_pct: u.irqCores * 100,
    other_cpu_pct: u.otherCores * 100,
    disk_fsync_p99_ms: p.disk.p99_ms,
    disturbed: disturbed(p),
    server_rss_mb: u.serverRssBytes === null ? 'n/a' : u.serverRssBytes / 1048576,
    server_heap_mb: u.serverHeapBytes === null ? 'n/a' : u.serverHeapBytes / 1048576,
    client_bound: p.clientBound.length > 0,
    load1: u.load1,
  };
}

/** A phase for the JSON file: everything but the histogram object. */
export function phaseJson(p: PhaseResult): Record<string, unknown> {
  const { latHist: _h, series: _s, ...rest } = p;
  return rest;
}
