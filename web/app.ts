// The Chorus demo page: log in with a dev token, chat one-on-one and in groups.
// Plain DOM; user text only ever reaches the page through textContent.
import { ChorusClient, newClientId, type ClientState, type Conversation, type Message } from '../lib/client/mod.js';

const NAME = /^[A-Za-z0-9_-]{1,64}$/;
const HISTORY_LIMIT = 50;
const SESSION_USER = 'chorus.user';
const SESSION_SELECTED = 'chorus.selected';

// ---------------------------------------------------------------- DOM

function byId<T extends HTMLElement>(id: string, type: { new (): T }): T {
  const e = document.getElementById(id);
  if (!(e instanceof type)) throw new Error(`page is missing #${id}`);
  return e;
}

/** Creates an element; `text` is set as textContent, so it is never parsed as HTML. */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text = ''): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (className !== '') e.className = className;
  if (text !== '') e.textContent = text;
  return e;
}

const ui = {
  login: byId('login', HTMLFormElement),
  loginName: byId('login-name', HTMLInputElement),
  loginError: byId('login-error', HTMLDivElement),
  app: byId('app', HTMLDivElement),
  status: byId('status', HTMLSpanElement),
  me: byId('me', HTMLElement),
  logout: byId('logout', HTMLButtonElement),
  newDirect: byId('new-direct', HTMLFormElement),
  directUser: byId('direct-user', HTMLInputElement),
  newGroup: byId('new-group', HTMLFormElement),
  groupTitle: byId('group-title', HTMLInputElement),
  groupMembers: byId('group-members', HTMLInputElement),
  sidebarError: byId('sidebar-error', HTMLDivElement),
  conversations: byId('conversations', HTMLUListElement),
  convHeader: byId('conv-header', HTMLDivElement),
  convTitle: byId('conv-title', HTMLDivElement),
  convMembers: byId('conv-members', HTMLDivElement),
  empty: byId('empty', HTMLParagraphElement),
  messages: byId('messages', HTMLUListElement),
  composer: byId('composer', HTMLFormElement),
  composerText: byId('composer-text', HTMLInputElement),
};

// ---------------------------------------------------------------- storage and auth

/** One device id per user and browser, so the server keeps this browser's cursors apart. */
function deviceIdFor(user: string): string {
  const key = `chorus.device.${user}`;
  let id = localStorage.getItem(key);
  if (id === null || !NAME.test(id)) {
    id = `web-${newClientId().slice(0, 16)}`;
    localStorage.setItem(key, id);
  }
  return id;
}

function loadCursors(user: string): [string, number][] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(`chorus.cursors.${user}`) ?? '[]');
    if (!Array.isArray(parsed)) return [];
    return parsed.filter((e): e is [string, number] => Array.isArray(e) && typeof e[0] === 'string' && typeof e[1] === 'number');
  } catch {
    return [];
  }
}

function saveCursors(user: string, cursors: ReadonlyMap<string, number>): void {
  localStorage.setItem(`chorus.cursors.${user}`, JSON.stringify([...cursors]));
}

async function fetchToken(user: string): Promise<string> {
  const res = await fetch('/dev/token', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ user }) });
  const body = (await res.json().catch(() => ({}))) as { token?: unknown; error?: unknown };
  if (res.ok && typeof body.token === 'string') return body.token;
  if (typeof body.error === 'string') throw new Error(body.error);
  throw new Error(res.status === 404 ? 'no /dev/token here: start the server with --dev' : `token request failed (HTTP ${res.status})`);
}

function parseMembers(input: string): string[] {
  const names = input.split(',').map((s) => s.trim()).filter((s) => s !== '');
  const bad = names.find((n) => !NAME.test(n));
  if (bad !== undefined) throw new Error(`not a user name: ${bad}`);
  if (names.length === 0) throw new Error('name at least one member');
  return names;
}

