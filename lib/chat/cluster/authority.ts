import { ChorusError, ErrorCode } from '../../protocol/mod.js';
import type { ClusterLog } from '../../cluster/log.js';
import type { Member, Role } from '../../cluster/membership.js';
import type { InboundMessage } from '../../cluster/remote/inbound.js';
import { PeerUnavailableError } from '../../cluster/remote/errors.js';
import { DIRECTORY_KIND, GATEWAY_KIND } from './fanout.js';
import { CONVERSATION_KIND } from './routed_service.js';

/**
 * Which member roles may send which chat message to a node (docs/security.md). The sender is the
 * node id the transport authenticated (its mTLS certificate); its roles are its membership record.
 * A conversation call carries the user it acts for, so only a gateway, which authenticated that
 * user's token, may make one.
 */
export const PEER_AUTHORITY: Readonly<Record<string, Readonly<Record<string, readonly Role[]>>>> = {
  [CONVERSATION_KIND]: { '*': ['gateway'] },
  [DIRECTORY_KIND]: {
    // A gateway's session count for a user.
    session: ['gateway'],
    // A gateway's sessions started or stopped watching a user's presence.
    watch: ['gateway'],
    // Presence snapshots (gateways) and "who has no session" before a push (conversation hosts).
    online: ['gateway', 'conversation'],
    sessions: ['gateway', 'conversation'],
    // Fan-out from a conversation (or a directory node forwarding it).
    deliver: ['conversation'],
    // Recipients' gateways, from their directory node to a conversation host (one-hop delivery).
    routes: ['conversation'],
    route: ['conversation'],
    // A directory node that regained its lease: forget its routes, register its users again.
    reset: ['conversation'],
    // Another region's presence of a user, passed on by the node its link reached (region_bridge.ts).
    remote_online: ['gateway', 'conversation'],
    remote_offline: ['gateway', 'conversation'],
    // Another region asked for this region's presence again (its link was down): publish this shard's users.
    remote_republish: ['gateway', 'conversation'],
  },
  // A directory node's split of a user's frame budget over the gateways holding their sessions.
  [GATEWAY_KIND]: { deliver: ['conversation'], presence: ['conversation'], share: ['conversation'], reset: ['conversation'] },
};

/** Warnings per (peer, reason) before they are only counted. */
const LOG_BURST = 10;

/**
 * Checks each inbound chat message against PEER_AUTHORITY before its handler runs. A sender not
 * (yet) in this node's member list gets PeerUnavailableError, which a caller retries (a node that
 * just joined may be ahead of this node's membership watch); a member without the role gets
 * FORBIDDEN, which it does not.
 */
export class PeerAuthority {
  private byIdOf: readonly Member[] | null = null;
  private byId = new Map<string, Member>();
  private readonly warned = new Map<string, number>();

  constructor(
    private readonly members: () => readonly Member[],
    private readonly log: ClusterLog,
  ) {}

  /** Throws when the sender may not send this message. */
  check(m: InboundMessage): void {
    const allowed = PEER_AUTHORITY[m.kind]?.[m.type] ?? PEER_AUTHORITY[m.kind]?.['*'];
    const member = this.member(m.from);
    if (member === undefined) {
      this.refused(m, 'not a member', []);
      throw new PeerUnavailableError(m.from, `${m.from} is not a member of this node's cluster view; try again`);
    }
    if (allowed === undefined || !allowed.some((r) => member.roles.includes(r))) {
      this.refused(m, 'role', member.roles);
      throw new ChorusError(ErrorCode.FORBIDDEN, `${m.kind} ${m.type} is taken only from nodes with the role ${allowed?.join(' or ') ?? '(none)'}; ${m.from} has ${member.roles.join(', ')}`);
    }
  }

  private member(id: string): Member | undefined {
    const members = this.members();
    if (members !== this.byIdOf) {
      this.byIdOf = members;
      this.byId = new Map(members.map((x) => [x.id, x]));
    }
    return this.byId.get(id);
  }

  private refused(m: InboundMessage, reason: string, roles: readonly Role[]): void {
    const key = `${m.from}\u0000${reason}`;
    const n = (this.warned.get(key) ?? 0) + 1;
    this.warned.set(key, n);
    if (n <= LOG_BURST || n % 1000 === 0) {
      this.log.warn({ peer: m.from, roles, kind: m.kind, type: m.type, count: n }, `chat message from a cluster peer refused: ${reason === 'role' ? 'its role may not send it' : 'the sender is not a member'}`);
    }
  }
}
