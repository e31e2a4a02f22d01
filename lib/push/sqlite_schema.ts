import Database from 'better-sqlite3';

/**
 * The push tables live beside whatever else is in the file (the message store uses
 * PRAGMA user_version for its own schema), so each push component versions itself in a row of
 * `push_schema` instead.
 */
export function migrateComponent(db: Database.Database, component: string, migrations: readonly string[]): void {
  db.exec('CREATE TABLE IF NOT EXISTS push_schema (component TEXT PRIMARY KEY, version INTEGER NOT NULL) WITHOUT ROWID');
  db.transaction(() => {
    const row = db.prepare<[string], { version: number }>('SELECT version FROM push_schema WHERE component = ?').get(component);
    const current = row?.version ?? 0;
    if (current > migrations.length) {
      throw new Error(`${component} schema ${current} is newer than this build understands (${migrations.length})`);
    }
    for (let v = current; v < migrations.length; v++) db.exec(migrations[v]!);
    db.prepare('INSERT INTO push_schema (component, version) VALUES (?, ?) ON CONFLICT (component) DO UPDATE SET version = excluded.version').run(
      component,
      migrations.length,
    );
  }).immediate();
}

/** A path to open (WAL, synchronous FULL unless told otherwise), or a Database someone else owns and closes. */
export type SqliteSource = { path: string; synchronous?: 'FULL' | 'NORMAL' } | { database: Database.Database };

export function openSqlite(source: SqliteSource): { db: Database.Database; owned: boolean } {
  if ('database' in source) return { db: source.database, owned: false };
  const db = new Database(source.path);
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${source.synchronous ?? 'FULL'}`);
  db.pragma('busy_timeout = 5000');
  return { db, owned: true };
}
