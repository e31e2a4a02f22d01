import type { ClusterLog } from '../../cluster/log.js';
import type { Membership } from '../../cluster/membership.js';
import type { Transport } from '../../cluster/transport.js';
import { encodeBudgetShare } from './codec.js';
import { GATEWAY_KIND, type LocalGateway } from './fanout.js';

export interface BudgetShareDeps {
  selfId: string;
  membership: Pick<Membership, 'members'>;
  remote: Transport;
  /** This node's gateway (null on conversation-only nodes). */
  gateway: LocalGateway | null;
  log: ClusterLog;
}

/** Tells each gateway holding the user's sessions (but `except`) its new share of the user's frame budget. */
export function shareBudget(d: BudgetShareDeps, userId: string, gateways: ReadonlyMap<string, number>, except: string | undefined): void {
  const members = d.membership.members();
  for (const id of gateways.keys()) {
    if (id === except) continue;
    if (id === d.selfId) {
      d.gateway?.shareBudget(userId, gateways.size);
      continue;
    }
    const member = members.find((m) => m.id === id);
    if (member === undefined) continue;
    try {
      d.remote.tell(member, { kind: GATEWAY_KIND, key: id }, 'share', encodeBudgetShare(userId, gateways.size));
    } catch (err) {
      // The gateway keeps its previous share until the next change: more or less than its due.
      d.log.debug({ err, peer: id, user: userId }, 'budget share not sent');
    }
  }
}
