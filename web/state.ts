// What the page knows about one conversation, built from the SDK's events. No DOM and no I/O here:
// the session feeds log entries, snapshots and receipts in; the renderers read the result.
import { MessageKind, type Attachment, type Conversation, type InboxEntry, type Message, type MemberReceipt, type ReactionCount } from '../lib/client/mod.js';
import { labelled } from './labels.js';

/** Protobuf fields as the generated types declare nested ones: any of them may be absent. */
type Wire<T> = { [K in keyof T]?: T[K] | null };

export const DIRECT = 1;

export interface Reaction {
  emoji: string;
  count: number;
  /** Whether this user reacted with it. */
  mine: boolean;
}

export interface SystemChange {
  added: string[];
  removed: string[];
  title: string;
  roles: string[];
}

/** A log entry the page shows: a TEXT message (possibly edited or a tombstone) or a MEMBERS/RENAME line. */
export interface ShownMessage {
  seq: number;
  kind: number;
  senderId: string;
  sentAtMs: number;
  clientId: string;
  text: string;
  editedAtMs: number;
  deleted: boolean;
  reactions: Reaction[];
  system: SystemChange | null;
  /** Photos, videos, voice notes and files (none once deleted). */
  attachments: Attachment[];
}

export interface Cursor {
  delivered: number;
  read: number;
}

export interface Preview {
  seq: number;
  senderId: string;
  text: string;
  deleted: boolean;
}

export type Ticks = 'sent' | 'delivered' | 'read';

/** The conversation fields the page uses, as a plain object it may update from live entries. */
export interface ConvInfo {
  id: string;
  kind: number;
  title: string;
  members: string[];
  /** user → owner | admin | member (groups only). */
  roles: Map<string, string>;
  /** The newest entry this reflects: live MEMBERS/RENAME entries after it are applied on top. */
  lastSeq: number;
}

/** The newest EDIT seen for a message, or that it was deleted; applied whenever the target (re)loads. */
interface Change {
  editSeq: number;
  text: string;
  at: number;
  deleted: boolean;
}

export class ConvState {
  info: ConvInfo;
  readonly messages = new Map<number, ShownMessage>();
  readonly receipts = new Map<string, Cursor>();
  /** MEMBERS entries by seq, live or from history: who was a member when (see membersAt). */
  private readonly memberChanges = new Map<number, SystemChange>();
  private readonly changes = new Map<number, Change>();
  unread = 0;
  /** TEXT entries up to this seq are already in `unread` (the inbox counted them or we did). */
  private countedThrough = 0;
  /** This user's read cursor (over all their devices). */
  readSeq = 0;
  /** The highest seq known to exist. */
  lastSeq = 0;
  lastActivity: number;
  preview: Preview | null = null;
  history: 'none' | 'loading' | 'loaded' = 'none';
  /** The oldest entry a history page returned (0: none loaded). */
  oldestSeq = 0;
  /** Older history exists before `oldestSeq`. */
  hasOlder = false;
  /** The user left or was removed: nothing more arrives, nothing can be sent. */
  left = false;

  constructor(
    c: Conversation,
    private readonly me: string,
  ) {
    this.info = toInfo(c);
    this.lastActivity = Math.max(c.lastActivityMs, c.createdAtMs);
    this.setConversation(c);
  }

  get isGroup(): boolean {
    return this.info.kind !== DIRECT;
  }

  get myRole(): string {
    return this.info.roles.get(this.me) ?? 'member';
  }

  get isModerator(): boolean {
    return this.isGroup && (this.myRole === 'owner' || this.myRole === 'admin');
  }

  /** The group's title (its members without one), or the other user of a direct chat. */
  get title(): string {
    const c = this.info;
    if (!this.isGroup) return c.members.find((u) => u !== this.me) ?? c.id.split('.').find((p) => p !== 'd' && p !== this.me) ?? this.me;
    return c.title !== '' ? c.title : c.members.join(', ');
  }

  /** The other members. */
  get others(): string[] {
    return this.info.members.filter((u) => u !== this.me);
  }