function formatTime(ms: number): string {
  const d = new Date(ms);
  const time = d.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
  return d.toDateString() === new Date().toDateString() ? time : `${d.toLocaleDateString()} ${time}`;
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

// ---------------------------------------------------------------- session

/** What the page shows of one message: received, or our own once acknowledged. */
type Shown = Pick<Message, 'seq' | 'senderId' | 'sentAtMs' | 'text' | 'clientId'>;

interface ConvView {
  conv: Conversation;
  /** By seq; history pages and live messages merge here. */
  messages: Map<number, Shown>;
  unread: number;
  lastActivity: number;
  historyLoaded: boolean;
}

/** A message handed to the SDK and not acknowledged yet (or refused). */
interface Draft {
  clientId: string;
  conversationId: string;
  text: string;
  createdAt: number;
  failed: string | null;
}

const STATE_LABEL: Record<ClientState, string> = { idle: 'disconnected', connecting: 'connecting…', ready: 'ready', closed: 'disconnected' };

/** One logged-in user: the SDK client plus what the page knows and shows. */
class Session {
  private readonly client: ChorusClient;
  private readonly convs = new Map<string, ConvView>();
  private readonly drafts: Draft[] = [];
  private selected: string | null = sessionStorage.getItem(SESSION_SELECTED);
  /** Conversations this browser had seen before; first-time downloads of the others are not "unread". */
  private readonly resumed: ReadonlySet<string>;
  private caughtUp = false;
  private renderQueued = false;
  private stopped = false;
  private stickToBottom = true;
  private cursorTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    readonly user: string,
    firstToken: string,
  ) {
    let token: string | null = firstToken;
    const cursors = loadCursors(user);
    this.resumed = new Set(cursors.map(([id]) => id));
    this.client = new ChorusClient({
      url: `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/v1/ws`,
      // Dev tokens expire: use the one from the login, then fetch a fresh one on every reconnect.
      token: async () => {
        const t = token ?? (await fetchToken(user));
        token = null;
        return t;
      },
      deviceId: deviceIdFor(user),
      cursors,
    });
    this.client.on('state', (s) => this.showState(s));
    this.client.on('disconnected', ({ code, reason }) => (ui.status.title = `last close: ${code} ${reason}`));
    this.client.on('error', (err) => console.warn('chorus:', err));
    this.client.on('conversation', (c) => this.upsert(c));
    this.client.on('message', (m) => this.receive(m));
    this.client.on('synced', () => {
      this.caughtUp = true;
      void this.refreshConversations();
    });
    addEventListener('pagehide', this.flushCursors);
  }

  start(): void {
    this.showState(this.client.state);
    this.render();
    this.client.connect().catch((err: unknown) => this.fail(err));
  }

  stop(): void {
    this.stopped = true;
    removeEventListener('pagehide', this.flushCursors);
    this.flushCursors();
    this.client.close();
  }

  async startDirect(other: string): Promise<void> {
    this.open(await this.client.createDirect(other));
  }

  async startGroup(title: string, members: string[]): Promise<void> {
    this.open(await this.client.createGroup(title, members));
  }

  private open(c: Conversation): void {
    this.upsert(c);
    this.select(c.id);
  }

  send(text: string): void {
    const conversationId = this.selected;
    if (conversationId === null) return;
    const draft: Draft = { clientId: newClientId(), conversationId, text, createdAt: Date.now(), failed: null };
    this.drafts.push(draft);
    this.stickToBottom = true;
    this.client.send(conversationId, text, draft.clientId).then(
      (ack) => {
        this.drafts.splice(this.drafts.indexOf(draft), 1);
        const v = this.convs.get(conversationId);
        v?.messages.set(ack.seq, { seq: ack.seq, senderId: this.user, sentAtMs: ack.sentAtMs, text, clientId: ack.clientId });
        if (v !== undefined) v.lastActivity = Math.max(v.lastActivity, ack.sentAtMs);
        this.render();
      },
      (err: unknown) => {
        draft.failed = errorText(err);
        this.render();
      },
    );
    this.render();
  }

  select(id: string): void {
    const v = this.convs.get(id);
    if (v === undefined) return;
    this.selected = id;
    sessionStorage.setItem(SESSION_SELECTED, id);
    v.unread = 0;
    this.stickToBottom = true;
    this.render();
    if (!v.historyLoaded) void this.loadHistory(v);
  }

  private async loadHistory(v: ConvView): Promise<void> {
    try {
      const page = await this.client.history(v.conv.id, { limit: HISTORY_LIMIT });
      for (const m of page.messages) v.messages.set(m.seq, m);
      v.historyLoaded = true;
      this.render();
    } catch (err) {
      this.fail(err); // not marked loaded: opening it again retries
    }
  }

  private async refreshConversations(): Promise<void> {
    try {
      let after = '';
      for (;;) {
        const page = await this.client.listConversations(after);
        for (const c of page.conversations) this.upsert(c);
        const last = page.conversations.at(-1);
        if (!page.hasMore || last === undefined) break;
        after = last.id;
      }
    } catch (err) {
      this.fail(err);
    }
  }

  private upsert(c: Conversation): void {
    const v = this.convs.get(c.id);
    if (v === undefined) {
      this.convs.set(c.id, { conv: c, messages: new Map(), unread: 0, lastActivity: c.createdAtMs, historyLoaded: false });
    } else {
      v.conv = c;
    }
    if (c.id === this.selected && v === undefined) this.select(c.id);
    this.render();
  }

  private receive(m: Message): void {
    const v = this.convs.get(m.conversationId);
    if (v === undefined) return; // the SDK announces a conversation before its messages
    v.messages.set(m.seq, m);
    v.lastActivity = Math.max(v.lastActivity, m.sentAtMs);
    const isNew = this.caughtUp || this.resumed.has(m.conversationId);
    if (isNew && m.senderId !== this.user && m.conversationId !== this.selected) v.unread++;
    this.cursorTimer ??= setTimeout(this.flushCursors, 500);
    this.render();
  }

  private readonly flushCursors = (): void => {
    if (this.cursorTimer !== null) clearTimeout(this.cursorTimer);
    this.cursorTimer = null;
    saveCursors(this.user, this.client.cursors);
  };

  private showState(s: ClientState): void {
    ui.status.textContent = STATE_LABEL[s];
    ui.status.className = s;
  }

  private fail(err: unknown): void {
    ui.sidebarError.textContent = errorText(err);
  }

  private title(c: Conversation): string {
    if (c.kind === 1) return c.members.find((m) => m !== this.user) ?? this.user;
    return c.title !== '' ? c.title : c.members.join(', ');
  }

  /** Coalesces the renders of one burst (a sync page emits hundreds of messages at once). */
  private render(): void {
    if (this.renderQueued || this.stopped) return;
    this.renderQueued = true;
    queueMicrotask(() => {
      this.renderQueued = false;
      this.renderSidebar();
      this.renderConversation();
    });
  }

  private renderSidebar(): void {
    const items = [...this.convs.values()].sort((a, b) => b.lastActivity - a.lastActivity);
    ui.conversations.replaceChildren(
      ...items.map((v) => {
        const li = el('li', v.conv.id === this.selected ? 'selected' : '');
        li.dataset['id'] = v.conv.id;
        li.append(el('span', 'name', this.title(v.conv)), el('span', 'kind', v.conv.kind === 1 ? 'direct' : `group · ${v.conv.members.length}`));
        if (v.unread > 0) li.append(el('span', 'unread', String(v.unread)));
        return li;
      }),
    );
  }

  private renderConversation(): void {
    const v = this.selected === null ? undefined : this.convs.get(this.selected);
    ui.empty.hidden = v !== undefined;
    ui.convHeader.hidden = ui.messages.hidden = ui.composer.hidden = v === undefined;
    if (v === undefined) return;
    ui.convTitle.textContent = this.title(v.conv);
    ui.convMembers.textContent = v.conv.kind === 1 ? 'direct chat' : `members: ${v.conv.members.join(', ')}`;

    const list = ui.messages;
    const atBottom = this.stickToBottom || list.scrollHeight - list.scrollTop - list.clientHeight < 40;
    const shown = [...v.messages.values()].sort((a, b) => a.seq - b.seq);
    const acked = new Set(shown.map((m) => m.clientId));
    const pending = this.drafts.filter((d) => d.conversationId === v.conv.id && !acked.has(d.clientId));
    list.replaceChildren(
      ...shown.map((m) => this.messageItem(m.senderId, m.sentAtMs, m.text, m.senderId === this.user ? '✓' : '', '')),
      ...pending.map((d) => this.messageItem(this.user, d.createdAt, d.text, d.failed === null ? 'sending…' : `not sent: ${d.failed}`, d.failed === null ? 'pending' : 'failed')),
    );
    if (atBottom) list.scrollTop = list.scrollHeight;
    this.stickToBottom = false;
  }

  private messageItem(sender: string, at: number, text: string, state: string, extraClass: string): HTMLLIElement {
    const mine = sender === this.user;
    const li = el('li', [mine ? 'mine' : '', extraClass].filter((c) => c !== '').join(' '));
    const meta = el('div', 'meta');
    meta.append(el('span', 'sender', mine ? 'you' : sender), el('time', '', formatTime(at)));
    if (state !== '') meta.append(el('span', 'state', state));
    li.append(meta, el('div', 'text', text));
    return li;
  }
}

