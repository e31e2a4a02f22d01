export * from './store.js';
export * from './errors.js';
export { SqliteStore, type SqliteStoreOptions } from './sqlite_store.js';
export { SqliteSchemaError, migrateSqlite, openSqlite, type SqliteSchema, type SqliteSource } from './sqlite_open.js';
export { ScyllaStore, ScyllaStoreDefaults, type ScyllaStoreOptions } from './scylla_store.js';
export { migrate, type MigrateOptions, type MigrateResult } from './scylla_migrate.js';
export { createScyllaClient, storeRequestCounts, type ScyllaConnectionOptions, type StoreRequestKind } from './scylla_session.js';
