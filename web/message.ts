// One entry of the open conversation as a list item: a chat bubble with its receipt ticks, edit and
// delete buttons and reactions, or a centered system line for membership changes and renames.
import { MessageKind } from '../lib/client/mod.js';
import { button, el, type KeyedItem } from './dom.js';
import { formatTime, systemLine } from './format.js';
import type { Reaction, ShownMessage, Ticks } from './state.js';
import type { Draft } from './storage.js';
import { attachmentsView } from './media.js';

/** The quick reactions every message offers. */
export const QUICK_REACTIONS = ['👍', '❤️', '😂', '🎉'] as const;

const TICK_TEXT: Record<Ticks, string> = { sent: '✓', delivered: '✓✓', read: '✓✓' };

export interface MessageHandlers {
  pick(seq: number): void;
  startEdit(seq: number): void;
  cancelEdit(): void;
  saveEdit(seq: number, text: string): void;
  remove(seq: number): void;
  react(seq: number, emoji: string, add: boolean): void;
}

/** How one message shows for this user right now. */
export interface MessageView {
  me: string;
  /** For the user's own messages: how far they got, and the "read by K of M" detail. */
  ticks: { ticks: Ticks; detail: string } | null;
  canEdit: boolean;
  canDelete: boolean;
  editing: boolean;
  confirmingDelete: boolean;
  /** Tapped: its actions and quick reactions show without hover. */
  picked: boolean;
  /** Still a member: may react. */
  canReact: boolean;
  /** Follows a message of the same sender shortly before: shown as one group, the name once. */
  continued: boolean;
}

export function messageItem(m: ShownMessage, view: MessageView, actions: MessageHandlers): KeyedItem {
  if (m.kind !== MessageKind.TEXT) {
    const text = m.system === null ? '' : systemLine(m.kind, m.senderId, m.system, view.me);
    return { key: `s${m.seq}`, sig: text, build: () => el('li', 'system', text) };
  }
  const sig = JSON.stringify([m.text, m.deleted, m.editedAtMs, m.reactions, view, m.attachments.map((a) => a.mediaId)]);
  return { key: `m${m.seq}`, sig, build: () => buildBubble(m, view, actions) };
}

/** What one can do with a refused message. */
export interface DraftHandlers {
  retry(clientId: string): void;
  /** Back into the composer, to change it. */
  edit(clientId: string): void;
  discard(clientId: string): void;
}

/** A message handed to the SDK and not acknowledged yet (saying what it waits for), or refused. */
export function draftItem(d: Draft, waiting: string, handlers: DraftHandlers): KeyedItem {
  return {
    key: `d${d.clientId}`,
    sig: JSON.stringify([d.text, d.failed, waiting]),
    build: () => {
      const li = el('li', `msg mine ${d.failed === null ? 'pending' : 'failed'}`);
      const meta = el('div', 'meta');
      meta.append(el('span', 'sender', 'you'), el('time', '', formatTime(d.createdAt)), el('span', 'state', d.failed === null ? waiting : `Not sent. ${d.failed}`));
      li.append(meta, el('div', 'text', d.text));
      if (d.failed !== null) {
        const tools = el('div', 'draft-actions');
        tools.append(
          button('quiet retry', 'Retry', 'send it again', () => handlers.retry(d.clientId)),
          button('quiet edit', 'Edit', 'back into the composer', () => handlers.edit(d.clientId)),
          button('quiet danger discard', 'Discard', 'throw it away', () => handlers.discard(d.clientId)),
        );
        li.append(tools);
      }
      return li;
    },
  };
}

