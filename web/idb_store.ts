// The device's MLS secrets in IndexedDB (one database per user on this browser): the page's
// DeviceStateStore. Nothing in it is ever sent to the server.
import type { DeviceStateStore } from '../lib/client/mls/device_store.js';

const STORE = 'kv';

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error ?? new Error('IndexedDB request failed'));
  });
}

export class IndexedDbDeviceStore implements DeviceStateStore {
  private db: Promise<IDBDatabase> | null = null;

  constructor(private readonly name: string) {}

  async get(key: string): Promise<Uint8Array | undefined> {
    const v = (await request((await this.tx('readonly')).get(key))) as Uint8Array | undefined;
    return v === undefined ? undefined : new Uint8Array(v);
  }

  async set(key: string, value: Uint8Array): Promise<void> {
    await request((await this.tx('readwrite')).put(value, key));
  }

  async delete(key: string): Promise<void> {
    await request((await this.tx('readwrite')).delete(key));
  }

  async keys(prefix: string): Promise<string[]> {
    const all = (await request((await this.tx('readonly')).getAllKeys())) as IDBValidKey[];
    return all.filter((k): k is string => typeof k === 'string' && k.startsWith(prefix));
  }

  private async tx(mode: IDBTransactionMode): Promise<IDBObjectStore> {
    this.db ??= new Promise((resolve, reject) => {
      const open = indexedDB.open(this.name, 1);
      open.onupgradeneeded = () => open.result.createObjectStore(STORE);
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error ?? new Error('cannot open IndexedDB'));
    });
    return (await this.db).transaction(STORE, mode).objectStore(STORE);
  }
}
