/** A member record that breaks the rules of lib/cluster/membership.ts (id, address, roles, weight). */
export class InvalidMemberError extends Error {
  override readonly name = 'InvalidMemberError';
  readonly code = 'INVALID_MEMBER';
}

/** The membership backend (etcd) could not be reached, or did not answer within the deadline. */
export class MembershipUnavailableError extends Error {
  override readonly name = 'MembershipUnavailableError';
  readonly code = 'MEMBERSHIP_UNAVAILABLE';
}

/**
 * Another live registration holds this member id: a second process configured with the same id,
 * or the previous incarnation of this one whose lease has not expired yet. Registration is retried
 * until the start deadline, so a restarted node waits for its old lease to run out.
 */
export class DuplicateMemberError extends Error {
  override readonly name = 'DuplicateMemberError';
  readonly code = 'DUPLICATE_MEMBER';
  constructor(
    readonly memberId: string,
    readonly holder: string,
    options?: { cause?: unknown },
  ) {
    super(`member id ${memberId} is registered by another live process (${holder})`, options);
  }
}

/** The membership was used in a state that does not allow it (started twice, used after stop). */
export class MembershipStateError extends Error {
  override readonly name = 'MembershipStateError';
  readonly code = 'MEMBERSHIP_STATE';
}

/** Options that cannot work together (e.g. a lease renewal interval longer than the TTL). */
export class ClusterConfigError extends Error {
  override readonly name = 'ClusterConfigError';
  readonly code = 'CLUSTER_CONFIG';
}
