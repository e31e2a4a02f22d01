import type { BenchCluster, StoreCounters } from './cluster.js';
import type { PhaseResult } from './load.js';
import { cpuSeconds, wakeups } from './procstat.js';

/** A node's part in the measured system: what its CPU is counted as. */
export type NodeRole = 'gateway' | 'conversation' | 'single';

/** One phase of one system (the cluster, or the single process) at one offered rate. */
export interface RolePhase {
  system: 'cluster' | 'single';
  offered: number;
  wallSec: number;
  ackedPerSec: number;
  deliveredPerSec: number;
  /** Cores used over the phase, by role: gateway, host (conversation nodes less their directory work), directory, single. */
  cores: Record<string, number>;
  /** Wake-ups per second (voluntary context switches, all threads), by role: gateway, host (conversation nodes), single. */
  wakeups: Record<string, number>;
  cassandraCores: number | null;
  /** Store requests per acknowledged message (Cassandra's virtual tables; null where it has none). */
  store: { requests: number; writes: number; paxosWrites: number; reads: number } | null;
  /** Store requests per acknowledged message by kind, from the nodes' own driver counters (chorus_store_requests_total{kind}). */
  driver: Record<DriverKind, number>;
  /** Entries per store append on the conversation hosts (chorus_persist_batch_entries); null without appends. */
  entriesPerAppend: number | null;
  /** gRPC messages (batches) the nodes wrote to each other per acknowledged message. */
  grpcMessages: number;
  /** Conversation activations per acknowledged message (each claims an owner epoch: the only LWTs). */
  activations: number;
  /** Mean appends in flight over the hosts together (Little's law: Σ append seconds / wall seconds). */
  appendsInFlight: number;
  p50Ms: number;
  p99Ms: number;
  missing: number;
  /** Conversation-ring changes the nodes saw during the phase (summed over nodes), and leases they lost: a disturbed phase. */
  ringChanges: number;
  leasesLost: number;
  /** Share of recipients the conversation hosts found in their route cache (one hop); null before one-hop delivery existed. */
  oneHopShare: number | null;
}

/** What one store request cost: a read (one page), a plain write or batch, a Paxos round. */
export type DriverKind = 'read' | 'write' | 'lwt';
const DRIVER_KINDS: readonly DriverKind[] = ['read', 'write', 'lwt'];

interface Reading {
  at: number;
  cpu: Map<string, number>;
  wakes: Map<string, number>;
  directory: number;
  hits: number;
  misses: number;
  ringChanges: number;
  leasesLost: number;
  cassandra: number | null;
  store: StoreCounters | null;
  driver: Record<DriverKind, number>;
  /** Sum and count of chorus_persist_batch_entries over the nodes, and the appends' summed seconds. */
  appended: { entries: number; appends: number; seconds: number };
  activations: number;
  batches: number;
}

/** CPU of every node of a BenchCluster (from /proc), the directory's share (from /metrics), Cassandra's and the store's counters. */
export class RoleMeter {
  constructor(
    private readonly cluster: BenchCluster,
    private readonly roles: ReadonlyMap<string, NodeRole>,
    private readonly cassandraPid: number | null,
  ) {}

