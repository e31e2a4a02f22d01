import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { ActorSystem } from '../actors/mod.js';
import { storeRequestCounts } from '../storage/mod.js';

/** Where the gauges read their values at scrape time. */
export interface MetricSources {
  connections(): number;
  onlineUsers(): number;
  actors: ActorSystem;
}

/** What cluster gauges read at scrape time (cluster nodes only). */
export interface ClusterMetricSources {
  rings(): { role: string; generation: number; members: number }[];
  healthy(): boolean;
  links(): { peer: string; state: string; queued: number; awaitingReply: number; envelopesSent: number; bytesSent: number; connects: number }[];
  inbound(): { streams: number; envelopes: number; batchesWritten?: number };
  directoryUsers(): number;
}

/** What the cluster layer reports as it happens (lib/chat/cluster ClusterObserver's shape). */
export interface ClusterCounters {
  ringChanged(ring: { role: string }, movedAway: number): void;
  health(health: string): void;
  retried(reason: string): void;
  dropped(reason: string, users: number): void;
  peerError(peer: string, code: string): void;
  directoryCpu(seconds: number): void;
  routed(hits: number, misses: number): void;
  resent(reason: string, users: number): void;
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
  readonly persistErrors: Counter<'reason'>;
  /** ScyllaDB requests of this process by kind (read, write, lwt): docs/storage.md, "Owner epochs". */
  readonly storeRequests: Counter<'kind'>;
  /** Metrics that read live state at scrape time (kept so their registration is visible). */
  private readonly live: (Gauge<string> | Counter<string>)[] = [];
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
    this.framesOut = new Counter({ name: 'chorus_frames_out_total', help: 'Frames written to sockets, by body type', labelNames: ['type'], registers });
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
    this.persistErrors = new Counter({ name: 'chorus_store_append_errors_total', help: 'Failed group-commit appends, by reason (fenced: another node owns the conversation; else the error)', labelNames: ['reason'], registers });
    // ScyllaDB requests of this process by kind, advanced to the store's running totals at scrape time.
    const sent = new Map<string, number>();
    this.storeRequests = new Counter({
      name: 'chorus_store_requests_total',
      help: 'Requests sent to ScyllaDB, by kind (read: one page; write: a plain write or batch; lwt: a Paxos round)',
      labelNames: ['kind'],
      registers,
      collect() {
        for (const [kind, n] of Object.entries(storeRequestCounts())) {
          if (n > (sent.get(kind) ?? 0)) this.inc({ kind }, n - (sent.get(kind) ?? 0));
          sent.set(kind, n);
        }
      },
    });
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

