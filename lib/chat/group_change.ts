import { ChorusError, ErrorCode, invalid } from '../protocol/mod.js';
import type { ConversationKind, MemberRole, MembersChange } from '../storage/mod.js';
import type { ConversationMessage } from './conversation_types.js';

export interface GroupMember {
  role: MemberRole;
  leftSeq: number;
}

/** What a group change writes: a RENAME entry (change null) or a MEMBERS entry, with its meta JSON. */
export type GroupPlan = { change: null; meta: string } | { change: MembersChange; meta: string };

/**
 * Checks a rename, add, remove, re-role or leave against the sender's role and the group's size,
 * and says what to log. Pure: the conversation actor applies the change once it is stored.
 */
export function planGroupChange(
  kind: ConversationKind,
  members: ReadonlyMap<string, GroupMember>,
  active: ReadonlySet<string>,
  m: Extract<ConversationMessage, { t: 'group' }>,
  maxGroupMembers: number,
): GroupPlan {
  if (kind !== 'group') throw new ChorusError(ErrorCode.FORBIDDEN, 'a direct conversation has fixed members');
  const role = members.get(m.sender)!.role;
  const leaving = m.remove.length === 1 && m.remove[0] === m.sender && m.add.length === 0 && m.roles.length === 0 && m.title === null;
  const admin = role === 'owner' || role === 'admin';
  if (!leaving && !admin) throw new ChorusError(ErrorCode.FORBIDDEN, 'only the owner or an admin may change the group');
  if (m.title !== null) {
    if (m.add.length + m.remove.length + m.roles.length > 0) throw invalid('rename separately from member changes');
    return { change: null, meta: JSON.stringify({ title: m.title }) };
  }
  const change: MembersChange = { added: [], removed: [], roles: [] };
  for (const u of new Set(m.add)) if (!active.has(u)) change.added.push({ userId: u, role: 'member' });
  for (const u of new Set(m.remove)) {
    if (!active.has(u)) continue;
    const theirs = members.get(u)!.role;
    if (u !== m.sender && (theirs === 'owner' || (theirs === 'admin' && role !== 'owner'))) {
      throw new ChorusError(ErrorCode.FORBIDDEN, `cannot remove ${u}`);
    }
    change.removed.push(u);
  }
  for (const r of m.roles) {
    if (role !== 'owner') throw new ChorusError(ErrorCode.FORBIDDEN, 'only the owner changes roles');
    if (r.role === 'owner' || !active.has(r.userId) || r.userId === m.sender) throw invalid(`cannot make ${r.userId} ${r.role}`);
    change.roles.push(r);
  }
  if (change.removed.includes(m.sender) && role === 'owner') {
    // The owner leaves: the longest-standing admin, else member, takes over.
    const heir = [...active].filter((u) => !change.removed.includes(u)).sort((a, b) => rank(members.get(a)!.role) - rank(members.get(b)!.role))[0];
    if (heir !== undefined) change.roles.push({ userId: heir, role: 'owner' });
  }
  const size = active.size + change.added.length - change.removed.length;
  if (size > maxGroupMembers) throw new ChorusError(ErrorCode.TOO_LARGE, `a group has at most ${maxGroupMembers} members`);
  if (change.added.length + change.removed.length + change.roles.length === 0) throw invalid('nothing to change');
  return { change, meta: JSON.stringify(change) };
}

function rank(role: MemberRole): number {
  return role === 'owner' ? 0 : role === 'admin' ? 1 : 2;
}
