/**
 * A one-line progress bar on stderr: redrawn in place on a terminal, one plain line every few
 * seconds otherwise (CI logs, the smoke test). Never writes to stdout, which carries the results.
 */
export class Progress {
  private readonly tty = process.stderr.isTTY === true;
  private lastPlain = 0;
  private drawn = false;

  update(label: string, done: number, total: number, fields: string): void {
    const width = 24;
    const frac = total <= 0 ? 1 : Math.min(1, Math.max(0, done / total));
    const filled = Math.round(frac * width);
    const bar = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}]`;
    const text = `${label} ${bar} ${done.toFixed(0)}/${total.toFixed(0)} s  ${fields}`;
    if (this.tty) {
      process.stderr.write(`\r\x1b[K${text}`);
      this.drawn = true;
    } else if (Date.now() - this.lastPlain >= 5000 || frac >= 1) {
      process.stderr.write(`${text}\n`);
      this.lastPlain = Date.now();
    }
  }

  /** A line that stays (a finished phase, a set-up step). */
  log(text: string): void {
    if (this.tty && this.drawn) process.stderr.write('\r\x1b[K');
    this.drawn = false;
    process.stderr.write(`${text}\n`);
  }
}

export function fmtRate(n: number): string {
  return n >= 1e6 ? `${(n / 1e6).toFixed(2)}M` : n >= 1e3 ? `${(n / 1e3).toFixed(1)}k` : n.toFixed(0);
}
