/**
 * A dependency-free SVG chart of one run: p50 and p99 send→deliver latency per second (log scale),
 * delivered messages per second, and the whole run's latency distribution (percentile on a
 * 1/(1−p) axis, as HdrHistogram plots it).
 */
import type { SecondPoint } from './load.js';

const W = 900;
const PANEL_H = 170;
const LEFT = 70;
const RIGHT = 20;
const GAP = 50;

interface Axis {
  min: number;
  max: number;
  log: boolean;
}

function scale(a: Axis, v: number, from: number, to: number): number {
  if (a.log) {
    const lv = Math.log10(Math.max(v, a.min));
    return from + ((lv - Math.log10(a.min)) / (Math.log10(a.max) - Math.log10(a.min))) * (to - from);
  }
  return from + ((v - a.min) / (a.max - a.min || 1)) * (to - from);
}

function esc(s: string): string {
  return s.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]!);
}

function logTicks(min: number, max: number): number[] {
  const out: number[] = [];
  for (let e = Math.floor(Math.log10(min)); e <= Math.ceil(Math.log10(max)); e++) {
    for (const m of [1, 2, 5]) {
      const v = m * 10 ** e;
      if (v >= min && v <= max) out.push(v);
    }
  }
  return out;
}

function niceMax(v: number): number {
  if (v <= 0) return 1;
  const e = 10 ** Math.floor(Math.log10(v));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * e >= v) return m * e;
  return 10 * e;
}

function fmt(v: number): string {
  if (v >= 1e6) return `${(v / 1e6).toFixed(v % 1e6 === 0 ? 0 : 1)}M`;
  if (v >= 1e3) return `${(v / 1e3).toFixed(v % 1e3 === 0 ? 0 : 1)}k`;
  return v >= 1 ? String(Math.round(v * 100) / 100) : String(v);
}

function polyline(points: [number, number][], color: string, width = 1.6): string {
  if (points.length === 0) return '';
  return `<polyline fill="none" stroke="${color}" stroke-width="${width}" points="${points.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' ')}"/>`;
}