// ---------------------------------------------------------------- wiring

let session: Session | null = null;

function showLogin(): void {
  ui.app.hidden = true;
  ui.login.hidden = false;
  ui.loginName.focus();
}

async function logIn(user: string): Promise<void> {
  const token = await fetchToken(user);
  sessionStorage.setItem(SESSION_USER, user);
  session = new Session(user, token);
  ui.me.textContent = user;
  ui.login.hidden = true;
  ui.app.hidden = false;
  session.start();
}

/** Runs a form action, showing its error in `errorBox` and keeping the submit button disabled meanwhile. */
function onSubmit(form: HTMLFormElement, errorBox: HTMLElement, action: () => Promise<void>): void {
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const button = form.querySelector('button');
    errorBox.textContent = '';
    if (button !== null) button.disabled = true;
    action()
      .catch((err: unknown) => (errorBox.textContent = errorText(err)))
      .finally(() => {
        if (button !== null) button.disabled = false;
      });
  });
}

onSubmit(ui.login, ui.loginError, async () => {
  const user = ui.loginName.value.trim();
  if (!NAME.test(user)) throw new Error('1–64 letters, digits, _ or -');
  await logIn(user);
});

onSubmit(ui.newDirect, ui.sidebarError, async () => {
  const other = ui.directUser.value.trim();
  if (!NAME.test(other)) throw new Error(`not a user name: ${other}`);
  await session?.startDirect(other);
  ui.directUser.value = '';
});

