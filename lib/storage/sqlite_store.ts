import Database from 'better-sqlite3';
import { ConflictError, FencedError, SeqConflictError, StoreUnavailableError } from './errors.js';
import type {
  ConversationRecord,
  CreateResult,
  ActivityPosition,
  CursorAdvance,
  CursorKind,
  CursorRecord,
  EntryKind,
  MemberCursor,
  MembersChange,
  ReactionCount,
  ReactionRecord,
  RenameChange,
  MemberRecord,
  MessageRecord,
  MessageStore,
  OwnerRecord,
  RangeQuery,
} from './store.js';
import { checkBatch, checkConversation, checkCursor, checkEpoch, checkKey, checkRange, checkReaction } from './validate.js';

export interface SqliteStoreOptions {
  /** File path, or ':memory:'. */
  path: string;
  /** FULL syncs the WAL on every commit (survives power loss); NORMAL survives a process crash only. */
  synchronous?: 'FULL' | 'NORMAL';
}

const SCHEMA_VERSION = 3;

const MIGRATIONS: readonly string[] = [
  `CREATE TABLE conversations (
     id TEXT PRIMARY KEY, kind TEXT NOT NULL, title TEXT NOT NULL,
     created_by TEXT NOT NULL, created_at INTEGER NOT NULL
   ) WITHOUT ROWID;
   CREATE TABLE members (
     conversation_id TEXT NOT NULL, user_id TEXT NOT NULL, role TEXT NOT NULL, joined_at INTEGER NOT NULL,
     PRIMARY KEY (conversation_id, user_id)
   ) WITHOUT ROWID;
   CREATE INDEX members_by_user ON members (user_id, conversation_id);
   CREATE TABLE messages (
     conversation_id TEXT NOT NULL, seq INTEGER NOT NULL, sender_id TEXT NOT NULL, sender_device TEXT NOT NULL,
     client_id TEXT NOT NULL, sent_at INTEGER NOT NULL, text TEXT NOT NULL,
     PRIMARY KEY (conversation_id, seq)
   ) WITHOUT ROWID;
   CREATE INDEX messages_by_client ON messages (conversation_id, sender_id, client_id);
   CREATE TABLE cursors (
     user_id TEXT NOT NULL, device_id TEXT NOT NULL, conversation_id TEXT NOT NULL, kind TEXT NOT NULL,
     seq INTEGER NOT NULL,
     PRIMARY KEY (user_id, device_id, conversation_id, kind)
   ) WITHOUT ROWID;`,
  // 2: conversation features — entry kinds and their state, roles over time, member cursors,
  // reactions, activity order, last seen.
  `ALTER TABLE messages ADD COLUMN kind TEXT NOT NULL DEFAULT 'text';
   ALTER TABLE messages ADD COLUMN ref_seq INTEGER NOT NULL DEFAULT 0;
   ALTER TABLE messages ADD COLUMN edited_at INTEGER NOT NULL DEFAULT 0;
   ALTER TABLE messages ADD COLUMN deleted INTEGER NOT NULL DEFAULT 0;
   ALTER TABLE messages ADD COLUMN meta TEXT NOT NULL DEFAULT '';
   ALTER TABLE members ADD COLUMN left_seq INTEGER NOT NULL DEFAULT 0;
   ALTER TABLE conversations ADD COLUMN last_activity INTEGER NOT NULL DEFAULT 0;
   UPDATE conversations SET last_activity = created_at;
   CREATE TABLE member_cursors (
     conversation_id TEXT NOT NULL, user_id TEXT NOT NULL, kind TEXT NOT NULL, seq INTEGER NOT NULL,
     updated_at INTEGER NOT NULL,
     PRIMARY KEY (conversation_id, user_id, kind)
   ) WITHOUT ROWID;
   CREATE TABLE reactions (
     conversation_id TEXT NOT NULL, seq INTEGER NOT NULL, emoji TEXT NOT NULL, user_id TEXT NOT NULL,
     PRIMARY KEY (conversation_id, seq, emoji, user_id)
   ) WITHOUT ROWID;
   CREATE TABLE last_seen (user_id TEXT PRIMARY KEY, at INTEGER NOT NULL) WITHOUT ROWID;`,
  // 3: owner epochs. claimOwner raises a conversation's epoch; a fenced append checks it in the
  // same transaction as its insert.
  `CREATE TABLE conversation_owners (
     conversation_id TEXT PRIMARY KEY, epoch INTEGER NOT NULL, owner_id TEXT NOT NULL, claimed_at INTEGER NOT NULL
   ) WITHOUT ROWID;`,
];

