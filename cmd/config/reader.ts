import { type Command, type Flag, OPTIONS, type Option, takes } from './options.js';
import { ConfigError } from './types.js';

type Raw = Map<string, string>;

/** Typed, validated access to the raw settings of one command. */
export interface Reader {
  get(flag: Flag): string;
  given(flag: Flag): boolean;
  int(flag: Flag): number;
  bool(flag: Flag): boolean;
  oneOf<T extends string>(flag: Flag): T;
}

/**
 * Reads --flag=value / --flag value / --flag (bool) from argv and CHORUS_* from env; flags win.
 * Environment variables of options the command does not take are ignored (one environment often
 * serves both commands); such a flag is an error.
 */
export function read(argv: readonly string[], env: Readonly<Record<string, string | undefined>>, command: Command): Reader {
  const raw: Raw = new Map();
  for (const o of OPTIONS as readonly Option[]) {
    const v = env[o.env];
    if (v !== undefined && v !== '' && takes(o, command)) raw.set(o.flag, v);
  }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) throw new ConfigError(`unexpected argument "${arg}"`);
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq === -1 ? undefined : eq);
    const opt: Option | undefined = (OPTIONS as readonly Option[]).find((o) => o.flag === name);
    if (opt === undefined) throw new ConfigError(`unknown option --${name} (see --help)`);
    if (!takes(opt, command)) {
      throw new ConfigError(`--${name} is an option of \`chorus ${opt.commands?.[0] ?? 'serve'}\`, not of \`chorus ${command}\``);
    }
    if (eq !== -1) raw.set(name, arg.slice(eq + 1));
    else if (opt.kind === 'bool' && (argv[i + 1] === undefined || argv[i + 1]!.startsWith('--'))) raw.set(name, 'true');
    else if (argv[i + 1] === undefined) throw new ConfigError(`--${name} needs a value`);
    else raw.set(name, argv[++i]!);
  }
  const opt = (flag: Flag): Option => (OPTIONS as readonly Option[]).find((x) => x.flag === flag)!;
  const get = (flag: Flag): string => raw.get(flag) ?? opt(flag).def;
  return {
    get,
    given: (flag) => raw.has(flag),
    int(flag) {
      const o = opt(flag);
      const text = get(flag);
      const n = /^-?\d+$/.test(text.trim()) ? Number(text) : NaN;
      if (!Number.isSafeInteger(n)) throw new ConfigError(`--${flag} (${o.env}) must be an integer, got "${text}"`);
      if ((o.min !== undefined && n < o.min) || (o.max !== undefined && n > o.max)) {
        throw new ConfigError(`--${flag} (${o.env}) must be between ${o.min} and ${o.max}, got ${n}`);
      }
      return n;
    },
    bool(flag) {
      const v = get(flag).toLowerCase();
      if (['1', 'true', 'yes', 'on'].includes(v)) return true;
      if (['0', 'false', 'no', 'off'].includes(v)) return false;
      throw new ConfigError(`--${flag} must be true or false, got "${v}"`);
    },
    oneOf<T extends string>(flag: Flag): T {
      const o = opt(flag);
      const v = get(flag);
      if (!o.values!.includes(v)) throw new ConfigError(`--${flag} must be one of ${o.values!.join(', ')}, got "${v}"`);
      return v as T;
    },
  };
}
