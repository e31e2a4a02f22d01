import type { ClusterChat, LocalGateway } from '../lib/chat/cluster/mod.js';
import type { RoutedChatService } from '../lib/chat/cluster/routed_service.js';
import type { Caller, Fanout } from '../lib/chat/types.js';
import { type ServerFrame, decodeServerFrame } from '../lib/protocol/mod.js';

/** What a fake gateway and its sessions need of their node (testing/in_process_cluster.ts). */
export interface GatewayNode {
  readonly id: string;
  /** A killed node delivers nothing and tells its chat core nothing. */
  readonly state: string;
  readonly service: RoutedChatService;
  readonly chat: Pick<ClusterChat, 'sessions'>;
  readonly gateway: FakeGateway;
}

/** The session's node closed it (drain, kill, lost lease): what a client sees as a dropped socket. */
export class SessionClosedError extends Error {
  override readonly name = 'SessionClosedError';
  readonly code = 'SESSION_CLOSED';
}

/**
 * A client session on a node's fake gateway: the frames it was sent (decoded), and calls to the
 * node's chat service as this session's caller. A call still running when the session closes
 * rejects with SessionClosedError, as the socket carrying its answer would be gone.
 */
export class Session {
  readonly frames: ServerFrame[] = [];
  closedWith = '';
  private readonly frameListeners: ((frame: ServerFrame) => void)[] = [];
  private readonly closeListeners: ((reason: string) => void)[] = [];

  constructor(
    readonly caller: Caller,
    readonly node: GatewayNode,
  ) {}

  get open(): boolean {
    return this.closedWith === '';
  }

  /** Runs a call on the node's routed chat service as this session's caller. */
  call<T>(fn: (service: RoutedChatService, caller: Caller) => Promise<T>): Promise<T> {
    if (!this.open) return Promise.reject(new SessionClosedError(`session closed: ${this.closedWith}`));
    return new Promise<T>((resolve, reject) => {
      const onClose = (reason: string): void => reject(new SessionClosedError(`session closed: ${reason}`));
      this.closeListeners.push(onClose);
      const done = (): void => void this.closeListeners.splice(this.closeListeners.indexOf(onClose), 1);
      fn(this.node.service, this.caller).then(
        (value) => {
          done();
          if (this.open) resolve(value);
        },
        (err: unknown) => {
          done();
          if (this.open) reject(err instanceof Error ? err : new Error(String(err)));
        },
      );
    });
  }

  onFrame(listener: (frame: ServerFrame) => void): void {
    this.frameListeners.push(listener);
  }

  onClose(listener: (reason: string) => void): void {
    this.closeListeners.push(listener);
  }

  /** Messages received live, as [conversation, seq] pairs. */
  messages(conversationId?: string): number[] {
    return this.frames.filter((f) => f.message && (conversationId === undefined || f.message.conversationId === conversationId)).map((f) => Number(f.message!.seq));
  }

  /** Watches these users' presence (replacing what it watched), as a client's presence subscription does. */
  watch(users: readonly string[]): void {
    this.node.gateway.watch(this, users);
  }

  /** The client closes its socket. */
  close(): void {
    this.node.gateway.close(this, 'closed by the client');
  }

  /** @internal */
  deliver(frame: ServerFrame): void {
    this.frames.push(frame);
    for (const l of this.frameListeners) l(frame);
  }

  /** @internal */
  closed(reason: string): void {
    if (!this.open) return;
    this.closedWith = reason;
    for (const l of this.closeListeners.splice(0)) l(reason);
  }
}

/** One toUsers/publishPresence call the gateway got: a frame (one encoding) for some users. */
export interface GatewayDelivery {
  users: string[];
  frame: Uint8Array;
  presence: boolean;
}

/**
 * The gateway of one node, without sockets: sessions by user, every delivery recorded, frames
 * decoded per session. Presence frames go to the sessions watching the user, as on the real
 * gateway, which tells its chat core when a user gains or loses its first or last watcher here.
 */
export class FakeGateway implements LocalGateway {
  readonly deliveries: GatewayDelivery[] = [];
  readonly reconnects: string[] = [];
  readonly shares = new Map<string, number>();
  private readonly sessions = new Map<string, Set<Session>>();
  private readonly watchers = new Map<string, Set<Session>>();
  private readonly watching = new Map<Session, readonly string[]>();
  readonly fanout: Fanout = { toUsers: (users, frame) => this.toUsers([...users], frame, false) };

  constructor(private readonly node: GatewayNode) {}

  add(session: Session): void {
    let set = this.sessions.get(session.caller.userId);
    if (set === undefined) this.sessions.set(session.caller.userId, (set = new Set()));
    set.add(session);
  }

  /** Closes a session; the chat core hears of it as the real gateway would tell it. */
  close(session: Session, reason: string): void {
    const set = this.sessions.get(session.caller.userId);
    if (set?.delete(session) !== true) return;
    if (set.size === 0) this.sessions.delete(session.caller.userId);
    if (this.node.state !== 'killed') this.watch(session, []);
    session.closed(reason);
    if (this.node.state !== 'killed') this.node.chat.sessions.disconnected(session.caller.userId);
  }

  closeAll(reason: string): void {
    for (const s of this.all()) this.close(s, reason);
  }

  all(): Session[] {
    return [...this.sessions.values()].flatMap((s) => [...s]);
  }

  publishPresence(userId: string, frame: Uint8Array): void {
    this.toUsers([userId], frame, true);
  }

  /** A session's presence subscription: the chat core hears when a user gets a first or loses a last watcher here. */
  watch(session: Session, users: readonly string[]): void {
    for (const u of this.watching.get(session) ?? []) {
      const set = this.watchers.get(u);
      if (set !== undefined && set.delete(session) && set.size === 0) {
        this.watchers.delete(u);
        this.node.chat.sessions.watched(u, false);
      }
    }
    this.watching.set(session, users);
    for (const u of users) {
      let set = this.watchers.get(u);
      if (set === undefined) {
        this.watchers.set(u, (set = new Set()));
        this.node.chat.sessions.watched(u, true);
      }
      set.add(session);
    }
  }

  /** The last budget share the node's chat core gave each user (LocalGateway.shareBudget). */
  shareBudget(userId: string, gateways: number): void {
    this.shares.set(userId, gateways);
  }

  reconnectAll(reason: string): void {
    this.reconnects.push(reason);
    this.closeAll(reason);
  }

  private toUsers(users: string[], frame: Uint8Array, presence: boolean): void {
    if (this.node.state === 'killed') return;
    this.deliveries.push({ users, frame, presence });
    const decoded = decodeServerFrame(frame);
    const to = users.flatMap((u) => [...((presence ? this.watchers : this.sessions).get(u) ?? [])]);
    for (const s of to) s.deliver(decoded);
  }
}
