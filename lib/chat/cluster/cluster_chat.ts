import { type Clock, type Timer, delay } from '../../time/mod.js';
import type { ConversationOwnership } from '../conversation_types.js';
import type { LocalChatService } from '../local_service.js';
import { encodeServerFrame, invalid } from '../../protocol/mod.js';
import type { LastSeenStore } from '../../storage/mod.js';
import type { ClusterLog } from '../../cluster/log.js';
import type { Member, Membership, MembershipHealth, Role } from '../../cluster/membership.js';
import type { Placement } from '../../cluster/placement.js';
import type { InboundMessage, OwnershipAnswer } from '../../cluster/remote/inbound.js';
import type { Transport } from '../../cluster/transport.js';
import type { RingSnapshot } from '../../cluster/ring.js';
import type { ClusterObserver } from './observer.js';
import { PeerAuthority } from './authority.js';
import { decodeBudgetShare, decodeDelivery, decodeRoutes, decodeSessionCount, decodeSessionRegistration, decodeUsers, encodeSessionCount, encodeUsers } from './codec.js';
import { SessionDirectory } from './directory.js';
import { ClusterFanout, DIRECTORY_KIND, GATEWAY_KIND, type LocalGateway, MANY_USERS, userKey } from './fanout.js';
import { CONVERSATION_KIND, RoutedChatService, serveCall } from './routed_service.js';
import { RouteCache, RouteSubscribers, RouteUpdates } from './routes.js';
import { GatewaySessions } from './sessions.js';
import { JOINED_TYPE, JoinedAnnouncer } from './joined.js';
import { DirectoryRecovery, RESET_TYPE } from './directory_recovery.js';
import { shareBudget } from './budget_share.js';
import type { RegionBridge } from './region_bridge.js';
import type { Fanout } from '../types.js';

export type { ClusterObserver };

export interface ClusterChatOptions {
  membership: Membership;
  placement: Placement;
  remote: Transport;
  store: LastSeenStore;
  clock: Clock;
  roles: readonly Role[];
  log: ClusterLog;
  requestTimeoutMs: number;
  presenceGraceMs: number;
  /** Sessions one user may hold over all gateways (enforced by the user's directory node); 0: no cap. */
  maxSessionsPerUser?: number;
  /** How long after a ring change keys count as moving (directory deliveries widen meanwhile). */
  settleMs: number;
  observer?: ClusterObserver;
  /** Several regions (docs/regions.md): forwarding to home regions, deliveries and presence across them. */
  region?: RegionBridge;
}

const OWNED: OwnershipAnswer = { owned: true };
const RECOVERING: OwnershipAnswer = { owned: false, ownerHint: '', generation: 0, detail: 'the session directory here is recovering from a lost lease' };
/** Directory handler calls per CPU-time measurement (chorus_cluster_directory_cpu_seconds_total). */
const DIRECTORY_CPU_SAMPLE = 16;

/**
 * The chat service of one cluster node: routes conversation calls to their owners, hosts the
 * conversations and directory entries the ring places here, fans out across nodes, follows ring
 * changes (hand-off), steps down when its lease is lost, and drains. Wiring (cmd/) builds the
 * membership, placement, transport and store and hands them in; data flows one way, from
 * membership to placement to here.
 */
export class ClusterChat {
  readonly fanout: ClusterFanout;
  /** What conversation actors fan out through: this region's fan-out, plus the other regions' links. */
  readonly deliveries: Fanout;
  readonly sessions: GatewaySessions;
  readonly directory: SessionDirectory | null;
  /** Conversation hosts: recipients' gateways (one hop). Directory nodes: which hosts cache whose routes. */
  readonly routes: RouteCache | null;
  readonly subscribers: RouteSubscribers | null;
  private readonly routeUpdates: RouteUpdates | null;
  /** New conversations' `joined` frames, sent by their owners. */
  readonly joined: JoinedAnnouncer;
  /** The directory shard after a lost lease: distrusted, then reset (directory_recovery.ts). */
  private readonly recovery: DirectoryRecovery;
  private readonly o: ClusterChatOptions;
  private readonly selfId: string;
  private readonly hostsConversations: boolean;
  private localService: LocalChatService | null = null;
  private gateway: LocalGateway | null = null;
  private draining = false;
  private directoryCalls = 0;
  private settleTimer: Timer | null = null;
  private readonly unsubscribe: (() => void)[] = [];

