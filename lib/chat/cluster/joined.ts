import { backoffMs, type Clock, delay } from '../../time/mod.js';
import type { ClusterLog } from '../../cluster/log.js';
import type { Placement } from '../../cluster/placement.js';
import { RemoteError, RemoteHandlerError } from '../../cluster/remote/errors.js';
import { ErrorCode } from '../../protocol/mod.js';
import type { Transport } from '../../cluster/transport.js';
import { CONVERSATION_KIND } from './routed_service.js';

/** The conversation request that asks its owner to send a new conversation's `joined` frames. */
export const JOINED_TYPE = 'joined';
/** How long a node keeps asking the owner (through ring changes) before it counts the frames dropped. */
const JOINED_RETRY_FOR_MS = 20_000;
const EMPTY = new Uint8Array(0);

export interface JoinedAnnouncerDeps {
  placement: Placement;
  remote: Transport;
  clock: Clock;
  log: ClusterLog;
  /** Whether this node may act as a conversation's owner right now. */
  hosting(): boolean;
  /** The owner's part: reads the conversation's members and sends each a `joined` frame. */
  announce(conversationId: string): Promise<void>;
  dropped?(reason: string, users: number): void;
  resent?(reason: string, users: number): void;
}

/**
 * A new conversation's `joined` frames come from its owner, wherever it was created: the owner is
 * a conversation host, which may deliver (PEER_AUTHORITY), while a gateway-only node may not. The
 * node that created it asks the owner (a request, routed again on the current ring until taken, as
 * a directory miss is); the owner reads the members from the store, so a caller can only make it
 * tell the truth. A creation retried by its client does not ask again (the store says not created).
 */
export class JoinedAnnouncer {
  constructor(private readonly d: JoinedAnnouncerDeps) {}

  /** Has the owner of `conversationId` send its `joined` frames (in the background). */
  announce(conversationId: string): void {
    void this.run(conversationId);
  }

  /** The owner's side of the request (ownership was checked on the key by the transport). */
  async serve(conversationId: string): Promise<Uint8Array> {
    await this.d.announce(conversationId);
    return EMPTY;
  }

  private async run(id: string): Promise<void> {
    const since = this.d.clock.now();
    for (let attempt = 0; ; attempt++) {
      const reason = await this.once(id);
      if (reason === '') return;
      const pause = backoffMs(attempt, 50, 1_000);
      if (reason === 'refused' || this.d.clock.now() + pause - since > JOINED_RETRY_FOR_MS) {
        // The members learn of the conversation by sync, or with its first message.
        this.d.dropped?.(reason, 1);
        this.d.log.debug({ conversation: id, reason }, 'joined frames not sent');
        return;
      }
      this.d.resent?.(reason, 1);
      await delay(pause, undefined, this.d.clock);
    }
  }

  /** One attempt: '' when the owner took it, else why not. */
  private async once(id: string): Promise<string> {
    const owner = this.d.placement.owner('conversation', id);
    if (owner === undefined) return 'no_owner';
    try {
      if (owner.id === this.d.placement.selfId) {
        if (!this.d.hosting()) return 'moving';
        await this.d.announce(id);
      } else {
        await this.d.remote.request(owner, { kind: CONVERSATION_KIND, key: id }, JOINED_TYPE, EMPTY);
      }
      return '';
    } catch (err) {
      // Refused for good (an owner of an older release, a conversation it cannot find); a store
      // outage at the owner (UNAVAILABLE) is worth another try.
      if (err instanceof RemoteError && !err.retryable && !(err instanceof RemoteHandlerError && err.appCode === ErrorCode.UNAVAILABLE)) return 'refused';
      this.d.log.debug({ err, conversation: id, owner: owner.id }, 'owner did not take the joined frames: asking again');
      return 'owner_unreachable';
    }
  }
}
