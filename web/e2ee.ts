// End-to-end encrypted chats on the page (docs/e2ee.md): this browser is one MLS device of the
// user, its secrets in IndexedDB. Entries of encrypted conversations arrive as ciphertext; the
// session shows a placeholder until this decrypts them, then the text.
import type { ChorusClient } from '../lib/client/mod.js';
import { E2eeClient, type E2eeMessage, type Undecryptable } from '../lib/client/mls/e2ee_client.js';
import type { DeviceInfo } from '../lib/client/mls/e2ee_client.js';
import { encryptedSuite } from '../lib/protocol/e2ee.js';
import { whenOpen } from '../lib/client/search/local_search.js';
import { openIndexedDbSearch } from './idb_search.js';
import { IndexedDbDeviceStore } from './idb_store.js';

export const LOCKED = '🔒 Cannot be read on this device';
export const DECRYPTING = '🔒 …';

export function isEncrypted(conversationId: string): boolean {
  return encryptedSuite(conversationId) !== 0;
}

export class PageE2ee {
  readonly client: E2eeClient;
  /** Also keeps what this device decrypted: MLS cannot decrypt a message twice, so this is its history. */
  private readonly store: IndexedDbDeviceStore;
  /** Decrypted texts by "conversation seq", so a re-render or a history page shows them again. */
  private readonly texts = new Map<string, string>();
  /** Devices (with safety numbers) per conversation, as last read from the group state. */
  readonly devices = new Map<string, DeviceInfo[]>();
  ready = false;

  constructor(
    chorus: ChorusClient,
    user: string,
    deviceId: string,
    private readonly shown: (conversationId: string, seq: number, text: string) => void,
    private readonly changed: () => void,
  ) {
    this.store = new IndexedDbDeviceStore(`chorus-e2ee-${user}-${deviceId}`);
    // What this browser decrypted is searchable here (the server cannot search it): IndexedDB.
    // In memory while the page is open (about 1 KB per message): the newest 50,000 are kept.
    const searchIndex = whenOpen(openIndexedDbSearch(`chorus-search-${user}-${deviceId}`, { maxDocs: 50_000 }));
    this.client = new E2eeClient({ client: chorus, userId: user, deviceId, store: this.store, searchIndex });
    this.client.on('message', (m: E2eeMessage) => this.show(m.conversationId, m.seq, m.payload.t === 'text' ? m.text : `✎ ${m.text}`));
    this.client.on('undecryptable', (u: Undecryptable) => this.show(u.conversationId, u.seq, LOCKED));
    this.client.on('joined', (id) => void this.loadDevices(id));
    this.client.on('changed', (id) => void this.loadDevices(id));
    this.client.on('error', (err) => console.warn('chorus e2ee:', err));
  }

  /** Publishes this device's key packages (once connected): others can then add it. */
  async start(): Promise<void> {
    if (this.ready) return;
    await this.client.start();
    this.ready = true;
    document.body.dataset['e2eeReady'] = '1';
    this.changed();
  }

  text(conversationId: string, seq: number): string | undefined {
    return this.texts.get(`${conversationId} ${seq}`);
  }

  /** The texts this device decrypted earlier in a conversation (after a reload), shown again. */
  async loadTexts(conversationId: string): Promise<void> {
    const prefix = `text/${conversationId} `;
    for (const key of await this.store.keys(prefix)) {
      const seq = Number(key.slice(prefix.length));
      const bytes = await this.store.get(key);
      if (bytes === undefined || this.texts.has(`${conversationId} ${seq}`)) continue;
      const text = new TextDecoder().decode(bytes);
      this.texts.set(`${conversationId} ${seq}`, text);
      this.shown(conversationId, seq, text);
    }
  }

  async loadDevices(conversationId: string): Promise<void> {
    this.devices.set(conversationId, await this.client.devices(conversationId));
    this.changed();
  }

  private show(conversationId: string, seq: number, text: string): void {
    this.texts.set(`${conversationId} ${seq}`, text);
    this.store.set(`text/${conversationId} ${seq}`, new TextEncoder().encode(text)).catch((err: unknown) => console.warn('chorus e2ee: text not kept:', err));
    this.shown(conversationId, seq, text);
  }
}
