import { type Clock, systemClock } from '../time/mod.js';
import type Database from 'better-sqlite3';
import { DelegatingStore } from './delegating_store.js';
import { ConflictError, FencedError, SeqConflictError, StoreUnavailableError } from './errors.js';
import { SqliteInbox } from './sqlite_inbox.js';
import { SqliteReactions } from './sqlite_reactions.js';
import { SqliteReceipts } from './sqlite_receipts.js';
import { type MessageRow, sqliteCall, toMessage } from './sqlite_rows.js';
import { type SqliteSource, migrateSqlite, openSqlite } from './sqlite_open.js';
import { STORE_SCHEMA } from './sqlite_schema.js';
import type { ConversationRecord, CreateResult, MembersChange, MemberRecord, MessageRecord, MessageStore, OwnerRecord, RangeQuery, RenameChange } from './store.js';
import { checkBatch, checkConversation, checkEpoch, checkKey, checkRange } from './validate.js';

/**
 * A file path (or ':memory:') with its durability (FULL syncs the WAL on every commit and survives
 * power loss; NORMAL survives a process crash only), or a connection someone else owns and closes.
 */
export type SqliteStoreOptions = SqliteSource & {
  /** Wall time for owner claims' timestamps; default the system clock. */
  clock?: Clock;
  /** false: the file's schema is known to be current (a reader beside the writer thread); default true. */
  migrate?: boolean;
  /** Runs inside every append's transaction after its entries and effects (the search index, lib/search). */
  afterAppend?: (messages: readonly MessageRecord[]) => void;
};

interface ConversationRow {
  id: string;
  kind: 'direct' | 'group';
  title: string;
  created_by: string;
  created_at: number;
  last_activity: number;
  home_region: string;
}

/**
 * Embedded store on SQLite (WAL). better-sqlite3 is synchronous, so every call completes before it
 * returns; the async signatures are the interface's. One writer process per file.
 */
export class SqliteStore extends DelegatingStore implements MessageStore {
  private readonly db: Database.Database;
  private readonly owned: boolean;
  private readonly stmt;
  private readonly appendTx;
  private readonly fencedAppendTx;
  private readonly claimTx;
  private readonly createTx;
  protected readonly receipts: SqliteReceipts;
  protected readonly reactionParts: SqliteReactions;
  protected readonly inbox: SqliteInbox;

