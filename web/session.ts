// One logged-in user: the SDK client, what the page knows (per conversation), and the actions the
// page offers. It never touches the DOM: after every change it asks `view` to draw it.
import {
  ChorusClient,
  MessageKind,
  newClientId,
  type ClientState,
  type Conversation,
  type Message,
  type Presence,
  type ReceiptUpdate,
  type SearchResultPage,
} from '../lib/client/mod.js';
import { fetchToken } from './auth.js';
import { closeText, type Doing, humanError } from './errors.js';
import { refusalText } from './format.js';
import { GroupActions } from './group_actions.js';
import { MediaActions } from './media.js';
import { Liveness } from './liveness.js';
import { MessageActions } from './message_actions.js';
import { ReceiptSender } from './receipts.js';
import { ConvState } from './state.js';
import { DECRYPTING, PageE2ee, isEncrypted } from './e2ee.js';
import { deviceIdFor, loadDrafts, loadResume, saveDrafts, saveResume, type Draft } from './storage.js';

const HISTORY_PAGE = 50;
/** The server forwards typing at most once a second; asking more often than this is waste. */
const TYPING_EVERY_MS = 2_000;
const RECEIPT_DELAY_MS = 300;
const INBOX_DELAY_MS = 500;
const ERROR_SHOWN_MS = 8_000;
const SESSION_SELECTED = 'chorus.selected';

/** The connection as the page shows it: the SDK's state, or offline when the browser has no network. */
export type Link = ClientState | 'offline';

export class Session {
  readonly convs = new Map<string, ConvState>();
  /** Messages not acknowledged yet or refused, in the order written; kept in the browser across reloads. */
  readonly drafts: Draft[];
  /** By user: the members of the open conversation, as the presence subscription reports them. */
  readonly presence = new Map<string, Presence>();
  selected: string | null = sessionStorage.getItem(SESSION_SELECTED);
  readonly messageActions: MessageActions;
  readonly group: GroupActions;
  /** Attaching and sending files (web/media.ts). */
  readonly media: MediaActions;
  private readonly liveness: Liveness;
  /** The last refused action, shown above the composer. */
  error = '';
  connection: ClientState = 'idle';
  lastClose = '';
  /** The renderer scrolls to the newest message once, then clears this. */
  stickToBottom = true;
  /** Set when an older page was prepended: the renderer keeps the view where it was. */
  keepScroll = false;
  /**
   * The open conversation had unread messages when it was opened: the "new messages" divider goes
   * before the first message of others after `afterSeq` (the read cursor then), until another
   * conversation is opened. The renderer scrolls to it once and sets `placed`.
   */
  newSince: { conv: string; afterSeq: number; placed: boolean } | null = null;
  /** A search result opened: the view scrolls to it and marks it once. */
  found: { conv: string; seq: number; placed: boolean } | null = null;
  private historyLoad: Promise<void> = Promise.resolve();

  private readonly client: ChorusClient;
  /** End-to-end encrypted conversations: this browser's MLS device (e2ee.ts). */
  readonly e2ee: PageE2ee;
  private readonly receiptSender: ReceiptSender;
  /** Entries of conversations the page has not heard of yet (someone added us; `joined` follows). */
  private readonly orphans = new Map<string, Message[]>();
  private inboxLoaded = false;
  private inboxTimer: ReturnType<typeof setTimeout> | null = null;
  private resumeTimer: ReturnType<typeof setTimeout> | null = null;
  private errorTimer: ReturnType<typeof setTimeout> | null = null;
  private readonly ticker: ReturnType<typeof setInterval>;
  private typingSentAt = 0;
  private typingSentTo = '';
  private typingShown = '';
  private renderQueued = false;
  private stopped = false;

