import type Database from 'better-sqlite3';
import { type SqliteSchema, type SqliteSource, migrateSqlite, openSqlite } from '../storage/sqlite_open.js';
import { PushStoreUnavailable } from './errors.js';

/**
 * What the push SQLite stores share: their component of push.db opened and migrated, SQLite's own
 * failures (disk full, I/O error, busy) answered as the retryable PushStoreUnavailable, and a
 * close that leaves a database someone else owns open.
 */
export abstract class SqlitePushStore {
  protected readonly db: Database.Database;
  private readonly owned: boolean;

  protected constructor(
    source: SqliteSource,
    schema: SqliteSchema,
    private readonly what: string,
  ) {
    const { db, owned } = openSqlite(source);
    this.db = db;
    this.owned = owned;
    migrateSqlite(db, schema);
  }

  async close(): Promise<void> {
    if (this.owned && this.db.open) this.db.close();
  }

  protected run<T>(fn: () => T): T {
    try {
      return fn();
    } catch (err) {
      throw new PushStoreUnavailable(`sqlite ${this.what} operation failed`, { cause: err });
    }
  }
}
