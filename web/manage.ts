// The manage panel of an open group: rename, add and remove members, change roles, leave.
import { button, el, KeyedList, type KeyedItem } from './dom.js';
import type { Doing } from './errors.js';
import type { GroupActions } from './group_actions.js';
import type { Session } from './session.js';
import type { ConvState } from './state.js';
import { ui } from './ui.js';

const RANK: Record<string, number> = { owner: 0, admin: 1, member: 2 };

export class ManagePanel {
  private readonly list = new KeyedList(ui.manageMembers);

  constructor(private readonly session: () => Session | null) {}

  render(s: Session): void {
    const v = s.current;
    const open = v !== undefined && v.isGroup && !v.left && s.group.open;
    ui.manage.hidden = !open;
    if (!open) return;
    ui.manageError.textContent = s.group.error;
    ui.leave.textContent = s.group.confirmingLeave ? 'Leave for good?' : 'Leave group';
    ui.renameForm.hidden = ui.addForm.hidden = !v.isModerator;
    const members = [...v.info.members].sort((a, b) => (RANK[role(v, a)] ?? 2) - (RANK[role(v, b)] ?? 2) || a.localeCompare(b));
    this.list.update(members.map((u) => this.member(s.user, v, u)));
  }

  private member(me: string, v: ConvState, user: string): KeyedItem {
    const theirs = role(v, user);
    const mine = v.myRole;
    const canRemove = user !== me && v.isModerator && theirs !== 'owner' && (theirs !== 'admin' || mine === 'owner');
    const canRole = mine === 'owner' && user !== me && theirs !== 'owner';
    return {
      key: user,
      sig: JSON.stringify([theirs, canRemove, canRole]),
      build: () => {
        const li = el('li');
        li.dataset['user'] = user;
        li.append(el('span', 'name', user === me ? `${user} (you)` : user), el('span', 'role', theirs));
        if (canRole) {
          const next = theirs === 'admin' ? 'member' : 'admin';
          li.append(button('quiet', theirs === 'admin' ? 'make member' : 'make admin', '', () => this.run('roles', (g) => g.setRole(user, next))));
        }
        if (canRemove) li.append(button('quiet danger', 'remove', `remove ${user} from the group`, () => this.run('manage', (g) => g.removeMember(user))));
        return li;
      },
    };
  }

  private run(doing: Doing, action: (g: GroupActions) => Promise<void>): void {
    this.session()?.group.run(doing, action);
  }
}

function role(v: ConvState, user: string): string {
  return v.info.roles.get(user) ?? 'member';
}