export function chartSvg(title: string, series: SecondPoint[], distribution: [number, number][], boundMs: number | null, what = 'send→deliver latency'): string {
  const H = 60 + 3 * PANEL_H + 2 * GAP + 40;
  const x0 = LEFT;
  const x1 = W - RIGHT;
  const parts: string[] = [];
  parts.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="11">`);
  parts.push(`<rect width="${W}" height="${H}" fill="white"/>`);
  parts.push(`<text x="${W / 2}" y="24" text-anchor="middle" font-size="15" font-weight="bold">${esc(title)}</text>`);

  const tMax = Math.max(1, ...series.map((p) => p.t + 1));
  const tAxis: Axis = { min: 0, max: tMax, log: false };
  const xOf = (t: number): number => scale(tAxis, t, x0, x1);

  // Panel 1: latency over time.
  let top = 50;
  let bottom = top + PANEL_H;
  const lats = series.flatMap((p) => [p.p50_ms, p.p99_ms]).filter((v) => v > 0);
  const latAxis: Axis = { min: Math.min(0.1, ...lats), max: niceMax(Math.max(boundMs ?? 1, ...lats) * 1.2), log: true };
  const yLat = (v: number): number => scale(latAxis, v, bottom, top);
  parts.push(panelFrame(`${what} per second (ms, log)`, top, bottom));
  for (const v of logTicks(latAxis.min, latAxis.max)) parts.push(hTick(yLat(v), fmt(v)));
  parts.push(timeTicks(tMax, xOf, bottom));
  const phases = boundaries(series);
  phases.forEach(([t, label], i) => {
    const x = xOf(t);
    // Staggered so that labels of short phases do not overwrite each other.
    parts.push(`<line x1="${x}" y1="${top}" x2="${x}" y2="${bottom}" stroke="#bbb" stroke-dasharray="3,3"/><text x="${x + 3}" y="${top + 11 + (i % 3) * 10}" fill="#777" font-size="9">${esc(label)}</text>`);
  });
  if (boundMs !== null) {
    const y = yLat(boundMs);
    parts.push(`<line x1="${x0}" y1="${y}" x2="${x1}" y2="${y}" stroke="#d33" stroke-dasharray="6,4"/><text x="${x0 + 4}" y="${y - 4}" fill="#d33">bound ${boundMs} ms</text>`);
  }
  const mid = (p: SecondPoint): number => xOf(p.t + 0.5);
  // Lines break where the series has a gap (between phases, while waiting for a quiet machine).
  const runs = segments(series);
  for (const run of runs) {
    parts.push(polyline(run.filter((p) => p.p99_ms > 0).map((p) => [mid(p), yLat(p.p99_ms)]), '#d62728'));
    parts.push(polyline(run.filter((p) => p.p50_ms > 0).map((p) => [mid(p), yLat(p.p50_ms)]), '#1f77b4'));
  }
  parts.push(legend([['p50', '#1f77b4'], ['p99', '#d62728']], top));

  // Panel 2: throughput over time.
  top = bottom + GAP;
  bottom = top + PANEL_H;
  const rateAxis: Axis = { min: 0, max: niceMax(Math.max(1, ...series.map((p) => Math.max(p.delivered, p.sent)))), log: false };
  const yRate = (v: number): number => scale(rateAxis, v, bottom, top);
  parts.push(panelFrame('messages per second: delivered (bars), sent (line)', top, bottom));
  for (let i = 0; i <= 4; i++) parts.push(hTick(yRate((rateAxis.max * i) / 4), fmt((rateAxis.max * i) / 4)));
  parts.push(timeTicks(tMax, xOf, bottom));
  const bw = Math.max(1, xOf(1) - xOf(0) - 1);
  for (const p of series) parts.push(`<rect x="${xOf(p.t).toFixed(1)}" y="${yRate(p.delivered).toFixed(1)}" width="${bw.toFixed(1)}" height="${(bottom - yRate(p.delivered)).toFixed(1)}" fill="#9ecae1"/>`);
  for (const run of runs) parts.push(polyline(run.map((p) => [mid(p), yRate(p.sent)]), '#333', 1.2));

  // Panel 3: distribution.
  top = bottom + GAP;
  bottom = top + PANEL_H;
  const dist = distribution.filter(([p]) => p < 100);
  const maxInv = 100000; // 99.999th
  const pAxis: Axis = { min: 1, max: maxInv, log: true };
  const xP = (p: number): number => scale(pAxis, 1 / Math.max(1e-9, 1 - p / 100), x0, x1);
  const dv = distribution.map(([, v]) => v).filter((v) => v > 0);
  const dAxis: Axis = { min: Math.min(0.1, ...dv), max: niceMax(Math.max(1, ...dv) * 1.2), log: true };
  const yD = (v: number): number => scale(dAxis, v, bottom, top);
  parts.push(panelFrame(`${what}: distribution over the measured run (ms, log) by percentile`, top, bottom));
  for (const v of logTicks(dAxis.min, dAxis.max)) parts.push(hTick(yD(v), fmt(v)));
  for (const p of [0, 90, 99, 99.9, 99.99, 99.999]) {
    const x = xP(p);
    parts.push(`<line x1="${x}" y1="${bottom}" x2="${x}" y2="${bottom + 4}" stroke="#333"/><text x="${x}" y="${bottom + 15}" text-anchor="middle">${p}%</text>`);
  }
  parts.push(polyline(dist.map(([p, v]) => [xP(p), yD(v)]), '#2ca02c', 2));
  for (const [p, v] of dist) parts.push(`<circle cx="${xP(p).toFixed(1)}" cy="${yD(v).toFixed(1)}" r="2.5" fill="#2ca02c"><title>p${p}: ${v.toFixed(2)} ms</title></circle>`);
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;

  function panelFrame(label: string, t: number, b: number): string {
    return `<rect x="${x0}" y="${t}" width="${x1 - x0}" height="${b - t}" fill="none" stroke="#333"/><text x="${x0}" y="${t - 6}" font-weight="bold">${esc(label)}</text>`;
  }
  function hTick(y: number, label: string): string {
    return `<line x1="${x0}" y1="${y.toFixed(1)}" x2="${x1}" y2="${y.toFixed(1)}" stroke="#eee"/><text x="${x0 - 5}" y="${(y + 4).toFixed(1)}" text-anchor="end">${label}</text>`;
  }
}

function timeTicks(tMax: number, xOf: (t: number) => number, bottom: number): string {
  const step = niceMax(tMax / 10);
  const out: string[] = [];
  for (let t = 0; t <= tMax + 1e-9; t += step) out.push(`<text x="${xOf(t).toFixed(1)}" y="${bottom + 14}" text-anchor="middle">${fmt(t)}s</text>`);
  return out.join('');
}

function legend(items: [string, string][], top: number): string {
  return items.map(([label, color], i) => `<rect x="${W - RIGHT - 110 + i * 55}" y="${top - 14}" width="12" height="3" fill="${color}"/><text x="${W - RIGHT - 94 + i * 55}" y="${top - 9}">${label}</text>`).join('');
}

function segments(series: SecondPoint[]): SecondPoint[][] {
  const out: SecondPoint[][] = [];
  let cur: SecondPoint[] = [];
  for (const p of series) {
    if (cur.length > 0 && p.t - cur[cur.length - 1]!.t > 1.5) {
      out.push(cur);
      cur = [];
    }
    cur.push(p);
  }
  if (cur.length > 0) out.push(cur);
  return out;
}

function boundaries(series: SecondPoint[]): [number, string][] {
  const out: [number, string][] = [];
  let last = '';
  for (const p of series) {
    if (p.phase !== last) {
      out.push([p.t, p.phase]);
      last = p.phase;
    }
  }
  return out.length > 1 ? out : [];
}