onSubmit(ui.newGroup, ui.sidebarError, async () => {
  await session?.startGroup(ui.groupTitle.value.trim(), parseMembers(ui.groupMembers.value));
  ui.groupTitle.value = ui.groupMembers.value = '';
});

ui.composer.addEventListener('submit', (ev) => {
  ev.preventDefault();
  const text = ui.composerText.value;
  if (text.trim() === '') return;
  session?.send(text);
  ui.composerText.value = '';
});

ui.conversations.addEventListener('click', (ev) => {
  const li = ev.target instanceof Element ? ev.target.closest('li') : null;
  const id = li?.dataset['id'];
  if (id !== undefined) session?.select(id);
});

ui.logout.addEventListener('click', () => {
  session?.stop();
  session = null;
  sessionStorage.removeItem(SESSION_USER);
  sessionStorage.removeItem(SESSION_SELECTED);
  for (const form of [ui.newDirect, ui.newGroup, ui.composer]) form.reset();
  ui.sidebarError.textContent = ui.status.title = '';
  showLogin();
});

// A reload resumes as the same user (per tab: two tabs can be two users).
const remembered = sessionStorage.getItem(SESSION_USER);
if (remembered !== null && NAME.test(remembered)) {
  logIn(remembered).catch((err: unknown) => {
    ui.loginName.value = remembered;
    ui.loginError.textContent = errorText(err);
    showLogin();
  });
} else {
  showLogin();
}