  async read(): Promise<Reading> {
    const cpu = new Map<string, number>();
    const wakes = new Map<string, number>();
    for (const id of this.roles.keys()) cpu.set(id, cpuSeconds(this.cluster.nodes.get(id)!.pid) ?? 0);
    for (const id of this.roles.keys()) wakes.set(id, wakeups(this.cluster.nodes.get(id)!.pid) ?? 0);
    let directory = 0;
    let hits = 0;
    let misses = 0;
    let ringChanges = 0;
    let leasesLost = 0;
    const driver: Record<DriverKind, number> = { read: 0, write: 0, lwt: 0 };
    const appended = { entries: 0, appends: 0, seconds: 0 };
    let activations = 0;
    let batches = 0;
    for (const [id, role] of this.roles) {
      const m = (name: string): Promise<number> => this.cluster.metric(id, name, AbortSignal.timeout(5000)).then((v) => v ?? 0);
      ringChanges += await m('chorus_ring_changes_total{role="conversation"}');
      leasesLost += await m('chorus_membership_lost_total');
      // Every node's driver counts its own requests (gateways read too: sync, lists, last seen).
      for (const k of DRIVER_KINDS) driver[k] += await m(`chorus_store_requests_total{kind="${k}"}`);
      appended.entries += await m('chorus_persist_batch_entries_sum');
      appended.appends += await m('chorus_persist_batch_entries_count');
      appended.seconds += await m('chorus_persist_latency_seconds_sum');
      activations += await m('chorus_actor_activations_total{kind="conversation"}');
      batches += await m('chorus_peer_batches_written_total');
      if (role === 'gateway') continue;
      directory += role === 'conversation' ? await m('chorus_cluster_directory_cpu_seconds_total') : 0;
      hits += await m('chorus_cluster_route_lookups_total{result="hit"}');
      misses += await m('chorus_cluster_route_lookups_total{result="miss"}');
    }
    const cassandra = this.cassandraPid === null ? null : cpuSeconds(this.cassandraPid);
    return { at: Date.now(), cpu, wakes, directory, hits, misses, ringChanges, leasesLost, cassandra, store: await this.cluster.storeCounters(), driver, appended, activations, batches };
  }

  /** A phase with no load: connected and idle, so what remains is the fixed cost (leases, timers, pings, metrics). */
  idle(system: 'cluster' | 'single', a: Reading, b: Reading): RolePhase {
    const none = { p50_ms: 0, p99_ms: 0 };
    return this.phase(system, { offered_per_sec: 0, acked: 0, delivered: 0, missing: 0, latency: none } as unknown as PhaseResult, a, b);
  }

  phase(system: 'cluster' | 'single', p: PhaseResult, a: Reading, b: Reading): RolePhase {
    const wall = (b.at - a.at) / 1000;
    const cores: Record<string, number> = {};
    const add = (k: string, v: number): void => void (cores[k] = (cores[k] ?? 0) + v);
    for (const [id, role] of this.roles) add(role, (b.cpu.get(id)! - a.cpu.get(id)!) / wall);
    const dir = (b.directory - a.directory) / wall;
    if (cores['conversation'] !== undefined) {
      cores['directory'] = dir;
      cores['host'] = cores['conversation'] - dir;
      delete cores['conversation'];
    }
    const per = (x: number): number => (p.acked > 0 ? x / p.acked : 0);
    const wakes: Record<string, number> = {};
    for (const [id, role] of this.roles) {
      const k = role === 'conversation' ? 'host' : role;
      wakes[k] = (wakes[k] ?? 0) + (b.wakes.get(id)! - a.wakes.get(id)!) / wall;
    }
    let store: RolePhase['store'] = null;
    if (a.store !== null && b.store !== null) {
      const sum = (m: Map<string, number>, m0: Map<string, number>, paxos: boolean): number =>
        [...m].filter(([t]) => (t === 'system.paxos') === paxos).reduce((s, [t, v]) => s + v - (m0.get(t) ?? 0), 0);
      store = {
        requests: per(b.store.requests - a.store.requests),
        writes: per(sum(b.store.writes, a.store.writes, false)),
        paxosWrites: per(sum(b.store.writes, a.store.writes, true)),
        reads: per(sum(b.store.reads, a.store.reads, false)),
      };
    }
    const driver: Record<DriverKind, number> = { read: 0, write: 0, lwt: 0 };
    for (const k of DRIVER_KINDS) driver[k] = per(b.driver[k] - a.driver[k]);
    const appends = b.appended.appends - a.appended.appends;
    return {
      system,
      offered: p.offered_per_sec,
      wallSec: wall,
      ackedPerSec: p.acked / wall,
      deliveredPerSec: p.delivered / wall,
      cores,
      wakeups: wakes,
      cassandraCores: a.cassandra === null || b.cassandra === null ? null : (b.cassandra - a.cassandra) / wall,
      store,
      driver,
      entriesPerAppend: appends > 0 ? (b.appended.entries - a.appended.entries) / appends : null,
      appendsInFlight: (b.appended.seconds - a.appended.seconds) / wall,
      activations: per(b.activations - a.activations),
      grpcMessages: per(b.batches - a.batches),
      p50Ms: p.latency.p50_ms,
      p99Ms: p.latency.p99_ms,
      missing: p.missing,
      ringChanges: b.ringChanges - a.ringChanges,
      leasesLost: b.leasesLost - a.leasesLost,
      oneHopShare: b.hits + b.misses - a.hits - a.misses > 0 ? (b.hits - a.hits) / (b.hits + b.misses - a.hits - a.misses) : null,
    };
  }
}

