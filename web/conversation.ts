// The open conversation: header with presence, the message list, who is typing, the composer.
import { MessageKind } from '../lib/client/mod.js';
import { button, el, KeyedList, type KeyedItem } from './dom.js';
import { dayLabel, presenceLine, typingLine } from './format.js';
import { setComposer } from './composer.js';
import { draftItem, messageItem, type DraftHandlers } from './message.js';
import type { Link, Session } from './session.js';
import type { ConvState } from './state.js';
import { ui } from './ui.js';
import { isEncrypted } from './e2ee.js';

const COMPOSER_HINT = 'Write a message — Enter sends';
/** Consecutive messages of one sender this close together show as one group (the name once). */
const GROUP_WITHIN_MS = 5 * 60_000;
/** Scrolled up further than this from the newest message: the jump-to-bottom button shows. */
const JUMP_SHOWN_PX = 160;
/** What an unacknowledged message says, by connection: it goes out by itself once connected. */
const PENDING_LABEL: Record<Link, string> = {
  ready: 'sending…',
  connecting: 'waiting for the connection',
  idle: 'waiting for the connection',
  offline: 'waiting for the network',
  closed: 'not sent',
};

export class ConversationView {
  private readonly list = new KeyedList(ui.messages);
  /** The conversation (and session) the list shows: its items hold their handlers, so a switch rebuilds them. */
  private shown: { session: Session; id: string } | null = null;

  private readonly draftHandlers: DraftHandlers = {
    retry: (id) => this.session()?.retryDraft(id),
    edit: (id) => {
      const text = this.session()?.takeDraft(id) ?? '';
      if (text === '') return;
      setComposer(text);
      ui.composerText.focus();
    },
    discard: (id) => this.session()?.discardDraft(id),
  };

  constructor(private readonly session: () => Session | null) {
    ui.messages.addEventListener('scroll', () => this.placeJump(), { passive: true });
    ui.jumpBottom.addEventListener('click', () => {
      ui.messages.scrollTop = ui.messages.scrollHeight;
      this.placeJump();
    });
  }

  /** The jump-to-bottom button: shown while scrolled up, just above the composer. */
  private placeJump(): void {
    const list = ui.messages;
    const away = list.scrollHeight - list.scrollTop - list.clientHeight;
    ui.jumpBottom.hidden = list.hidden || away <= JUMP_SHOWN_PX;
    if (!ui.jumpBottom.hidden) ui.jumpBottom.style.bottom = `${(list.offsetParent?.clientHeight ?? 0) - (list.offsetTop + list.clientHeight) + 12}px`;
  }

  render(s: Session): void {
    const v = s.current;
    ui.empty.hidden = v !== undefined;
    for (const e of [ui.convHeader, ui.messages, ui.typing, ui.composer]) e.hidden = v === undefined;
    ui.convError.textContent = s.error;
    if (v === undefined) {
      this.list.clear();
      this.shown = null;
      this.placeJump();
      return;
    }
    if (this.shown?.session !== s || this.shown.id !== v.info.id) {
      this.list.clear();
      this.shown = { session: s, id: v.info.id };
    }
    this.header(s, v);
    this.messages(s, v);
    ui.typing.textContent = v.left ? '' : typingLine(s.typers(v.info.id));
    ui.composerText.disabled = ui.composerSend.disabled = v.left;
    ui.composerText.placeholder = v.left ? 'You are no longer a member of this group' : COMPOSER_HINT;
  }

  private header(s: Session, v: ConvState): void {
    ui.convTitle.textContent = v.title;
    drawEncryption(s, v.info.id);
    const others = v.others;
    if (v.left) {
      ui.convPresence.textContent = '';
      ui.convMembers.textContent = v.leftText;
    } else if (s.link !== 'ready') {
      // Cut off, we cannot know who is online: say so rather than show the last we heard.
      ui.convPresence.textContent = 'presence unknown';
      ui.convPresence.classList.remove('online');
      ui.convMembers.textContent = v.isGroup ? `· ${v.info.members.join(', ')}` : '';
    } else if (!v.isGroup) {
      const p = others[0] === undefined ? undefined : s.presence.get(others[0]);
      ui.convPresence.textContent = p === undefined ? '' : presenceLine(p.online, p.lastSeenMs);
      ui.convPresence.classList.toggle('online', p?.online === true);
      ui.convMembers.textContent = p === undefined ? 'direct chat' : '';
    } else {
      const online = others.filter((u) => s.presence.get(u)?.online === true).length;
      ui.convPresence.textContent = `${online + 1} of ${v.info.members.length} online`;
      ui.convPresence.classList.toggle('online', online > 0);
      ui.convMembers.textContent = `· ${v.info.members.join(', ')}`;
    }
    ui.manageToggle.hidden = !v.isGroup || v.left;
    ui.manageToggle.textContent = s.group.open ? 'Close' : 'Manage';
  }

