// The Chorus demo page: log in with a dev token, chat one-on-one and in groups, with receipts,
// typing, presence, edits, deletes, reactions and unread counts. This file wires the page's forms
// and buttons to the session (session.ts) and draws it (sidebar.ts, conversation.ts, manage.ts).
import { fetchToken, NAME } from './auth.js';
import { installMediaInput } from './media.js';
import { refreshComposer, setComposer, setComposerLimit } from './composer.js';
import { ConversationView } from './conversation.js';
import { type Doing, humanError, PageError } from './errors.js';
import type { GroupActions } from './group_actions.js';
import { ManagePanel } from './manage.js';
import { Notifier } from './notify.js';
import { Session } from './session.js';
import { SearchPanel } from './search.js';
import { SidebarView } from './sidebar.js';
import { ui } from './ui.js';

const SESSION_USER = 'chorus.user';
/** The last user logged in on this browser: a new tab (or the browser reopened) resumes as them. */
const LAST_USER = 'chorus.lastUser';
const SESSION_SELECTED = 'chorus.selected';
const LINK_LABEL = { idle: 'disconnected', connecting: 'connecting…', ready: 'connected', closed: 'disconnected', offline: 'offline' } as const;

let session: Session | null = null;
const current = (): Session | null => session;
const sidebar = new SidebarView();
const conversation = new ConversationView(current);
const manage = new ManagePanel(current);
const notifier = new Notifier((id) => session?.select(id));
const search = new SearchPanel(current);

function draw(s: Session): void {
  ui.status.textContent = LINK_LABEL[s.link];
  ui.status.className = s.link;
  ui.status.title = s.lastClose;
  let unread = 0;
  for (const v of s.convs.values()) if (!v.left) unread += v.unread;
  document.title = unread > 0 ? `(${unread > 999 ? '999+' : unread}) Chorus` : 'Chorus';
  setComposerLimit(s.maxTextBytes);
  // Phones show the list or the open conversation, not both.
  ui.app.classList.toggle('conv-open', s.current !== undefined);
  sidebar.render(s);
  conversation.render(s);
  manage.render(s);
  notifier.render();
}

function parseMembers(input: string): string[] {
  const names = input.split(',').map((s) => s.trim()).filter((s) => s !== '');
  const bad = names.find((n) => !NAME.test(n));
  if (bad !== undefined) throw new PageError(`“${bad}” is not a user name: names are 1–64 letters, digits, _ or -.`);
  if (names.length === 0) throw new PageError('Name at least one member.');
  return names;
}

function showLogin(): void {
  ui.app.hidden = true;
  ui.login.hidden = false;
  ui.loginName.focus();
}

async function logIn(user: string): Promise<void> {
  const token = await fetchToken(user);
  sessionStorage.setItem(SESSION_USER, user);
  localStorage.setItem(LAST_USER, user);
  session = new Session(user, token, draw, (v, m) => notifier.show(v, m));
  ui.me.textContent = user;
  ui.login.hidden = true;
  ui.app.hidden = false;
  session.start();
}

/** Runs a form action, showing its error in `errorBox` and keeping the submit button disabled meanwhile. */
function onSubmit(form: HTMLFormElement, errorBox: HTMLElement, doing: Doing, action: () => Promise<void>): void {
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const submit = form.querySelector('button[type=submit]');
    errorBox.textContent = '';
    if (submit instanceof HTMLButtonElement) submit.disabled = true;
    action()
      .catch((err: unknown) => (errorBox.textContent = humanError(err, doing)))
      .finally(() => {
        if (submit instanceof HTMLButtonElement) submit.disabled = false;
      });
  });
}

// ------------------------------------------------------------ login and sidebar

onSubmit(ui.login, ui.loginError, 'login', async () => {
  const user = ui.loginName.value.trim();
  if (!NAME.test(user)) throw new PageError('A name is 1–64 letters, digits, _ or - (no spaces).');
  await logIn(user);
});

/** The names last warned about: submitting the same ones again goes ahead. */
let warnedAbout = '';

/** Refuses (once) to start a chat with names the server has never seen: likely typos. */
async function checkPeople(s: Session, names: readonly string[]): Promise<void> {
  const unknown = await s.unknownUsers(names);
  const key = unknown.map((u) => u.name).join(',');
  if (unknown.length === 0 || key === warnedAbout) {
    warnedAbout = '';
    return;
  }
  warnedAbout = key;
  const hint = unknown.find((u) => u.known !== null);
  const who = unknown.map((u) => `“${u.name}”`).join(', ');
  const did = hint === undefined ? '' : ` Did you mean ${hint.known}? Names are case-sensitive.`;
  throw new PageError(`${who} ${unknown.length === 1 ? 'has' : 'have'} never used Chorus.${did} Check the spelling, or press again to start anyway.`);
}

