import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { type SqliteSchema, SqliteSchemaError, migrateSqlite } from '../../lib/storage/mod.js';

const schema = (migrations: string[], legacy?: SqliteSchema['legacy']): SqliteSchema => ({
  component: 'notes',
  migrations,
  ...(legacy ? { legacy } : {}),
});
const V1 = 'CREATE TABLE notes (id TEXT PRIMARY KEY)';
const V2 = "ALTER TABLE notes ADD COLUMN body TEXT NOT NULL DEFAULT ''";

function version(db: Database.Database, component = 'notes'): number | undefined {
  return db.prepare<[string], { version: number }>('SELECT version FROM schema_versions WHERE component = ?').get(component)?.version;
}

describe('migrateSqlite', () => {
  it('runs each migration once and records the version per component', () => {
    const db = new Database(':memory:');
    migrateSqlite(db, schema([V1]));
    db.exec("INSERT INTO notes (id) VALUES ('a')");
    migrateSqlite(db, schema([V1]));
    migrateSqlite(db, schema([V1, V2]));
    assert.equal(version(db), 2);
    assert.deepEqual(db.prepare('SELECT id, body FROM notes').all(), [{ id: 'a', body: '' }]);
    migrateSqlite(db, { component: 'other', migrations: ['CREATE TABLE other (x)'] });
    assert.equal(version(db), 2);
    assert.equal(version(db, 'other'), 1);
    assert.equal(db.pragma('user_version', { simple: true }), 0, 'PRAGMA user_version is left alone');
    db.close();
  });

  it('refuses a component newer than the build, changing nothing', () => {
    const db = new Database(':memory:');
    migrateSqlite(db, schema([V1, V2]));
    assert.throws(() => migrateSqlite(db, schema([V1])), SqliteSchemaError);
    assert.equal(version(db), 2);
    db.close();
  });

  it('takes the version of a file written before schema_versions from PRAGMA user_version', () => {
    const db = new Database(':memory:');
    db.exec(V1);
    db.pragma('user_version = 1');
    migrateSqlite(db, schema([V1, V2], 'user_version'));
    assert.equal(version(db), 2);
    assert.deepEqual(db.prepare<[], { name: string }>("SELECT name FROM pragma_table_info('notes')").all().map((c) => c.name), ['id', 'body']);
    db.close();
  });

  it('takes the version of a file written before schema_versions from its push_schema row', () => {
    const db = new Database(':memory:');
    db.exec(V1);
    db.exec('CREATE TABLE push_schema (component TEXT PRIMARY KEY, version INTEGER NOT NULL) WITHOUT ROWID');
    db.exec("INSERT INTO push_schema VALUES ('notes', 1), ('elsewhere', 7)");
    migrateSqlite(db, schema([V1, V2], 'push_schema'));
    assert.equal(version(db), 2);
    // A component without a push_schema row starts from nothing.
    migrateSqlite(db, { component: 'fresh', legacy: 'push_schema', migrations: ['CREATE TABLE fresh (x)'] });
    assert.equal(version(db, 'fresh'), 1);
    db.close();
  });
});
