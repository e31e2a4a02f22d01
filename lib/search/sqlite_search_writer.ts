/**
 * The embedded search index's writes: an FTS5 table kept in the same transaction as every append
 * (SqliteStore's afterAppend), so a message is searchable exactly when it is stored, an edit
 * re-indexes its target's current text and a delete removes it. On the threaded store this runs on
 * the writer thread: SEARCHING_STORE_ROLE is the message store role with the index added.
 */
import type Database from 'better-sqlite3';
import { type MembersChange, type MessageRecord, type SqliteRoleSpec, type SqliteSchema, SqliteStore, migrateSqlite } from '../storage/mod.js';
import { encryptedSuite } from '../protocol/mod.js';
import { indexTerms } from '../text/mod.js';

/**
 * search_docs maps FTS rowids to messages, in the order they were stored (newest first is doc
 * order, which FTS5 walks backwards and stops after a page); search_joins keeps, per group member, the seq of the
 * MEMBERS entry that last added them (members of a conversation's creation have none: they see it
 * from the start). The FTS table is contentless: texts stay in `messages`, read at query time.
 */
export const SEARCH_SCHEMA: SqliteSchema = {
  component: 'message_search',
  migrations: [
    `CREATE TABLE search_docs (
       doc INTEGER PRIMARY KEY, conversation_id TEXT NOT NULL, seq INTEGER NOT NULL, sender_id TEXT NOT NULL,
       sent_at INTEGER NOT NULL, UNIQUE (conversation_id, seq)
     );
     CREATE TABLE search_joins (
       conversation_id TEXT NOT NULL, user_id TEXT NOT NULL, seq INTEGER NOT NULL,
       PRIMARY KEY (conversation_id, user_id)
     ) WITHOUT ROWID;
     CREATE VIRTUAL TABLE search_fts USING fts5(terms, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2');
     CREATE TABLE search_state (id INTEGER PRIMARY KEY CHECK (id = 1), backfilled INTEGER NOT NULL);`,
  ],
};

export class SqliteSearchWriter {
  private readonly s;

  /** Creates the tables when missing and indexes what the file already holds (once). */
  constructor(private readonly db: Database.Database) {
    migrateSqlite(db, SEARCH_SCHEMA);
    this.s = {
      insertDoc: db.prepare<[string, number, string, number], { doc: number }>(
        'INSERT INTO search_docs (conversation_id, seq, sender_id, sent_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING doc',
      ),
      doc: db.prepare<[string, number], { doc: number }>('SELECT doc FROM search_docs WHERE conversation_id = ? AND seq = ?'),
      dropDoc: db.prepare('DELETE FROM search_docs WHERE doc = ?'),
      insertTerms: db.prepare('INSERT INTO search_fts (rowid, terms) VALUES (?, ?)'),
      dropTerms: db.prepare('DELETE FROM search_fts WHERE rowid = ?'),
      current: db.prepare<[string, number], { text: string; deleted: number; sender_id: string; sent_at: number }>(
        "SELECT text, deleted, sender_id, sent_at FROM messages WHERE conversation_id = ? AND seq = ? AND kind = 'text'",
      ),
      joined: db.prepare(
        'INSERT INTO search_joins (conversation_id, user_id, seq) VALUES (?, ?, ?) ON CONFLICT (conversation_id, user_id) DO UPDATE SET seq = excluded.seq',
      ),
    };
    db.transaction(() => this.backfill()).immediate();
  }

  /** Applies a batch's entries in order; runs inside the append's transaction. */
  apply(messages: readonly MessageRecord[]): void {
    for (const m of messages) {
      // End-to-end encrypted conversations hold ciphertext only: nothing of them is indexed.
      if (encryptedSuite(m.conversationId) !== 0) continue;
      if (m.kind === 'text') this.add(m);
      else if (m.kind === 'edit' || m.kind === 'delete') this.put(m.conversationId, m.refSeq);
      else if (m.kind === 'members') {
        for (const a of (JSON.parse(m.meta) as MembersChange).added) this.s.joined.run(m.conversationId, a.userId, m.seq);
      }
    }
  }

  /** A new TEXT entry: its text is current (a later edit or delete in the batch comes through put). */
  private add(m: MessageRecord): void {
    if (m.deleted || m.text === '') return;
    const { doc } = this.s.insertDoc.get(m.conversationId, m.seq, m.senderId, m.sentAt)!;
    this.s.insertTerms.run(doc, indexTerms(m.text));
  }

  /**
   * Makes the index hold the message's current text: re-indexed when edited (same doc id, so the
   * newest-first order, which is doc order, stays the order of storing), removed when deleted.
   */
  private put(conversationId: string, seq: number): void {
    const old = this.s.doc.get(conversationId, seq);
    if (old !== undefined) this.s.dropTerms.run(old.doc);
    const row = this.s.current.get(conversationId, seq);
    if (row === undefined || row.deleted !== 0 || row.text === '') {
      if (old !== undefined) this.s.dropDoc.run(old.doc);
      return;
    }
    const doc = old?.doc ?? this.s.insertDoc.get(conversationId, seq, row.sender_id, row.sent_at)!.doc;
    this.s.insertTerms.run(doc, indexTerms(row.text));
  }

  private backfill(): void {
    if (this.db.prepare('SELECT 1 FROM search_state').get() !== undefined) return;
    // In pages: better-sqlite3 cannot write while a statement is still iterating.
    const page = this.db.prepare<[string, number], { conversation_id: string; seq: number; kind: string; meta: string }>(
      `SELECT conversation_id, seq, kind, meta FROM messages WHERE (conversation_id, seq) > (?, ?)
         AND ((kind = 'text' AND deleted = 0) OR kind = 'members') ORDER BY conversation_id, seq LIMIT 1000`,
    );
    for (let rows = page.all('', 0); rows.length > 0; rows = page.all(rows.at(-1)!.conversation_id, rows.at(-1)!.seq)) {
      for (const r of rows) {
        if (r.kind === 'text') this.put(r.conversation_id, r.seq);
        else for (const a of (JSON.parse(r.meta) as MembersChange).added) this.s.joined.run(r.conversation_id, a.userId, r.seq);
      }
    }
    this.db.prepare('INSERT INTO search_state (id, backfilled) VALUES (1, 1)').run();
  }
}

/** The message store with the search index in its appends, on a connection (the writer thread's, or a test's). */
export function searchingStoreRole(db: Database.Database): SqliteStore {
  // The store first: it creates `messages`, which the backfill reads.
  let writer: SqliteSearchWriter | null = null;
  const store = new SqliteStore({ database: db, afterAppend: (messages) => writer!.apply(messages) });
  writer = new SqliteSearchWriter(db);
  return store;
}

/** ThreadedSqliteStoreOptions.storeRole for a store whose appends keep the search index. */
export const SEARCHING_STORE_ROLE: SqliteRoleSpec = { name: 'store', module: new URL('./sqlite_search_writer.js', import.meta.url).href, factory: 'searchingStoreRole' };
