import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DeviceStateStore } from './device_store.js';

/**
 * A device's MLS state in a directory on Node (one file per key, written to a temporary name and
 * renamed, so a crash never leaves half a group state). Keep the directory private (mode 0700): it
 * holds the device's secrets. Not exported from lib/client/mod.ts: browsers use IndexedDB.
 */
export class FileDeviceStore implements DeviceStateStore {
  private ready: Promise<unknown> | null = null;

  constructor(private readonly dir: string) {}

  async get(key: string): Promise<Uint8Array | undefined> {
    try {
      return new Uint8Array(await readFile(this.path(key)));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw err;
    }
  }

  async set(key: string, value: Uint8Array): Promise<void> {
    this.ready ??= mkdir(this.dir, { recursive: true, mode: 0o700 });
    await this.ready;
    const tmp = `${this.path(key)}.tmp`;
    await writeFile(tmp, value, { mode: 0o600 });
    await rename(tmp, this.path(key));
  }

  async delete(key: string): Promise<void> {
    await rm(this.path(key), { force: true });
  }

  async keys(prefix: string): Promise<string[]> {
    let names: string[];
    try {
      names = await readdir(this.dir);
    } catch {
      return [];
    }
    return names.filter((n) => !n.endsWith('.tmp')).map((n) => decodeURIComponent(n)).filter((k) => k.startsWith(prefix));
  }

  private path(key: string): string {
    return join(this.dir, encodeURIComponent(key));
  }
}