  /** A snapshot from the server; entries newer than it already applied to `info` are kept. */
  setConversation(c: Conversation): void {
    if (c.lastSeq >= this.info.lastSeq) this.info = toInfo(c);
    this.lastSeq = Math.max(this.lastSeq, c.lastSeq);
    this.lastActivity = Math.max(this.lastActivity, c.lastActivityMs);
    this.mergeReceipts(c.receipts);
    this.left = !this.info.members.includes(this.me);
  }

  /** The server's unread count and preview; entries up to the snapshot's last seq are counted in it. */
  applyInbox(e: InboxEntry): void {
    if (e.conversation != null) this.setConversation(e.conversation as Conversation);
    this.unread = e.unread;
    this.readSeq = Math.max(this.readSeq, e.readSeq);
    this.countedThrough = Math.max(this.readSeq, e.conversation?.lastSeq ?? 0);
    this.lastActivity = Math.max(this.lastActivity, e.lastActivityMs);
    const m = e.lastMessage;
    if (m != null && (this.preview === null || (m.seq ?? 0) >= this.preview.seq)) {
      this.preview = { seq: m.seq ?? 0, senderId: m.senderId ?? '', text: labelled(m.text ?? '', (m.attachments ?? []) as Attachment[]), deleted: m.deleted === true };
    }
  }

  /**
   * Applies one log entry. `live` entries come from the SDK's message stream (pushes and sync, in
   * seq order): they may change the members or the title, and count as unread when `countUnread`.
   * History pages are in their current state and change neither.
   */
  apply(m: Message, live: boolean, countUnread: boolean): void {
    this.lastSeq = Math.max(this.lastSeq, m.seq);
    switch (m.kind) {
      case MessageKind.TEXT: {
        const before = this.messages.get(m.seq);
        const shown: ShownMessage = { ...fromWire(m), reactions: m.reactions.length > 0 || before === undefined ? reactionsOf(m.reactions) : before.reactions };
        this.messages.set(m.seq, shown);
        this.applyChange(shown);
        this.lastActivity = Math.max(this.lastActivity, m.sentAtMs);
        if (this.preview === null || m.seq >= this.preview.seq) this.preview = { seq: m.seq, senderId: m.senderId, text: labelled(shown.text, shown.attachments), deleted: shown.deleted };
        if (live && m.seq > this.countedThrough) {
          if (countUnread && m.senderId !== this.me && m.seq > this.readSeq && !shown.deleted) this.unread++;
          this.countedThrough = m.seq;
        }
        return;
      }
      case MessageKind.EDIT:
      case MessageKind.DELETE: {
        const prior = this.changes.get(m.refSeq);
        const change: Change = prior ?? { editSeq: 0, text: '', at: 0, deleted: false };
        if (m.kind === MessageKind.DELETE) change.deleted = true;
        else if (m.seq > change.editSeq) Object.assign(change, { editSeq: m.seq, text: m.text, at: m.sentAtMs });
        this.changes.set(m.refSeq, change);
        const target = this.messages.get(m.refSeq);
        if (target !== undefined) this.applyChange(target);
        if (this.preview?.seq === m.refSeq) {
          this.preview = { ...this.preview, text: target?.text ?? change.text, deleted: change.deleted };
        }
        return;
      }
      case MessageKind.MEMBERS:
      case MessageKind.RENAME: {
        this.messages.set(m.seq, fromWire(m));
        if (m.kind === MessageKind.MEMBERS) this.memberChanges.set(m.seq, systemOf(m));
        this.lastActivity = Math.max(this.lastActivity, m.sentAtMs);
        if (live && m.seq > this.info.lastSeq) this.applySystem(m.seq, m.kind, systemOf(m));
        return;
      }
      default:
    }
  }

