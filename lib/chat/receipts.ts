import type { MemberCursor } from '../storage/mod.js';

/**
 * One row per current member, in member order: the store keeps cursors only for members who sent a
 * receipt (and keeps former members'), but "read by K of M" needs every current member, at 0 when
 * they have sent none.
 */
export function everyMember(members: Iterable<string>, cursors: readonly MemberCursor[]): MemberCursor[] {
  const byUser = new Map(cursors.map((c) => [c.userId, c]));
  const rows: MemberCursor[] = [];
  for (const userId of members) rows.push(byUser.get(userId) ?? { userId, delivered: 0, read: 0 });
  return rows;
}
