import { randomBytes } from 'node:crypto';
import type { ErrorCode } from '../protocol/mod.js';
import { type RawOptions, RawConnection } from './raw.js';
import type { TokenSource } from './tokens.js';

/**
 * What the kit must be told about the server, because the protocol does not say it (the Welcome
 * carries only `Limits`). Unset values are the documented defaults where a check can live with them;
 * a check that needs a value the operator did not give is skipped.
 */
export interface ServerSettings {
  /** --idle-timeout-sec; the idle check runs only when given (the default, 60 s, would make a run slow). */
  idleTimeoutSec?: number;
  /** --max-bad-frames (documented default 16). */
  maxBadFrames: number;
  /** --frame-burst (documented default 200): frames beyond it in one go are RATE_LIMITED. */
  frameBurst: number;
  /** --jwt-refresh-notice-sec (documented default 60). */
  refreshNoticeSec: number;
  /** --jwt-expiry-grace-sec; the 4004 check runs only when given and at most 10 s. */
  expiryGraceSec?: number;
  /** POST /dev/token of a --dev server, for the /dev/token checks; absent: skipped. */
  devTokenUrl?: string;
  /** --max-backpressure-bytes (documented default 1 MiB): how much a stuck client must be sent. */
  maxBackpressureBytes: number;
  /** The server's --jwt-jwks-url does not answer: the UNAVAILABLE/4102 checks run only then. */
  jwksUnreachable?: boolean;
  /**
   * Servers the kit may stop (a harness gives them; a URL alone cannot): `shutdown` for a single
   * process (close 1001), `drain` for a cluster gateway on SIGTERM (close 4101). Absent: skipped.
   */
  stoppable?: { kind: 'shutdown' | 'drain'; start(): Promise<StoppableServer> };
}

export interface StoppableServer {
  url: string;
  /** Stops it (SIGTERM, or the in-process equivalent). */
  stop(): Promise<void>;
}

/** Error and close codes a check makes the server produce (checked against docs/protocol.md). */
export interface Produces {
  errors?: readonly ErrorCode[];
  closes?: readonly number[];
}

export interface KitContext {
  readonly url: string;
  readonly tokens: TokenSource;
  readonly server: ServerSettings;
  /** A user id unique to this check and run (so checks, and runs against a long-lived server, do not meet). */
  user(name: string): string;
  /** Opens and sends Hello; closed when the check ends. */
  login(user: string, device?: string, options?: RawOptions): Promise<RawConnection>;
  /** Opens without Hello; closed when the check ends. */
  open(url?: string, options?: RawOptions): Promise<RawConnection>;
}

export interface Check {
  /** The scenario group (auth, chat, …): one file in lib/conformance each. */
  group: string;
  name: string;
  /** Why this check cannot run against the given server (it is then reported as skipped), or null. */
  skip?(ctx: KitContext): string | null;
  /** Throws (an AssertionError or any Error) to fail. */
  run(ctx: KitContext): Promise<void>;
  /** Deadline for this check (default 15 s). */
  timeoutMs?: number;
  /** The codes this check sees from the server when it passes. */
  produces?: Produces;
}

export type Outcome = 'pass' | 'fail' | 'skip';

export interface KitResult {
  passed: number;
  failed: number;
  skipped: number;
}

export interface KitRun {
  url: string;
  tokens: TokenSource;
  server: ServerSettings;
  /** Only these groups (all when empty). */
  groups?: readonly string[];
  /** One line per check, and the summary. */
  print(line: string): void;
}

/** The documented defaults for what the kit cannot learn from the server. */
export const DEFAULT_SETTINGS: ServerSettings = { maxBadFrames: 16, frameBurst: 200, refreshNoticeSec: 60, maxBackpressureBytes: 1024 * 1024 };

/**
 * Runs the checks one after another, each with fresh connections and users, and prints one line per
 * check, then `K skipped` and `N passed, M failed`.
 */
export async function runChecks(checks: readonly Check[], run: KitRun): Promise<KitResult> {
  const result: KitResult = { passed: 0, failed: 0, skipped: 0 };
  const runId = randomBytes(4).toString('hex');
  for (const [n, check] of checks.entries()) {
    if (run.groups !== undefined && run.groups.length > 0 && !run.groups.includes(check.group)) continue;
    const open: RawConnection[] = [];
    const ctx: KitContext = {
      url: run.url,
      tokens: run.tokens,
      server: run.server,
      user: (name) => `${runId}${n}-${name}`,
      login: async (user, device = 'kit', options = {}) => track(open, await RawConnection.login(run.url, await run.tokens.token(user), device, options)),
      open: async (url = run.url, options = {}) => track(open, await RawConnection.open(url, options)),
    };
    const label = `${check.group}: ${check.name}`;
    const why = check.skip?.(ctx) ?? null;
    if (why !== null) {
      result.skipped++;
      run.print(`skip  ${label} (${why})`);
      continue;
    }
    const started = Date.now();
    const outcome = await withDeadline(check.run(ctx), check.timeoutMs ?? 15_000).then(
      () => null,
      (err: unknown) => (err instanceof Error ? err : new Error(String(err))),
    );
    for (const c of open) c.close();
    const ms = Date.now() - started;
    if (outcome instanceof NotApplicable) {
      result.skipped++;
      run.print(`skip  ${label} (${outcome.message})`);
    } else if (outcome === null) {
      result.passed++;
      run.print(`ok    ${label} (${ms} ms)`);
    } else {
      result.failed++;
      run.print(`FAIL  ${label}: ${outcome.message.split('\n')[0]!}`);
    }
  }
  run.print(`${result.skipped} skipped`);
  run.print(`${result.passed} passed, ${result.failed} failed`);
  return result;
}

/** Thrown by a check that finds, once connected (from the Welcome's limits), that it cannot run here. */
export class NotApplicable extends Error {
  override readonly name = 'NotApplicable';
}

function track(list: RawConnection[], c: RawConnection): RawConnection {
  list.push(c);
  return c;
}

function withDeadline<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no result within ${ms} ms`)), ms);
  });
  return Promise.race([p, deadline]).finally(() => clearTimeout(timer));
}
