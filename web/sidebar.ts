// The conversation list: newest activity first, with unread badges, previews and typing.
import { el, KeyedList, type KeyedItem } from './dom.js';
import { formatTime, typingLine } from './format.js';
import type { Session } from './session.js';
import type { ConvState } from './state.js';
import { ui } from './ui.js';

export class SidebarView {
  private readonly list = new KeyedList(ui.conversations);

  render(s: Session): void {
    const convs = [...s.convs.values()].sort((a, b) => b.lastActivity - a.lastActivity || a.info.id.localeCompare(b.info.id));
    this.list.update(convs.map((v) => item(s, v)));
  }
}

function item(s: Session, v: ConvState): KeyedItem {
  const typing = v.left ? '' : typingLine(s.typers(v.info.id));
  const row = {
    name: v.title,
    kind: v.isGroup ? `group · ${v.info.members.length}` : '',
    when: formatTime(v.lastActivity),
    preview: typing !== '' ? typing : previewOf(s.user, v),
    typing: typing !== '',
    tombstone: v.preview?.deleted === true,
    unread: v.unread,
    selected: v.info.id === s.selected,
    left: v.left,
  };
  return {
    key: v.info.id,
    sig: JSON.stringify(row),
    build: () => {
      const li = el('li', [row.selected ? 'selected' : '', row.left ? 'left' : '', row.unread > 0 ? 'has-unread' : ''].filter((c) => c !== '').join(' '));
      li.dataset['id'] = v.info.id;
      const top = el('div', 'row');
      top.append(el('span', 'name', row.name));
      if (row.kind !== '') top.append(el('span', 'kind', row.kind));
      top.append(el('span', 'when', row.when));
      const bottom = el('div', 'row');
      bottom.append(el('span', `preview${row.typing ? ' typing' : ''}${row.tombstone && !row.typing ? ' tombstone' : ''}`, row.preview));
      if (row.unread > 0) bottom.append(el('span', 'unread', row.unread > 999 ? '999+' : String(row.unread)));
      li.append(top, bottom);
      return li;
    },
  };
}

function previewOf(me: string, v: ConvState): string {
  if (v.left) return v.leftText;
  const p = v.preview;
  if (p === null) return v.isGroup ? 'group created' : 'no messages yet';
  if (p.deleted) return 'message deleted';
  const who = p.senderId === me ? 'you: ' : v.isGroup ? `${p.senderId}: ` : '';
  return `${who}${p.text.replace(/\s+/g, ' ')}`;
}
