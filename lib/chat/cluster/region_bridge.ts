import { ChorusError, ErrorCode, invalid, isValidId } from '../../protocol/mod.js';
import { type Clock, monotonicClock } from '../../time/mod.js';
import type { ClusterLog } from '../../cluster/log.js';
import type { Placement } from '../../cluster/placement.js';
import type { RegionSettings } from '../../cluster/regions.js';
import type { InboundMessage, RequestContext } from '../../cluster/remote/inbound.js';
import type { RequestOptions } from '../../cluster/remote/link.js';
import type { ReturnedTell, Transport } from '../../cluster/transport.js';
import { MAX_DELIVERY_USERS, decodeCall, decodeDelivery, decodeUsers, encodeDelivery, encodeError, encodeResult, encodeUsers } from './codec.js';
import type { SessionDirectory } from './directory.js';
import { DIRECTORY_KIND, type LocalGateway, userKey } from './fanout.js';
import { REPUBLISH, RegionLinkWatch, askShardsToRepublish, republishPresence } from './region_links.js';
import type { RegionRouting, RoutedChatService } from './routed_service.js';
import { RegionHeads, RegionReads, type RegionReadsDeps, learnFromFrame, learnFromResult } from './region_reads.js';
import { type SyncCompletionDeps, completeSync } from './region_sync.js';
import type { CallArgs, CallName } from '../calls.js';
import type { Caller, Fanout, HistoryResult, SyncRequest, SyncResult } from '../types.js';

/** Envelopes between regions: calls (key = conversation id), deliveries and presence (key = the sending region). */
export const REGION_KIND = 'region';
const DELIVER = 'deliver';
/** Directory tells inside a region: another region's session transition of a user (key = user id, payload = region). */
const REMOTE_ONLINE = 'remote_online';
const REMOTE_OFFLINE = 'remote_offline';
/** Link liveness and presence resync (region_links.ts): a ping request; "publish your presence to me again" (key = asking region). */
const PING = 'ping';
const RESYNC = 'presence_resync';
const EMPTY = new Uint8Array(0);
/** Homes cached per node before the cache starts over (a miss costs one store read). */
const MAX_CACHED_HOMES = 200_000;

/** The part of a link to another region the bridge uses (PeerLink). */
export interface RegionLink {
  request(kind: string, key: string, type: string, payload: Uint8Array, options?: RequestOptions): Promise<Uint8Array>;
  tell(kind: string, key: string, type: string, payload: Uint8Array): void;
}

/** Measurements of the links between regions (metrics: chorus_region_*). */
export interface RegionObserver {
  /** A conversation call sent to its home region, by outcome ('ok', 'error': the home's chat core answered an error, or a transport code). */
  forwarded(peer: string, result: string): void;
  /** Recipients of deliveries sent to (out) or taken from (in) another region. */
  delivered(peer: string, direction: 'out' | 'in', users: number): void;
  /** Recipients of cross-region deliveries not sent on (link overloaded or closed, returned by the peer): never silent. */
  undelivered(peer: string, reason: string, users: number): void;
  /** Session transitions (0 <-> >0) of users published to (out) or taken from (in) another region. */
  presence(peer: string, direction: 'out' | 'in', users: number): void;
  /** A ping's round trip on the link to `peer` (seconds). */
  linkRtt?(peer: string, seconds: number): void;
  /** Users whose sessions in `peer` this node forgot because its link was down past the bound. */
  presenceForgotten?(peer: string, users: number): void;
}

export interface RegionBridgeDeps {
  settings: RegionSettings;
  /** Opens (once) the link to a region's entry point (Remote.regionLink). */
  link(region: string, endpoint: string): RegionLink;
  store: { getConversation(id: string): Promise<{ homeRegion?: string } | undefined> };
  log: ClusterLog;
  observer?: RegionObserver;
  /** The transport's clock (request deadlines are on it); default the monotonic clock, as Remote's. */
  transportClock?: Clock;
  /** History and sync from this region's DC when current enough (region_reads.ts); absent: every history call goes home. */
  reads?: Omit<RegionReadsDeps, 'heads'>;
  /** Link pings and the forget bound (region_links.ts); tests shorten them. */
  linkWatch?: { clock?: Clock; pingMs?: number; forgetAfterMs?: number };
}

