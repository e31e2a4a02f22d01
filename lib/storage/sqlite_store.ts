import Database from 'better-sqlite3';
import { ConflictError, SeqConflictError, StoreUnavailableError } from './errors.js';
import type {
  ConversationRecord,
  CreateResult,
  CursorKind,
  CursorRecord,
  MemberRecord,
  MessageRecord,
  MessageStore,
  RangeQuery,
} from './store.js';
import { checkBatch, checkConversation, checkCursor, checkKey, checkRange } from './validate.js';

export interface SqliteStoreOptions {
  /** File path, or ':memory:'. */
  path: string;
  /** FULL syncs the WAL on every commit (survives power loss); NORMAL survives a process crash only. */
  synchronous?: 'FULL' | 'NORMAL';
}

const SCHEMA_VERSION = 1;

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
];

interface MessageRow {
  conversation_id: string;
  seq: number;
  sender_id: string;
  sender_device: string;
  client_id: string;
  sent_at: number;
  text: string;
}

interface ConversationRow {
  id: string;
  kind: 'direct' | 'group';
  title: string;
  created_by: string;
  created_at: number;
}

/**
 * Embedded store on SQLite (WAL). better-sqlite3 is synchronous, so every call completes before it
 * returns; the async signatures are the interface's. One writer process per file.
 */
export class SqliteStore implements MessageStore {
  private readonly db: Database.Database;
  private readonly stmt;
  private readonly appendTx;
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
        'INSERT INTO conversations (id, kind, title, created_by, created_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING',
      ),
      getConversation: db.prepare<[string], ConversationRow>('SELECT * FROM conversations WHERE id = ?'),
      insertMember: db.prepare(
        'INSERT INTO members (conversation_id, user_id, role, joined_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING',
      ),
      members: db.prepare<[string], { user_id: string; role: MemberRecord['role']; joined_at: number }>(
        'SELECT user_id, role, joined_at FROM members WHERE conversation_id = ? ORDER BY user_id',
      ),
      conversationsOf: db.prepare<[string, string, number], { conversation_id: string }>(
        'SELECT conversation_id FROM members WHERE user_id = ? AND conversation_id > ? ORDER BY conversation_id LIMIT ?',
      ),
      insertMessage: db.prepare(
        'INSERT INTO messages (conversation_id, seq, sender_id, sender_device, client_id, sent_at, text) VALUES (?, ?, ?, ?, ?, ?, ?)',
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
    };
    this.appendTx = db.transaction((messages: readonly MessageRecord[]) => {
      for (const m of messages) {
        this.stmt.insertMessage.run(m.conversationId, m.seq, m.senderId, m.senderDevice, m.clientId, m.sentAt, m.text);
      }
    });
    this.createTx = db.transaction((c: ConversationRecord, members: readonly MemberRecord[]): boolean => {
      const inserted = this.stmt.insertConversation.run(c.id, c.kind, c.title, c.createdBy, c.createdAt).changes === 1;
      if (!inserted) return false;
      for (const m of members) this.stmt.insertMember.run(c.id, m.userId, m.role, m.joinedAt);
      return true;
    });
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
      : { id: row.id, kind: row.kind, title: row.title, createdBy: row.created_by, createdAt: row.created_at };
  }

  async members(conversationId: string): Promise<MemberRecord[]> {
    checkKey('conversation id', conversationId);
    return this.run(() => this.stmt.members.all(conversationId)).map((r) => ({
      userId: r.user_id,
      role: r.role,
      joinedAt: r.joined_at,
    }));
  }

  async conversationsOf(userId: string, afterId: string, limit: number): Promise<string[]> {
    checkKey('user id', userId);
    return this.run(() => this.stmt.conversationsOf.all(userId, afterId, limit)).map((r) => r.conversation_id);
  }

  async append(messages: readonly MessageRecord[]): Promise<void> {
    checkBatch(messages);
    try {
      this.appendTx(messages);
    } catch (err) {
      const code = (err as { code?: string }).code;
      if (code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
        throw new SeqConflictError(messages[0]!.conversationId, messages[0]!.seq, { cause: err });
      }
      throw new StoreUnavailableError('sqlite append failed', { cause: err });
    }
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

  async advanceCursor(c: CursorRecord): Promise<number> {
    checkCursor(c);
    return this.run(() => {
      this.stmt.advanceCursor.run(c.userId, c.deviceId, c.conversationId, c.kind, c.seq);
      return this.stmt.getCursor.get(c.userId, c.deviceId, c.conversationId, c.kind)!.seq;
    });
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
  };
}