  /** Counts after a change; `mine` is kept from what we knew unless `actor` is this user. */
  setReactions(seq: number, counts: readonly Wire<ReactionCount>[], actor?: { userId: string; emoji: string; add: boolean }): void {
    const m = this.messages.get(seq);
    if (m === undefined || m.deleted) return;
    const wasMine = new Set(m.reactions.filter((r) => r.mine).map((r) => r.emoji));
    if (actor?.userId === this.me) {
      if (actor.add) wasMine.add(actor.emoji);
      else wasMine.delete(actor.emoji);
    }
    const fresh = reactionsOf(counts);
    const authoritative = actor === undefined; // an ack: `mine` comes from the server
    m.reactions = fresh.map((r) => ({ ...r, mine: r.count > 0 && (authoritative ? r.mine : wasMine.has(r.emoji)) }));
  }

  mergeReceipts(list: readonly Wire<MemberReceipt>[]): void {
    for (const r of list) {
      const user = r.userId ?? '';
      this.moveReceipt(user, 'delivered', r.deliveredSeq ?? 0);
      this.moveReceipt(user, 'read', r.readSeq ?? 0);
    }
  }

  /** A member's cursor moved (cursors only move forward). */
  moveReceipt(user: string, kind: keyof Cursor, seq: number): void {
    if (user === '') return;
    let c = this.receipts.get(user);
    if (c === undefined) this.receipts.set(user, (c = { delivered: 0, read: 0 }));
    if (seq <= c[kind]) return;
    c[kind] = seq;
    if (user === this.me && kind === 'read') this.ownReadMoved(seq);
  }

  /**
   * This user read up to seq, here or on another device. Read past everything counted: nothing is
   * unread. Read up to an earlier point: the count stays until the session refetches it.
   */
  private ownReadMoved(seq: number): void {
    this.readSeq = Math.max(this.readSeq, seq);
    if (seq >= this.countedThrough) this.unread = 0;
  }

  /** Everything is on screen: nothing is unread. */
  markAllRead(): void {
    this.unread = 0;
    this.countedThrough = Math.max(this.countedThrough, this.lastSeq);
  }

  /** This user's own message, acknowledged before its push arrives. */
  addOwn(seq: number, sentAtMs: number, clientId: string, text: string): void {
    if (this.messages.has(seq)) return;
    this.messages.set(seq, { seq, kind: MessageKind.TEXT, senderId: this.me, sentAtMs, clientId, text, editedAtMs: 0, deleted: false, reactions: [], system: null, attachments: [] });
    this.lastSeq = Math.max(this.lastSeq, seq);
    this.lastActivity = Math.max(this.lastActivity, sentAtMs);
    if (this.preview === null || seq >= this.preview.seq) this.preview = { seq, senderId: this.me, text, deleted: false };
  }

  /**
   * How far one of this user's messages got: to every member it was written to who is still one,
   * and read by each of them? Members added after it are not counted for it; removed members (whose
   * receipts the server no longer reports) are not counted at all.
   */
  ticks(seq: number): { ticks: Ticks; detail: string } {
    const current = new Set(this.info.members);
    const others = [...this.membersAt(seq)].filter((u) => u !== this.me && current.has(u));
    if (others.length === 0) return { ticks: 'sent', detail: 'sent' };
    let delivered = 0;
    let read = 0;
    for (const u of others) {
      const c = this.receipts.get(u);
      if (c === undefined) continue;
      if (c.read >= seq) read++;
      if (Math.max(c.read, c.delivered) >= seq) delivered++;
    }
    const ticks: Ticks = read === others.length ? 'read' : delivered === others.length ? 'delivered' : 'sent';
    const detail = this.isGroup ? `read by ${read} of ${others.length} · delivered to ${delivered} of ${others.length}` : ticks;
    return { ticks, detail };
  }

  /**
   * The members when entry `seq` was written: the current ones with the MEMBERS entries after it
   * undone, newest first. The page holds every entry after the oldest one it shows (the history
   * page reaches the newest entry, live ones follow), so the walk back is complete for what it shows.
   */
  membersAt(seq: number): Set<string> {
    const members = new Set(this.info.members);
    const later = [...this.memberChanges].filter(([at]) => at > seq && at <= this.info.lastSeq).sort((a, b) => b[0] - a[0]);
    for (const [, change] of later) {
      for (const u of change.added) members.delete(u);
      for (const u of change.removed) members.add(u);
    }
    return members;
  }