/** What the bridge serves with, once the cluster layer is built (ClusterChat.start). */
export interface RegionParts {
  fanout: Fanout;
  directory: SessionDirectory | null;
  routed: RoutedChatService;
  placement: Placement;
  remote: Transport;
}

/**
 * A node's side of the links between regions (docs/regions.md): forwards conversation calls to the
 * conversation's home region and serves those forwarded here; sends each delivery of a conversation
 * homed here once to every other region (encoded once) and fans those of other regions out here;
 * publishes this region's session transitions per user and records the other regions'.
 */
export class RegionBridge implements RegionRouting {
  readonly self: string;
  private readonly homes = new Map<string, string>();
  private readonly links = new Map<string, RegionLink>();
  private parts: RegionParts | null = null;
  private pendingPresence: Map<string, boolean> | null = null;
  /** What this node heard of the logs of conversations homed elsewhere, and the reads that use it. */
  private readonly heads: RegionHeads | undefined;
  private readonly reads: RegionReads | undefined;
  private watch: RegionLinkWatch | null = null;

  constructor(private readonly d: RegionBridgeDeps) {
    this.self = d.settings.name;
    if (d.reads !== undefined) {
      this.heads = new RegionHeads(d.reads.clock);
      this.reads = new RegionReads({ ...d.reads, heads: this.heads });
    }
  }

  localHistory(id: string, caller: Caller, args: CallArgs['history']): Promise<HistoryResult | undefined> {
    return this.reads === undefined ? Promise.resolve(undefined) : this.reads.history(id, caller, args);
  }

  answered(id: string, name: CallName, result: unknown): void {
    if (this.heads !== undefined) learnFromResult(this.heads, id, name, result);
  }

  /**
   * The local gateway as the cluster layer sees it, with what it sends to its clients watched: a
   * delivery of a conversation homed elsewhere (as this node's home cache says) moves the head this
   * node knows, so its clients' reads are never served behind what they were sent.
   */
  watchGateway(gateway: LocalGateway): LocalGateway {
    const heads = this.heads;
    if (heads === undefined) return gateway;
    const fanout: Fanout = {
      toUsers: (users, frame) => {
        learnFromFrame(heads, frame, (id) => this.homedElsewhere(id));
        gateway.fanout.toUsers(users, frame);
      },
    };
    return {
      fanout,
      publishPresence: (userId, frame) => gateway.publishPresence(userId, frame),
      reconnectAll: (reason) => gateway.reconnectAll(reason),
      shareBudget: (userId, gateways) => gateway.shareBudget(userId, gateways),
    };
  }

  /** For learning heads from frames: anything not known to be homed here (a home cache cleared or missed must not freeze the heads). */
  private homedElsewhere(id: string): boolean {
    const home = this.homes.get(id);
    return home !== '' && home !== this.self;
  }

  completeSync(caller: Caller, req: SyncRequest, page: SyncResult, history: SyncCompletionDeps['history']): Promise<SyncResult> {
    const r = this.d.reads;
    if (r === undefined || this.heads === undefined) return Promise.resolve(page);
    return completeSync({ heads: this.heads, clock: r.clock, history, ...(r.observer ? { observer: r.observer } : {}), ...(r.timings ? { timings: r.timings } : {}) }, caller, req, page);
  }

  /** The conversation's stored home, cached; '' when it has none (stored before regions: routed here). */
  async home(id: string): Promise<string> {
    const cached = this.homes.get(id);
    if (cached !== undefined) return cached;
    let record;
    try {
      record = await this.d.store.getConversation(id);
    } catch (err) {
      throw new ChorusError(ErrorCode.UNAVAILABLE, 'conversation home unknown (store unavailable), retry', { cause: err, retryAfterMs: 200 });
    }
    // Not (yet) replicated to this region's DC: answering here could run the conversation outside its
    // home, so the caller tries again (a conversation created in another region arrives shortly).
    if (record === undefined) throw new ChorusError(ErrorCode.UNAVAILABLE, 'conversation not known in this region yet, retry', { retryAfterMs: 200 });
    const home = record.homeRegion ?? '';
    if (home !== '') {
      if (this.homes.size >= MAX_CACHED_HOMES) this.homes.clear();
      this.homes.set(id, home);
    }
    return home;
  }

  forget(id: string): void {
    this.homes.delete(id);
  }