  constructor(
    readonly user: string,
    firstToken: string,
    private readonly view: (s: Session) => void,
    /** A message from someone else counted as unread while the page is hidden (desktop notification). */
    private readonly unseen: (conversation: ConvState, m: Message) => void = () => undefined,
  ) {
    let token: string | null = firstToken;
    this.drafts = loadDrafts(user);
    const resume = loadResume(user);
    this.client = new ChorusClient({
      url: `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/v1/ws`,
      // Dev tokens expire: use the one from the login, then fetch a fresh one on every reconnect.
      token: async () => {
        const t = token ?? (await fetchToken(user));
        token = null;
        return t;
      },
      deviceId: deviceIdFor(user),
      cursors: resume.cursors,
      syncPoint: resume.syncPoint,
    });
    this.e2ee = new PageE2ee(this.client, user, deviceIdFor(user), (id, seq, text) => this.showDecrypted(id, seq, text), () => this.render());
    this.receiptSender = new ReceiptSender(
      (id, kind, seq) => (kind === 'read' ? this.client.markRead(id, seq) : this.client.markDelivered(id, seq)),
      RECEIPT_DELAY_MS,
      (err) => console.warn('chorus: receipt not sent:', err),
    );
    const host = { client: this.client, current: () => this.current, changed: () => this.render(), fail: (err: unknown, doing: Doing) => this.showError(err, doing) };
    this.messageActions = new MessageActions(host);
    this.group = new GroupActions(host);
    this.media = new MediaActions(host);
    this.liveness = new Liveness(this.client, () => this.render());
    const c = this.client;
    c.on('state', (s) => {
      this.connection = s;
      this.render();
    });
    c.on('disconnected', ({ code }) => (this.lastClose = closeText(code)));
    c.on('error', (err) => console.warn('chorus:', err));
    c.on('conversation', (conv) => this.upsert(conv));
    c.on('conversationUpdate', (conv) => this.upsert(conv));
    c.on('message', (m) => this.receive(m));
    c.on('receipt', (r) => this.onReceipt(r));
    c.on('reaction', (e) => {
      this.convs.get(e.conversationId)?.setReactions(e.seq, e.reactions, { userId: e.userId, emoji: e.emoji, add: e.add });
      this.render();
    });
    c.on('typing', () => this.render());
    c.on('presence', (p) => {
      this.presence.set(p.userId, p);
      this.render();
    });
    c.on('removed', (r) => {
      this.convs.get(r.conversationId)?.markLeft(r.seq);
      this.receiptSender.forget(r.conversationId);
      this.messageActions.drop(r.conversationId);
      if (r.conversationId === this.selected) this.group.close();
      this.render();
    });
    c.on('synced', () => {
      this.e2ee.start().catch((err: unknown) => console.warn('chorus e2ee: key packages not published:', err));
      void this.loadInbox();
      void this.watchPresence();
      this.receiptSender.retry();
      this.saveResumeSoon();
    });
    // Typing indicators lapse on their own: redraw when the set of typers changes.
    this.ticker = setInterval(() => {
      if (this.typingSignature() !== this.typingShown) this.render();
    }, 1_000);
    addEventListener('pagehide', this.saveResumeNow);
    document.addEventListener('visibilitychange', this.onVisibility);
  }

  start(): void {
    // Sent before a reload and never acknowledged: the same client ids, so none is stored twice.
    for (const d of this.drafts) if (d.failed === null) this.transmit(d, true);
    this.render();
    this.client.connect().catch((err: unknown) => this.showError(err, 'login'));
  }

  stop(): void {
    this.stopped = true;
    clearInterval(this.ticker);
    this.liveness.stop();
    for (const t of [this.inboxTimer, this.errorTimer]) if (t !== null) clearTimeout(t);
    this.receiptSender.stop();
    this.messageActions.stop();
    removeEventListener('pagehide', this.saveResumeNow);
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.saveResumeNow();
    this.client.close();
  }

  /** Connected, or why not. Others' presence is unknown unless this is 'ready'. */
  get link(): Link {
    if (this.connection === 'ready' || this.connection === 'closed') return this.connection;
    return this.liveness.offline ? 'offline' : this.connection;
  }

  get current(): ConvState | undefined {
    return this.selected === null ? undefined : this.convs.get(this.selected);
  }

  /** Who is typing in a conversation, other than this user. */
  typers(conversationId: string): string[] {
    return this.client.whoIsTyping(conversationId).filter((u) => u !== this.user);
  }

  // ------------------------------------------------------------ conversations

  async startDirect(other: string): Promise<void> {
    this.open(await this.client.createDirect(other));
  }

  /** An end-to-end encrypted chat (MLS): the other person must have opened Chorus once (key packages). */
  async startEncryptedDirect(other: string): Promise<void> {
    await this.e2ee.start();
    this.open(await this.e2ee.client.createEncryptedDirect(other));
  }

  async startGroup(title: string, members: string[]): Promise<void> {
    this.open(await this.client.createGroup(title, members));
  }

