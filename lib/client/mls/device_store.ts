/**
 * Where a device keeps its MLS secrets (signature keys, unused key packages, group states): a small
 * key-value interface, so Node keeps them in a file (file_store.ts) and the browser page in
 * IndexedDB. Values are opaque bytes; nothing in them ever goes to the server.
 */
export interface DeviceStateStore {
  get(key: string): Promise<Uint8Array | undefined>;
  set(key: string, value: Uint8Array): Promise<void>;
  delete(key: string): Promise<void>;
  /** Keys starting with the prefix. */
  keys(prefix: string): Promise<string[]>;
}

/** Kept in memory only: for tests and benchmarks (a restart loses the device). */
export class MemoryDeviceStore implements DeviceStateStore {
  private readonly map = new Map<string, Uint8Array>();

  async get(key: string): Promise<Uint8Array | undefined> {
    return this.map.get(key);
  }

  async set(key: string, value: Uint8Array): Promise<void> {
    this.map.set(key, value);
  }

  async delete(key: string): Promise<void> {
    this.map.delete(key);
  }

  async keys(prefix: string): Promise<string[]> {
    return [...this.map.keys()].filter((k) => k.startsWith(prefix));
  }

  /** Everything stored, for tests that look for what must not be there. */
  values(): Uint8Array[] {
    return [...this.map.values()];
  }
}
