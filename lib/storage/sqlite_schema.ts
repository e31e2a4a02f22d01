import type { SqliteSchema } from './sqlite_open.js';

/** The message store's tables. Files written before schema_versions kept its version in PRAGMA user_version. */
export const STORE_SCHEMA: SqliteSchema = {
  component: 'message_store',
  legacy: 'user_version',
  migrations: [
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
    // 4: the home region of a conversation (docs/regions.md); '' for one created without a region.
    `ALTER TABLE conversations ADD COLUMN home_region TEXT NOT NULL DEFAULT '';`,
  ],
};