/** µs of CPU per acknowledged message, by role, and all nodes together ('node'). */
export function usPerMessage(r: RolePhase): Record<string, number> {
  const out: Record<string, number> = {};
  let node = 0;
  for (const [role, c] of Object.entries(r.cores)) {
    out[role] = r.ackedPerSec > 0 ? (c * 1e6) / r.ackedPerSec : 0;
    node += c;
  }
  out['node'] = r.ackedPerSec > 0 ? (node * 1e6) / r.ackedPerSec : 0;
  if (r.cassandraCores !== null) out['cassandra'] = r.ackedPerSec > 0 ? (r.cassandraCores * 1e6) / r.ackedPerSec : 0;
  return out;
}

/** Wake-ups per acknowledged message by role, and all nodes together ('node'). */
export function wakeupsPerMessage(r: RolePhase): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [role, w] of Object.entries(r.wakeups)) out[role] = r.ackedPerSec > 0 ? w / r.ackedPerSec : 0;
  out['node'] = Object.values(out).reduce((a, b) => a + b, 0);
  return out;
}

/** Marginal wake-ups per message (slope of wake-ups/s over acked msg/s) by role and all nodes together: timers and pings fall out. */
export function marginalWakeups(phases: readonly RolePhase[]): Record<string, number> {
  if (phases.length < 2) return {};
  const xs = phases.map((p) => p.ackedPerSec);
  if (Math.max(...xs) - Math.min(...xs) <= 0) return {};
  const out: Record<string, number> = {};
  for (const role of Object.keys(phases[0]!.wakeups)) out[role] = slope(xs, phases.map((p) => p.wakeups[role] ?? 0));
  out['node'] = slope(xs, phases.map((p) => Object.values(p.wakeups).reduce((a, b) => a + b, 0)));
  return out;
}

/** Least-squares slope of y over x. */
function slope(xs: readonly number[], ys: readonly number[]): number {
  const n = xs.length;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let num = 0;
  let den = 0;
  for (let i = 0; i < n; i++) {
    num += (xs[i]! - mx) * (ys[i]! - my);
    den += (xs[i]! - mx) ** 2;
  }
  return den > 0 ? num / den : 0;
}

/**
 * The marginal cost: the least-squares slope of cores over acked msg/s across the rates (with two
 * rates, Δcores/Δrate), in µs per message, by role and for all nodes together. Fixed costs (leases,
 * timers, pings, metrics) fall out.
 */
export function marginalUs(phases: readonly RolePhase[]): Record<string, number> {
  if (phases.length < 2) return {};
  const xs = phases.map((p) => p.ackedPerSec);
  if (Math.max(...xs) - Math.min(...xs) <= 0) return {};
  const out: Record<string, number> = {};
  for (const role of Object.keys(phases[0]!.cores)) out[role] = slope(xs, phases.map((p) => p.cores[role] ?? 0)) * 1e6;
  out['node'] = slope(xs, phases.map((p) => Object.values(p.cores).reduce((a, b) => a + b, 0))) * 1e6;
  if (phases.every((p) => p.cassandraCores !== null)) out['cassandra'] = slope(xs, phases.map((p) => p.cassandraCores!)) * 1e6;
  return out;
}
