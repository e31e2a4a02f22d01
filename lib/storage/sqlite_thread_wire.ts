/**
 * What the SQLite writer thread and its callers exchange (sqlite_writer.ts, sqlite_writer_worker.ts):
 * batches of calls on named roles, and one reply per call. Errors cross the thread as plain data and
 * come back as instances of the same classes, so callers can still `instanceof FencedError`.
 */
import { SqliteSchemaError } from './sqlite_open.js';
import { ConflictError, FencedError, InvalidRecordError, SeqConflictError, StoreUnavailableError } from './errors.js';

/**
 * A role the writer thread serves: `module` (a file URL) exports `factory`, a function that takes the
 * writer's open Database and returns the object whose methods the calls name. Role methods must do
 * their SQLite work synchronously (better-sqlite3) before their first real await: the thread runs a
 * batch of calls inside one transaction and commits after the last one.
 */
export interface SqliteRoleSpec {
  name: string;
  module: string;
  factory: string;
}

export interface SqliteCall {
  id: number;
  role: string;
  method: string;
  args: unknown[];
}

export type SqliteReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: WireError };

/** Messages the worker posts: `ready` once, then reply batches (one per group; `commits`: transactions committed so far). */
export type WorkerMessage = { type: 'ready' } | { type: 'failed'; error: WireError } | { type: 'replies'; replies: SqliteReply[]; commits: number };

export interface WorkerSetup {
  path: string;
  synchronous: 'FULL' | 'NORMAL';
  roles: SqliteRoleSpec[];
}

/** An error as data: its class name, message and own fields (conversationId, seq, epoch, code, ...). */
export interface WireError {
  name: string;
  message: string;
  stack: string | undefined;
  fields: Record<string, unknown>;
  cause: string | undefined;
}

type ErrorClass = abstract new (...args: never[]) => Error;

/** The error classes a store call may throw; roles can add theirs (SqliteWriterOptions.errors). */
export const STORE_ERRORS: readonly ErrorClass[] = [StoreUnavailableError, SeqConflictError, ConflictError, InvalidRecordError, FencedError, SqliteSchemaError];

export function toWire(err: unknown): WireError {
  if (!(err instanceof Error)) return { name: 'Error', message: String(err), stack: undefined, fields: {}, cause: undefined };
  const fields: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(err)) {
    if (k !== 'cause' && (v === undefined || v === null || ['string', 'number', 'boolean'].includes(typeof v))) fields[k] = v;
  }
  const cause = err.cause instanceof Error ? `${err.cause.name}: ${err.cause.message}` : err.cause === undefined ? undefined : String(err.cause);
  return { name: err.name, message: err.message, stack: err.stack, fields, cause };
}

/** The error again, as an instance of its class when that class is known (fields restored without running its constructor). */
export function fromWire(wire: WireError, known: readonly ErrorClass[]): Error {
  const cls = known.find((c) => c.name === wire.name);
  const err = cls === undefined ? new Error(wire.message) : (Object.create(cls.prototype) as Error);
  Object.defineProperty(err, 'message', { value: wire.message, writable: true, configurable: true });
  Object.assign(err, wire.fields);
  if (wire.stack !== undefined) Object.defineProperty(err, 'stack', { value: wire.stack, writable: true, configurable: true });
  if (wire.cause !== undefined) Object.defineProperty(err, 'cause', { value: new Error(wire.cause), writable: true, configurable: true });
  return err;
}
