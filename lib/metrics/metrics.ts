import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { ActorSystem } from '../actors/mod.js';

/** Where the gauges read their values at scrape time. */
export interface MetricSources {
  connections(): number;
  onlineUsers(): number;
  actors: ActorSystem;
}

/**
 * Every Chorus metric, defined once. Names and units follow Prometheus conventions (seconds,
 * `_total` for counters). Hot paths hold pre-labelled children, so counting is a field update.
 */
export class Metrics {
  readonly registry = new Registry();
  readonly framesIn: Counter<'type'>;
  readonly framesOut: Counter<'type'>;
  readonly deliveryLatency: Histogram;
  readonly persistLatency: Histogram;
  readonly persistBatch: Histogram;
  readonly sends: Counter<'result'>;
  readonly errors: Counter<'code'>;
  /** Metrics that read live state at scrape time (kept so their registration is visible). */
  private readonly live: (Gauge | Counter<'kind'>)[] = [];
  private readonly frameIn = new Map<string, Counter.Internal>();
  private readonly frameOut = new Map<string, Counter.Internal>();

  constructor() {
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry, prefix: 'chorus_' });
    // prom-client names these gauges `_total`, which Prometheus reserves for counters (promtool
    // refuses them); the handle counts are in nodejs_active_handles{type} without the suffix anyway.
    for (const name of ['chorus_nodejs_active_handles_total', 'chorus_nodejs_active_requests_total', 'chorus_nodejs_active_resources_total']) {
      this.registry.removeSingleMetric(name);
    }
    this.framesIn = new Counter({ name: 'chorus_frames_in_total', help: 'Client frames received, by body type', labelNames: ['type'], registers });
    this.framesOut = new Counter({ name: 'chorus_frames_out_total', help: 'Frames written to sockets or published to topics, by body type', labelNames: ['type'], registers });
    this.deliveryLatency = new Histogram({
      name: 'chorus_delivery_latency_seconds',
      help: 'From the server accepting a message to a recipient device acknowledging delivery',
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.2, 0.5, 1, 2.5, 5, 10, 30],
      registers,
    });
    this.persistLatency = new Histogram({
      name: 'chorus_persist_latency_seconds',
      help: 'Duration of one group-commit append to the message store',
      buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers,
    });
    this.persistBatch = new Histogram({ name: 'chorus_persist_batch_entries', help: 'Entries per group-commit append', buckets: [1, 2, 4, 8, 16, 32, 64, 128, 256], registers });
    this.sends = new Counter({ name: 'chorus_sends_total', help: 'Acknowledged log entries, first time or duplicate', labelNames: ['result'], registers });
    this.errors = new Counter({ name: 'chorus_errors_total', help: 'Error frames sent to clients, by code', labelNames: ['code'], registers });
  }

  /** Registers the gauges that read live state at scrape time. */
  watch(sources: MetricSources): void {
    const registers = [this.registry];
    this.live.push(new Gauge({ name: 'chorus_connections', help: 'Open client WebSocket connections', registers, collect() { this.set(sources.connections()); } }));
    this.live.push(new Gauge({ name: 'chorus_online_users', help: 'Users with at least one open session (or in their offline grace period)', registers, collect() { this.set(sources.onlineUsers()); } }));
    const stats = () => sources.actors.snapshot();
    this.live.push(new Gauge({ name: 'chorus_actors_alive', help: 'Activated actors, by kind', labelNames: ['kind'], registers, collect() { for (const s of stats()) this.set({ kind: s.kind }, s.alive); } }));
    this.live.push(new Gauge({ name: 'chorus_mailbox_depth', help: 'Messages queued in actor mailboxes, by kind', labelNames: ['kind'], registers, collect() { for (const s of stats()) this.set({ kind: s.kind }, s.queued); } }));
    this.live.push(new Gauge({
      name: 'chorus_mailbox_oldest_age_seconds',
      help: 'Queue lag: the longest time any actor of the kind has had a non-empty mailbox',
      labelNames: ['kind'],
      registers,
      collect() { for (const s of stats()) this.set({ kind: s.kind }, s.oldestQueuedMs / 1000); },
    }));
    // The runtime keeps running totals; a counter advanced to them at scrape time keeps rate() right.
    const total = (name: string, help: string, pick: (s: ReturnType<typeof stats>[number]) => number): void => {
      const seen = new Map<string, number>();
      this.live.push(new Counter({
        name,
        help,
        labelNames: ['kind'],
        registers,
        collect() {
          for (const s of stats()) {
            const d = pick(s) - (seen.get(s.kind) ?? 0);
            if (d > 0) this.inc({ kind: s.kind }, d);
            seen.set(s.kind, pick(s));
          }
        },
      }));
    };
    total('chorus_actor_activations_total', 'Actor activations, by kind', (s) => s.activations);
    total('chorus_actor_passivations_total', 'Actors stopped for being idle, by kind', (s) => s.passivations);
    total('chorus_actor_restarts_total', 'Actor restarts after failures, by kind', (s) => s.restarts);
  }

  frameReceived(type: string): void {
    let c = this.frameIn.get(type);
    if (c === undefined) this.frameIn.set(type, (c = this.framesIn.labels({ type })));
    c.inc();
  }

  frameSent(type: string, n = 1): void {
    let c = this.frameOut.get(type);
    if (c === undefined) this.frameOut.set(type, (c = this.framesOut.labels({ type })));
    c.inc(n);
  }

  text(): Promise<string> {
    return this.registry.metrics();
  }
}