  /**
   * Of these names, the ones the server has never seen (typos, or people who have not used Chorus
   * yet), each with the lower-case name when that one is known. When the server cannot answer (an
   * older server, a dropped connection) nobody is reported: the check only warns.
   */
  async unknownUsers(names: readonly string[]): Promise<{ name: string; known: string | null }[]> {
    const lower = names.map((n) => n.toLowerCase()).filter((n) => !names.includes(n));
    let known: Set<string>;
    try {
      known = new Set(await this.client.lookupUsers([...new Set([...names, ...lower])]));
    } catch (err) {
      console.warn('chorus: user lookup:', err);
      return [];
    }
    return names.filter((n) => !known.has(n)).map((name) => ({ name, known: known.has(name.toLowerCase()) ? name.toLowerCase() : null }));
  }

  select(id: string): void {
    const v = this.convs.get(id);
    if (v === undefined) return;
    if (this.selected !== id) {
      this.messageActions.reset();
      this.group.close();
      this.error = '';
    }
    this.selected = id;
    if (this.newSince?.conv !== id) this.newSince = v.unread > 0 && !v.left ? { conv: id, afterSeq: v.readSeq, placed: false } : null;
    sessionStorage.setItem(SESSION_SELECTED, id);
    this.stickToBottom = true;
    this.markReadIfVisible();
    if (v.history === 'none') this.historyLoad = this.loadHistory(v);
    if (isEncrypted(id)) {
      void this.e2ee.loadDevices(id);
      void this.e2ee.loadTexts(id);
    }
    void this.loadReceipts(v);
    void this.watchPresence();
    this.render();
  }

  search(query: string): Promise<SearchResultPage> {
    return this.client.search(query);
  }

  titleOf(conversationId: string): string {
    return this.convs.get(conversationId)?.title ?? conversationId;
  }

  /** Opens a conversation at one message: history is loaded back to it (at most 20 pages). */
  async jumpTo(conversationId: string, seq: number): Promise<void> {
    this.select(conversationId);
    const v = this.convs.get(conversationId);
    if (v === undefined) return;
    await this.historyLoad;
    try {
      for (let pages = 0; v.hasOlder && v.oldestSeq > seq && pages < 20; pages++) {
        const page = await this.client.history(conversationId, { beforeSeq: v.oldestSeq, limit: HISTORY_PAGE });
        this.applyPage(v, page.messages, page.hasMore);
      }
    } catch (err) {
      this.showError(err, 'load');
    }
    this.found = { conv: conversationId, seq, placed: false };
    this.render();
  }

  /** Back to the conversation list (phones show one or the other). */
  deselect(): void {
    this.messageActions.reset();
    this.group.close();
    this.error = '';
    this.selected = null;
    this.newSince = null;
    sessionStorage.removeItem(SESSION_SELECTED);
    void this.watchPresence();
    this.render();
  }

  async loadOlder(): Promise<void> {
    const v = this.current;
    if (v === undefined || !v.hasOlder || v.history === 'loading') return;
    v.history = 'loading';
    this.render();
    try {
      const page = await this.client.history(v.info.id, { beforeSeq: v.oldestSeq, limit: HISTORY_PAGE });
      this.applyPage(v, page.messages, page.hasMore);
      this.keepScroll = true;
    } catch (err) {
      this.showError(err, 'load');
    } finally {
      v.history = 'loaded';
      this.render();
    }
  }

  // ------------------------------------------------------------ composing

  send(text: string): void {
    const v = this.current;
    if (v === undefined || v.left) return;
    if (isEncrypted(v.info.id)) {
      this.stickToBottom = true;
      this.e2ee.client.send(v.info.id, text).catch((err: unknown) => this.showError(err, 'send'));
      return;
    }
    const draft: Draft = { clientId: newClientId(), conversationId: v.info.id, text, createdAt: Date.now(), failed: null };
    this.drafts.push(draft);
    this.stickToBottom = true;
    this.transmit(draft, false);
    this.render();
  }

  /** The most the server takes in one message (its Welcome says). */
  get maxTextBytes(): number {
    return this.client.welcome?.limits?.maxTextBytes ?? 16_384;
  }

  /** Sends a refused message again, under a new client id (the refused one was not stored). */
  retryDraft(clientId: string): void {
    const d = this.drafts.find((x) => x.clientId === clientId);
    if (d === undefined || d.failed === null) return;
    d.clientId = newClientId();
    d.failed = null;
    this.transmit(d, false);
    this.render();
  }

  /** Takes a refused message back (to the composer): returns its text. */
  takeDraft(clientId: string): string {
    const d = this.drafts.find((x) => x.clientId === clientId && x.failed !== null);
    if (d === undefined) return '';
    this.dropDraft(d);
    return d.text;
  }

  discardDraft(clientId: string): void {
    const d = this.drafts.find((x) => x.clientId === clientId && x.failed !== null);
    if (d !== undefined) this.dropDraft(d);
  }

