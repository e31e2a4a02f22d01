import Database from 'better-sqlite3';

/** A path to open (WAL, synchronous FULL unless told otherwise), or a Database someone else owns and closes. */
export type SqliteSource = { path: string; synchronous?: 'FULL' | 'NORMAL' } | { database: Database.Database };

/** The one way Chorus opens a SQLite file; `owned` says whether the caller must close it. */
export function openSqlite(source: SqliteSource): { db: Database.Database; owned: boolean } {
  if ('database' in source) return { db: source.database, owned: false };
  const db = new Database(source.path);
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${source.synchronous ?? 'FULL'}`);
  db.pragma('busy_timeout = 5000');
  return { db, owned: true };
}

/**
 * One component's tables in a file that several may share (the message store, the push outbox,
 * tokens, preferences). Migration n (from 1) brings the component to version n; a shipped
 * migration is never edited, a change is a new one at the end.
 */
export interface SqliteSchema {
  component: string;
  migrations: readonly string[];
  /**
   * Where files written before schema_versions existed keep this component's version: the message
   * store in PRAGMA user_version, the push components in rows of push_schema. Read once, when the
   * component has no row yet; the old bookkeeping is left as it was.
   */
  legacy?: 'user_version' | 'push_schema';
}

/** The component's schema is newer than this build: an older build must not write to it. */
export class SqliteSchemaError extends Error {
  override readonly name = 'SqliteSchemaError';
  readonly code = 'SQLITE_SCHEMA_NEWER';
}

/**
 * Brings a component to its latest version: the pending migrations and the new version are one
 * IMMEDIATE transaction, so processes opening the same file at once apply each migration once.
 */
export function migrateSqlite(db: Database.Database, schema: SqliteSchema): void {
  const latest = schema.migrations.length;
  db.exec('CREATE TABLE IF NOT EXISTS schema_versions (component TEXT PRIMARY KEY, version INTEGER NOT NULL) WITHOUT ROWID');
  db.transaction(() => {
    const current = storedVersion(db, schema);
    if (current > latest) {
      throw new SqliteSchemaError(`${schema.component} schema ${current} is newer than this build understands (${latest})`);
    }
    for (let v = current; v < latest; v++) db.exec(schema.migrations[v]!);
    db.prepare('INSERT INTO schema_versions (component, version) VALUES (?, ?) ON CONFLICT (component) DO UPDATE SET version = excluded.version').run(
      schema.component,
      latest,
    );
  }).immediate();
}

function storedVersion(db: Database.Database, schema: SqliteSchema): number {
  const row = db.prepare<[string], { version: number }>('SELECT version FROM schema_versions WHERE component = ?').get(schema.component);
  if (row !== undefined) return row.version;
  if (schema.legacy === 'user_version') return db.pragma('user_version', { simple: true }) as number;
  if (schema.legacy === 'push_schema' && hasTable(db, 'push_schema')) {
    return db.prepare<[string], { version: number }>('SELECT version FROM push_schema WHERE component = ?').get(schema.component)?.version ?? 0;
  }
  return 0;
}

function hasTable(db: Database.Database, name: string): boolean {
  return db.prepare<[string], { n: number }>("SELECT COUNT(*) AS n FROM sqlite_master WHERE type = 'table' AND name = ?").get(name)!.n > 0;
}
