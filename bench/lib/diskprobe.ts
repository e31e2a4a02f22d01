import { closeSync, fdatasyncSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Percentiles, newHistogram, percentilesMs } from './histogram.js';

/**
 * Times one 4 KiB write + fdatasync on the temp file system (where a harness-started server keeps its
 * SQLite files) every `everyMs`. The embedded store commits synchronously on the server's event loop,
 * so a disk that other users of the machine keep busy shows up as latency; this says when that was so.
 */
export class DiskProbe {
  private readonly dir = mkdtempSync(join(tmpdir(), 'chorus-bench-disk-'));
  private readonly fd = openSync(join(this.dir, 'probe'), 'w');
  private readonly hist = newHistogram();
  private readonly block = Buffer.alloc(4096, 7);
  private readonly timer: NodeJS.Timeout;

  constructor(everyMs = 100) {
    this.timer = setInterval(() => {
      const t = process.hrtime.bigint();
      writeSync(this.fd, this.block, 0, this.block.length, 0);
      fdatasyncSync(this.fd);
      this.hist.recordValue(Math.max(1, Number((process.hrtime.bigint() - t) / 1000n)));
    }, everyMs);
    this.timer.unref();
  }

  stop(): Percentiles {
    clearInterval(this.timer);
    const p = percentilesMs(this.hist);
    this.hist.destroy();
    closeSync(this.fd);
    rmSync(this.dir, { recursive: true, force: true });
    return p;
  }
}
