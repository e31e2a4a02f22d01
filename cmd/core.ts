import type { ActorSystem } from '../lib/actors/mod.js';
import { ClusterChat, type ClusterObserver, type LocalGateway } from '../lib/chat/cluster/mod.js';
import type { RoutedChatService } from '../lib/chat/cluster/routed_service.js';
import type { RegionBridge } from '../lib/chat/cluster/region_bridge.js';
import type { ConversationObserver } from '../lib/chat/conversation_types.js';
import { LocalChatService, type LocalChatServiceDeps } from '../lib/chat/local_service.js';
import type { ChatLimits } from '../lib/chat/types.js';
import { ConversationSearch } from '../lib/chat/search.js';
import type { SearchIndex } from '../lib/search/mod.js';
import type { ClusterLog, Membership, Placement, Role, Transport } from '../lib/cluster/mod.js';
import type { MessageStore } from '../lib/storage/mod.js';
import type { Clock } from '../lib/time/mod.js';

/** What one chat core is made of; cmd/node.ts and the in-process test clusters build it the same way. */
export interface ChatCoreDeps {
  store: MessageStore;
  system: ActorSystem;
  clock: Clock;
  membership: Membership;
  placement: Placement;
  transport: Transport;
  roles: readonly Role[];
  limits: ChatLimits;
  requestTimeoutMs: number;
  presenceGraceMs: number;
  settleMs: number;
  passivateAfterMs: number;
  mailboxCapacity: number;
  log: ClusterLog;
  observer?: ClusterObserver;
  observe?: ConversationObserver;
  onActorFailure?: LocalChatServiceDeps['onActorFailure'];
  /** Message search over the store (docs/search.md); absent: search frames get SEARCH_DISABLED. */
  search?: SearchIndex;
  /** This node's region (docs/regions.md); absent or '': none. */
  region?: string;
  /** Several regions: the links to the others (forwarding, deliveries, presence). */
  regionBridge?: RegionBridge;
}

/** Searches one user may run at once on a node. */
const SEARCHES_PER_USER = 4;

/**
 * One chat core: the conversation host (LocalChatService on the node's actor system) behind the
 * cluster layer that routes calls to owners, keeps the session directory and fans out. A single
 * process is a one-node cluster of this same core on static membership and an in-memory
 * transport, so every path runs there too (a local owner is a direct call, not a hop).
 */
export class ChatCore {
  readonly chat: ClusterChat;
  private local: LocalChatService | null = null;

  constructor(private readonly d: ChatCoreDeps) {
    this.chat = new ClusterChat({
      membership: d.membership,
      placement: d.placement,
      remote: d.transport,
      store: d.store,
      clock: d.clock,
      roles: d.roles,
      log: d.log,
      requestTimeoutMs: d.requestTimeoutMs,
      presenceGraceMs: d.presenceGraceMs,
      maxSessionsPerUser: d.limits.maxSessionsPerUser ?? 0,
      settleMs: d.settleMs,
      ...(d.regionBridge ? { region: d.regionBridge } : {}),
      ...(d.observer ? { observer: d.observer } : {}),
    });
  }

  /**
   * Starts the conversation host and the routing (handlers are registered before membership
   * starts, so peers find them in place). `stored` is the push planner's hook.
   */
  async start(gateway: LocalGateway | null, stored?: LocalChatServiceDeps['stored']): Promise<RoutedChatService> {
    const d = this.d;
    this.local = new LocalChatService({
      system: d.system,
      store: d.store,
      fanout: this.chat.deliveries,
      limits: d.limits,
      passivateAfterMs: d.passivateAfterMs,
      mailboxCapacity: d.mailboxCapacity,
      ownership: this.chat.ownership(),
      announceJoined: (id) => this.chat.joined.announce(id),
      ...(d.onActorFailure ? { onActorFailure: d.onActorFailure } : {}),
      ...(d.observe ? { observe: d.observe } : {}),
      ...(stored ? { stored } : {}),
      ...(d.region ? { region: d.region } : {}),
      ...(d.search ? { search: new ConversationSearch(d.store, d.search, { maxConcurrentPerUser: SEARCHES_PER_USER, maxConversations: d.limits.maxConversationsPerUser }) } : {}),
    });
    const service = this.chat.start(this.local, gateway !== null && d.regionBridge ? d.regionBridge.watchGateway(gateway) : gateway);
    await d.membership.start();
    return service;
  }

  /** Conversations whose actors run here. */
  activeConversations(): string[] {
    return this.local?.activeConversations() ?? [];
  }

  /** Stops routing and following membership; the transport and actor system are the caller's. */
  close(): void {
    this.chat.close();
  }
}
