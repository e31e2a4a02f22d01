import { Counter, Gauge, type Registry } from 'prom-client';
import type { OutboxStats } from './sqlite_push_outbox.js';
import type { PushOutcomeKind, PushPlatform } from './provider.js';

/**
 * Push outcomes by provider and reason. `outcome` is a provider's answer, or `dropped` for what
 * the outbox decided without asking one (expired, ambiguous, superseded, exhausted). Reasons are
 * the services' own error names or `http-<status>`, a bounded set.
 */
export interface PushMetrics {
  outcome(platform: PushPlatform, outcome: PushOutcomeKind | 'dropped', reason: string): void;
}

export const noPushMetrics: PushMetrics = { outcome: () => undefined };

/** PushMetrics as the Prometheus counter `chorus_push_outcomes_total{platform,outcome,reason}`. */
export class PromPushMetrics implements PushMetrics {
  private readonly counter: Counter<'platform' | 'outcome' | 'reason'>;

  constructor(registry: Registry) {
    this.counter = new Counter({
      name: 'chorus_push_outcomes_total',
      help: 'Push attempts and outbox decisions by platform, outcome and reason',
      labelNames: ['platform', 'outcome', 'reason'],
      registers: [registry],
    });
  }

  outcome(platform: PushPlatform, outcome: PushOutcomeKind | 'dropped', reason: string): void {
    this.counter.inc({ platform, outcome, reason });
  }
}

/**
 * `chorus_push_outbox_depth{outbox}` (pushes not yet sent or dropped) and
 * `chorus_push_outbox_oldest_seconds{outbox}` (age of the oldest of them, 0 when none) for every
 * outbox this process holds: its own (outbox = the node id) and any it drains for a dead node.
 */
export function watchOutboxes(registry: Registry, stats: () => Promise<Map<string, OutboxStats>>, now: () => number): Gauge[] {
  let last: Promise<Map<string, OutboxStats>> | null = null;
  // One read serves both gauges of a scrape.
  const read = (): Promise<Map<string, OutboxStats>> => (last ??= stats().finally(() => setImmediate(() => (last = null))));
  const depth = new Gauge({
    name: 'chorus_push_outbox_depth',
    help: 'Pushes in the outbox not yet sent or dropped, per outbox held by this node',
    labelNames: ['outbox'],
    registers: [registry],
    async collect() {
      this.reset();
      for (const [outbox, s] of await read()) this.set({ outbox }, s.depth);
    },
  });
  const oldest = new Gauge({
    name: 'chorus_push_outbox_oldest_seconds',
    help: 'Age of the oldest push not yet sent or dropped, per outbox held by this node',
    labelNames: ['outbox'],
    registers: [registry],
    async collect() {
      this.reset();
      const t = now();
      for (const [outbox, s] of await read()) this.set({ outbox }, s.oldestCreatedAt === undefined ? 0 : Math.max(0, (t - s.oldestCreatedAt) / 1000));
    },
  });
  return [depth, oldest];
}