  forward(region: string, id: string, type: string, payload: Uint8Array, options: { timeoutMs: number; signal?: AbortSignal }): Promise<Uint8Array> {
    const link = this.link(region);
    if (link === undefined) return Promise.reject(new ChorusError(ErrorCode.UNAVAILABLE, `conversation homed in region ${region}, which this node has no entry point for`, { retryAfterMs: 1000 }));
    return link.request(REGION_KIND, id, type, payload, options).then(
      (bytes) => (this.d.observer?.forwarded(region, 'ok'), bytes),
      (err: unknown) => {
        this.d.log.debug({ err, region, conversation: id, call: type }, 'forwarded call failed');
        this.d.observer?.forwarded(region, typeof (err as { code?: unknown }).code === 'string' ? (err as { code: string }).code.toLowerCase() : 'error');
        throw err;
      },
    );
  }

  /** The fan-out conversation actors use: this region's, plus one delivery per other region. */
  wrapFanout(local: Fanout): Fanout {
    return {
      toUsers: (userIds, frame) => {
        const users = Array.isArray(userIds) ? (userIds as string[]) : [...userIds];
        local.toUsers(users, frame);
        this.across(users, frame);
      },
    };
  }

  /** On a directory node: the user's sessions in this region came (true) or went: the other regions hear it this turn. */
  localPresence(userId: string, online: boolean): void {
    if (this.pendingPresence === null) {
      this.pendingPresence = new Map();
      queueMicrotask(() => this.publishPresence());
    }
    this.pendingPresence.set(userId, online);
  }

  /** On a directory node: another region's presence for a user placed here. False: not a region message. */
  directoryTell(m: InboundMessage, directory: SessionDirectory | null): boolean {
    if (m.type !== REMOTE_ONLINE && m.type !== REMOTE_OFFLINE && m.type !== REPUBLISH) return false;
    const region = new TextDecoder().decode(m.payload);
    if (!this.d.settings.peers.some((p) => p.name === region)) throw invalid(`presence from unknown region ${JSON.stringify(region)}`);
    if (m.type === REPUBLISH) {
      this.republish(region, directory);
      return true;
    }
    directory?.setRemote(m.key, region, m.type === REMOTE_ONLINE);
    return true;
  }

  /** Registers the region handler (calls forwarded here, deliveries and presence from other regions). */
  start(parts: RegionParts): void {
    this.parts = parts;
    parts.remote.handle(REGION_KIND, {
      request: (m, ctx) => this.serveCall(m, ctx),
      tell: (m) => this.serveTell(m),
    });
    parts.remote.on('returned', (tell: ReturnedTell) => {
      if (tell.kind !== REGION_KIND || tell.type !== DELIVER) return;
      this.d.observer?.undelivered(tell.peer.replace(/^region:/, ''), tell.error.code.toLowerCase(), safeUsers(tell.payload));
    });
    this.watchLinks(parts);
  }

  stop(): void {
    this.watch?.stop();
  }

  /** Pings every other region: the link RTT; a region silent past the bound has its presence forgotten, and is asked to publish it again when it answers. */
  private watchLinks(parts: RegionParts): void {
    const w = this.d.linkWatch ?? {};
    this.watch = new RegionLinkWatch({
      peers: this.d.settings.peers.map((p) => p.name),
      ping: (peer, timeoutMs) => this.link(peer)!.request(REGION_KIND, this.self, PING, EMPTY, { timeoutMs }),
      clock: w.clock ?? this.d.transportClock ?? monotonicClock,
      log: this.d.log,
      ...(w.pingMs !== undefined ? { pingMs: w.pingMs } : {}),
      ...(w.forgetAfterMs !== undefined ? { forgetAfterMs: w.forgetAfterMs } : {}),
      rtt: (peer, seconds) => this.d.observer?.linkRtt?.(peer, seconds),
      down: (peer) => this.d.observer?.presenceForgotten?.(peer, parts.directory?.forgetRegion(peer) ?? 0),
      up: (peer) => this.tellPeer(peer, this.self, RESYNC, EMPTY, 0),
    });
    this.watch.start();
  }

  /** This shard's users with sessions here, published again to `region` (it asked: its link to us was down). */
  private republish(region: string, directory: SessionDirectory | null): void {
    republishPresence(directory, (users) => this.tellPeer(region, this.self, 'online', encodeUsers(users), users.length) && (this.d.observer?.presence(region, 'out', users.length), true));
  }

