/**
 * The SQLite writer thread (started by SqliteWriter, sqlite_writer.ts). It owns the one writing
 * connection of the file and commits in groups: every call that arrived while the previous commit
 * was syncing runs in one IMMEDIATE transaction, then one COMMIT (one WAL fsync with synchronous
 * FULL) makes them all durable, and only then are their replies posted. A call that fails rolls back
 * alone (better-sqlite3 turns a transaction function called inside a transaction into a savepoint;
 * a single statement is atomic by itself); one that SQLite answers by rolling back the whole
 * transaction (disk full, I/O error) fails every call of that transaction.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type Database from 'better-sqlite3';
import { StoreUnavailableError } from './errors.js';
import { openSqlite } from './sqlite_open.js';
import { type SqliteCall, type SqliteReply, type WorkerMessage, type WorkerSetup, toWire } from './sqlite_thread_wire.js';

type Role = Record<string, (...args: unknown[]) => unknown>;

async function start(setup: WorkerSetup): Promise<void> {
  const port = parentPort!;
  let db: Database.Database;
  const roles = new Map<string, Role>();
  try {
    db = openSqlite({ path: setup.path, synchronous: setup.synchronous }).db;
    for (const spec of setup.roles) {
      const mod = (await import(spec.module)) as Record<string, (db: Database.Database) => Role>;
      const factory = mod[spec.factory];
      if (typeof factory !== 'function') throw new Error(`${spec.module} exports no function ${spec.factory}`);
      roles.set(spec.name, factory(db));
    }
  } catch (err) {
    port.postMessage({ type: 'failed', error: toWire(err) } satisfies WorkerMessage);
    return;
  }
  let queue: SqliteCall[] = [];
  let commits = 0;
  let scheduled = false;
  const flush = async (): Promise<void> => {
    const batch = queue;
    queue = [];
    const replies = await commitBatch(db, roles, batch, () => commits++);
    port.postMessage({ type: 'replies', replies, commits } satisfies WorkerMessage);
    if (queue.length > 0) setImmediate(() => void flush());
    else scheduled = false;
  };
  port.on('message', (msg: SqliteCall[] | 'close') => {
    if (msg === 'close') {
      db.close();
      port.close(); // nothing else keeps this thread alive: it ends
      return;
    }
    queue.push(...msg);
    // Calls that arrive during a commit wait for the next one: that is the group.
    if (!scheduled) {
      scheduled = true;
      setImmediate(() => void flush());
    }
  });
  port.postMessage({ type: 'ready' } satisfies WorkerMessage);
}

async function invoke(roles: Map<string, Role>, call: SqliteCall): Promise<unknown> {
  const role = roles.get(call.role);
  const fn = role?.[call.method];
  if (role === undefined || typeof fn !== 'function') throw new Error(`the SQLite writer has no ${call.role}.${call.method}`);
  return await fn.apply(role, call.args);
}

function unavailable(id: number, why: string, cause: unknown): SqliteReply {
  return { id, ok: false, error: toWire(new StoreUnavailableError(why, { cause })) };
}

/** Runs the calls in order inside one transaction (more if SQLite aborts one) and commits. */
async function commitBatch(db: Database.Database, roles: Map<string, Role>, batch: readonly SqliteCall[], committed: () => void): Promise<SqliteReply[]> {
  const replies: SqliteReply[] = [];
  let first = 0; // first reply of the open transaction
  const failOpen = (why: string, cause: unknown): void => {
    for (let j = first; j < replies.length; j++) if (replies[j]!.ok) replies[j] = unavailable(replies[j]!.id, why, cause);
  };
  const begin = (): boolean => {
    try {
      db.exec('BEGIN IMMEDIATE');
      return true;
    } catch (err) {
      for (const call of batch.slice(replies.length)) replies.push(unavailable(call.id, 'sqlite could not begin a transaction', err));
      return false;
    }
  };
  if (!begin()) return replies;
  for (const call of batch) {
    try {
      replies.push({ id: call.id, ok: true, value: await invoke(roles, call) });
    } catch (err) {
      replies.push({ id: call.id, ok: false, error: toWire(err) });
    }
    if (!db.inTransaction) {
      // SQLite rolled the whole transaction back: what the earlier calls wrote is gone.
      failOpen('sqlite rolled back the group commit', new Error(`after ${call.role}.${call.method}`));
      first = replies.length;
      if (replies.length < batch.length && !begin()) return replies;
    }
  }
  if (!db.inTransaction) return replies;
  try {
    db.exec('COMMIT');
    committed();
  } catch (err) {
    failOpen('sqlite commit failed', err);
    if (db.inTransaction) db.exec('ROLLBACK');
  }
  return replies;
}

void start(workerData as WorkerSetup);
