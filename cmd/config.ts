import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Everything a Chorus process needs to know, validated, with named defaults. */
export interface ChorusConfig {
  dev: boolean;
  host: string;
  port: number;
  dataDir: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  sqlite: { synchronous: 'FULL' | 'NORMAL' };
  jwt: { secret: Uint8Array; issuer: string; audience: string; clockToleranceSec: number; devTokenTtlSec: number };
  limits: {
    maxFrameBytes: number;
    maxTextBytes: number;
    maxPendingRequests: number;
    maxPage: number;
    maxGroupMembers: number;
    maxBadFrames: number;
    maxSyncCursors: number;
    dedupWindow: number;
    requestTimeoutMs: number;
  };
  gateway: { idleTimeoutSec: number; maxBackpressureBytes: number };
  actors: { passivateAfterMs: number; mailboxCapacity: number };
  webDir: string;
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  readonly code = 'BAD_CONFIG';
}

type Kind = 'int' | 'string' | 'bool' | 'enum';
interface Option {
  flag: string;
  env: string;
  kind: Kind;
  def: string;
  min?: number;
  max?: number;
  values?: readonly string[];
  help: string;
}

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The one table of settings: flag, environment variable, default and bounds. */
export const OPTIONS = [
  { flag: 'dev', env: 'CHORUS_DEV', kind: 'bool', def: 'false', help: 'dev mode: /dev/token hands out tokens, a JWT secret is generated' },
  { flag: 'host', env: 'CHORUS_HOST', kind: 'string', def: '127.0.0.1', help: 'address to listen on' },
  { flag: 'port', env: 'CHORUS_PORT', kind: 'int', def: '8080', min: 0, max: 65535, help: 'client port (WebSocket and web page); 0 picks one' },
  { flag: 'data-dir', env: 'CHORUS_DATA_DIR', kind: 'string', def: 'data', help: 'where the embedded store keeps its files' },
  { flag: 'log-level', env: 'CHORUS_LOG_LEVEL', kind: 'enum', def: 'info', values: ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], help: 'log level' },
  { flag: 'sqlite-sync', env: 'CHORUS_SQLITE_SYNC', kind: 'enum', def: 'FULL', values: ['FULL', 'NORMAL'], help: 'FULL survives power loss, NORMAL only a crash' },
  { flag: 'jwt-secret', env: 'CHORUS_JWT_SECRET', kind: 'string', def: '', help: 'HS256 secret (at least 32 bytes); required unless --dev' },
  { flag: 'jwt-issuer', env: 'CHORUS_JWT_ISSUER', kind: 'string', def: 'chorus', help: 'expected iss claim' },
  { flag: 'jwt-audience', env: 'CHORUS_JWT_AUDIENCE', kind: 'string', def: 'chorus', help: 'expected aud claim' },
  { flag: 'jwt-clock-tolerance-sec', env: 'CHORUS_JWT_CLOCK_TOLERANCE_SEC', kind: 'int', def: '30', min: 0, max: 600, help: 'allowed clock skew' },
  { flag: 'dev-token-ttl-sec', env: 'CHORUS_DEV_TOKEN_TTL_SEC', kind: 'int', def: '86400', min: 1, max: 30 * 86400, help: 'lifetime of dev tokens' },
  { flag: 'max-frame-bytes', env: 'CHORUS_MAX_FRAME_BYTES', kind: 'int', def: String(128 * 1024), min: 1024, max: 16 * 1024 * 1024, help: 'largest accepted WebSocket frame' },
  { flag: 'max-text-bytes', env: 'CHORUS_MAX_TEXT_BYTES', kind: 'int', def: String(16 * 1024), min: 1, max: 64 * 1024, help: 'largest message text (UTF-8 bytes)' },
  { flag: 'max-pending', env: 'CHORUS_MAX_PENDING', kind: 'int', def: '256', min: 1, max: 65536, help: 'requests in flight per connection' },
  { flag: 'max-page', env: 'CHORUS_MAX_PAGE', kind: 'int', def: '500', min: 1, max: 1000, help: 'largest history/sync page' },
  { flag: 'max-group-members', env: 'CHORUS_MAX_GROUP_MEMBERS', kind: 'int', def: '1000', min: 2, max: 100000, help: 'largest group' },
  { flag: 'max-bad-frames', env: 'CHORUS_MAX_BAD_FRAMES', kind: 'int', def: '16', min: 0, max: 1000000, help: 'undecodable frames before a connection is closed' },
  { flag: 'max-sync-cursors', env: 'CHORUS_MAX_SYNC_CURSORS', kind: 'int', def: '10000', min: 1, max: 1000000, help: 'cursors in one SyncRequest' },
  { flag: 'dedup-window', env: 'CHORUS_DEDUP_WINDOW', kind: 'int', def: '1024', min: 16, max: 1000000, help: 'recent client ids each conversation remembers' },
  { flag: 'request-timeout-ms', env: 'CHORUS_REQUEST_TIMEOUT_MS', kind: 'int', def: '10000', min: 10, max: 600000, help: 'deadline of one request inside the server' },
  { flag: 'idle-timeout-sec', env: 'CHORUS_IDLE_TIMEOUT_SEC', kind: 'int', def: '60', min: 8, max: 960, help: 'close silent sockets after this long (pings keep live ones open)' },
  { flag: 'max-backpressure-bytes', env: 'CHORUS_MAX_BACKPRESSURE_BYTES', kind: 'int', def: String(1024 * 1024), min: 4096, max: 256 * 1024 * 1024, help: 'output buffered per socket before it is closed as a slow consumer' },
  { flag: 'passivate-after-ms', env: 'CHORUS_PASSIVATE_AFTER_MS', kind: 'int', def: '300000', min: 0, max: 86400000, help: 'stop idle conversation actors after this long (0 = never)' },
  { flag: 'mailbox-capacity', env: 'CHORUS_MAILBOX_CAPACITY', kind: 'int', def: '10000', min: 1, max: 10000000, help: 'messages queued per actor before senders get OVERLOADED' },
] as const satisfies readonly Option[];