  constructor(options: ClusterChatOptions) {
    this.o = options;
    this.selfId = options.placement.selfId;
    this.hostsConversations = options.roles.includes('conversation');
    this.directory = this.hostsConversations
      ? new SessionDirectory({
          clock: options.clock,
          graceMs: options.presenceGraceMs,
          presenceChanged: (u, online, at) => this.presenceChanged(u, online, at),
          gatewaysChanged: (u, gateways, except) => shareBudget({ ...options, selfId: this.selfId, gateway: this.gateway }, u, gateways, except),
          maxSessionsPerUser: options.maxSessionsPerUser ?? 0,
          ...(options.region ? { localPresence: (u: string, online: boolean) => options.region!.localPresence(u, online) } : {}),
        })
      : null;
    this.routes = this.hostsConversations ? new RouteCache() : null;
    this.subscribers = this.hostsConversations ? new RouteSubscribers() : null;
    this.fanout = new ClusterFanout({
      placement: options.placement,
      remote: options.remote,
      directory: this.directory,
      gateway: () => this.gateway,
      members: () => options.membership.members(),
      log: options.log,
      dropped: (reason, users) => options.observer?.dropped(reason, users),
      directoryWork: (fn) => this.directoryWork(fn),
      resent: (reason, users) => options.observer?.resent?.(reason, users),
      clock: options.clock,
      routes: this.routes,
      subscribers: this.subscribers,
      routed: (hits, misses) => options.observer?.routed?.(hits, misses),
      authoritative: () => this.recovery.authoritative(),
    });
    this.deliveries = options.region?.wrapFanout(this.fanout) ?? this.fanout;
    this.routeUpdates =
      this.directory === null
        ? null
        : new RouteUpdates({ directory: this.directory, subscribers: this.subscribers!, fanout: this.fanout, remote: options.remote, selfId: this.selfId, log: options.log });
    this.joined = new JoinedAnnouncer({
      ...options,
      hosting: () => this.hosting(),
      announce: (id) => this.localService!.announceJoined(id),
      dropped: (reason, users) => options.observer?.dropped(reason, users),
      resent: (reason, users) => options.observer?.resent?.(reason, users),
    });
    const gatewaySessions = (): GatewaySessions | null => (this.gateway === null ? null : this.sessions);
    this.recovery = new DirectoryRecovery({ ...options, selfId: this.selfId, members: () => options.membership.members(), routes: this.routes, gatewaySessions });
    this.sessions = new GatewaySessions({
      placement: options.placement,
      remote: options.remote,
      directory: this.directory,
      store: options.store,
      clock: options.clock,
      registerTimeoutMs: Math.min(options.requestTimeoutMs, 5_000),
      log: options.log,
      budgetShared: (u, gateways) => this.gateway?.shareBudget(u, gateways),
      setLocal: (u, count, opening) => this.setSession(u, this.selfId, count, opening),
      // A cached route knows this region's gateways only: with several regions pushes ask the directory.
      knownRoute: (u) => (this.routes === null || options.region !== undefined || options.placement.ring('conversation').isMoving(userKey(u)) ? undefined : this.routes.get(u)),
    });
  }

  /** What conversation actors on this node need to claim and fence (pass to LocalChatService). */
  ownership(): ConversationOwnership {
    return {
      nodeId: this.selfId,
      mayOwn: (id) => this.hosting() && this.o.placement.ring('conversation').ownerId(id) === this.selfId,
      fenced: (id) => this.o.log.warn({ conversation: id }, 'another node claimed the conversation: stepped down'),
    };
  }

  /** Whether this node may run conversation actors and directory entries right now. */
  hosting(): boolean {
    return this.hostsConversations && !this.draining && this.o.membership.health() === 'healthy';
  }

  /** Answers the transport's "do you own this key?" before any handler runs. */
  owns(kind: string, key: string): OwnershipAnswer {
    if (kind === CONVERSATION_KIND) return this.ownsKey(key);
    if (kind === DIRECTORY_KIND) return key === MANY_USERS ? OWNED : this.recovery.acceptingRegistrations ? this.ownsKey(userKey(key)) : RECOVERING;
    if (kind === GATEWAY_KIND) return key === this.selfId && this.gateway !== null ? OWNED : { owned: false, ownerHint: '', generation: 0, detail: 'not this gateway' };
    return OWNED; // other kinds: the transport answers UNKNOWN_TARGET
  }

