export * from './store.js';
export * from './errors.js';
export { SqliteStore, type SqliteStoreOptions } from './sqlite_store.js';