  constructor(options: SqliteStoreOptions) {
    super();
    const { db, owned } = openSqlite(options);
    const clock = options.clock ?? systemClock;
    const afterAppend = options.afterAppend;
    this.db = db;
    this.owned = owned;
    if (options.migrate !== false) migrateSqlite(db, STORE_SCHEMA);
    this.stmt = statements(db);
    this.appendTx = db.transaction((messages: readonly MessageRecord[]) => {
      for (const m of messages) {
        this.stmt.insertMessage.run(m.conversationId, m.seq, m.senderId, m.senderDevice, m.clientId, m.sentAt, m.text, m.kind, m.refSeq, m.meta);
        this.applyEffects(m);
      }
      afterAppend?.(messages);
    });
    // IMMEDIATE: the write lock is taken before the epoch is read, so no other connection on the file
    // can claim between the check and the insert.
    this.fencedAppendTx = db.transaction((messages: readonly MessageRecord[], epoch: number) => {
      const cid = messages[0]!.conversationId;
      if (this.stmt.owner.get(cid)?.epoch !== epoch) throw new FencedError(cid, epoch);
      this.appendTx(messages);
    }).immediate;
    this.claimTx = db.transaction((cid: string, ownerId: string) => this.stmt.claim.get(cid, ownerId, clock.now())!.epoch).immediate;
    this.createTx = db.transaction((c: ConversationRecord, members: readonly MemberRecord[]): boolean => {
      const inserted = this.stmt.insertConversation.run(c.id, c.kind, c.title, c.createdBy, c.createdAt, c.createdAt, c.homeRegion ?? '').changes === 1;
      if (!inserted) return false;
      for (const m of members) this.stmt.insertMember.run(c.id, m.userId, m.role, m.joinedAt);
      return true;
    });
    this.receipts = new SqliteReceipts(db);
    this.reactionParts = new SqliteReactions(db);
    this.inbox = new SqliteInbox(db);
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

  async createConversation(conversation: ConversationRecord, members: readonly MemberRecord[]): Promise<CreateResult> {
    checkConversation(conversation, members);
    const created = sqliteCall(() => this.createTx(conversation, members));
    if (created) return { created: true, conversation: { ...conversation } };
    const existing = (await this.getConversation(conversation.id))!;
    if (conversation.kind === 'group' || existing.kind !== conversation.kind) {
      throw new ConflictError(`conversation ${conversation.id} already exists`);
    }
    return { created: false, conversation: existing };
  }

  async getConversation(id: string): Promise<ConversationRecord | undefined> {
    checkKey('conversation id', id);
    const row = sqliteCall(() => this.stmt.getConversation.get(id));
    return row === undefined
      ? undefined
      : {
          id: row.id,
          kind: row.kind,
          title: row.title,
          createdBy: row.created_by,
          createdAt: row.created_at,
          lastActivity: row.last_activity,
          ...(row.home_region === '' ? {} : { homeRegion: row.home_region }),
        };
  }

  async members(conversationId: string): Promise<MemberRecord[]> {
    checkKey('conversation id', conversationId);
    return sqliteCall(() => this.stmt.members.all(conversationId)).map((r) => ({
      userId: r.user_id,
      role: r.role,
      joinedAt: r.joined_at,
      leftSeq: r.left_seq,
    }));
  }

  async member(conversationId: string, userId: string): Promise<MemberRecord | undefined> {
    checkKey('conversation id', conversationId);
    const r = sqliteCall(() => this.stmt.member.get(conversationId, userId));
    return r === undefined ? undefined : { userId: r.user_id, role: r.role, joinedAt: r.joined_at, leftSeq: r.left_seq };
  }

  async conversationsOf(userId: string, afterId: string, limit: number): Promise<string[]> {
    checkKey('user id', userId);
    return sqliteCall(() => this.stmt.conversationsOf.all(userId, afterId, limit)).map((r) => r.conversation_id);
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
    return sqliteCall(() => this.claimTx(conversationId, ownerId));
  }

  async currentOwner(conversationId: string): Promise<OwnerRecord | undefined> {
    checkKey('conversation id', conversationId);
    const row = sqliteCall(() => this.stmt.owner.get(conversationId));
    return row === undefined ? undefined : { epoch: row.epoch, ownerId: row.owner_id };
  }

  async lastSeq(conversationId: string): Promise<number> {
    checkKey('conversation id', conversationId);
    return sqliteCall(() => this.stmt.lastSeq.get(conversationId))?.s ?? 0;
  }

  async range(conversationId: string, query: RangeQuery): Promise<MessageRecord[]> {
    checkRange(conversationId, query);
    if (query.afterSeq !== undefined) {
      return sqliteCall(() => this.stmt.after.all(conversationId, query.afterSeq!, query.limit)).map(toMessage);
    }
    const rows =
      query.beforeSeq !== undefined
        ? sqliteCall(() => this.stmt.before.all(conversationId, query.beforeSeq!, query.limit))
        : sqliteCall(() => this.stmt.newest.all(conversationId, query.limit));
    return rows.reverse().map(toMessage);
  }

  async byClientId(conversationId: string, senderId: string, clientId: string): Promise<MessageRecord | undefined> {
    checkKey('conversation id', conversationId);
    const row = sqliteCall(() => this.stmt.byClientId.get(conversationId, senderId, clientId));
    return row === undefined ? undefined : toMessage(row);
  }

  async ping(): Promise<void> {
    sqliteCall(() => this.db.prepare('SELECT 1').get());
  }

  async close(): Promise<void> {
    if (this.owned && this.db.open) this.db.close();
  }
}

/** The message store as a role of the SQLite writer thread (SqliteWriter, ThreadedSqliteStore). */
export function sqliteStoreRole(db: Database.Database): SqliteStore {
  return new SqliteStore({ database: db });
}

/** The conversation, log and owner statements; the other roles prepare their own (sqlite_receipts.ts, …). */
function statements(db: Database.Database) {
  return {
    insertConversation: db.prepare(
      'INSERT INTO conversations (id, kind, title, created_by, created_at, last_activity, home_region) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING',
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
      "UPDATE messages SET text = '', meta = '', deleted = 1 WHERE conversation_id = ? AND (seq = ? OR (kind = 'edit' AND ref_seq = ?))",
    ),
    dropReactions: db.prepare('DELETE FROM reactions WHERE conversation_id = ? AND seq = ?'),
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
    claim: db.prepare<[string, string, number], { epoch: number }>(
      `INSERT INTO conversation_owners (conversation_id, epoch, owner_id, claimed_at) VALUES (?, 1, ?, ?)
       ON CONFLICT (conversation_id) DO UPDATE SET epoch = epoch + 1, owner_id = excluded.owner_id, claimed_at = excluded.claimed_at
       RETURNING epoch`,
    ),
    owner: db.prepare<[string], { epoch: number; owner_id: string }>('SELECT epoch, owner_id FROM conversation_owners WHERE conversation_id = ?'),
  };
}