  /**
   * Connects the local chat core and (on gateway nodes) the local gateway, registers the transport
   * handlers and starts following membership. Returns the service the gateway's sessions use.
   */
  start(service: LocalChatService, gateway: LocalGateway | null): RoutedChatService {
    this.localService = service;
    this.gateway = gateway;
    const remote = this.o.remote;
    // Every peer message is checked against the sender's roles before its handler sees it.
    const authority = new PeerAuthority(() => this.o.membership.members(), this.o.log);
    if (this.hostsConversations) {
      remote.handle(CONVERSATION_KIND, {
        request: (m) => {
          authority.check(m);
          return m.type === JOINED_TYPE ? this.joined.serve(m.key) : serveCall(service, m);
        },
      });
      remote.handle(DIRECTORY_KIND, {
        tell: (m) => {
          authority.check(m);
          this.directoryWork(() => this.directoryTell(m));
        },
        request: (m) => {
          authority.check(m);
          return this.directoryWork(() => this.directoryRequest(m));
        },
      });
    }
    if (gateway !== null) {
      remote.handle(GATEWAY_KIND, {
        request: (m) => (authority.check(m), this.recovery.answer(m)),
        tell: (m) => {
          authority.check(m);
          if (m.type === 'share') {
            const share = decodeBudgetShare(m.payload);
            gateway.shareBudget(share.userId, share.gateways);
            return;
          }
          const d = decodeDelivery(m.payload);
          if (m.type === 'presence') for (const u of d.users) gateway.publishPresence(u, d.frame);
          else gateway.fanout.toUsers(d.users, d.frame);
        },
      });
    }
    this.unsubscribe.push(
      this.o.placement.on('change', (ring) => {
        if (ring.role === 'conversation') this.placementChanged(ring);
      }),
      this.o.membership.on('change', (members) => this.membersChanged(members)),
      this.o.membership.on('health', (health) => this.healthChanged(health)),
    );
    const routed = new RoutedChatService({
      local: service,
      placement: this.o.placement,
      remote,
      hosting: () => this.hosting(),
      requestTimeoutMs: this.o.requestTimeoutMs,
      clock: this.o.clock,
      log: this.o.log,
      retried: (reason) => this.o.observer?.retried(reason),
      peerError: (peer, code) => this.o.observer?.peerError(peer, code),
      ...(this.o.region ? { regions: this.o.region } : {}),
    });
    this.o.region?.start({ fanout: this.fanout, directory: this.directory, routed, placement: this.o.placement, remote });
    return routed;
  }

  /**
   * Drain, step 2 (after the gateway closed its sockets): leave the ring, hand every conversation
   * off (pending entries are stored first) and wait until none is left here or the deadline passes.
   */
  async handOff(deadlineMs: number): Promise<number> {
    this.draining = true;
    this.o.placement.leave();
    const until = this.o.clock.now() + deadlineMs;
    const service = this.localService;
    if (service === null) return 0;
    for (const id of service.activeConversations()) service.release(id);
    while (service.activeConversations().length > 0 && this.o.clock.now() < until) await delay(10, undefined, this.o.clock);
    return service.activeConversations().length;
  }

  /** Drain, step 1: stop accepting conversation work (callers re-route) and sessions' registrations. */
  stopHosting(): void {
    this.draining = true;
  }

  close(): void {
    for (const u of this.unsubscribe.splice(0)) u();
    if (this.settleTimer !== null) this.o.clock.clearTimeout(this.settleTimer);
    this.sessions.close();
    this.directory?.close();
    this.o.region?.stop();
  }

  private ownsKey(key: string): OwnershipAnswer {
    const ring = this.o.placement.ring('conversation');
    const owner = ring.ownerId(key);
    if (owner === this.selfId && this.hosting()) return OWNED;
    // Not hosting (draining, or the lease lost, e.g. after a SIGSTOP) while the ring still places the
    // key here: no hint, since naming this node would send the caller straight back to it.
    if (owner === this.selfId) return { owned: false, ownerHint: '', generation: ring.generation, detail: 'this node is not hosting now (draining or lease lost)' };
    return { owned: false, ownerHint: owner ?? '', generation: ring.generation };
  }

  /**
   * Runs directory work, counting its CPU time when an observer wants it: one call in
   * DIRECTORY_CPU_SAMPLE is timed (a getrusage pair costs about as much as a small handler) and
   * counted that many times over.
   */
  private directoryWork<T>(fn: () => T): T {
    const observe = this.o.observer?.directoryCpu;
    if (observe === undefined || ++this.directoryCalls % DIRECTORY_CPU_SAMPLE !== 0) return fn();
    const t0 = process.cpuUsage();
    try {
      return fn();
    } finally {
      const d = process.cpuUsage(t0);
      observe(((d.user + d.system) / 1e6) * DIRECTORY_CPU_SAMPLE);
    }
  }

