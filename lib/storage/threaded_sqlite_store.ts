import Database from 'better-sqlite3';
import { SqliteWriter } from './sqlite_writer.js';
import { SqliteStore } from './sqlite_store.js';
import type { SqliteRoleSpec } from './sqlite_thread_wire.js';
import type {
  ActivityPosition,
  ConversationRecord,
  CreateResult,
  CursorAdvance,
  CursorRecord,
  MemberCursor,
  MemberRecord,
  MessageRecord,
  MessageStore,
  OwnerRecord,
  RangeQuery,
  ReactionCount,
  ReactionRecord,
} from './store.js';

export interface ThreadedSqliteStoreOptions {
  /** The database file (a real file: the writer thread and the readers share it through WAL). */
  path: string;
  /** FULL (default) syncs the WAL on every group commit; NORMAL survives a process crash only. */
  synchronous?: 'FULL' | 'NORMAL';
  /** More roles for the writer thread on the same file (the push tables, ...); see SqliteWriter. */
  roles?: readonly SqliteRoleSpec[];
  /** The message store's role: MESSAGE_STORE_ROLE, or one that is a SqliteStore with more in its appends (lib/search). */
  storeRole?: SqliteRoleSpec;
}

/** The message store's role on the writer thread: SqliteStore itself, on the thread's connection. */
export const MESSAGE_STORE_ROLE: SqliteRoleSpec = { name: 'store', module: new URL('./sqlite_store.js', import.meta.url).href, factory: 'sqliteStoreRole' };

const WRITES = ['createConversation', 'append', 'claimOwner', 'advanceCursor', 'react', 'setLastSeen', 'ping'] as const;

/**
 * The embedded store with its writes off the event loop: every write is a call on the SQLite writer
 * thread, which commits everything pending in one transaction and one fsync (group commit across
 * conversations) and settles the calls when that commit is durable, so an append's promise (and the
 * client's ack after it) never runs ahead of the disk. Reads run on a connection of the event loop
 * itself: in WAL mode a reader sees the last commit and never waits for the writer's fsync, and a
 * point read on an indexed key costs microseconds, less than a hop to another thread.
 *
 * Same contract as SqliteStore (test/storage/); one writer process per file.
 */
export class ThreadedSqliteStore implements MessageStore {
  private readonly writes;

  private constructor(
    readonly writer: SqliteWriter,
    private readonly reader: SqliteStore,
    private readonly readerDb: Database.Database,
  ) {
    this.writes = writer.remote<MessageStore, (typeof WRITES)[number]>(MESSAGE_STORE_ROLE.name, WRITES);
  }

  static async open(options: ThreadedSqliteStoreOptions): Promise<ThreadedSqliteStore> {
    const writer = await SqliteWriter.start({ path: options.path, synchronous: options.synchronous, roles: [{ ...(options.storeRole ?? MESSAGE_STORE_ROLE), name: MESSAGE_STORE_ROLE.name }, ...(options.roles ?? [])] });
    // The writer has migrated the file; the reader only reads (query_only refuses any write on it).
    const db = new Database(options.path);
    db.pragma('busy_timeout = 5000');
    db.pragma('query_only = ON');
    return new ThreadedSqliteStore(writer, new SqliteStore({ database: db, migrate: false }), db);
  }

  createConversation(conversation: ConversationRecord, members: readonly MemberRecord[]): Promise<CreateResult> {
    return this.writes.createConversation(conversation, members);
  }
  append(messages: readonly MessageRecord[], fence?: { epoch: number }): Promise<void> {
    return this.writes.append(messages, fence);
  }
  claimOwner(conversationId: string, ownerId: string): Promise<number> {
    return this.writes.claimOwner(conversationId, ownerId);
  }
  advanceCursor(cursor: CursorRecord, at: number): Promise<CursorAdvance> {
    return this.writes.advanceCursor(cursor, at);
  }
  react(reaction: ReactionRecord, add: boolean): Promise<ReactionCount[]> {
    return this.writes.react(reaction, add);
  }
  setLastSeen(userId: string, at: number): Promise<void> {
    return this.writes.setLastSeen(userId, at);
  }
  /** A round trip through the writer thread: ready means writes can commit. */
  ping(): Promise<void> {
    return this.writes.ping();
  }

  getConversation(id: string): Promise<ConversationRecord | undefined> {
    return this.reader.getConversation(id);
  }
  members(conversationId: string): Promise<MemberRecord[]> {
    return this.reader.members(conversationId);
  }
  member(conversationId: string, userId: string): Promise<MemberRecord | undefined> {
    return this.reader.member(conversationId, userId);
  }
  conversationsOf(userId: string, afterId: string, limit: number): Promise<string[]> {
    return this.reader.conversationsOf(userId, afterId, limit);
  }
  lastSeq(conversationId: string): Promise<number> {
    return this.reader.lastSeq(conversationId);
  }
  range(conversationId: string, query: RangeQuery): Promise<MessageRecord[]> {
    return this.reader.range(conversationId, query);
  }
  byClientId(conversationId: string, senderId: string, clientId: string): Promise<MessageRecord | undefined> {
    return this.reader.byClientId(conversationId, senderId, clientId);
  }
  currentOwner(conversationId: string): Promise<OwnerRecord | undefined> {
    return this.reader.currentOwner(conversationId);
  }
  cursors(userId: string, deviceId: string): Promise<CursorRecord[]> {
    return this.reader.cursors(userId, deviceId);
  }
  memberCursors(conversationId: string): Promise<MemberCursor[]> {
    return this.reader.memberCursors(conversationId);
  }
  receiptsUpdatedAt(conversationId: string): Promise<number> {
    return this.reader.receiptsUpdatedAt(conversationId);
  }
  reactions(conversationId: string, seqs: readonly number[], reader: string): Promise<Map<number, ReactionCount[]>> {
    return this.reader.reactions(conversationId, seqs, reader);
  }
  conversationsByActivity(userId: string, before: ActivityPosition | null, limit: number): Promise<ActivityPosition[]> {
    return this.reader.conversationsByActivity(userId, before, limit);
  }
  unreadCount(conversationId: string, userId: string, afterSeq: number, cap: number): Promise<number> {
    return this.reader.unreadCount(conversationId, userId, afterSeq, cap);
  }
  lastText(conversationId: string): Promise<MessageRecord | undefined> {
    return this.reader.lastText(conversationId);
  }
  lastSeen(userIds: readonly string[]): Promise<Map<string, number>> {
    return this.reader.lastSeen(userIds);
  }

  async close(): Promise<void> {
    await this.writer.close();
    if (this.readerDb.open) this.readerDb.close();
  }
}
