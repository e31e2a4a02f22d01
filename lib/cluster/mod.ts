export { type Member, type Membership, type MembershipHealth, type Role, ROLES, checkMember, memberList } from './membership.js';
export { StaticMembership, type StaticMembershipOptions } from './static_membership.js';
export { EtcdMembership, ETCD_MEMBERSHIP_DEFAULTS, type EtcdMembershipOptions } from './etcd_membership.js';
export { RingSnapshot, RING_DEFAULTS, movedKeys, type MovedKey, type RingOptions } from './ring.js';
export { Placement, type PlacementOptions } from './placement.js';
export { ClusterConfigError, DuplicateMemberError, InvalidMemberError, MembershipStateError, MembershipUnavailableError } from './errors.js';
export { type ClusterLog, silentLog } from './log.js';
export * from './remote/mod.js';
export { MemoryNetwork, MemoryTransport, type MemoryNetworkOptions } from './memory_network.js';