function buildBubble(m: ShownMessage, view: MessageView, actions: MessageHandlers): HTMLLIElement {
  const mine = m.senderId === view.me;
  const li = el('li', `msg${mine ? ' mine' : ''}${m.deleted ? ' deleted' : ''}${view.picked ? ' picked' : ''}${view.continued ? ' cont' : ''}`);
  li.dataset['seq'] = String(m.seq);
  if (!m.deleted && !view.editing) {
    // Touch screens: a tap (or long-press, which would open the browser's menu) shows the actions.
    li.addEventListener('click', (ev) => {
      if (!(ev.target instanceof Element && ev.target.closest('a, button, input, textarea')) && document.getSelection()?.isCollapsed !== false) actions.pick(m.seq);
    });
    li.addEventListener('contextmenu', (ev) => {
      if (!matchMedia('(pointer: coarse)').matches) return; // a mouse keeps its context menu
      ev.preventDefault();
      actions.pick(m.seq);
    });
  }

  const meta = el('div', 'meta');
  meta.append(el('span', 'sender', mine ? 'you' : m.senderId));
  const time = el('time', '', formatTime(m.sentAtMs));
  time.dateTime = new Date(m.sentAtMs).toISOString();
  meta.append(time);
  if (m.editedAtMs > 0 && !m.deleted) {
    const edited = el('span', 'edited', 'edited');
    edited.title = `edited ${formatTime(m.editedAtMs)}`;
    meta.append(edited);
  }
  if (!view.editing && (view.canEdit || view.canDelete)) {
    const tools = el('span', `actions${view.confirmingDelete ? ' confirming' : ''}`);
    if (view.canEdit) tools.append(button('quiet edit', 'Edit', 'edit this message', () => actions.startEdit(m.seq)));
    if (view.canDelete) {
      const label = view.confirmingDelete ? 'Delete for everyone?' : 'Delete';
      tools.append(button('quiet danger delete', label, view.confirmingDelete ? 'click again to delete' : 'delete this message for everyone', () => actions.remove(m.seq)));
    }
    meta.append(tools);
  }
  if (view.ticks !== null && !m.deleted) {
    const ticks = el('span', `ticks ${view.ticks.ticks}`, TICK_TEXT[view.ticks.ticks]);
    ticks.title = view.ticks.detail;
    meta.append(ticks);
  }
  li.append(meta);

  if (m.deleted) {
    li.append(el('div', 'text tombstone', 'message deleted'));
    return li;
  }
  if (m.attachments.length > 0) li.append(attachmentsView(m.attachments));
  if (view.editing || m.text !== '' || m.attachments.length === 0) li.append(view.editing ? editor(m, actions) : linkified(m.text));
  li.append(reactionRow(m.seq, m.reactions, view.canReact, actions));
  return li;
}

const URL_IN_TEXT = /\bhttps?:\/\/[^\s<>"]+[^\s<>".,;:!?)\]'’”]/g;

/** The text with its http(s) links clickable; everything goes in as text nodes, never as HTML. */
function linkified(text: string): HTMLDivElement {
  const div = el('div', 'text');
  let at = 0;
  for (const match of text.matchAll(URL_IN_TEXT)) {
    const start = match.index ?? 0;
    div.append(text.slice(at, start));
    const a = el('a', '', match[0]);
    a.href = match[0];
    a.target = '_blank';
    a.rel = 'noopener noreferrer';
    div.append(a);
    at = start + match[0].length;
  }
  div.append(text.slice(at));
  return div;
}

/** The inline editor: Enter saves, Escape cancels. */
function editor(m: ShownMessage, actions: MessageHandlers): HTMLFormElement {
  const form = el('form', 'editor');
  const input = el('input');
  input.value = m.text;
  input.required = true;
  input.setAttribute('aria-label', 'edit message');
  input.addEventListener('keydown', (ev) => {
    if (ev.key === 'Escape') actions.cancelEdit();
  });
  const save = el('button', 'small', 'Save');
  save.type = 'submit';
  form.append(input, save, button('plain small', 'Cancel', '', () => actions.cancelEdit()));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    actions.saveEdit(m.seq, input.value);
  });
  requestAnimationFrame(() => {
    input.focus();
    input.select();
  });
  return form;
}

/** Counted reactions always show; the quick ones not used yet appear on hover. Clicking toggles. */
function reactionRow(seq: number, reactions: readonly Reaction[], canReact: boolean, actions: MessageHandlers): HTMLDivElement {
  const row = el('div', 'reactions');
  const counted = new Map(reactions.map((r) => [r.emoji, r]));
  // A stable order (the quick ones first), so that chips do not jump around as counts change.
  const quick: readonly string[] = QUICK_REACTIONS;
  const others = [...counted.keys()].filter((e) => !quick.includes(e)).sort();
  const emojis = [...quick.filter((e) => counted.has(e)), ...others, ...quick.filter((e) => !counted.has(e))];
  for (const emoji of emojis) {
    const r = counted.get(emoji);
    if (r === undefined && !canReact) continue;
    const text = r === undefined ? emoji : `${emoji} ${r.count}`;
    const title = r?.mine === true ? 'remove your reaction' : `react with ${emoji}`;
    const b = button(`reaction${r === undefined ? ' add' : ''}${r?.mine === true ? ' mine' : ''}`, text, title, () => actions.react(seq, emoji, r?.mine !== true));
    b.dataset['emoji'] = emoji;
    b.disabled = !canReact;
    row.append(b);
  }
  return row;
}
