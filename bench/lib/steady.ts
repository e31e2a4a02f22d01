import { startChat } from './chat.js';
import type { Options } from './options.js';
import { phaseFigures, phaseFlags, phaseJson, writeResult } from './output.js';
import { type Figures } from './report.js';
import { type Workload, fanout, hottestShare } from './workload.js';

export interface SteadySpec {
  scenario: string;
  title: string;
  measures: string;
  workload: Workload;
  /** Offered messages/s, seconds measured, seconds of warm-up, text bytes, receipt ratio. */
  rate: number;
  seconds: number;
  warmup: number;
  textBytes: number;
  receiptRatio: number;
  config: Record<string, string | number | boolean>;
  /** Scenario-specific figures computed from the measured phase's figures. */
  derive?: (f: Figures) => Figures;
  notes?: string[];
}

const NOT_MEASURED = [
  'client-side network stacks of real devices (every socket is on loopback)',
  'a cluster: one process does gateway, conversation and storage work (see docs/capacity.md for how the figures scale out)',
];

/** A warm-up, then one measured phase at a fixed offered rate; writes the summary, JSON and chart. */
export async function runSteady(opts: Options, spec: SteadySpec): Promise<void> {
  const run = await startChat(opts, spec.workload);
  try {
    const phase = { rate: spec.rate, textBytes: spec.textBytes, receiptRatio: spec.receiptRatio, drainMs: 5000 };
    // Activates every conversation actor and warms the JIT; not recorded.
    if (spec.warmup > 0) await run.runner.phase({ ...phase, label: 'warm-up', seconds: spec.warmup }, false);
    const p = await run.runner.phase({ ...phase, label: 'measured', seconds: spec.seconds });
    let figures: Figures = {
      ...phaseFigures(p),
      fanout: fanout(spec.workload),
      sessions: spec.workload.users,
      conversations: spec.workload.convs.length,
      client_workers: run.pool.size,
    };
    if (spec.derive) figures = { ...figures, ...spec.derive(figures) };
    writeResult(
      {
        scenario: spec.scenario,
        title: spec.title,
        measures: spec.measures,
        notMeasured: NOT_MEASURED,
        target: run.target.describe,
        config: { ...spec.config, workload: spec.workload.describe, hottest_conversation_share: hottestShare(spec.workload), offered_per_sec: spec.rate, seconds: spec.seconds, warmup_seconds: spec.warmup, text_bytes: spec.textBytes, receipt_ratio: spec.receiptRatio, client_workers: run.pool.size },
        figures,
        tables: [],
        flags: phaseFlags(p),
        notes: spec.notes ?? [],
        series: p.series,
        hist: p.latHist,
        boundMs: null,
        json: { phases: [phaseJson(p)] },
      },
      opts,
      run.load1Before,
    );
  } finally {
    await run.close();
  }
}