  /** Whether this user may delete the message: their own, or anyone's as a group owner/admin. */
  canDelete(m: ShownMessage): boolean {
    return !this.left && !m.deleted && m.kind === MessageKind.TEXT && (m.senderId === this.me || this.isModerator);
  }

  canEdit(m: ShownMessage): boolean {
    return !this.left && !m.deleted && m.kind === MessageKind.TEXT && m.senderId === this.me;
  }

  /** Whether the user left by themselves or was removed, in words; '' while a member. */
  get leftText(): string {
    if (!this.left) return '';
    const what = this.isGroup ? 'this group' : 'this conversation';
    let by = '';
    for (const m of this.messages.values()) if (m.kind === MessageKind.MEMBERS && m.system?.removed.includes(this.me) === true) by = m.senderId;
    if (by === this.me) return `you left ${what}`;
    return by === '' ? `you are no longer a member of ${what}` : `${by} removed you from ${what}`;
  }

  /** The user was removed (or left) at seq. */
  markLeft(seq: number): void {
    this.left = true;
    this.lastSeq = Math.max(this.lastSeq, seq);
    if (this.info.members.includes(this.me)) {
      this.info = { ...this.info, members: this.info.members.filter((u) => u !== this.me), lastSeq: Math.max(this.info.lastSeq, seq) };
    }
  }

  private applyChange(m: ShownMessage): void {
    const c = this.changes.get(m.seq);
    if (c === undefined) return;
    if (c.deleted) {
      Object.assign(m, { deleted: true, text: '', reactions: [] });
    } else if (c.editSeq > 0 && c.at >= m.editedAtMs) {
      Object.assign(m, { text: c.text, editedAtMs: c.at });
    }
  }

  private applySystem(seq: number, kind: number, s: SystemChange): void {
    const info = { ...this.info, roles: new Map(this.info.roles), lastSeq: seq };
    if (kind === MessageKind.RENAME) {
      info.title = s.title;
    } else {
      const members = new Set(info.members);
      for (const u of s.added) {
        members.add(u);
        info.roles.set(u, 'member');
      }
      for (const u of s.removed) {
        members.delete(u);
        info.roles.delete(u);
      }
      for (const r of s.roles) {
        const [u, role] = r.split('=');
        if (u !== undefined && role !== undefined) info.roles.set(u, role);
      }
      info.members = [...members];
    }
    this.info = info;
    this.left = !info.members.includes(this.me);
  }
}

function toInfo(c: Conversation): ConvInfo {
  const roles = new Map<string, string>();
  for (const r of c.roles) {
    const [u, role] = r.split('=');
    if (u !== undefined && role !== undefined) roles.set(u, role);
  }
  return { id: c.id, kind: c.kind, title: c.title, members: [...c.members], roles, lastSeq: c.lastSeq };
}

function fromWire(m: Message): ShownMessage {
  return {
    seq: m.seq,
    kind: m.kind,
    senderId: m.senderId,
    sentAtMs: m.sentAtMs,
    clientId: m.clientId,
    text: m.deleted ? '' : m.text,
    editedAtMs: m.editedAtMs,
    deleted: m.deleted,
    reactions: [],
    attachments: m.deleted ? [] : (m.attachments as Attachment[]),
    system: m.kind === MessageKind.MEMBERS || m.kind === MessageKind.RENAME ? systemOf(m) : null,
  };
}

function systemOf(m: Message): SystemChange {
  const s = m.system;
  return { added: [...(s?.added ?? [])], removed: [...(s?.removed ?? [])], title: s?.title ?? '', roles: [...(s?.roles ?? [])] };
}

function reactionsOf(list: readonly Wire<ReactionCount>[]): Reaction[] {
  return list.map((r) => ({ emoji: r.emoji ?? '', count: r.count ?? 0, mine: r.mine === true })).filter((r) => r.emoji !== '' && r.count > 0);
}