  private link(region: string): RegionLink | undefined {
    let link = this.links.get(region);
    if (link !== undefined) return link;
    const peer = this.d.settings.peers.find((p) => p.name === region);
    if (peer === undefined) return undefined;
    link = this.d.link(peer.name, peer.endpoint);
    this.links.set(region, link);
    return link;
  }

  private across(users: readonly string[], frame: Uint8Array): void {
    for (let i = 0; i < users.length; i += MAX_DELIVERY_USERS) {
      const chunk = users.slice(i, i + MAX_DELIVERY_USERS);
      const payload = encodeDelivery(0, chunk, frame);
      for (const peer of this.d.settings.peers) this.tellPeer(peer.name, this.self, DELIVER, payload, chunk.length);
    }
  }

  private tellPeer(region: string, key: string, type: string, payload: Uint8Array, users: number): boolean {
    try {
      this.link(region)!.tell(REGION_KIND, key, type, payload);
      if (type === DELIVER) this.d.observer?.delivered(region, 'out', users);
      return true;
    } catch (err) {
      // The link's queue is full or the transport is closing: the receivers catch up by sync.
      if (type === DELIVER) this.d.observer?.undelivered(region, typeof (err as { code?: unknown }).code === 'string' ? (err as { code: string }).code.toLowerCase() : 'error', users);
      this.d.log.debug({ err, region, type, users }, 'cross-region tell not sent');
      return false;
    }
  }

  private publishPresence(): void {
    const pending = this.pendingPresence!;
    this.pendingPresence = null;
    const on: string[] = [];
    const off: string[] = [];
    for (const [u, online] of pending) (online ? on : off).push(u);
    for (const peer of this.d.settings.peers) {
      for (const [type, list] of [['online', on], ['offline', off]] as const) {
        if (list.length > 0 && this.tellPeer(peer.name, this.self, type, encodeUsers(list), list.length)) this.d.observer?.presence(peer.name, 'out', list.length);
      }
    }
  }

  private async serveCall(m: InboundMessage, ctx: RequestContext): Promise<Uint8Array> {
    if (m.type === PING) return EMPTY;
    const { name, caller, args } = decodeCall(m.type, m.payload);
    try {
      // The sender's deadline is on the transport's clock; what is left of it bounds the routing here.
      const left = Number.isFinite(ctx.deadlineAt) ? ctx.deadlineAt - (this.d.transportClock ?? monotonicClock).now() : Number.POSITIVE_INFINITY;
      return encodeResult(name, await this.parts!.routed.callHomedHere(name, caller, m.key, args, left));
    } catch (err) {
      if (err instanceof ChorusError) return encodeError(err);
      throw err;
    }
  }

  private serveTell(m: InboundMessage): void {
    const parts = this.parts!;
    if (m.type === DELIVER) {
      const d = decodeDelivery(m.payload);
      this.d.observer?.delivered(m.key, 'in', d.users.length);
      if (this.heads !== undefined) learnFromFrame(this.heads, d.frame);
      parts.fanout.toUsers(d.users, d.frame);
      return;
    }
    if (m.type !== 'online' && m.type !== 'offline' && m.type !== RESYNC) throw invalid(`unknown region message ${m.type}`);
    if (!this.d.settings.peers.some((p) => p.name === m.key)) throw invalid(`presence from unknown region ${JSON.stringify(m.key)}`);
    if (m.type === RESYNC) return askShardsToRepublish(m.key, parts, () => this.republish(m.key, parts.directory), this.d.log);
    const users = decodeUsers(m.payload).filter(isValidId);
    this.d.observer?.presence(m.key, 'in', users.length);
    const ring = parts.placement.ring('conversation');
    const region = new TextEncoder().encode(m.key);
    for (const u of users) {
      const owner = ring.ownerId(userKey(u));
      if (owner === undefined) continue;
      if (owner === parts.placement.selfId) parts.directory?.setRemote(u, m.key, m.type === 'online');
      else {
        try {
          parts.remote.tell(ring.member(owner)!, { kind: DIRECTORY_KIND, key: u }, m.type === 'online' ? REMOTE_ONLINE : REMOTE_OFFLINE, region);
        } catch (err) {
          this.d.log.debug({ err, user: u, peer: owner }, 'remote presence not passed on');
        }
      }
    }
  }
}

function safeUsers(payload: Uint8Array): number {
  try {
    return decodeDelivery(payload).users.length;
  } catch {
    return 1;
  }
}