  private directoryTell(m: InboundMessage): void {
    if (this.o.region?.directoryTell(m, this.directory)) return;
    if (m.type === 'deliver') {
      const d = decodeDelivery(m.payload);
      this.fanout.atDirectory(d.users, d.frame, d.hops, d.hops === 0 ? m.from : undefined);
      return;
    }
    if (m.type === 'routes') {
      this.fanout.learnRoutes(m.from, decodeRoutes(m.payload));
      return;
    }
    if (m.type === 'session') {
      this.directory!.set(m.key, m.from, decodeSessionCount(m.payload));
      return;
    }
    if (m.type === 'watch') {
      this.directory!.watch(m.key, m.from, decodeSessionCount(m.payload) > 0);
      return;
    }
    throw invalid(`unknown directory message ${m.type}`);
  }

  private directoryRequest(m: InboundMessage): Uint8Array | Promise<Uint8Array> {
    const directory = this.directory!;
    if (m.type === 'session') {
      const { count, opening } = decodeSessionRegistration(m.payload);
      return this.setSession(m.key, m.from, count, opening).then((n) => encodeSessionCount(n));
    }
    if (m.type === 'deliver') {
      this.directoryTell(m);
      return new Uint8Array(0);
    }
    if (m.type === 'route') {
      this.fanout.learnRoutes(m.from, decodeRoutes(m.payload));
      return new Uint8Array(0);
    }
    if (m.type === RESET_TYPE) return this.recovery.answer(m);
    if (m.type === 'online' || m.type === 'sessions') {
      const users = decodeUsers(m.payload);
      return encodeUsers(users.filter((u) => (m.type === 'online' ? directory.isOnline(u) : directory.hasSession(u))));
    }
    throw invalid(`unknown directory request ${m.type}`);
  }

  /** A gateway's session count for a user, at this node's directory shard (hosts caching the user's route are told). */
  setSession(userId: string, gatewayId: string, count: number, opening: boolean): Promise<number> {
    this.recovery.checkAccepting();
    return this.routeUpdates!.setSession(userId, gatewayId, count, opening);
  }

  private placementChanged(ring: RingSnapshot): void {
    this.routes?.clear();
    this.subscribers?.keepUsers((u) => ring.ownerId(userKey(u)) === this.selfId);
    let movedAway = 0;
    const service = this.localService;
    if (service !== null) {
      for (const id of service.activeConversations()) {
        if (ring.ownerId(id) !== this.selfId) {
          service.release(id);
          movedAway++;
        }
      }
    }
    this.directory?.keepUsers((u) => ring.ownerId(userKey(u)) === this.selfId);
    if (this.gateway !== null) this.sessions.placementChanged(ring);
    this.o.observer?.ringChanged(ring, movedAway);
    this.o.log.info({ generation: ring.generation, members: ring.members.map((m) => m.id), movedAway }, 'conversation ring changed');
    if (this.settleTimer !== null) this.o.clock.clearTimeout(this.settleTimer);
    this.settleTimer = this.o.clock.setTimeout(() => {
      this.settleTimer = null;
      this.o.placement.settle('conversation', ring.generation);
    }, this.o.settleMs);
    this.settleTimer.unref?.();
  }

  private membersChanged(members: readonly Member[]): void {
    const gateways = new Set(members.filter((m) => m.roles.includes('gateway')).map((m) => m.id));
    this.directory?.keepGateways(gateways);
    // A gateway that left may be in cached routes; a host that left no longer needs route updates.
    this.routes?.clear();
    this.subscribers?.keepHosts(new Set(members.filter((m) => m.roles.includes('conversation')).map((m) => m.id)));
    const ids = new Set(members.map((m) => m.id));
    for (const peer of this.o.remote.peers()) if (!ids.has(peer)) this.o.remote.disconnect(peer);
  }

  private healthChanged(health: MembershipHealth): void {
    this.o.observer?.health(health);
    this.recovery.health(health);
    if (health !== 'lost') return;
    // Self-fencing: the lease may be gone, so others may take over any moment. Stop owning now;
    // the owner epoch refuses anything of ours that still reaches the store after their claim.
    this.o.log.warn({}, 'membership lease lost: stepping down from every conversation');
    const service = this.localService;
    if (service !== null) for (const id of service.activeConversations()) service.release(id);
    this.directory?.keepUsers(() => false);
    this.routes?.clear();
    this.subscribers?.keepUsers(() => false);
    this.gateway?.reconnectAll('membership lease lost, reconnect');
  }

  private presenceChanged(userId: string, online: boolean, at: number): void {
    this.fanout.presence(userId, encodeServerFrame({ presence: { userId, online, lastSeenMs: at } }), this.directory?.watchersOf(userId));
    if (!online) this.o.store.setLastSeen(userId, at).catch(() => undefined); // best effort: presence is a hint
  }
}