onSubmit(ui.newDirect, ui.sidebarError, 'start', async () => {
  const other = ui.directUser.value.trim();
  if (!NAME.test(other)) throw new PageError(`“${other}” is not a user name: names are 1–64 letters, digits, _ or -.`);
  if (session === null) return;
  if (other === session.user) throw new PageError('That is you. Type the name of the person you want to write to.');
  await checkPeople(session, [other]);
  if (ui.directEncrypted.checked) await session.startEncryptedDirect(other);
  else await session.startDirect(other);
  ui.directUser.value = '';
});

onSubmit(ui.newGroup, ui.sidebarError, 'start', async () => {
  const members = parseMembers(ui.groupMembers.value);
  if (session === null) return;
  await checkPeople(session, members);
  await session.startGroup(ui.groupTitle.value.trim(), members);
  ui.groupTitle.value = ui.groupMembers.value = '';
});

ui.conversations.addEventListener('click', (ev) => {
  const li = ev.target instanceof Element ? ev.target.closest('li') : null;
  const id = li?.dataset['id'];
  if (id !== undefined) session?.select(id);
});

// ------------------------------------------------------------ the open conversation

ui.composer.addEventListener('submit', (ev) => {
  ev.preventDefault();
  const text = ui.composerText.value;
  if (text.trim() === '') return;
  session?.send(text);
  setComposer('');
});

ui.composerText.addEventListener('keydown', (ev) => {
  // Enter sends; Shift+Enter (and Enter while an input method composes) makes a new line.
  if (ev.key === 'Enter' && !ev.shiftKey && !ev.isComposing) {
    ev.preventDefault();
    ui.composer.requestSubmit();
  }
});

ui.composerText.addEventListener('input', () => {
  refreshComposer();
  if (ui.composerText.value !== '') session?.noteTyping();
});

ui.convError.addEventListener('click', () => session?.dismissError());

// Attach by button, paste or drop; a caption in the composer goes with the first file.
installMediaInput(ui.composer, ui.messages.parentElement ?? document.body, (files) => {
  session?.media.send(files, ui.composerText.value.trim());
  setComposer('');
});

ui.back.addEventListener('click', () => session?.deselect());

// ------------------------------------------------------------ group management

ui.manageToggle.addEventListener('click', () => {
  const v = session?.current;
  if (v !== undefined) ui.renameTitle.value = v.info.title;
  ui.addMembers.value = '';
  session?.group.toggle();
});

/** A manage-panel form: the action's refusal shows in the panel (GroupActions keeps it across renders). */
function onGroupSubmit(form: HTMLFormElement, action: (g: GroupActions) => Promise<void>): void {
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    session?.group.run('manage', action);
  });
}

onGroupSubmit(ui.renameForm, async (g) => {
  const title = ui.renameTitle.value.trim();
  if (title === '') throw new PageError('A group needs a name.');
  await g.rename(title);
});

onGroupSubmit(ui.addForm, async (g) => {
  await g.addMembers(parseMembers(ui.addMembers.value));
  ui.addMembers.value = '';
});

ui.leave.addEventListener('click', () => session?.group.run('leave', (g) => g.leave()));

// ------------------------------------------------------------ logout and reload

ui.logout.addEventListener('click', () => {
  session?.stop();
  session = null;
  search.clear();
  sessionStorage.removeItem(SESSION_USER);
  localStorage.removeItem(LAST_USER);
  sessionStorage.removeItem(SESSION_SELECTED);
  for (const form of [ui.newDirect, ui.newGroup, ui.composer, ui.renameForm, ui.addForm]) form.reset();
  refreshComposer();
  ui.sidebarError.textContent = ui.status.title = ui.manageError.textContent = ui.convError.textContent = '';
  document.title = 'Chorus';
  showLogin();
});

// A tab keeps its own user (two tabs can be two users); a new one starts as the last one.
const remembered = sessionStorage.getItem(SESSION_USER) ?? localStorage.getItem(LAST_USER);
if (remembered !== null && NAME.test(remembered)) {
  logIn(remembered).catch((err: unknown) => {
    ui.loginName.value = remembered;
    ui.loginError.textContent = humanError(err, 'login');
    showLogin();
  });
} else {
  showLogin();
}