  private messages(s: Session, v: ConvState): void {
    const list = ui.messages;
    const atBottom = s.stickToBottom || list.scrollHeight - list.scrollTop - list.clientHeight < 40;
    const height = list.scrollHeight;
    const top = list.scrollTop;

    const items: KeyedItem[] = [];
    if (v.hasOlder || v.history === 'loading') items.push(this.olderItem(v));
    const shown = [...v.messages.values()].sort((a, b) => a.seq - b.seq);
    const actions = s.messageActions;
    const divider = s.newSince?.conv === v.info.id ? s.newSince : null;
    let dividerShown = false;
    let day = '';
    /** The previous bubble, for sender grouping (null after a day label, the divider or a system line). */
    let prev: { sender: string; at: number } | null = null;
    for (const m of shown) {
      const d = dayLabel(m.sentAtMs);
      if (d !== day) {
        day = d;
        prev = null;
        items.push({ key: `day${new Date(m.sentAtMs).toDateString()}`, sig: d, build: () => el('li', 'day', d) });
      }
      const own = m.senderId === s.user;
      if (divider !== null && !dividerShown && !own && m.seq > divider.afterSeq && m.kind === MessageKind.TEXT) {
        dividerShown = true;
        prev = null;
        items.push({ key: 'new', sig: '', build: () => el('li', 'new-divider', 'New messages') });
      }
      const text = m.kind === MessageKind.TEXT;
      const continued = text && prev !== null && prev.sender === m.senderId && m.sentAtMs - prev.at < GROUP_WITHIN_MS;
      prev = text ? { sender: m.senderId, at: m.sentAtMs } : null;
      items.push(
        messageItem(
          m,
          {
            me: s.user,
            ticks: own && !m.deleted ? v.ticks(m.seq) : null,
            canEdit: v.canEdit(m),
            canDelete: v.canDelete(m),
            editing: actions.isEditing(v.info.id, m.seq),
            confirmingDelete: actions.isConfirmingDelete(v.info.id, m.seq),
            picked: actions.isPicked(v.info.id, m.seq),
            canReact: !v.left,
            continued,
          },
          actions,
        ),
      );
    }
    const acked = new Set(shown.map((m) => m.clientId));
    const waiting = PENDING_LABEL[s.link];
    for (const d of s.drafts) if (d.conversationId === v.info.id && !acked.has(d.clientId)) items.push(draftItem(d, waiting, this.draftHandlers));
    this.list.update(items);

    const newLine = dividerShown && divider?.placed === false ? list.querySelector<HTMLElement>('li.new-divider') : null;
    if (s.keepScroll) list.scrollTop = top + (list.scrollHeight - height);
    else if (newLine !== null && divider !== null) {
      // Opened with unread messages: start at the first of them, the read ones just above.
      list.scrollTop = newLine.offsetTop - 48; // #messages is the divider's offsetParent
      divider.placed = true;
    } else if (atBottom) list.scrollTop = list.scrollHeight;
    s.keepScroll = s.stickToBottom = false;
    this.placeFound(s, v.info.id);
    this.placeJump();
  }

  /** Scrolls to the search result opened, and marks it (until the next one). */
  private placeFound(s: Session, conv: string): void {
    const f = s.found;
    if (f === null || f.conv !== conv || f.placed) return;
    const li = ui.messages.querySelector<HTMLElement>(`li.msg[data-seq="${f.seq}"]`);
    if (li === null) return;
    for (const old of ui.messages.querySelectorAll('li.found')) old.classList.remove('found');
    li.classList.add('found');
    ui.messages.scrollTop = li.offsetTop - ui.messages.clientHeight / 3;
    f.placed = true;
  }

  private olderItem(v: ConvState): KeyedItem {
    const loading = v.history === 'loading';
    return {
      key: 'older',
      sig: String(loading),
      build: () => {
        const li = el('li', 'older');
        const b = button('plain small', loading ? 'loading…' : 'Load earlier messages', '', () => void this.session()?.loadOlder());
        b.disabled = loading;
        li.append(b);
        return li;
      },
    };
  }
}

/** The lock of an encrypted conversation and its devices with their safety numbers. */
function drawEncryption(s: Session, id: string): void {
  const encrypted = isEncrypted(id);
  ui.convLock.hidden = !encrypted;
  ui.convDevices.hidden = !encrypted;
  if (!encrypted) return;
  const lines = (s.e2ee.devices.get(id) ?? []).map((d) => `${d.userId}/${d.deviceId}: ${d.fingerprint}`);
  const shown = [...ui.convDeviceList.children].map((li) => li.textContent).join('\n');
  if (shown === lines.join('\n')) return;
  ui.convDeviceList.replaceChildren(...lines.map((line) => {
    const li = document.createElement('li');
    li.textContent = line;
    return li;
  }));
}