  private transmit(d: Draft, resend: boolean): void {
    saveDrafts(this.user, this.drafts);
    this.client.send(d.conversationId, d.text, d.clientId, { resend }).then(
      (ack) => {
        this.dropDraft(d);
        this.convs.get(d.conversationId)?.addOwn(ack.seq, ack.sentAtMs, ack.clientId, d.text);
      },
      (err: unknown) => {
        if (this.stopped) return; // logged out or closed: it stays pending for the next visit
        d.failed = refusalText(err, d.text, this.maxTextBytes);
        saveDrafts(this.user, this.drafts);
        this.render();
      },
    );
  }

  private dropDraft(d: Draft): void {
    const i = this.drafts.indexOf(d);
    if (i !== -1) this.drafts.splice(i, 1);
    saveDrafts(this.user, this.drafts);
    this.render();
  }

  /** The user typed in the composer: tell the others, at most once per TYPING_EVERY_MS. */
  noteTyping(): void {
    const v = this.current;
    if (v === undefined || v.left || this.connection !== 'ready') return;
    const now = Date.now();
    if (this.typingSentTo === v.info.id && now - this.typingSentAt < TYPING_EVERY_MS) return;
    this.typingSentAt = now;
    this.typingSentTo = v.info.id;
    this.client.typing(v.info.id).catch((err: unknown) => console.warn('chorus: typing not sent:', err));
  }

  dismissError(): void {
    this.error = '';
    this.render();
  }

  showError(err: unknown, doing: Doing): void {
    this.error = humanError(err, doing);
    if (this.errorTimer !== null) clearTimeout(this.errorTimer);
    this.errorTimer = setTimeout(() => this.dismissError(), ERROR_SHOWN_MS);
    this.render();
  }

  // ------------------------------------------------------------ events

  /** An encrypted message was decrypted (or found unreadable): show its text. */
  private showDecrypted(conversationId: string, seq: number, text: string): void {
    const v = this.convs.get(conversationId);
    const shown = v?.messages.get(seq);
    if (shown !== undefined) shown.text = text;
    if (v?.preview?.seq === seq) v.preview = { ...v.preview, text };
    this.render();
  }

  private open(c: Conversation): void {
    this.upsert(c);
    this.select(c.id);
  }

  private upsert(c: Conversation): void {
    let v = this.convs.get(c.id);
    if (v === undefined) {
      this.convs.set(c.id, (v = new ConvState(c, this.user)));
      const held = this.orphans.get(c.id);
      this.orphans.delete(c.id);
      for (const m of held ?? []) this.receive(m);
      if (c.id === this.selected) this.select(c.id);
    } else {
      v.setConversation(c);
    }
    this.render();
  }

  /**
   * Encrypted entries as the page shows them: handshake entries without member changes are left
   * out; a text shows once this device decrypted it (history from the server has only ciphertext).
   */
  private shown(m: Message): boolean {
    if (m.mls === null || m.mls === undefined) return true;
    if (m.mls.kind !== 1) return (m.system?.added?.length ?? 0) + (m.system?.removed?.length ?? 0) > 0;
    m.text = this.e2ee.text(m.conversationId, Number(m.seq)) ?? DECRYPTING;
    return true;
  }

  private receive(m: Message): void {
    if (!this.shown(m)) return;
    const v = this.convs.get(m.conversationId);
    if (v === undefined) {
      let held = this.orphans.get(m.conversationId);
      if (held === undefined) this.orphans.set(m.conversationId, (held = []));
      held.push(m);
      return;
    }
    const onScreen = m.conversationId === this.selected && this.visible();
    const unreadBefore = v.unread;
    v.apply(m, true, this.inboxLoaded && !onScreen);
    if (v.unread > unreadBefore && !this.visible()) this.unseen(v, m);
    if (v.left) this.receiptSender.forget(v.info.id);
    else if (m.senderId !== this.user) this.receiptSender.mark(v.info.id, 'delivered', m.seq);
    if (m.conversationId === this.selected && m.senderId !== this.user) this.markReadIfVisible();
    // A deleted message may have been one of the unread ones: ask the server for the count.
    if (m.kind === MessageKind.DELETE && unreadBefore > 0 && !onScreen) this.refreshInboxSoon();
    if (m.kind === MessageKind.DELETE) this.messageActions.drop(v.info.id, m.refSeq);
    this.saveResumeSoon();
    this.render();
  }

