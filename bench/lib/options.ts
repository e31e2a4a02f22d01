/**
 * Command-line options of a benchmark scenario: `--key=value`, `--key value` or a bare `--flag`.
 * Each scenario declares its defaults once; `--quick` and `--smoke` pick smaller presets.
 */
export type Size = 'full' | 'quick' | 'smoke';

export class Options {
  private readonly values = new Map<string, string>();
  readonly size: Size;

  constructor(args: readonly string[]) {
    for (let i = 0; i < args.length; i++) {
      const arg = args[i]!;
      if (!arg.startsWith('--')) throw new Error(`unexpected argument "${arg}" (options are --key=value)`);
      const eq = arg.indexOf('=');
      if (eq !== -1) this.values.set(arg.slice(2, eq), arg.slice(eq + 1));
      else if (args[i + 1] !== undefined && !args[i + 1]!.startsWith('--')) this.values.set(arg.slice(2), args[++i]!);
      else this.values.set(arg.slice(2), 'true');
    }
    this.size = this.has('smoke') ? 'smoke' : this.has('quick') ? 'quick' : 'full';
  }

  has(key: string): boolean {
    return this.values.has(key);
  }

  /** A number option; `def` is [full, quick, smoke] or one value for all sizes. */
  num(key: string, def: number | readonly [number, number, number]): number {
    const text = this.values.get(key);
    if (text === undefined) return typeof def === 'number' ? def : def[this.size === 'full' ? 0 : this.size === 'quick' ? 1 : 2];
    const n = Number(text);
    if (!Number.isFinite(n)) throw new Error(`--${key} must be a number, got "${text}"`);
    return n;
  }

  str(key: string, def: string): string {
    return this.values.get(key) ?? def;
  }

  /** A comma-separated list; empty when absent. */
  list(key: string): string[] {
    const text = this.values.get(key);
    return text === undefined || text === '' ? [] : text.split(',').map((s) => s.trim()).filter((s) => s !== '');
  }
}