interface MessageRow {
  conversation_id: string;
  seq: number;
  sender_id: string;
  sender_device: string;
  client_id: string;
  sent_at: number;
  text: string;
  kind: EntryKind;
  ref_seq: number;
  edited_at: number;
  deleted: number;
  meta: string;
}

interface ConversationRow {
  id: string;
  kind: 'direct' | 'group';
  title: string;
  created_by: string;
  created_at: number;
  last_activity: number;
}

/**
 * Embedded store on SQLite (WAL). better-sqlite3 is synchronous, so every call completes before it
 * returns; the async signatures are the interface's. One writer process per file.
 */
export class SqliteStore implements MessageStore {
  private readonly db: Database.Database;
  private readonly stmt;
  private readonly appendTx;
  private readonly fencedAppendTx;
  private readonly claimTx;
  private readonly createTx;

  constructor(options: SqliteStoreOptions) {
    this.db = new Database(options.path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma(`synchronous = ${options.synchronous ?? 'FULL'}`);
    this.db.pragma('busy_timeout = 5000');
    this.migrate();
    const db = this.db;
    this.stmt = {
      insertConversation: db.prepare(
        'INSERT INTO conversations (id, kind, title, created_by, created_at, last_activity) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING',
      ),
      getConversation: db.prepare<[string], ConversationRow>('SELECT * FROM conversations WHERE id = ?'),
      insertMember: db.prepare(
        'INSERT INTO members (conversation_id, user_id, role, joined_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING',
      ),
      members: db.prepare<[string], { user_id: string; role: MemberRecord['role']; joined_at: number; left_seq: number }>(
        'SELECT user_id, role, joined_at, left_seq FROM members WHERE conversation_id = ? ORDER BY user_id',
      ),
      member: db.prepare<[string, string], { user_id: string; role: MemberRecord['role']; joined_at: number; left_seq: number }>(
        'SELECT user_id, role, joined_at, left_seq FROM members WHERE conversation_id = ? AND user_id = ?',
      ),
      upsertMember: db.prepare(
        `INSERT INTO members (conversation_id, user_id, role, joined_at, left_seq) VALUES (?, ?, ?, ?, 0)
         ON CONFLICT (conversation_id, user_id) DO UPDATE SET role = excluded.role, joined_at = excluded.joined_at, left_seq = 0`,
      ),
      removeMember: db.prepare('UPDATE members SET left_seq = ? WHERE conversation_id = ? AND user_id = ? AND left_seq = 0'),
      setRole: db.prepare('UPDATE members SET role = ? WHERE conversation_id = ? AND user_id = ? AND left_seq = 0'),
      rename: db.prepare('UPDATE conversations SET title = ? WHERE id = ?'),
      touch: db.prepare('UPDATE conversations SET last_activity = MAX(last_activity, ?) WHERE id = ?'),
      applyEdit: db.prepare(
        "UPDATE messages SET text = ?, edited_at = ? WHERE conversation_id = ? AND seq = ? AND kind = 'text' AND deleted = 0",
      ),
      applyDelete: db.prepare(
        "UPDATE messages SET text = '', deleted = 1 WHERE conversation_id = ? AND (seq = ? OR (kind = 'edit' AND ref_seq = ?))",
      ),
      dropReactions: db.prepare('DELETE FROM reactions WHERE conversation_id = ? AND seq = ?'),
      addReaction: db.prepare('INSERT INTO reactions (conversation_id, seq, emoji, user_id) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING'),
      removeReaction: db.prepare('DELETE FROM reactions WHERE conversation_id = ? AND seq = ? AND emoji = ? AND user_id = ?'),
      reactionsOf: db.prepare<[string, string, string], { seq: number; emoji: string; n: number; mine: number }>(
        `SELECT seq, emoji, COUNT(*) AS n, MAX(user_id = ?) AS mine FROM reactions
         WHERE conversation_id = ? AND seq IN (SELECT value FROM json_each(?)) GROUP BY seq, emoji ORDER BY seq, n DESC, emoji`,
      ),
      memberCursorGet: db.prepare<[string, string, string], { seq: number }>(
        'SELECT seq FROM member_cursors WHERE conversation_id = ? AND user_id = ? AND kind = ?',
      ),
      memberCursorUp: db.prepare(
        `INSERT INTO member_cursors (conversation_id, user_id, kind, seq, updated_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (conversation_id, user_id, kind) DO UPDATE SET seq = excluded.seq, updated_at = excluded.updated_at
         WHERE excluded.seq > member_cursors.seq`,
      ),
      memberCursors: db.prepare<[string], { user_id: string; kind: CursorKind; seq: number }>(
        'SELECT user_id, kind, seq FROM member_cursors WHERE conversation_id = ?',
      ),
      receiptsAt: db.prepare<[string], { t: number | null }>('SELECT MAX(updated_at) AS t FROM member_cursors WHERE conversation_id = ?'),
      byActivity: db.prepare<[string, number, number, number, string, number], { id: string; last_activity: number }>(
        `SELECT c.id, c.last_activity FROM members m JOIN conversations c ON c.id = m.conversation_id
         WHERE m.user_id = ? AND m.left_seq = 0 AND (? = 0 OR c.last_activity < ? OR (c.last_activity = ? AND c.id < ?))
         ORDER BY c.last_activity DESC, c.id DESC LIMIT ?`,
      ),
      unread: db.prepare<[string, number, string, number], { n: number }>(
        `SELECT COUNT(*) AS n FROM (SELECT 1 FROM messages WHERE conversation_id = ? AND seq > ? AND kind = 'text'
         AND deleted = 0 AND sender_id != ? LIMIT ?)`,
      ),
      lastText: db.prepare<[string], MessageRow>(
        "SELECT * FROM messages WHERE conversation_id = ? AND kind = 'text' ORDER BY seq DESC LIMIT 1",
      ),
      setLastSeen: db.prepare(
        'INSERT INTO last_seen (user_id, at) VALUES (?, ?) ON CONFLICT (user_id) DO UPDATE SET at = MAX(at, excluded.at)',
      ),
      lastSeen: db.prepare<[string], { user_id: string; at: number }>(
        'SELECT user_id, at FROM last_seen WHERE user_id IN (SELECT value FROM json_each(?))',
      ),
      conversationsOf: db.prepare<[string, string, number], { conversation_id: string }>(
        'SELECT conversation_id FROM members WHERE user_id = ? AND conversation_id > ? ORDER BY conversation_id LIMIT ?',
      ),
      insertMessage: db.prepare(
        `INSERT INTO messages (conversation_id, seq, sender_id, sender_device, client_id, sent_at, text, kind, ref_seq, meta)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      lastSeq: db.prepare<[string], { s: number | null }>('SELECT MAX(seq) AS s FROM messages WHERE conversation_id = ?'),
      after: db.prepare<[string, number, number], MessageRow>(
        'SELECT * FROM messages WHERE conversation_id = ? AND seq > ? ORDER BY seq ASC LIMIT ?',
      ),
      before: db.prepare<[string, number, number], MessageRow>(
        'SELECT * FROM messages WHERE conversation_id = ? AND seq < ? ORDER BY seq DESC LIMIT ?',
      ),
      newest: db.prepare<[string, number], MessageRow>(
        'SELECT * FROM messages WHERE conversation_id = ? ORDER BY seq DESC LIMIT ?',
      ),
      byClientId: db.prepare<[string, string, string], MessageRow>(
        'SELECT * FROM messages WHERE conversation_id = ? AND sender_id = ? AND client_id = ? ORDER BY seq LIMIT 1',
      ),
      advanceCursor: db.prepare(
        `INSERT INTO cursors (user_id, device_id, conversation_id, kind, seq) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (user_id, device_id, conversation_id, kind) DO UPDATE SET seq = MAX(seq, excluded.seq)`,
      ),
      getCursor: db.prepare<[string, string, string, string], { seq: number }>(
        'SELECT seq FROM cursors WHERE user_id = ? AND device_id = ? AND conversation_id = ? AND kind = ?',
      ),
      cursors: db.prepare<[string, string], { conversation_id: string; kind: CursorKind; seq: number }>(
        'SELECT conversation_id, kind, seq FROM cursors WHERE user_id = ? AND device_id = ? ORDER BY conversation_id, kind',
      ),
      claim: db.prepare<[string, string, number], { epoch: number }>(
        `INSERT INTO conversation_owners (conversation_id, epoch, owner_id, claimed_at) VALUES (?, 1, ?, ?)
         ON CONFLICT (conversation_id) DO UPDATE SET epoch = epoch + 1, owner_id = excluded.owner_id, claimed_at = excluded.claimed_at
         RETURNING epoch`,
      ),
      owner: db.prepare<[string], { epoch: number; owner_id: string }>('SELECT epoch, owner_id FROM conversation_owners WHERE conversation_id = ?'),
    };
    this.appendTx = db.transaction((messages: readonly MessageRecord[]) => {
      for (const m of messages) {
        this.stmt.insertMessage.run(m.conversationId, m.seq, m.senderId, m.senderDevice, m.clientId, m.sentAt, m.text, m.kind, m.refSeq, m.meta);
        this.applyEffects(m);
      }
    });
    // IMMEDIATE: the write lock is taken before the epoch is read, so no other connection on the file
    // can claim between the check and the insert.
    this.fencedAppendTx = db.transaction((messages: readonly MessageRecord[], epoch: number) => {
      const cid = messages[0]!.conversationId;
      if (this.stmt.owner.get(cid)?.epoch !== epoch) throw new FencedError(cid, epoch);
      this.appendTx(messages);
    }).immediate;
    this.claimTx = db.transaction((cid: string, ownerId: string) => this.stmt.claim.get(cid, ownerId, Date.now())!.epoch).immediate;
    this.createTx = db.transaction((c: ConversationRecord, members: readonly MemberRecord[]): boolean => {
      const inserted = this.stmt.insertConversation.run(c.id, c.kind, c.title, c.createdBy, c.createdAt, c.createdAt).changes === 1;
      if (!inserted) return false;
      for (const m of members) this.stmt.insertMember.run(c.id, m.userId, m.role, m.joinedAt);
      return true;
    });
  }

  /** Applies what an entry changes besides itself; runs inside the append transaction. */
  private applyEffects(m: MessageRecord): void {
    const s = this.stmt;
    s.touch.run(m.sentAt, m.conversationId);
    if (m.kind === 'edit') {
      s.applyEdit.run(m.text, m.sentAt, m.conversationId, m.refSeq);
    } else if (m.kind === 'delete') {
      s.applyDelete.run(m.conversationId, m.refSeq, m.refSeq);
      s.dropReactions.run(m.conversationId, m.refSeq);
    } else if (m.kind === 'members') {
      const change = JSON.parse(m.meta) as MembersChange;
      for (const a of change.added) s.upsertMember.run(m.conversationId, a.userId, a.role, m.sentAt);
      for (const r of change.removed) s.removeMember.run(m.seq, m.conversationId, r);
      for (const r of change.roles) s.setRole.run(r.role, m.conversationId, r.userId);
    } else if (m.kind === 'rename') {
      s.rename.run((JSON.parse(m.meta) as RenameChange).title, m.conversationId);
    }
  }

  private migrate(): void {
    const current = this.db.pragma('user_version', { simple: true }) as number;
    if (current > SCHEMA_VERSION) {
      throw new Error(`database schema ${current} is newer than this build understands (${SCHEMA_VERSION})`);
    }
    for (let v = current; v < SCHEMA_VERSION; v++) {
      this.db.transaction(() => {
        this.db.exec(MIGRATIONS[v]!);
        this.db.pragma(`user_version = ${v + 1}`);
      })();
    }
  }

  async createConversation(conversation: ConversationRecord, members: readonly MemberRecord[]): Promise<CreateResult> {
    checkConversation(conversation, members);
    const created = this.run(() => this.createTx(conversation, members));
    if (created) return { created: true, conversation: { ...conversation } };
    const existing = (await this.getConversation(conversation.id))!;
    if (conversation.kind === 'group' || existing.kind !== conversation.kind) {
      throw new ConflictError(`conversation ${conversation.id} already exists`);
    }
    return { created: false, conversation: existing };
  }

  async getConversation(id: string): Promise<ConversationRecord | undefined> {
    checkKey('conversation id', id);
    const row = this.run(() => this.stmt.getConversation.get(id));
    return row === undefined
      ? undefined
      : { id: row.id, kind: row.kind, title: row.title, createdBy: row.created_by, createdAt: row.created_at, lastActivity: row.last_activity };
  }

  async members(conversationId: string): Promise<MemberRecord[]> {
    checkKey('conversation id', conversationId);
    return this.run(() => this.stmt.members.all(conversationId)).map((r) => ({
      userId: r.user_id,
      role: r.role,
      joinedAt: r.joined_at,
      leftSeq: r.left_seq,
    }));
  }

  async member(conversationId: string, userId: string): Promise<MemberRecord | undefined> {
    checkKey('conversation id', conversationId);
    const r = this.run(() => this.stmt.member.get(conversationId, userId));
    return r === undefined ? undefined : { userId: r.user_id, role: r.role, joinedAt: r.joined_at, leftSeq: r.left_seq };
  }

  async conversationsOf(userId: string, afterId: string, limit: number): Promise<string[]> {
    checkKey('user id', userId);
    return this.run(() => this.stmt.conversationsOf.all(userId, afterId, limit)).map((r) => r.conversation_id);
  }

  async append(messages: readonly MessageRecord[], fence?: { epoch: number }): Promise<void> {
    checkBatch(messages);
    if (fence !== undefined) checkEpoch(fence.epoch);
    try {
      if (fence === undefined) this.appendTx(messages);
      else this.fencedAppendTx(messages, fence.epoch);
    } catch (err) {
      if (err instanceof FencedError) throw err;
      const code = (err as { code?: string }).code;
      if (code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
        throw new SeqConflictError(messages[0]!.conversationId, messages[0]!.seq, { cause: err });
      }
      throw new StoreUnavailableError('sqlite append failed', { cause: err });
    }
  }

  async claimOwner(conversationId: string, ownerId: string): Promise<number> {
    checkKey('conversation id', conversationId);
    checkKey('owner id', ownerId);
    return this.run(() => this.claimTx(conversationId, ownerId));
  }

  async currentOwner(conversationId: string): Promise<OwnerRecord | undefined> {
    checkKey('conversation id', conversationId);
    const row = this.run(() => this.stmt.owner.get(conversationId));
    return row === undefined ? undefined : { epoch: row.epoch, ownerId: row.owner_id };
  }

  async lastSeq(conversationId: string): Promise<number> {
    checkKey('conversation id', conversationId);
    return this.run(() => this.stmt.lastSeq.get(conversationId))?.s ?? 0;
  }

  async range(conversationId: string, query: RangeQuery): Promise<MessageRecord[]> {
    checkRange(conversationId, query);
    if (query.afterSeq !== undefined) {
      return this.run(() => this.stmt.after.all(conversationId, query.afterSeq!, query.limit)).map(toMessage);
    }
    const rows =
      query.beforeSeq !== undefined
        ? this.run(() => this.stmt.before.all(conversationId, query.beforeSeq!, query.limit))
        : this.run(() => this.stmt.newest.all(conversationId, query.limit));
    return rows.reverse().map(toMessage);
  }

  async byClientId(conversationId: string, senderId: string, clientId: string): Promise<MessageRecord | undefined> {
    checkKey('conversation id', conversationId);
    const row = this.run(() => this.stmt.byClientId.get(conversationId, senderId, clientId));
    return row === undefined ? undefined : toMessage(row);
  }

  async advanceCursor(c: CursorRecord, at: number): Promise<CursorAdvance> {
    checkCursor(c);
    return this.run(() =>
      this.db.transaction((): CursorAdvance => {
        const s = this.stmt;
        s.advanceCursor.run(c.userId, c.deviceId, c.conversationId, c.kind, c.seq);
        const device = s.getCursor.get(c.userId, c.deviceId, c.conversationId, c.kind)!.seq;
        const memberMoved = s.memberCursorUp.run(c.conversationId, c.userId, c.kind, device, at).changes === 1;
        const member = s.memberCursorGet.get(c.conversationId, c.userId, c.kind)!.seq;
        return { device, member, memberMoved };
      })(),
    );
  }

  async react(r: ReactionRecord, add: boolean): Promise<ReactionCount[]> {
    checkReaction(r);
    return this.run(() =>
      this.db.transaction((): ReactionCount[] => {
        if (add) this.stmt.addReaction.run(r.conversationId, r.seq, r.emoji, r.userId);
        else this.stmt.removeReaction.run(r.conversationId, r.seq, r.emoji, r.userId);
        return this.reactionRows(r.conversationId, [r.seq], '').get(r.seq) ?? [];
      })(),
    );
  }

  async reactions(conversationId: string, seqs: readonly number[], reader: string): Promise<Map<number, ReactionCount[]>> {
    checkKey('conversation id', conversationId);
    return this.run(() => this.reactionRows(conversationId, seqs, reader));
  }

  private reactionRows(conversationId: string, seqs: readonly number[], reader: string): Map<number, ReactionCount[]> {
    const out = new Map<number, ReactionCount[]>();
    if (seqs.length === 0) return out;
    for (const row of this.stmt.reactionsOf.all(reader, conversationId, JSON.stringify(seqs))) {
      let list = out.get(row.seq);
      if (list === undefined) out.set(row.seq, (list = []));
      list.push({ emoji: row.emoji, count: row.n, mine: row.mine === 1 });
    }
    return out;
  }

  async memberCursors(conversationId: string): Promise<MemberCursor[]> {
    checkKey('conversation id', conversationId);
    const byUser = new Map<string, MemberCursor>();
    for (const r of this.run(() => this.stmt.memberCursors.all(conversationId))) {
      let c = byUser.get(r.user_id);
      if (c === undefined) byUser.set(r.user_id, (c = { userId: r.user_id, delivered: 0, read: 0 }));
      if (r.kind === 'read') c.read = r.seq;
      else c.delivered = r.seq;
    }
    // Reading implies delivery.
    for (const c of byUser.values()) c.delivered = Math.max(c.delivered, c.read);
    return [...byUser.values()].sort((a, b) => (a.userId < b.userId ? -1 : 1));
  }

  async receiptsUpdatedAt(conversationId: string): Promise<number> {
    checkKey('conversation id', conversationId);
    return this.run(() => this.stmt.receiptsAt.get(conversationId))?.t ?? 0;
  }

  async conversationsByActivity(userId: string, before: ActivityPosition | null, limit: number): Promise<ActivityPosition[]> {
    checkKey('user id', userId);
    const t = before?.lastActivity ?? 0;
    const rows = this.run(() => this.stmt.byActivity.all(userId, t, t, t, before?.conversationId ?? '', limit));
    return rows.map((r) => ({ conversationId: r.id, lastActivity: r.last_activity }));
  }

  async unreadCount(conversationId: string, userId: string, afterSeq: number, cap: number): Promise<number> {
    checkKey('conversation id', conversationId);
    return this.run(() => this.stmt.unread.get(conversationId, afterSeq, userId, cap))?.n ?? 0;
  }

  async lastText(conversationId: string): Promise<MessageRecord | undefined> {
    checkKey('conversation id', conversationId);
    const row = this.run(() => this.stmt.lastText.get(conversationId));
    return row === undefined ? undefined : toMessage(row);
  }

  async setLastSeen(userId: string, at: number): Promise<void> {
    checkKey('user id', userId);
    this.run(() => this.stmt.setLastSeen.run(userId, at));
  }

  async lastSeen(userIds: readonly string[]): Promise<Map<string, number>> {
    const rows = this.run(() => this.stmt.lastSeen.all(JSON.stringify(userIds)));
    return new Map(rows.map((r) => [r.user_id, r.at]));
  }

  async cursors(userId: string, deviceId: string): Promise<CursorRecord[]> {
    return this.run(() => this.stmt.cursors.all(userId, deviceId)).map((r) => ({
      userId,
      deviceId,
      conversationId: r.conversation_id,
      kind: r.kind,
      seq: r.seq,
    }));
  }

  async ping(): Promise<void> {
    this.run(() => this.db.prepare('SELECT 1').get());
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }

  /** Maps SQLite's own failures (disk full, I/O error, busy) to the retryable store error. */
  private run<T>(fn: () => T): T {
    try {
      return fn();
    } catch (err) {
      throw new StoreUnavailableError('sqlite operation failed', { cause: err });
    }
  }
}

function toMessage(r: MessageRow): MessageRecord {
  return {
    conversationId: r.conversation_id,
    seq: r.seq,
    senderId: r.sender_id,
    senderDevice: r.sender_device,
    clientId: r.client_id,
    sentAt: r.sent_at,
    text: r.text,
    kind: r.kind,
    refSeq: r.ref_seq,
    editedAt: r.edited_at,
    deleted: r.deleted === 1,
    meta: r.meta,
  };
}