  /** Cluster metrics: ring, membership, links; returns the counters the cluster layer advances. */
  watchCluster(sources: ClusterMetricSources): ClusterCounters {
    const registers = [this.registry];
    this.live.push(new Gauge({ name: 'chorus_ring_members', help: 'Members placing keys in this node’s view of the ring, by role', labelNames: ['role'], registers, collect() { for (const r of sources.rings()) this.set({ role: r.role }, r.members); } }));
    this.live.push(new Gauge({ name: 'chorus_ring_generation', help: 'Generation of this node’s ring, by role (changes with every membership change)', labelNames: ['role'], registers, collect() { for (const r of sources.rings()) this.set({ role: r.role }, r.generation); } }));
    this.live.push(new Gauge({ name: 'chorus_membership_healthy', help: '1 while this node’s membership lease is known valid; 0 when lost (it has stepped down)', registers, collect() { this.set(sources.healthy() ? 1 : 0); } }));
    this.live.push(new Gauge({ name: 'chorus_directory_users', help: 'Users with sessions in this node’s shard of the session directory', registers, collect() { this.set(sources.directoryUsers()); } }));
    this.live.push(new Gauge({ name: 'chorus_peer_queued_envelopes', help: 'Envelopes waiting to be written to a peer', labelNames: ['peer'], registers, collect() { this.reset(); for (const l of sources.links()) this.set({ peer: l.peer }, l.queued); } }));
    this.live.push(new Gauge({ name: 'chorus_peer_awaiting_replies', help: 'Requests sent to a peer and not answered yet', labelNames: ['peer'], registers, collect() { this.reset(); for (const l of sources.links()) this.set({ peer: l.peer }, l.awaitingReply); } }));
    this.live.push(new Gauge({ name: 'chorus_peer_link_up', help: '1 while the stream to a peer is open', labelNames: ['peer'], registers, collect() { this.reset(); for (const l of sources.links()) this.set({ peer: l.peer }, l.state === 'ready' ? 1 : 0); } }));
    this.live.push(new Gauge({ name: 'chorus_peer_inbound_streams', help: 'Streams other nodes hold open to this one', registers, collect() { this.set(sources.inbound().streams); } }));
    const advance = (name: string, help: string, pick: (l: ReturnType<ClusterMetricSources['links']>[number]) => number): void => {
      const seen = new Map<string, number>();
      this.live.push(new Counter({
        name,
        help,
        labelNames: ['peer'],
        registers,
        collect() {
          for (const l of sources.links()) {
            const d = pick(l) - (seen.get(l.peer) ?? 0);
            if (d > 0) this.inc({ peer: l.peer }, d);
            seen.set(l.peer, pick(l));
          }
        },
      }));
    };
    advance('chorus_peer_envelopes_sent_total', 'Envelopes written to a peer', (l) => l.envelopesSent);
    let batchesSeen = 0;
    this.live.push(new Counter({
      name: 'chorus_peer_batches_written_total',
      help: 'gRPC messages (batches) this node wrote to peers: on its own streams and on theirs (replies, returned tells)',
      registers,
      collect() {
        const n = sources.inbound().batchesWritten ?? 0;
        if (n > batchesSeen) this.inc(n - batchesSeen);
        batchesSeen = n;
      },
    }));
    advance('chorus_peer_bytes_sent_total', 'Batch bytes written to a peer', (l) => l.bytesSent);
    advance('chorus_peer_connects_total', 'Streams opened to a peer (reconnects included)', (l) => l.connects);
    const ringChanges = new Counter({ name: 'chorus_ring_changes_total', help: 'Ring generations this node has seen, by role', labelNames: ['role'], registers });
    const moved = new Counter({ name: 'chorus_conversations_moved_total', help: 'Conversation actors handed off because the ring moved them to another node', registers });
    const lost = new Counter({ name: 'chorus_membership_lost_total', help: 'Times this node lost its lease and stepped down', registers });
    const retries = new Counter({ name: 'chorus_cluster_retries_total', help: 'Conversation calls tried again (moved, owner unreachable), by reason', labelNames: ['reason'], registers });
    const peerErrors = new Counter({ name: 'chorus_peer_request_errors_total', help: 'Conversation calls to a peer that failed, by peer and error (PEER_UNAVAILABLE, REMOTE_TIMEOUT, NOT_OWNER, …)', labelNames: ['peer', 'code'], registers });
    const dropped = new Counter({ name: 'chorus_cluster_deliveries_dropped_total', help: 'Live deliveries not sent on (peer overloaded or gone); recipients catch up by sync', labelNames: ['reason'], registers });
    const resent = new Counter({ name: 'chorus_cluster_deliveries_resent_total', help: 'Recipients of deliveries sent again because their directory node did not take them (unreachable, refused, timed out); they are dropped (chorus_cluster_deliveries_dropped_total) only after 20 s of this', labelNames: ['reason'], registers });
    const directoryCpu = new Counter({ name: 'chorus_cluster_directory_cpu_seconds_total', help: 'CPU time spent in session-directory work (its handlers and the directory step of fan-out), from one call in 16, scaled', registers });
    const routed = new Counter({ name: 'chorus_cluster_route_lookups_total', help: 'Recipients of deliveries from this conversation host: found in its route cache (one hop to their gateways) or sent through their directory node', labelNames: ['result'], registers });
    const hit = routed.labels({ result: 'hit' });
    const miss = routed.labels({ result: 'miss' });
    return {
      directoryCpu: (seconds) => directoryCpu.inc(seconds),
      resent: (reason, users) => resent.inc({ reason }, users),
      routed: (hits, misses) => {
        if (hits > 0) hit.inc(hits);
        if (misses > 0) miss.inc(misses);
      },
      ringChanged: (ring, movedAway) => {
        ringChanges.inc({ role: ring.role });
        if (movedAway > 0) moved.inc(movedAway);
      },
      health: (h) => {
        if (h === 'lost') lost.inc();
      },
      retried: (reason) => retries.inc({ reason }),
      dropped: (reason, users) => dropped.inc({ reason }, users),
      peerError: (peer, code) => peerErrors.inc({ peer, code }),
    };
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
