import { Counter, type Registry } from 'prom-client';
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