  private onReceipt(r: ReceiptUpdate): void {
    const v = this.convs.get(r.conversationId);
    if (v === undefined) return;
    v.moveReceipt(r.userId, r.kind === 2 ? 'read' : 'delivered', r.seq);
    // Read on another device up to a point before the newest counted message: fetch the exact count.
    if (r.userId === this.user && r.kind === 2 && v.unread > 0) this.refreshInboxSoon();
    this.render();
  }

  private async loadHistory(v: ConvState): Promise<void> {
    v.history = 'loading';
    try {
      const page = await this.client.history(v.info.id, { limit: HISTORY_PAGE });
      this.applyPage(v, page.messages, page.hasMore);
      v.history = 'loaded';
      this.stickToBottom = true;
      if (v.info.id === this.selected) this.markReadIfVisible();
    } catch (err) {
      v.history = 'none'; // opening it again retries
      this.showError(err, 'load');
    }
    this.render();
  }

  private applyPage(v: ConvState, messages: readonly Message[], hasMore: boolean): void {
    for (const m of messages) if (this.shown(m)) v.apply(m, false, false);
    const first = messages[0];
    if (first !== undefined && (v.oldestSeq === 0 || first.seq < v.oldestSeq)) {
      v.oldestSeq = first.seq;
      v.hasOlder = hasMore;
    }
  }

  private async loadReceipts(v: ConvState): Promise<void> {
    if (v.left || this.connection !== 'ready') return;
    try {
      v.mergeReceipts(await this.client.receipts(v.info.id));
      this.render();
    } catch (err) {
      console.warn('chorus: receipts:', err);
    }
  }

  private async watchPresence(): Promise<void> {
    const v = this.current;
    if (this.connection !== 'ready') return;
    try {
      const users = await this.client.watchPresence(v === undefined || v.left ? [] : [v.info.id]);
      for (const p of users) this.presence.set(p.userId, p);
      this.render();
    } catch (err) {
      console.warn('chorus: presence:', err);
    }
  }

  /** Unread counts, previews and the order of the sidebar, from the server. */
  private async loadInbox(): Promise<void> {
    try {
      let before: { lastActivityMs: number; conversationId: string } | undefined;
      for (;;) {
        const page = await this.client.inbox(0, before);
        for (const e of page.entries) {
          const c = e.conversation as Conversation | null | undefined;
          if (c == null) continue;
          let v = this.convs.get(c.id);
          if (v === undefined) this.convs.set(c.id, (v = new ConvState(c, this.user)));
          v.applyInbox(e);
        }
        const last = page.entries.at(-1);
        if (!page.hasMore || last?.conversation == null) break;
        before = { lastActivityMs: last.lastActivityMs, conversationId: last.conversation.id ?? '' };
      }
      this.inboxLoaded = true;
      const open = this.current;
      if (open !== undefined && open.history === 'none') this.select(open.info.id);
      this.markReadIfVisible();
    } catch (err) {
      this.showError(err, 'load');
    }
    this.render();
  }

  private refreshInboxSoon(): void {
    this.inboxTimer ??= setTimeout(() => {
      this.inboxTimer = null;
      void this.loadInbox();
    }, INBOX_DELAY_MS);
  }

  /** The open conversation is on screen: everything in it is read. */
  private markReadIfVisible(): void {
    const v = this.current;
    if (v === undefined || v.left || !this.visible()) return;
    v.markAllRead();
    this.receiptSender.mark(v.info.id, 'read', v.lastSeq);
  }

  private visible(): boolean {
    return document.visibilityState === 'visible';
  }

  private readonly onVisibility = (): void => {
    this.markReadIfVisible();
    this.render();
  };

  private saveResumeSoon(): void {
    this.resumeTimer ??= setTimeout(this.saveResumeNow, 500);
  }

  private readonly saveResumeNow = (): void => {
    if (this.resumeTimer !== null) clearTimeout(this.resumeTimer);
    this.resumeTimer = null;
    saveResume(this.user, this.client.cursors, this.client.syncPoint);
  };

  private typingSignature(): string {
    const parts: string[] = [];
    for (const id of this.convs.keys()) {
      const who = this.typers(id);
      if (who.length > 0) parts.push(`${id}:${who.join(',')}`);
    }
    return parts.join(';');
  }

  /** Coalesces the renders of one burst (a sync page emits hundreds of messages at once). */
  private render(): void {
    if (this.renderQueued || this.stopped) return;
    this.renderQueued = true;
    queueMicrotask(() => {
      this.renderQueued = false;
      if (this.stopped) return;
      this.typingShown = this.typingSignature();
      this.view(this);
    });
  }
}