type Raw = Map<string, string>;

/** Reads --flag=value / --flag value / --flag (bool) from argv and CHORUS_* from env; flags win. */
export function loadConfig(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): ChorusConfig {
  const raw: Raw = new Map();
  for (const o of OPTIONS) {
    const v = env[o.env];
    if (v !== undefined && v !== '') raw.set(o.flag, v);
  }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) throw new ConfigError(`unexpected argument "${arg}"`);
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq === -1 ? undefined : eq);
    const opt: Option | undefined = OPTIONS.find((o) => o.flag === name);
    if (opt === undefined) throw new ConfigError(`unknown option --${name} (see --help)`);
    if (eq !== -1) raw.set(name, arg.slice(eq + 1));
    else if (opt.kind === 'bool' && (argv[i + 1] === undefined || argv[i + 1]!.startsWith('--'))) raw.set(name, 'true');
    else if (argv[i + 1] === undefined) throw new ConfigError(`--${name} needs a value`);
    else raw.set(name, argv[++i]!);
  }
  const get = <K extends (typeof OPTIONS)[number]['flag']>(flag: K): string => {
    const o = OPTIONS.find((x) => x.flag === flag)!;
    return raw.get(flag) ?? o.def;
  };
  const int = (flag: (typeof OPTIONS)[number]['flag']): number => {
    const o: Option = OPTIONS.find((x) => x.flag === flag)!;
    const text = get(flag);
    const n = /^-?\d+$/.test(text.trim()) ? Number(text) : NaN;
    if (!Number.isSafeInteger(n)) throw new ConfigError(`--${flag} (${o.env}) must be an integer, got "${text}"`);
    if ((o.min !== undefined && n < o.min) || (o.max !== undefined && n > o.max)) {
      throw new ConfigError(`--${flag} (${o.env}) must be between ${o.min} and ${o.max}, got ${n}`);
    }
    return n;
  };
  const bool = (flag: (typeof OPTIONS)[number]['flag']): boolean => {
    const v = get(flag).toLowerCase();
    if (['1', 'true', 'yes', 'on'].includes(v)) return true;
    if (['0', 'false', 'no', 'off'].includes(v)) return false;
    throw new ConfigError(`--${flag} must be true or false, got "${v}"`);
  };
  const oneOf = <T extends string>(flag: (typeof OPTIONS)[number]['flag']): T => {
    const o: Option = OPTIONS.find((x) => x.flag === flag)!;
    const v = get(flag);
    if (!o.values!.includes(v)) throw new ConfigError(`--${flag} must be one of ${o.values!.join(', ')}, got "${v}"`);
    return v as T;
  };

  const dev = bool('dev');
  const dataDir = resolve(get('data-dir'));
  const limits = {
    maxFrameBytes: int('max-frame-bytes'),
    maxTextBytes: int('max-text-bytes'),
    maxPendingRequests: int('max-pending'),
    maxPage: int('max-page'),
    maxGroupMembers: int('max-group-members'),
    maxBadFrames: int('max-bad-frames'),
    maxSyncCursors: int('max-sync-cursors'),
    dedupWindow: int('dedup-window'),
    requestTimeoutMs: int('request-timeout-ms'),
  };
  if (limits.maxTextBytes + 1024 > limits.maxFrameBytes) {
    throw new ConfigError('--max-frame-bytes must exceed --max-text-bytes by at least 1024 bytes');
  }
  return {
    dev,
    host: get('host'),
    port: int('port'),
    dataDir,
    logLevel: oneOf('log-level'),
    sqlite: { synchronous: oneOf('sqlite-sync') },
    jwt: {
      secret: jwtSecret(get('jwt-secret'), dev, dataDir),
      issuer: get('jwt-issuer'),
      audience: get('jwt-audience'),
      clockToleranceSec: int('jwt-clock-tolerance-sec'),
      devTokenTtlSec: int('dev-token-ttl-sec'),
    },
    limits,
    gateway: { idleTimeoutSec: int('idle-timeout-sec'), maxBackpressureBytes: int('max-backpressure-bytes') },
    actors: { passivateAfterMs: int('passivate-after-ms'), mailboxCapacity: int('mailbox-capacity') },
    webDir: join(ROOT, 'dist/web'),
  };
}

function jwtSecret(given: string, dev: boolean, dataDir: string): Uint8Array {
  if (given !== '') {
    const bytes = new TextEncoder().encode(given);
    if (bytes.length < 32) throw new ConfigError('--jwt-secret (CHORUS_JWT_SECRET) must be at least 32 bytes');
    return bytes;
  }
  if (!dev) throw new ConfigError('--jwt-secret (CHORUS_JWT_SECRET) is required unless --dev is set');
  // Dev mode: one generated secret per data dir, so tokens survive restarts.
  const file = join(dataDir, 'dev-jwt-secret');
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600 });
  }
  return new TextEncoder().encode(readFileSync(file, 'utf8').trim());
}

export function usage(): string {
  const lines = OPTIONS.map((o) => `  --${o.flag.padEnd(26)} ${o.env.padEnd(32)} ${o.help} (default: ${o.def === '' ? 'none' : o.def})`);
  return ['Usage: chorus [options]   (every option can also be set by its environment variable)', ...lines].join('\n');
}
